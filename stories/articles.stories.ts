import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { Story as StoryData } from '../src/story/types.js';
import lokoja from '../data/lokoja-flood-2025/story.json';
import nairobi from '../data/nairobi-river-evictions-2026/story.json';
import volta from '../data/lake-volta-floating-solar-2026/story.json';
import chad from '../data/chad-meningitis-2026/story.json';
import copperbelt from '../data/copperbelt-strike-2025/story.json';
import { inStory } from './support/provider.js';

const block = (label: string, content: unknown) => html`<section style="margin-block: 0 1.5rem">
  <p style="font: 600 0.75rem/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: 0.08em; margin: 0 0 0.5rem">${label}</p>
  ${content}
</section>`;

/**
 * One article's story in the four elements that show a whole story, each in its own block; a selection in one
 * marks the others.
 */
const article = (data: unknown) => {
  const story = data as StoryData;
  return inStory(
    { story },
    html`<h1 style="font-size: 1.5rem">${story.article.headline}</h1>
      ${block('Key figures', html`<key-figures></key-figures>`)}
      ${block('Map', html`<sahel-map></sahel-map>`)}
      ${block('Who is tied to whom', html`<actor-relations layout="auto"></actor-relations>`)}
      ${block('Timeline', html`<sahel-timeline layout="auto"></sahel-timeline>`)}`,
  );
};

const meta: Meta = {
  title: 'Pages/Articles',
  // each story is a whole page with its own provider; on one docs page they would compete for attention only
  tags: ['!autodocs'],
  parameters: {
    docs: { description: { component: 'The articles in `data/`: each story (built by `npm run data`) in `<key-figures>`, `<sahel-map>`, `<actor-relations>` and `<sahel-timeline>`.' } },
  },
};
export default meta;
type Story = StoryObj;

/** Lokoja, 2025: the Niger–Benue confluence floods. */
export const LokojaFlood: Story = { name: 'Lokoja flood (2025)', render: () => article(lokoja) };
/** Nairobi, 2026: evictions along the river. */
export const NairobiEvictions: Story = { name: 'Nairobi river evictions (2026)', render: () => article(nairobi) };
/** Lake Volta, 2026: floating solar. */
export const LakeVoltaSolar: Story = { name: 'Lake Volta floating solar (2026)', render: () => article(volta) };
/** Chad, 2026: meningitis. */
export const ChadMeningitis: Story = { name: 'Chad meningitis (2026)', render: () => article(chad) };
/** Copperbelt, 2025: the strike. */
export const CopperbeltStrike: Story = { name: 'Copperbelt strike (2025)', render: () => article(copperbelt) };
/** Lokoja in dark. */
export const LokojaDark: Story = { name: 'Lokoja flood, dark', globals: { theme: 'dark' }, render: () => article(lokoja) };
