import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { inNiger } from './helpers/niger.js';
import { render, html as litHtml } from 'lit';
import type { TemplateResult } from 'lit';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { hasMediaRule, tryEmulateMedia } from './helpers/media.js';
import '../src/elements/sahel-story/sahel-story.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import { SahelTimeline } from '../src/elements/sahel-timeline/sahel-timeline.js';
import type { SahelSelectEvent } from '../src/events/sahel-select.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import type { FuzzyDate, Story, TimelineEvent } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { newsStory } from './fixtures/news-story.js';
import { tinyStory } from './helpers/stories.js';
import { storiesSettled } from './helpers/story-ready.js';

setEmbeddedStory(miniStory);

/** Engines differ in the spaces Intl uses (U+00A0, U+202F, U+2009): compare them as plain spaces. */
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ').trim();

/** The span of `words` in paragraph `paragraph` of `story`. */
function span(story: Story, paragraph: string, words: string) {
  const start = story.article.paragraphs.find((p) => p.id === paragraph)!.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${paragraph}`);
  return { paragraph, start, end: start + words.length };
}

/**
 * The mini story plus a month, a range of days and a date from outside the article, listed in
 * reverse so that the story's order is not the date order.
 */
function variedStory(): Story {
  const story = structuredClone(miniStory);
  const event = (id: string, title: string, when: FuzzyDate, actors: string[], source: TimelineEvent['source']): TimelineEvent => ({
    id,
    title,
    when,
    actors,
    places: [],
    source,
  });
  story.events.push(
    event('grant', 'Federal grant pledged', { edtf: '2024-01', start: '2024-01-01', end: '2024-01-31', precision: 'month', phrase: 'in January', basis: 'resolved' },
      ['canada'], span(story, 'p2', 'in January the federal government pledged to cover 40 percent')),
    event('petition', 'Merchants ask to move the route', { edtf: '2024-03-12/2024-03-14', start: '2024-03-12', end: '2024-03-14', precision: 'day', basis: 'article' },
      ['harbour-street-merchants', 'lakeport-council'], span(story, 'p3', 'The merchants had asked the council in vain')),
    event('study', 'First route study', { edtf: '2016', start: '2016-01-01', end: '2016-12-31', precision: 'year', basis: 'external', note: 'City archives' },
      [], span(story, 'p1', 'first proposed around 2009')),
  );
  story.events.reverse();
  return story;
}

/** [id, en short, en long, fr short, fr long, datetime] in date order. */
const expected = [
  ['line-proposed', 'c. 2009', 'around 2009', 'vers 2009', 'environ 2009', '2009'],
  ['study', '2016', '2016', '2016', '2016', '2016'],
  ['grant', 'January 2024', 'January 2024', 'janvier 2024', 'janvier 2024', '2024-01'],
  ['public-hearings', 'Week of Mar 4, 2024', 'Week of March 4, 2024', 'Semaine du 4 mars 2024', 'Semaine du 4 mars 2024', '2024-W10'],
  ['petition', 'Mar 12–14, 2024', 'March 12 to 14, 2024', '12–14 mars 2024', 'du 12 au 14 mars 2024', '2024-03'],
  ['council-vote', 'May 14, 2024', 'May 14, 2024', '14 mai 2024', '14 mai 2024', '2024-05-14'],
  ['construction-starts', 'Summer 2025', 'Summer 2025', 'Été 2025', 'Été 2025', '2025'],
];
const ids = expected.map(([id]) => id);

/** A story of `n` events spread over the years, for the scale tests. */
function bigStory(n: number): Story {
  const story = structuredClone(miniStory);
  const source = story.events[0].source;
  // every generated event has happened: published after the last of them (a past event may not end after it)
  story.article.published = '2025-01-01';
  story.events = Array.from({ length: n }, (_, i) => {
    const year = 2000 + (i % 25);
    const month = String(1 + (i % 12)).padStart(2, '0');
    const day = String(1 + (i % 28)).padStart(2, '0');
    const iso = `${year}-${month}-${day}`;
    return {
      id: `e${i}`,
      title: `Event number ${i}`,
      ...(i % 3 ? {} : { summary: 'Something happened on this day, as the article says.' }),
      when: { edtf: iso, start: iso, end: iso, precision: 'day', basis: 'article' },
      actors: i % 2 ? ['lakeport-council'] : [],
      places: [],
      source,
    } as TimelineEvent;
  });
  return story;
}

const shadow = (el: SahelTimeline) => el.shadowRoot!;
const $ = <E extends Element = HTMLElement>(el: SahelTimeline, selector: string) => shadow(el).querySelector<E>(selector);
const $$ = <E extends Element = HTMLElement>(el: SahelTimeline, selector: string) => [...shadow(el).querySelectorAll<E>(selector)];
const eventIds = (el: SahelTimeline) => $$(el, 'button.ev').map((b) => b.id.slice(2));
const item = (el: SahelTimeline, id: string) => $(el, `#b-${id}`)!.closest('li')!;
const button = (el: SahelTimeline, id: string) => $<HTMLButtonElement>(el, `#b-${id}`)!;

/** Renders `template` and returns its timeline once the timeline has shown its list or a status. */
async function timeline(template: TemplateResult): Promise<SahelTimeline> {
  const root = await fixture<HTMLElement>(template);
  const el = root instanceof SahelTimeline ? root : root.querySelector('sahel-timeline')!;
  await waitUntil(() => $(el, '.list, .status'), 'the timeline rendered nothing');
  await el.updateComplete;
  return el;
}

/** `attrs` inside a provider of `story`, once the provider has validated and shown it (the validator loads on first use). */
async function withStory(story: Story, attrs: TemplateResult = html`<sahel-timeline></sahel-timeline>`): Promise<SahelTimeline> {
  const el = await timeline(html`<sahel-story .story=${story}>${attrs}</sahel-story>`);
  await storiesSettled(el.closest('sahel-story')!);
  return el;
}

const providerOf = (el: SahelTimeline) => el.closest('sahel-story') as SahelStory;

// The provider logs one console error per failed load, by design.
function silenceConsoleError(): () => void {
  const original = console.error;
  console.error = () => undefined;
  return () => void (console.error = original);
}

describe('<sahel-timeline>', () => {
  describe('accessibility', () => {
    it('is accessible in light, with an event open, a highlight and an actor selected', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline highlight="grant"></sahel-timeline>`);
      button(el, 'petition').click();
      providerOf(el).selection = { kind: 'actor', id: 'lakeport-council' };
      await el.updateComplete;
      expect($(el, '.list.sel')).not.to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is accessible in dark, and paints its own dark surface', async () => {
      const el = await timeline(html`<div style="color-scheme: dark; background: #000; padding: 8px">
        <sahel-story .story=${variedStory()}><sahel-timeline show-sources highlight="grant"></sahel-timeline></sahel-story>
      </div>`);
      providerOf(el).selection = { kind: 'actor', id: 'canada' };
      await el.updateComplete;
      expect(getComputedStyle(el).backgroundColor).to.equal('rgb(29, 29, 31)');
      await expect(el).to.be.accessible();
    });

    it('is accessible in French, horizontally, with a forced dark theme on a light page', async () => {
      const el = await timeline(html`<div lang="fr" style="width: 1000px">
        <sahel-story .story=${variedStory()}><sahel-timeline theme="dark" layout="horizontal" show-sources></sahel-timeline></sahel-story>
      </div>`);
      expect(plain($(el, '.summary [aria-hidden]')?.textContent)).to.match(/^7 événements/);
      await expect(el).to.be.accessible();
    });

    it('is accessible while loading and in error', async () => {
      const loading = await timeline(html`<sahel-story src="/test/fixtures/mini-story.json?timeline-loading"><sahel-timeline></sahel-timeline></sahel-story>`);
      expect($(loading, '.status')?.textContent).to.equal('Loading story…');
      await expect(loading).to.be.accessible();
      const restore = silenceConsoleError();
      let failed: SahelTimeline;
      try {
        failed = await timeline(html`<sahel-story src="/test/fixtures/does-not-exist.json"><sahel-timeline></sahel-timeline></sahel-story>`);
        await waitUntil(() => $(failed, '.status.error'), 'no error state');
      } finally {
        restore();
      }
      expect($(failed, '.status.error strong')?.textContent).to.equal('This story could not be shown');
      await expect(failed).to.be.accessible();
    });
  });

  describe('rendering the events', () => {
    it('lists them in date order, whatever the story order, with honest labels and datetime values', async () => {
      const el = await withStory(variedStory());
      expect(eventIds(el)).to.deep.equal(ids);
      for (const [id, short, long, , , datetime] of expected) {
        const time = $(el, `#b-${id} time`)!;
        expect(time.getAttribute('datetime'), id).to.equal(datetime);
        if (short === long) {
          expect(plain(time.textContent), id).to.equal(short);
        } else {
          // seen: the short label; heard: the date in full words
          expect(plain(time.querySelector('.short')?.textContent), id).to.equal(short);
          expect(plain(time.querySelector('.visually-hidden')?.textContent), id).to.equal(`(${long})`);
        }
      }
      expect($(el, '#b-council-vote .title')?.textContent).to.equal('Council approves the Harbour Street tram line');
      expect($(el, '#b-council-vote')!.closest('li')!.querySelector('[part="description"]')?.textContent).to.equal(
        'Seven of nine councillors vote for a 4.2-kilometre line along Harbour Street.',
      );
    });

    it('writes the dates in French for a French page', async () => {
      const el = await timeline(html`<div lang="fr"><sahel-story .story=${variedStory()}><sahel-timeline></sahel-timeline></sahel-story></div>`);
      for (const [id, , , short, long] of expected) {
        const time = $(el, `#b-${id} time`)!;
        if (short === long) expect(plain(time.textContent), id).to.equal(short);
        else {
          expect(plain(time.querySelector('.short')?.textContent), id).to.equal(short);
          expect(plain(time.querySelector('.visually-hidden')?.textContent), id).to.equal(`(${long})`);
        }
      }
      expect($(el, '#b-study > .visually-hidden')?.textContent).to.equal('(date extérieure à l’article)');
      expect(plain($(el, '.summary [aria-hidden]')?.textContent)).to.equal('7 événements, d’environ 2009 à été 2025 ; 1 prévu, dont 1 à date approximative');
      el.closest('div')!.lang = 'en';
      await waitUntil(() => plain($(el, '#b-grant time')?.textContent) === 'January 2024', 'did not follow the new lang');
    });

    it('groups them by year, each year a labelled list', async () => {
      const el = await withStory(variedStory());
      const groups = $$(el, '.list > li');
      expect(groups.map((g) => g.querySelector('[part="year"]')?.textContent)).to.deep.equal(['2009', '2016', '2024', '2025']);
      expect(groups.map((g) => g.querySelectorAll('li[part="item"]').length)).to.deep.equal([1, 1, 4, 1]);
      const inner = groups[2].querySelector('ol')!;
      expect(shadow(el).getElementById(inner.getAttribute('aria-labelledby')!)?.textContent).to.equal('2024');
    });

    it('marks a date from outside the article, visibly and for screen readers, with its note when open', async () => {
      const el = await withStory(variedStory());
      const mark = $(el, '#b-study .ext')!;
      expect(mark.textContent).to.equal('†');
      expect(getComputedStyle(mark).display).not.to.equal('none');
      expect(mark.title).to.equal('City archives');
      expect($(el, '#b-study > .visually-hidden')?.textContent).to.equal('(date from outside the article)');
      expect($(el, '#b-grant .ext')).to.equal(null);
      button(el, 'study').click();
      await el.updateComplete;
      expect(item(el, 'study').querySelector('.details')?.textContent).to.contain('date from outside the article (City archives)');
    });

    it('summarises the list in one line, read once (not again as the list’s description)', async () => {
      const el = await withStory(variedStory());
      const summary = $(el, '[part="summary"]')!;
      expect(plain(summary.querySelector('[aria-hidden]')?.textContent)).to.equal('7 events, from c. 2009 to summer 2025; 1 planned; 1 with an approximate date');
      expect(plain(summary.querySelector('.visually-hidden')?.textContent)).to.equal('7 events, from around 2009 to summer 2025; 1 planned; 1 with an approximate date');
      expect($(el, '[part="list"]')?.hasAttribute('aria-describedby')).to.equal(false);
    });

    it('renders story text as text, never as HTML', async () => {
      const story = variedStory();
      story.events[0].title = '<img src="x" onerror="window.__pwned = true">Study';
      const el = await withStory(story);
      expect($(el, '#b-study .title')?.textContent).to.equal(story.events[0].title);
      expect($(el, 'img')).to.equal(null);
    });

    it('re-renders when the story changes', async () => {
      const el = await withStory(variedStory());
      providerOf(el).story = tinyStory('other', 'Another story');
      await waitUntil(() => eventIds(el).join() === 'opening', 'did not show the new story');
      expect($(el, '.title')?.textContent).to.equal('Bridge opens');
    });
  });

  describe('filters', () => {
    it('actor keeps only the events of those actors (a list separated by spaces or commas)', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline actor="canada"></sahel-timeline>`);
      expect(eventIds(el)).to.deep.equal(['grant']);
      el.actor = 'mara-okafor, harbour-street-merchants';
      await el.updateComplete;
      expect(eventIds(el)).to.deep.equal(['petition', 'council-vote']);
      el.setAttribute('actor', 'canada mara-okafor');
      await el.updateComplete;
      expect(eventIds(el)).to.deep.equal(['grant', 'council-vote']);
    });

    it('from and to keep the events that may fall between them', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline from="2024-03-10" to="2024-12-31"></sahel-timeline>`);
      // the week of March 4 runs to March 10, so it may fall in the range
      expect(eventIds(el)).to.deep.equal(['public-hearings', 'petition', 'council-vote']);
      el.from = '2016';
      el.to = '2024-01';
      await el.updateComplete;
      expect(eventIds(el)).to.deep.equal(['study', 'grant']);
      expect(plain($(el, '.summary [aria-hidden]')?.textContent)).to.equal('2 events, from 2016 to January 2024');
    });

    it('shows "No events" when nothing matches, and the list again when something does', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline actor="canada" from="2025-01-01"></sahel-timeline>`);
      expect($(el, '.list')).to.equal(null);
      expect($(el, '[role="status"]')?.textContent).to.equal('No events');
      await expect(el).to.be.accessible();
      el.removeAttribute('from');
      await el.updateComplete;
      expect(eventIds(el)).to.deep.equal(['grant']);
    });
  });

  describe('highlight and selection', () => {
    it('highlight marks one event', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline highlight="council-vote"></sahel-timeline>`);
      expect(item(el, 'council-vote').classList.contains('hl')).to.equal(true);
      expect(getComputedStyle(item(el, 'council-vote')).backgroundColor).to.equal('rgb(255, 240, 184)');
      expect(getComputedStyle(item(el, 'grant')).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
      expect($$(el, '.hl')).to.have.length(1);
    });

    const HIGHLIGHT = 'rgb(255, 240, 184)';
    const MUTED = 'rgb(88, 88, 88)';
    const FG = 'rgb(27, 27, 27)';
    /** Event ids by look: highlighted (background), dimmed (muted title), plain. */
    function looks(el: SahelTimeline) {
      const look = (id: string) => {
        const li = item(el, id);
        expect(li.getBoundingClientRect().height, `${id} is shown`).to.be.greaterThan(0);
        if (getComputedStyle(li).backgroundColor === HIGHLIGHT) return 'on';
        return getComputedStyle(li.querySelector('.title')!).color === MUTED ? 'dim' : 'plain';
      };
      return Object.fromEntries(ids.map((id) => [id, look(id)]));
    }

    it("the story's selected actor highlights its events and dims the others without hiding them", async () => {
      const el = await withStory(variedStory());
      providerOf(el).selection = { kind: 'actor', id: 'lakeport-council' };
      await el.updateComplete;
      expect(looks(el)).to.deep.equal({
        'line-proposed': 'dim', study: 'dim', grant: 'dim', 'public-hearings': 'on', petition: 'on', 'council-vote': 'on', 'construction-starts': 'dim',
      });
      expect(getComputedStyle(item(el, 'petition').querySelector('.title')!).color).to.equal(FG);
      providerOf(el).selection = { kind: 'actor', id: 'canada' };
      await el.updateComplete;
      expect(Object.entries(looks(el)).filter(([, look]) => look === 'on').map(([id]) => id)).to.deep.equal(['grant']);
      providerOf(el).selection = null;
      await el.updateComplete;
      expect(new Set(Object.values(looks(el)))).to.deep.equal(new Set(['plain']));
    });

    it('a selected actor id cannot inject CSS', async () => {
      const el = await withStory(variedStory());
      providerOf(el).selection = { kind: 'actor', id: 'x"]{} .item{display:none} [x="' } as never;
      await el.updateComplete;
      expect(new Set(Object.values(looks(el)))).to.deep.equal(new Set(['dim']));
    });

    it('opening an event selects it (sahel-select and the story selection); closing it clears that', async () => {
      const el = await withStory(variedStory());
      const provider = providerOf(el);
      setTimeout(() => button(el, 'grant').click());
      const selected = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(selected.selection).to.deep.equal({ kind: 'event', id: 'grant' });
      expect(selected.bubbles && selected.composed).to.equal(true);
      expect(provider.selection).to.deep.equal({ kind: 'event', id: 'grant' });
      await el.updateComplete;
      expect(item(el, 'grant').classList.contains('hl')).to.equal(true);
      setTimeout(() => button(el, 'grant').click());
      const cleared = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(cleared.selection).to.equal(null);
      expect(provider.selection).to.equal(null);
    });
  });

  describe('sources', () => {
    it('an event expands to its source sentence, the cited words marked, with the phrase and actors', async () => {
      const el = await withStory(variedStory());
      const b = button(el, 'public-hearings');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(item(el, 'public-hearings').querySelector('.details')).to.equal(null);
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      const details = shadow(el).getElementById(b.getAttribute('aria-controls')!)!;
      const source = details.querySelector('[part="source"]')!;
      expect(source.querySelector('mark')?.textContent).to.equal('the route had been chosen after a week of public hearings that began on March 4');
      // the whole sentence, from the previous sentence's end to this one's end
      expect(plain(source.textContent)).to.equal(
        'Source: A council engineer, who asked not to be named because she was not authorised to speak publicly, said the route had been chosen after a week of public hearings that began on March 4.',
      );
      expect(source.textContent).not.to.contain('Construction is due');
      expect(details.textContent).to.contain('In the article: “a week of public hearings that began on March 4”');
      expect(plain(details.textContent)).to.contain('Actors: Lakeport City Council');
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(details.isConnected).to.equal(false);
    });

    it('cuts the sentence at its end even after closing quotes', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline show-sources></sahel-timeline>`);
      const source = item(el, 'petition').querySelector('[part="source"]')!;
      expect(source.querySelector('mark')?.textContent).to.equal('The merchants had asked the council in vain');
      expect(plain(source.textContent)).to.equal('Source: The merchants had asked the council in vain to move the route one block north.');
    });

    it('show-sources opens every event, and each can still be closed', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline show-sources></sahel-timeline>`);
      expect($$(el, '[part="source"]')).to.have.length(ids.length);
      expect($$(el, '[aria-expanded="true"]')).to.have.length(ids.length);
      button(el, 'grant').click();
      await el.updateComplete;
      expect($$(el, '[part="source"]')).to.have.length(ids.length - 1);
      el.showSources = false;
      await el.updateComplete;
      expect($$(el, '[part="source"]')).to.have.length(0);
    });

    it('compact hides event summaries', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline compact></sahel-timeline>`);
      expect($(el, '[part="description"]')).to.equal(null);
      el.compact = false;
      await el.updateComplete;
      expect($$(el, '[part="description"]')).to.have.length(1);
    });

    it('printing opens every event', async () => {
      const el = await withStory(variedStory());
      window.dispatchEvent(new Event('beforeprint'));
      expect($$(el, '[part="source"]')).to.have.length(ids.length);
      window.dispatchEvent(new Event('afterprint'));
      expect($$(el, '[part="source"]')).to.have.length(0);
    });
  });

  describe('keyboard', () => {
    async function focused(): Promise<SahelTimeline> {
      const page = await fixture<HTMLElement>(html`<div>
        <button id="before">before</button>
        <sahel-story .story=${variedStory()}><sahel-timeline></sahel-timeline></sahel-story>
        <button id="after">after</button>
      </div>`);
      const el = page.querySelector('sahel-timeline')!;
      await waitUntil(() => $(el, '.list'));
      page.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      return el;
    }
    const current = (el: SahelTimeline) => shadow(el).activeElement?.id.slice(2);
    async function shiftTab() {
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
    }

    it('the list is one tab stop', async () => {
      const el = await focused();
      expect(current(el)).to.equal(ids[0]);
      expect($$(el, '[tabindex="0"]')).to.have.length(1);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await shiftTab();
      expect(current(el)).to.equal(ids[0]);
    });

    it('arrows, Home and End move the focus (roving tabindex), which stays visible', async () => {
      const el = await focused();
      await sendKeys({ press: 'ArrowDown' });
      expect(current(el)).to.equal(ids[1]);
      await sendKeys({ press: 'ArrowDown' });
      expect(current(el)).to.equal(ids[2]);
      await sendKeys({ press: 'ArrowUp' });
      expect(current(el)).to.equal(ids[1]);
      await sendKeys({ press: 'End' });
      expect(current(el)).to.equal(ids.at(-1));
      await sendKeys({ press: 'ArrowDown' });
      expect(current(el)).to.equal(ids.at(-1));
      await sendKeys({ press: 'Home' });
      expect(current(el)).to.equal(ids[0]);
      await sendKeys({ press: 'ArrowUp' });
      expect(current(el)).to.equal(ids[0]);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect($$(el, '[tabindex="0"]').map((b) => b.id.slice(2))).to.deep.equal([ids[1]]);
      expect(getComputedStyle(shadow(el).activeElement!).outlineStyle).to.equal('solid');
      // leaving and coming back returns to the event last focused
      await sendKeys({ press: 'Tab' });
      await shiftTab();
      expect(current(el)).to.equal(ids[1]);
    });

    it('Enter and Space expand and collapse the focused event', async () => {
      const el = await focused();
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button(el, ids[1]).getAttribute('aria-expanded')).to.equal('true');
      expect(item(el, ids[1]).querySelector('[part="source"]')).not.to.equal(null);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(button(el, ids[1]).getAttribute('aria-expanded')).to.equal('false');
      expect(current(el)).to.equal(ids[1]);
    });

    it('Left and Right move only in the horizontal layout', async () => {
      const el = await focused();
      await sendKeys({ press: 'ArrowRight' });
      expect(current(el)).to.equal(ids[0]);
      el.layout = 'horizontal';
      await el.updateComplete;
      await sendKeys({ press: 'ArrowRight' });
      expect(current(el)).to.equal(ids[1]);
      await sendKeys({ press: 'ArrowLeft' });
      expect(current(el)).to.equal(ids[0]);
    });

    it('arrow keys pressed outside the widget do nothing to it', async () => {
      const el = await focused();
      await sendKeys({ press: 'ArrowDown' });
      const page = el.closest('div')!;
      page.querySelector<HTMLButtonElement>('#after')!.focus();
      for (const press of ['ArrowDown', 'ArrowUp', 'End', 'Home', 'Enter']) await sendKeys({ press });
      await el.updateComplete;
      expect($$(el, '[tabindex="0"]').map((b) => b.id.slice(2))).to.deep.equal([ids[1]]);
      expect($$(el, '[aria-expanded="true"]')).to.have.length(0);
      expect(shadow(el).activeElement).to.equal(null);
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    const listStyle = (el: SahelTimeline) => getComputedStyle($(el, '.list')!);
    const inBox = (width: number, attrs: TemplateResult) =>
      timeline(html`<div style="width: ${width}px"><sahel-story .story=${variedStory()}>${attrs}</sahel-story></div>`);

    it('vertical by default; horizontal scrolls inside itself', async () => {
      const vertical = await inBox(1000, html`<sahel-timeline></sahel-timeline>`);
      expect(listStyle(vertical).display).to.equal('block');
      const horizontal = await inBox(1000, html`<sahel-timeline layout="horizontal"></sahel-timeline>`);
      expect(listStyle(horizontal).display).to.equal('flex');
      expect(listStyle(horizontal).overflowX).to.equal('auto');
      const items = $$(horizontal, 'li[part="item"]').map((li) => li.getBoundingClientRect());
      expect(items[1].left).to.be.greaterThan(items[0].left);
      expect(Math.round(items[1].top)).to.equal(Math.round(items[0].top));
    });

    it('auto follows the widget’s own width, not the window’s', async () => {
      const wide = await inBox(1000, html`<sahel-timeline layout="auto"></sahel-timeline>`);
      expect(listStyle(wide).display).to.equal('flex');
      await setViewport({ width: 1200, height: 600 });
      const narrow = await inBox(500, html`<sahel-timeline layout="auto"></sahel-timeline>`);
      expect(listStyle(narrow).display).to.equal('block');
    });

    it('has no horizontal overflow at 280px, vertical or horizontal', async () => {
      await setViewport({ width: 280, height: 640 });
      const story = variedStory();
      story.events[0].title = 'Averyveryveryverylongwordwithoutanyspacesthatcouldoverflowthecolumn';
      const page = await fixture<HTMLElement>(html`<div>
        <sahel-story .story=${story}><sahel-timeline show-sources></sahel-timeline><sahel-timeline layout="horizontal"></sahel-timeline></sahel-story>
      </div>`);
      const [vertical, horizontal] = [...page.querySelectorAll('sahel-timeline')];
      await waitUntil(() => $(vertical, '.list') && $(horizontal, '.list'));
      expect(vertical.clientWidth).to.be.at.most(280);
      expect(vertical.scrollWidth).to.be.at.most(vertical.clientWidth);
      expect(horizontal.scrollWidth).to.be.at.most(horizontal.clientWidth);
      const list = $(horizontal, '.list')!;
      expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
      expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
    });

    it('a timeline created inside a hidden container lays out once shown', async () => {
      const page = await fixture<HTMLElement>(html`<div hidden style="width: 1000px">
        <sahel-story .story=${variedStory()}><sahel-timeline layout="auto"></sahel-timeline></sahel-story>
      </div>`);
      const el = page.querySelector('sahel-timeline')!;
      await waitUntil(() => $(el, '.list'));
      expect(el.getBoundingClientRect().width).to.equal(0);
      page.hidden = false;
      await new Promise(requestAnimationFrame);
      expect(listStyle(el).display).to.equal('flex');
      const first = item(el, ids[0]).getBoundingClientRect();
      expect(first.width).to.be.closeTo(256, 1);
      expect(first.height).to.be.greaterThan(20);
    });

    it('prints vertically, every item laid out', async () => {
      const el = await inBox(1000, html`<sahel-timeline layout="horizontal"></sahel-timeline>`);
      if (!(await tryEmulateMedia({ media: 'print' }))) {
        expect(hasMediaRule(el, 'print', '.item', 'content-visibility', 'visible')).to.equal(true);
        return;
      }
      try {
        expect(listStyle(el).display).to.equal('block');
        expect(getComputedStyle(item(el, ids[0])).contentVisibility).to.equal('visible');
      } finally {
        await tryEmulateMedia({ media: 'screen' });
      }
    });

    it('has no motion at all (so prefers-reduced-motion has nothing to reduce)', async () => {
      const el = await withStory(variedStory(), html`<sahel-timeline show-sources highlight="grant"></sahel-timeline>`);
      button(el, ids[0]).focus();
      for (const node of [el, ...$$(el, '*')]) {
        for (const pseudo of [null, '::before', '::after']) {
          const style = getComputedStyle(node, pseudo);
          expect(parseFloat(style.transitionDuration), `${node.localName}${pseudo ?? ''}`).to.equal(0);
          expect(style.animationName, `${node.localName}${pseudo ?? ''}`).to.equal('none');
        }
      }
    });
  });

  describe('outside a provider', () => {
    it('shows the embedded default story', async () => {
      const el = await timeline(html`<sahel-timeline></sahel-timeline>`);
      expect(eventIds(el)).to.deep.equal(['line-proposed', 'public-hearings', 'council-vote', 'construction-starts']);
    });
  });

  describe('scale', () => {
    /**
     * Runs `work` while a timer ticks, and returns how long the page was blocked at most: the longest
     * gap between ticks (script, style, layout and paint alike), in every engine.
     */
    async function longestBlock(work: () => Promise<unknown>): Promise<number> {
      let last = performance.now();
      let longest = 0;
      let running = true;
      const tick = () => {
        const now = performance.now();
        longest = Math.max(longest, now - last);
        last = now;
        if (running) setTimeout(tick);
      };
      setTimeout(tick);
      await work();
      running = false;
      await new Promise((resolve) => setTimeout(resolve));
      return longest;
    }

    const items = (el: SahelTimeline) => shadow(el).querySelectorAll('li[part="item"]').length;

    /**
     * Gives a connected timeline's provider `story`, waits until all its events are laid out (the story is
     * validated and indexed first); returns [ms, longest block, first render's items, timeline].
     */
    async function renderStory(story: Story): Promise<[number, number, number, SahelTimeline]> {
      const provider = await fixture<SahelStory>(html`<sahel-story><sahel-timeline></sahel-timeline></sahel-story>`);
      const el = provider.querySelector('sahel-timeline')!;
      await el.updateComplete;
      let first = 0;
      const start = performance.now();
      const block = await longestBlock(async () => {
        const loaded = oneEvent(provider, 'sahel-story-load');
        provider.story = story;
        await loaded;
        await el.updateComplete;
        first = items(el);
        await waitUntil(() => items(el) === story.events.length, 'not every event rendered', { interval: 5, timeout: 30000 });
        void $(el, '.list')!.getBoundingClientRect();
      });
      return [performance.now() - start, block, first, el];
    }

    /** A bare Lit list of the same events (date and title) rendered at once, as a yardstick. */
    function bareTime(story: Story): number {
      const host = document.createElement('div');
      document.body.append(host);
      const start = performance.now();
      render(litHtml`<ol>${story.events.map((e) => litHtml`<li><time datetime=${e.when.start}>${e.when.start}</time> ${e.title}</li>`)}</ol>`, host);
      void host.getBoundingClientRect();
      const time = performance.now() - start;
      host.remove();
      return time;
    }

    it('renders 1,000 and 10,000 events progressively (the first 100 at once, then slices of a task each), never freezing the page', async function () {
      this.timeout(90000);
      const thousand = bigStory(1000);
      bareTime(thousand); // warm up the engine for both
      const [ms1000, block1000, first1000] = await renderStory(thousand);
      const bare1000 = bareTime(thousand);
      const tenThousand = bigStory(10000);
      const [ms10000, block10000, first10000, big] = await renderStory(tenThousand);
      const bare10000 = bareTime(tenThousand);
      await new Promise(requestAnimationFrame);
      await new Promise(requestAnimationFrame);
      const select10000 = await longestBlock(async () => {
        providerOf(big).selection = { kind: 'actor', id: 'lakeport-council' };
        await big.updateComplete;
      });
      console.log(
        `sahel-timeline: 1,000 events ${ms1000.toFixed(0)} ms (longest block ${block1000.toFixed(0)} ms; bare Lit list at once ${bare1000.toFixed(0)} ms); ` +
          `10,000 events ${ms10000.toFixed(0)} ms (longest block ${block10000.toFixed(0)} ms; bare ${bare10000.toFixed(0)} ms); ` +
          `selecting an actor over 10,000: ${select10000.toFixed(0)} ms`,
      );
      expect([first1000, first10000]).to.deep.equal([100, 100]);
      expect($(big, '.list.sel')).not.to.equal(null);
      expect(shadow(big).querySelectorAll('.item[data-actors~="lakeport-council"]')).to.have.length(5000);
      expect(getComputedStyle($(big, '.item[data-actors~="lakeport-council"]')!).backgroundColor).to.equal('rgb(255, 240, 184)');
      // Timing bounds are relative to the bare list measured in the same conditions (the machine may be loaded):
      // they catch one giant task or quadratic work, not noise.
      expect(block10000).to.be.below(bare10000);
      expect(select10000).to.be.below(ms10000);
      expect(ms1000).to.be.below(4 * bare1000 + 200);
    });

    it('a long timeline skips its off-screen years whole (each as high as its events), and the events of a year of over 500 one by one', async function () {
      this.timeout(60000);
      const [, , , el] = await renderStory(bigStory(1000));
      const groups = $$(el, '.group');
      expect(groups).to.have.length(26); // 2000–2024, and 2025 with the publication day's row
      for (const g of groups) {
        expect(getComputedStyle(g).contentVisibility).to.equal('auto');
        expect(g.style.getPropertyValue('--_n')).to.equal(String(g.querySelectorAll('.items > li').length));
      }
      expect(getComputedStyle($(el, '.item')!).contentVisibility).to.equal('visible');
      // 2024 is far below the viewport, never laid out: 40 events of 4rem, and 3rem for its label
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
      expect(groups[24].getBoundingClientRect().height).to.be.closeTo(40 * 4 * rem + 3 * rem, 1);
      // one year of 600 events: its items are skipped one by one
      const oneYear = bigStory(600);
      for (const e of oneYear.events) e.when = { ...e.when, edtf: e.when.start.replace(/^\d{4}/, '2024'), start: e.when.start.replace(/^\d{4}/, '2024'), end: e.when.start.replace(/^\d{4}/, '2024') };
      const [, , , single] = await renderStory(oneYear);
      expect($$(single, '.group')).to.have.length(2); // 2024, and the publication day's 2025
      expect($(single, '.group.big')).not.to.equal(null);
      expect(getComputedStyle($(single, '.item')!).contentVisibility).to.equal('auto');
    });
  });

  describe('a story with events that have not happened, open spans and corrections', () => {
    /** Every row of the list in order: event ids, and `published` for the publication day's row. */
    const rows = (el: SahelTimeline) => $$(el, '.items > li').map((li) => (li.matches('[part="published"]') ? 'published' : li.querySelector('button.ev')!.id.slice(2)));
    const name = (el: SahelTimeline, id: string) => plain(button(el, id).textContent).replace(/\s+/g, ' ');

    it('is accessible with every event open, in English and in French', async () => {
      const el = await withStory(newsStory, html`<sahel-timeline show-sources></sahel-timeline>`);
      await expect(el).to.be.accessible();
      const fr = await timeline(html`<div lang="fr"><sahel-story .story=${newsStory}><sahel-timeline show-sources></sahel-timeline></sahel-story></div>`);
      await expect(fr).to.be.accessible();
    });

    it('marks each event that has not happened, or is ongoing, in words inside its button (so in its accessible name)', async () => {
      const el = await withStory(newsStory);
      const marks = Object.fromEntries(newsStory.events.map((e) => [e.id, $(el, `#b-${e.id} [part="event-status"]`)?.textContent ?? '']));
      expect(marks).to.deep.equal({
        'first-plan': '', 'water-dispute': 'Ongoing', flood: '', 'council-vote': '', 'reservoir-falls': 'Expected',
        'barrier-finished': 'Planned', blockade: 'Threatened', spillway: 'Conditional', construction: 'Planned',
      });
      expect(name(el, 'construction')).to.match(/ Planned Construction of the barrier begins$/);
    });

    it('draws events that have not happened differently without colour: a dashed dot, an italic date, a dashed mark', async () => {
      const el = await withStory(newsStory);
      const style = (id: string) => getComputedStyle(item(el, id));
      for (const id of ['reservoir-falls', 'barrier-finished', 'blockade', 'spillway', 'construction']) {
        expect(style(id).backgroundImage, id).to.contain('repeating-conic-gradient');
        expect(getComputedStyle($(el, `#b-${id} time`)!).fontStyle, id).to.equal('italic');
        expect(getComputedStyle($(el, `#b-${id} [part="event-status"]`)!).borderStyle, id).to.contain('dashed');
      }
      for (const id of ['first-plan', 'water-dispute', 'council-vote']) {
        expect(style(id).backgroundImage, id).not.to.contain('conic');
        expect(getComputedStyle($(el, `#b-${id} time`)!).fontStyle, id).to.equal('normal');
      }
    });

    it('marks the publication day as its own row between what has happened and what has not', async () => {
      const el = await withStory(newsStory);
      expect(rows(el)).to.deep.equal([
        'first-plan', 'water-dispute', 'flood', 'council-vote', 'published',
        'reservoir-falls', 'barrier-finished', 'blockade', 'spillway', 'construction',
      ]);
      const row = $(el, '[part="published"]')!;
      expect(plain(row.querySelector('[aria-hidden="true"]')!.textContent)).to.equal('Published Apr 13, 2024');
      expect(plain(row.querySelector('.visually-hidden')!.textContent)).to.equal('Published April 13, 2024');
      expect(row.querySelector('button')).to.equal(null);
      // the keyboard still moves from event to event, past the row
      expect(eventIds(el)).to.have.length(newsStory.events.length);
    });

    it('puts the publication row at the end when everything has happened, and leaves it out when the filters exclude the day', async () => {
      const el = await withStory(miniStory);
      expect(rows(el).slice(-2)).to.deep.equal(['published', 'construction-starts']);
      el.to = '2024-04';
      await el.updateComplete;
      expect(rows(el)).not.to.include('published');
      el.to = '';
      el.from = '2024-06';
      await el.updateComplete;
      expect(rows(el)).to.deep.equal(['construction-starts']);
    });

    it('summarises in words, never nesting dashes, and counts what has not happened by status', async () => {
      const el = await withStory(newsStory);
      const summary = plain($(el, '.summary [aria-hidden]')?.textContent);
      // the last bound is the deadline's own year ("by the end of 2030"), not its label
      expect(summary).to.match(/^9 events, from .+ to 2030; 1 ongoing, 2 planned, 1 expected, 1 threatened, 1 conditional$/);
      el.from = '2019-06';
      await el.updateComplete;
      // an open span ("since 2019") bounds the range by the year of its closed side
      expect(plain($(el, '.summary [aria-hidden]')?.textContent)).to.equal('8 events, from 2019 to 2030; 1 ongoing, 2 planned, 1 expected, 1 threatened, 1 conditional');
      const mini = await withStory(variedStory());
      expect($(mini, '.summary')!.textContent).not.to.contain('–');
    });

    it('says the same in French', async () => {
      const el = await timeline(html`<div lang="fr"><sahel-story .story=${newsStory}><sahel-timeline from="2019-06"></sahel-timeline></sahel-story></div>`);
      expect(plain($(el, '.summary [aria-hidden]')?.textContent)).to.equal('8 événements, de 2019 à 2030 ; 1 en cours, 2 prévus, 1 attendu, 1 menace, 1 conditionnel');
      expect($(el, '#b-construction [part="event-status"]')?.textContent).to.equal('Prévu');
      expect(plain($(el, '[part="published"] [aria-hidden="true"]')?.textContent)).to.equal('Publié le 13 avr. 2024');
    });

    it("shows a conditional event's condition in the article's words once: with the event, or in its source view when compact", async () => {
      const el = await withStory(newsStory);
      const condition = item(el, 'spillway').querySelector('[part="condition"]')!;
      expect(plain(condition.textContent)).to.equal('Condition: if the rains fail to ease');
      expect(condition.querySelector('q')!.getAttribute('lang')).to.equal('en');
      button(el, 'spillway').click();
      await el.updateComplete;
      expect(item(el, 'spillway').querySelectorAll('[part="condition"], [part="source-condition"]').length, 'not read twice').to.equal(1);
      expect(item(el, 'blockade').querySelector('[part~="condition"]')).to.equal(null);
      el.compact = true;
      await el.updateComplete;
      expect(item(el, 'spillway').querySelector('[part="condition"]')).to.equal(null);
      expect(plain(item(el, 'spillway').querySelector('.details [part="source-condition"]')?.textContent)).to.equal('Condition: if the rains fail to ease');
    });

    it('groups a date known only to its decade under the decade, not under its first year', async () => {
      const el = await withStory(newsStory);
      const heading = item(el, 'first-plan').closest('.group')!.querySelector('[part="year"]')!;
      expect(heading.textContent).to.equal('1980s');
      expect([...$$(el, '[part="year"]')].map((y) => y.textContent)).not.to.include('1987');
    });

    it('marks an event a correction concerns, and shows the correction in its source view', async () => {
      const el = await withStory(newsStory);
      expect($(el, '#b-council-vote [part="event-corrected"]')?.textContent).to.equal('Corrected');
      expect(name(el, 'council-vote')).to.match(/ Corrected /);
      expect($(el, '#b-flood [part="event-corrected"]')).to.equal(null);
      button(el, 'council-vote').click();
      await el.updateComplete;
      const note = item(el, 'council-vote').querySelector('.details [part="correction"]')!;
      expect(note.getAttribute('role')).to.equal('note');
      expect(plain(note.textContent)).to.equal('Correction: An earlier version of this article misstated the day of the council vote. It was Thursday, not Wednesday.');
      expect(item(el, 'flood').querySelector('[part="correction"]')).to.equal(null);
    });

    it("lists the story's corrections after the events, with what the article now says and what each concerns", async () => {
      const el = await withStory(newsStory);
      const section = $(el, '[part="corrections"]')!;
      expect(section.getAttribute('aria-labelledby')).to.equal('corrections');
      expect(plain($(el, '#corrections')!.textContent)).to.equal('Corrections');
      const items = [...section.querySelectorAll('li')].map((li) => [...li.querySelectorAll('p')].map((p) => plain(p.textContent)).join(' '));
      expect(items).to.deep.equal([
        'Correction: An earlier version of this article misstated the day of the council vote. It was Thursday, not Wednesday. Concerns: Council votes for a flood barrier',
        'Correction: It also attributed a remark by Tomas Ekwe to another union official. The article now says: Tomas Ekwe called the vote “a promise on paper.” Concerns: “a promise on paper”, Tomas Ekwe',
      ]);
      const mini = await withStory(miniStory);
      expect($(mini, '[part="corrections"]')).to.equal(null);
    });
  });

  describe('with <actor-badge> defined', () => {
    it('shows the actors of an open event as badges', async () => {
      if (!customElements.get('actor-badge')) customElements.define('actor-badge', class extends HTMLElement {});
      const el = await withStory(variedStory(), html`<sahel-timeline show-sources></sahel-timeline>`);
      const badges = [...item(el, 'petition').querySelectorAll('actor-badge')].map((b) => b.getAttribute('actor'));
      expect(badges).to.deep.equal(['harbour-street-merchants', 'lakeport-council']);
    });
  });
});

describe('<sahel-timeline> linked selection of places, figures, quotes and relations (Niger story)', () => {
  const marked = (el: HTMLElement) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"][data-ev]')]
      .filter((li) => getComputedStyle(li.querySelector('.title')!).textDecorationLine.includes('underline') && li.querySelector('.ev')!.getAttribute('aria-describedby') === 'hl-note')
      .map((li) => li.dataset.ev)
      .sort();

  it('a place selected elsewhere marks the events there (and at places inside it) with an underline and "highlighted", not only a colour', async () => {
    const { el, select } = await inNiger(html`<sahel-timeline></sahel-timeline>`, 'sahel-timeline');
    expect(marked(el)).to.deep.equal([]);
    await select({ kind: 'place', id: 'niamey' });
    expect(marked(el)).to.deep.equal(['anti-french-protests', 'bazoum-detained', 'niamey-protest']);
    expect(el.shadowRoot!.querySelector('.list')!.classList.contains('sel'), 'the others are dimmed').to.equal(true);
    await select({ kind: 'place', id: 'bazoum-residence' });
    expect(marked(el)).to.deep.equal(['bazoum-detained']);
    await select(null);
    expect(marked(el)).to.deep.equal([]);
  });

  it('a relation at an event, and a quote, mark their events', async () => {
    const { el, select } = await inNiger(html`<sahel-timeline></sahel-timeline>`, 'sahel-timeline');
    await select({ kind: 'relation', id: 'trainer-on-television' });
    expect(marked(el)).to.deep.equal(['trainer-broadcast']);
    await select({ kind: 'quote', id: 'trainer-1' });
    expect(marked(el)).to.deep.equal(['trainer-broadcast']);
  });

  it('a marker clicked on the map marks the events at that place', async () => {
    await import('../src/elements/sahel-map/sahel-map.js');
    const { provider, el } = await inNiger(html`<sahel-map></sahel-map><sahel-timeline></sahel-timeline>`, 'sahel-timeline');
    const map = provider.querySelector('sahel-map')!;
    await waitUntil(() => map.shadowRoot!.querySelector('[data-place="niamey"]'), 'no marker');
    map.shadowRoot!.querySelector<HTMLButtonElement>('[data-place="niamey"]')!.click();
    await el.updateComplete;
    expect(marked(el)).to.deep.equal(['anti-french-protests', 'bazoum-detained', 'niamey-protest']);
  });
});
