/**
 * Whether an event's status agrees with its date, against the publication day P: a past event may
 * not end after P, an event that has not happened (planned, expected, threatened, conditional) may
 * not start before P, and an ongoing one must include P. Days are ISO strings, compared as strings.
 */
import type { EventStatus } from '../story/types.js';

/** `undefined` when they agree; otherwise why not, in words for an error message. */
export function statusAgreesWithDate(status: EventStatus, when: { start: string; end: string }, published: string): string | undefined {
  const days = `${when.start}..${when.end}`;
  if (status === 'past') {
    return when.end > published ? `a past event may not end after the publication day ${published}, but its date runs ${days}; give it the status planned, expected, ongoing…` : undefined;
  }
  if (status === 'ongoing') {
    return when.start > published || when.end < published ? `an ongoing event's date must include the publication day ${published}, but it runs ${days}` : undefined;
  }
  return when.start < published ? `a ${status} event may not start before the publication day ${published}, but its date runs ${days}` : undefined;
}
