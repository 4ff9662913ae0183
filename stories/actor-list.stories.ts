import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/elements/actor-list/actor-list.js';
import { embeddedStory } from '../src/story/embedded-story.js';
import { miniStoryUrl, noActorsStory } from './support/fixtures.js';
import { column, NARROW, WIDE } from './support/layout.js';
import { inStory, invalidSource, loadingSource } from './support/provider.js';

interface Args {
  sort: 'mentions' | 'name';
}

const list = (args: Args) => html`<actor-list sort=${args.sort}></actor-list>`;

const meta: Meta<Args> = {
  title: 'Widgets/actor-list',
  component: 'actor-list',
  args: { sort: 'mentions' },
  argTypes: { sort: { control: 'inline-radio', options: ['mentions', 'name'] } },
  render: list,
};
export default meta;
type Story = StoryObj<Args>;

/** Every actor of the embedded story, grouped by kind, most mentioned first. */
export const Default: Story = {};

/** `sort="name"`. */
export const ByName: Story = { name: 'Sorted by name', args: { sort: 'name' } };

/** One actor selected: its badge is highlighted (and every other widget of the story follows). */
export const Selected: Story = {
  name: 'Selected actor (linked selection)',
  render: (args) => inStory({ story: embeddedStory, select: { kind: 'actor', id: 'russia' } }, list(args)),
};

/** Dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** French page. */
export const French: Story = { globals: { locale: 'fr' } };

/** In the narrowest column: one column of badges. */
export const Narrow: Story = { name: 'Narrow (280 px)', render: (args) => column(NARROW, list(args)) };

/** In a wide block: as many columns as fit. */
export const Wide: Story = { name: 'Wide (1100 px)', render: (args) => column(WIDE, list(args)) };

/** Another story's cast (the Lakeport fixture, fetched). */
export const OtherStory: Story = {
  name: 'Another story (Lakeport fixture)',
  render: (args) => inStory({ src: miniStoryUrl }, list(args)),
};

/** While the story loads. */
export const Loading: Story = { render: (args) => inStory(loadingSource(), list(args)) };

/** The story is invalid: the list names the bad field. */
export const ErrorState: Story = {
  name: 'Error (invalid story)',
  tags: ['expected-console-error'],
  render: (args) => inStory(invalidSource(), list(args)),
};

/** A valid story with no actors. */
export const Empty: Story = {
  name: 'Empty (no actors)',
  render: (args) => inStory({ story: noActorsStory() }, list(args)),
};
