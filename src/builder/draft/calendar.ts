/**
 * Calendar days, which the date resolver leaves to the article ("March 17", "17 March 2026",
 * "since January 5", "by March 17"): the draft dates them itself, with basis `article`. Without a
 * year, the day is chosen as the resolver chooses a weekday: the latest such day on or before the
 * publication day for a past event, the first on or after it for one still to come.
 */
import { daysInMonth, isoDay, parseIsoDay } from '../days.js';
import { MONTHS } from '../date-words.js';

export interface CalendarDate {
  edtf: string;
  start: string;
  end: string;
}

const MONTH = `(${MONTHS.join('|')})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const PHRASE = new RegExp(`^(?:(since|until|by) )?(?:on )?(?:${MONTH} ${DAY}|${DAY} ${MONTH})(?:,? (\\d{4}))?$`);

export function calendarDay(phrase: string, published: string, planned: boolean): CalendarDate | undefined {
  const p = parseIsoDay(published);
  const m = PHRASE.exec(phrase.toLowerCase().replace(/\s+/g, ' ').trim().replace(/[.,]$/, ''));
  if (!p || !m) return undefined;
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
