import { shared } from './intl.js';

/**
 * Where the sentence(s) around the cited span `[start, end)` of `text` begin and end, from `Intl.Segmenter`
 * (the whole text where the engine has none or refuses the language tag). Pure: `sourceSentence` renders it,
 * and so does the builder's fallback HTML. With `trimEnd`, the end stops before trailing white space (never
 * before `end`): what a partial quote shows as the reporter's sentence.
 */
export function sentenceBounds(text: string, start: number, end: number, lang: string, trimEnd = false): [number, number] {
  let from = 0;
  let to = text.length;
  try {
    for (const { index: at, segment } of shared(Intl.Segmenter, lang, { granularity: 'sentence' }).segment(text)) {
      if (at + segment.length <= start) from = at + segment.length;
      else if (at >= end) {
        to = at;
        break;
      }
    }
  } catch {
    // no Intl.Segmenter, or a language tag it refuses: the whole paragraph
  }
  if (trimEnd) while (to > end && /\s/.test(text[to - 1])) to--;
  return [from, to];
}
