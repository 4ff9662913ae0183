import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { renameActor } from './helpers/stories.js';
import { inNiger } from './helpers/niger.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/sahel-story/sahel-story.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/key-figures/key-figures.js';
import { groupFigures, KeyFigures } from '../src/elements/key-figures/key-figures.js';
import type { SahelSelectEvent } from '../src/events/sahel-select.js';
import { parseSelection } from '../src/story/hash-selection.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import type { Story } from '../src/story/types.js';
import { validateStory } from '../src/story/validate.js';
import figuresData from './fixtures/figures-story.json';
import { miniStory } from './fixtures/mini-story.js';
import { captureConsoleError } from './helpers/console.js';

setEmbeddedStory(miniStory);
const figuresStory = figuresData as unknown as Story;

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: KeyFigures, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: KeyFigures, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const values = (el: KeyFigures) => $$(el, '.value').map(words);

async function figures(template: ReturnType<typeof html>): Promise<KeyFigures> {
  const host = await fixture<HTMLElement>(template);
  const el = host instanceof KeyFigures ? host : host.querySelector('key-figures')!;
  await waitUntil(() => $(el, '.value, [part="status"]:not([role="status"]), .status:not(:empty)') && el.shadowRoot!.textContent!.trim() !== 'Loading story…', 'never rendered');
  await Promise.all([...el.shadowRoot!.querySelectorAll('actor-badge')].map((b) => b.updateComplete));
  return el;
}
const inStory = (body: ReturnType<typeof html>, story: unknown = figuresStory) => html`<sahel-story .story=${story}>${body}</sahel-story>`;

describe('<key-figures>', () => {
  it('the fixture is a valid story', () => {
    const result = validateStory(figuresData);
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  describe('values as the article gives them', () => {
    it('hedges, bounds, ranges and money, with the sameAs pair as one figure (en)', async () => {
      const el = await figures(inStory(html`<key-figures></key-figures>`));
      expect(values(el)).to.deep.equal([
        'about 2,000 people',
        'more than 10,000 people',
        '200–300 people',
        '150 people',
        '4.2 billion Nigerian nairas (about 2.7 million US dollars)',
        'up to 40 buses',
      ]);
      expect(words($(el, 'h2'))).to.equal('Key figures');
      // the story's words carry the story's language
      expect($(el, '.unit')!.lang).to.equal('en');
      expect($(el, '.label')!.lang).to.equal('en');
    });

    it('French numbers, currencies and hedges', async () => {
      const el = await figures(html`<div lang="fr">${inStory(html`<key-figures></key-figures>`)}</div>`);
      const v = values(el).map((s) => s.replace(/[\u00a0\u202f]/g, ' '));
      expect(v[0]).to.equal('environ 2 000 people');
      expect(v[1]).to.equal('plus de 10 000 people');
      expect(v[4]).to.match(/^4,2 milliards nairas nigérians \(environ 2,7 millions dollars des États-Unis\)$/);
      expect(v[5]).to.equal('jusqu’à 40 buses');
      expect(words($(el, 'h2'))).to.equal('Chiffres clés');
      expect(words($(el, '.toggle'))).to.equal('Afficher la source');
    });

    it('small amounts of money keep their currency symbol; a range in a currency too', async () => {
      const story = structuredClone(figuresStory);
      story.figures = [
        { id: 'fee', value: 15000, currency: 'XOF', label: 'Fee', source: story.figures[0].source },
        { id: 'cost', min: 20, max: 30.5, currency: 'USD', label: 'Cost', source: story.figures[0].source },
        { id: 'floor', value: 12, qualifier: 'at-least', unit: 'schools', label: 'Schools closed', source: story.figures[0].source },
      ];
      const el = await figures(inStory(html`<key-figures></key-figures>`, story));
      const v = values(el).map((s) => s.replace(/[\u00a0\u202f]/g, ' '));
      expect(v[0]).to.match(/^F\s?CFA 15,000$/);
      expect(v[1]).to.match(/^\$20(\.00)?\s?–\s?\$?30\.50$/);
      expect(v[2]).to.equal('at least 12 schools');
    });

    it('groups sameAs pairs and contests into claims of one quantity (pure)', () => {
      const groups = groupFigures(figuresStory.figures).map((g) => g.map((c) => [c.figure.id, c.same?.id ?? null]));
      expect(groups).to.deep.equal([
        [['crowd-police', null], ['crowd-organisers', null]],
        [['arrests-watch', null], ['arrests-police', null]],
        [['subsidy-ngn', 'subsidy-usd']],
        [['free-buses', null]],
      ]);
    });
  });

  describe('disputed figures', () => {
    it('sit side by side under a plain-words line, each with its claimant and source', async () => {
      const el = await figures(inStory(html`<key-figures contested></key-figures>`));
      const groups = $$(el, '.group');
      expect(groups).to.have.length(2);
      expect(words(groups[0].querySelector('.disagree'))).to.equal('Disputed figure: Kano police and Kano Workers’ Alliance disagree');
      expect(groups[0].getAttribute('aria-labelledby')).to.equal(groups[0].querySelector('.disagree')!.id);
      const claims = [...groups[0].querySelectorAll('.claim')];
      expect(claims.map((c) => c.querySelector('actor-badge')!.actor)).to.deep.equal(['kano-police', 'workers-alliance']);
      expect(claims.every((c) => c.querySelector('.toggle'))).to.equal(true);
    });

    it('with agreeing units, a proportional bar and its text equivalent', async () => {
      const el = await figures(inStory(html`<key-figures contested></key-figures>`));
      const [crowd, arrests] = $$(el, '.group');
      expect(words(crowd.querySelector('.ratio'))).to.equal('The highest figure is 5 times the lowest.');
      expect(words(arrests.querySelector('.ratio'))).to.equal('The highest figure is 2 times the lowest.');
      const fills = [...crowd.querySelectorAll('.bar .fill')].map((r) => Number(r.getAttribute('width')));
      expect(fills).to.deep.equal([20, 100]);
      // the range is drawn from 200 to 300 on a scale of 300
      const range = arrests.querySelector('.bar .range')!;
      expect(Math.round(Number(range.getAttribute('x')))).to.equal(67);
      expect(crowd.querySelector('.bar')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('without agreeing units, no bar and no ratio', async () => {
      const story = structuredClone(figuresStory);
      story.figures.find((f) => f.id === 'crowd-organisers')!.unit = 'marchers';
      const el = await figures(inStory(html`<key-figures contested></key-figures>`, story));
      const crowd = $$(el, '.group')[0];
      expect(crowd.querySelector('.bar')).to.equal(null);
      expect(crowd.querySelector('.ratio')).to.equal(null);
    });

    it('one unnamed claimant: "Sources disagree"; French line', async () => {
      const story = structuredClone(figuresStory);
      delete story.figures.find((f) => f.id === 'crowd-organisers')!.claimedBy;
      const el = await figures(inStory(html`<key-figures contested></key-figures>`, story));
      expect(words($(el, '.disagree'))).to.equal('Disputed figure: Sources disagree');
      const fr = await figures(html`<div lang="fr">${inStory(html`<key-figures contested></key-figures>`)}</div>`);
      expect(words($(fr, '.disagree'))).to.equal('Chiffre contesté: Kano police et Kano Workers’ Alliance ne donnent pas le même chiffre');
      expect(words($(fr, '.ratio')).replace(/\u00a0/g, ' ')).to.equal('Le chiffre le plus élevé vaut 5 fois le plus bas.');
    });
  });

  describe('attributes', () => {
    it('figure="…" shows that figure with the claims that dispute it', async () => {
      const el = await figures(inStory(html`<key-figures figure="arrests-police"></key-figures>`));
      expect(values(el)).to.deep.equal(['200–300 people', '150 people']);
      const one = await figures(inStory(html`<key-figures figure="subsidy-usd"></key-figures>`));
      expect(values(one)).to.have.length(1);
    });

    it('actor="…" keeps the figures claimed by or about an actor', async () => {
      const el = await figures(inStory(html`<key-figures actor="amina-bello"></key-figures>`));
      expect(values(el)).to.deep.equal(['4.2 billion Nigerian nairas (about 2.7 million US dollars)', 'up to 40 buses']);
    });

    it('variant="list" renders the same figures as rows', async () => {
      const el = await figures(inStory(html`<key-figures variant="list"></key-figures>`));
      expect(values(el)).to.have.length(6);
      expect(getComputedStyle($(el, '.claim')!).display).to.equal('grid');
    });

    it('variant="inline" is a span inside a sentence, says "disputed", and selects', async () => {
      const page = await fixture<HTMLElement>(inStory(html`<p>Police counted <key-figures figure="crowd-police" variant="inline"></key-figures> on Saturday.</p>`));
      const el = page.querySelector('key-figures')!;
      await waitUntil(() => $(el, '.value'));
      expect(getComputedStyle(el).display).to.equal('inline');
      expect(words($(el, '.inline'))).to.equal('about 2,000 people (disputed)Marchers on Saturday, as the police counted them');
      expect($(el, '.value')!.getAttribute('aria-describedby')).to.equal('label');
      setTimeout(() => $(el, '.value')!.click());
      const event = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(event.selection).to.deep.equal({ kind: 'figure', id: 'crowd-police' });
      await el.updateComplete;
      expect($(el, '.value')!.getAttribute('aria-pressed')).to.equal('true');
    });
  });

  describe('source on demand', () => {
    it('a disclosure button shows the article sentence with the cited words marked', async () => {
      const el = await figures(inStory(html`<key-figures figure="crowd-police"></key-figures>`));
      const toggle = $(el, '.toggle')!;
      const context = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(context.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(context.hidden).to.equal(false);
      expect(words(context)).to.equal('Police in Kano said about 2,000 people joined Saturday’s march against the fuel price rise.');
      expect(words(context.querySelector('mark'))).to.equal('about 2,000 people');
      expect(context.querySelector('p')!.lang).to.equal('en');
    });

    it('a sameAs pair shows both cited spans', async () => {
      const el = await figures(inStory(html`<key-figures figure="subsidy-ngn"></key-figures>`));
      expect([...el.shadowRoot!.querySelectorAll('.context mark')].map(words)).to.deep.equal(['4.2 billion naira', 'about $2.7 million']);
    });
  });

  describe('linked selection', () => {
    it('the value toggles the figure story-wide and fires sahel-select; again clears', async () => {
      const provider = await fixture<SahelStory>(inStory(html`<key-figures></key-figures>`));
      const el = provider.querySelector('key-figures')!;
      await waitUntil(() => $(el, '.value'));
      const button = $$(el, '.value')[1];
      setTimeout(() => button.click());
      let event = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(event.selection).to.deep.equal({ kind: 'figure', id: 'crowd-organisers' });
      expect(event.composed && event.bubbles).to.equal(true);
      expect(provider.selection).to.deep.equal({ kind: 'figure', id: 'crowd-organisers' });
      await el.updateComplete;
      const claim = button.closest('.claim')!;
      expect(claim.getAttribute('aria-current')).to.equal('true');
      expect(words(claim.querySelector('.tag'))).to.equal('Selected');
      expect(button.closest('.group')!.classList.contains('holds')).to.equal(true);
      setTimeout(() => button.click());
      event = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(event.selection).to.equal(null);
      expect(provider.selection).to.equal(null);
    });

    it('a selected actor marks the figures they claim, with a non-colour cue', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story .story=${figuresStory} selection="actor:kano-police"><key-figures></key-figures></sahel-story>`);
      const el = provider.querySelector('key-figures')!;
      await waitUntil(() => $(el, '.value'));
      const marked = $$(el, '.claim[aria-current="true"]').map((c) => words(c.querySelector('.value')));
      expect(marked).to.deep.equal(['about 2,000 people', '150 people']);
      const claim = $(el, '.claim.related')!;
      expect(parseFloat(getComputedStyle(claim).borderInlineStartWidth)).to.be.greaterThan(parseFloat(getComputedStyle($(el, '.claim:not(.related)')!).borderInlineStartWidth));
    });

    it('#figure=<id> and #place=<id> parse as selections', () => {
      expect(parseSelection('figure=crowd-police')).to.deep.equal({ kind: 'figure', id: 'crowd-police' });
      expect(parseSelection('place=kano')).to.deep.equal({ kind: 'place', id: 'kano' });
      expect(parseSelection('relation:police-in-kano')).to.deep.equal({ kind: 'relation', id: 'police-in-kano' });
    });

    it('a #figure= hash selects the figure in a provider that has it', async () => {
      const provider = await fixture<SahelStory>(inStory(html`<key-figures></key-figures>`));
      const changed = oneEvent(window, 'hashchange');
      location.hash = 'figure=free-buses';
      await changed;
      try {
        expect(provider.selection).to.deep.equal({ kind: 'figure', id: 'free-buses' });
      } finally {
        history.replaceState(null, '', location.pathname + location.search);
      }
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the value, Enter selects, Space opens the source', async () => {
      const provider = await fixture<SahelStory>(inStory(html`<key-figures figure="free-buses"></key-figures>`));
      const el = provider.querySelector('key-figures')!;
      await waitUntil(() => $(el, '.value'));
      $(el, '.value')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(provider.selection).to.deep.equal({ kind: 'figure', id: 'free-buses' });
      // Tab past the claimant's badge to the source toggle
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.toggle'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect($(el, '.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('states', () => {
    it('missing figure id: named on the widget and once in the console', async () => {
      const stop = captureConsoleError();
      const el = await figures(inStory(html`<key-figures figure="ghost"></key-figures>`));
      el.requestUpdate();
      await el.updateComplete;
      const logged = stop();
      expect(words($(el, '[part="status"]'))).to.equal('No figure “ghost” in this story');
      expect(logged.filter((l) => l.includes('ghost'))).to.have.length(1);
    });

    it('a story without figures, or a filter that keeps none, says so', async () => {
      const story = { ...structuredClone(figuresStory), figures: [] };
      const el = await figures(inStory(html`<key-figures></key-figures>`, story));
      expect(words($(el, '[part="status"]'))).to.equal('No figures in this story');
      const none = await figures(inStory(html`<key-figures actor="world-bank"></key-figures>`));
      expect(words($(none, '[part="status"]'))).to.equal('No figures in this story');
    });

    it('outside a provider: the embedded story', async () => {
      const el = await figures(html`<key-figures></key-figures>`);
      expect(values(el)).to.deep.equal(['about 310 million Canadian dollars', '7 councillors']);
    });

    it('re-renders when the story changes, and shows the loading state', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story src="/test/fixtures/figures-story.json?fetched"><key-figures></key-figures></sahel-story>`);
      const el = provider.querySelector('key-figures')!;
      expect(words($(el, '[part="status"]'))).to.equal('Loading story…');
      await waitUntil(() => values(el).length === 6, 'never loaded');
      provider.story = miniStory;
      await waitUntil(() => values(el).length === 2, 'did not re-render');
    });

    it('an invalid story: the error state, no throw', async () => {
      const stop = captureConsoleError();
      const el = await figures(inStory(html`<key-figures></key-figures>`, { version: 2 }));
      stop();
      expect($(el, '.status.error')).not.to.equal(null);
    });

    it('hostile text is rendered as text', async () => {
      const story = structuredClone(figuresStory);
      const evil = '<img src=x onerror="window.__kf=1"><b>bold</b>';
      story.figures[0].label = evil;
      story.figures[0].unit = evil;
      renameActor(story, story.actors[0].id, evil);
      const el = await figures(inStory(html`<key-figures></key-figures>`, story));
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(words($(el, '.label'))).to.equal(evil);
      expect(words($(el, '.disagree'))).to.contain(evil);
      expect((window as { __kf?: number }).__kf).to.equal(undefined);
    });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'fr']) {
        for (const variant of ['cards', 'list'] as const) {
          it(`${variant}, ${scheme}, ${lang}, an actor selected, a source open`, async () => {
            const page = await fixture<HTMLElement>(html`<div lang=${lang} style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 8px">
              <sahel-story .story=${figuresStory} selection="actor:kano-police"><key-figures variant=${variant}></key-figures></sahel-story>
            </div>`);
            const el = page.querySelector('key-figures')!;
            await waitUntil(() => $(el, '.value'));
            $(el, '.toggle')!.click();
            await el.updateComplete;
            await Promise.all([...el.shadowRoot!.querySelectorAll('actor-badge')].map((b) => b.updateComplete));
            await expect(page).to.be.accessible();
          });
        }
      }
    }

    it('inline, in a sentence', async () => {
      const page = await fixture<HTMLElement>(inStory(html`<p>Police counted <key-figures figure="crowd-police" variant="inline"></key-figures>.</p>`));
      await waitUntil(() => $(page.querySelector('key-figures')!, '.value'));
      await expect(page).to.be.accessible();
    });

    it('loading and empty states', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <sahel-story src="/test/fixtures/figures-story.json?fetched"><key-figures></key-figures></sahel-story>
        <sahel-story .story=${{ ...structuredClone(figuresStory), id: 'empty', figures: [] }}><key-figures></key-figures></sahel-story>
      </div>`);
      await expect(page).to.be.accessible();
    });
  });
});

describe('<key-figures> linked selection of places, events and relations (Niger story)', () => {
  const marked = (el: HTMLElement) =>
    [...el.shadowRoot!.querySelectorAll('[part~="figure"]')].filter((li) => li.getAttribute('aria-current') === 'true' && li.querySelector('.tag')).map((li) => li.querySelector('.label')!.textContent!.slice(0, 12));

  it('marks the figures cited where a selected place is mentioned, or from a selected event’s paragraph, with "Selected" and aria-current', async () => {
    const { el, select } = await inNiger(html`<key-figures></key-figures>`, 'key-figures');
    expect(marked(el)).to.deep.equal([]);
    await select({ kind: 'place', id: 'niamey' });
    expect(marked(el)).to.deep.equal(['Thousands of']);
    await select({ kind: 'place', id: 'drone-base' });
    expect(marked(el)).to.deep.equal(['American mil']);
    await select({ kind: 'event', id: 'russian-arrival' });
    expect(marked(el)).to.deep.equal(['Russian inst']);
    await select({ kind: 'actor', id: 'russian-instructors' });
    expect(marked(el)).to.deep.equal(['Russian inst']);
    await select(null);
    expect(marked(el)).to.deep.equal([]);
  });
});
