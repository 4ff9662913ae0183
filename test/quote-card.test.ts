import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { renameActor } from './helpers/stories.js';
import { inNiger } from './helpers/niger.js';
import { sendKeys } from '@web/test-runner-commands';
import { hasMediaRule, tryEmulateMedia } from './helpers/media.js';
import '../src/elements/sahel-story/sahel-story.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import { linkable, QuoteCard } from '../src/elements/quote-card/quote-card.js';
import type { SahelSelectEvent } from '../src/events/sahel-select.js';
import { en } from '../src/shared/i18n/strings.js';
import { fr } from '../src/shared/i18n/fr.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import type { Quote, Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { newsStory } from './fixtures/news-story.js';
import { captureConsoleError } from './helpers/console.js';
import { storiesSettled } from './helpers/story-ready.js';

setEmbeddedStory(miniStory);

const clone = (story: Story = miniStory): Story => structuredClone(story);
const paragraph = (story: Story, id: string) => story.article.paragraphs.find((p) => p.id === id)!.text;

/** A quote located in the story's own text, as the builder would record it. */
function quoteOf(story: Story, id: string, speaker: string, paragraphId: string, text: string, medium: Quote['medium'] = 'spoken'): Quote {
  const start = paragraph(story, paragraphId).indexOf(text);
  if (start < 0) throw new Error(`"${text}" is not in ${paragraphId}`);
  return { id, text, speaker, medium, source: { paragraph: paragraphId, start, end: start + text.length } };
}

/** The mini story plus a quote by its anonymous council engineer and a second, separate quote by the mayor. */
function richerStory(): Story {
  const story = clone();
  story.quotes.push(
    quoteOf(story, 'engineer-route', 'council-engineer', 'p4', 'the route had been chosen after a week of public hearings', 'statement'),
    quoteOf(story, 'okafor-2028', 'mara-okafor', 'p4', 'the first trams could run by 2028'),
  );
  return story;
}

/** A tiny story whose data looks like markup, to prove it is rendered as text. */
function markupStory(): Story {
  const text = 'Ana Reyes said “<img src=x onerror="window.hacked=1"> & <b>bold</b>” at the bridge.';
  const quote = '<img src=x onerror="window.hacked=1"> & <b>bold</b>';
  const start = text.indexOf(quote);
  return {
    version: 1,
    id: 'markup',
    article: { headline: '<i>Headline</i>', published: '2025-05-05', byline: [], contributors: [], language: 'en', paragraphs: [{ id: 'p1', text }] },
    actors: [{ id: 'reyes', name: '<u>Ana Reyes</u>', role: '<script>x</script>', kind: 'person', affiliations: [], aliases: ['Ana Reyes'], mentions: [{ paragraph: 'p1', start: 0, end: 9 }] }],
    quotes: [{ id: 'q', text: quote, speaker: 'reyes', medium: 'broadcast', source: { paragraph: 'p1', start, end: start + quote.length } }],
    events: [],
    places: [],
    figures: [],
    relations: [],
  };
}

const $ = <T extends Element = HTMLElement>(el: QuoteCard, selector: string) => el.shadowRoot!.querySelector<T>(selector)!;
const $$ = (el: QuoteCard, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** Text as a reader sees it: white space of the template collapsed. */
const text = (node: Element | null) => (node?.textContent ?? '').replace(/[ \n\t]+/g, ' ').trim();
const toggle = (el: QuoteCard) => $<HTMLButtonElement>(el, 'button[aria-controls]');
const copyButton = (el: QuoteCard) => $<HTMLButtonElement>(el, '[part~="copy"]');
const status = (el: QuoteCard) => $(el, '.actions [role="status"]');

async function card(template: ReturnType<typeof html>): Promise<QuoteCard> {
  const root = await fixture<HTMLElement>(template);
  await storiesSettled(root);
  const el = root instanceof QuoteCard ? root : root.querySelector('quote-card')!;
  await el.updateComplete;
  await waitUntil(() => el.shadowRoot!.querySelector('figure, .status'), 'card never rendered');
  return el;
}


describe('<quote-card>', () => {
  describe('every quote of the story', () => {
    for (const quote of miniStory.quotes) {
      it(`${quote.id}: renders its words exactly, inside figure > blockquote, with typographic quotes added`, async () => {
        const el = await card(html`<quote-card quote=${quote.id}></quote-card>`);
        await expect(el).to.be.accessible();
        // the passage: back to the first part, then forward through continuations
        let first = quote;
        while (first.continues) first = miniStory.quotes.find((q) => q.id === first.continues)!;
        const passage = [first];
        for (let next; (next = miniStory.quotes.find((q) => q.continues === passage[passage.length - 1].id)); ) passage.push(next);

        const blockquote = $(el, 'figure > blockquote[part~="quote"]');
        expect($$(el, '.part').map((p) => p.textContent)).to.deep.equal(passage.map((q) => q.text));
        const marks = $$(el, 'blockquote .mark');
        expect(marks.map((m) => m.textContent)).to.deep.equal(['“', '”']);
        expect(marks.every((m) => m.getAttribute('aria-hidden') === 'true')).to.equal(true);
        expect(blockquote.firstElementChild!.firstElementChild).to.equal(marks[0]);
        expect(blockquote.lastElementChild!.lastElementChild).to.equal(marks[1]);
        expect($(el, 'figure > figcaption')).to.not.equal(null);
        expect(blockquote.getAttribute('lang')).to.equal(miniStory.article.language);
      });
    }
  });

  describe('a quote continued by another', () => {
    it('renders as one utterance, its parts joined without "[…]" (nothing was cut), whichever part is asked for', async () => {
      for (const id of ['okafor-biggest', 'okafor-second-chance']) {
        const el = await card(html`<quote-card quote=${id}></quote-card>`);
        expect($$(el, 'figure')).to.have.length(1);
        expect($$(el, 'blockquote')).to.have.length(1);
        const [one, two] = ['okafor-biggest', 'okafor-second-chance'].map((q) => miniStory.quotes.find((x) => x.id === q)!.text);
        expect(text($(el, 'blockquote'))).to.equal(`“${one} ${two}”`);
        expect($(el, 'blockquote').textContent).not.to.contain('…');
        expect($(el, '.break')).to.equal(null);
      }
    });
  });

  describe('attribution', () => {
    it('names the speaker with age and role, and the medium with an icon and words', async () => {
      const el = await card(html`<quote-card quote="okafor-biggest"></quote-card>`);
      expect(text($(el, '[part~="attribution"] .speaker'))).to.equal('Mara Okafor');
      expect(text($(el, '[part~="attribution"]'))).to.equal('— Mara Okafor, 52, mayor of Lakeport');
      expect(text($(el, '.role'))).to.equal('mayor of Lakeport');
      const medium = $(el, '[part~="medium"]');
      expect(text(medium)).to.equal('Spoken · told reporters after the vote');
      expect(medium.querySelector('svg')!.getAttribute('aria-hidden')).to.equal('true');
      // named "Quote": a name from the attribution would be read twice (issue 18)
      expect(el.shadowRoot!.querySelector('figure')!.getAttribute('aria-label')).to.equal('Quote');
    });

    it('a protest sign says so, and a speaker without age has none', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      expect(text($(el, '[part~="medium"] .words'))).to.equal('Protest sign · a hand-painted sign held up in the council chamber');
      expect(text($(el, '[part~="attribution"]'))).to.equal('— Ines Varga, bakery owner on Harbour Street');
    });

    it('each medium has its own icon', async () => {
      const story = richerStory();
      const el = await card(html`<sahel-story .story=${story}><quote-card quote="engineer-route"></quote-card></sahel-story>`);
      const statement = $(el, '[part~="medium"] path').getAttribute('d');
      el.quote = 'okafor-2028';
      await el.updateComplete;
      expect(text($(el, '[part~="medium"]'))).to.equal('Spoken');
      expect($(el, '[part~="medium"] path').getAttribute('d')).to.not.equal(statement);
    });
  });

  describe('anonymity', () => {
    it('is stated plainly after the description the article gives', async () => {
      const el = await card(html`<sahel-story .story=${richerStory()}><quote-card quote="engineer-route"></quote-card></sahel-story>`);
      await expect(el).to.be.accessible();
      expect(text($(el, '[part~="attribution"]'))).to.equal('— A council engineer, not named in the article, engineer working for the city');
      expect(text($(el, '[part~="medium"]'))).to.equal('Written statement');
    });

    it('is built from the story, not written for one', async () => {
      const story = richerStory();
      renameActor(story, 'council-engineer', 'A Western diplomat');
      delete story.actors.find((a) => a.id === 'council-engineer')!.role;
      const el = await card(html`<sahel-story .story=${story}><quote-card quote="engineer-route"></quote-card></sahel-story>`);
      expect(text($(el, '[part~="attribution"]'))).to.equal('— A Western diplomat, not named in the article');
    });

    it('is said in French on a French page', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="fr"><sahel-story .story=${richerStory()}><quote-card quote="engineer-route"></quote-card></sahel-story></div>`);
      const el = root.querySelector('quote-card')!;
      await waitUntil(() => el.shadowRoot?.querySelector('figure'));
      expect(text($(el, '[part~="attribution"]'))).to.equal('— A council engineer, dont l’article ne donne pas le nom, engineer working for the city');
    });

    it('a named speaker is not called anonymous', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      expect(text($(el, 'figcaption'))).not.to.include(en.anonymous);
    });
  });

  describe('context on demand', () => {
    it('a disclosure shows the article sentence with exactly the quote marked, and the source line', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      const button = toggle(el);
      const region = el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)!;
      expect(region.getAttribute('part')).to.equal('context');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(region.hidden).to.equal(true);
      expect(text(button)).to.equal('Show source');

      button.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(region.hidden).to.equal(false);
      expect(text(button)).to.equal('Hide source');
      const sentence = region.querySelector('p')!;
      expect(sentence.textContent).to.equal(
        'Ines Varga, who has run a bakery on the street for 18 years, held up a hand-painted sign that read “Tram yes, bulldozers at my door no.”',
      );
      const marks = [...sentence.querySelectorAll('mark')];
      expect(marks.map((m) => m.textContent)).to.deep.equal(['Tram yes, bulldozers at my door no.']);
      expect(text(region.querySelector('.source'))).to.equal(
        'Source: Lakeport council approves Harbour Street tram line after 15-year debate, The Lakeport Ledger, May 15, 2024.',
      );
      expect(region.querySelector('time')!.getAttribute('datetime')).to.equal('2024-05-15');

      button.click();
      await el.updateComplete;
      expect(region.hidden).to.equal(true);
    });

    it('a continued quote shows both sentences, each part marked', async () => {
      const el = await card(html`<quote-card quote="okafor-biggest"></quote-card>`);
      toggle(el).click();
      await el.updateComplete;
      const sentence = $(el, '[part~="context"] p');
      expect(sentence.textContent).to.equal(paragraph(miniStory, 'p2').slice(0, paragraph(miniStory, 'p2').indexOf(' The line is expected')));
      expect([...sentence.querySelectorAll('mark')].map((m) => m.textContent)).to.deep.equal([
        'This is the biggest thing Lakeport has built in fifty years',
        'We will not get a second chance at it, so we are going to build it properly.',
      ]);
    });

    it('links the headline to an https article URL', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      const link = $<HTMLAnchorElement>(el, '[part~="context"] .source a');
      expect(link.getAttribute('href')).to.equal(miniStory.article.url);
      expect(link.rel).to.include('noopener');
      expect(link.textContent).to.equal(miniStory.article.headline);
    });

    it('without a URL the headline is a citation, not a link', async () => {
      const story = clone();
      delete story.article.url;
      const el = await card(html`<sahel-story .story=${story}><quote-card quote="varga-sign"></quote-card></sahel-story>`);
      expect($(el, '[part~="context"] a')).to.equal(null);
      expect($(el, '[part~="context"] cite').textContent).to.equal(story.article.headline);
    });

    it('only http(s) URLs are linkable', () => {
      expect(linkable('https://example.org/a?b#c')).to.equal('https://example.org/a?b#c');
      expect(linkable('http://example.org/')).to.equal('http://example.org/');
      expect(linkable('HTTPS://example.org/')).to.equal('HTTPS://example.org/');
      for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.org/', '/relative', '//example.org/x', '', undefined]) {
        expect(linkable(bad), String(bad)).to.equal(undefined);
      }
    });
  });

  describe('copy', () => {
    const expected =
      '“This is the biggest thing Lakeport has built in fifty years We will not get a second chance at it, so we are going to build it properly.” — Mara Okafor, 52, mayor of Lakeport. ' +
      'Source: Lakeport council approves Harbour Street tram line after 15-year debate, The Lakeport Ledger, May 15, 2024. https://lakeport-ledger.example/2024/05/15/council-approves-tram-line';
    let written: string[];
    beforeEach(() => {
      written = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void written.push(t) } });
    });
    afterEach(() => {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      delete (document as unknown as Record<string, unknown>).execCommand;
    });

    it('writes the quote, attribution and source line as plain text and confirms it in a live region', async () => {
      const el = await card(html`<quote-card quote="okafor-second-chance"></quote-card>`);
      expect(status(el).textContent).to.equal('');
      copyButton(el).click();
      await waitUntil(() => status(el).textContent === 'Copied', 'no confirmation');
      expect(written).to.deep.equal([expected]);
      expect(status(el).getAttribute('role')).to.equal('status');
      expect(status(el).getBoundingClientRect().width).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('in French, with French quotation marks and words', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="fr"><quote-card quote="varga-sign"></quote-card></div>`);
      const el = root.querySelector('quote-card')!;
      await el.updateComplete;
      copyButton(el).click();
      await waitUntil(() => status(el).textContent === 'Copié', 'no confirmation');
      expect(written).to.deep.equal([
        '«\u00a0Tram yes, bulldozers at my door no.\u00a0» — Ines Varga, bakery owner on Harbour Street. ' +
          'Source\u00a0: Lakeport council approves Harbour Street tram line after 15-year debate, The Lakeport Ledger, 15 mai 2024. https://lakeport-ledger.example/2024/05/15/council-approves-tram-line',
      ]);
    });

    it('falls back to a hidden textarea and execCommand without the Clipboard API', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
      const el = await card(html`<quote-card quote="okafor-biggest"></quote-card>`);
      let copied = '';
      document.execCommand = (command: string) => {
        const area = el.shadowRoot!.querySelector('textarea')!;
        copied = command === 'copy' ? area.value.slice(area.selectionStart, area.selectionEnd) : '';
        return true;
      };
      copyButton(el).click();
      await waitUntil(() => status(el).textContent === 'Copied', 'no confirmation');
      expect(copied).to.equal(expected);
      expect(el.shadowRoot!.querySelector('textarea')).to.equal(null);
      expect(el.shadowRoot!.activeElement).to.equal(copyButton(el));
    });

    it('says so when copying fails', async () => {
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: () => Promise.reject(new Error('denied')) } });
      document.execCommand = () => false;
      const el = await card(html`<quote-card quote="okafor-biggest"></quote-card>`);
      copyButton(el).click();
      await waitUntil(() => status(el).textContent === 'Could not copy', 'no failure message');
    });
  });

  describe('selection', () => {
    it('clicking the speaker selects the actor, highlights every card of that speaker, and fires sahel-select', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story .story=${miniStory}>
        <quote-card quote="okafor-biggest"></quote-card><quote-card speaker="mara-okafor"></quote-card><quote-card quote="varga-sign"></quote-card>
      </sahel-story>`);
      const [a, b, other] = [...provider.querySelectorAll('quote-card')];
      await a.updateComplete;
      const speaker = $<HTMLButtonElement>(a, '.speaker');
      expect(speaker.getAttribute('aria-pressed')).to.equal('false');

      const selected = oneEvent(a, 'sahel-select') as Promise<SahelSelectEvent>;
      speaker.click();
      const event = await selected;
      expect(event.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
      await Promise.all([a.updateComplete, b.updateComplete, other.updateComplete]);
      expect($(a, 'figure').classList.contains('selected')).to.equal(true);
      expect($(b, 'figure').classList.contains('selected')).to.equal(true);
      expect($(other, 'figure').classList.contains('selected')).to.equal(false);
      expect(speaker.getAttribute('aria-pressed')).to.equal('true');
      await expect(a).to.be.accessible();

      const cleared = oneEvent(a, 'sahel-select') as Promise<SahelSelectEvent>;
      speaker.click();
      expect((await cleared).selection).to.equal(null);
      await a.updateComplete;
      expect(provider.selection).to.equal(null);
      expect($(a, 'figure').classList.contains('selected')).to.equal(false);
    });

    it('highlights when another widget selects the speaker', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story .story=${miniStory}><quote-card quote="varga-sign"></quote-card></sahel-story>`);
      const el = provider.querySelector('quote-card')!;
      await el.updateComplete;
      const before = getComputedStyle($(el, 'figure')).backgroundColor;
      provider.selection = { kind: 'actor', id: 'ines-varga' };
      await el.updateComplete;
      expect($(el, 'figure').classList.contains('selected')).to.equal(true);
      await waitUntil(() => getComputedStyle($(el, 'figure')).backgroundColor !== before, 'no highlight', { timeout: 2000 });
    });
  });

  describe('keyboard', () => {
    it('Enter and Space open and close the source; Enter on the speaker selects', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      toggle(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect($(el, '[part~="context"]').hidden).to.equal(false);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('false');

      $(el, '.speaker').focus();
      const selected = oneEvent(el, 'sahel-select') as Promise<SahelSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
      // leave the embedded story unselected for the tests that follow
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.selected')).to.equal(null);
    });

    it('Tab reaches the speaker, the disclosure and the copy button in reading order', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      const before = document.createElement('button');
      before.textContent = 'before';
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 3; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(text(el.shadowRoot!.activeElement));
      }
      expect(order).to.deep.equal(['Ines Varga', 'Show source', 'Copy']);
      before.remove();
    });
  });

  describe('by speaker', () => {
    it('shows the speaker\'s first passage, or every passage with `all`', async () => {
      const root = await fixture<HTMLElement>(html`<sahel-story .story=${richerStory()}>
        <quote-card speaker="mara-okafor"></quote-card><quote-card speaker="mara-okafor" all></quote-card>
      </sahel-story>`);
      const [first, all] = [...root.querySelectorAll('quote-card')];
      await waitUntil(() => all.shadowRoot?.querySelector('figure'));
      expect($$(first, 'figure')).to.have.length(1);
      expect($$(first, '.part').map((p) => p.textContent)).to.deep.equal([
        'This is the biggest thing Lakeport has built in fifty years',
        'We will not get a second chance at it, so we are going to build it properly.',
      ]);
      expect($$(all, 'figure')).to.have.length(2);
      expect($$(all, 'figure:last-of-type .part').map((p) => p.textContent)).to.deep.equal(['the first trams could run by 2028']);
      await expect(all).to.be.accessible();
      // each passage has its own disclosure
      const [one, two] = $$(all, 'button[aria-controls]');
      two.click();
      await all.updateComplete;
      expect(one.getAttribute('aria-expanded')).to.equal('false');
      expect(all.shadowRoot!.getElementById(two.getAttribute('aria-controls')!)!.hidden).to.equal(false);
    });

    it('`quote` wins over `speaker`', async () => {
      const el = await card(html`<quote-card quote="varga-sign" speaker="mara-okafor"></quote-card>`);
      expect(text($(el, '.speaker'))).to.equal('Ines Varga');
    });
  });

  describe('missing data', () => {
    it('an unknown quote id is named on the card and once in the console', async () => {
      const restore = captureConsoleError();
      let logged: string[] = [];
      try {
        const el = await card(html`<quote-card quote="no-such-quote"></quote-card>`);
        el.requestUpdate();
        await el.updateComplete;
        const message = $(el, '[part~="status"]');
        expect(text(message)).to.equal('No quote “no-such-quote” in this story');
        expect(message.getAttribute('role')).to.equal('status');
        expect(el.shadowRoot!.querySelector('figure')).to.equal(null);
        await expect(el).to.be.accessible();
      } finally {
        logged = restore();
      }
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include('no-such-quote');
    });

    it('an unknown speaker, and a speaker without quotes, say so', async () => {
      const restore = captureConsoleError();
      try {
        const ghost = await card(html`<quote-card speaker="ghost"></quote-card>`);
        expect(text($(ghost, '.status'))).to.equal('No actor “ghost” in this story');
        const quiet = await card(html`<quote-card speaker="canada"></quote-card>`);
        expect(text($(quiet, '.status'))).to.equal('No quotes by Canada in this story');
      } finally {
        expect(restore()).to.have.length(2);
      }
    });

    it('in French', async () => {
      const restore = captureConsoleError();
      try {
        const root = await fixture<HTMLElement>(html`<div lang="fr"><quote-card quote="nope"></quote-card></div>`);
        const el = root.querySelector('quote-card')!;
        await el.updateComplete;
        expect(text($(el, '.status'))).to.equal(fr.notFound('quote', 'nope'));
      } finally {
        restore();
      }
    });

    it('shows loading, then the quote, while the provider fetches', async () => {
      // a query of its own: this page imported the same file as a module, and the browser would reuse that response
      const provider = await fixture<SahelStory>(html`<sahel-story src="/test/fixtures/mini-story.json?as=fetch"><quote-card quote="varga-sign"></quote-card></sahel-story>`);
      const el = provider.querySelector('quote-card')!;
      expect(text($(el, '.status'))).to.equal(en.loading);
      await expect(el).to.be.accessible();
      await waitUntil(() => !el.shadowRoot!.querySelector('.status') || text($(el, '.status')) !== en.loading, 'never loaded', { timeout: 4000 });
      expect(text($(el, '.status'))).to.equal('');
      expect($(el, '.part').textContent).to.equal('Tram yes, bulldozers at my door no.');
    });

    it('shows the provider\'s error', async () => {
      const restore = captureConsoleError();
      try {
        const provider = await fixture<SahelStory>(html`<sahel-story .story=${{ version: 2 }}><quote-card quote="varga-sign"></quote-card></sahel-story>`);
        const el = provider.querySelector('quote-card')!;
        await el.updateComplete;
        expect(text($(el, '.status.error'))).to.include(en.errorTitle);
        await expect(el).to.be.accessible();
      } finally {
        restore();
      }
    });

    it('renders data as text, never as HTML', async () => {
      const el = await card(html`<sahel-story .story=${markupStory()}><quote-card quote="q"></quote-card></sahel-story>`);
      toggle(el).click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('figure img, figure b, figure i, figure u, figure script')).to.equal(null);
      expect($(el, '.part').textContent).to.equal('<img src=x onerror="window.hacked=1"> & <b>bold</b>');
      expect($(el, '[part~="context"] mark').textContent).to.equal('<img src=x onerror="window.hacked=1"> & <b>bold</b>');
      expect(text($(el, '.speaker'))).to.equal('<u>Ana Reyes</u>');
      expect((window as unknown as Record<string, unknown>).hacked).to.equal(undefined);
    });
  });

  describe('story changes', () => {
    it('re-renders when the provider\'s story changes, and when the quote id changes', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story .story=${miniStory}><quote-card quote="varga-sign"></quote-card></sahel-story>`);
      const el = provider.querySelector('quote-card')!;
      await el.updateComplete;
      toggle(el).click();
      const next = clone();
      next.article.headline = 'A new headline';
      provider.story = next;
      await waitUntil(() => text($(el, '.source a')) === 'A new headline', 'did not follow the new story');

      const restore = captureConsoleError();
      const without = clone();
      without.quotes = without.quotes.filter((q) => q.id !== 'varga-sign');
      provider.story = without;
      await waitUntil(() => el.shadowRoot!.querySelector('.status'), 'did not notice the quote is gone');
      expect(restore()).to.have.length(1);

      el.quote = 'okafor-biggest';
      await el.updateComplete;
      expect(text($(el, '.speaker'))).to.equal('Mara Okafor');
    });

    it('follows the page language', async () => {
      const root = await fixture<HTMLElement>(html`<div lang="en"><quote-card quote="okafor-biggest"></quote-card></div>`);
      const el = root.querySelector('quote-card')!;
      await el.updateComplete;
      root.lang = 'fr';
      await waitUntil(() => $(el, '.mark').textContent === '«\u00a0', 'no French quotation marks');
      expect($$(el, '.mark').map((m) => m.textContent)).to.deep.equal(['«\u00a0', '\u00a0»']);
      expect(text($(el, '[part~="attribution"]'))).to.equal('— Mara Okafor, 52\u00a0ans, mayor of Lakeport');
      expect(text($(el, '[part~="medium"]'))).to.include(fr.quoteMedium.spoken);
      expect(text(copyButton(el))).to.equal('Copier');
      await expect(el).to.be.accessible();
    });
  });

  describe('a story told honestly: partial, nested, split, broadcast, statement, anonymity, corrections', () => {
    const news = (template: ReturnType<typeof html>) => card(html`<sahel-story .story=${newsStory}>${template}</sahel-story>`);

    it('is accessible in every new state, in English and in French', async () => {
      for (const id of ['dore-waited', 'ekwe-promise', 'ekwe-budget', 'orun-spillway', 'engineer-estimate']) {
        const el = await news(html`<quote-card quote=${id}></quote-card>`);
        await expect(el).to.be.accessible();
        const fr = await card(html`<div lang="fr"><sahel-story .story=${newsStory}><quote-card quote=${id}></quote-card></sahel-story></div>`);
        await expect(fr).to.be.accessible();
      }
    });

    it('shows a partial quote inside the reporter’s sentence, the quoted words marked and labelled, not as a whole utterance', async () => {
      const el = await news(html`<quote-card quote="ekwe-promise"></quote-card>`);
      const quote = $(el, 'blockquote');
      expect(quote.getAttribute('lang')).to.equal('en');
      expect($(el, '[part~="partial"]').textContent).to.equal('Partial quote');
      expect($(el, '[part~="partial"]').getAttribute('lang')).to.equal('en');
      expect(quote.querySelector('mark')!.textContent).to.equal('a promise on paper');
      expect(text(quote)).to.equal('Partial quote Speaking on Radio Kessa, the union’s secretary, Tomas Ekwe, called the vote “a promise on paper.”');
      // no pull-quote marks claiming a whole utterance
      expect($$(el, 'blockquote .mark')).to.have.length(0);
      const fr = await card(html`<div lang="fr"><sahel-story .story=${newsStory}><quote-card quote="ekwe-promise"></quote-card></sahel-story></div>`);
      expect($(fr, '[part~="partial"]').textContent).to.equal('Citation partielle');
    });

    it('marks up a quote within the quote as <q>, between the reader’s inner quotation marks', async () => {
      const el = await news(html`<quote-card quote="ekwe-budget"></quote-card>`);
      const q = $(el, 'blockquote q');
      expect(q.textContent).to.equal('‘wait for the next budget,’');
      expect(text($(el, 'blockquote'))).to.equal('“For five years they have told us ‘wait for the next budget,’ and we have waited,”');
      expect(getComputedStyle(q, '::before').content).to.equal('none');
      const fr = await card(html`<div lang="fr"><sahel-story .story=${newsStory}><quote-card quote="ekwe-budget"></quote-card></sahel-story></div>`);
      expect($(fr, 'blockquote q').textContent).to.equal('“wait for the next budget,”');
      expect(text($(fr, 'blockquote')).replace(/\u00a0/g, ' ')).to.equal('« For five years they have told us “wait for the next budget,” and we have waited, »');
    });

    it('joins an utterance split by its attribution without "[…]", once, whichever part the card is given', async () => {
      for (const id of ['dore-waited', 'dore-tonight']) {
        const el = await news(html`<quote-card quote=${id}></quote-card>`);
        expect($$(el, 'figure'), id).to.have.length(1);
        expect(text($(el, 'blockquote')), id).to.equal('“We have waited since the late 1980s, for someone to take this river seriously. Tonight, we finally did.”');
      }
      const all = await news(html`<quote-card speaker="halima-dore" all></quote-card>`);
      expect($$(all, 'figure')).to.have.length(1);
    });

    it('says the broadcast channel and a written statement in words', async () => {
      const el = await news(html`<quote-card quote="ekwe-budget"></quote-card>`);
      expect(text($(el, '[part~="medium"]'))).to.equal('Broadcast on radio · on Radio Kessa');
      const radio = $(el, '[part~="medium"] path').getAttribute('d');
      el.quote = 'orun-spillway';
      await el.updateComplete;
      expect(text($(el, '[part~="medium"]'))).to.equal('Written statement');
      const fr = await card(html`<div lang="fr"><sahel-story .story=${newsStory}><quote-card quote="ekwe-budget"></quote-card></sahel-story></div>`);
      expect(text($(fr, '[part~="medium"] .words'))).to.equal('Diffusé à la radio · on Radio Kessa');
      // a broadcast without a channel does not claim television
      const story = clone(newsStory);
      delete story.quotes.find((q) => q.id === 'ekwe-budget')!.channel;
      const bare = await card(html`<sahel-story .story=${story}><quote-card quote="ekwe-budget"></quote-card></sahel-story>`);
      expect(text($(bare, '[part~="medium"]'))).to.equal('Broadcast · on Radio Kessa');
      expect($(bare, '[part~="medium"] path').getAttribute('d')).not.to.equal(radio);
    });

    it('gives the reason for anonymity in the article’s words', async () => {
      const el = await news(html`<quote-card quote="engineer-estimate"></quote-card>`);
      const reason = $(el, '[part~="anonymity"]');
      expect(text(reason)).to.equal('Not named: because she was not authorised to discuss the budget');
      expect(reason.querySelector('[lang="en"]')!.textContent).to.equal('because she was not authorised to discuss the budget');
      el.quote = 'ekwe-budget';
      await el.updateComplete;
      expect($(el, '[part~="anonymity"]')).to.equal(null);
    });

    it('shows a correction that concerns the quote, with what the article now says', async () => {
      const el = await news(html`<quote-card quote="ekwe-promise"></quote-card>`);
      const note = $(el, '[part~="correction"]');
      expect(note.getAttribute('role')).to.equal('note');
      expect(text(note)).to.equal(
        'Correction: It also attributed a remark by Tomas Ekwe to another union official. The article now says: Tomas Ekwe called the vote “a promise on paper.”',
      );
      el.quote = 'ekwe-budget';
      await el.updateComplete;
      expect($(el, '[part~="correction"]')).to.equal(null);
    });
  });

  describe('outside any provider', () => {
    it('reads the embedded default story', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      expect($(el, '.part').textContent).to.equal('Tram yes, bulldozers at my door no.');
    });
  });

  describe('variants, themes and languages', () => {
    const variants = ['card', 'pull', 'compact'] as const;
    for (const variant of variants) {
      for (const scheme of ['light', 'dark'] as const) {
        for (const lang of ['en', 'fr']) {
          it(`${variant}, ${scheme}, ${lang}: axe clean, closed and open`, async () => {
            const root = await fixture<HTMLElement>(
              html`<div lang=${lang} style="color-scheme:${scheme}"><quote-card quote="okafor-biggest" variant=${variant}></quote-card></div>`,
            );
            const el = root.querySelector('quote-card')!;
            await el.updateComplete;
            await expect(el).to.be.accessible();
            toggle(el).click();
            $<HTMLButtonElement>(el, '.speaker').click();
            await el.updateComplete;
            await expect(el).to.be.accessible();
            $<HTMLButtonElement>(el, '.speaker').click();
          });
        }
      }
    }

    it('each variant looks different: pull is larger than card, compact runs on one line', async () => {
      const root = await fixture<HTMLElement>(html`<div style="font-size:16px">
        ${variants.map((v) => html`<quote-card quote="varga-sign" variant=${v}></quote-card>`)}
      </div>`);
      const [c, p, k] = [...root.querySelectorAll('quote-card')];
      await Promise.all([c, p, k].map((el) => el.updateComplete));
      const size = (el: QuoteCard) => parseFloat(getComputedStyle($(el, 'blockquote')).fontSize);
      expect(c.getAttribute('variant')).to.equal('card');
      expect(size(p)).to.be.greaterThan(size(c));
      expect(getComputedStyle($(k, 'blockquote')).display).to.equal('inline');
      const line = (el: QuoteCard) => Math.abs($(el, 'blockquote .part').getBoundingClientRect().top - $(el, '.speaker').getBoundingClientRect().top);
      expect(line(k)).to.be.lessThan(8);
      expect(line(c)).to.be.greaterThan(8);
      expect(getComputedStyle($(k, '.role')).position).to.equal('absolute');
    });

    it('follows the page colour scheme and the theme attribute', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <div style="color-scheme:light"><quote-card quote="varga-sign"></quote-card></div>
        <div style="color-scheme:dark"><quote-card quote="varga-sign"></quote-card></div>
        <div style="color-scheme:light"><quote-card quote="varga-sign" theme="dark"></quote-card></div>
      </div>`);
      const [light, dark, forced] = [...root.querySelectorAll('quote-card')];
      await Promise.all([light, dark, forced].map((el) => el.updateComplete));
      const bg = (el: QuoteCard) => getComputedStyle($(el, 'figure')).backgroundColor;
      expect(bg(light)).to.equal('rgb(255, 255, 255)');
      expect(bg(dark)).to.equal('rgb(29, 29, 31)');
      expect(bg(forced)).to.equal(bg(dark));
    });

    it('maps --sahel-quote-card-* custom properties and exposes its parts', async () => {
      const el = await card(
        html`<quote-card quote="varga-sign" style="--sahel-quote-card-accent: rgb(1, 2, 3); --sahel-quote-card-background: rgb(4, 5, 6); --sahel-quote-card-font-size: 30px"></quote-card>`,
      );
      expect(getComputedStyle($(el, '.mark')).color).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle($(el, 'figure')).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle($(el, 'blockquote')).fontSize).to.equal('30px');
      for (const part of ['figure', 'quote', 'attribution', 'medium', 'context', 'copy']) {
        expect(el.shadowRoot!.querySelectorAll(`[part~="${part}"]`), part).to.have.length(1);
      }
    });
  });

  describe('print and reduced motion', () => {
    afterEach(() => tryEmulateMedia({ media: 'screen', reducedMotion: 'no-preference' }));

    it('prints the speaker and the quote, without the buttons', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      if (!(await tryEmulateMedia({ media: 'print' }))) {
        expect(hasMediaRule(el, 'print', 'button', 'display', 'none')).to.equal(true);
        return;
      }
      expect(getComputedStyle(copyButton(el)).display).to.equal('none');
      expect(getComputedStyle(toggle(el)).display).to.equal('none');
      expect(getComputedStyle($(el, '.speaker')).display).to.not.equal('none');
      expect(getComputedStyle($(el, 'blockquote')).display).to.equal('block');
    });

    it('drops the highlight transition for reduced motion', async () => {
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      expect(parseFloat(getComputedStyle($(el, 'figure')).transitionDuration)).to.be.greaterThan(0.1);
      if (!(await tryEmulateMedia({ reducedMotion: 'reduce' }))) {
        expect(hasMediaRule(el, 'prefers-reduced-motion: reduce', '*', 'transition-duration', '0.01ms')).to.equal(true);
        return;
      }
      expect(parseFloat(getComputedStyle($(el, 'figure')).transitionDuration)).to.be.lessThan(0.01);
    });
  });

  describe('with <actor-badge> defined', () => {
    it('shows the speaker as a badge', async () => {
      if (!customElements.get('actor-badge')) customElements.define('actor-badge', class extends HTMLElement {});
      const el = await card(html`<quote-card quote="varga-sign"></quote-card>`);
      expect($(el, '[part~="attribution"] actor-badge').getAttribute('actor')).to.equal('ines-varga');
      expect(el.shadowRoot!.querySelector('.speaker')).to.equal(null);
    });
  });

  describe('registration', () => {
    it('is defined once, and a second definition does not throw', async () => {
      expect(customElements.get('quote-card')).to.equal(QuoteCard);
      const { customElement } = await import('../src/shared/custom-element.js');
      const warn = console.warn;
      console.warn = () => undefined;
      try {
        expect(() => customElement('quote-card')(class extends QuoteCard {})).not.to.throw();
      } finally {
        console.warn = warn;
      }
    });
  });
});

describe('<quote-card> linked selection of places, events, figures and relations (Niger story)', () => {
  const isMarked = (el: HTMLElement) => {
    const figure = el.shadowRoot!.querySelector('figure')!;
    return figure.classList.contains('selected') && getComputedStyle(figure).outlineStyle === 'solid' && /highlighted/.test(figure.getAttribute('aria-label')!);
  };

  it('a place its paragraph mentions, an event cited from its paragraph, marks the card with an outline and "highlighted"', async () => {
    const { provider, el, select } = await inNiger(html`<quote-card quote="saley-1"></quote-card><quote-card quote="trainer-1"></quote-card>`, 'quote-card');
    const trainer = provider.querySelectorAll('quote-card')[1] as HTMLElement & { updateComplete: Promise<unknown> };
    expect(isMarked(el)).to.equal(false);
    await select({ kind: 'place', id: 'drone-base' });
    await trainer.updateComplete;
    expect([isMarked(el), isMarked(trainer)], 'p13 mentions the base, p8 does not').to.deep.equal([true, false]);
    await select({ kind: 'event', id: 'trainer-broadcast' });
    await trainer.updateComplete;
    expect([isMarked(el), isMarked(trainer)]).to.deep.equal([false, true]);
    await select({ kind: 'quote', id: 'trainer-2' });
    await trainer.updateComplete;
    expect(isMarked(trainer), 'the other part of the same utterance').to.equal(true);
    await select({ kind: 'quote', id: 'sign-1' });
    await trainer.updateComplete;
    expect(isMarked(trainer)).to.equal(false);
    await select(null);
    await trainer.updateComplete;
    expect([isMarked(el), isMarked(trainer)]).to.deep.equal([false, false]);
  });
});
