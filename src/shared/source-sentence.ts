import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { StoryIndex } from '../story/story-index.js';
import type { SourceRef } from '../story/types.js';
import { sentenceBounds } from './sentence-bounds.js';

/**
 * The sentence(s) of the article around a cited span, the span itself marked, in the article's language:
 * what "Show source" discloses for a figure or a relation. Sentences come from `Intl.Segmenter` (the whole
 * paragraph where the engine has none or refuses the language tag). Text only, never markup.
 */
export function sourceSentence(ref: SourceRef, index: StoryIndex, lang: string): TemplateResult {
  const text = index.paragraphs.get(ref.paragraph)?.text ?? '';
  const [start, end] = sentenceBounds(text, ref.start, ref.end, lang);
  return html`<p class="source" lang=${lang} dir="auto">${text.slice(start, ref.start)}<mark>${text.slice(ref.start, ref.end)}</mark>${text.slice(ref.end, end).trimEnd()}</p>`;
}
