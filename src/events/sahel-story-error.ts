import type { StoryError } from '../story/state.js';

/** Fired by `<sahel-story>` when its story cannot be loaded, parsed or validated. Bubbles and is composed. */
export class SahelStoryErrorEvent extends Event {
  readonly error: StoryError;
  constructor(error: StoryError) {
    super('sahel-story-error', { bubbles: true, composed: true });
    this.error = error;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sahel-story-error': SahelStoryErrorEvent;
  }
}
