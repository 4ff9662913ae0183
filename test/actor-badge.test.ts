import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { renameActor } from './helpers/stories.js';
import { inNiger } from './helpers/niger.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/actor-badge/actor-badge.js';
import { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import type { SahelSelectEvent } from '../src/events/sahel-select.js';
import { formatFuzzyDate } from '../src/story/fuzzy-date.js';
import { fallbackStore, setEmbeddedStory } from '../src/story/story-sources.js';
import type { Story } from '../src/story/types.js';
import firstStory from '../data/niamey-protests-2024/story.json';
import { miniStory } from './fixtures/mini-story.js';
import { newsStory } from './fixtures/news-story.js';
import { captureConsoleError } from './helpers/console.js';
import { storiesSettled } from './helpers/story-ready.js';

setEmbeddedStory(miniStory);

const root = (el: ActorBadge) => el.shadowRoot!;
const button = (el: ActorBadge) => root(el).querySelector<HTMLButtonElement>('.badge')!;
/** The details: rendered only while open (null when closed). */
const detailsOrNull = (el: ActorBadge) => root(el).querySelector<HTMLElement>('[part="details"]');
const details = (el: ActorBadge) => detailsOrNull(el)!;
const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const isSelected = (el: ActorBadge) => el.matches(':state(selected)');
const popoverOpen = (el: ActorBadge) => !!detailsOrNull(el)?.matches(':popover-open');
// booleans rather than elements in assertions: a failing comparison of DOM nodes takes the test runner down
const focused = (el: ActorBadge) => root(el).activeElement === button(el);
const has = (node: ParentNode, selector: string) => node.querySelector(selector) !== null;

async function badge(template: ReturnType<typeof html>): Promise<ActorBadge> {
  const host = await fixture<HTMLElement>(template);
  const el = host instanceof ActorBadge ? host : host.querySelector('actor-badge')!;
  await el.updateComplete;
  return el;
}

/** Opens by a real click, as a reader does, and waits for the details to render. */
async function clickOpen(el: ActorBadge): Promise<void> {
  button(el).click();
  await waitUntil(() => el.open && detailsOrNull(el)?.querySelector('dl'), 'details did not open');
  await el.updateComplete;
}


afterEach(() => fallbackStore().select(null));

describe('<actor-badge>', () => {
  describe('renders every actor', () => {
    it('of the first story: name, kind in words, kind marker, country code, unnamed marker', async () => {
      const story = firstStory as unknown as Story;
      const provider = await fixture<HTMLElement>(html`<sahel-story .story=${story}>
        ${story.actors.map((a) => html`<actor-badge actor=${a.id}></actor-badge> `)}
      </sahel-story>`);
      await storiesSettled(provider);
      const badges = [...provider.querySelectorAll('actor-badge')];
      expect(badges).to.have.length(story.actors.length);
      const kinds = { person: 'Person', organization: 'Organization', country: 'Country', group: 'Group' };
      for (const [i, actor] of story.actors.entries()) {
        const el = badges[i];
        const b = button(el);
        expect(words(b.querySelector('[part="name"]')), actor.id).to.equal(actor.name);
        expect(words(b), actor.id).to.contain(kinds[actor.kind]);
        if (actor.kind === 'country' && actor.country) {
          expect(words(b.querySelector('[part="code"]')), actor.id).to.equal(actor.country);
          expect(has(b, 'svg'), actor.id).to.equal(false);
        } else {
          expect(has(b, 'svg[part="icon"]'), actor.id).to.equal(true);
        }
        expect(words(b.querySelector('[part="unnamed"]')), actor.id).to.equal(actor.anonymous ? ', Unnamed' : '');
      }
    });

    it('of the embedded default story when there is no provider, and no flag emoji anywhere', async () => {
      const host = await fixture<HTMLElement>(html`<p>${miniStory.actors.map((a) => html`<actor-badge actor=${a.id}></actor-badge>`)}</p>`);
      const badges = [...host.querySelectorAll('actor-badge')];
      await Promise.all(badges.map((b) => b.updateComplete));
      expect(badges.map((b) => words(root(b).querySelector('[part="name"]')))).to.deep.equal(miniStory.actors.map((a) => a.name));
      // regional indicator symbols (flag emoji) render as letters on Windows
      for (const b of badges) expect(root(b).innerHTML).not.to.match(/[\u{1F1E6}-\u{1F1FF}]/u);
    });

    it('fits in a line of body text without changing its height', async () => {
      const host = await fixture<HTMLElement>(html`<div style="font: 18px/1.6 serif; inline-size: 360px">
        <p id="plain">Thousands gathered as Mara Okafor met the Lakeport City Council and Canada while the Harbour Street merchants marched on.</p>
        <p id="badges">
          Thousands gathered as <actor-badge actor="mara-okafor"></actor-badge> met the <actor-badge actor="lakeport-council"></actor-badge> and
          <actor-badge actor="canada"></actor-badge> while the <actor-badge actor="harbour-street-merchants"></actor-badge> marched on.
        </p>
      </div>`);
      await Promise.all([...host.querySelectorAll('actor-badge')].map((b) => b.updateComplete));
      const lines = (p: HTMLElement) => Math.round(p.getBoundingClientRect().height / (18 * 1.6));
      const badges = host.querySelector<HTMLElement>('#badges')!;
      // every line is exactly one line-height tall: a badge taller than the line box would add pixels
      expect(badges.getBoundingClientRect().height).to.be.closeTo(lines(badges) * 18 * 1.6, 0.5);
      expect(lines(badges)).to.be.greaterThan(2);
      // (a name wider than the whole column wraps inside its chip, which is taller: the column here is wide enough)
    });
  });

  describe('details', () => {
    it('open on click in a popover with role, age, affiliations, mentions, quotes and events', async () => {
      const el = await badge(html`<actor-badge actor="mara-okafor"></actor-badge>`);
      expect(detailsOrNull(el), 'no details while closed').to.equal(null);
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
      await clickOpen(el);
      expect(popoverOpen(el)).to.equal(true);
      expect(button(el).getAttribute('aria-expanded')).to.equal('true');
      const d = details(el);
      expect(words(d)).to.contain('mayor of Lakeport, 52');
      expect(words(d)).to.contain('mentioned 2 times');
      const affiliations = [...d.querySelectorAll('actor-badge')];
      expect(affiliations.map((a) => a.actor)).to.deep.equal(['lakeport-council']);
      const dts = [...d.querySelectorAll('dt')].map(words);
      expect(dts).to.deep.equal(['Affiliations', 'Quotes', 'Events']);
      const [quotes, events] = [...d.querySelectorAll('dd')].slice(1).map((dd) => [...dd.querySelectorAll('li')].map(words));
      expect(quotes).to.deep.equal(['“This is the biggest thing Lakeport has built…”', '“We will not get a second chance at…”']);
      const vote = miniStory.events.find((e) => e.id === 'council-vote')!;
      expect(events).to.deep.equal([`${formatFuzzyDate(vote.when, 'en', 'short')} ${vote.title}`]);
    });

    it('in a French page: French strings, and the story’s own words marked with the article’s language', async () => {
      const el = await badge(html`<div lang="fr"><actor-badge actor="mara-okafor"></actor-badge></div>`);
      await clickOpen(el);
      const d = details(el);
      expect(words(d)).to.contain('mayor of Lakeport, 52 ans');
      expect(words(d)).to.contain('2 mentions');
      expect([...d.querySelectorAll('dt')].map(words)).to.deep.equal(['Affiliations', 'Citations', 'Événements']);
      expect(words(d.querySelector('.toggle'))).to.equal('Surligner dans l’article');
      expect(words(button(el))).to.contain('Personne');
      expect(root(el).querySelector('[part="name"]')!.getAttribute('lang')).to.equal(miniStory.article.language);
      const english = [...d.querySelectorAll(`[lang="${miniStory.article.language}"]`)].map(words);
      expect(english).to.include('mayor of Lakeport');
      expect(english).to.include('Council approves the Harbour Street tram line');
      expect(english.some((t) => t.includes('This is the biggest thing'))).to.equal(true);
    });

    it('are placed next to the badge', async () => {
      const el = await badge(html`<p style="margin-block-start: 200px">Text <actor-badge actor="ines-varga"></actor-badge></p>`);
      await clickOpen(el);
      const b = button(el).getBoundingClientRect();
      const d = details(el).getBoundingClientRect();
      expect(Math.abs(d.top - b.bottom)).to.be.lessThan(12);
      expect(Math.abs(d.left - b.left)).to.be.lessThan(12);
    });

    it('are placed under the badge by script where CSS anchor positioning is missing', async () => {
      const supports = CSS.supports;
      CSS.supports = ((property: string, value?: string) =>
        property === 'position-anchor' ? false : value === undefined ? supports(property) : supports(property, value)) as typeof CSS.supports;
      try {
        const el = await badge(html`<p style="margin-block-start: 150px; padding-inline-start: 90px">Text <actor-badge actor="ines-varga"></actor-badge></p>`);
        // and the CSS of anchor positioning is ignored, as in such a browser
        const ignore = new CSSStyleSheet();
        ignore.replaceSync('.details { position-area: none; position-anchor: auto; }');
        root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, ignore];
        await clickOpen(el);
        const b = button(el).getBoundingClientRect();
        const d = details(el).getBoundingClientRect();
        expect(details(el).style.position).to.equal('absolute');
        expect(Math.abs(d.top - b.bottom - 4)).to.be.lessThan(6);
        expect(Math.abs(d.left - b.left)).to.be.lessThan(2);
      } finally {
        CSS.supports = supports;
      }
    });

    it('are an inline disclosure where the popover API is missing', async () => {
      const descriptor = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'showPopover')!;
      delete (HTMLElement.prototype as Partial<HTMLElement>).showPopover;
      try {
        const el = await badge(html`<actor-badge actor="ines-varga"></actor-badge>`);
        expect(detailsOrNull(el), 'no details while closed').to.equal(null);
        button(el).click();
        await el.updateComplete;
        expect(el.open).to.equal(true);
        expect(details(el).hasAttribute('popover')).to.equal(false);
        expect(details(el).hidden).to.equal(false);
        expect(details(el).getBoundingClientRect().height).to.be.greaterThan(20);
        expect(words(details(el))).to.contain('bakery owner on Harbour Street');
        button(el).click();
        await el.updateComplete;
        expect(el.open).to.equal(false);
        expect(detailsOrNull(el), 'closing removes the details').to.equal(null);
      } finally {
        Object.defineProperty(HTMLElement.prototype, 'showPopover', descriptor);
      }
    });

    it('link a quote to its quote card on the page: a link when it has an id, else a button that reveals it', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <p><actor-badge actor="mara-okafor"></actor-badge></p>
        <quote-card id="big" quote="okafor-biggest"></quote-card>
        <quote-card quote="okafor-second-chance" tabindex="-1"></quote-card>
      </div>`);
      const el = page.querySelector('actor-badge')!;
      await clickOpen(el);
      const [first, second] = [...details(el).querySelectorAll('dd')[1].querySelectorAll('li')];
      expect(first.querySelector('a')?.getAttribute('href')).to.equal('#big');
      const reveal = second.querySelector('button')!;
      expect(words(reveal)).to.match(/^“We will not/);
      reveal.click();
      expect(document.activeElement === page.querySelector('quote-card[quote="okafor-second-chance"]'), 'the card is focused').to.equal(true);
    });

    it('quotes are plain text when no quote card shows them', async () => {
      const el = await badge(html`<actor-badge actor="ines-varga"></actor-badge>`);
      await clickOpen(el);
      const quote = details(el).querySelectorAll('dd')[1].querySelector('li')!;
      expect(has(quote, 'a, button')).to.equal(false);
      expect(words(quote)).to.equal('“Tram yes, bulldozers at my door no.”');
    });

    it('a click elsewhere closes them and keeps the selection', async () => {
      const page = await fixture<HTMLElement>(html`<div style="padding-block-end: 400px">
        <p id="elsewhere" style="margin-block-end: 300px">Elsewhere</p>
        <actor-badge actor="ines-varga"></actor-badge>
      </div>`);
      const el = page.querySelector('actor-badge')!;
      await clickOpen(el);
      expect(el.selected).to.equal(true);
      const r = page.querySelector('#elsewhere')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(r.left + 5), Math.round(r.top + 5)] });
      await waitUntil(() => !el.open, 'light dismiss did not close the details');
      expect(popoverOpen(el)).to.equal(false);
      expect(el.selected).to.equal(true);
    });

    it('the open property opens and closes them from script', async () => {
      const el = await badge(html`<actor-badge actor="canada" open></actor-badge>`);
      await waitUntil(() => popoverOpen(el), 'open attribute did not show the popover');
      expect(words(details(el))).to.contain('mentioned 2 times');
      el.open = false;
      await el.updateComplete;
      expect(popoverOpen(el)).to.equal(false);
      // a click on the badge after a scripted open still toggles as the reader expects
      el.open = true;
      await el.updateComplete;
      await sendMouse({ type: 'click', position: center(button(el)) });
      await waitUntil(() => !popoverOpen(el), 'the badge did not close details opened from script');
    });

    it('exist only while open: a closed badge is its button alone, and aria-controls names the details only while they exist', async () => {
      const el = await badge(html`<actor-badge actor="mara-okafor"></actor-badge>`);
      expect(detailsOrNull(el)).to.equal(null);
      expect(root(el).querySelectorAll('*').length, 'nothing but the chip, its button and the label').to.equal(button(el).querySelectorAll('*').length + 2);
      expect(button(el).hasAttribute('aria-controls')).to.equal(false);
      await clickOpen(el);
      const controls = button(el).getAttribute('aria-controls');
      expect(controls).to.be.a('string').and.not.equal('');
      expect(root(el).getElementById(controls!)).to.equal(details(el));
      // closed by the badge, then opened and closed from script: the details go each time
      await sendMouse({ type: 'click', position: center(button(el)) });
      await waitUntil(() => !el.open && !detailsOrNull(el), 'closing by the badge did not remove the details');
      expect(button(el).hasAttribute('aria-controls')).to.equal(false);
      el.open = true;
      await waitUntil(() => popoverOpen(el), 'open from script did not show the popover');
      el.open = false;
      await waitUntil(() => !detailsOrNull(el), 'closing from script did not remove the details');
      expect(button(el).hasAttribute('aria-controls')).to.equal(false);
      expect(button(el).getAttribute('aria-expanded')).to.equal('false');
      // and a reader's click opens them again (the click renders the popover before the button's own activation)
      await sendMouse({ type: 'click', position: center(button(el)) });
      await waitUntil(() => popoverOpen(el) && detailsOrNull(el)?.querySelector('dl'), 'a click did not open the details again');
      await new Promise((ok) => setTimeout(ok, 50));
      expect(popoverOpen(el), 'still open after the click').to.equal(true);
    });
  });

  describe('keyboard', () => {
    it('Tab reaches the badge, Enter opens and selects, Tab enters the details, Escape closes, clears and returns focus', async () => {
      const page = await fixture<HTMLElement>(html`<div><button id="before">before</button> <actor-badge actor="ines-varga"></actor-badge></div>`);
      const el = page.querySelector('actor-badge')!;
      await el.updateComplete;
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'focus is on the badge').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => popoverOpen(el) && details(el).querySelector('.toggle'));
      expect(el.selected).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement === details(el).querySelector('.toggle'), 'Tab enters the details').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(popoverOpen(el)).to.equal(false);
      expect(el.open).to.equal(false);
      expect(el.selected).to.equal(false);
      expect(focused(el), 'focus is on the badge').to.equal(true);
    });

    it('Space opens, Space again closes and clears the selection', async () => {
      const el = await badge(html`<actor-badge actor="canada"></actor-badge>`);
      button(el).focus();
      await sendKeys({ press: ' ' });
      await waitUntil(() => popoverOpen(el));
      expect(el.selected).to.equal(true);
      await sendKeys({ press: ' ' });
      await waitUntil(() => !popoverOpen(el));
      expect(el.selected).to.equal(false);
    });

    it('Escape on a closed, selected badge clears the selection; on an unselected one it does nothing', async () => {
      const el = await badge(html`<actor-badge actor="canada"></actor-badge>`);
      el.select();
      button(el).focus();
      const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true, cancelable: true });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(el.selected).to.equal(false);
      button(el).dispatchEvent(escape);
      expect(escape.defaultPrevented, 'an Escape with nothing to close is left to the page').to.equal(false);
    });

    it('Escape in a nested affiliation badge closes that one first, then the outer one', async () => {
      const el = await badge(html`<actor-badge actor="ines-varga"></actor-badge>`);
      await clickOpen(el);
      const inner = details(el).querySelector('actor-badge')!;
      await inner.updateComplete;
      button(inner).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => popoverOpen(inner), 'nested popover did not open');
      expect(popoverOpen(el), 'opening the nested popover keeps the outer one').to.equal(true);
      expect(inner.selected).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await inner.updateComplete;
      expect(popoverOpen(inner)).to.equal(false);
      expect(popoverOpen(el)).to.equal(true);
      expect(focused(inner), 'focus returns to the nested badge').to.equal(true);
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(popoverOpen(el)).to.equal(false);
      expect(focused(el), 'focus is on the badge').to.equal(true);
    });
  });

  describe('variants', () => {
    it('full: a card with the details always shown; the badge toggles the selection', async () => {
      const el = await badge(html`<actor-badge variant="full" actor="mara-okafor"></actor-badge>`);
      expect(has(root(el), '[part="card"]')).to.equal(true);
      expect(details(el).hasAttribute('popover')).to.equal(false);
      expect(words(details(el))).to.contain('mayor of Lakeport, 52');
      expect(details(el).querySelectorAll('li').length).to.equal(4);
      expect(getComputedStyle(el).display).to.equal('block');
      expect(button(el).getAttribute('aria-pressed')).to.equal('false');
      button(el).click();
      await el.updateComplete;
      expect(button(el).getAttribute('aria-pressed')).to.equal('true');
      expect(el.selected).to.equal(true);
      button(el).click();
      await el.updateComplete;
      expect(el.selected).to.equal(false);
    });

    it('text: just the name, underlined, with the kind and "Unnamed" for screen readers only', async () => {
      const el = await badge(html`<actor-badge variant="text" actor="council-engineer"></actor-badge>`);
      const b = button(el);
      expect(has(b, 'svg, [part="code"]')).to.equal(false);
      expect(getComputedStyle(b.querySelector('[part="name"]')!).textDecorationLine).to.equal('underline');
      expect(getComputedStyle(b).borderStyle).to.equal('none');
      expect(b.querySelector('[part="unnamed"]')!.classList.contains('visually-hidden')).to.equal(true);
      expect(words(b)).to.equal('A council engineer, Person, Unnamed');
    });

    it('chip: an anonymous actor shows a visible "Unnamed" marker', async () => {
      const el = await badge(html`<actor-badge actor="council-engineer"></actor-badge>`);
      const marker = root(el).querySelector<HTMLElement>('[part="unnamed"]')!;
      expect(marker.getBoundingClientRect().width).to.be.greaterThan(10);
      expect(words(marker)).to.equal(', Unnamed');
    });
  });

  describe('selection', () => {
    it('select() selects, fires sahel-select, highlights; select(false) clears', async () => {
      const el = await badge(html`<actor-badge actor="ines-varga"></actor-badge>`);
      const selected = oneEvent(el, 'sahel-select') as Promise<SahelSelectEvent>;
      el.select();
      const event = await selected;
      expect(event.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(isSelected(el)).to.equal(true);
      expect(button(el).classList.contains('selected')).to.equal(true);
      expect(words(button(el))).to.contain('highlighted');
      expect(fallbackStore().state.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });

      let fired = 0;
      el.addEventListener('sahel-select', () => fired++);
      el.select();
      expect(fired, 'selecting the selected actor again is not a change').to.equal(0);

      const cleared = oneEvent(el, 'sahel-select') as Promise<SahelSelectEvent>;
      el.select(false);
      expect((await cleared).selection).to.equal(null);
      await el.updateComplete;
      expect(isSelected(el)).to.equal(false);
      expect(fallbackStore().state.selection).to.equal(null);
    });

    it('select(false) leaves another actor selected', async () => {
      const el = await badge(html`<actor-badge actor="ines-varga"></actor-badge>`);
      fallbackStore().select({ kind: 'actor', id: 'canada' });
      el.select(false);
      expect(fallbackStore().state.selection).to.deep.equal({ kind: 'actor', id: 'canada' });
    });

    it('the highlight toggle in the details selects and clears without closing them', async () => {
      const el = await badge(html`<actor-badge actor="ines-varga"></actor-badge>`);
      await clickOpen(el);
      const toggle = () => details(el).querySelector<HTMLButtonElement>('.toggle')!;
      expect(toggle().getAttribute('aria-pressed')).to.equal('true');
      toggle().click();
      await el.updateComplete;
      expect(el.selected).to.equal(false);
      expect(toggle().getAttribute('aria-pressed')).to.equal('false');
      expect(popoverOpen(el)).to.equal(true);
      toggle().click();
      await el.updateComplete;
      expect(el.selected).to.equal(true);
    });
  });

  describe('states', () => {
    it('loading, then the badge, inside a provider that fetches', async () => {
      const provider = await fixture<HTMLElement>(html`<sahel-story src="/test/fixtures/second-story.json"><actor-badge actor="reyes"></actor-badge></sahel-story>`);
      const el = provider.querySelector('actor-badge')!;
      expect(words(root(el).querySelector('[part="status"]'))).to.equal('Loading story…');
      await waitUntil(() => root(el).querySelector('.badge'), 'story never loaded');
      expect(words(root(el).querySelector('[part="name"]'))).to.equal('Ana Reyes');
    });

    it('an error state when the story is bad', async () => {
      const restore = captureConsoleError();
      const provider = await fixture<HTMLElement>(html`<sahel-story .story=${{ version: 2 }}><actor-badge actor="canada"></actor-badge></sahel-story>`);
      restore();
      const el = provider.querySelector('actor-badge')!;
      await el.updateComplete;
      const status = root(el).querySelector('[part="status"]')!;
      expect(status.classList.contains('error')).to.equal(true);
      expect(words(status)).to.contain('This story could not be shown');
      await expect(el).to.be.accessible();
    });

    it('a missing actor: a visible state naming the id and one console error', async () => {
      const restore = captureConsoleError();
      const el = await badge(html`<actor-badge actor="ghost"></actor-badge>`);
      el.requestUpdate();
      await el.updateComplete;
      const logged = restore();
      expect(words(root(el).querySelector('[part="status"]'))).to.equal('No actor “ghost” in this story');
      expect(logged).to.have.length(1);
      expect(logged[0]).to.contain('"ghost"');
      await expect(el).to.be.accessible();
    });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'fr']) {
        for (const variant of ['chip', 'text', 'full'] as const) {
          for (const open of variant === 'full' ? [false] : [false, true]) {
            it(`${variant}${open ? ', open' : ''}, ${scheme}, ${lang}`, async () => {
              const page = await fixture<HTMLElement>(html`<div
                lang=${lang}
                style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; font: 16px/1.6 serif; padding: 8px"
              >
                <p>Selected: <actor-badge actor="lakeport-council" variant=${variant}></actor-badge> and
                  <actor-badge actor="council-engineer" variant=${variant}></actor-badge> and
                  <actor-badge actor="canada" variant=${variant}></actor-badge></p>
              </div>`);
              const [council, engineer] = [...page.querySelectorAll('actor-badge')];
              await council.updateComplete;
              council.select();
              if (open) await clickOpen(engineer);
              await expect(page).to.be.accessible();
              if (lang === 'fr') expect(words(button(engineer))).to.contain('Personne');
            });
          }
        }
      }
    }

    it('a forced theme attribute on a matching page', async () => {
      const page = await fixture<HTMLElement>(html`<div style="background: #121212; color: #eee; padding: 8px">
        <actor-badge theme="dark" actor="council-engineer"></actor-badge>
      </div>`);
      const el = page.querySelector('actor-badge')!;
      await clickOpen(el);
      expect(getComputedStyle(el).colorScheme).to.equal('dark');
      await expect(page).to.be.accessible();
    });
  });

  describe('anonymity reasons and corrections', () => {
    const news = (id: string, variant = 'chip') =>
      badge(html`<sahel-story .story=${newsStory}><actor-badge actor=${id} variant=${variant}></actor-badge></sahel-story>`);

    it("the details give the article's reason for not naming the actor, in the article's words", async () => {
      const el = await news('council-engineer');
      await clickOpen(el);
      const reason = details(el).querySelector('[part~="anonymity"]')!;
      expect(words(reason)).to.equal('Not named: because she was not authorised to discuss the budget');
      expect(reason.querySelector('[lang="en"]')!.textContent).to.equal('because she was not authorised to discuss the budget');
      await expect(el).to.be.accessible();
    });

    it('the details show a correction that concerns the actor, and none for others', async () => {
      const el = await news('tomas-ekwe');
      await clickOpen(el);
      const note = details(el).querySelector('[part~="correction"]')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(words(note)).to.equal(
        'Correction: It also attributed a remark by Tomas Ekwe to another union official. The article now says: Tomas Ekwe called the vote “a promise on paper.”',
      );
      await expect(el).to.be.accessible();
      const other = await news('halima-dore', 'full');
      expect(has(details(other), '[part~="correction"]')).to.equal(false);
      expect(has(details(other), '[part~="anonymity"]')).to.equal(false);
    });

    it('in French', async () => {
      const el = await badge(html`<div lang="fr"><sahel-story .story=${newsStory}><actor-badge actor="council-engineer" variant="full"></actor-badge></sahel-story></div>`);
      expect(words(details(el).querySelector('[part~="anonymity"]'))).to.equal('Nom non cité : because she was not authorised to discuss the budget');
    });
  });

  describe('robustness', () => {
    it('registering the element twice does not throw', () => {
      expect(customElements.get('actor-badge')).to.equal(ActorBadge);
      expect(() => customElements.get('actor-badge') ?? customElements.define('actor-badge', class extends ActorBadge {})).not.to.throw();
    });

    it('data is rendered as text, never as HTML', async () => {
      const story = structuredClone(miniStory);
      renameActor(story, story.actors[0].id, '<img src=x onerror="window.__pwned = 1">Mara');
      story.actors[0].role = '<b>bold</b>';
      const provider = await fixture<HTMLElement>(html`<sahel-story .story=${story}><actor-badge variant="full" actor="mara-okafor"></actor-badge></sahel-story>`);
      const el = provider.querySelector('actor-badge')!;
      await waitUntil(() => root(el).querySelector('.badge'));
      expect(has(root(el), 'img, b')).to.equal(false);
      expect(words(root(el).querySelector('[part="name"]'))).to.contain('<img');
    });

    it('re-renders when the story changes', async () => {
      const provider = await fixture<HTMLElement & { story: unknown }>(html`<sahel-story .story=${miniStory}><actor-badge actor="canada"></actor-badge></sahel-story>`);
      const el = provider.querySelector('actor-badge')!;
      await waitUntil(() => root(el).querySelector('.badge'));
      const renamed = structuredClone(miniStory);
      renameActor(renamed, 'canada', 'Government of Canada');
      provider.story = renamed;
      await waitUntil(() => words(root(el).querySelector('[part="name"]')) === 'Government of Canada', 'did not re-render');
    });
  });
});

function center(el: Element): [number, number] {
  const r = el.getBoundingClientRect();
  return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
}

describe('<actor-badge> linked selection of figures, quotes, places and relations (Niger story)', () => {
  const related = (el: HTMLElement) =>
    el.matches(':state(related)') && el.shadowRoot!.querySelector('.badge')!.classList.contains('selected') && /highlighted/.test(el.shadowRoot!.querySelector('.badge')!.textContent!);

  it('highlights the actor a selected figure, quote, country or relation concerns, with an underline and "highlighted"; aria-pressed stays for its own selection', async () => {
    const { provider, select } = await inNiger(html`<actor-badge actor="us-troops"></actor-badge><actor-badge actor="russian-trainer"></actor-badge><actor-badge actor="niger"></actor-badge>`, 'actor-badge');
    const [troops, trainer, niger] = [...provider.querySelectorAll('actor-badge')];
    const settle = () => Promise.all([troops, trainer, niger].map((b) => b.updateComplete));
    await select({ kind: 'figure', id: 'us-personnel' });
    await settle();
    expect([troops, trainer, niger].map(related)).to.deep.equal([true, false, false]);
    expect(getComputedStyle(troops.shadowRoot!.querySelector('.name')!).textDecorationLine).to.include('underline');
    await select({ kind: 'quote', id: 'trainer-1' });
    await settle();
    expect([troops, trainer, niger].map(related)).to.deep.equal([false, true, false]);
    await select({ kind: 'place', id: 'niger' });
    await settle();
    expect([troops, trainer, niger].map(related), 'the country that is the place, the troops stationed at a base inside it').to.deep.equal([true, false, true]);
    await select({ kind: 'place', id: 'mali' });
    await settle();
    expect([troops, trainer, niger].some(related)).to.equal(false);
    await select({ kind: 'relation', id: 'niger-orders-us-out' });
    await settle();
    expect([troops, trainer, niger].map(related)).to.deep.equal([true, false, true]);
    expect(niger.shadowRoot!.querySelector('.badge')!.getAttribute('aria-pressed') ?? 'false').to.equal('false');
    await select(null);
    await settle();
    expect([troops, trainer, niger].some(related)).to.equal(false);
  });
});
