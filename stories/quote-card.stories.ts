import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import '../src/elements/quote-card/quote-card.js';
import { embeddedStory } from '../src/story/embedded-story.js';
import { emptyStory, miniStoryUrl, newsStory } from './support/fixtures.js';
import { column, NARROW, prose, WIDE } from './support/layout.js';
import { inStory, invalidSource, loadingSource } from './support/provider.js';

interface Args {
  quote: string;
  speaker: string;
  all: boolean;
  variant: 'card' | 'pull' | 'compact';
  theme: '' | 'light' | 'dark';
}

const card = (args: Args) => html`<quote-card
  quote=${ifDefined(args.quote || undefined)}
  speaker=${ifDefined(args.speaker || undefined)}
  ?all=${args.all}
  variant=${args.variant}
  theme=${ifDefined(args.theme || undefined)}
></quote-card>`;

const meta: Meta<Args> = {
  title: 'Widgets/quote-card',
  component: 'quote-card',
  args: { quote: 'saley-1', speaker: '', all: false, variant: 'card', theme: '' },
  argTypes: {
    quote: { control: 'select', options: ['', ...embeddedStory.quotes.map((q) => q.id), 'no-such-quote'] },
    speaker: { control: 'select', options: ['', ...new Set(embeddedStory.quotes.map((q) => q.speaker))] },
    all: { control: 'boolean' },
    variant: { control: 'inline-radio', options: ['card', 'pull', 'compact'] },
    theme: { control: 'inline-radio', options: ['', 'light', 'dark'], labels: { '': '(page)' } },
  },
  render: card,
};
export default meta;
type Story = StoryObj<Args>;

/** A spoken quote of the embedded story, in two parts the article interrupts (shown as one passage). */
export const Default: Story = {};

/** `variant="pull"`: a large pull quote between paragraphs of the article. */
export const Pull: Story = {
  name: 'Variant: pull',
  args: { variant: 'pull', quote: 'soumana' },
  render: (args) => html`${prose('The crowd gathered outside the National Assembly by mid-morning, many carrying hand-painted signs.')}
    ${card(args)}
    ${prose('By the afternoon, the protest had moved toward the air base that houses American troops.')}`,
};

/** `variant="compact"`: one line with the speaker, for sidebars. */
export const Compact: Story = {
  name: 'Variant: compact',
  args: { variant: 'compact', quote: 'sign-1' },
  render: (args) => column(NARROW, card(args)),
};

/** Medium: a protest sign, carried by an unnamed protester. */
export const Sign: Story = { name: 'Medium: protest sign', args: { quote: 'sign-1' } };

/** Medium: a television broadcast, by a masked, unnamed trainer. */
export const Broadcast: Story = { name: 'Medium: broadcast', args: { quote: 'trainer-1' } };

/** Medium: a written statement, by an organization. */
export const Statement: Story = { name: 'Medium: statement', args: { quote: 'condescending-attitude' } };

/** An anonymous source: the card says so in words. */
export const Anonymous: Story = { name: 'Anonymous source', args: { quote: 'diplomat-1' } };

/** `speaker` instead of `quote`: the speaker's first quote. */
export const BySpeaker: Story = { name: 'By speaker', args: { quote: '', speaker: 'amadou-soumana' } };

/** `speaker` with `all`: every passage of that speaker, one card each. */
export const AllBySpeaker: Story = {
  name: 'By speaker, all',
  args: { quote: '', speaker: 'mariama-saley', all: true },
};

/** The speaker is the story's selected actor: the card is highlighted. */
export const SelectedSpeaker: Story = {
  name: 'Selected speaker (linked selection)',
  render: (args) => inStory({ story: embeddedStory, select: { kind: 'actor', id: 'mariama-saley' } }, card(args)),
};

/** The page is dark; the card follows its `color-scheme`. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Every variant on a dark page. */
export const DarkVariants: Story = {
  name: 'Dark, every variant',
  globals: { theme: 'dark' },
  render: (args) => html`${card({ ...args, variant: 'card', quote: 'trainer-1' })} ${card({ ...args, variant: 'pull', quote: 'soumana' })}
    ${card({ ...args, variant: 'compact', quote: 'sign-1' })}`,
};

/** `theme="dark"` forces the card dark on a light page. */
export const ForcedDark: Story = { name: 'theme="dark" on a light page', args: { theme: 'dark' } };

/** French page: French typographic quotes and strings; the quote itself is never translated. */
export const French: Story = { globals: { locale: 'fr' }, args: { quote: 'diplomat-1' } };

/** French, dark, pull. */
export const FrenchDarkPull: Story = {
  name: 'French, dark, pull',
  globals: { locale: 'fr', theme: 'dark' },
  args: { variant: 'pull', quote: 'trainer-1' },
};

/** In the narrowest column. */
export const Narrow: Story = { name: 'Narrow (280 px)', render: (args) => column(NARROW, card(args)) };

/** In a wide block. */
export const Wide: Story = { name: 'Wide (1100 px)', render: (args) => column(WIDE, card(args)) };

/** A quote of another story (the Lakeport fixture, fetched): a sign held by a named merchant. */
export const OtherStory: Story = {
  name: 'Another story (Lakeport fixture)',
  args: { quote: 'varga-sign' },
  render: (args) => inStory({ src: miniStoryUrl }, card(args)),
};

/** While the story loads. */
export const Loading: Story = { render: (args) => inStory(loadingSource(), card(args)) };

/** The story is invalid: the card names the bad field and offers a retry. */
export const ErrorState: Story = {
  name: 'Error (invalid story)',
  tags: ['expected-console-error'],
  render: (args) => inStory(invalidSource(), card(args)),
};

/** A speaker with no quotes in the story. */
export const Empty: Story = {
  name: 'Empty (speaker has no quotes)',
  tags: ['expected-console-error'],
  args: { quote: '', speaker: 'mara-okafor' },
  render: (args) => inStory({ story: emptyStory() }, card(args)),
};

/** `quote="no-such-quote"`: the card names the missing id (and the console gets it too). */
export const MissingId: Story = {
  name: 'Missing id',
  tags: ['expected-console-error'],
  args: { quote: 'no-such-quote' },
};

const inNews = (args: Args) => inStory({ story: newsStory }, card(args));

/** A partial quote (fixture `news-story`): the reporter's sentence with the quoted words marked, labelled "Partial quote", and a correction that concerns it. */
export const Partial: Story = { name: 'Partial quote, with a correction', args: { quote: 'ekwe-promise' }, render: inNews };

/** A quote within the quote: `<q>` between the reader's inner marks; a radio broadcast. */
export const Nested: Story = { name: 'Nested quote, on radio', args: { quote: 'ekwe-budget' }, render: inNews };

/** The nested quote in French: “…” inside « … ». */
export const NestedInFrench: Story = {
  name: 'Nested quote, in French',
  args: { quote: 'ekwe-budget' },
  render: (args) => html`<div lang="fr">${inNews(args)}</div>`,
};

/** An utterance split by its attribution ("…,” said Halima Dore, “…"), joined as one, without "[…]". */
export const SplitUtterance: Story = { name: 'Split utterance', args: { quote: 'dore-tonight' }, render: inNews };

/** An anonymous source with the article's reason ("Not named: because…"). */
export const AnonymityReason: Story = { name: 'Anonymity reason', args: { quote: 'engineer-estimate' }, render: inNews };

/** A written statement. */
export const WrittenStatement: Story = { name: 'Written statement', args: { quote: 'orun-spillway' }, render: inNews };
