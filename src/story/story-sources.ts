import { followHash } from './hash-selection.js';
import { StoryStore } from './story-store.js';
import type { Story } from './types.js';

/**
 * Where a widget with no `<sahel-story>` ancestor gets its story (DESIGN §5):
 * the page's declared default, otherwise the embedded default story.
 *
 * The registry lives on `globalThis` under a registered symbol, so that two copies of the
 * library on one page agree on one page default.
 */
interface Registry {
  pageDefaults: StoryStore[];
  embedded: StoryStore | null;
  listeners: Set<() => void>;
  /** Where the embedded story comes from when it is declared by a loader (absent in older copies). */
  embeddedLoader?: (() => Promise<Story>) | null;
}

const key = Symbol.for('sahel-widgets.story-sources');
const page = globalThis as Record<symbol, Registry | undefined>;
const registry: Registry = (page[key] ??= { pageDefaults: [], embedded: null, listeners: new Set<() => void>() });

function notify(): void {
  for (const listener of [...registry.listeners]) listener();
}

/** Declares the embedded default story. The first declaration wins (two copies of the library). */
export function setEmbeddedStory(story: Story): void {
  if (registry.embedded) return;
  registry.embedded = new StoryStore(story);
  // the embedded story is the page's story when nothing else is: `#actor=<id>` selects in it
  followHash(registry.embedded);
  notify();
}

/**
 * Declares the embedded default story by how to load it (the CDN bundle: a dynamic import of a chunk beside
 * it). It is loaded the first time a widget needs it, a widget with no `<sahel-story>` ancestor on a page
 * with no page default, or a `<sahel-story>` with no source: a page that brings its own story never
 * downloads it. The first declaration, of either kind (`setEmbeddedStory`), wins.
 */
export function setEmbeddedStoryLoader(load: () => Promise<Story>): void {
  if (registry.embedded || registry.embeddedLoader) return;
  registry.embeddedLoader = load;
  notify();
}

/**
 * The embedded story's store, starting its load if it was declared by a loader (the store is then
 * `loading` until the story arrives; a failed load is an error that `retry()` tries again). Null when the
 * bundle declares no embedded story.
 */
export function embeddedStore(): StoryStore | null {
  const load = registry.embeddedLoader;
  if (registry.embedded || !load) return registry.embedded;
  const store = (registry.embedded = new StoryStore());
  followHash(store);
  const run = () => {
    store.setLoading();
    load().then(
      (story) => store.setStory(story),
      (error: unknown) => store.setError({ kind: 'network', message: `The embedded story did not load: ${String(error)}`, problems: [] }),
    ).finally(notify);
  };
  store.onRetry = run;
  run();
  return store;
}

/** Adds a page default; the earliest one registered that is still on the page wins. */
export function addPageDefault(store: StoryStore): void {
  if (registry.pageDefaults.includes(store)) return;
  registry.pageDefaults.push(store);
  notify();
}

export function removePageDefault(store: StoryStore): void {
  const i = registry.pageDefaults.indexOf(store);
  if (i < 0) return;
  registry.pageDefaults.splice(i, 1);
  notify();
}

/** The embedded default story, if the bundle declared one and it is loaded (page defaults are not consulted). */
export function embeddedStory(): Story | null {
  return registry.embedded?.state.story ?? null;
}

let missing: StoryStore | null = null;

/**
 * The store a widget outside any provider reads: page default, else embedded, else an error store.
 * `load: false` does not start loading an embedded story declared by a loader (a widget's first guess,
 * before it knows whether a provider answers).
 */
export function fallbackStore(load = true): StoryStore {
  const store = registry.pageDefaults[0] ?? (load ? embeddedStore() : registry.embedded);
  if (store) return store;
  if (!missing) {
    missing = new StoryStore();
    missing.setError({ kind: 'missing', message: 'No story: add a <sahel-story> element or load the bundle with its embedded story.', problems: [] });
  }
  return missing;
}

/** Calls `listener` whenever the answer of `fallbackStore()` may have changed. */
export function watchFallback(listener: () => void): () => void {
  registry.listeners.add(listener);
  return () => registry.listeners.delete(listener);
}
