/**
 * What both `sahel-widgets` and `sahel-widgets/story` export of the story model: types, the validator's
 * loader, indexing and fuzzy-date formatting. Free of side effects. `validateStory` itself is exported by
 * `sahel-widgets/story` only (`index.ts`): from the package entry (and the CDN bundle) it would put the
 * validator into the bundle of every page, while only stories from outside the bundle need it.
 */
export type * from './types.js';
export type { StoryProblem } from './problems.js';
export type { StoryState, StoryStatus, StoryError, Selection } from './state.js';
export type { StoryIndex } from './story-index.js';
export type { FuzzyDateStyle } from './fuzzy-date.js';
export { loadValidator } from './validator.js';
export type { StoryValidation } from './validate.js';
export { formatProblem } from './problems.js';
export { indexStory, compareEvents, itemKey } from './story-index.js';
export { formatFuzzyDate, fuzzyDateTimeAttr, fuzzyDateYear } from './fuzzy-date.js';
export { hasStrings, loadStrings } from '../shared/i18n/strings.js';
export { storyContext } from './story-context.js';
export { setEmbeddedStory, setEmbeddedStoryLoader } from './story-sources.js';
