/**
 * `<key-figures>`'s fallback: the first view of each variant (`cards`, `list`, `inline`) with the shadow DOM's
 * boxes and sizes (key-figures.styles.ts), so the upgrade keeps the height. The figures are grouped and worded
 * by the element's own pure code (figure-claims.ts): the same claims, amounts, disputes, bars and ratios.
 * Each value is text (the element's toggle button selects the figure; there is nothing to select without
 * script), and "Show source" is a native disclosure of the article's sentence.
 *
 * `list` switches from rows to a column when its box is 30rem wide or less (a container query in the widget):
 * inline styles hold no query, so each row is a wrapping flex line whose items' bases are `clamp()`s on the
 * same width (see `PAST` in timeline.ts): value and label side by side (baseline-aligned, as the grid does)
 * where the box is wide, one under the other where it is narrow.
 */
import { claimantNames, figureAmount, figuresOf, groupScale, shownGroups } from '../../elements/key-figures/figure-claims.js';
import type { FigureClaim } from '../../elements/key-figures/figure-claims.js';
import type { Figure } from '../../story/types.js';
import { ACCENT, actorOf, BORDER, BOX, chip, escapeHtml, FG, heading, MUTED, PLAIN_LIST, SURFACE, sourceDetails, statusNote, text, VISUALLY_HIDDEN } from './common.js';
import type { Ctx } from './common.js';

const GRID = (gap: string) => `${PLAIN_LIST};display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr));gap:${gap}`;

/** A figure's amount and unit as the value button shows them (`unit` at 0.7em in cards and list). */
function value(c: Ctx, f: Figure, inline: boolean): string {
  const unit = f.unit ? ` <span${c.lang}${inline ? '' : ' style="font-size:0.7em;font-weight:400"'}>${escapeHtml(f.unit)}</span>` : '';
  return `${escapeHtml(figureAmount(f, c.ui, c.t))}${unit}`;
}

function claimText(c: Ctx, claim: FigureClaim, inline: boolean): string {
  const same = claim.same ? ` <span${inline ? '' : ` style="display:block;font-size:0.7em;font-weight:400;color:${FG}"`}>(${value(c, claim.same, inline)})</span>` : '';
  return value(c, claim.figure, inline) + same;
}

/** The proportional bar of a claim in a disputed group (the widget's SVG), as a gradient: fill to the lower end, the range's span lighter. */
function bar(f: Figure, scale: number, style: string): string {
  const [lo, hi] = [f.min ?? f.value ?? f.max ?? 0, f.max ?? f.value ?? f.min ?? 0];
  const x = (n: number) => Math.max(0, Math.min(100, (n / scale) * 100)).toFixed(1);
  const open = f.qualifier === 'more-than' || f.qualifier === 'at-least';
  const end = open ? Math.min(100, Number(x(hi)) + 6).toFixed(1) : x(hi);
  const range = `color-mix(in srgb,${ACCENT} 45%,transparent)`;
  return `<span aria-hidden="true" style="display:block;block-size:0.6rem;background:linear-gradient(to right,${ACCENT} 0 ${x(lo)}%,${range} ${x(lo)}% ${end}%,color-mix(in srgb,currentColor 12%,transparent) ${end}% 100%)${style}"></span>`;
}

/**
 * The widths of the `list` variant's rows: `100%` is the row's content box, `off` what lies between it and the
 * widget's box (padding and borders), where the widget's query tests `max-width: 30rem`.
 */
function listWidths(off: string) {
  const past = `(100% + ${off} - 30rem - 0.01px) * 1000000`;
  return {
    /** The value's column: 14rem beside the rest, or the whole width. */
    first: `clamp(14rem, 100% - ${past}, 100%)`,
    /** What shares the value's line: the rest of the row, or the whole width. */
    second: `clamp(100% - 15rem, 100% - ${past}, 100%)`,
    /** The later rows' start: under the second column, or at the start. */
    indent: `clamp(0px, ${past}, 15rem)`,
  };
}

function claimItem(c: Ctx, claim: FigureClaim, scale: number | null, grouped: boolean, extra = ''): string {
  const list = c.attrs.variant === 'list';
  const f = claim.figure;
  const claimant = f.claimedBy ?? claim.same?.claimedBy;
  const who = claimant ? actorOf(c, claimant) : undefined;
  const refs = figuresOf(claim)
    .filter((x, i, all) => i === 0 || x.source.paragraph !== all[0].source.paragraph || x.source.start !== all[0].source.start)
    .map((x) => x.source);
  const size = list ? '1.125em' : '1.5em';
  const valueStyle = `margin:0;color:${ACCENT};font-size:${size};font-weight:700;line-height:1.2;font-variant-numeric:tabular-nums`;
  const parts: [string, string][] = [[valueStyle, claimText(c, claim, false)]];
  if (scale) parts.push(['', bar(f, scale, '')]);
  parts.push([`margin:0;line-height:1.35`, text(c, f.label)]);
  if (who) parts.push([`margin:0;${MUTED};font-size:0.9em`, `${escapeHtml(c.t.claimedBy)} ${chip(c, who)}`]);
  const box = 'position:relative;box-sizing:border-box;padding:0.5rem;padding-inline-start:calc(0.5rem + 4px);overflow-wrap:anywhere';
  if (!list) {
    const items = parts.map(([style, html]) => (style ? `<p style="${style}">${html}</p>` : html)).join('');
    return `<li style="${box}${extra};display:flex;flex-direction:column;align-items:flex-start;gap:0.25rem;border:1px solid ${BORDER};border-radius:0.375rem;background:${SURFACE}">${items}${sourceDetails(c, refs, ';margin-block-start:auto')}</li>`;
  }
  // list: value, then what the grid puts in its second column (the bar first, as `grid-auto-flow: dense` does)
  const w = listWidths(grouped ? 'calc(2rem + 6px)' : 'calc(1rem + 4px)');
  const items = parts.map(([style, html], i) => {
    const basis = i === 0 ? w.first : i === 1 ? w.second : '100%';
    const pad = i > 1 ? `;padding-inline-start:${w.indent}` : '';
    const flex = `flex:0 0 ${basis};box-sizing:border-box;min-inline-size:0${pad}`;
    return style ? `<p style="${style};${flex}">${html}</p>` : `<span style="display:block;${flex}">${html}</span>`;
  });
  const toggle = `<div style="flex:0 0 100%;box-sizing:border-box;padding-inline-start:${w.indent}">${sourceDetails(c, refs)}</div>`;
  return `<li style="${box}${extra};display:flex;flex-wrap:wrap;align-items:baseline;gap:0.25rem 1rem;border-block-end:1px solid ${BORDER}">${items.join('')}${toggle}</li>`;
}

function group(c: Ctx, claims: FigureClaim[], top: boolean): string {
  const list = c.attrs.variant === 'list';
  const space = list && !top ? ';margin-block-start:0.5rem' : '';
  if (claims.length === 1) return claimItem(c, claims[0], null, false, space);
  const names = claimantNames(claims, (id) => actorOf(c, id)?.name);
  let who = escapeHtml(c.t.sourcesDisagree);
  if (names) {
    const [before, after] = c.t.disagree('\u0000').split('\u0000');
    let parts: { type: string; value: string }[];
    try {
      parts = new Intl.ListFormat(c.ui, { type: 'conjunction' }).formatToParts(names);
    } catch {
      parts = names.flatMap((value, i) => [...(i ? [{ type: 'literal', value: ', ' }] : []), { type: 'element', value }]);
    }
    who = escapeHtml(before) + parts.map((p) => (p.type === 'element' ? text(c, p.value) : escapeHtml(p.value))).join('') + escapeHtml(after);
  }
  const { bar: scale, ratio } = groupScale(claims);
  const ratioText = ratio ? (ratio === 1 ? c.t.sameRatio : c.t.ratio(new Intl.NumberFormat(c.ui, { maximumFractionDigits: 1 }).format(ratio))) : '';
  const inner = list ? PLAIN_LIST : GRID('0.5rem 1rem').replace('auto-fill', 'auto-fit');
  return (
    `<li style="grid-column:1/-1;display:grid;gap:0.5rem;box-sizing:border-box;padding:0.5rem;border:1px dashed ${BORDER};border-radius:0.375rem${space}">` +
    `<p style="margin:0;font-weight:700"><span style="${VISUALLY_HIDDEN}">${escapeHtml(c.t.disputedFigure)}: </span>${who}</p>` +
    `<ul style="${inner}">${claims.map((x) => claimItem(c, x, scale, true)).join('')}</ul>` +
    (ratioText ? `<p style="margin:0;${MUTED};font-size:0.9em">${escapeHtml(ratioText)}</p>` : '') +
    `</li>`
  );
}

export function figures(c: Ctx): string {
  const { figure = '', actor = '' } = c.attrs;
  const contested = 'contested' in c.attrs && c.attrs.contested !== 'false';
  const groups = shownGroups(c.story.figures, figure, contested, actor);
  const inline = c.attrs.variant === 'inline';
  if (!groups) {
    const why = escapeHtml(c.t.noFigure(figure));
    // phrasing content where the widget stands in a sentence
    return inline ? `<span role="note">${why}</span>` : `<p role="note">${why}</p>`;
  }
  if (inline) {
    const g = groups[0];
    const claim = g && (g.find((x) => figuresOf(x).some((f) => f.id === figure)) ?? g[0]);
    if (!claim) return '<span>–</span>';
    // phrasing content only: the parser would close the sentence's <p> before a block
    const note = g.length > 1 ? ` <span style="${MUTED}">(${escapeHtml(c.t.disputed)})</span>` : '';
    // the value as the widget's button draws it (an inline block: it never breaks across lines), the label for screen readers
    return `<span><strong style="display:inline-block;font-weight:600;line-height:1.2;font-variant-numeric:tabular-nums;text-decoration:underline dotted;text-underline-offset:0.15em">${claimText(c, claim, true)}</strong>${note}${text(c, ` ${claim.figure.label}`, 'span', ` style="${VISUALLY_HIDDEN}"`)}</span>`;
  }
  if (!groups.length) return statusNote(c.t.noFigures);
  const list = c.attrs.variant === 'list';
  return (
    `<section aria-label="${escapeHtml(c.t.keyFigures)}" style="${BOX}">` +
    `<h2 style="${heading('1.15em', { margin: '0 0 0.5rem' })}">${escapeHtml(c.t.keyFigures)}</h2>` +
    `<ul style="${list ? PLAIN_LIST : GRID('1rem')}">${groups.map((g, i) => group(c, g, i === 0)).join('')}</ul></section>`
  );
}
