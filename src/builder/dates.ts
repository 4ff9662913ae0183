/**
 * Turns an annotation's date (`{ edtf, phrase, basis, note, relativeTo }`) into a story
 * `FuzzyDate`, checking it against the article's own words.
 */
import type { FuzzyDate, Paragraph } from '../story/types.js';
import type { DateInput } from './annotation.js';
import { type DayRange, formatRange } from './days.js';
import { parseEdtf } from './edtf.js';
import type { ErrorList } from './errors.js';
import { SUPPORTED_PHRASES, resolvePhrase } from './relative-dates.js';

export interface DateContext {
  published: string;
  /** The paragraph the item's evidence was found in; the phrase must be there. */
  paragraph?: Paragraph;
  /** Dates of other events, by id, for `relativeTo`. */
  anchors: ReadonlyMap<string, string>;
  /** Id of the item itself (an event cannot count from itself). */
  selfId?: string;
  /** True for an event that has not happened yet (planned, expected, threatened, conditional): a bare month is the next one. */
  planned?: boolean;
}

const within = (inner: DayRange, outer: DayRange) => outer.start <= inner.start && inner.end <= outer.end;

/** Builds the fuzzy date, or reports why it cannot (errors under `path`). */
export function buildDate(input: DateInput, path: string, ctx: DateContext, errors: ErrorList): FuzzyDate | undefined {
  const before = errors.count;
  const parsed = parseEdtf(input.edtf);
  if (!parsed.ok) {
    errors.add(`${path}.edtf`, parsed.error);
    return undefined;
  }
  const date = parsed.date;
  const { phrase, basis } = input;

  if (phrase !== undefined && ctx.paragraph && !ctx.paragraph.text.includes(phrase)) {
    const lower = ctx.paragraph.text.toLowerCase().indexOf(phrase.toLowerCase());
    const hint = lower === -1 ? '' : `; the article writes ${JSON.stringify(ctx.paragraph.text.slice(lower, lower + phrase.length))}`;
    errors.add(`${path}.phrase`, `${JSON.stringify(phrase)} is not in ${ctx.paragraph.id}, the paragraph of the evidence${hint}`);
  }
  if (basis === 'resolved' && phrase === undefined) {
    errors.add(`${path}.phrase`, 'is required when basis is "resolved": give the article\'s own words ("last summer")');
  }
  if (basis === 'external' && input.note === undefined) {
    errors.add(`${path}.note`, 'is required when basis is "external": say where the date comes from');
  }

  let anchor: DayRange | undefined;
  if (input.relativeTo !== undefined) {
    const anchorEdtf = ctx.anchors.get(input.relativeTo);
    if (input.relativeTo === ctx.selfId) errors.add(`${path}.relativeTo`, 'an event cannot count from itself');
    else if (anchorEdtf === undefined) errors.add(`${path}.relativeTo`, `no event "${input.relativeTo}"`);
    else {
      const a = parseEdtf(anchorEdtf);
      if (a.ok) anchor = a.date;
      else errors.add(`${path}.relativeTo`, `event "${input.relativeTo}" has no usable date (${a.error})`);
    }
  }

  if (phrase !== undefined) {
    const resolution = resolvePhrase(phrase, ctx.published, anchor);
    const quotedPhrase = JSON.stringify(phrase);
    const against = anchor ? `event "${input.relativeTo}" (${formatRange(anchor)})` : `publication day ${ctx.published}`;
    if (resolution.kind === 'resolved') {
      const range = resolution.range;
      const mine = `edtf "${input.edtf}" denotes ${formatRange(date)}`;
      if (basis === 'external') {
        if (!within(date, range)) {
          errors.add(`${path}.edtf`, `the outside date disagrees with the article: ${quotedPhrase} resolves against ${against} to ${formatRange(range)}, but ${mine}; keep the article's date (basis "resolved") and put the outside date in "note"`);
        }
      } else if (range.start !== date.start || range.end !== date.end) {
        errors.add(`${path}.edtf`, `${quotedPhrase} resolves against ${against} to ${formatRange(range)} (${resolution.explanation}), but ${mine}`);
      }
    } else if (resolution.kind === 'needs-anchor') {
      if (basis !== 'external') {
        errors.add(`${path}.relativeTo`, `${quotedPhrase} counts from another event: give its id in "relativeTo"`);
      }
    } else if (basis === 'resolved') {
      errors.add(`${path}.phrase`, `cannot resolve ${quotedPhrase}; supported phrases: ${SUPPORTED_PHRASES}; otherwise use basis "article" or "external"`);
    }
    if (input.relativeTo !== undefined && resolution.kind === 'resolved' && !/\b(later|after|afterwards|earlier|before)$/i.test(phrase.trim())) {
      errors.add(`${path}.relativeTo`, `${quotedPhrase} counts from the publication day, not from another event; remove "relativeTo"`);
    }
  } else if (input.relativeTo !== undefined) {
    errors.add(`${path}.relativeTo`, 'needs a "phrase" such as "two years later"');
  }

  if (errors.count > before) return undefined;
  // Key order is part of the output's stability: keep it as in the FuzzyDate type.
  return {
    edtf: input.edtf,
    start: date.start,
    end: date.end,
    precision: date.precision,
    ...(date.approximate ? { approximate: true } : {}),
    ...(date.uncertain ? { uncertain: true } : {}),
    ...(phrase !== undefined ? { phrase } : {}),
    basis,
    ...(input.note !== undefined ? { note: input.note } : {}),
  };
}
