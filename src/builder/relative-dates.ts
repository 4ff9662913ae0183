/**
 * Resolves an article's own date phrase ("last summer", "in July", "two years later") to the
 * days it denotes, counted from the publication day (or, for "N years later", from another
 * event's date). English only; a phrase it does not know is reported as unknown, never guessed.
 *
 * Forms (case-insensitive; a leading "on" or "in" is allowed where it reads naturally):
 * - `today`, `yesterday`;
 * - a weekday (`Saturday`, `on Saturday`): the last such day on or before publication;
 * - `this past week`, `this week`, `the past week`: the seven days ending on the publication day;
 * - `this month`, `last month`; `this year`, `last year`;
 * - `last spring|summer|autumn|fall|winter`: the last meteorological (northern) season that
 *   ended before the publication day;
 * - a month name (`in July`): the last such month that began on or before publication;
 *   `last July`: the same, but never the current month;
 * - `in 2016`, `July 2023`, `in July 2023`: that year or month;
 * - `N days|weeks|months|years ago` (N a numeral or one..twelve);
 * - `N days|weeks|months|years later|after|earlier|before`: the anchor event's days moved by N units
 *   (needs `relativeTo`).
 */
import { type DayRange, addDays, addMonths, monthRange, monthsRange, parseIsoDay, weekday, yearRange } from './days.js';

export type Resolution =
  | { kind: 'resolved'; range: DayRange; explanation: string }
  | { kind: 'unknown' }
  | { kind: 'needs-anchor' };

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const NUMBERS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** First month of each northern meteorological season. */
const SEASON_FIRST_MONTH: Readonly<Record<string, number>> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };

export const SUPPORTED_PHRASES =
  'today, yesterday, (on) <weekday>, this past week, this/last month, this/last year, last <season>, (in) <month>, last <month>, (in) <year>, (in) <month> <year>, N <unit>s ago, N <unit>s later/earlier (with relativeTo)';

function number(word: string): number | undefined {
  if (/^\d+$/.test(word)) return Number(word);
  const index = NUMBERS.indexOf(word);
  return index >= 0 ? index : undefined;
}

function monthEnd(day: string): string {
  return monthRange(Number(day.slice(0, 4)), Number(day.slice(5, 7))).end;
}

/** Moves a range by whole units; a range ending on a month's last day keeps ending on one. */
function shift(range: DayRange, count: number, unit: string): DayRange {
  if (unit === 'day' || unit === 'week') {
    const days = unit === 'week' ? 7 * count : count;
    return { start: addDays(range.start, days), end: addDays(range.end, days) };
  }
  const months = unit === 'month' ? count : 12 * count;
  const start = addMonths(range.start, months);
  const end = range.end === monthEnd(range.end)
    ? monthEnd(addMonths(`${range.end.slice(0, 8)}01`, months))
    : addMonths(range.end, months);
  return { start, end };
}

/**
 * @param phrase the article's words
 * @param published publication day (ISO)
 * @param anchor the days of the event a "later/earlier" phrase counts from
 */
export function resolvePhrase(phrase: string, published: string, anchor?: DayRange): Resolution {
  const p = phrase.toLowerCase().replace(/\s+/g, ' ').trim();
  const pub = parseIsoDay(published);
  if (!pub) return { kind: 'unknown' };
  const ok = (range: DayRange, explanation: string): Resolution => ({ kind: 'resolved', range, explanation });

  if (p === 'today') return ok({ start: published, end: published }, 'the publication day');
  if (p === 'yesterday') {
    const day = addDays(published, -1);
    return ok({ start: day, end: day }, 'the day before publication');
  }

  let m = /^(?:on )?(\w+)$/.exec(p);
  if (m && WEEKDAYS.includes(m[1])) {
    const back = (weekday(published) - WEEKDAYS.indexOf(m[1]) + 7) % 7;
    const day = addDays(published, -back);
    return ok({ start: day, end: day }, `the last ${m[1][0].toUpperCase()}${m[1].slice(1)} on or before publication`);
  }

  if (p === 'this past week' || p === 'this week' || p === 'the past week' || p === 'over the past week') {
    return ok({ start: addDays(published, -6), end: published }, 'the seven days ending on the publication day');
  }
  if (p === 'this month') return ok(monthRange(pub.year, pub.month), 'the month of publication');
  if (p === 'last month') {
    const year = pub.month === 1 ? pub.year - 1 : pub.year;
    const month = pub.month === 1 ? 12 : pub.month - 1;
    return ok(monthRange(year, month), 'the month before publication');
  }
  if (p === 'this year') return ok(yearRange(pub.year), 'the year of publication');
  if (p === 'last year') return ok(yearRange(pub.year - 1), 'the year before publication');

  m = /^last (spring|summer|autumn|fall|winter)$/.exec(p);
  if (m) {
    const first = SEASON_FIRST_MONTH[m[1]];
    // the latest season of that name that ended before the publication day
    for (let year = pub.year; year > pub.year - 3; year--) {
      const range = monthsRange(year, first, 3);
      if (range.end < published) return ok(range, `the last ${m[1]} that ended before publication (meteorological, northern)`);
    }
  }

  m = /^(in |last )?([a-z]+)(?: (\d{4}))?$/.exec(p);
  if (m && MONTHS.includes(m[2])) {
    const month = MONTHS.indexOf(m[2]) + 1;
    if (m[3] !== undefined) {
      if (m[1] === 'last ') return { kind: 'unknown' };
      return ok(monthRange(Number(m[3]), month), 'the month named');
    }
    const isLast = m[1] === 'last ';
    const year = month < pub.month || (month === pub.month && !isLast) ? pub.year : pub.year - 1;
    const name = m[2][0].toUpperCase() + m[2].slice(1);
    return ok(monthRange(year, month), `the last ${name} ${isLast ? 'before the month of' : 'that began on or before'} publication`);
  }

  m = /^(?:in )?(\d{4})$/.exec(p);
  if (m) return ok(yearRange(Number(m[1])), 'the year named');

  m = /^(\w+) (day|week|month|year)s? ago$/.exec(p);
  const ago = m ? number(m[1]) : undefined;
  if (m && ago !== undefined) {
    const n = ago;
    const unit = m[2];
    if (unit === 'day') return ok(shift({ start: published, end: published }, -n, 'day'), `${n} days before publication`);
    if (unit === 'week') return ok(shift({ start: addDays(published, -6), end: published }, -n, 'week'), `the week ${n} weeks before publication`);
    if (unit === 'month') {
      const first = addMonths(`${published.slice(0, 8)}01`, -n);
      return ok(monthRange(Number(first.slice(0, 4)), Number(first.slice(5, 7))), `the month ${n} months before publication`);
    }
    return ok(yearRange(pub.year - n), `the year ${n} years before publication`);
  }

  m = /^(\w+) (day|week|month|year)s? (later|after|afterwards|earlier|before)$/.exec(p);
  const count = m ? number(m[1]) : undefined;
  if (m && count !== undefined) {
    if (!anchor) return { kind: 'needs-anchor' };
    const n = count;
    const sign = m[3] === 'earlier' || m[3] === 'before' ? -1 : 1;
    return ok(shift(anchor, sign * n, m[2]), `the anchor event's dates moved by ${sign * n} ${m[2]}(s)`);
  }

  return { kind: 'unknown' };
}
