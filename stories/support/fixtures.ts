/**
 * Story data for the stories: the same fixtures the browser tests use (test/fixtures/), so a story and
 * a test never disagree about what a widget was given.
 *
 * `.storybook/main.ts` serves test/fixtures/ as plain files under `fixtures/`, so a `<sahel-story src>`
 * fetches them over http exactly as it fetches a story JSON a CMS hosts.
 */
import { html } from 'lit';
import type { TemplateResult } from 'lit';
import { miniStory } from '../../test/fixtures/mini-story.js';
import { newsStory } from '../../test/fixtures/news-story.js';
import type { Story } from '../../src/story/types.js';

export { miniStory, newsStory };

/** URL of a fixture file, relative to the preview iframe (works in `storybook dev` and the static build). */
export const fixtureUrl = (file: string) => `fixtures/${file}`;

/** A small, valid, non-Niger story (a tram-line vote in the fictional town of Lakeport). */
export const miniStoryUrl = fixtureUrl('mini-story.json');
/** Valid JSON, invalid story: `quotes[0].speaker: no actor "ghost"`. */
export const invalidStoryUrl = fixtureUrl('invalid-story.json');
/** Not JSON at all. */
export const notJsonUrl = fixtureUrl('not-json.txt');
/** A URL that answers 404. */
export const missingUrl = fixtureUrl('no-such-story.json');

/** The mini story with nothing to show: no events, quotes or relations (still a valid story). */
export function emptyStory(): Story {
  return { ...structuredClone(miniStory), id: 'lakeport-empty', events: [], quotes: [], figures: [], relations: [] };
}

/** The mini story with no actors at all (and so nothing that refers to one). */
export function noActorsStory(): Story {
  const story = emptyStory();
  return { ...story, id: 'lakeport-no-actors', actors: [] };
}

/** The mini story with one broken reference, to show how the error names the field. */
export function brokenStory(): Record<string, unknown> {
  const story = structuredClone(miniStory) as unknown as { quotes: { speaker: string }[] };
  story.quotes[0].speaker = 'nobody';
  return story as unknown as Record<string, unknown>;
}

/** A `<script type="application/json">` child for `<sahel-story>`: how a CMS embeds a story inline. */
export const inlineJson = (data: unknown): TemplateResult => html`<script type="application/json">${JSON.stringify(data)}</script>`;
