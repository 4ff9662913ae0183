/**
 * The embedded default story declared by a loader (what `sahel-widgets` and the CDN bundle do: the story is a
 * chunk of its own): nothing is loaded while every widget reads a provider's story; the first widget that
 * needs the default story loads it, once; a failed load is an error that retry() tries again.
 * A page of its own (web-test-runner runs each test file in a fresh page): no embedded story is declared yet.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/sahel-story/sahel-story.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import { embeddedStory, setEmbeddedStory, setEmbeddedStoryLoader } from '../src/story/story-sources.js';
import type { Story } from '../src/story/types.js';
import './helpers/story-reader.js';
import type { TestStoryReader } from './helpers/story-reader.js';
import { tinyStory } from './helpers/stories.js';

let calls = 0;
let fail = true;
let release: (() => void) | null = null;
setEmbeddedStoryLoader(() => {
  calls++;
  return new Promise<Story>((resolve, reject) => {
    release = () => (fail ? reject(new Error('offline')) : resolve(tinyStory('lazy', 'Lazy headline')));
  });
});

const headline = (reader: TestStoryReader) => reader.text('h2');

describe('the embedded story, loaded on first use', () => {
  it('is not loaded while every widget reads its provider', async () => {
    const page = await fixture<HTMLElement>(html`<sahel-story .story=${tinyStory('own', 'Own headline')}>
      <test-story-reader></test-story-reader><test-story-reader></test-story-reader>
    </sahel-story>`);
    const readers = [...page.querySelectorAll('test-story-reader')];
    await waitUntil(() => readers.every((r) => headline(r) === 'Own headline'));
    expect(calls).to.equal(0);
    expect(embeddedStory()).to.equal(null);
  });

  it('a widget outside any provider starts the load (once for all), shows loading, then an error if it fails; retry loads again', async () => {
    const page = await fixture<HTMLElement>(html`<div><test-story-reader></test-story-reader><test-story-reader></test-story-reader></div>`);
    const [a, b] = [...page.querySelectorAll('test-story-reader')];
    await waitUntil(() => a.text('.status') === 'loading' && b.text('.status') === 'loading');
    expect(calls).to.equal(1);
    release!();
    await waitUntil(() => a.text('.status') === 'error', 'no error after a failed load');
    expect(a.text('.error')).to.contain('offline');
    fail = false;
    a.story.state.retry();
    await waitUntil(() => a.text('.status') === 'loading');
    expect(calls).to.equal(2);
    release!();
    await waitUntil(() => headline(a) === 'Lazy headline' && headline(b) === 'Lazy headline');
    expect(embeddedStory()?.article.headline).to.equal('Lazy headline');
  });

  it('a <sahel-story> with no source shows it, and a later setEmbeddedStory does not replace it', async () => {
    const provider = await fixture<SahelStory>(html`<sahel-story><test-story-reader></test-story-reader></sahel-story>`);
    const reader = provider.querySelector('test-story-reader')!;
    await waitUntil(() => headline(reader) === 'Lazy headline');
    setEmbeddedStory(tinyStory('late', 'Late headline'));
    expect(embeddedStory()?.article.headline).to.equal('Lazy headline');
    expect(calls).to.equal(2);
  });
});
