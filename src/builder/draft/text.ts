/**
 * Sentences and words of a paragraph, with offsets, for the draft extractor. English news prose:
 * abbreviations ("Mr.", "Gen.", "U.S."), initials ("Michael E. Langley") and quotations spanning
 * several sentences do not end a sentence.
 */
import { escapeRegExp } from '../article.js';

export interface Span {
  start: number;
  end: number;
  text: string;
}

export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'gen', 'col', 'lt', 'sgt', 'capt', 'maj', 'cmdr', 'adm', 'gov', 'sen', 'rep', 'prof', 'st',
  'jr', 'sr', 'no', 'mt', 'inc', 'co', 'ltd', 'corp', 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'vs', 'rev',
  'hon', 'u.s', 'u.n', 'u.k', 'e.g', 'i.e', 'etc', 'approx', 'dept', 'est', 'fig',
]);

/** Sentences of one paragraph; a sentence inside a quotation stays with the quotation. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') depth++;
    else if (c === '”') depth = Math.max(0, depth - 1);
    // “… again.” Its chairman said …: a quotation closed by its full stop ends the reporter's sentence too
    const closesSentence = c === '”' && depth === 0 && /[.!?]/.test(text[i - 1] ?? '');
    if (depth > 0 || (!/[.!?]/.test(c) && !closesSentence)) continue;
    let j = i + 1;
    while (j < text.length && /["”’)\]]/.test(text[j])) j++;
    if (j < text.length && text[j] !== ' ') continue;
    const next = text.slice(j).trimStart();
    if (next !== '' && !/^["“‘(A-Z0-9]/.test(next)) continue;
    const word = /([A-Za-z.]+)$/.exec(text.slice(start, i))?.[1]?.toLowerCase() ?? '';
    if (c === '.' && (ABBREVIATIONS.has(word) || /^[a-z]$/.test(word) || /^([a-z]\.)+[a-z]$/.test(word))) continue;
    out.push(span(text, start, j));
    start = j;
  }
  if (start < text.length) out.push(span(text, start, text.length));
  return out.filter((s) => s.text !== '');
}

function span(text: string, start: number, end: number): Span {
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return { start, end, text: text.slice(start, end) };
}

/** True when `words` stand in `text` as whole words (no letter right before or after them). */
export function hasWords(text: string, words: string): boolean {
  let pattern = wordPatterns.get(words);
  if (!pattern) {
    // Drafting asks for the same few hundred names thousands of times; compiling each time was a sixth of its CPU.
    if (wordPatterns.size > 4096) wordPatterns.clear();
    pattern = new RegExp(`(?<![\\p{L}])${escapeRegExp(words)}(?![\\p{L}])`, 'u');
    wordPatterns.set(words, pattern);
  }
  return pattern.test(text);
}
const wordPatterns = new Map<string, RegExp>();

/** Lower-case, straight apostrophes, single spaces: for comparing names. */
/**
 * A sentence without its dateline: "LOKOJA, Nigeria — ", "NAIROBI, Kenya (CPA) — ", "TBILISI, Georgia (Caucasus
 * Wire) — ": the place of the report is not part of the event or figure the sentence states.
 */
export function withoutDateline(sentence: string): string {
  return sentence.replace(/^[A-Z][A-Z .'’-]+(?:,\s+[\p{L} .'’-]+?)?(?:\s+\([^()]{1,40}\))?\s+[—–-]{1,2}\s+/u, '');
}

export function normalise(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** An id from words: `Amina Bello` → `amina-bello`. */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return /^[a-z0-9]/.test(s) ? s : `x-${s || 'item'}`;
}

/** Unique ids within one list. */
export class Ids {
  readonly #used = new Set<string>();
  take(base: string): string {
    let id = slug(base);
    for (let n = 2; this.#used.has(id); n++) id = `${slug(base)}-${n}`;
    this.#used.add(id);
    return id;
  }
}

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, dozens: 24, hundreds: 200, thousands: 2000, scores: 40,
};
