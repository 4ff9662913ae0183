/**
 * Declares the embedded default story: the one every widget shows when a page configures nothing.
 * Imported by the bundle entry only, so an app that imports single elements does not pay for it.
 */
import story from '../../data/niamey-protests-2024/story.json';
import { setEmbeddedStory } from './story-sources.js';
import type { Story } from './types.js';

// Built and validated by `npm run data`; the build fails before a bad story could be embedded.
setEmbeddedStory(story as unknown as Story);
