/**
 * Fuzzy-date labels as they read inside a sentence ("12 events, from the late 1980s to 2030"), built on
 * `formatFuzzyDate` so the wording stays that of `fuzzy-date.ts`. A separate file so that the date labels
 * themselves (decades, deadlines, open spans) can change there without touching this.
 */
import { dateFormat, formatFuzzyDate } from './fuzzy-date.js';
import type { FuzzyDateStyle } from './fuzzy-date.js';
import type { FuzzyDate } from './types.js';

const months = new Map<string, Set<string>>();

/**
 * The locale's month names as the date labels write them, lower-cased: the words a label may start with that keep
 * their capital. Read from the labels' own formatters (no new `Intl` object, and the same grammatical case).
 */
function monthNames(locale: string): Set<string> {
  let names = months.get(locale);
  if (!names) {
    names = new Set();
    for (const preset of ['m', 'd', 'D']) {
      const f = dateFormat(locale, preset);
      for (let m = 0; m < 12; m++) {
        const month = f.formatToParts(new Date(Date.UTC(2000, m, 15))).find((part) => part.type === 'month')?.value;
        if (month) names.add(month.replace(/\.$/, '').toLocaleLowerCase(locale));
      }
    }
    months.set(locale, names);
  }
  return names;
}

/**
 * A fuzzy date's label to write inside a sentence: the label of `formatFuzzyDate` with the capital that only
 * starts a line taken off ("Summer 2025" → "summer 2025", "Late 1980s" → "late 1980s", "Since 2019" →
 * "since 2019"), but not a month's ("Mar 4, 2024" stays). Never throws.
 */
export function fuzzyDateInSentence(date: FuzzyDate, locale: string, style: FuzzyDateStyle = 'short'): string {
  const label = formatFuzzyDate(date, locale, style);
  const word = /^\p{Lu}[\p{L}]*/u.exec(label)?.[0];
  if (!word || monthNames(locale).has(word.toLocaleLowerCase(locale))) return label;
  return label[0].toLocaleLowerCase(locale) + label.slice(1);
}

/**
 * The date to name when a fuzzy date bounds a range ("from … to …"): itself, or, for a date the article
 * leaves open ("since 2019", "by the end of 2030"), the year of its closed side, so that a summary reads
 * "from 2019 to 2030" and never "from since 2019 to by the end of 2030".
 */
export function fuzzyDateBound(date: FuzzyDate): FuzzyDate {
  if (!date.open) return date;
  const year = (date.open === 'start' ? date.end : date.start).slice(0, 4);
  return { edtf: year, start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year', basis: date.basis };
}
