/**
 * `<sahel-timeline>`'s fallback: the collapsed first view with the shadow DOM's boxes (host padding, overview
 * line, year labels, event rows, descriptions, publication row, corrections) and sizes, so the upgrade keeps
 * the height. See sahel-timeline.styles.ts: every length below is one of its rules.
 *
 * Inline styles cannot hold the container query of `layout="auto"` (horizontal from a 45rem content box on),
 * so each length that differs between the layouts is a `clamp()` on a percentage of the 45rem-wide test: the
 * browser picks the layout from the same width, and lines wrap as in the widget. The rows are one flat list of
 * inline blocks (not flex, which no length can switch): one per line where vertical, side by side where
 * horizontal; each carries its year label, or an empty box as tall where the year was above.
 */
import { formatFuzzyDate, fuzzyDateTimeAttr, fuzzyDateYear } from '../../story/fuzzy-date.js';
import { fuzzyDateBound, fuzzyDateInSentence } from '../../story/fuzzy-date-inline.js';
import { compareEvents } from '../../story/story-index.js';
import { quoteStart } from '../../shared/quote-start.js';
import type { EventStatus, FuzzyDate, Story, TimelineEvent } from '../../story/types.js';
import { escapeHtml, text, VISUALLY_HIDDEN } from './common.js';
import type { Ctx } from './common.js';

const MUTED = 'color:light-dark(#585858,#bdbdbd)';
const NOT_YET: readonly EventStatus[] = ['planned', 'expected', 'threatened', 'conditional'];
const COUNTED: readonly EventStatus[] = ['ongoing', ...NOT_YET];
const isApprox = (d: FuzzyDate) => d.approximate || d.uncertain || /[~?%]/.test(d.edtf);

type Mode = 'v' | 'h' | 'auto';
/** How far past the breakpoint `100%` is, times enough to saturate a clamp (the widget's `min-width: 45rem`). */
const PAST = '(100% - 45rem + 0.01px) * 9999';
/** A length that is `v` when vertical and `h` when horizontal, where `v` ≤ `h`; `100%` is the width tested. */
const up = (m: Mode, v: string, h: string) => (m === 'v' ? v : m === 'h' ? h : `clamp(${v}, ${v} + ${PAST}, ${h})`);
/** The same where `v` ≥ `h`. */
const down = (m: Mode, v: string, h: string) => (m === 'v' ? v : m === 'h' ? h : `clamp(${h}, ${v} - ${PAST}, ${v})`);

/** The events the widget shows for its `actor`, `from` and `to`, in its order. */
function shown(story: Story, attrs: Record<string, string>): TimelineEvent[] {
  const actors = (attrs.actor ?? '').split(/[\s,]+/).filter(Boolean);
  const { from, to } = attrs;
  return [...story.events]
    .sort(compareEvents)
    .filter((e) => (!actors.length || actors.some((a) => e.actors.includes(a))) && (!from || e.when.end >= from) && (!to || e.when.start.slice(0, to.length) <= to));
}

/** The overview line, as `overview()` in timeline-marks.ts words it. */
function overview(c: Ctx, events: TimelineEvent[], long: boolean): string {
  const style = long ? 'long' : 'short';
  const last = events.reduce((a, e) => (e.when.end > a.when.end ? e : a), events[0]);
  const first = fuzzyDateInSentence(fuzzyDateBound(events[0].when), c.ui, style);
  const end = fuzzyDateInSentence(fuzzyDateBound(last.when), c.ui, style);
  const counts = COUNTED.map((s): [EventStatus, number] => [s, events.filter((e) => e.status === s).length]).filter(([, n]) => n);
  return c.t.timelineOverview(events.length, first, end, events.filter((e) => isApprox(e.when)).length, counts, long);
}

const MARK = 'display:inline-block;margin-inline-start:0.5rem;padding-inline:0.4em;border:1px solid currentColor;border-radius:1em;font-size:0.75em;font-weight:600;letter-spacing:0.02em;line-height:1.5;vertical-align:0.1em';

function marks(c: Ctx, e: TimelineEvent): string {
  const status = e.status && e.status !== 'past' ? `<span style="${MARK}${NOT_YET.includes(e.status) ? ';border-style:dashed' : ''}">${escapeHtml(c.t.eventStatus[e.status])}</span>` : '';
  const corrected = (c.story.corrections ?? []).some((x) => x.items.some((i) => i.kind === 'event' && i.id === e.id));
  return status + (corrected ? ` <span style="${MARK};${MUTED}">${escapeHtml(c.t.corrected)}</span>` : '');
}

export function timeline(c: Ctx): string {
  const events = shown(c.story, c.attrs);
  if (!events.length) return `<p role="note">${escapeHtml(c.t.noEvents)}</p>`;
  const m: Mode = c.attrs.layout === 'horizontal' ? 'h' : c.attrs.layout === 'auto' ? 'auto' : 'v';
  const compact = 'compact' in c.attrs && c.attrs.compact !== 'false';
  const lh = compact ? 1.3 : 1.45;
  const { published } = c.story.article;
  const { from, to } = c.attrs;
  // the publication day's row, where the widget puts it (withPublication in timeline-marks.ts)
  let at = -1;
  if (published && !(from && published < from) && !(to && published.slice(0, to.length) > to)) {
    at = events.findIndex((e) => e.when.start > published || (e.when.start === published && NOT_YET.includes(e.status ?? 'past')));
    if (at < 0) at = events.length;
  }
  const rows: (TimelineEvent | null)[] = [...events];
  if (at >= 0) rows.splice(at, 0, null);
  const yearOf = (e: TimelineEvent | null) => {
    const y = fuzzyDateYear(e ? e.when : { start: published } as FuzzyDate);
    return e?.when.precision === 'decade' ? `d${y - (y % 10)}` : String(y);
  };
  // Percentages inside the rows resolve against the list, as wide as the content box where vertical and
  // wider than every row where horizontal: the same test holds there.
  const listWidth = m === 'v' ? '' : `;inline-size:${m === 'h' ? `max(100%, ${rows.length + 1} * 16rem)` : `clamp(100%, ${PAST}, ${rows.length + 1} * 16rem)`}`;
  // Percentages resolve against the containing block, so only the rows' own boxes (children of the list) can
  // switch: the room each row keeps above its content for the year labels is its top padding.
  const yearLine = `${1.125 * lh}em`;
  let year = '';
  const row = (e: TimelineEvent | null, i: number) => {
    const y = yearOf(e);
    const label = y.startsWith('d') ? c.t.decade(y.slice(1), undefined) : y;
    const head = y !== year;
    year = y;
    const yearBox = head ? `<span aria-hidden="true" style="display:block;margin-block-end:0.25rem;font-weight:700;font-size:1.125em">${escapeHtml(label.charAt(0).toUpperCase() + label.slice(1))}</span>` : '';
    const top = head ? up(m, i ? '0.5rem' : '0px', e ? '1.75rem' : '0.75rem') : up(m, '0px', `calc(${e ? '2rem' : '1rem'} + ${yearLine})`);
    const li = `display:inline-block;vertical-align:top;box-sizing:border-box;line-height:${lh};padding-inline:${down(m, '1.5rem', '0px')} ${up(m, '0px', '0.5rem')};padding-block-start:${top}`;
    if (!e) {
      const day = { edtf: published, start: published, end: published, precision: 'day', basis: 'article' } as FuzzyDate;
      return `<li style="${li};padding-block-end:${down(m, '0.5rem', '0px')};min-inline-size:${down(m, '100%', '0px')}">${yearBox}<p style="margin:0;padding-block-start:0.25rem"><span style="display:inline-block;padding-inline:0.5rem;border-block:2px solid currentColor;font-size:0.875em;font-weight:700">${escapeHtml(c.t.published(formatFuzzyDate(day, c.ui)))}</span></p></li>`;
    }
    const short = formatFuzzyDate(e.when, c.ui);
    const long = formatFuzzyDate(e.when, c.ui, 'long');
    const ext = e.when.basis === 'external' ? `<span aria-hidden="true" style="margin-inline-start:0.15em;font-weight:700">†</span> <span style="${VISUALLY_HIDDEN}">(${escapeHtml(c.t.externalDate)})</span>` : '';
    const title = text(c, e.title, 'strong', ` style="display:${compact ? 'inline' : 'block'};font-weight:600${compact ? ';margin-inline-start:0.25rem' : ''}"`);
    const ev = `<p style="margin:0;padding:0.25rem;padding-inline-end:1.75em"><time datetime="${escapeHtml(fuzzyDateTimeAttr(e.when))}" title="${escapeHtml(long)}" style="font-size:0.875em;${MUTED};font-variant-numeric:tabular-nums${NOT_YET.includes(e.status ?? 'past') ? ';font-style:italic' : ''}">${escapeHtml(short)}</time>${ext} <span>${marks(c, e)}</span> ${title}</p>`;
    const para = 'margin:0;padding:0 0.25rem 0.25rem';
    const desc = e.summary && !compact ? text(c, e.summary, 'p', ` style="${para}"`) : '';
    const cw = e.condition && !compact && c.story.article.paragraphs.find((p) => p.id === e.condition?.paragraph)?.text.slice(e.condition.start, e.condition.end);
    const condition = cw ? `<p style="${para}"><span style="font-size:0.875em;${MUTED}">${escapeHtml(c.t.eventCondition)}</span> ${text(c, cw, 'q')}</p>` : '';
    const bottom = compact ? up(m, '0px', '0.25rem') : down(m, '0.5rem', '0.25rem');
    return `<li style="${li};padding-block-end:${bottom};inline-size:${down(m, '100%', '16rem')}">${yearBox}${ev}${desc}${condition}</li>`;
  };
  const keys = m === 'v' ? '' : `<div aria-hidden="true" style="font-size:0.875em;margin-block:${down(m, '0px', '-0.25rem')} ${up(m, '0px', '0.25rem')};padding-block-start:${up(m, '0px', `${lh}em`)}"></div>`;
  const corrections = (c.story.corrections ?? []).length
    ? `<section style="margin-block-start:1rem;padding-block-start:0.5rem;border-block-start:1px solid light-dark(#767676,#8e8e93)"><p style="margin:0;font-weight:700">${escapeHtml(c.t.corrections)}</p><ul style="margin:0;padding:0;list-style:none">${(c.story.corrections ?? [])
        .map((x) => `<li style="margin-block-end:0.5rem"><p role="note" style="margin:0.25rem 0 0;padding-inline-start:0.5rem;border-inline-start:3px double light-dark(#585858,#bdbdbd)"><span style="font-size:0.875em;${MUTED}">${escapeHtml(c.t.correction)}</span> ${text(c, x.text)}${x.says ? ` <span style="font-size:0.875em;${MUTED}">${escapeHtml(c.t.correctionSays)}</span> ${text(c, x.says)}` : ''}</p>${x.items.length ? `<p style="margin:0.25rem 0 0;padding-inline-start:calc(0.5rem + 3px);font-size:0.875em;${MUTED}"><span>${escapeHtml(c.t.correctionConcerns)}</span> ${text(c, x.items.map((it) => itemName(c, it)).join(', '))}</p>` : ''}</li>`)
        .join('')}</ul></section>`
    : '';
  const host = `display:block;padding:0.5rem;background:light-dark(#fff,#1d1d1f);color:light-dark(#1b1b1b,#ededed);line-height:${lh};overflow-wrap:anywhere${compact ? ';font-size:0.9375em' : ''}`;
  return (
    `<section aria-label="${escapeHtml(c.t.timeline)}" style="${host}">` +
    `<p style="margin:0 0 0.5rem;font-size:0.875em;${MUTED}">${escapeHtml(overview(c, events, false))}</p>${keys}` +
    `<div style="position:relative;overflow-x:auto;padding-block-end:${up(m, '0px', '0.5rem')}"><ol style="margin:0;padding:0;list-style:none;line-height:0${listWidth}">${rows.map(row).join('')}</ol></div>` +
    `${corrections}</section>`
  );
}

/** What a correction concerns, in words (as the widget's list of corrections gives it). */
function itemName(c: Ctx, item: { kind: string; id: string }): string {
  const s = c.story;
  const { kind, id } = item;
  if (kind === 'event') return s.events.find((e) => e.id === id)?.title ?? id;
  if (kind === 'actor') return s.actors.find((a) => a.id === id)?.name ?? id;
  if (kind === 'place') return s.places.find((p) => p.id === id)?.name ?? id;
  if (kind === 'figure') return s.figures.find((f) => f.id === id)?.label ?? id;
  return quoteStart(s.quotes.find((q) => q.id === id)?.text ?? id, c.t);
}
