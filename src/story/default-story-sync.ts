/**
 * Declares the embedded default story with its data bundled in, at once (`default-story.ts` loads it on
 * first use instead). For `sahel-widgets/hydrate`: a server-rendered widget hydrates on its first render,
 * which must meet the data the server rendered, so the story cannot arrive later. Import before the elements.
 */
import { embeddedStory } from './embedded-story.js';
import { setEmbeddedStory } from './story-sources.js';

setEmbeddedStory(embeddedStory);
