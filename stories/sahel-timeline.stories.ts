import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import { embeddedStory } from '../src/story/embedded-story.js';
import { emptyStory, miniStoryUrl, newsStory } from './support/fixtures.js';
import { column, NARROW, WIDE } from './support/layout.js';
import { inStory, invalidSource, loadingSource } from './support/provider.js';

interface Args {
  layout: 'vertical' | 'horizontal' | 'auto';
  actor: string;
  from: string;
  to: string;
  highlight: string;
  compact: boolean;
  'show-sources': boolean;
  /** The property twin of `show-sources`: documented, but the attribute is the control. */
  showSources?: never;
}

const timeline = (args: Args) => html`<sahel-timeline
  layout=${args.layout}
  actor=${ifDefined(args.actor || undefined)}
  from=${ifDefined(args.from || undefined)}
  to=${ifDefined(args.to || undefined)}
  highlight=${ifDefined(args.highlight || undefined)}
  ?compact=${args.compact}
  ?show-sources=${args['show-sources']}
></sahel-timeline>`;

const meta: Meta<Args> = {
  title: 'Widgets/sahel-timeline',
  component: 'sahel-timeline',
  args: { layout: 'vertical', actor: '', from: '', to: '', highlight: '', compact: false, 'show-sources': false },
  argTypes: {
    layout: { control: 'inline-radio', options: ['vertical', 'horizontal', 'auto'] },
    actor: { control: 'text' },
    from: { control: 'text' },
    to: { control: 'text' },
    highlight: { control: 'text' },
    compact: { control: 'boolean' },
    'show-sources': { control: 'boolean' },
    showSources: { control: false },
  },
  render: timeline,
};
export default meta;
type Story = StoryObj<Args>;

/** The embedded story (no provider on the page): every event, oldest first, grouped by year. */
export const Default: Story = {};

/** `layout="horizontal"`: one row that scrolls inside the widget, for wide slots. */
export const Horizontal: Story = { args: { layout: 'horizontal' } };

/** `layout="auto"` in a narrow column: vertical, because the widget itself is narrow (not the window). */
export const AutoNarrow: Story = {
  name: 'Auto layout, narrow (280 px)',
  args: { layout: 'auto' },
  render: (args) => column(NARROW, timeline(args)),
};

/** `layout="auto"` in a wide block: horizontal. */
export const AutoWide: Story = {
  name: 'Auto layout, wide (1100 px)',
  args: { layout: 'auto' },
  render: (args) => column(WIDE, timeline(args)),
};

/** The vertical layout in the narrowest supported column: nothing overflows. */
export const Narrow: Story = {
  name: 'Narrow (280 px)',
  render: (args) => column(NARROW, timeline(args)),
};

/** `compact`: date and title on one line, no summaries, for sidebars. */
export const Compact: Story = { args: { compact: true } };

/** `show-sources`: every event starts expanded with the article's sentence, the cited words marked. */
export const ShowSources: Story = { name: 'Show sources', args: { 'show-sources': true } };

/** `actor="russia"`: only the events that involve Russia (several ids may be given). */
export const FilteredByActor: Story = { name: 'Filtered by actor', args: { actor: 'russia' } };

/** `from="2023-07"` `to="2023-12"`: a date range; fuzzy dates are kept when they may fall inside it. */
export const DateRange: Story = { name: 'Date range', args: { from: '2023-07', to: '2023-12' } };

/** `highlight="coup"`: one event stands out. */
export const Highlight: Story = { args: { highlight: 'coup' } };

/** The story's selected actor (here the United States) highlights its events and dims the others. */
export const SelectedActor: Story = {
  name: 'Selected actor (linked selection)',
  render: (args) => inStory({ story: embeddedStory, select: { kind: 'actor', id: 'united-states' } }, timeline(args)),
};

/** The page is dark (`color-scheme: dark` on an ancestor): the timeline follows. */
export const Dark: Story = { globals: { theme: 'dark' } };

/** Dark, horizontal, with sources shown. */
export const DarkHorizontal: Story = {
  name: 'Dark, horizontal, sources',
  globals: { theme: 'dark' },
  args: { layout: 'horizontal', 'show-sources': true },
};

/** The page is in French (`lang="fr"` on an ancestor): strings and dates in French. */
export const French: Story = { globals: { locale: 'fr' } };

/** French and dark, narrow. */
export const FrenchDarkNarrow: Story = {
  name: 'French, dark, narrow',
  globals: { locale: 'fr', theme: 'dark' },
  render: (args) => column(NARROW, timeline(args)),
};

/** Another story entirely (the Lakeport tram-line fixture, fetched): nothing is tied to the Niger article. */
export const OtherStory: Story = {
  name: 'Another story (Lakeport fixture)',
  args: { 'show-sources': true },
  render: (args) => inStory({ src: miniStoryUrl }, timeline(args)),
};

/** While its story loads. */
export const Loading: Story = { render: (args) => inStory(loadingSource(), timeline(args)) };

/** The story is invalid: the error names the field, and offers a retry. */
export const ErrorState: Story = {
  name: 'Error (invalid story)',
  tags: ['expected-console-error'],
  render: (args) => inStory(invalidSource(), timeline(args)),
};

/** A valid story without events. */
export const Empty: Story = {
  name: 'Empty (no events)',
  render: (args) => inStory({ story: emptyStory() }, timeline(args)),
};

/** Filters that match nothing: "no events match". */
export const NoMatch: Story = {
  name: 'No events match',
  args: { from: '1990', to: '1991' },
};

/** An actor id the story does not have: nothing matches (the filter is not an error). */
export const UnknownActor: Story = {
  name: 'Missing id (unknown actor filter)',
  args: { actor: 'no-such-actor' },
};

/**
 * A story with events that have not happened (fixture `news-story`, published Apr 13, 2024): planned, expected,
 * threatened and conditional events marked in words, with a dashed dot and an italic date; an ongoing span;
 * the publication day's row between past and future; the summary counting them; the story's corrections after the events.
 */
export const PlannedAndConditional: Story = {
  name: 'Planned, conditional and ongoing events',
  render: (args) => inStory({ story: newsStory }, timeline(args)),
};

/** The same with every source open: a conditional event's condition, and a correction that concerns the vote. */
export const CorrectionInSource: Story = {
  name: 'Corrections and conditions in the source view',
  args: { 'show-sources': true },
  render: (args) => inStory({ story: newsStory }, timeline(args)),
};

/** The same in French: « Prévu », « Publié le 13 avr. 2024 », « Rectificatifs ». */
export const PlannedInFrench: Story = {
  name: 'Planned events, in French',
  render: (args) => html`<div lang="fr">${inStory({ story: newsStory }, timeline(args))}</div>`,
};
