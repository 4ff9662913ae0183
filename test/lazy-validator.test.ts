/**
 * The story validator loads on first use (`src/story/validator.ts`): only for stories from outside the bundle,
 * never for the embedded default (validated when the bundle was built). A page of its own (web-test-runner
 * runs each file in a fresh page) that imports what the package entry imports, and nothing that imports the
 * validator itself: until a test here gives a `<sahel-story>` a story, the validator is not loaded.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import type { SahelTimeline } from '../src/elements/sahel-timeline/sahel-timeline.js';
import { loadedValidator, loadValidator } from '../src/story/validator.js';
import type { Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { captureConsoleError } from './helpers/console.js';
import { storiesSettled } from './helpers/story-ready.js';

/** Whether the page requested the validator's module (served from src/ by the test server). */
const validatorRequested = () => performance.getEntriesByType('resource').some((e) => /\/src\/story\/validate\.(js|ts)\b/.test(e.name));

/** The mini story with its first quote changed by one word, same length: only the quote-to-paragraph check can tell. */
function misquoted(): Story {
  const story = structuredClone(miniStory);
  story.quotes[0].text = story.quotes[0].text.replace('biggest', 'largest');
  return story;
}

const timelineText = (el: SahelTimeline) => el.shadowRoot?.textContent ?? '';

describe('the story validator, loaded on first use', () => {
  it('is not loaded for the embedded default story, inside a <sahel-story> with no source or outside any', async () => {
    const page = await fixture<HTMLElement>(html`<div><sahel-timeline></sahel-timeline><sahel-story><sahel-timeline></sahel-timeline></sahel-story></div>`);
    const timelines = [...page.querySelectorAll('sahel-timeline')];
    await waitUntil(() => timelines.every((t) => timelineText(t).includes('Niamey')), 'the default story never showed', { timeout: 5000 });
    expect(page.querySelector('sahel-story')!.state.status).to.equal('ready');
    expect(loadedValidator(), 'validator module loaded').to.equal(null);
    expect(validatorRequested(), 'validator module requested').to.equal(false);
  });

  it('the first story from outside waits for it, and is refused when a quote differs from its paragraph', async () => {
    expect(loadedValidator(), 'this test must run before anything loads the validator').to.equal(null);
    const restore = captureConsoleError();
    let logged: string[] = [];
    try {
      const provider = await fixture<SahelStory>(html`<sahel-story><script type="application/json">${JSON.stringify(misquoted())}</script><sahel-timeline></sahel-timeline></sahel-story>`);
      await storiesSettled(provider);
      expect(provider.state.status).to.equal('error');
      expect(provider.state.error?.kind).to.equal('invalid');
      expect(provider.state.error?.message).to.match(/^Invalid story in inline JSON: quotes\[0\]\.text: differs from its source/);
      const timeline = provider.querySelector('sahel-timeline')!.shadowRoot!;
      expect(timeline.querySelector('.status.error'), 'the timeline shows the error').not.to.equal(null);
      expect(timeline.querySelector('button.ev'), 'no event of the refused story is listed').to.equal(null);
    } finally {
      logged = restore();
    }
    expect(logged, 'one console error naming the field').to.have.length(1);
    expect(logged[0]).to.contain('quotes[0].text');
    expect(loadedValidator()).not.to.equal(null);
    expect(validatorRequested()).to.equal(true);
  });

  for (const origin of ['story property', 'inline JSON', 'src URL'] as const) {
    it(`a story from the ${origin} is validated: the misquoted one refused, the right one shown`, async () => {
      const give = (story: Story) => {
        const text = JSON.stringify(story);
        if (origin === 'story property') return html`<sahel-story .story=${story}><sahel-timeline></sahel-timeline></sahel-story>`;
        if (origin === 'inline JSON') return html`<sahel-story><script type="application/json">${text}</script><sahel-timeline></sahel-timeline></sahel-story>`;
        return html`<sahel-story src=${URL.createObjectURL(new Blob([text], { type: 'application/json' }))}><sahel-timeline></sahel-timeline></sahel-story>`;
      };
      const restore = captureConsoleError();
      try {
        const bad = await fixture<SahelStory>(give(misquoted()));
        await storiesSettled(bad);
        expect(bad.state.error?.kind, bad.state.error?.message).to.equal('invalid');
        expect(bad.state.error?.problems.map((p) => p.path)).to.deep.equal(['quotes[0].text']);
      } finally {
        restore();
      }
      const good = await fixture<SahelStory>(give(structuredClone(miniStory)));
      await storiesSettled(good);
      expect(good.state.status, good.state.error?.message).to.equal('ready');
      expect(timelineText(good.querySelector('sahel-timeline')!)).to.contain('tram');
    });
  }

  it('loadValidator() resolves to validateStory, which returns the story itself or its problems', async () => {
    const validateStory = await loadValidator();
    const story = structuredClone(miniStory);
    expect(validateStory(story)).to.deep.equal({ ok: true, story });
    const result = validateStory(misquoted());
    expect(result.ok === false && result.problems.map((p) => p.path)).to.deep.equal(['quotes[0].text']);
  });
});
