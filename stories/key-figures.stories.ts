import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import '../src/elements/key-figures/key-figures.js';
import type { Story as StoryData } from '../src/story/types.js';
import figuresData from '../test/fixtures/figures-story.json';
import { emptyStory } from './support/fixtures.js';
import { column, NARROW, prose, WIDE } from './support/layout.js';
import { inStory, invalidSource, loadingSource } from './support/provider.js';

/** The Kano fixture: disputed counts, a range, money in two currencies, a bound. */
const kano = figuresData as unknown as StoryData;

interface Args {
  variant: 'cards' | 'list' | 'inline';
  figure: string;
  actor: string;
  contested: boolean;
  theme: '' | 'light' | 'dark';
}

const figures = (args: Args) => html`<key-figures
  variant=${args.variant}
  figure=${ifDefined(args.figure || undefined)}
  actor=${ifDefined(args.actor || undefined)}
  ?contested=${args.contested}
  theme=${ifDefined(args.theme || undefined)}
></key-figures>`;
const inKano = (args: Args) => inStory({ story: kano }, figures(args));

const meta: Meta<Args> = {
  title: 'Widgets/key-figures',
  component: 'key-figures',
  args: { variant: 'cards', figure: '', actor: '', contested: false, theme: '' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['cards', 'list', 'inline'] },
    figure: { control: 'text' },
    actor: { control: 'text' },
    contested: { control: 'boolean' },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'] },
  },
  render: inKano,
};
export default meta;
type Story = StoryObj<Args>;

/** Every figure of the Kano fixture: two disputes side by side with bars, money in two currencies, a bound. */
export const Default: Story = {};

/** `variant="list"`: rows, the value in a column of its own. */
export const List: Story = { args: { variant: 'list' } };

/** `variant="inline"`: one figure inside a sentence of the article. */
export const Inline: Story = {
  args: { variant: 'inline', figure: 'crowd-police' },
  render: (args) => inStory({ story: kano }, html`<p style="max-inline-size: 38rem">The police said ${figures(args)} marched on Saturday.</p>`),
};

/** `contested`: only the disputed figures. */
export const Contested: Story = { args: { contested: true } };

/** `figure="subsidy-ngn"`: one figure, here the same amount in two currencies. */
export const OneFigure: Story = { name: 'One figure (two currencies)', args: { figure: 'subsidy-ngn' } };

/** `actor="amina-bello"`: the figures the governor gives or is the subject of. */
export const ByActor: Story = { name: 'Figures of one actor', args: { actor: 'amina-bello' } };

/** An actor selected elsewhere: the figures the police give are marked (rule, "Selected", `aria-current`). */
export const SelectedActor: Story = {
  name: 'Selected actor (linked selection)',
  render: (args) => inStory({ story: kano, select: { kind: 'actor', id: 'kano-police' } }, figures(args)),
};

/** A figure selected: its claim is pressed and its dispute outlined. */
export const SelectedFigure: Story = {
  name: 'Selected figure',
  render: (args) => inStory({ story: kano, select: { kind: 'figure', id: 'crowd-organisers' } }, figures(args)),
};

/** Dark page. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** `theme="dark"` on a light page. */
export const ForcedDark: Story = { name: 'theme="dark" on a light page', args: { theme: 'dark' } };

/** French page: numbers, currencies, hedges and the dispute line in French; the story's words stay English. */
export const French: Story = { globals: { locale: 'fr' } };

/** French list. */
export const FrenchList: Story = { name: 'French, list', args: { variant: 'list' }, globals: { locale: 'fr' } };

/** The narrowest column: disputed claims stack. */
export const Narrow: Story = { name: 'Narrow (280 px)', render: (args) => column(NARROW, inKano(args)) };

/** A wide block. */
export const Wide: Story = { name: 'Wide (1100 px)', render: (args) => column(WIDE, inKano(args)) };

/** The Niger story embedded in the bundle (no provider): its three figures. */
export const Embedded: Story = {
  name: 'Embedded story (Niger)',
  render: (args) => html`${prose('The figures of the embedded story, with no provider on the page.')}${figures(args)}`,
};

/** While the story loads. */
export const Loading: Story = { render: (args) => inStory(loadingSource(), figures(args)) };

/** The story is invalid: the widget names the bad field. */
export const ErrorState: Story = { name: 'Error (invalid story)', tags: ['expected-console-error'], render: (args) => inStory(invalidSource(), figures(args)) };

/** A story with no figures. */
export const Empty: Story = { name: 'Empty (no figures)', render: (args) => inStory({ story: emptyStory() }, figures(args)) };

/** An unknown figure id: named on the widget and in the console. */
export const NotFound: Story = { name: 'Unknown figure', tags: ['expected-console-error'], args: { figure: 'ghost' } };
