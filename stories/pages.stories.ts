import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import '../src/elements/quote-card/quote-card.js';
import '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/actor-list/actor-list.js';
import { embeddedStory } from '../src/story/embedded-story.js';
import type { Selection } from '../src/story/state.js';
import { miniStory, miniStoryUrl } from './support/fixtures.js';
import { inStory } from './support/provider.js';

interface Args {
  /** The actor selected when the page opens (as a reader's click would). */
  selected: string;
}

const pageStyles = html`<style>
  .cms-page {
    display: grid;
    grid-template-columns: minmax(0, 40rem) minmax(14rem, 20rem);
    gap: 1.5rem 2.5rem;
    align-items: start;
  }
  .cms-page > * {
    grid-column: 1;
    margin: 0;
  }
  .cms-page > aside {
    grid-column: 2;
    grid-row: 2 / span 6;
  }
  @container (max-width: 50rem) {
    .cms-page > aside {
      grid-column: 1;
      grid-row: auto;
    }
  }
  .cms-shell {
    container-type: inline-size;
  }
  .cms-block {
    border-block-start: 1px dotted GrayText;
    padding-block-start: 0.75rem;
  }
  .cms-block-label {
    font: 0.75rem/1.2 system-ui, sans-serif;
    color: color-mix(in srgb, CanvasText 70%, Canvas);
    margin: 0 0 0.5rem;
  }
</style>`;

/** One CMS block: the CMS wraps each in its own element; blocks never share a parent the editor controls. */
const block = (label: string, content: unknown) => html`<div class="cms-block">
  <p class="cms-block-label">${label}</p>
  ${content}
</div>`;

const selection = (id: string): Selection | undefined => (id ? { kind: 'actor', id } : undefined);

const meta: Meta<Args> = {
  title: 'Pages',
  // Each story is a whole page with its own page-default story; on one docs page they would compete
  // (the first page default serves every widget). The Getting started page shows the CMS page.
  tags: ['!autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Whole pages: the widgets dropped into sibling CMS blocks, as an editor places them, with no common parent. Selecting an actor anywhere (a badge, a speaker, the list) highlights it in every widget of the same story.',
      },
    },
  },
  args: { selected: '' },
  argTypes: { selected: { control: 'text', description: 'Actor selected when the page opens' } },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * An article page as a CMS builds it: text blocks and widget blocks, siblings. A `<sahel-story page-default>`
 * in one block serves the whole page (here the Niger story; with no provider at all the widgets use the
 * embedded story the same way). Russia is selected: its events, badges and entry in the cast are highlighted.
 */
export const CmsPage: Story = {
  name: 'CMS page (linked selection)',
  args: { selected: 'russia' },
  render: ({ selected }) => html`${pageStyles}
    <div class="cms-shell">
      <article class="cms-page">
        <h1>${embeddedStory.article.headline}</h1>
        ${block('Text block', html`<p>
          Thousands of protesters gathered in Niamey on Saturday, days after <actor-badge actor="russia"></actor-badge> delivered
          military equipment and instructors. The junta led by <actor-badge actor="abdourahmane-tchiani" variant="text"></actor-badge>
          ordered <actor-badge actor="us-troops"></actor-badge> to leave last month.
        </p>`)}
        ${block('Quote block', html`<quote-card quote="trainer-1"></quote-card>`)}
        ${block('Text block', html`<p>
          A Western diplomat said the United States had asked Niger to choose a side. The protest drew activists such as
          <actor-badge actor="mariama-saley"></actor-badge>.
        </p>`)}
        ${block('Pull-quote block', html`<quote-card quote="diplomat-1" variant="pull"></quote-card>`)}
        ${block('Timeline block', html`<sahel-timeline compact></sahel-timeline>`)}
        <aside>${block('Sidebar block', html`<actor-list></actor-list>`)}</aside>
        ${block(
          'Embed block (story data)',
          inStory({ story: embeddedStory, pageDefault: true, select: selection(selected) }, html``),
        )}
      </article>
    </div>`,
};

/**
 * "Your own story": the same widgets given a different story, the small Lakeport fixture (a tram-line vote
 * in a fictional town), fetched from a URL by a `<sahel-story page-default src="…">`. Nothing in the widgets
 * knows about Niger.
 */
export const YourOwnStory: Story = {
  name: 'Your own story (Lakeport fixture)',
  args: { selected: 'mara-okafor' },
  render: ({ selected }) => html`${pageStyles}
    <div class="cms-shell">
      <article class="cms-page">
        <h1>${miniStory.article.headline}</h1>
        ${block('Text block', html`<p>
          <actor-badge actor="lakeport-council"></actor-badge> approved the line 7-2. Mayor
          <actor-badge actor="mara-okafor" variant="text"></actor-badge> called it the biggest thing the town has built in fifty
          years; <actor-badge actor="harbour-street-merchants"></actor-badge> fear the construction.
        </p>`)}
        ${block('Quote block', html`<quote-card speaker="mara-okafor"></quote-card>`)}
        ${block('Quote block', html`<quote-card quote="varga-sign" variant="compact"></quote-card>`)}
        ${block('Timeline block', html`<sahel-timeline show-sources></sahel-timeline>`)}
        <aside>${block('Sidebar block', html`<actor-list></actor-list>`)}</aside>
        ${block(
          'Embed block (story data)',
          inStory({ src: miniStoryUrl, pageDefault: true, select: selection(selected) }, html``),
        )}
      </article>
    </div>`,
};

/**
 * Two stories on one page: each `<sahel-story>` wraps its own widgets; a selection in one story does not
 * touch the other.
 */
export const TwoStories: Story = {
  name: 'Two stories on one page',
  args: { selected: 'ines-varga' },
  render: ({ selected }) => html`${pageStyles}
    <div style="display: grid; gap: 2rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
      ${inStory(
        { story: embeddedStory },
        html`<section aria-label="Niger">
          <quote-card quote="saley-1" variant="compact"></quote-card>
          <sahel-timeline compact from="2024"></sahel-timeline>
        </section>`,
      )}
      ${inStory(
        { story: miniStory, select: selection(selected) },
        html`<section aria-label="Lakeport">
          <quote-card quote="varga-sign" variant="compact"></quote-card>
          <sahel-timeline compact></sahel-timeline>
        </section>`,
      )}
    </div>`,
};
