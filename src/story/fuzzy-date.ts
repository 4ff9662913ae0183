/**
 * Fuzzy dates for people and machines: labels through `Intl.DateTimeFormat` (always in UTC,
 * since `start`/`end` are calendar days, not instants), words from the locale's UI strings.
 * English, French, Hausa and Arabic have their own words; any other locale gets its own `Intl` date parts
 * with English words for seasons, weeks and qualifiers. Where `Intl` lacks a locale's month names
 * or its patterns (Hausa: Debian's Chromium writes "M04"), the locale's strings ship them (`Strings.dates`).
 */
import { primaryLang, stringsFor } from '../shared/i18n/strings.js';
import type { Strings } from '../shared/i18n/strings.js';
import type { DatePrecision, FuzzyDate, IsoDay } from './types.js';

export type FuzzyDateStyle = 'short' | 'long';

const presets: Record<string, Intl.DateTimeFormatOptions> = {
  d: { day: 'numeric', month: 'short', year: 'numeric' },
  D: { day: 'numeric', month: 'long', year: 'numeric' },
  m: { month: 'long', year: 'numeric' },
  y: { year: 'numeric' },
};
const formats = new Map<string, Intl.DateTimeFormat>();

/** A cached UTC formatter; an invalid locale tag falls back to English instead of throwing. */
function dtf(locale: string, preset: string): Intl.DateTimeFormat {
  const key = `${locale}|${preset}`;
  let f = formats.get(key);
  if (!f) {
    const options = { ...presets[preset], timeZone: 'UTC' };
    try {
      f = new Intl.DateTimeFormat(locale, options);
    } catch {
      f = new Intl.DateTimeFormat('en', options);
    }
    formats.set(key, f);
  }
  return f;
}

/** Labels from the locale's shipped month names (see `ShippedDates`), where `Intl` lacks them. */
function shipped(date: FuzzyDate, dates: NonNullable<Strings['dates']>, long: boolean, precision: DatePrecision): string {
  const [a, b] = [day(date.start), day(date.end)];
  const name = (d: Date, full = long) => (full ? dates.months : dates.shortMonths)[d.getUTCMonth()];
  const one = (d: Date) =>
    precision === 'year' ? String(d.getUTCFullYear()) : precision === 'month' ? dates.month(name(d, true), d.getUTCFullYear()) : dates.day(d.getUTCDate(), name(d), d.getUTCFullYear());
  if (!isRange(date)) return one(a);
  if (precision === 'day' && date.start.slice(0, 7) === date.end.slice(0, 7)) return dates.days(a.getUTCDate(), b.getUTCDate(), name(a), a.getUTCFullYear());
  return `${one(a)} – ${one(b)}`;
}

/** An ISO day as the UTC midnight that starts it (date-only ISO strings parse as UTC). */
const day = (iso: IsoDay) => new Date(iso);

/** An interval of days, months or years; weeks and seasons are spans by nature and keep their own label. */
const isRange = ({ edtf, precision, start, end }: FuzzyDate) =>
  (precision === 'day' && start !== end) || (edtf.includes('/') && precision !== 'week' && precision !== 'season');

/** Spring, summer, autumn, winter as 0–3: from the EDTF season code (21–32), else the start month. */
function seasonOf(date: FuzzyDate): number {
  const code = /^-?\d{4}-(\d\d)/.exec(date.edtf)?.[1];
  if (code && +code >= 21 && +code <= 32) return (+code - 21) % 4;
  return Math.floor(((+date.start.slice(5, 7) + 9) % 12) / 3);
}

/**
 * A human label for a fuzzy date. `short` is for display ("Apr 13, 2024", "Summer 2023",
 * "c. 2018", "Mar 12–14, 2024"); `long` spells everything out for screen readers ("April 13, 2024",
 * "around 2018", "March 12 to 14, 2024"). Never throws: an unparseable date yields its EDTF string.
 */
export function formatFuzzyDate(date: FuzzyDate, locale: string, style: FuzzyDateStyle = 'short'): string {
  const t = stringsFor(locale);
  const long = style === 'long';
  const { precision } = date;
  try {
    const a = day(date.start);
    const b = day(date.end);
    let label: string;
    let kind: DatePrecision | 'range' = precision;
    let title = false;
    // Hausa: Debian's Chromium has no month names ("M04") and Firefox's ranges are out of order ("2024 Mar 12–14"),
    // so the strings' own names and patterns are used in every engine
    const own = t.lang === primaryLang(locale) ? t.dates : null;
    if (own && (isRange(date) || precision === 'day' || precision === 'month')) {
      kind = isRange(date) ? 'range' : precision;
      label = shipped(date, own, long, precision);
      if (kind === 'range' && long) {
        const [before, between] = t.range(precision, label);
        label = before + label.replace(/\s?–\s?/, between);
      }
    } else if (isRange(date)) {
      kind = 'range';
      label = range(a, b, precision, locale, long, t.lang === primaryLang(locale) && t);
    } else if (precision === 'year') {
      label = dtf(locale, 'y').format(a);
    } else if (precision === 'month') {
      label = dtf(locale, 'm').format(a);
    } else if (precision === 'season') {
      const y = dtf(locale, 'y');
      const years = a.getUTCFullYear() === b.getUTCFullYear() ? y.format(a) : `${y.format(a)}–${y.format(b)}`;
      label = `${t.seasons[seasonOf(date)]} ${years}`;
      title = true;
    } else {
      label = own ? shipped(date, own, long, 'day') : dtf(locale, long ? 'D' : 'd').format(a);
      if (precision === 'week') {
        label = t.week(label);
        title = true;
      }
    }
    const approx = date.approximate || /[~%]/.test(date.edtf);
    const uncertain = date.uncertain || /[?%]/.test(date.edtf);
    if (approx || (uncertain && long)) label = t.article(label, kind);
    else if (title) label = label[0].toUpperCase() + label.slice(1);
    if (approx) label = t.approx(label, long);
    if (uncertain) label = t.uncertain(label, long);
    return label;
  } catch {
    return date.edtf;
  }
}

/**
 * A range through `formatRange`, so shared parts are written once ("Mar 12–14, 2024").
 * Short: a dash, closed up between two numbers. Long, in a locale with its own words: the dash
 * becomes words ("March 12 to 14, 2024", "du 12 au 14 mars 2024"); other locales keep Intl's dash.
 */
function range(a: Date, b: Date, precision: DatePrecision, locale: string, long: boolean, words: Strings | false): string {
  const f = dtf(locale, precision === 'year' ? 'y' : precision === 'month' ? 'm' : long ? 'D' : 'd');
  const parts = f.formatRangeToParts(a, b);
  const end = parts.findIndex((part) => part.source === 'endRange');
  const sep = parts[end - 1];
  if (end < 2 || sep.type !== 'literal') return f.formatRange(a, b);
  const [before, between] = words && long ? words.range(precision, parts[0].value) : ['', ''];
  if (between) sep.value = between;
  // "12 – 14" → "12–14", "2016 – 2018" → "2016–2018"; "Dec 30, 2023 – Jan 2, 2024" keeps its spaces.
  else if (parts[end - 2].type === parts[end].type && /^\d+$/.test(parts[end].value)) sep.value = sep.value.trim();
  return before + parts.map((part) => part.value).join('');
}

/**
 * The machine-readable value for `<time datetime>`. HTML accepts a date, a month, a year or an
 * ISO week, but no interval, season or qualifier, so: day `2024-04-13`, week `2024-W15` (ISO week
 * of `start`), month `2024-03`, year `2016`; a season or a range gets the smallest month or year
 * that holds all of it (`2023-06` … `2023-08` → `2023`, a winter across two years → the start
 * year), never a more precise value than the date has. Approximate and uncertain dates keep the
 * value of their precision: `<time>` cannot say "about", and the visible label does.
 */
export function fuzzyDateTimeAttr(date: FuzzyDate): string {
  const { start, end, precision } = date;
  if (precision === 'season' || isRange(date)) {
    return start.slice(0, 7) === end.slice(0, 7) ? start.slice(0, 7) : start.slice(0, 4);
  }
  if (precision === 'day') return start;
  if (precision === 'month') return start.slice(0, 7);
  if (precision === 'year') return start.slice(0, 4);
  // ISO week: the week (Monday first) whose Thursday falls in the week-year.
  const thursday = day(start);
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((+thursday - Date.UTC(year, 0, 1)) / 6048e5) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The year a date belongs to, for grouping: the year of its `start`. */
export const fuzzyDateYear = (date: FuzzyDate): number => +date.start.slice(0, 4);
