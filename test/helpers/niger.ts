import { fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/elements/sahel-story/sahel-story.js';
import type { SahelStory } from '../../src/elements/sahel-story/sahel-story.js';
import { embeddedStory } from '../../src/story/embedded-story.js';
import type { Selection } from '../../src/story/state.js';

/**
 * The Niger story (data/niamey-protests-2024) in a provider around `widgets`, for the cross-widget tests:
 * `select` sets the story's selection as another widget would, and waits for `el` to render again.
 */
export async function inNiger<T extends HTMLElement & { updateComplete: Promise<unknown> }>(widgets: TemplateResult, selector: string) {
  const provider = await fixture<SahelStory>(html`<sahel-story .story=${embeddedStory}>${widgets}</sahel-story>`);
  const el = provider.querySelector(selector) as T;
  await waitUntil(() => provider.state.status === 'ready' && el.shadowRoot?.childElementCount, `${selector} never rendered`);
  await el.updateComplete;
  const select = async (selection: Selection | null) => {
    provider.selection = selection;
    await el.updateComplete;
  };
  return { provider, el, select };
}
