/**
 * The words inside a quote card's `<blockquote>`: a whole utterance between the reader's quotation marks
 * (its parts, split by the article's attribution, joined as one), quotes within it as `<q>` between the
 * reader's inner marks, or, for a partial quote, the reporter's sentence with the quoted fragment marked.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Strings } from '../../shared/i18n/strings.js';
import type { StoryIndex } from '../../story/story-index.js';
import type { Quote } from '../../story/types.js';

/** Quotation marks an article may put around the words a speaker quotes. */
const MARK = /^['‘’‚‛"“”„‟«»‹›]$/u;
/** Spaces inside French guillemets. */
const SPACE = /^[\s\u00a0\u202f]$/u;

/**
 * A quote's text with its nested quotes as `<q>`. The article's own marks around a nested quote (just
 * outside the span, or at its very ends) give way to the reader's inner marks, as the outer marks do to
 * the reader's outer ones; the words themselves are never edited. Overlapping or out-of-range spans are skipped.
 */
export function renderQuoteText(quote: Quote, t: Strings): TemplateResult | string {
  const { text } = quote;
  const nested = [...(quote.nested ?? [])].sort((a, b) => a.start - b.start);
  if (!nested.length) return text;
  const pieces: (TemplateResult | string)[] = [];
  let at = 0;
  for (const n of nested) {
    let { start, end } = n;
    if (start < at || end > text.length || start >= end) continue;
    // marks inside the span, then marks (and a French guillemet's space) just outside it
    while (start < end && (MARK.test(text[start]) || SPACE.test(text[start]))) start++;
    while (end > start && (MARK.test(text[end - 1]) || SPACE.test(text[end - 1]))) end--;
    let a = n.start;
    let b = n.end;
    if (a > at && SPACE.test(text[a - 1]) && MARK.test(text[a - 2] ?? '')) a--;
    if (a > at && MARK.test(text[a - 1])) a--;
    if (MARK.test(text[b] ?? '')) b++;
    else if (SPACE.test(text[b] ?? '') && MARK.test(text[b + 1] ?? '')) b += 2;
    pieces.push(text.slice(at, a), html`<q>${t.innerOpenQuote}${text.slice(start, end)}${t.innerCloseQuote}</q>`);
    at = b;
  }
  pieces.push(text.slice(at));
  return html`${pieces}`;
}

/**
 * The `<p>` content of a quote card's blockquote. A partial quote ("he called it “a promise on paper”") is
 * not shown as if it were a whole utterance: a "Partial quote" label (in the reader's language), then the
 * reporter's sentence with the quoted words marked. Otherwise the passage between the reader's quotation
 * marks, its parts joined by a space: an utterance split by its attribution was not cut, so no "[…]".
 */
export function renderQuoteWords(
  parts: Quote[],
  index: StoryIndex,
  t: Strings,
  uiLang: string,
  sentence: (text: string, from: number, to: number) => [number, number],
): TemplateResult {
  const [first] = parts;
  if (first.partial && parts.length === 1) {
    const { paragraph, start, end } = first.source;
    const text = index.paragraphs.get(paragraph)?.text ?? '';
    const [a, b] = sentence(text, start, end);
    return html`<span class="partial-label" part="partial" lang=${uiLang}>${t.partialQuote}</span> ${text.slice(a, start)}<mark class="partial-words">${text.slice(start, end)}</mark>${text.slice(end, b)}`;
  }
  return html`<span class="mark" aria-hidden="true">${t.openQuote}</span>${parts.map(
    (q, i) => html`${i ? ' ' : nothing}<span class="part">${renderQuoteText(q, t)}</span>`,
  )}<span class="mark" aria-hidden="true">${t.closeQuote}</span>`;
}
