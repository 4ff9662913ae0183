import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { storyContext } from '../story/story-context.js';
import { fallbackStore, watchFallback } from '../story/story-sources.js';
import type { StoryState } from '../story/state.js';

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Gives a widget its story state (`{ status, story, index, error, selection, select(), retry() }`)
 * and re-renders it on every change, whichever way the story was found (DESIGN §5):
 * the nearest `<sahel-story>` ancestor through context, else the page default, else the embedded story.
 * An ancestor that upgrades late still wins: `ContextRoot` replays the request and the callback switches over.
 */
export class StoryConsumer implements ReactiveController {
  state: StoryState;
  #host: Host;
  #fromContext = false;
  #unsubscribeStore: (() => void) | null = null;
  #unwatch: (() => void) | null = null;

  constructor(host: Host) {
    this.#host = host;
    // a first guess that loads nothing: a provider may answer in hostConnected
    this.state = fallbackStore(false).state;
    // Created before this controller is added, so its request is answered before our hostConnected runs.
    new ContextConsumer(host, {
      context: storyContext,
      subscribe: true,
      callback: (state) => {
        if (!this.#fromContext) this.#detachFallback();
        this.#fromContext = true;
        this.#set(state);
      },
    });
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.#fromContext) this.#attachFallback();
  }

  hostDisconnected(): void {
    this.#fromContext = false;
    this.#detachFallback();
  }

  #attachFallback(): void {
    this.#unwatch ??= watchFallback(() => this.#follow());
    this.#follow();
  }

  #follow(): void {
    this.#unsubscribeStore?.();
    const store = fallbackStore();
    this.#unsubscribeStore = store.subscribe((state) => this.#set(state));
    this.#set(store.state);
  }

  #detachFallback(): void {
    this.#unsubscribeStore?.();
    this.#unwatch?.();
    this.#unsubscribeStore = this.#unwatch = null;
  }

  #set(state: StoryState): void {
    if (state === this.state) return;
    this.state = state;
    this.#host.requestUpdate();
  }
}
