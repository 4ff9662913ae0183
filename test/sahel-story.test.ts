import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/elements/sahel-story/sahel-story.js';
import { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import type { SahelStoryErrorEvent } from '../src/events/sahel-story-error.js';
import type { SahelStoryLoadEvent } from '../src/events/sahel-story-load.js';
import './helpers/story-reader.js';
import type { TestStoryReader } from './helpers/story-reader.js';
import { tinyStory } from './helpers/stories.js';
import { captureConsoleError } from './helpers/console.js';

setEmbeddedStory(tinyStory('embedded', 'Embedded headline'));

const ready = (reader: TestStoryReader) => waitUntil(() => reader.story.state.status !== 'loading', 'story never settled', { timeout: 4000 });
const headline = (reader: TestStoryReader) => reader.text('h2');


describe('<sahel-story>', () => {
  describe('outside any provider', () => {
    it('a widget reads the embedded default story', async () => {
      const reader = await fixture<TestStoryReader>(html`<test-story-reader></test-story-reader>`);
      await ready(reader);
      expect(reader.story.state.status).to.equal('ready');
      expect(headline(reader)).to.equal('Embedded headline');
    });

    it('a widget follows the page default, even one placed later in a sibling block', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <div class="block"><test-story-reader></test-story-reader></div>
        <div class="block other"></div>
      </div>`);
      const reader = page.querySelector('test-story-reader')!;
      expect(headline(reader)).to.equal('Embedded headline');

      const provider = document.createElement('sahel-story');
      provider.pageDefault = true;
      provider.story = tinyStory('page', 'Page default headline');
      page.querySelector('.other')!.append(provider);
      await waitUntil(() => headline(reader) === 'Page default headline', 'did not switch to the page default');

      provider.remove();
      await waitUntil(() => headline(reader) === 'Embedded headline', 'did not fall back after the page default left');
    });
  });

  describe('as an ancestor', () => {
    it('provides inline JSON to its descendants', async () => {
      const json = JSON.stringify(tinyStory('inline', 'Inline headline'));
      const provider = await fixture<SahelStory>(html`<sahel-story>
        <script type="application/json">${json}</script>
        <section><test-story-reader></test-story-reader></section>
      </sahel-story>`);
      const reader = provider.querySelector('test-story-reader')!;
      await ready(reader);
      expect(headline(reader)).to.equal('Inline headline');
    });

    it('beats a page default elsewhere on the page', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <sahel-story page-default .story=${tinyStory('page', 'Page default')}></sahel-story>
        <sahel-story .story=${tinyStory('own', 'Own provider')}><test-story-reader></test-story-reader></sahel-story>
      </div>`);
      const reader = page.querySelector('test-story-reader')!;
      await ready(reader);
      expect(headline(reader)).to.equal('Own provider');
    });

    it('wins when it upgrades after the widget (late definition)', async () => {
      const page = await fixture<HTMLElement>(html`<div><late-story-provider><test-story-reader></test-story-reader></late-story-provider></div>`);
      const reader = page.querySelector('test-story-reader')!;
      expect(headline(reader)).to.equal('Embedded headline');
      const late = page.querySelector('late-story-provider') as SahelStory;
      late.story = tinyStory('late', 'Late provider');
      customElements.define('late-story-provider', class extends SahelStory {});
      await waitUntil(() => headline(reader) === 'Late provider', 'late provider was not found');
    });

    it('with no source of its own provides the embedded story', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story><test-story-reader></test-story-reader></sahel-story>`);
      const reader = provider.querySelector('test-story-reader')!;
      await ready(reader);
      expect(headline(reader)).to.equal('Embedded headline');
    });
  });

  describe('loading from src', () => {
    it('fetches, validates and fires sahel-story-load', async () => {
      const provider = document.createElement('sahel-story');
      const loaded = oneEvent(provider, 'sahel-story-load') as Promise<SahelStoryLoadEvent>;
      provider.src = '/test/fixtures/second-story.json';
      provider.append(document.createElement('test-story-reader'));
      document.body.append(provider);
      const event = await loaded;
      expect(event.story.id).to.equal('second');
      expect(event.bubbles && event.composed).to.equal(true);
      const reader = provider.querySelector('test-story-reader')!;
      await reader.updateComplete;
      expect(headline(reader)).to.equal('Second story from JSON');
      provider.remove();
    });

    it('shows loading while the fetch is pending', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story src="/test/fixtures/second-story.json"><test-story-reader></test-story-reader></sahel-story>`);
      const reader = provider.querySelector('test-story-reader')!;
      expect(reader.text('.status')).to.equal('loading');
      await ready(reader);
      expect(reader.text('.status')).to.equal('ready');
    });

    it('changing src swaps the story for every consumer', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story src="/test/fixtures/second-story.json">
        <test-story-reader></test-story-reader><div><test-story-reader></test-story-reader></div>
      </sahel-story>`);
      const readers = [...provider.querySelectorAll('test-story-reader')];
      await waitUntil(() => readers.every((r) => headline(r) === 'Second story from JSON'));
      const inline = JSON.stringify(tinyStory('third', 'Third'));
      const blob = URL.createObjectURL(new Blob([inline], { type: 'application/json' }));
      provider.src = blob;
      await waitUntil(() => readers.every((r) => headline(r) === 'Third'), 'not every consumer swapped');
    });

    const failures: [string, string, string, RegExp][] = [
      ['a 404', '/test/fixtures/does-not-exist.json', 'http', /HTTP 404/],
      ['a network failure', 'http://127.0.0.1:9/story.json', 'network', /Could not load/],
      ['a body that is not JSON', '/test/fixtures/not-json.txt', 'parse', /is not JSON/],
      ['JSON that fails validation', '/test/fixtures/invalid-story.json', 'invalid', /quotes\[0\]\.speaker: no actor "ghost"/],
    ];
    for (const [name, src, kind, message] of failures) {
      it(`${name} gives an error state, sahel-story-error and one console error`, async () => {
        const restore = captureConsoleError();
        const provider = document.createElement('sahel-story');
        provider.append(document.createElement('test-story-reader'));
        const failed = oneEvent(provider, 'sahel-story-error') as Promise<SahelStoryErrorEvent>;
        provider.src = src;
        document.body.append(provider);
        const event = await failed;
        const logged = restore();
        const reader = provider.querySelector('test-story-reader')!;
        await reader.updateComplete;
        expect(event.error.kind).to.equal(kind);
        expect(event.error.message).to.match(message);
        expect(reader.story.state.status).to.equal('error');
        expect(reader.text('.error')).to.match(message);
        expect(logged).to.have.length(1);
        expect(logged[0]).to.match(message);
        provider.remove();
      });
    }

    it('retry loads again after an error', async () => {
      const realFetch = window.fetch;
      let calls = 0;
      window.fetch = (input, init) => (++calls === 1 ? Promise.reject(new TypeError('offline')) : realFetch(input, init));
      const restore = captureConsoleError();
      try {
        const provider = await fixture<SahelStory>(html`<sahel-story src="/test/fixtures/second-story.json"><test-story-reader></test-story-reader></sahel-story>`);
        const reader = provider.querySelector('test-story-reader')!;
        await ready(reader);
        expect(reader.story.state.error?.kind).to.equal('network');
        const loaded = oneEvent(provider, 'sahel-story-load');
        reader.story.state.retry();
        await loaded;
        await reader.updateComplete;
        expect(calls).to.equal(2);
        expect(headline(reader)).to.equal('Second story from JSON');
      } finally {
        window.fetch = realFetch;
        restore();
      }
    });
  });

  describe('selection', () => {
    it('is shared by every widget of the story and can be set from outside', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story .story=${tinyStory('s', 'S')}>
        <test-story-reader></test-story-reader><test-story-reader></test-story-reader>
      </sahel-story>`);
      const [a, b] = [...provider.querySelectorAll('test-story-reader')];
      await ready(a);
      a.story.state.select({ kind: 'actor', id: 'reyes' });
      await b.updateComplete;
      expect(b.text('.selection')).to.equal('actor:reyes');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'reyes' });
      provider.selection = null;
      await a.updateComplete;
      expect(a.text('.selection')).to.equal('');
    });

    it('is dropped when a new story does not contain the selected item', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story .story=${tinyStory('s', 'S')}><test-story-reader></test-story-reader></sahel-story>`);
      provider.selection = { kind: 'event', id: 'opening' };
      const other = tinyStory('t', 'T');
      other.events = [];
      provider.story = other;
      await provider.updateComplete;
      expect(provider.selection).to.equal(null);
    });
  });

  describe('long stories (validated and indexed in slices)', () => {
    /** A tiny story with `n` events in all: copies of its one event with new ids. */
    function longStory(id: string, headline: string, n = 3000) {
      const story = tinyStory(id, headline);
      const [event] = story.events;
      story.events = Array.from({ length: n }, (_, i) => ({ ...event, id: `e${i}` }));
      return story;
    }
    /** Every headline a provider announced with `sahel-story-load`. */
    function loads(provider: SahelStory): string[] {
      const seen: string[] = [];
      provider.addEventListener('sahel-story-load', (e) => seen.push((e as SahelStoryLoadEvent).story.article.headline));
      return seen;
    }
    /** Time for a validation still in flight to end (it would have by then), many tasks later. */
    const settle = async () => {
      for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    };

    it('shows loading, then the story, once validated across tasks', async () => {
      const story = longStory('long', 'Long story');
      const provider = await fixture<SahelStory>(html`<sahel-story><test-story-reader></test-story-reader></sahel-story>`);
      const reader = provider.querySelector('test-story-reader')!;
      const seen = loads(provider);
      provider.story = story;
      await provider.updateComplete;
      await reader.updateComplete;
      expect(reader.text('.status')).to.equal('loading');
      await oneEvent(provider, 'sahel-story-load');
      await reader.updateComplete;
      expect([reader.text('.status'), headline(reader), seen]).to.deep.equal(['ready', 'Long story', ['Long story']]);
      expect(provider.state.index?.events.size).to.equal(3000);
    });

    it('never shows a long story replaced while it was being validated', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story><test-story-reader></test-story-reader></sahel-story>`);
      const reader = provider.querySelector('test-story-reader')!;
      const seen = loads(provider);
      const headlines = new Set<string>();
      const watch = setInterval(() => headlines.add(headline(reader)));
      provider.story = longStory('a', 'Replaced story');
      await provider.updateComplete;
      provider.story = tinyStory('b', 'Small story');
      await provider.updateComplete;
      await settle();
      expect([headline(reader), seen]).to.deep.equal(['Small story', ['Small story']]);
      provider.story = longStory('c', 'Replaced again');
      await provider.updateComplete;
      provider.story = longStory('d', 'Long story');
      await oneEvent(provider, 'sahel-story-load');
      await settle();
      clearInterval(watch);
      expect([headline(reader), seen]).to.deep.equal(['Long story', ['Small story', 'Long story']]);
      expect([...headlines]).not.to.include.members(['Replaced story']);
      expect([...headlines]).not.to.include.members(['Replaced again']);
    });

    it('reports every problem of a long invalid story, not the valid story it replaced', async () => {
      const restore = captureConsoleError();
      const provider = await fixture<SahelStory>(html`<sahel-story><test-story-reader></test-story-reader></sahel-story>`);
      const reader = provider.querySelector('test-story-reader')!;
      const seen = loads(provider);
      const bad = longStory('bad', 'Bad');
      bad.events[2999].actors = ['ghost'];
      bad.events[1234].actors = ['ghost'];
      provider.story = longStory('good', 'Good');
      await provider.updateComplete;
      const failed = oneEvent(provider, 'sahel-story-error') as Promise<SahelStoryErrorEvent>;
      provider.story = bad;
      const { error } = await failed;
      await settle();
      restore();
      expect(error.problems.map((p) => p.path)).to.deep.equal(['events[1234].actors[0]', 'events[2999].actors[0]']);
      expect([reader.text('.status'), seen]).to.deep.equal(['error', []]);
    });
  });

  describe('robustness', () => {
    it('registering the element twice does not throw', () => {
      expect(customElements.get('sahel-story')).to.equal(SahelStory);
      expect(() => customElements.get('sahel-story') ?? customElements.define('sahel-story', class extends SahelStory {})).not.to.throw();
    });

    it('a bad story in one provider leaves a sibling provider working', async () => {
      const restore = captureConsoleError();
      const page = await fixture<HTMLElement>(html`<div>
        <sahel-story .story=${{ version: 2 }}><test-story-reader id="bad"></test-story-reader></sahel-story>
        <sahel-story .story=${tinyStory('ok', 'Still fine')}><test-story-reader id="good"></test-story-reader></sahel-story>
      </div>`);
      restore();
      const bad = page.querySelector<TestStoryReader>('#bad')!;
      const good = page.querySelector<TestStoryReader>('#good')!;
      await Promise.all([ready(bad), ready(good)]);
      expect(bad.story.state.status).to.equal('error');
      expect(bad.text('.error')).to.match(/version/);
      expect(headline(good)).to.equal('Still fine');
    });
  });
});
