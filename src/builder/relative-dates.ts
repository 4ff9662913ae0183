/**
 * Resolves an article's own date phrase ("last summer", "by 2030", "two years later") to the
 * days it denotes, counted from the publication day P (or, for "two years later", from another
 * event's date), with an EDTF string for exactly those days. English only; a phrase it does not
 * know is reported as unknown, never guessed. Deterministic: the same phrase, P, status and anchor
 * always give the same days.
 *
 * The rules, phrase by phrase, are the table "Phrases the builder resolves" in `data/README.md`,
 * which is this module's specification; test/node/relative-dates.test.ts checks each row. In short:
 * - phrases are case-insensitive; a leading "on", "in", "during" or "over" is ignored;
 * - a phrase that could point either way (a bare month or season, "this week", "on Tuesday") looks
 *   back from P for a past event and forward for one that has not happened (`planned`: planned,
 *   expected, threatened or conditional);
 * - a closed span that straddles P is cut at P: a past event keeps the days up to P, a planned one
 *   the days from P ("this year" in a past event published 2024-04-13 is 2024-01-01/2024-04-13);
 * - deadlines ("by 2030", `[..2030]`), "until March" (`../2025-03`) and "since 2019" (`2019/..`)
 *   are open on one side, closed at P on that side, and say which in `open`.
 */
import { COUNT, MONTHS, SEASON_CODE, WEEKDAYS, capitalize, countOf } from './date-words.js';
import {
  type Span, approximately, by, cutAtPublication, day, days, decade, decadePart, isoWeek, month, months, season, since,
  spanOf, until, year, years,
} from './date-spans.js';
import { type DayRange, addDays, addMonths, monthRange, parseIsoDay, weekday } from './days.js';

export type Resolution =
  | {
      kind: 'resolved';
      /** The days, as `date.start`/`date.end`. */
      range: DayRange;
      /** The days with their EDTF, precision, and `approximate`/`open` where the phrase says so. */
      date: Span;
      explanation: string;
      /** True when the days count from the anchor event, not from P. */
      anchored?: boolean;
    }
  | { kind: 'unknown'; reason?: string }
  | { kind: 'needs-anchor' };

export interface ResolveOptions {
  /** Publication day P (ISO). */
  published: string;
  /** The event has not happened yet (planned, expected, threatened, conditional): ambiguous phrases look forward. */
  planned?: boolean;
  /** The days of the event a "two years later" phrase counts from. */
  anchor?: DayRange;
}

export const SUPPORTED_PHRASES =
  'today, yesterday, (last/this/next) <weekday> (morning…), earlier on <weekday>, this/last/next week, this past week, this/last/over the weekend, ' +
  'the day before yesterday, the day after tomorrow, N days/weeks from now, earlier/later this week, the week after next, the weekend before last, ' +
  'the night/morning/evening of <day>, earlier/later this month, this/last/next month, early/mid/late (or the start/middle/end of) ' +
  'last/this/next month, (early/late) this/last/next year, the start/middle/end of last/this/next year, the turn of the year, (last/this/next) <season>, ' +
  '<season> of 2019, (last/next) <month> (2024), from March to May, (in) 2019, the (early/mid/late) 1990s, (a decade|decades) ago, ' +
  'N days/weeks/months/years ago, N <unit>s later/earlier (with relativeTo), by <date>, by the end of the decade, ' +
  'until <date>, since <date>; see data/README.md';

type Unit = 'day' | 'week' | 'month' | 'year' | 'decade';

interface Ctx {
  p: string;
  y: number;
  m: number;
  d: number;
  planned: boolean;
  anchor?: DayRange;
}

const resolved = (date: Span, explanation: string, anchored = false): Resolution => ({
  kind: 'resolved',
  range: { start: date.start, end: date.end },
  date,
  explanation,
  ...(anchored ? { anchored } : {}),
});
const unknown = (reason?: string): Resolution => ({ kind: 'unknown', ...(reason ? { reason } : {}) });

function monthEnd(d: string): string {
  return monthRange(Number(d.slice(0, 4)), Number(d.slice(5, 7))).end;
}

/** Moves a range by whole units; a range ending on a month's last day keeps ending on one. */
function shift(range: DayRange, count: number, unit: Unit): DayRange {
  if (unit === 'day' || unit === 'week') {
    const n = unit === 'week' ? 7 * count : count;
    return { start: addDays(range.start, n), end: addDays(range.end, n) };
  }
  const n = unit === 'month' ? count : unit === 'year' ? 12 * count : 120 * count;
  const start = addMonths(range.start, n);
  // Whole months stay whole months (February 2024 + 1 year is all of February 2025); days keep their day.
  const wholeMonths = range.start.endsWith('-01') && range.end === monthEnd(range.end);
  const end = wholeMonths ? monthEnd(addMonths(`${range.end.slice(0, 8)}01`, n)) : addMonths(range.end, n);
  return { start, end };
}

const parts = (d: string) => d.split('-').map(Number) as [number, number, number];

const WEEKDAY = `(${WEEKDAYS.join('|')})`;
const ANOTHER_HOUR_OF = new RegExp(`^(?:earlier|later|early|late) (?:on )?(?=(?:${WEEKDAY}|today|tonight)\\b)`);
const WEEKDAY_PHRASE = new RegExp(`^(?:(last|this past|this|next|this coming) )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?$`);

function normalize(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.,;:]+$/, '')
    .replace(/^(?:on|in|during|over) /, '')
    // "earlier on Tuesday", "later today", "late on Friday": the same day, said of another hour of it
    .replace(ANOTHER_HOUR_OF, '');
}

/**
 * @param phrase the article's words
 * @param options publication day, status, anchor; a bare ISO day is read as `{ published }` (older callers)
 * @param anchor for older callers: the days of the anchor event
 */
export function resolvePhrase(phrase: string, options: ResolveOptions | string, anchor?: DayRange): Resolution {
  const o: ResolveOptions = typeof options === 'string' ? { published: options, anchor } : options;
  const pub = parseIsoDay(o.published);
  if (!pub) return unknown(`publication day ${JSON.stringify(o.published)} is not a calendar day`);
  const ctx: Ctx = { p: o.published, y: pub.year, m: pub.month, d: pub.day, planned: o.planned === true, anchor: o.anchor };
  return resolve(normalize(phrase), ctx, true);
}

/** `cut`: cut a span that straddles P (off for the inner date of "by", "until", "since"). */
function resolve(p: string, c: Ctx, cut: boolean): Resolution {
  const r = spanRules(p, c) ?? openRules(p, c) ?? anchoredRules(p, c);
  if (!r) return unknown();
  if (r.kind === 'resolved' && cut && !r.date.open) {
    const date = cutAtPublication(r.date, c.p, c.planned);
    if (date !== r.date) return resolved(date, `${r.explanation}, cut at publication (${c.planned ? 'the days from' : 'the days up to'} ${c.p})`, r.anchored);
  }
  return r;
}

/** Phrases counted from P that denote one closed span. */
function spanRules(p: string, c: Ctx): Resolution | undefined {
  const P = c.p;
  let m: RegExpExecArray | null;

  // days
  if (/^(?:today|tonight|this (?:morning|afternoon|evening))$/.test(p)) return resolved(day(P), 'the publication day');
  if (/^(?:yesterday(?: morning| afternoon| evening)?|last night)$/.test(p)) return resolved(day(addDays(P, -1)), 'the day before publication');
  if (/^tomorrow(?: morning| afternoon| evening| night)?$/.test(p)) return resolved(day(addDays(P, 1)), 'the day after publication');
  // "two weeks from now", "ten days from today": that day (a point, not the days up to it)
  m = new RegExp(`^${COUNT} (day|week)s? from (?:now|today)$`).exec(p);
  const ahead = m ? countOf(m[1]) : undefined;
  if (m && ahead !== undefined && ahead > 0) {
    const n = m[2] === 'week' ? 7 * ahead : ahead;
    return resolved(day(addDays(P, n)), `${n} day(s) after publication`);
  }
  if (p === 'the day before yesterday') return resolved(day(addDays(P, -2)), 'two days before publication');
  if (p === 'the day after tomorrow') return resolved(day(addDays(P, 2)), 'two days after publication');
  // "on the night of October 12", "the morning of Tuesday": that day, whichever hours of it
  m = /^the (?:night|morning|afternoon|evening) of (.+)$/.exec(p);
  if (m) {
    const r = calendarDayOf(m[1], c) ?? resolve(m[1], { ...c, anchor: undefined }, false);
    if (r.kind !== 'resolved' || r.date.start !== r.date.end || r.date.open) return unknown(`"${p}" names no single day`);
    return resolved(day(r.date.start), `${r.explanation}, the day whose ${p.split(' ')[1]} it was`);
  }

  // weekdays
  m = WEEKDAY_PHRASE.exec(p);
  if (m) {
    const wd = WEEKDAYS.indexOf(m[2]);
    const back = (weekday(P) - wd + 7) % 7;
    const ahead = (wd - weekday(P) + 7) % 7;
    const name = capitalize(m[2]);
    if (m[1] === 'next' || m[1] === 'this coming') return resolved(day(addDays(P, ahead || 7)), `the first ${name} after publication`);
    if (m[1] === undefined || m[1] === 'this') {
      if (c.planned) return resolved(day(addDays(P, ahead)), `the first ${name} on or after publication (not yet happened)`);
    }
    // "last Friday" in a Friday's paper is a week ago, as readers take it; a bare "Friday" is that day
    if ((m[1] === 'last' || m[1] === 'this past') && back === 0) return resolved(day(addDays(P, -7)), `the ${name} before the publication day, a week earlier`);
    return resolved(day(addDays(P, -back)), `the latest ${name} on or before publication`);
  }

  // weeks and weekends (weeks run Monday to Sunday, ISO 8601)
  if (/^(?:this past|the past|past|the last) (?:week|seven days|7 days)$/.test(p)) return resolved(days(addDays(P, -6), P), 'the seven days ending on the publication day');
  if (p === 'this week') return resolved(isoWeek(P), 'the Monday–Sunday week of publication');
  if (p === 'last week') return resolved(isoWeek(P, -1), 'the Monday–Sunday week before the week of publication');
  if (/^(?:for )?most of last week$/.test(p)) return resolved(approximately(isoWeek(P, -1)), 'most of the Monday–Sunday week before the week of publication (approximate)');
  if (p === 'next week') return resolved(isoWeek(P, 1), 'the Monday–Sunday week after the week of publication');
  if (p === 'the week after next') return resolved(isoWeek(P, 2), 'the Monday–Sunday week after next week');
  // "earlier this week": Monday of P's week to P − 1, for a past event; "later this week": P + 1 to
  // Sunday, for one to come (as the draft's calendar reads them)
  m = /^(earlier|later) (?:this|in the) week$/.exec(p);
  if (m) {
    const w = isoWeek(P);
    if (m[1] === 'earlier') {
      if (c.planned || w.start === P) return unknown(`"${p}" has no days before ${P} in its week for ${c.planned ? 'an event still to come' : 'a Monday'}`);
      return resolved(days(w.start, addDays(P, -1)), 'from the Monday of the week of publication to the day before publication');
    }
    if (!c.planned || w.end === P) return unknown(`"${p}" has no days after ${P} in its week for ${c.planned ? 'a Sunday' : 'a past event'}`);
    return resolved(days(addDays(P, 1), w.end), 'from the day after publication to the Sunday of its week');
  }
  if (/^(?:the )?(?:week before|previous week|week before last)$/.test(p)) {
    if (c.anchor) return resolved(isoWeek(c.anchor.start, -1), 'the Monday–Sunday week before the anchor event\'s week', true);
    return resolved(isoWeek(P, -2), 'the Monday–Sunday week before last week');
  }
  if (p === 'the weekend before last') {
    const w = isoWeek(P, -2);
    return resolved(days(addDays(w.end, -1), w.end), 'the Saturday–Sunday before last weekend');
  }
  if (/^(?:this past|the past|last) weekend$/.test(p)) {
    const w = isoWeek(P, -1);
    return resolved(days(addDays(w.end, -1), w.end), 'the Saturday–Sunday that ended before publication');
  }
  // "over the weekend", "during the weekend", "at the weekend": this weekend, as the verbs' tense says
  if (p === 'this weekend' || /^(?:at )?the weekend$/.test(p)) {
    const wd = weekday(P);
    const w = isoWeek(P, wd === 0 || wd === 6 || c.planned ? 0 : -1);
    return resolved(days(addDays(w.end, -1), w.end), wd === 0 || wd === 6 ? 'the weekend of publication' : c.planned ? 'the first weekend after publication' : 'the weekend before publication');
  }
  if (p === 'next weekend') {
    const wd = weekday(P);
    const w = isoWeek(P, wd === 0 || wd === 6 ? 1 : 0);
    return resolved(days(addDays(w.end, -1), w.end), 'the first weekend that starts after publication');
  }

  // months of P
  if (p === 'earlier this month') {
    if (c.d === 1) return unknown(`"earlier this month" has no days before ${P}, the first of the month`);
    return resolved(days(`${P.slice(0, 8)}01`, addDays(P, -1)), 'from the first of the month of publication to the day before publication');
  }
  if (p === 'later this month') {
    if (P === monthEnd(P)) return unknown(`"later this month" has no days after ${P}, the last of the month`);
    return resolved(days(addDays(P, 1), monthEnd(P)), 'from the day after publication to the end of its month');
  }
  if (p === 'this month') return resolved(month(c.y, c.m), 'the month of publication');
  if (p === 'last month') return resolved(monthAt(c, -1), 'the calendar month before publication');
  if (p === 'next month') return resolved(monthAt(c, 1), 'the calendar month after publication');
  // "early next month", "at the end of last month": days 1–10, 11–20 or 21 to the end of that month, as "early March"
  m = new RegExp(`^(?:(early|mid|late)(?: |-)|${EDGE}the (start|beginning|middle|end) of )(last|this|next) month$`).exec(p);
  // ("the end of the month" is left unread: in a past event it may be last month's, in a planned one next month's)
  if (m) {
    const part = m[1] ?? PART_OF_EDGE[m[2]];
    const whole = monthAt(c, m[3] === 'last' ? -1 : m[3] === 'next' ? 1 : 0);
    const [a, b] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, Number(whole.end.slice(8))];
    const dd = (n: number) => `${whole.start.slice(0, 8)}${String(n).padStart(2, '0')}`;
    return resolved(days(dd(a), dd(b)), `${part} ${m[3]} month (${whole.edtf}): days ${a}–${b}`);
  }

  // years of P
  if (p === 'this year') return resolved(year(c.y), 'the year of publication');
  if (p === 'last year') return resolved(year(c.y - 1), 'the year before publication');
  if (p === 'next year') return resolved(year(c.y + 1), 'the year after publication');
  if (p === 'earlier this year') {
    if (P.endsWith('-01-01')) return unknown(`"earlier this year" has no days before ${P}, the first of the year`);
    return resolved(days(`${c.y}-01-01`, addDays(P, -1)), 'from January 1 of the year of publication to the day before publication');
  }
  if (p === 'later this year') {
    if (P.endsWith('-12-31')) return unknown(`"later this year" has no days after ${P}, the last of the year`);
    return resolved(days(addDays(P, 1), `${c.y}-12-31`), 'from the day after publication to December 31');
  }
  // "late last year", "at the start of the year", "the middle of 2019": thirds of the year
  m = new RegExp(`^(?:(early|mid|late)(?: |-)|${EDGE}the (start|beginning|middle|end) of )(this year|last year|next year|\\d{4})$`).exec(p);
  // ("the end of the year" is left unread, as "the end of the month" is: whose year depends on the tense and on P)
  if (m) {
    const y = m[3] === 'this year' ? c.y : m[3] === 'last year' ? c.y - 1 : m[3] === 'next year' ? c.y + 1 : Number(m[3]);
    const part = m[1] ?? PART_OF_EDGE[m[2]];
    const first = part === 'early' ? 1 : part === 'mid' ? 5 : 9;
    return resolved(months(y, first, y, first + 3), `${part} ${y}: ${capitalize(MONTHS[first - 1])} to ${capitalize(MONTHS[first + 2])} (thirds of the year)`);
  }
  // "at the turn of the year": December and January around a New Year, the latest begun (past) or the next not ended (planned)
  if (new RegExp(`^${EDGE}the turn of the year$`).test(p)) {
    const turns = [c.y - 1, c.y].map((y) => months(y, 12, y + 1, 1));
    const turn = c.planned ? turns.find((t) => t.end >= P) : turns.filter((t) => t.start <= P).at(-1);
    return resolved(turn as Span, `the turn of ${turn!.end.slice(0, 4)}: December ${turn!.start.slice(0, 4)} and January ${turn!.end.slice(0, 4)}`);
  }
  m = /^(?:the year )?(\d{4})$/.exec(p);
  if (m) return resolved(year(Number(m[1])), 'the year named');
  m = /^(?:from |between )?(\d{4}) (?:to|and|through|until|till|-) (\d{4})$/.exec(p);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (b < a) return unknown(`${b} is before ${a}`);
    return resolved(years(a, b), 'the years named');
  }

  // seasons (northern meteorological: spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter Dec–Feb)
  m = /^(?:(last|this past|this|next|this coming) )?(?:the )?(spring|summer|autumn|fall|winter)(?: of (\d{4})| (\d{4}))?$/.exec(p);
  if (m) {
    const code = SEASON_CODE[m[2]];
    const named = m[3] ?? m[4];
    if (named !== undefined) {
      if (m[1] !== undefined) return unknown();
      return resolved(season(Number(named), code), `the ${m[2]} of ${named} (a winter starts in December of the year named)`);
    }
    const around = [c.y - 2, c.y - 1, c.y, c.y + 1].map((y) => season(y, code));
    if (m[1] === 'last' || m[1] === 'this past') {
      return resolved(around.filter((s) => s.end < c.p).at(-1) as Span, `the latest ${m[2]} that ended before publication`);
    }
    if (m[1] === 'next' || m[1] === 'this coming') {
      return resolved(around.find((s) => s.start > c.p) as Span, `the first ${m[2]} that starts after publication`);
    }
    // "this summer" reads as a bare "summer": the one under way at P, else the nearest in the event's direction.
    if (c.planned) return resolved(around.find((s) => s.end >= c.p) as Span, `the first ${m[2]} that ends on or after publication (not yet happened)`);
    return resolved(around.filter((s) => s.start <= c.p).at(-1) as Span, `the latest ${m[2]} that began on or before publication`);
  }

  // months by name
  const MONTH = `(${MONTHS.join('|')})`;
  m = new RegExp(`^(?:(early|mid|late)(?: |-))?(?:(last|this past|this|next|this coming) )?${MONTH}(?:,? (\\d{4}))?$`).exec(p);
  if (m) {
    const mm = MONTHS.indexOf(m[3]) + 1;
    const name = capitalize(m[3]);
    let y: number;
    let why: string;
    if (m[4] !== undefined) {
      if (m[2] !== undefined) return unknown();
      y = Number(m[4]);
      why = `${name} ${y}`;
    } else if (m[2] === 'last' || m[2] === 'this past') {
      y = mm < c.m ? c.y : c.y - 1;
      why = `the latest ${name} before the month of publication`;
    } else if (m[2] === 'next' || m[2] === 'this coming') {
      y = mm > c.m ? c.y : c.y + 1;
      why = `the first ${name} after the month of publication`;
    } else if (m[2] === 'this') {
      y = c.y;
      why = `${name} of the year of publication`;
    } else if (c.planned) {
      y = mm >= c.m ? c.y : c.y + 1;
      why = `the first ${name} that ends on or after publication (not yet happened)`;
    } else {
      y = mm <= c.m ? c.y : c.y - 1;
      why = `the latest ${name} that began on or before publication`;
    }
    if (m[1] === undefined) return resolved(month(y, mm), why);
    const whole = month(y, mm);
    const [a, b] = m[1] === 'early' ? [1, 10] : m[1] === 'mid' ? [11, 20] : [21, Number(whole.end.slice(8))];
    const dd = (n: number) => `${whole.start.slice(0, 8)}${String(n).padStart(2, '0')}`;
    return resolved(days(dd(a), dd(b)), `${m[1]} ${why}: days ${a}–${b}`);
  }

  // month to month
  m = new RegExp(`^(?:from |between )?${MONTH}(?: (\\d{4}))? (?:to|and|through|until|till|-) ${MONTH}(?: (\\d{4}))?$`).exec(p);
  if (m) {
    const [m1, m2] = [MONTHS.indexOf(m[1]) + 1, MONTHS.indexOf(m[3]) + 1];
    const wraps = m2 < m1;
    const span = (y: number) => months(y, m1, y + (wraps ? 1 : 0), m2);
    const names = `${capitalize(m[1])} to ${capitalize(m[3])}`;
    if (m[2] !== undefined && m[4] !== undefined) {
      const [y1, y2] = [Number(m[2]), Number(m[4])];
      if (y2 * 12 + m2 < y1 * 12 + m1) return unknown(`${names}: ends before it starts`);
      return resolved(months(y1, m1, y2, m2), `${names} as named`);
    }
    if (m[2] !== undefined) return resolved(span(Number(m[2])), `${names} starting in ${m[2]}`);
    if (m[4] !== undefined) return resolved(span(Number(m[4]) - (wraps ? 1 : 0)), `${names} ending in ${m[4]}`);
    const candidates = [c.y - 2, c.y - 1, c.y, c.y + 1].map(span);
    if (c.planned) return resolved(candidates.find((s) => s.end >= c.p) as Span, `the first ${names} that ends on or after publication (not yet happened)`);
    return resolved(candidates.filter((s) => s.start <= c.p).at(-1) as Span, `the latest ${names} that began on or before publication`);
  }

  // decades (years 0–9; early 0–3, mid 4–6, late 7–9)
  m = /^(?:the )?(?:(early|mid|late)(?: |-))?(\d{3})0s$/.exec(p);
  if (m) {
    const first = Number(m[2]) * 10;
    if (m[1] === undefined) return resolved(decade(first), `the decade ${first}–${first + 9}`);
    const part = m[1] as 'early' | 'mid' | 'late';
    const span = decadePart(first, part);
    return resolved(span, `the ${part} ${first}s: ${span.start.slice(0, 4)}–${span.end.slice(0, 4)} (early 0–3, mid 4–6, late 7–9)`);
  }
  if (p === 'decades ago') return resolved(approximately(years(c.y - 40, c.y - 20)), 'twenty to forty years before the year of publication (approximate)');

  // N units ago
  m = new RegExp(`^${COUNT} (day|week|month|year|decade)s? ago$`).exec(p);
  const n = m ? countOf(m[1]) : undefined;
  if (m && n !== undefined && n > 0) {
    const unit = m[2] as Unit;
    if (unit === 'day') return resolved(day(addDays(P, -n)), `${n} day(s) before publication`);
    if (unit === 'week') return resolved(days(addDays(P, -6 - 7 * n), addDays(P, -7 * n)), `the seven days ending ${n} week(s) before publication`);
    if (unit === 'month') return resolved(monthAt(c, -n), `the calendar month ${n} month(s) before the month of publication`);
    if (unit === 'year') return resolved(year(c.y - n), `the year ${n} year(s) before the year of publication`);
    return resolved(approximately(year(c.y - 10 * n)), `the year ${10 * n} years before the year of publication (approximate)`);
  }
  return undefined;
}

/** "at the end of", "around the start of", "towards the middle of": the optional words before an edge of a month or year. */
const EDGE = '(?:(?:at|around|towards?) )?';
const PART_OF_EDGE: Readonly<Record<string, 'early' | 'mid' | 'late'>> = { start: 'early', beginning: 'early', middle: 'mid', end: 'late' };

/**
 * "October 12", "12 October 2025": a calendar day, only as the day of "the night of …" (a bare calendar day
 * is left to the article, basis "article", and to the draft's calendar, which chooses the year the same way:
 * the latest such day on or before P for a past event, the first on or after P for one to come).
 */
function calendarDayOf(text: string, c: Ctx): Resolution | undefined {
  const MONTH = `(${MONTHS.join('|')})`;
  const m = new RegExp(`^(?:${MONTH} (\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})(?:st|nd|rd|th)? ${MONTH})(?:,? (\\d{4}))?$`).exec(text);
  if (!m) return undefined;
  const mm = MONTHS.indexOf(m[1] ?? m[4]) + 1;
  const dd = Number(m[2] ?? m[3]);
  const on = (y: number) => (dd >= 1 && dd <= Number(monthRange(y, mm).end.slice(8)) ? `${String(y).padStart(4, '0')}-${String(mm).padStart(2, '0')}-${String(dd).padStart(2, '0')}` : undefined);
  if (m[5] !== undefined) {
    const d = on(Number(m[5]));
    return d ? resolved(day(d), `${capitalize(MONTHS[mm - 1])} ${dd}, ${m[5]}`) : unknown(`${text} is not a calendar day`);
  }
  const around = [c.y - 1, c.y, c.y + 1].map(on).filter((d): d is string => d !== undefined);
  const d = c.planned ? around.find((x) => x >= c.p) : around.filter((x) => x <= c.p).at(-1);
  if (!d) return unknown(`${text} is not a calendar day`);
  return resolved(day(d), c.planned ? `the first ${capitalize(MONTHS[mm - 1])} ${dd} on or after publication (not yet happened)` : `the latest ${capitalize(MONTHS[mm - 1])} ${dd} on or before publication`);
}

function monthAt(c: Ctx, offset: number): Span {
  const index = c.y * 12 + (c.m - 1) + offset;
  return month(Math.floor(index / 12), (index % 12) + 1);
}

/** "by …", "until …", "since …": open on one side, closed at P. */
function openRules(p: string, c: Ctx): Resolution | undefined {
  // "until the end of the year", "since the start of 2023": not the thirds those edges are alone (an edge
  // there is a day, the year's first or last); the draft's calendar reads some of them, and the rest are
  // left to the article (basis "editor"), as before. "by the end of …" is the deadline rule below.
  if (/^(?:by|until|till|through|up to|since) the (?:start|beginning|middle|end|turn) of /.test(p) && !/^by the end of /.test(p)) return unknown();
  let m = /^by (?:the end of )?(.+)$/.exec(p);
  if (m) {
    const inner = m[1];
    let x: Span | undefined;
    let why: string;
    if (/^(?:the |this )?decade$/.test(inner)) {
      x = year(c.y - (c.y % 10) + 9);
      why = `the decade of publication (${c.y - (c.y % 10)}–${c.y - (c.y % 10) + 9}): December 31, ${c.y - (c.y % 10) + 9}`;
    } else if (/^(?:the|this) year$/.test(inner)) {
      x = year(c.y);
      why = 'the end of the year of publication';
    } else if (/^(?:the|this) month$/.test(inner)) {
      x = month(c.y, c.m);
      why = 'the end of the month of publication';
    } else {
      const r = resolve(inner, { ...c, planned: true, anchor: undefined }, false);
      if (r.kind !== 'resolved' || r.date.open) return r.kind === 'unknown' ? r : unknown();
      x = r.date;
      why = r.explanation;
    }
    if (x.end < c.p) return unknown(`the deadline "${p}" (${x.end}) is before publication (${c.p})`);
    return resolved(by(x, c.p), `a deadline: from publication to the end of ${why}`);
  }
  m = /^(?:until|till|through|up to) (.+)$/.exec(p);
  if (m) {
    const r = resolve(m[1], { ...c, planned: true, anchor: undefined }, false);
    if (r.kind !== 'resolved' || r.date.open) return r.kind === 'unknown' ? r : unknown();
    if (r.date.end < c.p) return unknown(`"${p}" ends (${r.date.end}) before publication (${c.p})`);
    return resolved(until(r.date, c.p), `lasting from publication to the end of ${r.explanation}`);
  }
  m = /^since (.+)$/.exec(p);
  if (m) {
    const r = resolve(m[1], { ...c, planned: false, anchor: undefined }, false);
    if (r.kind !== 'resolved' || r.date.open) return r.kind === 'unknown' ? r : unknown();
    if (r.date.start > c.p) return unknown(`"${p}" starts (${r.date.start}) after publication (${c.p})`);
    return resolved(since(r.date, c.p), `from the start of ${r.explanation} to publication`);
  }
  return undefined;
}

/** Phrases counted from another event ("two years later", "the following day"). */
function anchoredRules(p: string, c: Ctx): Resolution | undefined {
  const a = c.anchor;
  const m = new RegExp(`^${COUNT} (day|week|month|year|decade)s? (later|after|afterwards|on|earlier|before|prior)$`).exec(p);
  const n = m ? countOf(m[1]) : undefined;
  if (m && n !== undefined && n > 0) {
    if (!a) return { kind: 'needs-anchor' };
    const sign = /^(?:earlier|before|prior)$/.test(m[3]) ? -1 : 1;
    const unit = m[2] as Unit;
    return resolved(spanOf(shift(a, sign * n, unit)), `the anchor event's dates moved by ${sign * n} ${unit}(s)`, true);
  }
  const rel = /^the (following|next|previous|preceding) (day|month|year)$|^the (day|month|year) (after|before)$/.exec(p);
  if (rel) {
    if (!a) return { kind: 'needs-anchor' };
    const unit = (rel[2] ?? rel[3]) as 'day' | 'month' | 'year';
    const forward = /^(?:following|next|after)$/.test(rel[1] ?? rel[4]);
    const from = forward ? a.end : a.start;
    const [y, mo] = parts(from);
    let span: Span;
    if (unit === 'day') span = day(addDays(from, forward ? 1 : -1));
    else if (unit === 'month') {
      const index = y * 12 + (mo - 1) + (forward ? 1 : -1);
      span = month(Math.floor(index / 12), (index % 12) + 1);
    } else span = year(y + (forward ? 1 : -1));
    return resolved(span, `the ${unit} ${forward ? 'after the end' : 'before the start'} of the anchor event`, true);
  }
  if (/^the (?:following week|week after)$/.test(p)) {
    if (!a) return { kind: 'needs-anchor' };
    return resolved(isoWeek(a.end, 1), 'the Monday–Sunday week after the anchor event\'s week', true);
  }
  return undefined;
}

