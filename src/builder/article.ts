/**
 * The article as paragraphs, and the ways words are found in it: exact spans, whole-word
 * names, and the nearest paragraph when words are not there.
 */
import type { Paragraph, SourceRef } from '../story/types.js';

/** One paragraph per non-empty line; lines are trimmed; ids `p1`, `p2`, … in line order. */
export function splitParagraphs(text: string): Paragraph[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line, i) => ({ id: `p${i + 1}`, text: line }));
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every start index of `needle` in `haystack`, overlapping ones included. */
export function indexesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Every occurrence of `words` in the paragraphs, in article order. */
export function occurrences(paragraphs: readonly Paragraph[], words: string): SourceRef[] {
  return paragraphs.flatMap((p) =>
    indexesOf(p.text, words).map((start) => ({ paragraph: p.id, start, end: start + words.length })),
  );
}

export type Located = { ok: true; ref: SourceRef } | { ok: false; error: string; nearest?: string };

/** Shortens long words for messages: `“first forty characters…”`. */
export function excerpt(words: string, max = 60): string {
  return JSON.stringify(words.length > max ? `${words.slice(0, max - 1)}…` : words);
}

/**
 * Finds `words` exactly once in the article, or exactly once in the named paragraph.
 * The error says where they were found when ambiguous and what was nearest when absent.
 */
export function locateOnce(paragraphs: readonly Paragraph[], words: string, paragraphId?: string): Located {
  if (paragraphId !== undefined && !paragraphs.some((p) => p.id === paragraphId)) {
    return { ok: false, error: `paragraph "${paragraphId}" does not exist (the article has p1..p${paragraphs.length})` };
  }
  const scope = paragraphId === undefined ? paragraphs : paragraphs.filter((p) => p.id === paragraphId);
  const found = occurrences(scope, words);
  if (found.length === 1) return { ok: true, ref: found[0] };
  if (found.length > 1) {
    const where = [...new Set(found.map((r) => r.paragraph))];
    return {
      ok: false,
      error: paragraphId === undefined
        ? `${excerpt(words)} occurs ${found.length} times, in ${where.join(', ')}; name one with "paragraph:" or quote more words`
        : `${excerpt(words)} occurs ${found.length} times in ${paragraphId}; quote more words`,
    };
  }
  const elsewhere = paragraphId === undefined ? [] : occurrences(paragraphs, words);
  if (elsewhere.length > 0) {
    return {
      ok: false,
      error: `${excerpt(words)} is not in ${paragraphId} but occurs in ${[...new Set(elsewhere.map((r) => r.paragraph))].join(', ')}`,
    };
  }
  return { ok: false, error: `${excerpt(words)} is not in the article${paragraphId ? ` (looked in ${paragraphId})` : ''}; ${nearest(scope.length > 0 ? scope : paragraphs, words)}` };
}

/** Typographic quote and apostrophe characters and their plain forms. */
const QUOTE_CHARS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '`': "'", '\u00B4': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
};

/** Replaces typographic quotes and apostrophes with plain ones; lengths are unchanged. */
export function plainQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032`\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, (c) => QUOTE_CHARS[c]);
}

/** Length of the longest prefix of `words` that occurs in `text` (containment is monotone, so binary search). */
function longestPrefixIn(text: string, words: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(words.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function longestSuffixIn(text: string, words: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (text.includes(words.slice(words.length - mid))) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function describeChars(a: string, b: string): string {
  const pairs = new Set<string>();
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) pairs.add(`the article has ${JSON.stringify(b[i])} (U+${(b.codePointAt(i) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) where you wrote ${JSON.stringify(a[i])}`);
  }
  return [...pairs].join('; ');
}

/**
 * Says which paragraph is nearest to words that are not in the article: first whether only
 * the quote characters differ, then which paragraph shares the longest beginning or end.
 */
export function nearest(paragraphs: readonly Paragraph[], words: string): string {
  const plain = plainQuotes(words);
  for (const p of paragraphs) {
    const i = plainQuotes(p.text).indexOf(plain);
    if (i !== -1) {
      const actual = p.text.slice(i, i + words.length);
      return `nearest is ${p.id}, where only the quote characters differ: ${describeChars(words, actual)}; the article reads ${JSON.stringify(actual)}`;
    }
  }
  const lower = words.toLowerCase();
  for (const p of paragraphs) {
    const i = p.text.toLowerCase().indexOf(lower);
    if (i !== -1) {
      return `nearest is ${p.id}, where only upper and lower case differ: the article reads ${JSON.stringify(p.text.slice(i, i + words.length))}`;
    }
  }
  let best: { p: Paragraph; prefix: number; suffix: number } | undefined;
  for (const p of paragraphs) {
    const text = plainQuotes(p.text);
    const prefix = longestPrefixIn(text, plain);
    const suffix = longestSuffixIn(text, plain);
    if (!best || Math.max(prefix, suffix) > Math.max(best.prefix, best.suffix)) best = { p, prefix, suffix };
  }
  if (!best || Math.max(best.prefix, best.suffix) < Math.min(8, words.length)) {
    return 'no paragraph shares even its first or last few characters';
  }
  const { p, prefix, suffix } = best;
  if (prefix >= suffix) {
    const at = plainQuotes(p.text).indexOf(plain.slice(0, prefix));
    const article = p.text.slice(at + prefix, at + prefix + 20);
    return `nearest is ${p.id}: the first ${prefix} characters match (${excerpt(words.slice(0, prefix), 40)}), then the article reads ${JSON.stringify(article)} where you wrote ${JSON.stringify(words.slice(prefix, prefix + 20))}`;
  }
  const at = plainQuotes(p.text).indexOf(plain.slice(plain.length - suffix));
  const article = p.text.slice(Math.max(0, at - 20), at);
  return `nearest is ${p.id}: the last ${suffix} characters match (${excerpt(words.slice(words.length - suffix), 40)}), before them the article reads ${JSON.stringify(article)} where you wrote ${JSON.stringify(words.slice(Math.max(0, words.length - suffix - 20), words.length - suffix))}`;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && WORD_CHAR.test(c);
}

/**
 * True when `text.slice(start, end)` stands as whole words: not glued to a letter or digit, nor
 * joined by a hyphen into a compound ("military" is not whole in "military-led"). A possessive
 * ("Niger’s") still counts as the name.
 */
export function isWholeWord(text: string, start: number, end: number): boolean {
  if (isWordChar(text[start])) {
    const before = text[start - 1];
    if (isWordChar(before)) return false;
    if (before === '-' && isWordChar(text[start - 2])) return false;
  }
  if (isWordChar(text[end - 1])) {
    const after = text[end];
    if (isWordChar(after)) return false;
    if (after === '-' && isWordChar(text[end + 1])) return false;
  }
  return true;
}

/**
 * Mentions of one actor or place: whole-word, case-sensitive matches of its names, longest
 * first, so a shorter name inside a longer match of the same item is not counted again.
 * Matches that fall inside an occurrence of an `ignore` phrase are not mentions.
 */
export function findMentions(paragraphs: readonly Paragraph[], names: readonly string[], ignore: readonly string[] = []): SourceRef[] {
  const byLength = [...new Set(names.filter((n) => n !== ''))].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const mentions: SourceRef[] = [];
  for (const p of paragraphs) {
    const taken: Array<[number, number]> = [];
    const ignored = ignore.flatMap((phrase) => indexesOf(p.text, phrase).map((s): [number, number] => [s, s + phrase.length]));
    const overlaps = (spans: Array<[number, number]>, s: number, e: number) => spans.some(([a, b]) => s < b && a < e);
    const inside = (spans: Array<[number, number]>, s: number, e: number) => spans.some(([a, b]) => a <= s && e <= b);
    for (const name of byLength) {
      for (const start of indexesOf(p.text, name)) {
        const end = start + name.length;
        if (!isWholeWord(p.text, start, end) || overlaps(taken, start, end) || inside(ignored, start, end)) continue;
        taken.push([start, end]);
      }
    }
    taken.sort((a, b) => a[0] - b[0]);
    for (const [start, end] of taken) mentions.push({ paragraph: p.id, start, end });
  }
  return mentions;
}

/**
 * An article as pasted (from a CMS, an email, a wire) turned into article.txt: one paragraph per line.
 * Where the text separates paragraphs with blank lines and some of them span several lines, a line that
 * does not end a sentence is joined to the next with one space (hard-wrapped text); otherwise every line
 * is a paragraph. Characters are kept as they are; only white space at line ends and a byte-order mark
 * are dropped, and line ends become `\n`.
 */
export function normaliseArticle(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/).map((line) => line.trim());
  const blocks = lines.join('\n').split(/\n{2,}/).map((block) => block.split('\n').filter((line) => line !== ''));
  const wrapped = blocks.length > 1 && blocks.some((block) => block.length > 1);
  const paragraphs = wrapped
    ? blocks.flatMap((block) => block.reduce<string[]>((joined, line) => {
      const last = joined.length - 1;
      if (last >= 0 && !ENDS_SENTENCE.test(joined[last])) joined[last] += ` ${line}`;
      else joined.push(line);
      return joined;
    }, []))
    : lines.filter((line) => line !== '');
  return paragraphs.length === 0 ? '' : `${paragraphs.join('\n')}\n`;
}

/** Sentence-final punctuation, maybe inside closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…]["”’»)\]]*$/;
