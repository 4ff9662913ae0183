/**
 * sahel-widgets: importing this module registers every element and declares the embedded default story.
 * The provider is registered first so that, on a parsed page, it upgrades before the widgets that read it.
 */
export { SahelStory, MAX_STORY_BYTES } from './elements/sahel-story/sahel-story.js';
export { SahelStoryLoadEvent } from './events/sahel-story-load.js';
export { SahelStoryErrorEvent } from './events/sahel-story-error.js';
export { SahelSelectEvent } from './events/sahel-select.js';
export { StoryConsumer } from './shared/story-consumer.js';
export { storyContext } from './story/story-context.js';
export { validateStory } from './story/validate.js';
export { formatProblem } from './story/problems.js';
export { indexStory } from './story/story-index.js';
export { setEmbeddedStory } from './story/story-sources.js';
export type * from './story/types.js';
export type { StoryProblem } from './story/problems.js';
export type { StoryState, StoryStatus, StoryError, Selection } from './story/state.js';
export type { StoryIndex } from './story/story-index.js';
import './story/default-story.js';
