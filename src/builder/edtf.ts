/**
 * Reads the EDTF (ISO 8601-2) dates a news annotation needs: it turns an EDTF string into the
 * first and last day it may denote, a precision, and its qualifiers, so that the browser never
 * parses EDTF.
 *
 * Parsing and validation are done by the `edtf` npm package (EDTF.js, pinned in
 * package.json): every string goes through its parser, its verdict is final for what is not
 * EDTF at all (`2023-02-30`, `2024-W15`), and the first and last days of years, months, days
 * and interval ends come from its `min`/`max`. This module then narrows what the package
 * accepts to what the story validator (`src/story/validate.ts`) accepts, and reports the rest
 * as errors, never guessing:
 * - `2024`, `2024-03`, `2024-04-13`: year, month, day (years 0000-9999);
 * - `2023-21`..`2023-24`: spring, summer, autumn, winter as northern meteorological seasons
 *   (March–May, June–August, September–November, December–February). A winter starts in
 *   December of the year written: `2023-24` is 2023-12-01..2024-02-29.
 *   (The package maps `-21`..`-24` to calendar quarters, so its "summer" is April–June; that
 *   is why season days come from `SEASONS` below and not from its `min`/`max`. The validator
 *   reads seasons the same way and accepts no other codes.)
 * - a qualifier at the end of a date: `~` approximate, `?` uncertain, `%` both;
 * - a closed interval `start/end` of any of the above (`2024-03-12/2024-03-14`). Its
 *   precision is the coarser of its ends, except that a span of exactly seven days is a `week`.
 *   The package allows a season in an interval only with another season (`2023-22/2023-24`).
 *
 * - a decade `199X` (a year with its last digit unspecified: 1990-01-01..1999-12-31, precision
 *   `decade`, no qualifier; the package refuses `199X~`); an interval of years that is exactly a
 *   decade (`1990/1999`) also has precision `decade`;
 * - open spans, whose open side is closed at the publication day P (so they need `published`):
 *   `X/..` from X to P ("since 2019": `2019/..`, open `end`), `../X` from P to the end of X
 *   ("until March": `../2025-03`, open `start`) and `[..X]`, one day from P to the end of X (a
 *   deadline, "by 2030": `[..2030]`, open `start`). X is any single date above, seasons included;
 *   the package reads X, and this module the open side (the package reads no season with `..`,
 *   and computes no days for `../X` or `[..X]`). Precision is X's.
 *
 * Valid EDTF that is not supported (other unspecified digits `201X-05`, `19XX`, season codes 25-41,
 * other sets and lists, level-2 decades `199`, times of day, unknown interval ends `2024/`,
 * qualifiers inside a date) is an error.
 */
import edtf, { Bitmask, type ExtDateTime, type ParseResult, parse } from 'edtf';
import type { DatePrecision } from '../story/types.js';
import { type DayRange, daysBetween, formatRange, monthsRange, parseIsoDay, yearRange } from './days.js';

export interface EdtfDate extends DayRange {
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
  /** The side left open (closed at the publication day): `end` for `X/..`, `start` for `../X` and `[..X]`. */
  open?: 'start' | 'end';
}

export interface EdtfOptions {
  /** Publication day (ISO): where an open span is closed. Without it, open spans are an error. */
  published?: string;
}

export type EdtfResult = { ok: true; date: EdtfDate } | { ok: false; error: string };

const PRECISION_ORDER: readonly DatePrecision[] = ['day', 'week', 'month', 'season', 'year', 'decade'];

interface SeasonSpec {
  name: string;
  firstMonth: number;
}

/** Season codes of ISO 8601-2 with their (meteorological) first month; each lasts three months. */
export const SEASONS: Readonly<Record<number, SeasonSpec>> = {
  21: { name: 'spring', firstMonth: 3 },
  22: { name: 'summer', firstMonth: 6 },
  23: { name: 'autumn', firstMonth: 9 },
  24: { name: 'winter', firstMonth: 12 },
};

/**
 * Parser options: seasons in intervals (`2023-22/2023-24`) and qualified seasons (`2023-22~`)
 * are off by default in the package (its "level 3"), but the story format has them.
 */
const CONSTRAINTS = { seasonIntervals: true, seasonUncertainty: true } as const;

const FORMS = 'use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS for a season 21-24, optionally followed by ~, ? or %, YYYX for a decade, start/end, or an open span X/.., ../X, [..X]';

/** The package's date precision (1 year, 2 month, 3 day) as ours. */
const DATE_PRECISION: Readonly<Record<number, DatePrecision>> = { 1: 'year', 2: 'month', 3: 'day' };

/** Qualifier bits that a qualifier closing the whole date sets, by precision (see `Bitmask`). */
const WHOLE: Readonly<Record<DatePrecision, number>> = {
  decade: Bitmask.YEAR,
  year: Bitmask.YEAR,
  month: Bitmask.YEAR | Bitmask.MONTH,
  day: Bitmask.YMD,
  week: Bitmask.YMD,
  // A season is `[year, code]`: the code sits where a month would.
  season: Bitmask.YEAR | Bitmask.MONTH,
};

const OTHER_TYPES: Readonly<Record<string, string>> = {
  List: 'a list of dates ({…})',
  Set: 'a set of dates, one of which is meant ([…])',
  Decade: 'a decade in level-2 notation (write a decade YYYX, e.g. 199X)',
  Century: 'a century',
  Year: 'a year in long-year or significant-digit notation',
};

const yearsRange = (a: number, b: number): DayRange => ({ start: yearRange(a).start, end: yearRange(b).end });

const fail = (error: string): EdtfResult => ({ ok: false, error });
const unsupported = (text: string, what: string) => fail(`"${text}" is valid EDTF, but ${what} is not supported (${FORMS})`);
const openEnds = (text: string) =>
  fail(`"${text}": unknown interval ends are not supported (a fuzzy date needs a first and a last day; an open end is written "..": X/.., ../X, or [..X] for a deadline)`);

/** The package's own words for why it rejects a string, on one line. */
function verdict(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const syntax = /^Syntax error at line \d+ col (\d+):[\s\S]*?\bUnexpected (.+?)\. Instead/.exec(message);
  if (syntax) return `syntax error at character ${syntax[1]}: unexpected ${syntax[2]}`;
  return message.split('\n')[0].replace(/^edtf: /, '').replace(/ for ".*"$/, '');
}

const invalid = (text: string, error: unknown) => fail(`"${text}" is not valid EDTF (edtf package: ${verdict(error)}); ${FORMS}`);

/** Explains one rejection of the package that its syntax error does not: a season paired with a non-season. */
function mixedSeasonInterval(text: string): boolean {
  const ends = text.split('/');
  if (ends.length !== 2) return false;
  try {
    const types = ends.map((end) => parse(end, CONSTRAINTS).type);
    return types.includes('Season') && types.some((t) => t !== 'Season');
  } catch {
    return false;
  }
}

/** First day of a package timestamp (UTC). Years are 0000-9999 here, so ISO days are plain. */
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** One date or season, already parsed by the package; `text` names it in messages. */
function readPoint(result: ParseResult, text: string): EdtfResult {
  if (result.type !== 'Date' && result.type !== 'Season') return unsupported(text, OTHER_TYPES[result.type] ?? `an EDTF ${result.type}`);
  const [year, part] = result.values as number[];
  if (result.unspecified) {
    // Only the last digit of a bare year: a decade.
    if (!/^\d{3}X$/.test(text) || result.type !== 'Date' || result.values.length !== 1) {
      return unsupported(text, 'a date with unspecified digits (X) other than a decade YYYX');
    }
    return { ok: true, date: { ...yearsRange(year, year + 9), precision: 'decade', approximate: false, uncertain: false } };
  }
  if (year < 0 || year > 9999) return unsupported(text, 'a year outside 0000-9999');

  let point: ExtDateTime;
  try {
    point = edtf(result);
  } catch (error) {
    return invalid(text, error);
  }

  let range: DayRange;
  let precision: DatePrecision;
  if (result.type === 'Season') {
    const season = SEASONS[part];
    if (!season) return fail(`"${text}": ${String(part).padStart(2, '0')} is neither a month (01-12) nor a season (21-24)`);
    // Our table, not the package's min/max (calendar quarters).
    range = monthsRange(year, season.firstMonth, 3);
    precision = 'season';
  } else {
    const p = point.precision === undefined ? undefined : DATE_PRECISION[point.precision];
    if (p === undefined) return unsupported(text, 'a date with a time of day');
    precision = p;
    range = { start: dayOf(point.min), end: dayOf(point.max) };
    // The package reads 02-29 of a common year as 03-01 instead of rejecting it (and, in year
    // 0000, computes the last moment of a day with two-digit-year JavaScript dates).
    if (precision === 'day' && (range.start !== range.end || Number(range.start.slice(8)) !== result.values[2])) {
      return fail(`"${text}": no such day (the edtf package reads it as ${formatRange(range)})`);
    }
  }

  const approximate = Bitmask.convert(result.approximate);
  const uncertain = Bitmask.convert(result.uncertain);
  const whole = (mask: number) => mask === 0 || (mask & WHOLE[precision]) === WHOLE[precision];
  if (!whole(approximate) || !whole(uncertain)) {
    return unsupported(text, 'a qualifier (~ ? %) on part of a date');
  }
  return { ok: true, date: { ...range, precision, approximate: approximate !== 0, uncertain: uncertain !== 0 } };
}

/** Exactly the years YYY0..YYY9. */
function isDecade(start: string, end: string): boolean {
  const a = Number(start.slice(0, 4));
  return a % 10 === 0 && start.endsWith('-01-01') && end === yearRange(a + 9).end;
}

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;
}

/** The package's normal form of a supported result, to compare with what was written. */
function normalForm(result: ParseResult): string {
  if (result.type !== 'Interval') return edtf(result).edtf;
  return (result.values as ParseResult[]).map((end) => edtf(end).edtf).join('/');
}

/** The three open forms: [open side, the closed date's text]. */
function openForm(text: string): ['start' | 'end', string, string] | undefined {
  let m = /^\[\.\.([^,[\]{}/]+)\]$/.exec(text);
  if (m) return ['start', m[1], 'a deadline'];
  m = /^\.\.\/([^/]+)$/.exec(text);
  if (m) return ['start', m[1], 'an open start'];
  m = /^([^/.]+)\/\.\.$/.exec(text);
  if (m) return ['end', m[1], 'an open end'];
  return undefined;
}

/** An open span: the package reads the closed date, the open side is closed at the publication day. */
function parseOpen(text: string, side: 'start' | 'end', point: string, what: string, options: EdtfOptions): EdtfResult {
  const published = options.published;
  if (published === undefined || !parseIsoDay(published)) {
    return fail(`"${text}": ${what} is closed at the publication day, which is not known here`);
  }
  const inner = parseEdtf(point);
  if (!inner.ok) return fail(`"${text}": ${inner.error}`);
  if (inner.date.open || point.includes('/')) return fail(`"${text}": the closed side must be one date, not an interval`);
  const d = inner.date;
  if (side === 'end' && d.start > published) return fail(`"${text}" starts (${d.start}) after the publication day ${published}`);
  if (side === 'start' && d.end < published) return fail(`"${text}" ends (${d.end}) before the publication day ${published}`);
  const range = side === 'end' ? { start: d.start, end: published } : { start: published, end: d.end };
  return { ok: true, date: { ...range, precision: d.precision, approximate: d.approximate, uncertain: d.uncertain, open: side } };
}

/** Reads an EDTF string; `published` closes open spans. Never throws. */
export function parseEdtf(text: string, options: EdtfOptions = {}): EdtfResult {
  if (typeof text !== 'string' || text.trim() !== text || text === '') {
    return fail(`${JSON.stringify(text)} is not an EDTF string`);
  }
  const open = openForm(text);
  if (open) return parseOpen(text, open[0], open[1], open[2], options);
  let result: ParseResult;
  try {
    result = parse(text, CONSTRAINTS);
  } catch (error) {
    // EDTF writes an unknown start as "/2024"; this package version fails on it with a TypeError.
    if (text.startsWith('/')) return openEnds(text);
    if (mixedSeasonInterval(text)) {
      return fail(`"${text}": an interval may pair a season only with another season (edtf package: ${verdict(error)}); write both ends as seasons or neither`);
    }
    return invalid(text, error);
  }

  let date: EdtfDate;
  if (result.type === 'Interval') {
    const [left, right] = result.values as (ParseResult | number | null)[];
    if (typeof left !== 'object' || left === null || typeof right !== 'object' || right === null) return openEnds(text);
    const slash = text.indexOf('/');
    const a = readPoint(left, text.slice(0, slash));
    if (!a.ok) return a;
    const b = readPoint(right, text.slice(slash + 1));
    if (!b.ok) return b;
    if (b.date.end < a.date.start) return fail(`"${text}": the interval ends before it starts`);
    const start = a.date.start;
    const end = b.date.end;
    let precision = coarser(a.date.precision, b.date.precision);
    if (precision === 'day' && daysBetween(start, end) === 6) precision = 'week';
    if (precision === 'year' && a.date.precision === 'year' && isDecade(start, end)) precision = 'decade';
    date = {
      start,
      end,
      precision,
      approximate: a.date.approximate || b.date.approximate,
      uncertain: a.date.uncertain || b.date.uncertain,
    };
  } else {
    const point = readPoint(result, text);
    if (!point.ok) return point;
    date = point.date;
  }

  // Only the package's normal form puts a qualifier at the end, as the validator wants:
  // "?2016-?05" is "2016-05?" to the package, but not to src/story/validate.ts.
  let normal: string;
  try {
    normal = normalForm(result);
  } catch (error) {
    return invalid(text, error);
  }
  if (normal !== text) return fail(`"${text}" is valid EDTF, but write it "${normal}": a qualifier (~ ? %) goes at the end of the whole date (${FORMS})`);
  return { ok: true, date };
}
