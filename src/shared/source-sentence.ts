import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { StoryIndex } from '../story/story-index.js';
import type { SourceRef } from '../story/types.js';
import { shared } from './intl.js';

/**
 * The sentence(s) of the article around a cited span, the span itself marked, in the article's language:
 * what "Show source" discloses for a figure or a relation. Sentences come from `Intl.Segmenter` (the whole
 * paragraph where the engine has none or refuses the language tag). Text only, never markup.
 */
export function sourceSentence(ref: SourceRef, index: StoryIndex, lang: string): TemplateResult {
  const text = index.paragraphs.get(ref.paragraph)?.text ?? '';
  let start = 0;
  let end = text.length;
  try {
    for (const { index: at, segment } of shared(Intl.Segmenter, lang, { granularity: 'sentence' }).segment(text)) {
      if (at + segment.length <= ref.start) start = at + segment.length;
      else if (at >= ref.end) {
        end = at;
        break;
      }
    }
  } catch {
    // no Intl.Segmenter, or a language tag it refuses: the whole paragraph
  }
  return html`<p class="source" lang=${lang} dir="auto">${text.slice(start, ref.start)}<mark>${text.slice(ref.start, ref.end)}</mark>${text.slice(ref.end, end).trimEnd()}</p>`;
}
