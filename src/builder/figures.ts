/**
 * Numbers as news writes them ("1,000", "2.5 billion", "2.5bn", "five", "a dozen", "two hundred",
 * "thousands"; not the ambiguous "2.7m"), and the checks that a figure's number, scale word, unit or currency
 * and qualifier appear in its evidence.
 */
import { escapeRegExp } from './article.js';
import type { FigureQualifier } from '../story/types.js';

/** A number written in the evidence: its words as written and what they denote. */
export interface WrittenNumber {
  /** The article's own notation ("2.5 billion", "a dozen", "Thousands"). */
  text: string;
  value: number;
  /**
   * A plural of a scale word ("thousands", "hundreds", "dozens"): no exact number. `value` is then the
   * scale itself (1000), which a figure may give only with the qualifier `more-than` or `at-least`.
   */
  vague?: boolean;
}

export const SCALES: Readonly<Record<string, number>> = {
  dozen: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  bn: 1e9,
  mn: 1e6,
};

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "twenty-five" → 25, "seven" → 7; undefined for anything else. */
function smallNumber(word: string): number | undefined {
  const w = word.toLowerCase();
  if (w in UNITS) return UNITS[w];
  if (w in TENS) return TENS[w];
  const m = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (m && m[1] in TENS && m[2] in UNITS && UNITS[m[2]] > 0 && UNITS[m[2]] < 10) return TENS[m[1]] + UNITS[m[2]];
  return undefined;
}

/** Rounds away float noise (2.5 × 1e9 is exact, 1.1 × 1e6 is not). */
const clean = (n: number) => Number(n.toPrecision(12));

interface Token {
  text: string;
  start: number;
  end: number;
}

/**
 * Every number the words give, in order, each with its own notation. Digits may carry thousands
 * separators ("1,000") and a decimal point, and be followed by a scale word, also glued ("2.5bn");
 * number words up to ninety-nine, "a"/"an" before a scale word ("a dozen", "a million"), a number
 * word before scale words ("two hundred", "five million"), and plural scale words ("thousands").
 */
export function numbersIn(words: string): WrittenNumber[] {
  const tokens: Token[] = [...words.matchAll(/\d[\d,]*(?:\.\d+)?|[A-Za-z]+(?:-[A-Za-z]+)?/g)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));
  const found: WrittenNumber[] = [];
  const scaleAt = (i: number) => (i < tokens.length ? SCALES[tokens[i].text.toLowerCase()] : undefined);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const lower = t.text.toLowerCase();
    let value: number | undefined;
    let j = i + 1;
    if (/^\d/.test(t.text)) {
      const digits = t.text.replace(/,$/, '');
      // "1,000" groups digits by three; "1,2" is a list, read as its first number
      value = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(digits) ? Number(digits.replace(/,/g, '')) : Number.parseFloat(digits);
      // letters glued to the digits are a scale ("2.5bn") or a unit ("5km", "300MW"), never another number
    } else if ((lower === 'a' || lower === 'an') && scaleAt(j) !== undefined) {
      value = 1;
    } else {
      value = smallNumber(t.text);
    }
    if (value === undefined) {
      const plural = /^([a-z]+)s$/.exec(lower);
      if (plural && plural[1] in SCALES && !['bn', 'mn'].includes(plural[1])) {
        found.push({ text: t.text, value: SCALES[plural[1]], vague: true });
      }
      i++;
      continue;
    }
    // scale words multiply: "two hundred", "five million", "2.5 billion", "a dozen"; "hundred thousand" too;
    // "two hundred (and) fifty" adds
    for (let s = scaleAt(j); s !== undefined; s = scaleAt(++j)) {
      value *= s;
      const and = tokens[j + 1]?.text.toLowerCase() === 'and' ? 1 : 0;
      const rest = s === 100 && j + 1 + and < tokens.length ? smallNumber(tokens[j + 1 + and].text) : undefined;
      if (rest !== undefined) {
        value += rest;
        j += 1 + and;
      }
    }
    found.push({ text: words.slice(t.start, tokens[j - 1].end), value: clean(value) });
    i = j;
  }
  return found;
}

/** The words each qualifier needs in the evidence (case-insensitive, whole words). */
export const QUALIFIER_WORDS: Readonly<Record<FigureQualifier, readonly string[]>> = {
  about: ['about', 'around', 'roughly', 'approximately', 'some', 'an estimated', 'estimated', 'circa', 'or so'],
  some: ['some'],
  nearly: ['nearly', 'almost', 'close to'],
  almost: ['almost', 'nearly'],
  'more-than': ['more than', 'over', 'upwards of', 'in excess of', 'above', 'plus'],
  'at-least': ['at least', 'no fewer than', 'no less than', 'a minimum of'],
  'no-more-than': ['no more than', 'not more than', 'at most', 'a maximum of'],
  'up-to': ['up to', 'as many as', 'as much as'],
  'fewer-than': ['fewer than', 'less than', 'under', 'below'],
};

/** Qualifiers that make a figure approximate. */
export const HEDGES: readonly FigureQualifier[] = ['about', 'some', 'nearly', 'almost'];

const wordPatterns = new Map<string, RegExp>();

/** True when `phrase` occurs in `text` as whole words, ignoring case; `afterDigits`: also glued to a number ("5km"). */
export function hasWords(text: string, phrase: string, afterDigits = false): boolean {
  const key = `${afterDigits ? 1 : 0}${phrase}`;
  let re = wordPatterns.get(key);
  if (!re) {
    // A Unicode pattern costs far more to compile than to run: keep the recent ones (a build of many
    // folders asks for the same units, currencies and qualifiers story after story).
    if (wordPatterns.size >= 2000) wordPatterns.clear();
    re = new RegExp(`(?<!${afterDigits ? '\\p{L}' : '[\\p{L}\\p{N}]'})${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, 'iu');
    wordPatterns.set(key, re);
  }
  return re.test(text);
}

/** Other ways of writing common units; a unit also matches its singular or plural. */
const UNIT_FORMS: Readonly<Record<string, readonly string[]>> = {
  percent: ['%', 'per cent', 'percent', 'percentage points'],
  km: ['kilometres', 'kilometers', 'kilometre', 'kilometer', 'km'],
  m: ['metres', 'meters', 'metre', 'meter', 'm'],
  kg: ['kilograms', 'kilogram', 'kilos', 'kg'],
  tonnes: ['tonnes', 'tonne', 'tons', 'ton', 'metric tons'],
  mw: ['megawatts', 'megawatt', 'MW'],
  gw: ['gigawatts', 'gigawatt', 'GW'],
  km2: ['square kilometres', 'square kilometers', 'sq km', 'km²'],
  ha: ['hectares', 'hectare', 'ha'],
  people: ['people', 'persons', 'person', 'residents', 'inhabitants'],
};

/** The forms of `unit` the evidence may use. */
export function unitForms(unit: string): string[] {
  const forms = new Set([unit, ...(UNIT_FORMS[unit.toLowerCase()] ?? [])]);
  for (const [key, list] of Object.entries(UNIT_FORMS)) {
    if (list.includes(unit) || list.includes(unit.toLowerCase())) [key, ...list].forEach((f) => forms.add(f));
  }
  for (const f of [...forms]) {
    if (/[a-z]$/i.test(f)) forms.add(/s$/i.test(f) ? f.slice(0, -1) : `${f}s`);
  }
  return [...forms].filter((f) => f !== '');
}

/** True when `text` writes the unit in one of its forms ("%" may follow digits directly). */
export function hasUnit(text: string, unit: string): boolean {
  return unitForms(unit).some((f) => (/^\W+$/.test(f) ? text.includes(f) : hasWords(text, f, true)));
}

/** Whether `code` is an ISO 4217 currency code that the platform knows. */
export function isCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code);
}

/**
 * How the article may write a currency: its code ("NGN"), its symbols ("$", "₦", "CA$") and the
 * last word of its English name, singular or plural ("naira", "dollars", "francs").
 */
export function currencyForms(code: string): string[] {
  const symbol = (display: 'symbol' | 'narrowSymbol') =>
    new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: display }).formatToParts(1).find((p) => p.type === 'currency')?.value ?? code;
  const name = new Intl.DisplayNames(['en'], { type: 'currency' }).of(code) ?? code;
  const word = (name.split(' ').pop() ?? code).toLowerCase();
  const cfa = code === 'XOF' || code === 'XAF' ? ['CFA'] : [];
  return [...new Set([code, symbol('symbol'), symbol('narrowSymbol'), word, /s$/.test(word) ? word : `${word}s`, ...cfa])];
}

/** True when `text` writes the currency: a symbol anywhere (before digits), a code or name as whole words. */
export function hasCurrency(text: string, code: string): boolean {
  return currencyForms(code).some((f) => (/^[A-Za-z ]+$/.test(f) ? hasWords(text, f) : text.includes(f)));
}
