/**
 * The 15 defects of the accessibility audit of issue 18, one `describe` per row, each test failing without its fix.
 * Both engines, except where only Chromium can show it (forced-colours emulation); Firefox then checks the rule.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import '../src/elements/quote-card/quote-card.js';
import '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/actor-list/actor-list.js';
import type { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import type { ActorList } from '../src/elements/actor-list/actor-list.js';
import type { QuoteCard } from '../src/elements/quote-card/quote-card.js';
import type { SahelTimeline } from '../src/elements/sahel-timeline/sahel-timeline.js';
import { fallbackStore, setEmbeddedStory } from '../src/story/story-sources.js';
import { miniStory } from './fixtures/mini-story.js';
import { auditStory, axTree, deepActive, deepElements, emulateForcedColors, spoken, textContrast } from './helpers/a11y.js';
import { hasMediaRule } from './helpers/media.js';
import { storiesSettled } from './helpers/story-ready.js';
import { langOf } from '../src/shared/locale.js';

const story = auditStory(miniStory);
setEmbeddedStory(story);

const shadow = (el: Element) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const ready = async (root: Element) => {
  for (let i = 0; i < 3; i++) {
    await Promise.all(deepElements(root).map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  }
};
async function page<T extends Element = HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await storiesSettled(el);
  await ready(el);
  return el;
}
const intersects = (a: DOMRect, b: DOMRect) => a.top < b.bottom && a.bottom > b.top && a.left < b.right && a.right > b.left;
const badgeButton = (b: ActorBadge) => $<HTMLButtonElement>(b, '.badge')!;
/** The badge's details: rendered only while open. */
const detailsOf = (b: ActorBadge) => $(b, '[part="details"]');
const popover = (b: ActorBadge) => detailsOf(b)!;

afterEach(async () => {
  fallbackStore().select(null);
  await setViewport({ width: 800, height: 600 });
});

describe('issue 18 audit', () => {
  describe('1 · quote-card compact reflows at 320 px (1.4.10)', () => {
    it('the visually hidden role and medium words do not widen the page', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await page<HTMLElement>(html`<div><quote-card variant="compact" quote="engineer-route"></quote-card></div>`);
      const card = el.querySelector('quote-card')!;
      for (const hidden of $$(card, '.role, .words')) expect(hidden.getBoundingClientRect().width, hidden.className).to.be.at.most(1);
      expect(document.documentElement.scrollWidth, 'page width').to.be.at.most(320);
    });
  });

  describe('2 · compact timeline: button names keep date and title apart (4.1.2)', () => {
    it('every event button reads its date, then a space, then its title', async () => {
      const el = await page<SahelTimeline>(html`<sahel-timeline compact></sahel-timeline>`);
      for (const b of $$(el, 'button.ev')) {
        const title = b.querySelector('.title')!.textContent!;
        expect(spoken(b), b.id).to.match(new RegExp(`[^\\s]\\s+${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      }
      // and as Chromium really names them (its name from content dropped the space between inline parts)
      const tree = await axTree();
      if (tree !== null) {
        expect(tree).to.contain('button "May 14, 2024 Council approves the Harbour Street tram line"');
        expect(tree).to.contain('button "c. 2009 (around 2009) Tram line first proposed"');
      }
    });
  });

  describe('3 · timeline story text carries the story’s language (3.1.2)', () => {
    it('titles, summaries, source sentences, date phrases and notes on a French page are lang="en-CA"', async () => {
      const wrap = await page<HTMLElement>(html`<div lang="fr"><sahel-timeline show-sources></sahel-timeline></div>`);
      const el = wrap.querySelector('sahel-timeline')!;
      await ready(el);
      for (const selector of ['.title', '.desc', '.source mark', '.note span']) {
        const nodes = $$(el, selector);
        expect(nodes.length, selector).to.be.greaterThan(0);
        for (const n of nodes) expect(langOf(n), `${selector}: ${n.textContent}`).to.equal('en-CA');
      }
      // and the UI words around them stay French
      expect(langOf($(el, '.source .label')!)).to.equal('fr');
    });
  });

  describe('4 · a badge popover closes when focus leaves it (2.4.11)', () => {
    it('Tab out of the open details closes them, at 320 px, so they cannot cover the next control', async () => {
      await setViewport({ width: 320, height: 700 });
      const wrap = await page<HTMLElement>(html`<div><p><actor-badge actor="mara-okafor"></actor-badge></p><button id="after">Next control</button></div>`);
      const badge = wrap.querySelector('actor-badge')!;
      badgeButton(badge).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => badge.open && detailsOf(badge)?.querySelector('dl'), 'did not open');
      const after = wrap.querySelector('#after')!;
      for (let i = 0; i < 12 && document.activeElement !== after; i++) await sendKeys({ press: 'Tab' });
      expect(document.activeElement === after, 'focus reached the next control').to.equal(true);
      await badge.updateComplete;
      expect(badge.open, 'open').to.equal(false);
      expect(!!detailsOf(badge)?.matches(':popover-open'), 'popover shown').to.equal(false);
    });

    it('moving focus within the details (a nested badge) keeps them open', async () => {
      const badge = await page<ActorBadge>(html`<actor-badge actor="mara-okafor"></actor-badge>`);
      badgeButton(badge).click();
      await waitUntil(() => badge.open && detailsOf(badge)?.querySelector('actor-badge'), 'did not open');
      const nested = popover(badge).querySelector('actor-badge')!;
      await nested.updateComplete;
      badgeButton(nested).focus();
      await badge.updateComplete;
      expect(badge.open).to.equal(true);
    });
  });

  describe('5 · the quote button of a badge moves focus to a quote card without id (2.4.3)', () => {
    it('focus lands on the card’s figure', async () => {
      const wrap = await page<HTMLElement>(html`<div><p><actor-badge actor="mara-okafor"></actor-badge></p><quote-card quote="okafor-biggest"></quote-card></div>`);
      const badge = wrap.querySelector('actor-badge')!;
      const card = wrap.querySelector<QuoteCard>('quote-card')!;
      badgeButton(badge).click();
      await waitUntil(() => detailsOf(badge)?.querySelector('button.link'), 'no quote button');
      popover(badge).querySelector<HTMLButtonElement>('button.link')!.click();
      expect(document.activeElement === card, 'the card has the focus').to.equal(true);
      expect(deepActive()?.localName).to.equal('figure');
    });
  });

  describe('6 · highlighting reaches the accessibility tree (1.3.1)', () => {
    it('the highlighted event and the selected actor’s events are described as highlighted; the others are not', async () => {
      const el = await page<SahelTimeline>(html`<sahel-timeline highlight="line-proposed"></sahel-timeline>`);
      const described = () => $$(el, 'button.ev').filter((b) => b.getAttribute('aria-describedby') === 'hl-note').map((b) => b.id.slice(2));
      expect($(el, '#hl-note')?.textContent).to.equal('highlighted');
      expect(described()).to.deep.equal(['line-proposed']);
      fallbackStore().select({ kind: 'actor', id: 'mara-okafor' });
      await ready(el);
      expect(described()).to.have.members(['line-proposed', 'council-vote']);
      fallbackStore().select(null);
      await ready(el);
      expect(described()).to.deep.equal(['line-proposed']);
    });
  });

  describe('7 · forced colours keep the timeline’s state cues', () => {
    it('rail, dots and chevrons stay drawn, expanded differs from collapsed, the highlight is outlined', async () => {
      const el = await page<SahelTimeline>(html`<sahel-timeline highlight="council-vote"></sahel-timeline>`);
      $<HTMLButtonElement>(el, '#b-line-proposed')!.click();
      await ready(el);
      if (await emulateForcedColors(true)) {
        try {
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          const [open, closed] = [$(el, '#b-line-proposed')!, $(el, '#b-council-vote')!];
          for (const b of [open, closed]) {
            expect(getComputedStyle(b).forcedColorAdjust, b.id).to.equal('none');
            expect(getComputedStyle(b).backgroundImage, b.id).to.contain('gradient');
          }
          expect(getComputedStyle(open).backgroundImage).not.to.equal(getComputedStyle(closed).backgroundImage);
          const [item, plain] = [closed.closest('li')!, $(el, '#b-public-hearings')!.closest('li')!];
          expect(getComputedStyle(plain).backgroundImage, 'rail and dot').to.contain('gradient');
          expect(getComputedStyle(item).outlineStyle, 'highlight outline').to.equal('solid');
          expect(getComputedStyle(plain).outlineStyle, 'no outline').to.equal('none');
          // the highlighted dot is filled with a system colour, the others are not
          expect(getComputedStyle(item).backgroundImage).not.to.equal(getComputedStyle(plain).backgroundImage);
        } finally {
          await emulateForcedColors(false);
        }
      } else {
        // Firefox cannot emulate forced colours here: the same rules must be in the stylesheet
        expect(hasMediaRule(el, 'forced-colors', '.ev', 'forced-color-adjust', 'none')).to.equal(true);
        expect(hasMediaRule(el, 'forced-colors', '.hl', 'outline', 'var(--_hl-outline)')).to.equal(true);
      }
    });
  });

  describe('8 · "Unnamed" inside a highlighted event, dark scheme (1.4.3)', () => {
    it('has at least 4.5:1 on its tinted background', async () => {
      const wrap = await page<HTMLElement>(html`<div style="color-scheme: dark; background: #000"><sahel-timeline highlight="public-hearings" show-sources></sahel-timeline></div>`);
      const el = wrap.querySelector('sahel-timeline')!;
      await ready(el);
      const badge = $$(el, 'actor-badge').find((b) => b.getAttribute('actor') === 'council-engineer')!;
      const unnamed = $(badge, '.unnamed')!;
      const { ratio, min } = textContrast(unnamed, [0, 0, 0, 1]);
      expect(ratio, `contrast ${ratio.toFixed(2)}`).to.be.at.least(min);
    });
  });

  describe('9 · a popover at the screen edge never covers its badge', () => {
    for (const variant of ['chip', 'text'] as const) {
      it(`${variant}: at 320×700, a badge near the bottom gets its details above or below, inside the viewport`, async () => {
        await setViewport({ width: 320, height: 700 });
        const wrap = await page<HTMLElement>(html`<div style="padding-top: 600px; width: 300px">
          <p>Some words before the <actor-badge variant=${variant} actor="lakeport-council"></actor-badge> in a sentence.</p></div>`);
        const badge = wrap.querySelector('actor-badge')!;
        badgeButton(badge).scrollIntoView({ block: 'end' });
        badgeButton(badge).click();
        await waitUntil(() => badge.open && detailsOf(badge)?.querySelector('dl'), 'did not open');
        await ready(badge);
        const p = popover(badge).getBoundingClientRect();
        for (const r of badgeButton(badge).getClientRects()) expect(intersects(p, r), 'covers the badge').to.equal(false);
        expect(p.top, 'top').to.be.at.least(0);
        expect(p.bottom, 'bottom').to.be.at.most(innerHeight + 0.5);
      });
    }
  });

  describe('10 · compact timeline badges at 320 px are 24 px targets (2.5.8)', () => {
    it('each badge is at least 24 px tall and no two touch', async () => {
      await setViewport({ width: 320, height: 700 });
      const el = await page<SahelTimeline>(html`<sahel-timeline compact show-sources></sahel-timeline>`);
      await ready(el);
      const rects = $$(el, 'actor-badge').map((b) => badgeButton(b as ActorBadge).getBoundingClientRect());
      expect(rects.length).to.be.greaterThan(2);
      for (const r of rects) expect(r.height).to.be.at.least(24);
      for (const [i, a] of rects.entries()) {
        for (const b of rects.slice(i + 1)) {
          const apart = a.bottom <= b.top || b.bottom <= a.top || a.right < b.left || b.right < a.left;
          expect(apart || (a.bottom <= b.top + 0.5) || (b.bottom <= a.top + 0.5), 'badges overlap').to.equal(true);
          expect(intersects(a, b), 'badges touch').to.equal(false);
        }
      }
    });
  });

  describe('11 · nothing is read twice', () => {
    it('the timeline summary is in the tree once: as a paragraph, not again as the list’s description', async () => {
      const el = await page<SahelTimeline>(html`<sahel-timeline></sahel-timeline>`);
      const list = $(el, '[part="list"]')!;
      expect(list.getAttribute('aria-describedby')?.split(' ') ?? []).not.to.include('summary');
      expect(spoken($(el, '[part="summary"]')!)).to.match(/^5 events/);
    });

    it('the quote card’s figure is named "Quote", not by its attribution line again', async () => {
      const card = await page<QuoteCard>(html`<quote-card quote="okafor-biggest"></quote-card>`);
      const figure = $(card, 'figure')!;
      expect(figure.getAttribute('aria-label')).to.equal('Quote');
      expect(figure.hasAttribute('aria-labelledby')).to.equal(false);
    });

    it('an anonymous speaker is said to be unnamed once', async () => {
      const card = await page<QuoteCard>(html`<quote-card quote="engineer-route"></quote-card>`);
      const said = spoken($(card, '[part="attribution"]')!);
      expect(said).to.contain('Unnamed');
      expect(said).not.to.contain('not named in the article');
      // the words are still there for the eyes
      expect($(card, '[part="attribution"]')!.textContent).to.contain('not named in the article');
    });
  });

  describe('12 · spoken dates in full words', () => {
    it('badge details read "c. 2009 (around 2009)", not only the short form', async () => {
      const s = structuredClone(story);
      s.events.find((e) => e.id === 'line-proposed')!.actors.push('lakeport-council');
      const wrap = await page<HTMLElement>(html`<sahel-story .story=${s}><actor-badge actor="lakeport-council"></actor-badge></sahel-story>`);
      const badge = wrap.querySelector('actor-badge')!;
      badgeButton(badge).click();
      await waitUntil(() => detailsOf(badge)?.querySelector('dl'), 'did not open');
      const said = spoken(popover(badge));
      expect(said).to.contain('c. 2009 (around 2009)');
      expect(said).to.contain('Week of Mar 4, 2024 (Week of March 4, 2024)');
    });

    it('the French spoken summary says "à", not a dash', async () => {
      const wrap = await page<HTMLElement>(html`<div lang="fr"><sahel-timeline></sahel-timeline></div>`);
      const el = wrap.querySelector('sahel-timeline')!;
      await ready(el);
      const heard = $(el, '.summary .visually-hidden')!.textContent!.replace(/\s/g, ' ');
      expect(heard).not.to.contain('–');
      expect(heard).to.contain('d’environ 2009 à été 2025');
    });
  });

  describe('13 · horizontal timeline: one tab stop, and a visible key hint (2.1.1)', () => {
    it('Tab goes from the control before to an event, then to the control after; the hint is shown', async () => {
      const wrap = await page<HTMLElement>(html`<div style="width: 400px"><button id="before">Before</button><sahel-timeline layout="horizontal"></sahel-timeline><button id="after">After</button></div>`);
      const el = wrap.querySelector('sahel-timeline')!;
      await ready(el);
      const list = $(el, '[part="list"]')!;
      expect(list.scrollWidth, 'the list scrolls').to.be.greaterThan(list.clientWidth);
      wrap.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.classList.contains('ev'), 'an event has the focus').to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(deepActive()?.id, 'after the event').to.equal('after');
      expect(getComputedStyle($(el, '.keys')!).display).not.to.equal('none');
      expect($(el, '.keys')!.textContent).to.equal('Arrow keys move between events');
      el.layout = 'vertical';
      await ready(el);
      expect(getComputedStyle($(el, '.keys')!).display).to.equal('none');
    });
  });

  describe('14 · the visible label starts the name (2.5.3)', () => {
    it('a country chip reads its code first; a timeline date reads its short form first', async () => {
      const badge = await page<ActorBadge>(html`<actor-badge actor="canada"></actor-badge>`);
      expect(spoken(badgeButton(badge))).to.match(/^CA Canada ?, Country/);
      const el = await page<SahelTimeline>(html`<sahel-timeline></sahel-timeline>`);
      expect(spoken($(el, '#b-line-proposed')!)).to.match(/^c\. 2009 \(around 2009\) Tram line first proposed/);
    });
  });

  describe('15 · actor-list structure', () => {
    it('heading levels follow heading-level; badges do not repeat their kind; re-sorting is announced', async () => {
      const list = await page<ActorList>(html`<actor-list heading-level="3"></actor-list>`);
      expect($(list, '[part="title"]')!.localName).to.equal('h3');
      expect($$(list, '[part="heading"]').every((h) => h.localName === 'h4')).to.equal(true);
      list.headingLevel = 6;
      await ready(list);
      expect($(list, '[part="title"]')!.localName).to.equal('h6');
      expect($$(list, '[part="heading"]').every((h) => h.localName === 'h6')).to.equal(true);
      const chips = $$(list, '.chip > .badge');
      expect(chips.length, 'the chips').to.be.greaterThan(3);
      for (const b of chips) expect(spoken(b)).not.to.match(/, (Person|Organization|Country|Group)\b/);
      const byName = $$(list, '[part="sort"]')[1] as HTMLButtonElement;
      const status = $(list, '[role="status"]')!;
      expect(status.textContent).to.equal('');
      byName.click();
      await ready(list);
      expect(byName.getAttribute('aria-pressed')).to.equal('true');
      expect(status.textContent).to.equal('Sorted: Name');
    });
  });
});
