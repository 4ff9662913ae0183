/**
 * English dates without `Intl`: the four UTC presets of `fuzzy-date.ts` (`d` "Apr 13, 2024", `D` "April 13, 2024",
 * `m` "April 2024", `y` "2024") and their ranges, written part for part as the browsers' `Intl.DateTimeFormat('en')`
 * writes them (Chromium and Firefox: an en dash between plain spaces). Creating the first `Intl.DateTimeFormat` of a
 * page loads ICU's calendar data: about 15 ms of main thread on this project's bench machine, most of the
 * timeline's first render on an English page. `test/fuzzy-date.test.ts` compares every output with `Intl`'s over
 * many dates, presets and ranges in both browsers, so an engine that writes English otherwise is caught there.
 *
 * Years before 1 (eras are `Intl`'s business) and invalid dates go to `Intl` (which throws on an invalid date, as
 * the callers expect).
 * Node's ICU writes thin spaces (U+2009) round the range dash; the builder's fallback HTML now writes what the
 * browsers show.
 */

type Part = Intl.DateTimeFormatPart;
type RangePart = Intl.DateTimeRangeFormatPart;

/** What `fuzzy-date.ts` uses of a formatter. */
export interface DateFormat {
  format(date: Date): string;
  formatToParts(date: Date): Part[];
  formatRangeToParts(a: Date, b: Date): RangePart[];
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Locale tags that `Intl` formats as plain `en` (en-US patterns). */
export const isPlainEnglish = (locale: string): boolean => /^en(-us)?$/i.test(locale);

const lit = (value: string): Part => ({ type: 'literal', value });

/** The parts of one date, `preset` being `d`, `D`, `m` or `y`. */
function parts(date: Date, preset: string): Part[] {
  const year: Part = { type: 'year', value: String(date.getUTCFullYear()) };
  if (preset === 'y') return [year];
  // short names are the first three letters of every English month ("Sep", not "Sept")
  const name = MONTHS[date.getUTCMonth()];
  const month: Part = { type: 'month', value: preset === 'd' ? name.slice(0, 3) : name };
  if (preset === 'm') return [month, lit(' '), year];
  return [month, lit(' '), { type: 'day', value: String(date.getUTCDate()) }, lit(', '), year];
}

const tag = (list: Part[], source: RangePart['source']): RangePart[] => list.map((p) => ({ ...p, source }));

/**
 * A range as ICU writes it in English: the fields the two ends share are written once, around the ones that differ
 * ("Mar 12 – 14, 2024", "March – May 2024", "Dec 30, 2023 – Jan 2, 2024"); ends equal to the preset's precision
 * read as one date, every part `shared`.
 */
function rangeParts(a: Date, b: Date, preset: string): RangePart[] {
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  const sameMonth = sameYear && a.getUTCMonth() === b.getUTCMonth();
  const [p, q] = [parts(a, preset), parts(b, preset)];
  if (preset === 'y' ? sameYear : preset === 'm' ? sameMonth : sameMonth && a.getUTCDate() === b.getUTCDate()) return tag(p, 'shared');
  // shared: within one year, its year (", 2024" or " 2024") at the end; within one month, its month ("Mar ") first
  const tail = sameYear && preset !== 'y' ? 2 : 0;
  const head = sameMonth ? 2 : 0;
  return [
    ...tag(p.slice(0, head), 'shared'),
    ...tag(p.slice(head, p.length - tail), 'startRange'),
    { type: 'literal', value: ' – ', source: 'shared' },
    ...tag(q.slice(head, q.length - tail), 'endRange'),
    ...tag(p.slice(p.length - tail), 'shared'),
  ];
}

const join = (list: readonly Part[]) => list.map((p) => p.value).join('');
/** Years before 1 (Intl writes "44" for 44 BC, with no era) and invalid dates (Intl throws) go to Intl. */
const inRange = (...dates: Date[]) => dates.every((d) => d.getUTCFullYear() > 0);

/**
 * The English formatter of a preset: written here for years from 1, by `intl()` (made on first need, so a page
 * of such dates never makes one) otherwise.
 */
export function englishDateFormat(preset: string, intl: () => Intl.DateTimeFormat): DateFormat {
  return {
    format: (d) => (inRange(d) ? join(parts(d, preset)) : intl().format(d)),
    formatToParts: (d) => (inRange(d) ? parts(d, preset) : intl().formatToParts(d)),
    formatRangeToParts: (a, b) => (inRange(a, b) ? rangeParts(a, b, preset) : intl().formatRangeToParts(a, b)),
  };
}
