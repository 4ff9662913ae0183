import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/elements/sahel-map/sahel-map.js';
import { embeddedStory } from '../src/story/embedded-story.js';
import type { Story as StoryData } from '../src/story/types.js';
import { miniStoryUrl } from './support/fixtures.js';
import { column, NARROW, WIDE } from './support/layout.js';
import { inStory, invalidSource, loadingSource } from './support/provider.js';

const map = () => html`<sahel-map></sahel-map>`;

/** The embedded story without its prepared map: the places are listed instead. */
function withoutMap(): StoryData {
  const story = structuredClone(embeddedStory);
  delete story.map;
  return story;
}

const meta: Meta = {
  title: 'Widgets/sahel-map',
  component: 'sahel-map',
  render: map,
};
export default meta;
type Story = StoryObj;

/** The Niger story's places: Niamey, the drone base, Niger and its neighbours; Washington lies beyond the map. */
export const Default: Story = {};

/** Niamey selected: its events and quotes beside the map, and every other widget of the story follows. */
export const Selected: Story = {
  name: 'Selected place (linked selection)',
  render: () => inStory({ story: embeddedStory, select: { kind: 'place', id: 'niamey' } }, map()),
};

/** A country selected: its outline is highlighted. */
export const SelectedCountry: Story = {
  name: 'Selected country',
  render: () => inStory({ story: embeddedStory, select: { kind: 'place', id: 'niger' } }, map()),
};

/** An event selected elsewhere: the places it names are highlighted. */
export const RelatedToEvent: Story = {
  name: 'Places of a selected event',
  render: () => inStory({ story: embeddedStory, select: { kind: 'event', id: 'bazoum-detained' } }, map()),
};

/** Dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** French page (the place names stay in the article's language). */
export const French: Story = { globals: { locale: 'fr' } };

/** Right-to-left page: the map does not mirror, the text around it does. */
export const RightToLeft: Story = {
  name: 'Right to left',
  render: () => html`<div dir="rtl">${map()}</div>`,
};

/** In the narrowest column: the list goes under the map. */
export const Narrow: Story = { name: 'Narrow (280 px)', render: () => column(NARROW, map()) };

/** In a wide block: the selected place's events and quotes beside the map. */
export const Wide: Story = { name: 'Wide (1100 px)', render: () => column(WIDE, map()) };

/** A story without a prepared map: every place in a list, open. */
export const NoMap: Story = { name: 'No map data', render: () => inStory({ story: withoutMap() }, map()) };

/** Another story (the Lakeport fixture, fetched): no map was built for it. */
export const OtherStory: Story = {
  name: 'Another story (Lakeport fixture)',
  render: () => inStory({ src: miniStoryUrl }, map()),
};

/** While the story loads. */
export const Loading: Story = { render: () => inStory(loadingSource(), map()) };

/** The story is invalid: the map names the bad field. */
export const ErrorState: Story = {
  name: 'Error (invalid story)',
  tags: ['expected-console-error'],
  render: () => inStory(invalidSource(), map()),
};
