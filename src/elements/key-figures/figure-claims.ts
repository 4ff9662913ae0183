/**
 * The pure part of `<key-figures>`: how figures become claims and groups, and how an amount reads. No Lit and
 * no DOM, so the builder's fallback HTML (src/builder/html/figures.ts) words and groups figures exactly as the
 * element does.
 */
import type { Strings } from '../../shared/i18n/strings.js';
import { shared } from '../../shared/intl.js';
import type { Figure } from '../../story/types.js';

/** One claim: a figure, with the figure that states the same amount in another currency or unit (`sameAs`). */
export interface FigureClaim {
  figure: Figure;
  same?: Figure;
}

/**
 * The story's figures as claims about quantities: each `sameAs` pair becomes one claim, and the claims
 * linked by `contests` (in either direction, transitively) one group, in story order. Pure.
 */
export function groupFigures(figures: readonly Figure[]): FigureClaim[][] {
  const byId = new Map(figures.map((f) => [f.id, f]));
  /** The claim each figure id belongs to (a `sameAs` partner belongs to its primary's). */
  const claimOf = new Map<string, FigureClaim>();
  const claims: FigureClaim[] = [];
  for (const figure of figures) {
    if (claimOf.has(figure.id)) continue;
    const partner = figure.sameAs ? byId.get(figure.sameAs) : undefined;
    const claim: FigureClaim = partner && !claimOf.has(partner.id) && partner !== figure ? { figure, same: partner } : { figure };
    claims.push(claim);
    claimOf.set(figure.id, claim);
    if (claim.same) claimOf.set(claim.same.id, claim);
  }
  // union-find over claims by `contests`
  const parent = new Map<FigureClaim, FigureClaim>(claims.map((c) => [c, c]));
  const root = (c: FigureClaim): FigureClaim => {
    for (let up = parent.get(c); up && up !== c; up = parent.get(c)) c = up;
    return c;
  };
  for (const claim of claims) {
    for (const f of [claim.figure, claim.same]) {
      for (const id of f?.contests ?? []) {
        const other = claimOf.get(id);
        if (other) parent.set(root(other), root(claim));
      }
    }
  }
  const groups = new Map<FigureClaim, FigureClaim[]>();
  for (const claim of claims) {
    const r = root(claim);
    const group = groups.get(r);
    if (group) group.push(claim);
    else groups.set(r, [claim]);
  }
  return [...groups.values()];
}

export const figuresOf = (claim: FigureClaim) => (claim.same ? [claim.figure, claim.same] : [claim.figure]);
/** Whether a claim is claimed by or about `actor`. */
export const concerns = (claim: FigureClaim, actor: string) => figuresOf(claim).some((f) => f.claimedBy === actor || f.actors?.includes(actor));
/** Lower and upper ends of a figure (equal for a single value). */
export const ends = (f: Figure): [number, number] => [f.min ?? f.value ?? f.max ?? 0, f.max ?? f.value ?? f.min ?? 0];
export const sameUnit = (a: Figure, b: Figure) => (a.unit ?? '').trim().toLowerCase() === (b.unit ?? '').trim().toLowerCase() && a.currency === b.currency;

/**
 * The groups `<key-figures>` shows for its attributes (`figure`, `contested`, `actor`), in order; `undefined`
 * when `figure` names no figure of the story.
 */
export function shownGroups(figures: readonly Figure[], figure: string, contested: boolean, actor: string): FigureClaim[][] | undefined {
  let groups = groupFigures(figures);
  if (figure) {
    groups = groups.filter((g) => g.some((c) => figuresOf(c).some((f) => f.id === figure)));
    if (!groups.length) return undefined;
  }
  if (contested) groups = groups.filter((g) => g.length > 1);
  if (actor) groups = groups.filter((g) => g.some((c) => concerns(c, actor)));
  return groups;
}

/** A number in `lang`; large ones spelled out ("4.2 billion"), money in its currency. */
function formatNumber(f: Figure, lang: string, n: number, to?: number): string {
  const big = Math.abs(to ?? n) >= 1e6;
  const options: Intl.NumberFormatOptions = big ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : { maximumFractionDigits: 2 };
  if (f.currency) Object.assign(options, { style: 'currency', currency: f.currency, currencyDisplay: big ? 'name' : 'symbol' }, big || (Number.isInteger(n) && Number.isInteger(to ?? 0)) ? { minimumFractionDigits: 0 } : { minimumFractionDigits: 2 });
  let format: Intl.NumberFormat;
  try {
    format = shared(Intl.NumberFormat, lang, options);
  } catch {
    // a currency code the engine refuses: the number, then the code
    format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
    return `${to === undefined ? format.format(n) : `${format.format(n)}–${format.format(to)}`} ${f.currency}`;
  }
  if (to === undefined) return format.format(n);
  // formatRange is ES2023 (the lib here is ES2022); every engine we support has it
  const range = (format as Intl.NumberFormat & { formatRange?(a: number, b: number): string }).formatRange;
  return range ? range.call(format, n, to) : `${format.format(n)}–${format.format(to)}`;
}

/** The amount as the article bounds or hedges it, without its unit: "about 2,000", "200–300", "more than 10,000". */
export function figureAmount(f: Figure, lang: string, s: Strings): string {
  const { value, min, max } = f;
  let core: string;
  let qualifier = f.qualifier ?? (f.approximate ? 'about' : undefined);
  if (value !== undefined) core = formatNumber(f, lang, value);
  else if (min !== undefined && max !== undefined) core = formatNumber(f, lang, min, max);
  else if (min !== undefined || max !== undefined) {
    core = formatNumber(f, lang, min ?? max ?? 0);
    qualifier ??= min !== undefined ? 'at-least' : 'up-to';
  } else core = '–';
  return qualifier ? s.qualifier[qualifier](core) : core;
}

/** The disputed groups' plain-words line: the claimants' names, or `undefined` when some claim has no known claimant. */
export function claimantNames(group: readonly FigureClaim[], nameOf: (id: string) => string | undefined): string[] | undefined {
  const names = [...new Set(group.map((c) => c.figure.claimedBy ?? c.same?.claimedBy))].map((id) => id && nameOf(id));
  return names.length < 2 || names.some((n) => !n) ? undefined : (names as string[]);
}

/** A disputed group's scale (its highest upper end, when the units agree and it is positive) and the ratio of highest to lowest (0: none). */
export function groupScale(group: readonly FigureClaim[]): { bar: number | null; ratio: number } {
  const agree = group.every((c) => sameUnit(c.figure, group[0].figure));
  const scale = Math.max(...group.map((c) => ends(c.figure)[1]));
  const bottom = Math.min(...group.map((c) => ends(c.figure)[0]));
  const bar = agree && scale > 0 ? scale : null;
  return { bar, ratio: bar && bottom > 0 ? scale / bottom : 0 };
}
