/**
 * A small EDTF (ISO 8601-2) reader for the dates a news annotation needs: it turns an EDTF
 * string into the first and last day it may denote, a precision, and its qualifiers, so that
 * the browser never parses EDTF.
 *
 * Supported (anything else is rejected with a message, never guessed):
 * - `2024`, `2024-03`, `2024-04-13`: year, month, day;
 * - `2023-21`..`2023-24`: spring, summer, autumn, winter as northern meteorological seasons
 *   (March–May, June–August, September–November, December–February). A winter starts in
 *   December of the year written: `2023-24` is 2023-12-01..2024-02-29.
 *   (The `edtf` npm package maps `-21`..`-24` to calendar quarters, so its "summer" is
 *   April–June; that is why seasons are spelled out here. The story validator,
 *   `src/story/validate.ts`, reads seasons the same way and accepts no other codes.)
 * - a qualifier at the end of a date: `~` approximate, `?` uncertain, `%` both;
 * - a closed interval `start/end` of any of the above (`2024-03-12/2024-03-14`). Its
 *   precision is the coarser of its ends, except that a span of exactly seven days is a `week`.
 */
import type { DatePrecision } from '../../src/story/types.js';
import { type DayRange, daysBetween, monthRange, monthsRange, parseIsoDay, yearRange } from './days.js';

export interface EdtfDate extends DayRange {
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

export type EdtfResult = { ok: true; date: EdtfDate } | { ok: false; error: string };

const PRECISION_ORDER: readonly DatePrecision[] = ['day', 'week', 'month', 'season', 'year'];

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

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;

function qualifiers(mark: string | undefined): { approximate: boolean; uncertain: boolean } {
  return { approximate: mark === '~' || mark === '%', uncertain: mark === '?' || mark === '%' };
}

function parseSingle(text: string): EdtfResult {
  const m = DATE.exec(text);
  if (!m) {
    return {
      ok: false,
      error: `"${text}" is not a supported EDTF date (use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS for a season 21-24, optionally followed by ~, ? or %, or start/end)`,
    };
  }
  const year = Number(m[1]);
  const q = qualifiers(m[4]);
  if (m[2] === undefined) return { ok: true, date: { ...yearRange(year), precision: 'year', ...q } };
  const part = Number(m[2]);
  if (m[3] !== undefined) {
    if (!parseIsoDay(`${m[1]}-${m[2]}-${m[3]}`)) return { ok: false, error: `"${text}": no such day` };
    const day = `${m[1]}-${m[2]}-${m[3]}`;
    return { ok: true, date: { start: day, end: day, precision: 'day', ...q } };
  }
  if (part >= 1 && part <= 12) return { ok: true, date: { ...monthRange(year, part), precision: 'month', ...q } };
  const season = SEASONS[part];
  if (season) return { ok: true, date: { ...monthsRange(year, season.firstMonth, 3), precision: 'season', ...q } };
  return { ok: false, error: `"${text}": ${m[2]} is neither a month (01-12) nor a season (21-24)` };
}

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  return PRECISION_ORDER.indexOf(a) >= PRECISION_ORDER.indexOf(b) ? a : b;
}

/** Reads an EDTF string. Never throws. */
export function parseEdtf(text: string): EdtfResult {
  if (typeof text !== 'string' || text.trim() !== text || text === '') {
    return { ok: false, error: `${JSON.stringify(text)} is not an EDTF string` };
  }
  const parts = text.split('/');
  if (parts.length === 1) return parseSingle(text);
  if (parts.length > 2) return { ok: false, error: `"${text}": an interval has exactly one "/"` };
  const [left, right] = parts;
  if (left === '' || right === '' || left === '..' || right === '..') {
    return { ok: false, error: `"${text}": open or unknown interval ends are not supported (a fuzzy date needs a first and a last day)` };
  }
  const a = parseSingle(left);
  if (!a.ok) return a;
  const b = parseSingle(right);
  if (!b.ok) return b;
  if (b.date.end < a.date.start) return { ok: false, error: `"${text}": the interval ends before it starts` };
  const start = a.date.start;
  const end = b.date.end;
  let precision = coarser(a.date.precision, b.date.precision);
  if (precision === 'day' && daysBetween(start, end) === 6) precision = 'week';
  return {
    ok: true,
    date: {
      start,
      end,
      precision,
      approximate: a.date.approximate || b.date.approximate,
      uncertain: a.date.uncertain || b.date.uncertain,
    },
  };
}
