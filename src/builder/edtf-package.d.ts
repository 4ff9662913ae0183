/**
 * Types for the parts of the `edtf` npm package (EDTF.js, no types of its own, no @types
 * package) that src/builder/edtf.ts uses. Named `edtf-package.d.ts`, not
 * `edtf.d.ts`: TypeScript skips a `.d.ts` that has a `.ts` of the same name beside it.
 */
declare module 'edtf' {
  /** A qualifier or unspecified-digit mask: `true` (whole date, level 1) or bits over `YYYYMMDD`. */
  export type EdtfMask = boolean | number;

  /** What `parse()` returns: plain objects; months in `values` are 0-based. */
  export interface ParseResult {
    type: 'Date' | 'Year' | 'Decade' | 'Century' | 'Season' | 'Interval' | 'List' | 'Set';
    level: number;
    /** Date parts (`[2024, 3, 13]` is 2024-04-13; a season is `[year, code]`), or, for an
     * interval, list or set, its members (`null` for an open interval end). */
    values: (number | ParseResult | null)[];
    uncertain?: EdtfMask;
    approximate?: EdtfMask;
    unspecified?: number;
    earlier?: boolean;
    later?: boolean;
  }

  export interface ParseConstraints {
    level?: 0 | 1 | 2 | 3;
    types?: ParseResult['type'][];
    seasonIntervals?: boolean;
    seasonUncertainty?: boolean;
  }

  /** Throws (a nearley syntax error, or `edtf: No possible parsings`) when `input` is not EDTF. */
  export function parse(input: string, constraints?: ParseConstraints): ParseResult;

  /** An extended date object (`Date`, `Season`, …). */
  export interface ExtDateTime {
    readonly type: ParseResult['type'];
    /** The date normalised to EDTF: `edtf('?2016-?05').edtf` is `2016-05?`. */
    readonly edtf: string;
    /** First and last millisecond it covers (UTC); seasons `-21..-24` are calendar quarters. */
    readonly min: number;
    readonly max: number;
    /** 1 year, 2 month, 3 day (dates only). */
    readonly precision?: number;
    readonly values: number[];
  }

  export class Bitmask {
    static readonly YEAR: number;
    static readonly MONTH: number;
    static readonly DAY: number;
    static readonly YMD: number;
    /** `true` → all of `YYYYMMDD`, a number → itself, `undefined` → 0. */
    static convert(value?: EdtfMask | Bitmask): number;
    readonly value: number;
  }

  /** Builds an extended date object from a parse result or parses a string. */
  export default function edtf(input: string | ParseResult, constraints?: ParseConstraints): ExtDateTime;
}
