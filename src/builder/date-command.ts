/**
 * The core of `sahel-widgets date "PHRASE" --published YYYY-MM-DD [--planned] [--anchor EDTF]`:
 * resolves one phrase as the builder would, and says why when it cannot. Pure: no I/O, no exit.
 * The CLI prints `result` as one JSON object, or exits 2 with `reason` on one line.
 */
import type { DateBasis, DatePrecision } from '../story/types.js';
import { parseIsoDay } from './days.js';
import { parseEdtf } from './edtf.js';
import { SUPPORTED_PHRASES, resolvePhrase } from './relative-dates.js';

export interface CliDateOptions {
  /** Publication day, `YYYY-MM-DD`. */
  published: string;
  /** The event has not happened yet: ambiguous phrases resolve forward. */
  planned?: boolean;
  /** The date (EDTF) of the event a phrase such as "two years later" counts from. */
  anchor?: string;
}

export interface CliDate {
  edtf: string;
  start: string;
  end: string;
  precision: DatePrecision;
  basis: DateBasis;
  open?: 'start' | 'end';
  approximate?: true;
}

export type CliDateResult = { ok: true; result: CliDate } | { ok: false; reason: string };

/** One line, whatever the parts say. */
const line = (text: string) => text.replace(/\s*\n\s*/g, ' ');

export function resolveDateForCli(phrase: string, options: CliDateOptions): CliDateResult {
  const fail = (reason: string): CliDateResult => ({ ok: false, reason: line(reason) });
  if (typeof phrase !== 'string' || phrase.trim() === '') return fail('give the phrase to resolve, e.g. "last summer"');
  const { published } = options;
  if (typeof published !== 'string' || !parseIsoDay(published)) {
    return fail(`--published must be a calendar day YYYY-MM-DD, not ${JSON.stringify(published ?? '')}`);
  }
  let anchor: { start: string; end: string } | undefined;
  if (options.anchor !== undefined) {
    const parsed = parseEdtf(options.anchor, { published });
    if (!parsed.ok) return fail(`--anchor: ${parsed.error}`);
    anchor = parsed.date;
  }
  const resolution = resolvePhrase(phrase, { published, planned: options.planned === true, anchor });
  const quoted = JSON.stringify(phrase);
  if (resolution.kind === 'needs-anchor') return fail(`${quoted} counts from another event: give that event's date with --anchor EDTF`);
  if (resolution.kind === 'unknown') {
    return fail(`cannot resolve ${quoted}${resolution.reason ? `: ${resolution.reason}` : ''}; supported phrases: ${SUPPORTED_PHRASES}`);
  }
  if (anchor && !resolution.anchored) return fail(`${quoted} counts from the publication day, not from another event: leave out --anchor`);
  const d = resolution.date;
  return {
    ok: true,
    result: {
      edtf: d.edtf,
      start: d.start,
      end: d.end,
      precision: d.precision,
      basis: 'resolved',
      ...(d.open ? { open: d.open } : {}),
      ...(d.approximate ? { approximate: true as const } : {}),
    },
  };
}
