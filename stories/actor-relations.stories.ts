import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import '../src/elements/actor-relations/actor-relations.js';
import type { Story as StoryData } from '../src/story/types.js';
import figuresData from '../test/fixtures/figures-story.json';
import { emptyStory } from './support/fixtures.js';
import { column, NARROW, WIDE } from './support/layout.js';
import { inStory, invalidSource, loadingSource } from './support/provider.js';

/** The Kano fixture: relations between actors, to places and to an event. */
const kano = figuresData as unknown as StoryData;

interface Args {
  layout: 'list' | 'diagram' | 'auto';
  actor: string;
  kind: string;
  theme: '' | 'light' | 'dark';
}

const relations = (args: Args) => html`<actor-relations
  layout=${args.layout}
  actor=${ifDefined(args.actor || undefined)}
  kind=${ifDefined(args.kind || undefined)}
  theme=${ifDefined(args.theme || undefined)}
></actor-relations>`;
const inKano = (args: Args) => inStory({ story: kano }, relations(args));

const meta: Meta<Args> = {
  title: 'Widgets/actor-relations',
  component: 'actor-relations',
  args: { layout: 'auto', actor: '', kind: '', theme: '' },
  argTypes: {
    layout: { control: 'inline-radio', options: ['list', 'diagram', 'auto'] },
    actor: { control: 'text' },
    kind: { control: 'text' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: inKano,
};
export default meta;
type Story = StoryObj<Args>;

/** `layout="auto"` (the default): the list, and the diagram above it when the slot is wide enough. */
export const Default: Story = {};

/** `layout="list"`: the grouped list alone. */
export const List: Story = { args: { layout: 'list' } };

/** `layout="diagram"`: always the radial diagram, above the list. */
export const Diagram: Story = { args: { layout: 'diagram' } };

/** `actor="workers-alliance"`: one actor's ego network, the actor in the centre. */
export const EgoNetwork: Story = { name: 'Ego network of one actor', args: { actor: 'workers-alliance', layout: 'diagram' } };

/** `kind="funds opposes"`: only some kinds. */
export const Kinds: Story = { name: 'Filtered by kind', args: { kind: 'funds opposes' } };

/** The Niger story embedded in the bundle: Niger's relations. */
export const Niger: Story = { name: 'Niger story, ego network of Niger', args: { actor: 'niger', layout: 'diagram' }, render: (args) => relations(args) };

/** An actor selected elsewhere: its relations are marked, and its lines drawn thick. */
export const SelectedActor: Story = {
  name: 'Selected actor (linked selection)',
  args: { layout: 'diagram' },
  render: (args) => inStory({ story: kano, select: { kind: 'actor', id: 'world-bank' } }, relations(args)),
};

/** A place selected (on a map, say): the relations that end there are marked. */
export const SelectedPlace: Story = {
  name: 'Selected place',
  args: { layout: 'diagram' },
  render: (args) => inStory({ story: kano, select: { kind: 'place', id: 'kano' } }, relations(args)),
};

/** Dark page. */
export const Dark: Story = { args: { layout: 'diagram' }, globals: { theme: 'dark' } };

/** `theme="dark"` on a light page. */
export const ForcedDark: Story = { name: 'theme="dark" on a light page', args: { theme: 'dark', layout: 'diagram' } };

/** French page. */
export const French: Story = { args: { layout: 'diagram' }, globals: { locale: 'fr' } };

/** The narrowest column: `auto` shows only the list. */
export const Narrow: Story = { name: 'Narrow (280 px)', render: (args) => column(NARROW, inKano(args)) };

/** A wide block: `auto` adds the diagram. */
export const Wide: Story = { name: 'Wide (1100 px)', render: (args) => column(WIDE, inKano(args)) };

/** While the story loads. */
export const Loading: Story = { render: (args) => inStory(loadingSource(), relations(args)) };

/** The story is invalid. */
export const ErrorState: Story = { name: 'Error (invalid story)', tags: ['expected-console-error'], render: (args) => inStory(invalidSource(), relations(args)) };

/** A story with no relations. */
export const Empty: Story = { name: 'Empty (no relations)', render: (args) => inStory({ story: emptyStory() }, relations(args)) };

/** An unknown actor id. */
export const NotFound: Story = { name: 'Unknown actor', tags: ['expected-console-error'], args: { actor: 'ghost' } };
