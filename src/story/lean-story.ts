/**
 * The story as the CDN bundle embeds it: the same story, but each paragraph keeps only the sentences that
 * some widget can show (the sentence around every quote, cited span and mention), so the bundle does not
 * carry the whole article. The article's credit (headline, publisher, URL, byline, date, language) stays
 * whole, every id stays, and every span is moved to its new offsets so that it still equals the paragraph
 * text there (the browser validator checks it). Paragraphs nothing points into are dropped. The full text
 * stays in `data/<id>/`.
 *
 * "Sentence" is taken by both rules the widgets use, `Intl.Segmenter` in the article's language
 * (`<quote-card>`) and the punctuation rule of `<sahel-timeline>`; the kept range is the union of the two.
 * Pure: the input is not modified.
 */
import type { Story } from './types.js';

interface Span {
  paragraph: string;
  start: number;
  end: number;
}

const isSpan = (v: unknown): v is Span => {
  const o = v as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && typeof o.paragraph === 'string' && Number.isInteger(o.start) && Number.isInteger(o.end);
};

/** Every source span of the story, wherever the model puts one (quotes, events, mentions, figures…). */
function spansOf(node: unknown, out: Span[] = []): Span[] {
  if (Array.isArray(node)) for (const n of node) spansOf(n, out);
  else if (isSpan(node)) out.push(node);
  else if (node && typeof node === 'object') for (const v of Object.values(node)) spansOf(v, out);
  return out;
}

/** [start, end) of the sentence(s) holding [from, to) by `Intl.Segmenter`, as `<quote-card>` finds them. */
export function segmenterSentence(text: string, from: number, to: number, lang: string): [number, number] {
  let start = 0;
  let end = text.length;
  for (const { index, segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)) {
    if (index + segment.length <= from) start = index + segment.length;
    else if (index >= to) {
      end = index;
      break;
    }
  }
  return [start, end];
}

/** [start, end) of the sentence(s) holding [from, to) by punctuation, as `<sahel-timeline>` finds them. */
export function punctuationSentence(text: string, from: number, to: number): [number, number] {
  let a = 0;
  let b = text.length;
  for (const m of text.matchAll(/[.!?…]["'”’»)]*(\s+)/g)) {
    const stop = m.index + m[0].length - m[1].length;
    if (m.index + m[0].length <= from) a = m.index + m[0].length;
    else if (stop >= to) {
      b = stop;
      break;
    }
  }
  return [a, b];
}

export function leanStory(story: Story): Story {
  const lean = structuredClone(story);
  const lang = story.article.language;
  const spans = spansOf({ ...lean, article: { ...lean.article, paragraphs: [] } });
  const byParagraph = new Map<string, Span[]>();
  for (const s of spans) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);

  lean.article.paragraphs = lean.article.paragraphs.flatMap((p) => {
    const mine = byParagraph.get(p.id);
    if (!mine) return [];
    // the kept ranges: each span's sentence by both rules, merged where they touch or overlap
    const ranges = mine
      .map((s): [number, number] => {
        const [a1, b1] = segmenterSentence(p.text, s.start, s.end, lang);
        const [a2, b2] = punctuationSentence(p.text, s.start, s.end);
        return [Math.min(a1, a2, s.start), Math.max(b1, b2, s.end)];
      })
      .sort((x, y) => x[0] - y[0]);
    const merged: [number, number][] = [];
    for (const [a, b] of ranges) {
      const last = merged[merged.length - 1];
      if (last && a <= last[1]) last[1] = Math.max(last[1], b);
      else merged.push([a, b]);
    }
    // joined by one space where sentences were left out between them; offsets move with their range
    let text = '';
    const moved: [number, number, number][] = []; // [old start, old end, new start]
    for (const [a, b] of merged) {
      const needed = Math.max(...mine.filter((s) => s.start >= a && s.end <= b).map((s) => s.end - a));
      const piece = p.text.slice(a, b).replace(/\s+$/, '').padEnd(needed, ' ');
      if (text && !/\s$/.test(text)) text += ' ';
      moved.push([a, a + piece.length, text.length]);
      text += piece;
    }
    for (const s of mine) {
      const [a, , at] = moved.find(([a, b]) => s.start >= a && s.end <= b) ?? [s.start, s.end, s.start];
      s.start = at + (s.start - a);
      s.end = at + (s.end - a);
    }
    return [{ ...p, text }];
  });
  return lean;
}
