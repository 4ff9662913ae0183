/**
 * `sahel-widgets/ssr`: server rendering of the widgets with `@lit-labs/ssr` (an optional peer dependency),
 * in Node with no DOM shim beyond the one Lit's Node build brings (`customElements`, `HTMLElement`).
 * The output is declarative shadow DOM: it shows before any script runs, and `sahel-widgets/hydrate`
 * hydrates it in the browser without rendering it again.
 *
 * `@lit/context` does not reach widgets on the server, so the story is given to the render call: it is
 * the page default for every widget constructed while the call runs (synchronously, so concurrent
 * requests cannot see each other's story). Put the same story on the page for the browser (the embedded
 * story, or `<sahel-story page-default>` with the story's inline JSON, before the widgets), so that
 * hydration meets the data the server rendered.
 */
import { render } from '@lit-labs/ssr';
import type { RenderInfo } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { TemplateResult } from 'lit';
import '../index.js';
import { addPageDefault, removePageDefault } from '../story/story-sources.js';
import { StoryStore } from '../story/story-store.js';
import type { Story } from '../story/types.js';

/**
 * Renders `template`, a Lit template of widget tags (`html\`<quote-card quote=${id}></quote-card>\``; a
 * string would not be parsed for elements), to HTML with each widget's shadow root as declarative shadow DOM,
 * reading `story` (validate untrusted JSON first: `validateStory` from `sahel-widgets/story`).
 */
export function renderWidgets(template: TemplateResult, story: Story, options?: Partial<RenderInfo>): string {
  const store = new StoryStore(story);
  addPageDefault(store);
  try {
    return collectResultSync(render(template, options));
  } finally {
    removePageDefault(store);
  }
}
