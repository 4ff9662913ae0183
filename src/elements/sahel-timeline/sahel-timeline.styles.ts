import { css } from 'lit';
import type { CSSResult } from 'lit';

// Rules are kept one per line and comments stay out of the CSS text: it ships as written.

/**
 * The horizontal layout, written once and applied twice: for `layout="horizontal"`, and for
 * `layout="auto"` inside a container query on the widget's own width. Screen only: print is vertical.
 * The year labels stick to the start edge while their events scroll by.
 */
const horizontal = (host: CSSResult) => css`
  ${host} .list { --_dir: to bottom; --_y: 0.625rem; --_at: var(--_y); display: flex; overflow-x: auto; overscroll-behavior-x: contain; scroll-snap-type: x proximity; padding-block-end: var(--_space-m); }
  ${host} .group { display: flex; flex-direction: column; flex: none; contain-intrinsic-size: auto calc(var(--_n, 1) * var(--_item-width)) auto 0; }
  ${host} .year { position: sticky; inset-inline-start: 0; inline-size: fit-content; }
  ${host} .items { display: flex; align-items: start; }
  ${host} .item { flex: 0 0 var(--_item-width); padding-block: 1.25rem var(--_space-s); padding-inline: 0 var(--_space-m); scroll-snap-align: start; }
  ${host} .keys { display: block; }
`;

/**
 * - The rail and each event's dot are backgrounds of the item, not pseudo-elements: thousands of
 *   extra boxes made restyles of long timelines several times slower (Firefox). `--_x`/`--_y` place
 *   the dot, `--_at` the rail, `--_ring`/`--_fill` colour the dot; they are set on the list, not on
 *   each item, since custom properties are inherited and every one set per item costs every descendant.
 * - Items are `display: block`, not list items: restyling thousands of `::marker` boxes (even with
 *   `list-style: none`) made a selection over 10,000 events several times slower (Chromium).
 * - `.list` is positioned so that visually hidden text (absolutely positioned) stays inside the
 *   horizontal scroller instead of widening the page.
 * - `.long` (over 50 events): off-screen years are neither laid out nor painted. Years, not items: Chromium checks
 *   every `content-visibility: auto` box for visibility in every frame, and a 10,000-item list sliced over many
 *   frames spent more time there than in laying out. A skipped year is as high as its `--_n` events of about
 *   `--_ih` each (or as it last was), as wide as its events side by side when horizontal; `--_n` is set by the element.
 *   A year of over BIG_YEAR events (`.big`: a live story's one year) skips its off-screen items too, as all did before.
 * - `.hl`: the `highlight` event or the selected event. `.sel`: an actor is selected, so events are dimmed,
 *   except the actor's own, which a rule rendered with the selection highlights (see the element).
 * - Forced colours drop background gradients and colours: there, rail, dots and chevrons opt out of forcing
 *   (`forced-color-adjust: none`) and are drawn in system colours; the highlight is a `Highlight` outline and
 *   a filled dot, so expanded, collapsed and highlighted stay visible.
 * - The disclosure chevron (down when closed, up when open) is two gradient strokes in the button's
 *   background, for the same reason; `--_a` flips it, `--_o1`/`--_o2` mirror it right to left. Nothing moves, so there is no motion to reduce.
 */
export const styles = css`
  :host {
    --_tl-accent: var(--sahel-timeline-accent, var(--_accent));
    --_line: var(--sahel-timeline-line, light-dark(#767676, #8e8e93));
    --_item-width: var(--sahel-timeline-item-width, 16rem);
    --_bg: var(--sahel-timeline-background, var(--_surface));
    display: block;
    container: sahel-timeline / inline-size;
    padding: var(--sahel-timeline-padding, var(--_space-m));
    background: var(--_bg);
    line-height: 1.45;
    overflow-wrap: anywhere;
  }
  .summary { margin: 0 0 var(--_space-m); }
  .summary, .date, .note, .label, .keys { color: var(--_muted); font-size: 0.875em; }
  .keys { display: none; margin: calc(-1 * var(--_space-s)) 0 var(--_space-s); }
  ol { margin: 0; padding: 0; }
  li { display: block; }
  .year { display: block; margin-block: var(--_space-m) var(--_space-s); font-weight: 700; font-size: 1.125em; background: var(--_bg); }
  .list { position: relative; --_side: left; --_end: right; --_o1: 1em; --_o2: 0.6em; --_dir: to right; --_x: 0.5rem; --_y: 0.875rem; --_at: var(--_x); --_ring: var(--_tl-accent); --_fill: var(--_bg); }
  :host(:dir(rtl)) .list { --_side: right; --_end: left; --_o1: 0.6em; --_o2: 1em; --_dir: to left; }
  .item {
    padding-block: 0 var(--_space-m);
    padding-inline: 1.5rem 0;
    background:
      radial-gradient(circle at var(--_side) var(--_x) top var(--_y), var(--_fill) 0.25rem, var(--_ring) calc(0.25rem + 0.5px) 0.375rem, #0000 calc(0.375rem + 0.5px)),
      linear-gradient(var(--_dir), #0000 calc(var(--_at) - 1px), var(--_line) 0 calc(var(--_at) + 1px), #0000 0);
  }
  .long .group { content-visibility: auto; contain-intrinsic-block-size: auto calc(var(--_n, 1) * var(--_ih, 4rem) + 3rem); }
  .long .big .item { content-visibility: auto; contain-intrinsic-size: auto var(--_ih, 4rem); }
  .hl { --_fill: var(--_tl-accent); background-color: var(--_highlight); }
  .sel .item { --_ring: var(--_line); color: var(--_muted); }
  .ev {
    display: block;
    inline-size: 100%;
    margin: 0;
    padding-block: var(--_space-s);
    padding-inline: var(--_space-s) 1.75em;
    border: 0;
    border-radius: var(--_radius);
    background:
      linear-gradient(var(--_a, 45deg), #0000 calc(50% - 1px), var(--_muted) 0 calc(50% + 1px), #0000 0) var(--_end) var(--_o1) center / 0.4em 0.4em no-repeat,
      linear-gradient(calc(-1 * var(--_a, 45deg)), #0000 calc(50% - 1px), var(--_muted) 0 calc(50% + 1px), #0000 0) var(--_end) var(--_o2) center / 0.4em 0.4em no-repeat;
    text-align: start;
    cursor: pointer;
  }
  .ev[aria-expanded='true'] { --_a: -45deg; }
  .ev:focus-visible { outline-offset: -2px; }
  .ev:hover .title { text-decoration: underline; }
  .date { font-variant-numeric: tabular-nums; }
  .ext { margin-inline-start: 0.15em; color: var(--_tl-accent); font-weight: 700; }
  .title { display: block; font-weight: 600; }
  [dir='auto'] { text-align: match-parent; }
  .desc, .details { margin: 0; padding: 0 var(--_space-s) var(--_space-s); }
  .details p, .source { margin: var(--_space-s) 0 0; }
  .actors { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space-s); }
  .actors actor-badge::part(badge) { min-block-size: 1.5rem; align-items: center; }
  .source { padding-inline-start: var(--_space-m); border-inline-start: 3px solid var(--_tl-accent); }
  mark { background: var(--_highlight); color: inherit; text-decoration: underline 1px var(--_tl-accent); text-underline-offset: 0.2em; }
  :host([compact]) { line-height: 1.3; font-size: 0.9375em; }
  :host([compact]) { --_ih: 2.75rem; }
  :host([compact]) .item { padding-block-end: 0; }
  :host([compact]) .title { display: inline; margin-inline-start: var(--_space-s); }
  @media screen {
    ${horizontal(css`:host([layout='horizontal'])`)}
    @container sahel-timeline (min-width: 45rem) {
      ${horizontal(css`:host([layout='auto'])`)}
    }
  }
  @media (forced-colors: active) {
    .list { --_line: CanvasText; --_ring: CanvasText; --_fill: Canvas; --_tl-accent: Highlight; --_highlight: Canvas; --_hl-outline: 2px solid Highlight; }
    .item, .ev { forced-color-adjust: none; color: CanvasText; background-color: Canvas; }
    .ev { --_muted: CanvasText; color: ButtonText; }
    .ev:focus-visible { outline-color: Highlight; }
    .item > :not(.ev), .ev > * { forced-color-adjust: auto; }
    .hl { outline: var(--_hl-outline); outline-offset: -2px; }
  }
  @media print {
    .group, .item { content-visibility: visible; }
    .item { break-inside: avoid; }
    .ev { background: none; }
  }
  .future {
    background:
      radial-gradient(circle, var(--_fill) 0.25rem, #0000 calc(0.25rem + 0.5px) 0.375rem, var(--_bg) calc(0.375rem + 0.5px)) var(--_side) calc(var(--_x) - 0.375rem) top calc(var(--_y) - 0.375rem) / 0.75rem 0.75rem no-repeat,
      repeating-conic-gradient(var(--_ring) 0 30deg, #0000 0 60deg) var(--_side) calc(var(--_x) - 0.375rem) top calc(var(--_y) - 0.375rem) / 0.75rem 0.75rem no-repeat,
      linear-gradient(var(--_dir), #0000 calc(var(--_at) - 1px), var(--_line) 0 calc(var(--_at) + 1px), #0000 0);
  }
  .future .date { font-style: italic; }
  .mark-status, .mark-corrected { display: inline-block; margin-inline-start: var(--_space-m); padding-inline: 0.4em; border: 1px solid currentColor; border-radius: 1em; font-size: 0.75em; font-weight: 600; letter-spacing: 0.02em; line-height: 1.5; vertical-align: 0.1em; }
  .future .mark-status { border-style: dashed; }
  .mark-corrected { color: var(--_muted); }
  .condition { margin: 0; padding: 0 var(--_space-s) var(--_space-s); }
  .details .condition, .correction { padding: 0; }
  .correction { margin: var(--_space-s) 0 0; padding-inline-start: var(--_space-m); border-inline-start: 3px double var(--_muted); }
  .now { padding-block: var(--_space-s) var(--_space-m); padding-inline: 1.5rem 0; background: linear-gradient(var(--_dir), #0000 calc(var(--_at) - 1px), var(--_line) 0 calc(var(--_at) + 1px), #0000 0); }
  .now-label { display: inline-block; padding-inline: var(--_space-m); border-block: 2px solid currentColor; font-size: 0.875em; font-weight: 700; background: var(--_bg); }
  .corrections { margin-block-start: var(--_space-l); padding-block-start: var(--_space-m); border-block-start: 1px solid var(--_line); }
  .corrections ul { margin: 0; padding: 0; list-style: none; }
  .corrections li { margin-block-end: var(--_space-m); }
  .corrections-title { margin: 0; font-weight: 700; }
  .concerns { margin: var(--_space-s) 0 0; padding-inline-start: calc(var(--_space-m) + 3px); color: var(--_muted); font-size: 0.875em; }
  @media screen {
    :host([layout='horizontal']) .now { flex: none; align-self: start; padding-block: 0.5rem 0; padding-inline: 0 var(--_space-m); }
    @container sahel-timeline (min-width: 45rem) {
      :host([layout='auto']) .now { flex: none; align-self: start; padding-block: 0.5rem 0; padding-inline: 0 var(--_space-m); }
    }
  }
`;
