/**
 * Fuzzy dates for people and machines: labels through `Intl.DateTimeFormat` (always in UTC,
 * since `start`/`end` are calendar days, not instants), words from the locale's UI strings.
 * English, French, Hausa and Arabic have their own words; any other locale gets its own `Intl` date parts
 * with English words for seasons, weeks and qualifiers. Where `Intl` lacks a locale's month names
 * or its patterns (Hausa: Debian's Chromium writes "M04"), the locale's strings ship them (`Strings.dates`).
 */
import { primaryLang, stringsFor } from '../shared/i18n/strings.js';
import type { Strings } from '../shared/i18n/strings.js';
import { englishDateFormat, isPlainEnglish } from './fuzzy-date-en.js';
import type { DateFormat } from './fuzzy-date-en.js';
import type { DatePrecision, FuzzyDate, IsoDay } from './types.js';

export type FuzzyDateStyle = 'short' | 'long';

/** The `Intl.DateTimeFormat` options of each preset of `dateFormat` (always with `timeZone: 'UTC'`). */
export const datePresets: Record<string, Intl.DateTimeFormatOptions> = {
  d: { day: 'numeric', month: 'short', year: 'numeric' },
  D: { day: 'numeric', month: 'long', year: 'numeric' },
  m: { month: 'long', year: 'numeric' },
  y: { year: 'numeric' },
};
const formats = new Map<string, DateFormat>();

/**
 * A cached UTC formatter for a preset (`d` short day, `D` long day, `m` month, `y` year); an invalid locale tag
 * falls back to English instead of throwing. Plain English (`en`, `en-US`) is written without `Intl`
 * (`fuzzy-date-en.ts`: the same text, without the cost of a page's first `Intl.DateTimeFormat`).
 */
export function dateFormat(locale: string, preset: string): DateFormat {
  const key = `${locale}|${preset}`;
  let f = formats.get(key);
  if (!f) {
    const options = { ...datePresets[preset], timeZone: 'UTC' };
    if (isPlainEnglish(locale)) {
      let intl: Intl.DateTimeFormat | undefined;
      f = englishDateFormat(preset, () => (intl ??= new Intl.DateTimeFormat(locale, options)));
    } else {
      try {
        f = new Intl.DateTimeFormat(locale, options);
      } catch {
        f = dateFormat('en', preset);
      }
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
 * Synchronous: in French, Hausa or Arabic it uses that language's words once they are loaded
 * (`await loadStrings(locale)` first; the widgets do), English words until then.
 */
export function formatFuzzyDate(date: FuzzyDate, locale: string, style: FuzzyDateStyle = 'short'): string {
  const t = stringsFor(locale);
  const long = style === 'long';
  const { precision } = date;
  try {
    if (date.open === 'start' || date.open === 'end') return openLabel(date, locale, style);
    const a = day(date.start);
    const b = day(date.end);
    let label: string;
    let kind: DatePrecision | 'range' = precision;
    let title = false;
    // Hausa: Debian's Chromium has no month names ("M04") and Firefox's ranges are out of order ("2024 Mar 12–14"),
    // so the strings' own names and patterns are used in every engine
    const own = t.lang === primaryLang(locale) ? t.dates : null;
    if (precision === 'decade') {
      label = decadeLabel(a.getUTCFullYear(), b.getUTCFullYear(), locale, long, t);
      title = true;
    } else if (own && (isRange(date) || precision === 'day' || precision === 'month')) {
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
      label = dateFormat(locale, 'y').format(a);
    } else if (precision === 'month') {
      label = dateFormat(locale, 'm').format(a);
    } else if (precision === 'season') {
      const y = dateFormat(locale, 'y');
      const years = a.getUTCFullYear() === b.getUTCFullYear() ? y.format(a) : `${y.format(a)}–${y.format(b)}`;
      label = `${t.seasons[seasonOf(date)]} ${years}`;
      title = true;
    } else {
      label = own ? shipped(date, own, long, 'day') : dateFormat(locale, long ? 'D' : 'd').format(a);
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
  const f = dateFormat(locale, precision === 'year' ? 'y' : precision === 'month' ? 'm' : long ? 'D' : 'd');
  const parts = f.formatRangeToParts(a, b);
  const end = parts.findIndex((part) => part.source === 'endRange');
  const sep = parts[end - 1];
  const text = () => parts.map((part) => part.value).join('');
  if (end < 2 || sep.type !== 'literal') return text();
  const [before, between] = words && long ? words.range(precision, parts[0].value) : ['', ''];
  if (between) sep.value = between;
  // "12 – 14" → "12–14", "2016 – 2018" → "2016–2018"; "Dec 30, 2023 – Jan 2, 2024" keeps its spaces.
  else if (parts[end - 2].type === parts[end].type && /^\d+$/.test(parts[end].value)) sep.value = sep.value.trim();
  return before + text();
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
  // An open span: the value of its closed side (a deadline's end, "since"'s start); a decade: its first year.
  if (date.open === 'start' || date.open === 'end') {
    const side = date.open === 'start' ? end : start;
    return precision === 'day' ? side : precision === 'month' ? side.slice(0, 7) : side.slice(0, 4);
  }
  if (precision === 'decade') return start.slice(0, 4);
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

/** A key that two fuzzy dates share exactly when their labels and `datetime` values are the same (whatever the basis). */
export const fuzzyDateKey = ({ edtf, start, end, precision, approximate, uncertain, open }: FuzzyDate): string =>
  `${edtf} ${start} ${end} ${precision} ${approximate ? 1 : 0}${uncertain ? 1 : 0}${open ?? ''}`;

/** The year a date belongs to, for grouping: the year of its `start`. */
export const fuzzyDateYear = (date: FuzzyDate): number => +date.start.slice(0, 4);

/** Labels that start with a capital only because they start the label (seasons, weeks, decades). */
const TITLED: readonly string[] = ['season', 'week', 'decade'];
const lowerFirst = (s: string) => s[0].toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s[0].toUpperCase() + s.slice(1);

/**
 * One EDTF date (`2019`, `2025-03`, `2025-22`, `2024-04-09`, `199X`, maybe with `~?%`) as a fuzzy date
 * to label. Only what labels use is exact: the start, and the end's year.
 */
function pointOf(edtf: string, basis: FuzzyDate['basis']): FuzzyDate | undefined {
  const m = /^(\d{3})(\d|X)(?:-(\d\d))?(?:-(\d\d))?[~?%]?$/.exec(edtf);
  if (!m) return;
  const y = m[1] + m[2];
  const at = (start: string, end: string, precision: DatePrecision): FuzzyDate => ({ edtf, start, end, precision, basis });
  if (m[2] === 'X') return m[3] ? undefined : at(`${m[1]}0-01-01`, `${m[1]}9-12-31`, 'decade');
  if (m[4]) return at(`${y}-${m[3]}-${m[4]}`, `${y}-${m[3]}-${m[4]}`, 'day');
  if (!m[3]) return at(`${y}-01-01`, `${y}-12-31`, 'year');
  const n = +m[3];
  if (n <= 12) return at(`${y}-${m[3]}-01`, `${y}-${m[3]}-01`, 'month');
  const first = String((n - 20) * 3).padStart(2, '0');
  return at(`${y}-${first}-01`, `${String(+y + +(n == 24)).padStart(4, '0')}-01-01`, 'season');
}

/** The closed side of an open span: `2019` of `2019/..`, `2030` of `[..2030]`, `2025-03` of `../2025-03`. */
const closedSide = (edtf: string) => edtf.replace(/^\[\.\.(.*)\]$|^\.\.\/(.*)$|^(.*)\/\.\.$/, '$1$2$3');

/** "1980s", "Late 1980s", "Fin des années 1980"; a span of decades joins two labels. */
function decadeLabel(y0: number, y1: number, locale: string, long: boolean, t: Strings): string {
  const d0 = y0 - (y0 % 10);
  const d1 = y1 - (y1 % 10);
  const name = (d: number) => dateFormat(locale, 'y').format(new Date(Date.UTC(d, 0, 1)));
  if (d0 !== d1) return t.decade(name(d0), undefined) + (long ? t.range('year', name(d0))[1] : '–') + t.decade(name(d1), undefined);
  const part = y0 % 10 === 0 && y1 % 10 === 9 ? undefined : y0 % 10 < 4 ? 'early' : y0 % 10 < 7 ? 'mid' : 'late';
  return t.decade(name(d0), part);
}

/** "Since 2019", "By the end of 2030", "Until March 2026", "Depuis l’été 2025", "D’ici fin 2030". */
function openLabel(date: FuzzyDate, locale: string, style: FuzzyDateStyle): string {
  const t = stringsFor(locale);
  const point = pointOf(closedSide(date.edtf), date.basis);
  if (!point) return date.edtf;
  let inner = formatFuzzyDate(point, locale, style);
  if (TITLED.includes(point.precision)) inner = lowerFirst(inner);
  const kind = date.open === 'end' ? 'since' : date.edtf[0] === '[' ? 'by' : 'until';
  return upperFirst(t.openSpan(kind, inner, point.precision, style === 'long'));
}

/** One side of a date for running text: the closed side of an open span, the start or end of a range. */
function sideOf(date: FuzzyDate, side: 'start' | 'end'): FuzzyDate {
  if (date.open === 'start' || date.open === 'end') return pointOf(closedSide(date.edtf), date.basis) ?? date;
  if (date.precision === 'decade' || !date.edtf.includes('/')) return date;
  const parts = date.edtf.split('/');
  return pointOf(parts[side === 'start' ? 0 : 1], date.basis) ?? date;
}

/**
 * The span of a list of dates in words, for a one-line summary: "from the late 1980s to 2031",
 * "de l’été 2023 à avril 2024", or one label when both sides read the same. It joins with words, never a
 * dash, so a label that holds a dash ("Winter 2023–2024") is never nested in another dash. `first` gives
 * its start side, `last` its end side (a deadline "by 2031" gives "2031").
 */
export function fuzzyDateSpan(first: FuzzyDate, last: FuzzyDate, locale: string, style: FuzzyDateStyle = 'short'): string {
  const t = stringsFor(locale);
  const words = (date: FuzzyDate) => {
    let label = formatFuzzyDate(date, locale, style);
    if (TITLED.includes(date.precision)) label = lowerFirst(label);
    return t.inText(label, date.precision);
  };
  const a = words(sideOf(first, 'start'));
  const b = words(sideOf(last, 'end'));
  return a === b ? a : t.fromTo(a, b);
}

