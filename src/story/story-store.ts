import { indexStory } from './story-index.js';
import type { StoryIndex } from './story-index.js';
import type { Selection, StoryError, StoryState, StoryStatus } from './state.js';
import type { Story } from './types.js';

type Listener = (state: StoryState) => void;

interface Fields {
  status: StoryStatus;
  story: Story | null;
  error: StoryError | null;
  selection: Selection | null;
}

/** The list of the story index that holds each kind of selection. */
export const entityLists = { actor: 'actors', event: 'events', quote: 'quotes', place: 'places', figure: 'figures', relation: 'relations' } as const;

/**
 * Holds one story's state and hands out immutable snapshots. `<sahel-story>` owns one per element;
 * the embedded default story has its own. Consumers subscribe here or receive snapshots by context.
 */
export class StoryStore {
  #fields: Fields = { status: 'loading', story: null, error: null, selection: null };
  #state: StoryState;
  #listeners = new Set<Listener>();
  #index: StoryState['index'] = null;
  /** Called by `retry()`; the owner of the store decides what loading again means. */
  onRetry: (() => void) | null = null;

  constructor(story?: Story) {
    if (story) {
      this.#fields.status = 'ready';
      this.#fields.story = story;
      this.#index = indexStory(story);
    }
    this.#state = this.#snapshot();
  }

  get state(): StoryState {
    return this.#state;
  }

  subscribe(listener: Listener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  setLoading(): void {
    this.#update({ status: 'loading', error: null });
  }

  /** Shows `story`; `index` is its index when already built (in slices, for a long story), else it is built here. */
  setStory(story: Story, index: StoryIndex = indexStory(story)): void {
    this.#index = index;
    const selection = this.#fields.selection;
    // a selection that the new story cannot show is dropped rather than left dangling
    const keep = selection && this.#index[entityLists[selection.kind]].has(selection.id);
    this.#update({ status: 'ready', story, error: null, selection: keep ? selection : null });
  }

  setError(error: StoryError): void {
    this.#index = null;
    this.#update({ status: 'error', story: null, error });
  }

  select(selection: Selection | null): void {
    const current = this.#fields.selection;
    if (current === selection || (current && selection && current.kind === selection.kind && current.id === selection.id)) return;
    this.#update({ selection });
  }

  #update(fields: Partial<Fields>): void {
    this.#fields = { ...this.#fields, ...fields };
    this.#state = this.#snapshot();
    for (const listener of [...this.#listeners]) listener(this.#state);
  }

  #snapshot(): StoryState {
    return {
      ...this.#fields,
      index: this.#index,
      select: (selection) => this.select(selection),
      retry: () => this.onRetry?.(),
    };
  }
}
