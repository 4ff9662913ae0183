/**
 * Dates the date resolver leaves to the article, which the draft dates itself with basis `article`:
 * calendar days ("March 17", "17 March 2026", "since January 5", "by March 17"), a weekday of a
 * named week ("Tuesday of last week"), the days ending on the publication day ("over the past year",
 * "in the past three months"), a span from it ("within 30 days", planned) and a month an event runs
 * into ("into October"), and the twelve months to a month ("in the year to July"); quarters and halves
 * of a year ("the third quarter of 2025"), the edges of a month ("at the end of March"), two months
 * ("in May or June"), a week of a month ("the second week of January"), "before the end of the year" (as
 * "by the end of") and the past hours ("in the past 24 hours"). Without a year, a day or month is chosen as the resolver chooses a weekday:
 * the latest on or before the publication day for a past event, the first on or after it for one
 * still to come.
 */
import { addDays, addMonths, daysInMonth, isoDay, parseIsoDay, weekday } from '../days.js';
import { MONTHS, WEEKDAYS, countOf } from '../date-words.js';
import { mondayOf } from '../date-spans.js';

export interface CalendarDate {
  edtf: string;
  start: string;
  end: string;
}

const MONTH = `(${MONTHS.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PHRASE = new RegExp(`^(?:(since|until|by) )?(?:on )?(?:${MONTH} ${DAY}|${DAY} ${MONTH})(?:,? (\\d{4}))?$`);
const WEEKDAY_OF_WEEK = new RegExp(`^(?:on )?(${WEEKDAYS.join('|')}) of (last|this|next) week$`);
const PAST_SPAN = /^(?:(?:over|in|during|for) )?the (?:past|last) (?:(\d+|[a-z]+(?:-[a-z]+)?) )?(hours?|days?|weeks?|months?|years?|decades?)$/;
const WITHIN = /^within (?:the next )?(\d+|[a-z]+(?:-[a-z]+)?) (days?|weeks?|months?|years?)$/;
/** "into October", and "from March" (a state that starts then): that month. */
const INTO = new RegExp(`^(?:(?:well )?into|from) ${MONTH}$`);
/** "to produce 25,000 tonnes a year from 2029": a state that starts in that year (or month of it). */
const FROM_YEAR = new RegExp(`^from (?:${MONTH},? )?(\\d{4})$`);
const SHORT_MONTHS: Readonly<Record<string, string>> = { jan: 'january', feb: 'february', aug: 'august', sep: 'september', sept: 'september', oct: 'october', nov: 'november', dec: 'december' };
const UNTIL_END = new RegExp(`^(?:until|till|through) the end of (?:(?:the|this) (year|month|week)|${MONTH})$`);
const END_OF_WEEK = /^(?:by|before) the end of (?:the|this) week$/;
/** "before the end of the year", "before the end of March": from the publication day to then, as "by the end of". */
const BEFORE_END = new RegExp(`^before the end of (?:(?:the|this) (year|month)|${MONTH}(?: (\\d{4}))?)$`);
/** "the second week of January": the month's days 1–7, 8–14, 15–21, 22–28, or its last seven. */
const WEEK_OF_MONTH = new RegExp(`^(?:(?:in|during) )?the (first|second|third|fourth|last|final) week of ${MONTH}(?: (\\d{4}))?$`);
const WEEKDAY_SPAN = new RegExp(`^(?:from|between) (${WEEKDAYS.join('|')}) (?:to|and|through|until) (${WEEKDAYS.join('|')})$`);
const MONTH_OF_YEAR = new RegExp(`^(?:in )?${MONTH},? (?:of )?(last|this|next) year$`);
const PART_OF_WEEK = /^(earlier|later) (?:this|in the) week$/;
const WEEKEND = /^(?:over|at|during) the weekend$/;
const SINCE_START = /^since the (?:start|beginning) of (?:the|this) (year|month|week)$/;
/** "the third quarter of 2025", "the first half of this year": three or six months of a year. */
const PART_OF_YEAR = new RegExp(`^(?:(?:in|during|over|for) )?the (first|second|third|fourth|final|last) (quarter|half)(?: of (?:(\\d{4})|(this|last|next|the) year))?$`);
/** "at the end of March", "at the start of June": the last or first ten days of the month, as "late March" and "early June". */
const EDGE_OF_MONTH = new RegExp(`^(?:at|around|towards?) the (end|start|beginning) of ${MONTH}(?:,? (\\d{4}))?$`);
/** "in May or June": the two months, as one span. */
const MONTH_OR_MONTH = new RegExp(`^(?:in )?${MONTH} or ${MONTH}(?:,? (\\d{4}))?$`);
const YEAR_TO = new RegExp(`^(?:(?:in|over|during|for) )?the (?:year|12 months|twelve months) (?:to|through|ending(?: in)?) (?:the end of )?${MONTH}(?: (\\d{4}))?$`);

/** "from March to May", "between June and August": a run of months without a year. */
const MONTH_RUN = new RegExp(`^(?:from |between )?${MONTH} (?:to|and|through|until) ${MONTH}$`);

/**
 * "plans to anchor the floats from March to May", in April: a plan names a whole run of months, so a run
 * that has already begun is next year's, not the rest of this one (the resolver's reading). Undefined for
 * anything else, which the resolver reads as it does.
 */
export function plannedMonthRun(phrase: string, published: string): CalendarDate | undefined {
  const m = MONTH_RUN.exec(plain(phrase));
  const p = parseIsoDay(published);
  if (!m || !p) return undefined;
  const [first, last] = [MONTHS.indexOf(m[1]) + 1, MONTHS.indexOf(m[2]) + 1];
  if (last < first || first > p.month || (first === p.month && p.day === 1)) return undefined;
  const year = p.year + 1;
  return { edtf: `${year}-${String(first).padStart(2, '0')}/${year}-${String(last).padStart(2, '0')}`, start: isoDay(year, first, 1), end: isoDay(year, last, daysInMonth(year, last)) };
}

const span = (start: string, end: string): CalendarDate => ({ edtf: start === end ? start : `${start}/${end}`, start, end });

/** A month, cut where it crosses the publication day: from it (to come) or up to it (past); the month itself when it does not cross it. */
function monthUpTo(start: string, end: string, published: string, planned: boolean): CalendarDate {
  const [from, to] = [planned && start < published ? published : start, !planned && end > published ? published : end];
  return from === start && to === end ? { edtf: start.slice(0, 7), start, end } : span(from, to);
}

/** Lower case, single spaces, no closing full stop or comma: the form the patterns read. */
const plain = (phrase: string) => phrase.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.,]$/, '');

/** `count` units back from (negative) or on from `day`. */
function shift(day: string, count: number, unit: string): string {
  if (unit.startsWith('day')) return addDays(day, count);
  if (unit.startsWith('week')) return addDays(day, 7 * count);
  if (unit.startsWith('month')) return addMonths(day, count);
  return addMonths(day, 12 * count * (unit.startsWith('decade') ? 10 : 1));
}

export function calendarDay(phrase: string, published: string, planned: boolean): CalendarDate | undefined {
  const p = parseIsoDay(published);
  // "Feb. 3": the short months of news agencies
  const text = plain(phrase).replace(/\b(jan|feb|aug|sept?|oct|nov|dec)\.\s/, (_, m: string) => `${SHORT_MONTHS[m]} `);
  if (!p) return undefined;
  // "until the end of the year": from the publication day to the end of it, as "until"
  const untilEnd = UNTIL_END.exec(text);
  if (untilEnd) {
    let end: string;
    let edtf: string;
    if (untilEnd[1] === 'year') [end, edtf] = [isoDay(p.year, 12, 31), `../${p.year}`];
    else if (untilEnd[1] === 'month') [end, edtf] = [isoDay(p.year, p.month, daysInMonth(p.year, p.month)), `../${published.slice(0, 7)}`];
    else if (untilEnd[1] === 'week') [end, edtf] = [addDays(mondayOf(published), 6), ''];
    else {
      const month = MONTHS.indexOf(untilEnd[2]) + 1;
      const year = month >= p.month ? p.year : p.year + 1;
      [end, edtf] = [isoDay(year, month, daysInMonth(year, month)), `../${year}-${String(month).padStart(2, '0')}`];
    }
    return { edtf: edtf || `../${end}`, start: published, end };
  }
  const before = BEFORE_END.exec(text);
  if (before) {
    if (!planned) return undefined;
    if (before[1] === 'year') return { edtf: `[..${p.year}]`, start: published, end: isoDay(p.year, 12, 31) };
    if (before[1] === 'month') return { edtf: `[..${published.slice(0, 7)}]`, start: published, end: isoDay(p.year, p.month, daysInMonth(p.year, p.month)) };
    const month = MONTHS.indexOf(before[2]) + 1;
    const year = before[3] !== undefined ? Number(before[3]) : month >= p.month ? p.year : p.year + 1;
    const end = isoDay(year, month, daysInMonth(year, month));
    return end >= published ? { edtf: `[..${end.slice(0, 7)}]`, start: published, end } : undefined;
  }
  const weekOf = WEEK_OF_MONTH.exec(text);
  if (weekOf) {
    const month = MONTHS.indexOf(weekOf[2]) + 1;
    const year = weekOf[3] !== undefined ? Number(weekOf[3]) : planned ? (month >= p.month ? p.year : p.year + 1) : month <= p.month ? p.year : p.year - 1;
    const last = daysInMonth(year, month);
    const order = ['first', 'second', 'third', 'fourth'].indexOf(weekOf[1]);
    const first = order >= 0 ? 7 * order + 1 : last - 6;
    const [start, end] = [isoDay(year, month, first), isoDay(year, month, order >= 0 ? first + 6 : last)];
    if (planned ? end < published : start > published) return undefined;
    return span(start, end);
  }
  // "by the end of the week": from the publication day to its week's Sunday
  if (END_OF_WEEK.test(text)) {
    const sunday = addDays(mondayOf(published), 6);
    return { edtf: `[..${sunday}]`, start: published, end: sunday };
  }
  // "Tuesday of last week": that weekday in the ISO week named
  const w = WEEKDAY_OF_WEEK.exec(text);
  if (w) {
    const monday = mondayOf(published);
    const week = w[2] === 'last' ? addDays(monday, -7) : w[2] === 'next' ? addDays(monday, 7) : monday;
    const day = addDays(week, (WEEKDAYS.indexOf(w[1]) + 6) % 7);
    return (planned ? day >= published : day <= published) || w[2] === 'this' ? span(day, day) : undefined;
  }
  // "over the past year": the run of days that ends on the publication day, as "the past week" does
  const past = PAST_SPAN.exec(text);
  if (past) {
    const count = past[1] === undefined ? 1 : countOf(past[1]);
    if (!count) return undefined;
    // "in the past 24 hours": the days those hours touch, the publication day and the ones before it
    if (past[2].startsWith('hour')) return span(addDays(published, -Math.ceil(count / 24)), published);
    return span(addDays(shift(published, -count, past[2]), 1), published);
  }
  const part = PART_OF_YEAR.exec(text);
  if (part) {
    const quarter = part[2] === 'quarter';
    const order = ['first', 'second', 'third', 'fourth'].indexOf(part[1]);
    // "the last quarter", "the final half": the fourth quarter, the second half
    const index = order >= 0 ? order : quarter ? 3 : 1;
    if (!quarter && index > 1) return undefined;
    // (a half needs its year: "in the first half" of a football match is no date)
    if (!quarter && part[3] === undefined && part[4] === undefined) return undefined;
    const months = quarter ? 3 : 6;
    const first = index * months + 1;
    const bounds = (year: number) => [isoDay(year, first, 1), isoDay(year, first + months - 1, daysInMonth(year, first + months - 1))] as const;
    let year: number;
    if (part[3] !== undefined) year = Number(part[3]);
    else if (part[4] !== undefined && part[4] !== 'the') year = p.year + (part[4] === 'last' ? -1 : part[4] === 'next' ? 1 : 0);
    // no year: the latest such part ended by the publication day (past), the next one to end after it (to come)
    else year = planned ? (bounds(p.year)[1] >= published ? p.year : p.year + 1) : bounds(p.year)[1] <= published ? p.year : p.year - 1;
    const [start, end] = bounds(year);
    if (planned ? end < published : start > published) return undefined;
    return { edtf: `${start.slice(0, 7)}/${end.slice(0, 7)}`, start, end };
  }
  const edge = EDGE_OF_MONTH.exec(text);
  const either = edge ? null : MONTH_OR_MONTH.exec(text);
  if (edge || either) {
    const month = MONTHS.indexOf(edge ? edge[2] : either![1]) + 1;
    const last = either ? MONTHS.indexOf(either[2]) + 1 : month;
    const stated = edge ? edge[3] : either![3];
    if (last < month) return undefined;
    // without a year, the month as "into October" picks it: the next one for an event still to come, else the last one begun
    const year = stated !== undefined ? Number(stated) : planned ? (last >= p.month ? p.year : p.year + 1) : month <= p.month ? p.year : p.year - 1;
    const start = edge ? isoDay(year, month, edge[1] === 'end' ? 21 : 1) : isoDay(year, month, 1);
    const end = edge ? (edge[1] === 'end' ? isoDay(year, month, daysInMonth(year, month)) : isoDay(year, month, 10)) : isoDay(year, last, daysInMonth(year, last));
    if (planned ? end < published : start > published) return undefined;
    return either ? { edtf: `${start.slice(0, 7)}/${end.slice(0, 7)}`, start, end } : span(start, end);
  }
  // "within 30 days": from the publication day, for an event still to come
  const within = WITHIN.exec(text);
  if (within) {
    const count = countOf(within[1]);
    return planned && count ? span(published, shift(published, count, within[2])) : undefined;
  }
  // "if the rain continued into October": that month, the next one for an event still to come
  const into = INTO.exec(text);
  if (into) {
    const month = MONTHS.indexOf(into[1]) + 1;
    const year = planned ? (month >= p.month ? p.year : p.year + 1) : month <= p.month ? p.year : p.year - 1;
    const start = isoDay(year, month, 1);
    const end = isoDay(year, month, daysInMonth(year, month));
    if (planned && end < published) return undefined;
    return monthUpTo(start, end, published, planned);
  }
  // "from 2029", "from March 2027": the year or month the state starts in, whatever the status
  const fromYear = FROM_YEAR.exec(text);
  if (fromYear) {
    const year = Number(fromYear[2]);
    if (fromYear[1] === undefined) return { edtf: String(year), start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
    const month = MONTHS.indexOf(fromYear[1]) + 1;
    return { edtf: `${year}-${String(month).padStart(2, '0')}`, start: isoDay(year, month, 1), end: isoDay(year, month, daysInMonth(year, month)) };
  }
  // "from Monday to Wednesday": the latest such run of days ended by the publication day (past), the next one (to come)
  const days = WEEKDAY_SPAN.exec(text);
  if (days) {
    const [first, last] = [WEEKDAYS.indexOf(days[1]), WEEKDAYS.indexOf(days[2])];
    const length = (last - first + 7) % 7;
    if (planned) {
      const start = addDays(published, (first - weekday(published) + 7) % 7);
      return span(start, addDays(start, length));
    }
    const end = addDays(published, -((weekday(published) - last + 7) % 7));
    return span(addDays(end, -length), end);
  }
  // "in October last year": that month of the year named
  const monthOfYear = MONTH_OF_YEAR.exec(text);
  if (monthOfYear) {
    const month = MONTHS.indexOf(monthOfYear[1]) + 1;
    const year = p.year + (monthOfYear[2] === 'last' ? -1 : monthOfYear[2] === 'next' ? 1 : 0);
    const start = isoDay(year, month, 1);
    const end = isoDay(year, month, daysInMonth(year, month));
    if (planned ? end < published : start > published) return undefined;
    return monthUpTo(start, end, published, planned);
  }
  // "earlier this week": Monday of the publication day's week to the day before; "later this week": the day after to Sunday
  const partOfWeek = PART_OF_WEEK.exec(text);
  if (partOfWeek) {
    const monday = mondayOf(published);
    const sunday = addDays(monday, 6);
    if (partOfWeek[1] === 'earlier') return !planned && monday < published ? span(monday, addDays(published, -1)) : undefined;
    return planned && published < sunday ? span(addDays(published, 1), sunday) : undefined;
  }
  // "over the weekend": the publication day's own weekend (cut at it) on a Saturday or Sunday; else the
  // weekend before it (past) or after it (to come)
  if (WEEKEND.test(text)) {
    const day = weekday(published);
    if (day === 6 || day === 0) {
      const saturday = day === 6 ? published : addDays(published, -1);
      return planned ? span(published, addDays(saturday, 1)) : span(saturday, published);
    }
    const saturday = planned ? addDays(published, 6 - day) : addDays(published, -(day + 1));
    return span(saturday, addDays(saturday, 1));
  }
  // "since the start of the year": from its first day to the publication day
  const sinceStart = SINCE_START.exec(text);
  if (sinceStart) {
    const first = sinceStart[1] === 'year' ? isoDay(p.year, 1, 1) : sinceStart[1] === 'month' ? isoDay(p.year, p.month, 1) : mondayOf(published);
    return { edtf: `${first}/..`, start: first, end: published };
  }
  // "in the year to July": the twelve months that end with the last July ended by the publication day
  const yearTo = YEAR_TO.exec(text);
  if (yearTo) {
    if (planned) return undefined;
    const month = MONTHS.indexOf(yearTo[1]) + 1;
    let year = yearTo[2] !== undefined ? Number(yearTo[2]) : p.year;
    if (yearTo[2] === undefined && isoDay(year, month, daysInMonth(year, month)) > published) year--;
    const end = isoDay(year, month, daysInMonth(year, month));
    if (end > published) return undefined;
    const start = addMonths(isoDay(year, month, 1), -11);
    return { edtf: `${start.slice(0, 7)}/${end.slice(0, 7)}`, start, end };
  }
  const m = PHRASE.exec(text);
  if (!m) return undefined;
  const month = MONTHS.indexOf(m[2] ?? m[5]) + 1;
  const dd = Number(m[3] ?? m[4]);
  const on = (y: number) => (dd >= 1 && dd <= daysInMonth(y, month) ? isoDay(y, month, dd) : undefined);
  const open = m[1];
  let day: string | undefined;
  if (m[6] !== undefined) day = on(Number(m[6]));
  else {
    const around = [p.year - 1, p.year, p.year + 1].map(on).filter((d): d is string => d !== undefined);
    // "since" looks back and "by"/"until" forward, whatever the status
    const forward = open === undefined ? planned : open !== 'since';
    day = forward ? around.find((d) => d >= published) : around.filter((d) => d <= published).at(-1);
  }
  if (!day) return undefined;
  if (open === 'since') return day <= published ? { edtf: `${day}/..`, start: day, end: published } : undefined;
  if (open === 'until') return day >= published ? { edtf: `../${day}`, start: published, end: day } : undefined;
  if (open === 'by') return day >= published ? { edtf: `[..${day}]`, start: published, end: day } : undefined;
  return { edtf: day, start: day, end: day };
}

const MONTH_OF_THAT_YEAR = new RegExp(`^(?:in )?${MONTH},? (?:of )?(?:that|the same) year$`);
const SAME_DAY = /^(?:on )?(?:(?:later|earlier) )?(?:that|the same) (?:day|night|morning|afternoon|evening)$/;
const SAME_SPAN = /^(?:(?:in|during) )?(?:(later|earlier) )?(?:that|the same) (year|month|week)$/;

/**
 * "That year", "later that month", "the same day", counted from the event dated before them: the year,
 * month, ISO week or day that holds the anchor's days ("later"/"earlier": the rest of it after or
 * before them). Undefined when the anchor is not inside one such unit.
 */
export function anchoredDay(phrase: string, anchor: { start: string; end: string }): CalendarDate | undefined {
  const text = plain(phrase);
  // "in November of that year": that month of the anchor's year
  const monthOf = MONTH_OF_THAT_YEAR.exec(text);
  if (monthOf) {
    if (anchor.start.slice(0, 4) !== anchor.end.slice(0, 4)) return undefined;
    const year = Number(anchor.start.slice(0, 4));
    const month = MONTHS.indexOf(monthOf[1]) + 1;
    return { edtf: `${year}-${String(month).padStart(2, '0')}`, start: isoDay(year, month, 1), end: isoDay(year, month, daysInMonth(year, month)) };
  }
  if (SAME_DAY.test(text)) return anchor.start === anchor.end ? span(anchor.start, anchor.end) : undefined;
  const m = SAME_SPAN.exec(text);
  if (!m) return undefined;
  let first: string;
  let last: string;
  if (m[2] === 'year') [first, last] = [`${anchor.start.slice(0, 4)}-01-01`, `${anchor.start.slice(0, 4)}-12-31`];
  else if (m[2] === 'month') {
    const a = parseIsoDay(anchor.start)!;
    [first, last] = [isoDay(a.year, a.month, 1), isoDay(a.year, a.month, daysInMonth(a.year, a.month))];
  } else {
    first = mondayOf(anchor.start);
    last = addDays(first, 6);
  }
  if (anchor.end > last) return undefined;
  if (m[1] === 'later') return anchor.end < last ? span(addDays(anchor.end, 1), last) : undefined;
  if (m[1] === 'earlier') return anchor.start > first ? span(first, addDays(anchor.start, -1)) : undefined;
  if (m[2] === 'year') return { edtf: first.slice(0, 4), start: first, end: last };
  if (m[2] === 'month') return { edtf: first.slice(0, 7), start: first, end: last };
  return span(first, last);
}

