/**
 * Waiting for `<sahel-story>` elements to finish loading. A provider's story is validated before it is shown,
 * and the validator loads on first use (`src/story/validator.ts`): the first story of a test page is
 * "loading" for a moment even when it was given as a property, so a test that looks at once waits here.
 */
import { waitUntil } from '@open-wc/testing';
import type { SahelStory } from '../../src/elements/sahel-story/sahel-story.js';

/** Every `<sahel-story>` at or under `root`: done loading (ready or error), and every Lit element under it rendered. */
export async function storiesSettled(root: ParentNode): Promise<void> {
  const providers = [...(root instanceof Element && root.localName === 'sahel-story' ? [root as SahelStory] : []), ...root.querySelectorAll('sahel-story')];
  await waitUntil(() => providers.every((p) => p.state.status !== 'loading'), 'a <sahel-story> is still loading', { timeout: 5000 });
  const lit = [...root.querySelectorAll('*')].filter((el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el);
  await Promise.all(lit.map((el) => el.updateComplete));
}
