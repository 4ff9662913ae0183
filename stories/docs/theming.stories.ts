import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/index.js';
import '../../src/elements/sahel-timeline/sahel-timeline.js';
import '../../src/elements/quote-card/quote-card.js';
import '../../src/elements/actor-badge/actor-badge.js';
import '../../src/elements/actor-list/actor-list.js';
import { tokenMeanings } from './support/reference.js';

/**
 * Live examples for the Theming docs page (stories/docs/theming.mdx): the global tokens, per-element knobs
 * and parts, each set the way a host page would, on an ancestor block.
 */
interface Args {
  '--sahel-color-accent': string;
  '--sahel-color-text': string;
  '--sahel-color-muted': string;
  '--sahel-color-surface': string;
  '--sahel-color-border': string;
  '--sahel-color-highlight': string;
  '--sahel-color-focus': string;
  '--sahel-color-danger': string;
  '--sahel-radius': string;
  '--sahel-space-s': string;
  '--sahel-space-m': string;
  '--sahel-space-l': string;
}

/** One of each widget, enough to see every token at work. */
const sampler = html`<p>
    Protests in Niamey came days after <actor-badge actor="russia"></actor-badge> sent instructors; the junta of
    <actor-badge actor="abdourahmane-tchiani"></actor-badge> had ordered US troops out.
  </p>
  <quote-card quote="trainer-1"></quote-card>
  <sahel-timeline compact from="2024"></sahel-timeline>`;

const meta: Meta<Args> = {
  title: 'Docs/Theming',
  tags: ['!autodocs'],
  // empty = the token is not set: the widget's own default applies
  args: {
    '--sahel-color-accent': '',
    '--sahel-color-text': '',
    '--sahel-color-muted': '',
    '--sahel-color-surface': '',
    '--sahel-color-border': '',
    '--sahel-color-highlight': '',
    '--sahel-color-focus': '',
    '--sahel-color-danger': '',
    '--sahel-radius': '',
    '--sahel-space-s': '',
    '--sahel-space-m': '',
    '--sahel-space-l': '',
  },
  argTypes: {
    '--sahel-color-accent': { control: 'color', description: tokenMeanings['--sahel-color-accent'] },
    '--sahel-color-text': { control: 'color', description: tokenMeanings['--sahel-color-text'] },
    '--sahel-color-muted': { control: 'color', description: tokenMeanings['--sahel-color-muted'] },
    '--sahel-color-surface': { control: 'color', description: tokenMeanings['--sahel-color-surface'] },
    '--sahel-color-border': { control: 'color', description: tokenMeanings['--sahel-color-border'] },
    '--sahel-color-highlight': { control: 'color', description: tokenMeanings['--sahel-color-highlight'] },
    '--sahel-color-focus': { control: 'color', description: tokenMeanings['--sahel-color-focus'] },
    '--sahel-color-danger': { control: 'color', description: tokenMeanings['--sahel-color-danger'] },
    '--sahel-radius': { control: 'text', description: tokenMeanings['--sahel-radius'] },
    '--sahel-space-s': { control: 'text', description: tokenMeanings['--sahel-space-s'] },
    '--sahel-space-m': { control: 'text', description: tokenMeanings['--sahel-space-m'] },
    '--sahel-space-l': { control: 'text', description: tokenMeanings['--sahel-space-l'] },
  },
  render: (args) => {
    const set = Object.fromEntries(Object.entries(args).filter(([, v]) => v));
    return html`<div style=${styleMap(set)}>${sampler}</div>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** No tokens set: the built-in look, in light or dark from the page's `color-scheme` (try the toolbar). */
export const Defaults: Story = {};

/**
 * A brand: accent, radius and spacing set once on an ancestor. `light-dark()` values keep both schemes
 * readable; every widget below follows.
 */
export const Brand: Story = {
  name: 'Brand tokens',
  args: {
    '--sahel-color-accent': 'light-dark(#0f5f8a, #8fd0f5)',
    '--sahel-color-highlight': 'light-dark(#dff1fb, #123447)',
    '--sahel-color-border': 'light-dark(#9cc6dd, #2f5a73)',
    '--sahel-radius': '0',
    '--sahel-space-l': '1.5rem',
  },
};

/** The same brand on a dark page. */
export const BrandDark: Story = { ...Brand, name: 'Brand tokens, dark', globals: { theme: 'dark' } };

/** Per-element knobs override the global tokens for one element (`--sahel-quote-card-*`, `--sahel-timeline-*`…). */
export const ElementKnobs: Story = {
  name: 'Per-element knobs',
  render: () => html`<div
    style="--sahel-quote-card-accent: light-dark(#6d28d9, #c4b5fd); --sahel-quote-card-background: light-dark(#f5f3ff, #1e1b2e);
      --sahel-quote-card-font-size: 1.3em; --sahel-timeline-accent: light-dark(#047857, #6ee7b7); --sahel-timeline-item-width: 12rem;
      --sahel-actor-badge-background: light-dark(#fef3c7, #3b2f0b)"
  >
    ${sampler}
  </div>`,
};

/** `::part()` reaches documented inner regions (here the quote text and the timeline's dates). */
export const Parts: Story = {
  name: '::part() styling',
  render: () => html`<style>
      .parts-demo quote-card::part(quote) {
        font-style: italic;
      }
      .parts-demo sahel-timeline::part(date) {
        font-variant-numeric: tabular-nums;
        text-transform: uppercase;
        letter-spacing: 0.04em;
      }
    </style>
    <div class="parts-demo">${sampler}</div>`,
};

/** `theme="dark"` on one widget forces it dark on a light page (and `theme="light"` the reverse). */
export const ForcedTheme: Story = {
  name: 'theme attribute',
  render: () => html`<quote-card quote="diplomat-1" theme="dark"></quote-card>`,
};

/** Fonts inherit from the page: here the block sets a sans-serif face and a larger size. */
export const Fonts: Story = {
  name: 'Fonts from the page',
  render: () => html`<div style="font: 1.0625rem/1.6 system-ui, sans-serif">${sampler}</div>`,
};
