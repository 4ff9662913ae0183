import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { renameActor } from './helpers/stories.js';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/actor-list/actor-list.js';
import { ActorList } from '../src/elements/actor-list/actor-list.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import { sendKeys } from '@web/test-runner-commands';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import type { Story } from '../src/story/types.js';
import firstStory from '../data/niamey-protests-2024/story.json';
import { miniStory } from './fixtures/mini-story.js';

setEmbeddedStory(miniStory);

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const headings = (el: ActorList) => [...el.shadowRoot!.querySelectorAll('h3')].map(words);
/** The actor ids of each group, in order. */
const groups = (el: ActorList) =>
  [...el.shadowRoot!.querySelectorAll('ul[part="list"]')].map((ul) => [...ul.querySelectorAll<HTMLElement>('[part="item"] > .chip')].map((c) => c.dataset.actor));

async function list(template: ReturnType<typeof html>): Promise<ActorList> {
  const host = await fixture<HTMLElement>(template);
  const el = host instanceof ActorList ? host : host.querySelector('actor-list')!;
  await waitUntil(() => el.shadowRoot!.querySelector('ul'), 'list never rendered');
  return el;
}

describe('<actor-list>', () => {
  describe('heading levels', () => {
    it('titles the box at heading-level and each kind one below (at most 6), clamped, 2 for 0 or a non-number', async () => {
      const el = await list(html`<actor-list></actor-list>`);
      const tags = () => {
        const root = el.shadowRoot!;
        const title = root.querySelector('[part="title"]')!;
        const kinds = [...root.querySelectorAll('[part="heading"]')];
        // the title names the box (aria-labelledby); the kinds' headings carry no id
        expect(root.querySelector('section')!.getAttribute('aria-labelledby')).to.equal(title.id);
        expect(kinds.map((h) => h.id)).to.deep.equal(kinds.map(() => ''));
        expect(kinds.map(words)).to.deep.equal(['People', 'Organizations', 'Countries', 'Groups']);
        return [title.localName, ...new Set(kinds.map((h) => h.localName))];
      };
      const cases: [number, string[]][] = [
        [1, ['h1', 'h2']],
        [2, ['h2', 'h3']],
        [3, ['h3', 'h4']],
        [4, ['h4', 'h5']],
        [5, ['h5', 'h6']],
        [6, ['h6', 'h6']],
        [-1, ['h1', 'h2']],
        [0, ['h2', 'h3']],
        [9, ['h6', 'h6']],
        [Number.NaN, ['h2', 'h3']],
      ];
      for (const [level, expected] of cases) {
        el.headingLevel = level;
        await el.updateComplete;
        expect(tags(), `heading-level ${level}`).to.deep.equal(expected);
        expect(words(el.shadowRoot!.querySelector('[part="title"]')), `heading-level ${level}`).to.equal('Who’s who');
      }
    });
  });

  describe('grouping and sorting', () => {
    it('groups every actor by kind, under a heading each, in a fixed order', async () => {
      const el = await list(html`<actor-list></actor-list>`);
      expect(words(el.shadowRoot!.querySelector('h2'))).to.equal('Who’s who');
      expect(headings(el)).to.deep.equal(['People', 'Organizations', 'Countries', 'Groups']);
      const ids = groups(el);
      expect(ids.flat().sort()).to.deep.equal(miniStory.actors.map((a) => a.id).sort());
      const kinds = ['person', 'organization', 'country', 'group'];
      ids.forEach((group, i) => {
        for (const id of group) expect(miniStory.actors.find((a) => a.id === id)!.kind).to.equal(kinds[i]);
      });
    });

    it('leaves out kinds the story has none of', async () => {
      const story = structuredClone(miniStory);
      story.actors = story.actors.filter((a) => a.kind === 'person');
      story.actors.forEach((a) => (a.affiliations = []));
      story.events.forEach((e) => (e.actors = e.actors.filter((id) => story.actors.some((a) => a.id === id))));
      story.relations = [];
      const el = await list(html`<sahel-story .story=${story}><actor-list></actor-list></sahel-story>`);
      expect(headings(el)).to.deep.equal(['People']);
    });

    it('sorts by mentions by default, most mentioned first, with the counts shown', async () => {
      const el = await list(html`<sahel-story .story=${firstStory}><actor-list></actor-list></sahel-story>`);
      expect(el.sort).to.equal('mentions');
      const story = firstStory as unknown as Story;
      const countries = groups(el)[2];
      const mentions = countries.map((id) => story.actors.find((a) => a.id === id)!.mentions.length);
      expect(countries[0]).to.equal('niger');
      expect(mentions).to.deep.equal([...mentions].sort((a, b) => b - a));
      const first = el.shadowRoot!.querySelectorAll('ul')[2].querySelector('li')!;
      expect(words(first.querySelector('.count [aria-hidden]'))).to.equal('21');
      expect(words(first.querySelector('.count .visually-hidden'))).to.equal('mentioned 21 times');
    });

    it('sorts by name with sort="name"', async () => {
      const el = await list(html`<sahel-story .story=${firstStory}><actor-list sort="name"></actor-list></sahel-story>`);
      const countries = groups(el)[2];
      expect(countries).to.deep.equal(['burkina-faso', 'france', 'iran', 'mali', 'niger', 'russia', 'united-states']);
      const pressed = [...el.shadowRoot!.querySelectorAll('[part="sort"]')].map((b) => `${words(b)} ${b.getAttribute('aria-pressed')}`);
      expect(pressed).to.deep.equal(['Most mentioned false', 'Name true']);
    });

    it('the visible control changes the order and reflects it in the attribute', async () => {
      const el = await list(html`<sahel-story .story=${firstStory}><actor-list></actor-list></sahel-story>`);
      const [byMentions, byName] = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="sort"]');
      expect(el.shadowRoot!.querySelector('[role="group"]')!.getAttribute('aria-labelledby')).to.equal('sort-by');
      expect(words(el.shadowRoot!.querySelector('#sort-by'))).to.equal('Sort by');
      expect(byMentions.getAttribute('aria-pressed')).to.equal('true');
      byName.click();
      await el.updateComplete;
      expect(el.sort).to.equal('name');
      expect(el.getAttribute('sort')).to.equal('name');
      expect([byMentions, byName].map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'true']);
      expect(words(el.shadowRoot!.querySelector('[role="status"]'))).to.equal('Sorted: Name');
      expect(groups(el)[2][0]).to.equal('burkina-faso');
    });

    it('sorts names with the collation of the language', async () => {
      const story = structuredClone(miniStory);
      renameActor(story, 'ines-varga', 'Élodie Varga');
      renameActor(story, 'mara-okafor', 'Zoé Okafor');
      const el = await list(html`<sahel-story .story=${story}><actor-list sort="name" lang="fr"></actor-list></sahel-story>`);
      expect(groups(el)[0]).to.deep.equal(['council-engineer', 'ines-varga', 'mara-okafor']);
    });
  });

  describe('badges', () => {
    it('each actor is a working chip, as a badge: it opens its details and selects its actor; Escape closes and clears', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story .story=${miniStory}><actor-list></actor-list></sahel-story>`);
      const el = provider.querySelector('actor-list')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.chip'), 'list never rendered');
      expect(el.shadowRoot!.querySelector('actor-badge'), 'no badge element per actor').to.equal(null);
      const chip = el.shadowRoot!.querySelector<HTMLElement>('.chip[data-actor="ines-varga"]')!;
      const button = chip.querySelector<HTMLButtonElement>('.badge')!;
      expect(words(button), 'the name alone: the heading says the kind').to.equal('Ines Varga');
      expect(chip.querySelector('.details')).to.equal(null);
      button.focus();
      await sendKeys({ press: 'Enter' });
      const details = () => chip.querySelector<HTMLElement>('.details');
      await waitUntil(() => details()?.matches(':popover-open') && details()!.querySelector('dl'), 'the chip did not open its details');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(words(details())).to.contain('bakery owner on Harbour Street');
      await expect(provider).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !details(), 'Escape did not close the details');
      expect(provider.selection).to.equal(null);
      expect(el.shadowRoot!.activeElement === button, 'focus is back on the chip').to.equal(true);
    });
  });

  describe('states and locale', () => {
    it('shows loading while the story loads', async () => {
      const provider = await fixture<HTMLElement>(html`<sahel-story src="/test/fixtures/second-story.json"><actor-list></actor-list></sahel-story>`);
      const el = provider.querySelector('actor-list')!;
      expect(words(el.shadowRoot!.querySelector('[part="status"]'))).to.equal('Loading story…');
      await waitUntil(() => el.shadowRoot!.querySelector('ul'), 'never loaded');
      expect(groups(el)).to.deep.equal([['reyes']]);
    });

    it('re-renders when the story changes', async () => {
      const provider = await fixture<HTMLElement & { story: unknown }>(html`<sahel-story .story=${miniStory}><actor-list></actor-list></sahel-story>`);
      const el = provider.querySelector('actor-list')!;
      await waitUntil(() => el.shadowRoot!.querySelector('ul'));
      provider.story = firstStory;
      await waitUntil(() => groups(el).flat().length === (firstStory as unknown as Story).actors.length, 'did not re-render');
    });

    it('French strings', async () => {
      const el = await list(html`<div lang="fr"><actor-list></actor-list></div>`);
      expect(words(el.shadowRoot!.querySelector('h2'))).to.equal('Qui est qui');
      expect(headings(el)).to.deep.equal(['Personnes', 'Organisations', 'Pays', 'Groupes']);
      expect(words(el.shadowRoot!.querySelector('#sort-by'))).to.match(/^Trier par/);
    });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'fr']) {
        it(`${scheme}, ${lang}`, async () => {
          const page = await fixture<HTMLElement>(html`<div lang=${lang} style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 8px">
            <sahel-story .story=${firstStory}><actor-list></actor-list></sahel-story>
          </div>`);
          const el = page.querySelector('actor-list')!;
          await waitUntil(() => el.shadowRoot!.querySelector('ul'));
          await el.updateComplete;
          await expect(page).to.be.accessible();
        });
      }
    }
  });
});
