/**
 * Turns an annotation's date (`{ edtf, phrase, basis, note, relativeTo, start, end }`) into a story
 * `FuzzyDate`, checking it against the article's own words. Nothing is trusted unchecked:
 * - the phrase must be in the paragraph of the evidence;
 * - `resolved`/`article`: a phrase the resolver reads must give exactly the EDTF's days, the same open
 *   side, and `~` where the phrase is approximate ("for most of last week");
 * - `external`: a note, and the outside date inside what the phrase resolves to;
 * - `editor`: for phrases the resolver cannot read. `start`, `end`, `phrase` and `note` are required,
 *   `edtf` (default `start/end`) must denote exactly `start..end`, and a phrase the resolver does read
 *   is an error (use `resolved`).
 */
import type { DatePrecision, FuzzyDate, Paragraph } from '../story/types.js';
import type { DateInput } from './annotation.js';
import { type DayRange, formatRange, parseIsoDay } from './days.js';
import { parseEdtf } from './edtf.js';
import type { ErrorList } from './errors.js';
import { SUPPORTED_PHRASES, resolvePhrase } from './relative-dates.js';

export interface DateContext {
  published: string;
  /** The paragraph the item's evidence was found in; the phrase must be there. */
  paragraph?: Paragraph;
  /** Dates of other events (EDTF), by id, for `relativeTo`. */
  anchors: ReadonlyMap<string, string>;
  /** Id of the item itself (an event cannot count from itself). */
  selfId?: string;
  /**
   * The event has not happened at publication (status planned, expected, threatened or conditional):
   * ambiguous phrases ("in March", "on Tuesday") resolve forward. See `isNotYet` in status-dates.ts.
   */
  planned?: boolean;
}

/** An annotation date with the editor's own days (`basis: editor`). */
export interface DateFields extends DateInput {
  start?: string;
  end?: string;
}

const within = (inner: DayRange, outer: DayRange) => outer.start <= inner.start && inner.end <= outer.end;

/** Builds the fuzzy date, or reports why it cannot (errors under `path`). */
export function buildDate(input: DateFields, path: string, ctx: DateContext, errors: ErrorList): FuzzyDate | undefined {
  const before = errors.count;
  const { phrase, basis } = input;
  const editor = basis === 'editor';

  if (editor) {
    for (const key of ['start', 'end'] as const) {
      const value = input[key];
      if (value === undefined) errors.add(`${path}.${key}`, 'is required when basis is "editor": give the first and last day the date may denote');
      else if (!parseIsoDay(value)) errors.add(`${path}.${key}`, `${JSON.stringify(value)} is not a calendar day (YYYY-MM-DD)`);
    }
    if (phrase === undefined) errors.add(`${path}.phrase`, 'is required when basis is "editor": give the article\'s own words');
    if (input.note === undefined) errors.add(`${path}.note`, 'is required when basis is "editor": say how the days were worked out');
    if (errors.count > before) return undefined;
  } else {
    for (const key of ['start', 'end'] as const) {
      if (input[key] !== undefined) errors.add(`${path}.${key}`, 'is only for basis "editor"; otherwise the builder computes start and end from edtf');
    }
  }

  const parsed = parseEdtf(input.edtf, { published: ctx.published });
  if (!parsed.ok) {
    errors.add(`${path}.edtf`, parsed.error);
    return undefined;
  }
  const date = parsed.date;

  if (editor) {
    if (input.start !== date.start) errors.add(`${path}.start`, `is ${input.start}, but edtf "${input.edtf}" starts ${date.start}`);
    if (input.end !== date.end) errors.add(`${path}.end`, `is ${input.end}, but edtf "${input.edtf}" ends ${date.end}`);
  }

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
      const a = parseEdtf(anchorEdtf, { published: ctx.published });
      if (a.ok) anchor = a.date;
      else errors.add(`${path}.relativeTo`, `event "${input.relativeTo}" has no usable date (${a.error})`);
    }
  }

  let precision: DatePrecision = date.precision;
  if (phrase !== undefined) {
    const resolution = resolvePhrase(phrase, { published: ctx.published, planned: ctx.planned === true, anchor });
    const quotedPhrase = JSON.stringify(phrase);
    const against = anchor ? `event "${input.relativeTo}" (${formatRange(anchor)})` : `publication day ${ctx.published}`;
    const status = ctx.planned ? ' for an event that has not happened' : '';
    if (resolution.kind === 'resolved') {
      const r = resolution.date;
      const mine = `edtf "${input.edtf}" denotes ${formatRange(date)}`;
      const write = `(write edtf "${r.edtf}")`;
      if (editor) {
        errors.add(`${path}.basis`, `the builder resolves ${quotedPhrase} against ${against}${status} to ${formatRange(r)} (${resolution.explanation}): use basis "resolved" ${write}; basis "editor" is for phrases it cannot read`);
      } else if (basis === 'external') {
        if (!within(date, r)) {
          errors.add(`${path}.edtf`, `the outside date disagrees with the article: ${quotedPhrase} resolves against ${against}${status} to ${formatRange(r)}, but ${mine}; keep the article's date (basis "resolved") and put the outside date in "note"`);
        }
      } else if (r.start !== date.start || r.end !== date.end) {
        errors.add(`${path}.edtf`, `${quotedPhrase} resolves against ${against}${status} to ${formatRange(r)} (${resolution.explanation}), but ${mine} ${write}`);
      } else if (r.open !== date.open) {
        errors.add(`${path}.edtf`, r.open
          ? `${quotedPhrase} leaves its ${r.open} open, but edtf "${input.edtf}" closes it ${write}`
          : `${quotedPhrase} is a closed span, but edtf "${input.edtf}" leaves its ${date.open} open ${write}`);
      } else if (r.approximate && !date.approximate) {
        errors.add(`${path}.edtf`, `${quotedPhrase} is approximate, but edtf "${input.edtf}" is not ${write}`);
      } else if (r.precision === 'decade') {
        precision = 'decade'; // "the late 1980s" is 1987/1989, years to the parser
      }
    } else if (resolution.kind === 'needs-anchor') {
      if (basis !== 'external' && !editor) {
        errors.add(`${path}.relativeTo`, `${quotedPhrase} counts from another event: give its id in "relativeTo"`);
      }
    } else if (basis === 'resolved') {
      const why = resolution.reason ? `${resolution.reason}; ` : '';
      errors.add(`${path}.phrase`, `cannot resolve ${quotedPhrase}: ${why}supported phrases: ${SUPPORTED_PHRASES}; otherwise use basis "article", "external" or "editor"`);
    }
    if (input.relativeTo !== undefined && resolution.kind === 'resolved' && !resolution.anchored) {
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
    precision,
    ...(date.approximate ? { approximate: true } : {}),
    ...(date.uncertain ? { uncertain: true } : {}),
    ...(phrase !== undefined ? { phrase } : {}),
    basis,
    ...(input.note !== undefined ? { note: input.note } : {}),
    ...(date.open ? { open: date.open } : {}),
    ...(input.relativeTo !== undefined ? { anchor: input.relativeTo } : {}),
  };
}
