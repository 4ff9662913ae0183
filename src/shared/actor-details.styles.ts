import { css } from 'lit';

/**
 * An actor's chip (the button: marker, name, "Unnamed"; `.selected` when highlighted) and its details (`.details`,
 * the popover; `.info`, what they hold; `.card`, `<actor-badge variant="full">`'s box), shared by `<actor-badge>`,
 * `<actor-list>` and `<actor-relations>` (see `actor-details.ts`).
 * The rules for what the details hold are scoped under `.info`, so they never reach the rest of a widget. A widget's
 * `.chip` sets `--_selected` (the highlight) and gives the open chip's button `anchor-name: --badge`.
 */
export const actorChipStyles = css`
  /* a chip (ActorChips, <actor-badge>'s too): the details are anchored to the open one */
  .chip {
    --_selected: var(--sahel-actor-badge-selected, var(--_highlight));
    position: relative;
  }
  /* the anchor of the open details only: an anchor name on every badge of a page (360 in 20 actor-lists)
     doubles the page's style recalculation, though closed details are never placed */
  .chip.open .badge {
    anchor-name: --badge;
  }
  /* fits a line of body text: shorter than the line box, on the text's baseline */
  .badge {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0 0.45em;
    border: 1px solid var(--sahel-actor-badge-border, color-mix(in srgb, currentColor 35%, transparent));
    border-radius: 1em;
    background: var(--sahel-actor-badge-background, color-mix(in srgb, currentColor 7%, transparent));
    font-size: inherit;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  .selected {
    background: var(--_selected);
    border-color: var(--_accent);
  }
  .selected .name {
    text-decoration: underline 2px var(--_accent);
    text-underline-offset: 0.15em;
  }
  .icon,
  .code {
    flex: none;
    align-self: center;
  }
  .icon {
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .code {
    padding: 0 0.2em;
    border: 1px solid;
    border-radius: 2px;
    font-size: 0.68em;
    font-weight: 700;
    line-height: 1.3;
  }
  .unnamed,
  .info .muted,
  .info dt {
    color: var(--_muted);
  }
  .unnamed {
    font-size: 0.75em;
    font-style: italic;
  }
  /* the box of the details, and of <actor-badge variant="full">'s card */
  .details,
  .card {
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  .info {
    font-size: 0.875em;
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    white-space: normal;
    text-align: start;
  }
  .details {
    inset: auto;
    inline-size: max-content;
    max-inline-size: min(var(--sahel-actor-badge-details-width, 22rem), calc(100vw - 1rem));
    margin: var(--_space-s) 0 0;
    box-shadow: 0 0.25rem 1rem #0003;
    position-anchor: --badge;
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
  }
  /* no popover in this browser: an inline disclosure under the badge */
  .details:not([popover]) {
    position: absolute;
    z-index: 9;
    inset-block-start: 100%;
    inset-inline-start: 0;
  }
  .info p,
  .info dl,
  .info dd,
  .info ul {
    display: block;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .info p + p,
  .info .toggle {
    margin-block-start: var(--_space-s);
  }
  .info dt {
    margin-block: var(--_space-m) var(--_space-s);
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
  }
  .info .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .info .toggle {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .info .toggle[aria-pressed='true'] {
    background: var(--_selected);
    border-color: var(--_accent);
  }
  .info .toggle[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  .info a,
  .info .link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
    text-decoration: underline var(--_accent);
  }
  .info .anonymity,
  .info .correction {
    margin: 0 0 var(--_space-s);
  }
  .info .correction {
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px double currentColor;
  }
  .info .anonymity .label,
  .info .correction .label {
    font-weight: 600;
  }
`;
