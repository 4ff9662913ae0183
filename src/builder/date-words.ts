/**
 * The English words of date phrases: months, weekdays, seasons, numbers. Node-only, used by
 * `relative-dates.ts`.
 */

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** 0 = Sunday … 6 = Saturday, as `weekday()` in days.ts. */
export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** ISO 8601-2 season code (21 spring … 24 winter) of each season word. */
export const SEASON_CODE: Readonly<Record<string, number>> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 };

const UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** Regex source for a count: digits, `a`/`an`, or a number word up to ninety-nine. */
export const COUNT = '(\\d+|an?|[a-z]+(?:-[a-z]+)?)';

/** A count written as digits, `a`/`an` (1) or English words up to ninety-nine ("twenty-five"); undefined otherwise. */
export function countOf(word: string): number | undefined {
  if (/^\d{1,4}$/.test(word)) return Number(word);
  if (word === 'a' || word === 'an') return 1;
  const unit = UNITS.indexOf(word);
  if (unit >= 0) return unit;
  const [tens, ones] = word.split('-');
  const t = TENS.indexOf(tens);
  if (t < 2) return undefined;
  if (ones === undefined) return t * 10;
  const o = UNITS.indexOf(ones);
  return o >= 1 && o <= 9 ? t * 10 + o : undefined;
}

export const capitalize = (word: string) => word[0].toUpperCase() + word.slice(1);
