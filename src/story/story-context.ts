import { createContext } from '@lit/context';
import type { StoryState } from './state.js';

/**
 * The context key: a plain, namespaced string rather than a Symbol, so that two copies of the
 * library on one page (a CDN script and an app bundle) still find each other's providers.
 */
export const storyContext = createContext<StoryState>('sahel-story');
