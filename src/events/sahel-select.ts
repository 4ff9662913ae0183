import type { Selection } from '../story/state.js';

/**
 * Fired by a widget when the reader selects an actor, event, quote, place, figure or relation (or clears the selection:
 * `selection` is then `null`). Bubbles and is composed, so the host page can track it.
 */
export class SahelSelectEvent extends Event {
  readonly selection: Selection | null;
  constructor(selection: Selection | null) {
    super('sahel-select', { bubbles: true, composed: true });
    this.selection = selection;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'sahel-select': SahelSelectEvent;
  }
}
