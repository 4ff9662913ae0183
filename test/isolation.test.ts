/**
 * Isolation (issue 10, item 5): an error thrown while one widget renders does not break its siblings, and
 * two stories on one page (even the same story twice, with the same ids) never share a selection.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/actor-list/actor-list.js';
import { QuoteCard } from '../src/elements/quote-card/quote-card.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import type { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import type { SahelTimeline } from '../src/elements/sahel-timeline/sahel-timeline.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import { miniStory } from './fixtures/mini-story.js';
import { storiesSettled } from './helpers/story-ready.js';

setEmbeddedStory(miniStory);

/** A quote card whose render throws on demand: the stand-in for any bug a story might trigger. */
class ExplodingQuoteCard extends QuoteCard {
  explode = false;
  protected override render() {
    if (this.explode) throw new Error('render exploded');
    return super.render();
  }
}
customElements.define('exploding-quote-card', ExplodingQuoteCard);

type Lit = HTMLElement & { updateComplete: Promise<unknown> };
const shadow = (el: Element) => el.shadowRoot!;
const settle = storiesSettled;
const badgeButton = (badge: ActorBadge) => shadow(badge).querySelector<HTMLButtonElement>('.badge')!;
const timelineSelects = (timeline: SahelTimeline, actor: string) =>
  shadow(timeline).querySelector('.list')!.classList.contains('sel') &&
  [...shadow(timeline).adoptedStyleSheets].some((sheet) => [...sheet.cssRules].some((r) => r.cssText.includes(`"${actor}"`)));

describe('isolation', () => {
  describe('an error in one widget', () => {
    let errors: unknown[] = [];
    const swallow = (e: PromiseRejectionEvent | ErrorEvent) => {
      const reason = 'reason' in e ? e.reason : e.error;
      if (String(reason).includes('render exploded')) {
        errors.push(reason);
        e.preventDefault();
      }
    };
    beforeEach(() => {
      errors = [];
      window.addEventListener('unhandledrejection', swallow);
      window.addEventListener('error', swallow);
    });
    afterEach(() => {
      window.removeEventListener('unhandledrejection', swallow);
      window.removeEventListener('error', swallow);
    });

    it('a widget whose render throws leaves its siblings (same story and another) rendering and working', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <sahel-story class="a" .story=${miniStory}>
          <exploding-quote-card quote="okafor-biggest"></exploding-quote-card>
          <quote-card quote="varga-sign"></quote-card>
          <sahel-timeline></sahel-timeline>
          <actor-badge actor="mara-okafor"></actor-badge>
          <actor-list></actor-list>
        </sahel-story>
        <sahel-story class="b" .story=${structuredClone(miniStory)}><sahel-timeline></sahel-timeline></sahel-story>
      </div>`);
      await settle(page);
      const broken = page.querySelector<ExplodingQuoteCard>('exploding-quote-card')!;
      expect(shadow(broken).textContent).to.contain('biggest thing');

      broken.explode = true;
      broken.requestUpdate();
      const failure = await broken.updateComplete.then(() => null, (e: unknown) => e);
      expect(String(failure ?? errors[0])).to.contain('render exploded');

      // the story changes (a selection): every sibling follows; the broken card throws again, alone
      const badge = page.querySelector<ActorBadge>('actor-badge')!;
      badgeButton(badge).click();
      const again = broken.updateComplete.then(() => null, (e: unknown) => e);
      expect(String(await again)).to.contain('render exploded');
      await Promise.all([...page.querySelectorAll<Lit>('quote-card, sahel-timeline, actor-badge, actor-list')].map((el) => el.updateComplete));
      const [timelineA, timelineB] = page.querySelectorAll('sahel-timeline');
      expect(page.querySelector<SahelStory>('.a')!.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
      expect(badge.selected).to.equal(true);
      expect(timelineSelects(timelineA, 'mara-okafor'), 'timeline of the same story').to.equal(true);
      const card = page.querySelector<QuoteCard>('quote-card')!;
      expect(shadow(card).textContent).to.contain('Tram yes');
      const listed = shadow(page.querySelector('actor-list')!).querySelector<HTMLElement>('.chip[data-actor="ines-varga"]')!;
      expect(listed.textContent).to.contain('Ines Varga');

      // the other story is untouched and keeps working
      const eventButton = shadow(timelineB).querySelector<HTMLButtonElement>('button.ev')!;
      eventButton.click();
      await (timelineB as SahelTimeline).updateComplete;
      expect(shadow(timelineB).querySelector('button.ev')!.getAttribute('aria-expanded')).to.equal('true');

      // and the broken widget itself recovers once the cause is gone
      broken.explode = false;
      broken.requestUpdate();
      await broken.updateComplete;
      expect(shadow(broken).textContent).to.contain('biggest thing');
    });
  });

  describe('two stories on one page', () => {
    async function twoStories() {
      const page = await fixture<HTMLElement>(html`<main>
        <sahel-story class="a" .story=${miniStory}>
          <actor-badge actor="mara-okafor"></actor-badge><sahel-timeline></sahel-timeline><quote-card quote="okafor-biggest"></quote-card>
        </sahel-story>
        <sahel-story class="b" .story=${structuredClone(miniStory)}>
          <actor-badge actor="mara-okafor"></actor-badge><sahel-timeline></sahel-timeline><quote-card quote="okafor-biggest"></quote-card>
        </sahel-story>
        <div class="outside"><actor-badge actor="mara-okafor"></actor-badge><sahel-timeline></sahel-timeline></div>
      </main>`);
      await settle(page);
      await waitUntil(() => page.querySelectorAll('actor-badge').length === 3 && [...page.querySelectorAll<ActorBadge>('actor-badge')].every((b) => badgeButton(b)));
      const part = (selector: string) => ({
        provider: page.querySelector<SahelStory>(selector),
        badge: page.querySelector<ActorBadge>(`${selector} actor-badge`)!,
        timeline: page.querySelector<SahelTimeline>(`${selector} sahel-timeline`)!,
        card: page.querySelector<QuoteCard>(`${selector} quote-card`),
      });
      return { page, a: part('.a'), b: part('.b'), outside: part('.outside') };
    }
    const cardSelected = (card: QuoteCard | null) => shadow(card!).querySelector('figure')!.classList.contains('selected');

    it('selecting an actor in one story highlights nothing in the other, nor outside (same ids in both)', async () => {
      const { page, a, b, outside } = await twoStories();
      badgeButton(a.badge).click();
      await settle(page);
      expect(a.provider!.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
      expect(a.badge.selected && timelineSelects(a.timeline, 'mara-okafor') && cardSelected(a.card)).to.equal(true);
      expect(b.provider!.selection).to.equal(null);
      expect(b.badge.selected || timelineSelects(b.timeline, 'mara-okafor') || cardSelected(b.card)).to.equal(false);
      expect(outside.badge.selected || timelineSelects(outside.timeline, 'mara-okafor')).to.equal(false);

      // and the other way round: B's own selection does not move A's
      const eventB = shadow(b.timeline).querySelector<HTMLButtonElement>('button.ev')!;
      eventB.click();
      await settle(page);
      expect(b.provider!.selection?.kind).to.equal('event');
      expect(a.provider!.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
      expect(shadow(a.timeline).querySelector('.item.hl')).to.equal(null);
    });

    it('a selection outside any provider (the page story) stays there', async () => {
      const { page, a, b, outside } = await twoStories();
      badgeButton(outside.badge).click();
      await settle(page);
      expect(outside.badge.selected && timelineSelects(outside.timeline, 'mara-okafor')).to.equal(true);
      expect(a.provider!.selection).to.equal(null);
      expect(b.provider!.selection).to.equal(null);
      expect(a.badge.selected || b.badge.selected).to.equal(false);
      badgeButton(outside.badge).click(); // clear the page story's selection for the next tests
      await settle(page);
      expect(outside.badge.selected).to.equal(false);
    });
  });
});
