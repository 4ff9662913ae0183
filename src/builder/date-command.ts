/**
 * `sahel-widgets date "PHRASE" --published YYYY-MM-DD [--planned] [--anchor EDTF]`: one phrase resolved
 * the way the builder resolves it, as the FuzzyDate fields an annotation would carry.
 */
import type { DatePrecision } from '../story/types.js';
import { parseIsoDay } from './days.js';
import { parseEdtf } from './edtf.js';
import { resolvePhrase } from './relative-dates.js';

export interface DateCommandOptions {
  /** The publication day the phrase is read against. */
  published: string;
  /** The event has not happened yet: ambiguous phrases resolve forward. */
  planned?: boolean;
  /** EDTF of the event a phrase such as "two years later" counts from. */
  anchor?: string;
}

export interface ResolvedDate {
  edtf: string;
  start: string;
  end: string;
  precision: DatePrecision;
  basis: 'resolved';
}

export type DateCommandResult = { ok: true; result: ResolvedDate } | { ok: false; reason: string };

export function resolveDateForCli(phrase: string, options: DateCommandOptions): DateCommandResult {
  if (!parseIsoDay(options.published)) return { ok: false, reason: `--published must be a day YYYY-MM-DD, not ${JSON.stringify(options.published)}` };
  let anchor;
  if (options.anchor !== undefined) {
    const parsed = parseEdtf(options.anchor);
    if (!parsed.ok) return { ok: false, reason: `--anchor: ${parsed.error}` };
    anchor = parsed.date;
  }
  const resolution = resolvePhrase(phrase, options.published, anchor);
  if (resolution.kind === 'needs-anchor') return { ok: false, reason: `${JSON.stringify(phrase)} counts from another event: give its date with --anchor EDTF` };
  if (resolution.kind === 'unknown') return { ok: false, reason: `cannot resolve ${JSON.stringify(phrase)}` };
  const { start, end } = resolution.range;
  const edtf = start === end ? start : `${start}/${end}`;
  return { ok: true, result: { edtf, start, end, precision: start === end ? 'day' : 'month', basis: 'resolved' } };
}
