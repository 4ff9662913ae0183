/**
 * Whether an event's status agrees with its date, counted against the publication day P:
 * a `past` event (the default) may not end after P; a `planned`, `expected`, `threatened` or
 * `conditional` one may not start before P; an `ongoing` one spans P. Node-only; the browser
 * validator applies the same rule.
 */
import type { EventStatus, FuzzyDate } from '../story/types.js';

/** Statuses of events that have not happened at P: ambiguous phrases resolve forward for them. */
export const NOT_YET: readonly EventStatus[] = ['planned', 'expected', 'threatened', 'conditional'];

/** True when the status resolves date phrases forward (`planned` in `DateContext`). */
export const isNotYet = (status: EventStatus | undefined): boolean => status !== undefined && NOT_YET.includes(status);

/**
 * Why `when` cannot be the date of an event of `status` published on `published`, or undefined
 * when they agree. Days are ISO strings, so they compare as text.
 */
export function statusDateConflict(status: EventStatus | undefined, when: Pick<FuzzyDate, 'start' | 'end'>, published: string): string | undefined {
  const s = status ?? 'past';
  const days = `${when.start}..${when.end}`;
  if (s === 'past') {
    return when.end > published ? `a past event may not end after the publication day ${published}, but its date runs ${days}; give it the status planned, expected, ongoing…` : undefined;
  }
  if (s === 'ongoing') {
    return when.start > published || when.end < published ? `an ongoing event's date must include the publication day ${published}, but it runs ${days}` : undefined;
  }
  return when.start < published ? `a ${s} event may not start before the publication day ${published}, but its date runs ${days}` : undefined;
}

/** True when the status agrees with the date (see {@link statusDateConflict} for the reason when not). */
export function statusAgreesWithDate(status: EventStatus | undefined, when: Pick<FuzzyDate, 'start' | 'end'>, published: string): boolean {
  return statusDateConflict(status, when, published) === undefined;
}
