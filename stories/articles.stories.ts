import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import type { Story as StoryData } from '../src/story/types.js';
import amman from '../data/amman-water-rationing-2026/story.json';
import lokoja from '../data/lokoja-flood-2025/story.json';
import nairobi from '../data/nairobi-river-evictions-2026/story.json';
import volta from '../data/lake-volta-floating-solar-2026/story.json';
import chad from '../data/chad-meningitis-2026/story.json';
import copperbelt from '../data/copperbelt-strike-2025/story.json';
import dakarFuel from '../data/dakar-fuel-protests-2025/story.json';
import dakarTrawler from '../data/dakar-trawler-licences-2026/story.json';
import dorohusk from '../data/dorohusk-farm-blockade-2026/story.json';
import ethiopia from '../data/ethiopia-birr-devaluation-2026/story.json';
import jujuy from '../data/jujuy-lithium-ruling-2026/story.json';
import malawi from '../data/malawi-by-elections-2026/story.json';
import mekong from '../data/mekong-rice-quota-2026/story.json';
import morowali from '../data/morowali-landslide-2026/story.json';
import osh from '../data/osh-airline-grounding-2026/story.json';
import serta from '../data/serta-wildfire-evacuation-2026/story.json';
import colombo from '../data/colombo-bank-run-2026/story.json';
import valparaiso from '../data/valparaiso-port-strike-2026/story.json';
import tongi from '../data/tongi-factory-fire-inquiry-2026/story.json';
import zomba from '../data/zomba-by-election-2026/story.json';
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
    docs: { description: { component: 'The articles in `data/` (the embedded Niamey story has its own pages under each widget): each story (built by `npm run data`) in `<key-figures>`, `<sahel-map>`, `<actor-relations>` and `<sahel-timeline>`.' } },
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
/** Dakar, 2025: a march against a fuel price rise. */
export const DakarFuel: Story = { name: 'Dakar fuel protests (2025)', render: () => article(dakarFuel) };
/** Senegal, 2026: the Supreme Court annuls trawler licences. */
export const DakarTrawler: Story = { name: 'Dakar trawler licences (2026)', render: () => article(dakarTrawler) };
/** Malawi, 2026: a disputed by-election count in Zomba. */
export const ZombaByElection: Story = { name: 'Zomba by-election (2026)', render: () => article(zomba) };
/** Malawi, 2026: disputed by-election turnout. */
export const MalawiByElections: Story = { name: 'Malawi by-elections (2026)', render: () => article(malawi) };
/** Ethiopia, 2026: the birr devalued again. */
export const EthiopiaBirr: Story = { name: 'Ethiopia birr devaluation (2026)', render: () => article(ethiopia) };
/** Argentina, 2026: a lithium concession suspended in Jujuy. */
export const JujuyLithium: Story = { name: 'Jujuy lithium ruling (2026)', render: () => article(jujuy) };
/** Indonesia, 2026: a mine waste dump collapses in Sulawesi. */
export const MorowaliLandslide: Story = { name: 'Morowali landslide (2026)', render: () => article(morowali) };
/** Vietnam, 2026: the rice export quota cut. */
export const MekongRice: Story = { name: 'Mekong rice quota (2026)', render: () => article(mekong) };
/** Bangladesh, 2026: the inquiry into the Tongi factory fire. */
export const TongiFire: Story = { name: 'Tongi factory fire inquiry (2026)', render: () => article(tongi) };
/** Poland, 2026: farmers block the Dorohusk crossing. */
export const DorohuskBlockade: Story = { name: 'Dorohusk farm blockade (2026)', render: () => article(dorohusk) };
/** Kyrgyzstan, 2026: a budget airline grounded after an engine failure. */
export const OshAirline: Story = { name: 'Osh airline grounding (2026)', render: () => article(osh) };
/** Jordan, 2026: piped water rationed in Amman and Zarqa as the King Talal Dam runs low. */
export const AmmanWater: Story = { name: 'Amman water rationing (2026)', render: () => article(amman) };
/** Portugal, 2026: villages evacuated as a wildfire spreads around Sertã. */
export const SertaWildfire: Story = { name: 'Sertã wildfire evacuation (2026)', render: () => article(serta) };
/** Sri Lanka, 2026: the central bank takes control of a lender after a six-day run. */
export const ColomboBankRun: Story = { name: 'Colombo bank run (2026)', render: () => article(colombo) };
/** Chile, 2026: dockworkers strike at the port of Valparaíso. */
export const ValparaisoStrike: Story = { name: 'Valparaíso port strike (2026)', render: () => article(valparaiso) };
/** Lokoja in dark. */
export const LokojaDark: Story = { name: 'Lokoja flood, dark', globals: { theme: 'dark' }, render: () => article(lokoja) };
