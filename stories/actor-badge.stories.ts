import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import '../src/elements/actor-badge/actor-badge.js';
import { embeddedStory } from '../src/story/embedded-story.js';
import { miniStoryUrl, newsStory } from './support/fixtures.js';
import { column, NARROW, WIDE } from './support/layout.js';
import { inStory, invalidSource, loadingSource } from './support/provider.js';

interface Args {
  actor: string;
  variant: 'chip' | 'full' | 'text';
  open: boolean;
}

const badge = (args: Args) => html`<actor-badge actor=${args.actor} variant=${args.variant} ?open=${args.open}></actor-badge>`;

/** Badges in running text, the way an editor drops them into an article paragraph. */
const inProse = (args: Args) => html`<p style="max-inline-size: 38rem">
  Thousands of protesters gathered in Niamey on Saturday, days after ${badge({ ...args, actor: 'russia' })} sent military
  instructors. The junta led by ${badge(args)} has ordered ${badge({ ...args, actor: 'us-troops' })} to leave, said
  ${badge({ ...args, actor: 'western-diplomat' })}; ${badge({ ...args, actor: 'africa-corps' })} arrived with equipment.
</p>`;

const meta: Meta<Args> = {
  title: 'Widgets/actor-badge',
  component: 'actor-badge',
  args: { actor: 'abdourahmane-tchiani', variant: 'chip', open: false },
  argTypes: {
    actor: { control: 'select', options: [...embeddedStory.actors.map((a) => a.id), 'no-such-actor'] },
    variant: { control: 'inline-radio', options: ['chip', 'full', 'text'] },
    open: { control: 'boolean' },
  },
  render: badge,
};
export default meta;
type Story = StoryObj<Args>;

/** One badge for an actor of the embedded story. Activate it for its details. */
export const Default: Story = {};

/** Badges inline in a paragraph: they keep the line height of the text. */
export const InProse: Story = { name: 'Inline in prose', render: inProse };

/** `variant="text"`: just the name, underlined, for prose. */
export const TextVariant: Story = { name: 'Variant: text', args: { variant: 'text' }, render: inProse };

/** `variant="full"`: a card with the details always shown. */
export const Full: Story = { name: 'Variant: full', args: { variant: 'full', actor: 'mariama-saley' } };

/** `open`: the details popover is shown (role, affiliations, mentions, quotes, events). */
export const Open: Story = {
  name: 'Details open',
  args: { open: true, actor: 'russian-trainer' },
  render: (args) => html`<div style="min-block-size: 26rem">${badge(args)}</div>`,
};

/** Each kind: person, organization, country, group, and an anonymous person ("Unnamed"). */
export const Kinds: Story = {
  name: 'Every kind',
  render: (args) => html`<p style="display: flex; flex-wrap: wrap; gap: 0.5rem">
    ${['mohamed-bazoum', 'africa-corps', 'niger', 'united-states', 'protesters', 'senior-us-official'].map((actor) => badge({ ...args, actor }))}
  </p>`,
};

/** The badge's actor is the story's selection: highlighted here and in every widget of the story. */
export const Selected: Story = {
  name: 'Selected (linked selection)',
  render: (args) => inStory({ story: embeddedStory, select: { kind: 'actor', id: args.actor } }, inProse(args)),
};

/** Dark page. */
export const Dark: Story = { globals: { theme: 'dark' }, render: inProse };

/** Dark page, full card. */
export const DarkFull: Story = { name: 'Dark, full', globals: { theme: 'dark' }, args: { variant: 'full', actor: 'niger-junta' } };

/** French page: kind names, "Sans nom", mention counts in French. */
export const French: Story = {
  globals: { locale: 'fr' },
  args: { variant: 'full', actor: 'western-diplomat' },
};

/** In the narrowest column. */
export const Narrow: Story = {
  name: 'Narrow (280 px)',
  args: { variant: 'full', actor: 'abdourahmane-tchiani' },
  render: (args) => column(NARROW, badge(args)),
};

/** In a wide block, inline in prose. */
export const Wide: Story = { name: 'Wide (1100 px)', render: (args) => column(WIDE, inProse(args)) };

/** Another story (the Lakeport fixture, fetched). */
export const OtherStory: Story = {
  name: 'Another story (Lakeport fixture)',
  args: { actor: 'ines-varga', variant: 'full' },
  render: (args) => inStory({ src: miniStoryUrl }, badge(args)),
};

/** While the story loads. */
export const Loading: Story = { render: (args) => inStory(loadingSource(), badge(args)) };

/** The story is invalid: the badge names the bad field. */
export const ErrorState: Story = {
  name: 'Error (invalid story)',
  tags: ['expected-console-error'],
  render: (args) => inStory(invalidSource(), badge(args)),
};

/** `actor="no-such-actor"`: the badge names the missing id (and the console gets it too). */
export const MissingId: Story = {
  name: 'Missing id',
  tags: ['expected-console-error'],
  args: { actor: 'no-such-actor' },
};

/** An anonymous actor whose details give the article's reason (fixture `news-story`). */
export const AnonymityReason: Story = {
  name: 'Anonymity reason',
  args: { actor: 'council-engineer', variant: 'full' },
  render: (args) => inStory({ story: newsStory }, badge(args)),
};

/** An actor a correction of the story concerns: the note in the details. */
export const Correction: Story = {
  name: 'Correction',
  args: { actor: 'tomas-ekwe', variant: 'full' },
  render: (args) => inStory({ story: newsStory }, badge(args)),
};
