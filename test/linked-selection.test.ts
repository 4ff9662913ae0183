import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/sahel-story/sahel-story.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/actor-badge/actor-badge.js';
import type { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/quote-card/quote-card.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import type { SahelSelectEvent } from '../src/events/sahel-select.js';
import { parseSelection } from '../src/story/hash-selection.js';
import { fallbackStore, setEmbeddedStory } from '../src/story/story-sources.js';
import './helpers/story-reader.js';
import type { TestStoryReader } from './helpers/story-reader.js';
import { tinyStory } from './helpers/stories.js';
import { storiesSettled } from './helpers/story-ready.js';
import { miniStory } from './fixtures/mini-story.js';

setEmbeddedStory(miniStory);
const embedded = fallbackStore();

const button = (el: ActorBadge) => el.shadowRoot!.querySelector<HTMLButtonElement>('.badge')!;
const highlighted = (el: ActorBadge) => el.matches(':state(selected)') && button(el).classList.contains('selected');
const settle = (...els: ActorBadge[]) => Promise.all(els.map((el) => el.updateComplete));
const clearHash = () => history.replaceState(null, '', location.pathname + location.search);

async function setHash(hash: string): Promise<void> {
  const changed = oneEvent(window, 'hashchange');
  location.hash = hash;
  await changed;
}

/** A CMS-like page: a page-default provider and widgets in separate sibling blocks, no common provider. */
async function page(story = miniStory): Promise<{ provider: SahelStory; badges: ActorBadge[]; reader: TestStoryReader; root: HTMLElement }> {
  const root = await fixture<HTMLElement>(html`<main>
    <div class="block"><p>The mayor, <actor-badge actor="mara-okafor"></actor-badge>, spoke first.</p></div>
    <div class="block"><actor-badge variant="full" actor="mara-okafor"></actor-badge></div>
    <div class="block"><p>Then <actor-badge actor="ines-varga" variant="text"></actor-badge> held up a sign.</p></div>
    <div class="block"><test-story-reader></test-story-reader></div>
    <div class="block"><sahel-story page-default .story=${story}></sahel-story></div>
  </main>`);
  const provider = root.querySelector('sahel-story')!;
  await storiesSettled(root);
  const badges = [...root.querySelectorAll('actor-badge')];
  const reader = root.querySelector('test-story-reader')!;
  await waitUntil(() => badges.every((b) => b.shadowRoot!.querySelector('.badge')), 'badges never rendered');
  return { provider, badges, reader, root };
}

afterEach(() => {
  clearHash();
  embedded.select(null);
});

describe('linked selection', () => {
  describe('between widgets of one story in separate blocks', () => {
    it('selecting in one badge highlights the other badges of that actor and reaches every widget', async () => {
      const { provider, badges, reader } = await page();
      const [inline, card, other] = badges;
      button(inline).click();
      await settle(...badges);
      expect(highlighted(inline)).to.equal(true);
      expect(highlighted(card)).to.equal(true);
      expect(button(card).getAttribute('aria-pressed')).to.equal('true');
      expect(highlighted(other)).to.equal(false);
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
      await reader.updateComplete;
      expect(reader.text('.selection')).to.equal('actor:mara-okafor');
      expect(embedded.state.selection, 'the embedded story is not the page story here').to.equal(null);
    });

    it('fires sahel-select up to the document, bubbling and composed, with the selection', async () => {
      const { badges } = await page();
      const selected = oneEvent(document, 'sahel-select') as Promise<SahelSelectEvent>;
      button(badges[2]).click();
      const event = await selected;
      expect(event.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.target === badges[2], 'fired by the badge').to.equal(true);
      const cleared = oneEvent(document, 'sahel-select') as Promise<SahelSelectEvent>;
      button(badges[2]).click();
      expect((await cleared).selection).to.equal(null);
    });

    it('selecting another actor moves the highlight', async () => {
      const { badges } = await page();
      const [inline, card, other] = badges;
      inline.select();
      other.select();
      await settle(...badges);
      expect(badges.map(highlighted)).to.deep.equal([false, false, true]);
      expect(highlighted(card)).to.equal(false);
    });

    it('selecting again, or Escape in a badge, clears it everywhere', async () => {
      const { badges, provider } = await page();
      const [inline, card] = badges;
      button(card).click();
      await settle(...badges);
      expect(highlighted(inline)).to.equal(true);
      button(card).click();
      await settle(...badges);
      expect(provider.selection).to.equal(null);
      expect(highlighted(inline)).to.equal(false);

      button(card).click();
      await settle(...badges);
      button(inline).focus();
      await sendKeys({ press: 'Escape' });
      await settle(...badges);
      expect(provider.selection).to.equal(null);
      expect(badges.some(highlighted)).to.equal(false);
    });

    it('a badge of another story is not highlighted', async () => {
      const { badges } = await page();
      const other = await fixture<HTMLElement>(html`<sahel-story .story=${miniStory}><actor-badge actor="mara-okafor"></actor-badge></sahel-story>`);
      const foreign = other.querySelector('actor-badge')!;
      await waitUntil(() => foreign.shadowRoot!.querySelector('.badge'));
      badges[0].select();
      await settle(foreign);
      expect(highlighted(foreign)).to.equal(false);
    });

    it('reaches a timeline and a quote card in sibling blocks', async () => {
      const root = await fixture<HTMLElement>(html`<main>
        <div class="block"><p>The mayor, <actor-badge actor="mara-okafor"></actor-badge>, spoke.</p></div>
        <div class="block"><sahel-timeline></sahel-timeline></div>
        <div class="block"><quote-card quote="okafor-biggest"></quote-card></div>
        <div class="block"><quote-card quote="varga-sign"></quote-card></div>
      </main>`);
      const badge = root.querySelector('actor-badge')!;
      const timeline = root.querySelector('sahel-timeline')!;
      const [mayorCard, signCard] = [...root.querySelectorAll('quote-card')];
      await waitUntil(() => badge.shadowRoot!.querySelector('.badge') && timeline.shadowRoot!.querySelector('.item'), 'widgets never rendered');
      // what a reader sees, whatever the timeline's markup: the actor's event stands out from the others
      const items = () => [...timeline.shadowRoot!.querySelectorAll<HTMLElement>('[part~="item"]')];
      const looks = () => items().map((li) => `${getComputedStyle(li).backgroundColor} ${getComputedStyle(li).opacity}`);
      const before = looks();
      badge.select();
      await Promise.all([timeline, mayorCard, signCard].map((el) => (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete));
      const after = looks();
      const vote = items().findIndex((li) => li.textContent!.includes('Council approves'));
      expect(vote).to.be.greaterThan(-1);
      expect(after[vote], 'the timeline marks the event of the selected actor').not.to.equal(before[vote]);
      after.forEach((look, i) => {
        if (i !== vote) expect(look, 'other events look different from the marked one').not.to.equal(after[vote]);
      });
      expect(mayorCard.shadowRoot!.querySelector('figure')!.classList.contains('selected')).to.equal(true);
      expect(signCard.shadowRoot!.querySelector('figure')!.classList.contains('selected')).to.equal(false);
      // and the speaker's badge inside the card
      const speaker = mayorCard.shadowRoot!.querySelector('actor-badge');
      if (speaker) expect(highlighted(speaker)).to.equal(true);
    });
  });

  describe('set from outside', () => {
    it('story.selection = … highlights the badges', async () => {
      const { provider, badges } = await page();
      provider.selection = { kind: 'actor', id: 'ines-varga' };
      await settle(...badges);
      expect(badges.map(highlighted)).to.deep.equal([false, false, true]);
    });

    it('the selection attribute of <sahel-story>: initial, changed, removed', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <sahel-story page-default selection="actor:ines-varga" .story=${miniStory}></sahel-story>
        <p><actor-badge actor="ines-varga"></actor-badge> <actor-badge actor="canada"></actor-badge></p>
      </div>`);
      const provider = root.querySelector('sahel-story')!;
      const [varga, canada] = [...root.querySelectorAll('actor-badge')];
      await waitUntil(() => highlighted(varga), 'the initial attribute did not select');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
      provider.setAttribute('selection', 'actor:canada');
      await settle(varga, canada);
      expect([highlighted(varga), highlighted(canada)]).to.deep.equal([false, true]);
      provider.removeAttribute('selection');
      await settle(varga, canada);
      expect(provider.selection).to.equal(null);
      expect(highlighted(canada)).to.equal(false);
    });

    it('an attribute naming an actor the story lacks selects nothing', async () => {
      const root = await fixture<HTMLElement>(html`<div>
        <sahel-story selection="actor:ghost" .story=${miniStory}><actor-badge actor="canada"></actor-badge></sahel-story>
      </div>`);
      const provider = root.querySelector('sahel-story')!;
      await waitUntil(() => provider.state.status === 'ready');
      expect(provider.selection).to.equal(null);
    });

    it('parses selections written as text', () => {
      expect(parseSelection('actor:tchiani')).to.deep.equal({ kind: 'actor', id: 'tchiani' });
      expect(parseSelection('event=council-vote')).to.deep.equal({ kind: 'event', id: 'council-vote' });
      expect(parseSelection(' quote:varga-sign ')).to.deep.equal({ kind: 'quote', id: 'varga-sign' });
      expect(parseSelection('place:niamey')).to.deep.equal({ kind: 'place', id: 'niamey' });
      expect(parseSelection('figure=crowd')).to.deep.equal({ kind: 'figure', id: 'crowd' });
      for (const bad of ['', null, 'tchiani', 'planet:x', 'actor:', 'actor:Bad Id', 'actor:<b>']) expect(parseSelection(bad), String(bad)).to.equal(null);
    });
  });

  describe('from the URL hash', () => {
    it('#actor=<id> on load selects in a page-default provider', async () => {
      history.replaceState(null, '', '#actor=ines-varga');
      const { provider, badges } = await page();
      await settle(...badges);
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
      expect(badges.map(highlighted)).to.deep.equal([false, false, true]);
    });

    it('a hashchange selects in the page story, and in the embedded default story', async () => {
      const { provider, badges } = await page();
      await setHash('#actor=mara-okafor');
      await settle(...badges);
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
      expect(badges.map(highlighted)).to.deep.equal([true, true, false]);
      expect(embedded.state.selection).to.deep.equal({ kind: 'actor', id: 'mara-okafor' });
    });

    it('with no provider at all, widgets follow the hash through the embedded story', async () => {
      const root = await fixture<HTMLElement>(html`<p><actor-badge actor="canada"></actor-badge> <test-story-reader></test-story-reader></p>`);
      const badge = root.querySelector('actor-badge')!;
      const reader = root.querySelector('test-story-reader')!;
      await badge.updateComplete;
      await setHash('#actor=canada');
      await settle(badge);
      expect(highlighted(badge)).to.equal(true);
      await setHash('#quote=varga-sign');
      await reader.updateComplete;
      expect(reader.text('.selection')).to.equal('quote:varga-sign');
    });

    it('a hash that names no selection, or an unknown actor, leaves the selection alone', async () => {
      const { provider, badges } = await page();
      badges[2].select();
      await setHash('#comments');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
      await setHash('#actor=ghost');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'ines-varga' });
    });

    it('a provider whose story lacks the actor ignores the hash; a removed provider stops following', async () => {
      const root = await fixture<HTMLElement>(html`<div><sahel-story .story=${tinyStory('t', 'T')}><test-story-reader></test-story-reader></sahel-story></div>`);
      const provider = root.querySelector('sahel-story')!;
      await waitUntil(() => provider.state.status === 'ready');
      await setHash('#actor=canada');
      expect(provider.selection).to.equal(null);
      await setHash('#actor=reyes');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'reyes' });
      provider.selection = null;
      provider.remove();
      await setHash('#event=opening');
      expect(provider.selection).to.equal(null);
    });
  });
});
