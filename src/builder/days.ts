/**
 * Calendar-day arithmetic on ISO days (`2024-04-13`), in UTC so that no time zone moves a day.
 */

export interface DayRange {
  /** First day, ISO 8601. */
  start: string;
  /** Last day, inclusive, ISO 8601. */
  end: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** `2024-4-3` style parts to `2024-04-03`. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Parses an ISO day; undefined when it is not one or does not exist (`2023-02-30`). */
export function parseIsoDay(text: string): { year: number; month: number; day: number } | undefined {
  const m = ISO_DAY.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function toUtc(day: string): Date {
  const parts = parseIsoDay(day);
  if (!parts) throw new Error(`not an ISO day: ${day}`);
  return new Date(Date.UTC(parts.year, parts.month - 1, parts.day));
}

function fromUtc(date: Date): string {
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function addDays(day: string, count: number): string {
  const date = toUtc(day);
  date.setUTCDate(date.getUTCDate() + count);
  return fromUtc(date);
}

/** Adds months, keeping the day of the month where it exists and clamping it otherwise. */
export function addMonths(day: string, count: number): string {
  const parts = parseIsoDay(day);
  if (!parts) throw new Error(`not an ISO day: ${day}`);
  const { year, month, day: d } = parts;
  const index = year * 12 + (month - 1) + count;
  const newYear = Math.floor(index / 12);
  const newMonth = (index % 12) + 1;
  return isoDay(newYear, newMonth, Math.min(d, daysInMonth(newYear, newMonth)));
}

/** Whole days from `a` to `b` (positive when `b` is later). */
export function daysBetween(a: string, b: string): number {
  return Math.round((toUtc(b).getTime() - toUtc(a).getTime()) / 86_400_000);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return toUtc(day).getUTCDay();
}

export function monthRange(year: number, month: number): DayRange {
  return { start: isoDay(year, month, 1), end: isoDay(year, month, daysInMonth(year, month)) };
}

export function yearRange(year: number): DayRange {
  return { start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
}

/** Months `first..first+count-1` starting in `year` (may run into the next year). */
export function monthsRange(year: number, first: number, count: number): DayRange {
  const start = isoDay(year, first, 1);
  const lastIndex = year * 12 + (first - 1) + (count - 1);
  const lastYear = Math.floor(lastIndex / 12);
  const lastMonth = (lastIndex % 12) + 1;
  return { start, end: isoDay(lastYear, lastMonth, daysInMonth(lastYear, lastMonth)) };
}

export function formatRange(range: DayRange): string {
  return range.start === range.end ? range.start : `${range.start}..${range.end}`;
}
