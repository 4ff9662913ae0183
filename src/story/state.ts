import type { Story } from './types.js';
import type { StoryIndex } from './story-index.js';
import type { StoryProblem } from './problems.js';

/** What the reader has singled out; shared by every widget of one story. */
export interface Selection {
  kind: 'actor' | 'event' | 'quote' | 'place';
  id: string;
}

export type StoryStatus = 'loading' | 'ready' | 'error';

/** Why a story could not be shown. `problems` lists every validation problem when `kind` is `invalid`. */
export interface StoryError {
  kind: 'network' | 'http' | 'timeout' | 'parse' | 'invalid' | 'too-large' | 'missing';
  message: string;
  problems: StoryProblem[];
}

/**
 * The read-only value every widget receives. A new object is made for every change,
 * never mutated, so consumers can compare by identity.
 */
export interface StoryState {
  status: StoryStatus;
  story: Story | null;
  index: StoryIndex | null;
  error: StoryError | null;
  selection: Selection | null;
  /** Set (or with `null`, clear) the selection of every widget of this story. */
  select(selection: Selection | null): void;
  /** Load the story again after an error. */
  retry(): void;
}
