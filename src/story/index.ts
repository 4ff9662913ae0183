/**
 * `sahel-widgets/story`: the story model without any element: types, validation, indexing and
 * fuzzy-date formatting. Free of side effects, for apps and build tools.
 */
export type * from './types.js';
export type { StoryProblem } from './problems.js';
export type { StoryState, StoryStatus, StoryError, Selection } from './state.js';
export type { StoryIndex } from './story-index.js';
export type { FuzzyDateStyle } from './fuzzy-date.js';
export { validateStory } from './validate.js';
export type { StoryValidation } from './validate.js';
export { formatProblem } from './problems.js';
export { indexStory, compareEvents, itemKey } from './story-index.js';
export { formatFuzzyDate, fuzzyDateTimeAttr, fuzzyDateYear } from './fuzzy-date.js';
export { hasStrings, loadStrings } from '../shared/i18n/strings.js';
export { storyContext } from './story-context.js';
export { setEmbeddedStory, setEmbeddedStoryLoader } from './story-sources.js';
