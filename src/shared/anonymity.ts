import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StoryIndex } from '../story/story-index.js';
import type { Actor } from '../story/types.js';
import type { Strings } from './i18n/strings.js';

/**
 * The article's words for why an anonymous actor is not named ("Not named: because she was not authorised
 * to discuss the budget"), the words in the article's language; `nothing` when the article gives none.
 * Classes: `anonymity`, `label`.
 */
export function renderAnonymity(actor: Actor, index: StoryIndex, lang: string, t: Strings, part = 'anonymity'): TemplateResult | typeof nothing {
  const r = actor.anonymous ? actor.anonymityReason : undefined;
  const words = r && index.paragraphs.get(r.paragraph)?.text.slice(r.start, r.end);
  return words ? html`<div class="anonymity" part=${part}><span class="label">${t.anonymityReason}</span> <span lang=${lang} dir="auto">${words}</span></div>` : nothing;
}
