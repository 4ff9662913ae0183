/**
 * Declares the embedded default story: the one every widget shows when a page configures nothing.
 * Imported by the package entry (`sahel-widgets`), not by single-element entries. The story itself is a
 * module of its own (`embedded-story.ts`; in the CDN build a chunk beside `sahel-widgets.js`), loaded the
 * first time a widget needs it: pages that bring their own story never download it.
 */
import { setEmbeddedStoryLoader } from './story-sources.js';

setEmbeddedStoryLoader(() => import('./embedded-story.js').then((m) => m.embeddedStory));
