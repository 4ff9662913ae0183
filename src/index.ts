/**
 * sahel-widgets: importing this module registers every element and declares the embedded default story.
 * The provider is registered first so that, on a parsed page, it upgrades before the widgets that read it.
 */
export { SahelStory, MAX_STORY_BYTES } from './elements/sahel-story/sahel-story.js';
export { ActorBadge } from './elements/actor-badge/actor-badge.js';
export { ActorList } from './elements/actor-list/actor-list.js';
export { QuoteCard } from './elements/quote-card/quote-card.js';
export { SahelTimeline } from './elements/sahel-timeline/sahel-timeline.js';
export { KeyFigures } from './elements/key-figures/key-figures.js';
export { ActorRelations } from './elements/actor-relations/actor-relations.js';
export { SahelMap } from './elements/sahel-map/sahel-map.js';
export { SahelStoryLoadEvent } from './events/sahel-story-load.js';
export { SahelStoryErrorEvent } from './events/sahel-story-error.js';
export { SahelSelectEvent } from './events/sahel-select.js';
export { StoryConsumer } from './shared/story-consumer.js';
// the story model without `validateStory`: the validator loads on first use (`loadValidator`), see story/api.ts
export * from './story/api.js';
import './story/default-story.js';
