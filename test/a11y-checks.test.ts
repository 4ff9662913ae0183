/**
 * Checks axe cannot do (issue 18), over every element and main variant:
 *  - lang of parts: every text node of story text carries the story's language on a page in another language;
 *  - contrast: every visible text on what is really behind it (translucent and highlighted backgrounds
 *    composited), light and dark, with an event highlighted and an actor selected: ≥ 4.5:1, ≥ 3:1 when large;
 *  - forced colours: the expanded, selected and highlighted cues survive `forced-colors: active`;
 *  - accessibility-tree transcripts (Chromium CDP Accessibility.getFullAXTree), compared with the committed
 *    test/a11y-transcripts/*.txt. After a deliberate change: UPDATE_TRANSCRIPTS=1, then read the diff.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import '../src/elements/quote-card/quote-card.js';
import '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/actor-list/actor-list.js';
import type { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import { langOf } from '../src/shared/locale.js';
import { fallbackStore, setEmbeddedStory } from '../src/story/story-sources.js';
import type { Story } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { auditStory, axTree, committedTranscript, deepElements, deepTexts, emulateForcedColors, flatParent, textContrast } from './helpers/a11y.js';
import { hasMediaRule } from './helpers/media.js';

const story = auditStory(miniStory);
setEmbeddedStory(story);

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const ready = async (root: Element) => {
  for (let i = 0; i < 3; i++) {
    await Promise.all(deepElements(root).map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  }
};
const chromium = !navigator.userAgent.includes('Firefox');

/** Every element and main variant, with its details open where it has some. */
const variants: Record<string, () => TemplateResult> = {
  'sahel-timeline-vertical': () => html`<sahel-timeline show-sources highlight="council-vote"></sahel-timeline>`,
  'sahel-timeline-compact': () => html`<sahel-timeline compact></sahel-timeline>`,
  'sahel-timeline-horizontal': () => html`<sahel-timeline layout="horizontal" style="width: 700px"></sahel-timeline>`,
  'quote-card-card': () => html`<quote-card quote="okafor-second-chance"></quote-card>`,
  'quote-card-pull': () => html`<quote-card quote="varga-sign" variant="pull"></quote-card>`,
  'quote-card-compact': () => html`<quote-card quote="engineer-route" variant="compact"></quote-card>`,
  'actor-badge-chip': () => html`<p>The <actor-badge actor="mara-okafor" open></actor-badge> spoke.</p>`,
  'actor-badge-text': () => html`<p>The <actor-badge actor="council-engineer" variant="text"></actor-badge> spoke.</p>`,
  'actor-badge-full': () => html`<actor-badge actor="canada" variant="full"></actor-badge>`,
  'actor-list': () => html`<actor-list></actor-list>`,
};

async function render(template: TemplateResult, attrs: { lang?: string; dark?: boolean } = {}): Promise<HTMLElement> {
  const page = await fixture<HTMLElement>(html`<div lang=${attrs.lang ?? 'en'} style=${attrs.dark ? 'color-scheme: dark; background: #000; color: #fff' : 'color-scheme: light; background: #fff'}>${template}</div>`);
  await ready(page);
  // open the quote cards' source sentences, so their text is checked too
  for (const card of page.querySelectorAll('quote-card')) $<HTMLButtonElement>(card, '.actions button')?.click();
  await ready(page);
  return page;
}

/** Every string of the story a widget may show. */
function storyStrings(s: Story): string[] {
  return [
    s.article.headline,
    ...(s.article.publisher ? [s.article.publisher] : []),
    ...s.article.paragraphs.map((p) => p.text),
    ...s.actors.flatMap((a) => [a.name, a.role ?? '']),
    ...s.quotes.flatMap((q) => [q.text, q.context ?? '']),
    ...s.events.flatMap((e) => [e.title, e.summary ?? '', e.when.phrase ?? '', e.when.note ?? '']),
  ].filter(Boolean);
}

afterEach(() => fallbackStore().select(null));

describe('checks axe cannot do', () => {
  describe('lang of parts: story text carries the story’s language on a French page', () => {
    for (const [name, template] of Object.entries(variants)) {
      it(name, async () => {
        const page = await render(template(), { lang: 'fr' });
        const strings = storyStrings(story);
        let checked = 0;
        for (const text of deepTexts(page)) {
          const words = text.textContent!.trim();
          if (words.length < 4 || !/\p{L}{3}/u.test(words) || !strings.some((s) => s.includes(words))) continue;
          checked++;
          expect(langOf(text.parentElement ?? flatParent(text)!), `"${words}"`).to.equal(story.article.language);
        }
        expect(checked, 'story text found').to.be.greaterThan(0);
      });
    }
  });

  describe('contrast of every visible text, light and dark, with a highlight and a selection', () => {
    for (const dark of [false, true]) {
      for (const [name, template] of Object.entries(variants)) {
        it(`${name}, ${dark ? 'dark' : 'light'}`, async () => {
          const page = await render(template(), { dark });
          fallbackStore().select({ kind: 'actor', id: 'mara-okafor' });
          await ready(page);
          const failures: string[] = [];
          let checked = 0;
          for (const text of deepTexts(page)) {
            const el = text.parentElement ?? flatParent(text);
            if (!el || el.closest('.visually-hidden')) continue;
            const range = document.createRange();
            range.selectNodeContents(text);
            const box = range.getBoundingClientRect();
            if (box.width < 2 || box.height < 2 || getComputedStyle(el).visibility === 'hidden') continue;
            checked++;
            const { ratio, min, fg, bg } = textContrast(el, dark ? [0, 0, 0, 1] : [255, 255, 255, 1]);
            if (ratio < min) failures.push(`"${text.textContent!.trim().slice(0, 30)}" ${ratio.toFixed(2)} < ${min} (rgb ${fg.slice(0, 3).map(Math.round)} on ${bg.slice(0, 3).map(Math.round)})`);
          }
          expect(checked, 'texts checked').to.be.greaterThan(2);
          expect(failures).to.deep.equal([]);
        });
      }
    }
  });

  describe('forced colours keep the state cues', () => {
    it('badge selected (underlined name), quote card selected (outline), timeline expanded and highlighted', async () => {
      const page = await render(html`<p><actor-badge actor="mara-okafor"></actor-badge></p><quote-card quote="okafor-biggest"></quote-card><sahel-timeline highlight="council-vote"></sahel-timeline>`);
      const [badge, card, timeline] = ['actor-badge', 'quote-card', 'sahel-timeline'].map((s) => page.querySelector(s)!);
      (badge as ActorBadge).select();
      await ready(page);
      if (await emulateForcedColors(true)) {
        try {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          expect(getComputedStyle($(badge, '.name')!).textDecorationLine).to.contain('underline');
          expect(getComputedStyle($(card, 'figure')!).outlineStyle).to.equal('solid');
          expect(getComputedStyle($(timeline, '.hl')!).outlineStyle).to.equal('solid');
          expect(getComputedStyle($(timeline, '.ev')!).backgroundImage).to.contain('gradient');
        } finally {
          await emulateForcedColors(false);
        }
      } else {
        expect(hasMediaRule(card, 'forced-colors', 'figure.selected', 'outline-style', 'solid')).to.equal(true);
        expect(hasMediaRule(timeline, 'forced-colors', '.item', 'forced-color-adjust', 'none')).to.equal(true);
        expect(getComputedStyle($(badge, '.name')!).textDecorationLine).to.contain('underline');
      }
    });
  });

  describe('accessibility-tree transcripts', () => {
    if (chromium) {
      for (const [name, template] of Object.entries(variants)) {
        it(`${name} reads as committed in test/a11y-transcripts/${name}.txt`, async () => {
          await render(template());
          const tree = await axTree();
          expect(tree, 'a tree from CDP').to.be.a('string');
          const committed = await committedTranscript(name, tree!);
          expect(committed, `no transcript yet: run with UPDATE_TRANSCRIPTS=1 and read test/a11y-transcripts/${name}.txt`).to.be.a('string');
          expect(tree).to.equal(committed);
        });
      }
    } else {
      it('Firefox has no CDP: the committed transcripts exist and are not empty (Chromium compares them)', async () => {
        for (const name of Object.keys(variants)) {
          const text = await committedTranscript(name, '');
          expect(text?.trim().length ?? 0, name).to.be.greaterThan(20);
        }
      });
    }
  });
});
