import type { Selection } from './state.js';
import { entityLists } from './story-store.js';
import type { StoryStore } from './story-store.js';

/**
 * A selection written as text: `actor:tchiani` (the `selection` attribute of `<sahel-story>`) or
 * `actor=tchiani` (a URL hash, without its `#`); `event`, `quote`, `place`, `figure` and `relation` likewise. Anything else, including an empty value, is `null`.
 */
export function parseSelection(text: string | null | undefined): Selection | null {
  const match = /^(actor|event|quote|place|figure|relation)[:=]([a-z0-9][a-z0-9_-]*)$/.exec(text?.trim() ?? '');
  return match ? { kind: match[1] as Selection['kind'], id: match[2] } : null;
}

const stores = new Set<StoryStore>();

/**
 * Selects what the URL hash names (`#actor=tchiani`) in `store`, when its story has that item
 * (a store still loading takes it, and drops it on load if the story lacks it).
 * A hash that names no selection (`#comments`, a link to a quote card) changes nothing.
 */
function applyHash(store: StoryStore): void {
  const selection = parseSelection(location.hash.slice(1));
  const { status, index } = store.state;
  if (selection && (status === 'loading' || index?.[entityLists[selection.kind]].has(selection.id))) store.select(selection);
}

function onHashChange(): void {
  stores.forEach(applyHash);
}

/**
 * Makes `store` follow the URL hash now and on every `hashchange`, so an editor can link to a view
 * (`article.html#actor=tchiani`). One `hashchange` listener on `window` serves every store (it reads no keys)
 * and is removed when no store follows. Returns the function that stops following.
 */
export function followHash(store: StoryStore): () => void {
  if (typeof window === 'undefined') return () => {};
  if (!stores.size) window.addEventListener('hashchange', onHashChange);
  stores.add(store);
  applyHash(store);
  return () => {
    stores.delete(store);
    if (!stores.size) window.removeEventListener('hashchange', onHashChange);
  };
}
