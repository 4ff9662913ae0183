/**
 * The spans a date phrase resolves to, each with the EDTF string that denotes exactly its days:
 * a day, a run of days (seven make a `week`), a month, a season, a year, a decade, and
 * intervals of those. Node-only, used by `relative-dates.ts`.
 */
import type { DatePrecision } from '../story/types.js';
import { type DayRange, addDays, daysBetween, monthRange, monthsRange, weekday, yearRange } from './days.js';

export interface Span extends DayRange {
  /** EDTF for exactly these days (with `~` when approximate; open forms for open spans). */
  edtf: string;
  precision: DatePrecision;
  approximate?: boolean;
  /** The side the phrase leaves open; that side of `start`/`end` is the publication day. */
  open?: 'start' | 'end';
}

const y4 = (year: number) => String(year).padStart(4, '0');
const m2 = (month: number) => String(month).padStart(2, '0');

export const day = (d: string): Span => ({ start: d, end: d, edtf: d, precision: 'day' });

/** The days `a..b`: one day, seven days (`week`), or any other run of days. */
export function days(a: string, b: string): Span {
  if (a === b) return day(a);
  return { start: a, end: b, edtf: `${a}/${b}`, precision: daysBetween(a, b) === 6 ? 'week' : 'day' };
}

export const month = (year: number, m: number): Span => ({ ...monthRange(year, m), edtf: `${y4(year)}-${m2(m)}`, precision: 'month' });

/** Months from `year-m` through `endYear-endM`. */
export function months(year: number, m: number, endYear: number, endM: number): Span {
  if (year === endYear && m === endM) return month(year, m);
  return { start: month(year, m).start, end: month(endYear, endM).end, edtf: `${y4(year)}-${m2(m)}/${y4(endYear)}-${m2(endM)}`, precision: 'month' };
}

/** A northern meteorological season by its code (21 spring … 24 winter); a winter runs into the next year. */
export const season = (year: number, code: number): Span => ({
  ...monthsRange(year, (code - 20) * 3, 3),
  edtf: `${y4(year)}-${code}`,
  precision: 'season',
});

export const year = (y: number): Span => ({ ...yearRange(y), edtf: y4(y), precision: 'year' });

/** The years `a..b`; a whole decade (`1990/1999`) has precision `decade`. */
export function years(a: number, b: number): Span {
  if (a === b) return year(a);
  const decade = a % 10 === 0 && b === a + 9;
  return { start: yearRange(a).start, end: yearRange(b).end, edtf: `${y4(a)}/${y4(b)}`, precision: decade ? 'decade' : 'year' };
}

/** The decade starting in year `first` (a multiple of ten), written `199X`. */
export const decade = (first: number): Span => ({ start: yearRange(first).start, end: yearRange(first + 9).end, edtf: `${y4(first).slice(0, 3)}X`, precision: 'decade' });

/** Early (years 0–3), mid (4–6) or late (7–9) part of a decade: `1997/1999`, precision `decade`. */
export function decadePart(first: number, part: 'early' | 'mid' | 'late'): Span {
  const [a, b] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : [7, 9];
  return { ...years(first + a, first + b), precision: 'decade' };
}

/** The same days, marked approximate (`~` at the end of each end). */
export function approximately(span: Span): Span {
  if (span.approximate) return span;
  const edtf = span.edtf.split('/').map((end) => (end === '..' ? end : `${end}~`)).join('/');
  return { ...span, edtf, approximate: true };
}

/** True when `span` covers exactly one calendar month, season, year… i.e. its EDTF is one point. */
export const isPoint = (span: Span) => !span.edtf.includes('/') && !span.open;

/** The EDTF point closing an open span at `side` of `span`: the span itself when it is one point, else its day. */
function pointAt(span: Span, side: 'start' | 'end'): { edtf: string; precision: DatePrecision } {
  if (isPoint(span)) return { edtf: span.edtf.replace(/~$/, ''), precision: span.precision };
  return { edtf: span[side], precision: 'day' };
}

/** "since X": from the start of X to the publication day, written `X/..`. */
export function since(x: Span, published: string): Span {
  const p = pointAt(x, 'start');
  return { start: x.start, end: published, edtf: `${p.edtf}/..`, precision: p.precision, open: 'end' };
}

/** "by X": one moment from the publication day to the end of X, written `[..X]`. */
export function by(x: Span, published: string): Span {
  const p = pointAt(x, 'end');
  return { start: published, end: x.end, edtf: `[..${p.edtf}]`, precision: p.precision, open: 'start' };
}

/** "until X": lasting from (before) the publication day to the end of X, written `../X`. */
export function until(x: Span, published: string): Span {
  const p = pointAt(x, 'end');
  return { start: published, end: x.end, edtf: `../${p.edtf}`, precision: p.precision, open: 'start' };
}

/**
 * A closed span that straddles the publication day P, cut at P: a past event keeps the days up
 * to P, a planned one the days from P. The result is a run of days (`2024-04-01/2024-04-13`).
 */
export function cutAtPublication(span: Span, published: string, planned: boolean): Span {
  if (span.open || published < span.start || published > span.end) return span;
  if (planned ? span.start === published : span.end === published) return span;
  const cut = planned ? days(published, span.end) : days(span.start, published);
  return span.approximate ? approximately(cut) : cut;
}

/**
 * The most natural EDTF for a range of days: a day, a month, a season, a year, a decade, or an
 * interval of months, years or days. Used for ranges moved from an anchor ("two years later").
 */
export function spanOf(range: DayRange): Span {
  const [sy, sm, sd] = range.start.split('-').map(Number);
  const [ey, em] = range.end.split('-').map(Number);
  const monthEnd = range.end === monthRange(ey, em).end;
  if (sd !== 1 || !monthEnd) return days(range.start, range.end);
  if (sm === 1 && em === 12) {
    if (sy === ey) return year(sy);
    return sy % 10 === 0 && ey === sy + 9 ? decade(sy) : years(sy, ey);
  }
  const count = (ey - sy) * 12 + em - sm + 1;
  if (count === 3 && sm % 3 === 0) return season(sy, 20 + sm / 3);
  return months(sy, sm, ey, em);
}

/** Monday of the ISO week of `d`. */
export const mondayOf = (d: string) => addDays(d, -((weekday(d) + 6) % 7));

/** Monday–Sunday of the ISO week `offset` weeks from the one holding `d`. */
export const isoWeek = (d: string, offset = 0) => days(addDays(mondayOf(d), 7 * offset), addDays(mondayOf(d), 7 * offset + 6));
