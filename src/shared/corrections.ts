import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { Correction, ItemKind, Story } from '../story/types.js';
import type { Strings } from './i18n/strings.js';

/** The story's corrections that concern any of the items `ids` of `kind`, in story order. */
export function correctionsFor(story: Story | null | undefined, kind: ItemKind, ids: readonly string[]): Correction[] {
  return (story?.corrections ?? []).filter((c) => c.items.some((item) => item.kind === kind && ids.includes(item.id)));
}

/**
 * One correction as a widget shows it beside an item it concerns: "Correction:" then the article's note
 * (in the article's language) and, when the story gives it, what the article now says. A `role="note"`,
 * so it is found as such but never announced on its own. Classes: `correction`, `label`.
 */
export function renderCorrection(c: Correction, t: Strings, lang: string, part = 'correction'): TemplateResult {
  return html`<p class="correction" part=${part} role="note" data-correction=${c.id}><span class="label">${t.correction}</span> <span lang=${lang} dir="auto">${c.text}</span>${c.says
    ? html` <span class="label">${t.correctionSays}</span> <span lang=${lang} dir="auto">${c.says}</span>`
    : nothing}</p>`;
}

/** Every correction of `kind`/`ids` (see `renderCorrection`), or `nothing`. */
export function renderCorrections(story: Story | null | undefined, kind: ItemKind, ids: readonly string[], t: Strings, part?: string) {
  const list = correctionsFor(story, kind, ids);
  return list.length ? list.map((c) => renderCorrection(c, t, story?.article.language ?? '', part)) : nothing;
}
