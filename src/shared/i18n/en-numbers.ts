/**
 * English counts without `Intl`: `n.toLocaleString('en')` and `Intl.PluralRules('en')` cost a page's first
 * `NumberFormat` / `PluralRules` (ICU data) for "13 events" and "mentioned 3 times". `test/locale.test.ts` compares
 * both with `Intl` over many numbers in both browsers.
 */

/** `n.toLocaleString('en')`: digits grouped by three with commas ("10,000"); written here for safe integers. */
export function englishNumber(n: number): string {
  // -0 (which Intl writes "-0"), fractions and huge numbers: Intl's own rounding and notation
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en');
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** `new Intl.PluralRules('en').select(n)` for a count: English has `one` (1, without a fraction) and `other`. */
export const englishPlural = (n: number): 'one' | 'other' => (n === 1 || n === -1 ? 'one' : 'other');
