/**
 * `sahel-widgets/story`: the story model without any element: types, validation, indexing and
 * fuzzy-date formatting. Free of side effects, for apps and build tools.
 */
export * from './api.js';
export { validateStory } from './validate.js';
