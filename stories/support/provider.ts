import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { SahelStory } from '../../src/elements/sahel-story/sahel-story.js';
import type { Selection } from '../../src/story/state.js';
import { inlineJson, invalidStoryUrl, miniStoryUrl } from './fixtures.js';
import { slowUrl } from './slow-network.js';

/** Where a `<sahel-story>` of a story gets its data; nothing set means the embedded default story. */
export interface StorySource {
  /** `src` attribute: a URL fetched over http. */
  src?: string;
  /** `.story` property: an object set from script (validated like any other source). */
  story?: unknown;
  /** An inline `<script type="application/json">` child. */
  inline?: unknown;
  /** `timeout` attribute, in ms. */
  timeout?: number;
  /** `page-default` attribute. */
  pageDefault?: boolean;
  /** Selected once the story has loaded (the provider drops a selection its story cannot show). */
  select?: Selection;
}

/** A `<sahel-story>` providing `source` to `content`. */
export function inStory(source: StorySource, content: TemplateResult | TemplateResult[]): TemplateResult {
  const onLoad = source.select
    ? (event: Event) => ((event.currentTarget as SahelStory).selection = source.select ?? null)
    : undefined;
  return html`<sahel-story
    src=${ifDefined(source.src)}
    timeout=${ifDefined(source.timeout)}
    ?page-default=${source.pageDefault ?? false}
    .story=${source.story}
    @sahel-story-load=${ifDefined(onLoad)}
    >${source.inline === undefined ? nothing : inlineJson(source.inline)}${content}</sahel-story
  >`;
}

/** The loading state: a story URL that does not answer (for an hour: longer than any look at it). */
export const loadingSource = (): StorySource => ({ src: slowUrl(miniStoryUrl), timeout: 3_600_000 });

/** Valid JSON, invalid story; the error names the field: `quotes[0].speaker: no actor "ghost"`. */
export const invalidSource = (): StorySource => ({ src: invalidStoryUrl });
