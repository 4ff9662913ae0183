import type { Story } from '../story/types.js';

/** Fired by `<sahel-story>` when a story has loaded and passed validation. Bubbles and is composed. */
export class SahelStoryLoadEvent extends Event {
  readonly story: Story;
  constructor(story: Story) {
    super('sahel-story-load', { bubbles: true, composed: true });
    this.story = story;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sahel-story-load': SahelStoryLoadEvent;
  }
}
