import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import '../src/elements/quote-card/quote-card.js';
import { inlineJson, invalidStoryUrl, miniStory, miniStoryUrl, missingUrl, notJsonUrl, brokenStory } from './support/fixtures.js';
import { inStory } from './support/provider.js';
import { slowUrl } from './support/slow-network.js';

interface Args {
  src: string;
  'page-default': boolean;
  timeout: number;
  selection: string;
  /** Properties that are set from script: documented, but the attributes are the controls. */
  pageDefault?: never;
  story?: never;
}

/** Two widgets that show which story the provider gave them: its quotes and its timeline. */
const widgets = (quote = 'okafor-biggest') => html`<quote-card quote=${quote}></quote-card>
  <sahel-timeline compact></sahel-timeline>`;

const meta: Meta<Args> = {
  title: 'Widgets/sahel-story',
  component: 'sahel-story',
  parameters: {
    docs: {
      description: {
        component:
          '`<sahel-story>` renders nothing of its own: it gives a story to the widgets inside it (or, with `page-default`, to every widget of the page that has no provider). These stories show widgets inside it to make visible what it provides.',
      },
    },
  },
  args: { src: miniStoryUrl, 'page-default': false, timeout: 15000, selection: '' },
  argTypes: {
    src: { control: 'text' },
    selection: { control: 'text' },
    timeout: { control: { type: 'number', min: 0, step: 1000 } },
    pageDefault: { control: false },
    story: { control: false },
  },
  render: (args) => html`<sahel-story
    src=${ifDefined(args.src || undefined)}
    timeout=${args.timeout}
    ?page-default=${args['page-default']}
    selection=${ifDefined(args.selection || undefined)}
  >
    ${widgets()}
  </sahel-story>`,
};
export default meta;
type Story = StoryObj<Args>;

/** A story JSON fetched from `src` (the small Lakeport fixture, served beside Storybook). */
export const FromUrl: Story = { name: 'From a URL (src)' };

/** `selection="actor:mara-okafor"`: a view preset by the editor (a URL hash `#actor=mara-okafor` does the same). */
export const PresetSelection: Story = {
  name: 'Preset selection (attribute)',
  args: { selection: 'actor:mara-okafor' },
};

/** No source at all: the provider gives the story embedded in the bundle. */
export const EmbeddedDefault: Story = {
  name: 'Embedded default story',
  args: { src: '' },
  render: () => html`<sahel-story>${widgets('saley-1')}</sahel-story>`,
};

/** Story JSON in a `<script type="application/json">` child: what a CMS HTML block can hold. */
export const InlineJson: Story = {
  name: 'Inline JSON',
  render: () => html`<sahel-story>${inlineJson(miniStory)}${widgets('varga-sign')}</sahel-story>`,
};

/** A story object set from script (`provider.story = …`); it is validated like the others. */
export const StoryProperty: Story = {
  name: 'Story property',
  render: () => inStory({ story: miniStory }, widgets('okafor-second-chance')),
};

/** While the JSON is on its way, every widget says so. (This story's URL never answers.) */
export const Loading: Story = {
  args: { src: slowUrl(miniStoryUrl), timeout: 3_600_000 },
};

/** Loads after two seconds: loading, then the story. */
export const SlowNetwork: Story = {
  name: 'Slow network (2 s)',
  args: { src: slowUrl(miniStoryUrl, 2000) },
};

/** The URL answers 404: every widget shows the error and a retry button; one console error. */
export const ErrorNotFound: Story = {
  name: 'Error: HTTP 404',
  tags: ['expected-console-error'],
  args: { src: missingUrl },
};

/** The file is not JSON. */
export const ErrorNotJson: Story = {
  name: 'Error: not JSON',
  tags: ['expected-console-error'],
  args: { src: notJsonUrl },
};

/** Valid JSON, but not a valid story: the error names the field (`quotes[0].speaker: no actor "ghost"`). */
export const ErrorInvalid: Story = {
  name: 'Error: invalid story',
  tags: ['expected-console-error'],
  args: { src: invalidStoryUrl },
};

/** Inline JSON with a broken reference: the error names it too. */
export const ErrorInvalidInline: Story = {
  name: 'Error: invalid inline story',
  tags: ['expected-console-error'],
  render: () => html`<sahel-story>${inlineJson(brokenStory())}${widgets()}</sahel-story>`,
};

/**
 * `page-default`: the provider sits in its own block and serves every widget of the page that has no
 * `<sahel-story>` ancestor. CMS editors cannot wrap blocks in a common parent; this is how they point a page at a story.
 */
export const PageDefault: Story = {
  name: 'Page default (sibling blocks)',
  render: () => html`<div class="block">${widgets('okafor-biggest')}</div>
    <div class="block"><sahel-story page-default src=${miniStoryUrl}></sahel-story></div>`,
};
