/**
 * Declares the embedded default story: the one every widget shows when a page configures nothing.
 * Imported by the package entry (`sahel-widgets`), not by single-element entries.
 */
import { embeddedStory } from './embedded-story.js';
import { setEmbeddedStory } from './story-sources.js';

setEmbeddedStory(embeddedStory);
