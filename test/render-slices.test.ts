import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/sahel-map/sahel-map.js';
import '../src/elements/sahel-story/sahel-story.js';
import type { SahelMap } from '../src/elements/sahel-map/sahel-map.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import type { Story } from '../src/story/types.js';
import firstStory from '../data/niamey-protests-2024/story.json';
import { storiesSettled } from './helpers/story-ready.js';
import type { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import { RENDER_BUDGET_MS, knownBelow, renderSlot } from '../src/shared/render-slices.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import { miniStory } from './fixtures/mini-story.js';

setEmbeddedStory(miniStory);

/** Keeps the main thread busy, as the renders of many widgets would. */
const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const rendered = (badge: ActorBadge) => !!badge.shadowRoot?.querySelector('.badge');
const actors = miniStory.actors.map((a) => a.id);

describe('renders spread across tasks (render-slices)', () => {
  it('within the budget every widget renders at once; past it, one below the viewport waits for a later task, then gets a budget of its own', async () => {
    const host = await fixture<HTMLElement>(html`<div><p>in view</p><div style="height: 300vh"></div><p>far below</p></div>`);
    const [near, far] = host.querySelectorAll('p');
    expect(renderSlot(far), 'first render of a task').to.equal(null);
    busy(RENDER_BUDGET_MS + 5);
    expect(renderSlot(near), 'in the viewport, past the budget').to.equal(null);
    const wait = renderSlot(far);
    expect(wait, 'below the viewport, past the budget').to.be.instanceOf(Promise);
    expect(knownBelow(far, undefined, true), 'known below, without another layout').to.equal(true);
    await wait;
    expect(renderSlot(far), 'asked again in the later task: a new budget').to.equal(null);
  });

  it('a widget watched from its first render: in a later busy task, the last frame tells it is below (no layout), and it is skipped off screen even within the budget', async () => {
    const host = await fixture<HTMLElement>(html`<div><div style="height: 300vh"></div></div>`);
    const far = document.createElement('div');
    far.attachShadow({ mode: 'open' }).innerHTML = '<p>far below</p>';
    const near = document.createElement('div');
    near.attachShadow({ mode: 'open' }).innerHTML = '<p>in view</p>';
    host.prepend(near);
    host.append(far);
    await new Promise((r) => setTimeout(r));
    expect(renderSlot(near), 'first render of a task').to.equal(null);
    expect(renderSlot(far), 'within the budget').to.equal(null);
    expect(far.shadowRoot!.adoptedStyleSheets, 'not known yet: laid out as usual').to.have.length(0);
    // the next frames report where both are
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r))));
    let measured = 0;
    far.getBoundingClientRect = () => {
      measured++;
      return Element.prototype.getBoundingClientRect.call(far);
    };
    expect(renderSlot(near), 'a later task: first render').to.equal(null);
    expect(renderSlot(far), 'within the budget: renders').to.equal(null);
    expect(getComputedStyle(far).getPropertyValue('content-visibility'), 'seen below: skipped while off screen').to.equal('auto');
    expect(getComputedStyle(near).getPropertyValue('content-visibility'), 'seen in view').to.equal('visible');
    busy(RENDER_BUDGET_MS + 5);
    const wait = renderSlot(far);
    expect(wait, 'past the budget').to.be.instanceOf(Promise);
    expect(measured, 'known from the last frame, with no layout').to.equal(0);
    await wait;
  });

  it('a page of badges past the budget: those in view render in the first task, those below later, and every one renders', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const top = document.createElement('actor-badge');
    top.actor = actors[0];
    const spacer = document.createElement('div');
    spacer.style.height = '300vh';
    const below = Array.from({ length: 40 }, (_, i) => {
      const badge = document.createElement('actor-badge');
      badge.actor = actors[i % actors.length];
      return badge;
    });
    // one task: the page is already busy when the badges are added (their renders run in its microtasks)
    expect(renderSlot(host)).to.equal(null);
    busy(RENDER_BUDGET_MS + 5);
    host.append(top, spacer, ...below);
    await Promise.resolve();
    await Promise.resolve();
    await top.updateComplete;
    expect(rendered(top), 'the badge in view').to.equal(true);
    expect(below.filter(rendered), 'the badges below the viewport, in the same task').to.have.length(0);
    await Promise.all(below.map((b) => b.updateComplete));
    await waitUntil(() => below.every(rendered), 'a badge below the viewport never rendered');
  });

  it('a widget that waited below the viewport is skipped by the browser while off screen (content-visibility: auto); one in view is not, nor one with fallback HTML; a page rule wins', async () => {
    const host = await fixture<HTMLElement>(html`<div><style>.mine { content-visibility: visible }</style></div>`);
    const make = (cls = '') => Object.assign(document.createElement('sahel-map'), { className: cls });
    const [top, spacer, waited, own, prerendered] = [make(), document.createElement('div'), make(), make('mine'), make()];
    spacer.style.height = '300vh';
    prerendered.append(Object.assign(document.createElement('p'), { textContent: 'fallback HTML' }));
    expect(renderSlot(host)).to.equal(null);
    busy(RENDER_BUDGET_MS + 5);
    host.append(top, spacer, waited, own, prerendered);
    await Promise.resolve();
    await Promise.all([top, waited, own, prerendered].map((m) => m.updateComplete));
    const cv = (el: Element) => getComputedStyle(el).getPropertyValue('content-visibility');
    expect(cv(top), 'rendered in view, at once').to.equal('visible');
    expect(cv(waited), 'waited below the viewport').to.equal('auto');
    expect(getComputedStyle(waited).getPropertyValue('overflow-clip-margin'), 'a focus ring is not clipped').to.not.match(/^0px/);
    expect(cv(own), "the page's own rule").to.equal('visible');
    expect(cv(prerendered), 'fallback HTML keeps its height: not skipped').to.equal('visible');
  });

  it('a map rendered below the viewport of a busy page lays its labels out for its real width, as one rendered at once does', async () => {
    const read = (map: Element) => [...map.shadowRoot!.querySelectorAll<HTMLElement>('button.marker')].map((m) => `${m.dataset.place} ${m.querySelector('.label')!.getAttribute('style')}`);
    const settled = async (map: SahelMap) => {
      await waitUntil(() => map.shadowRoot?.querySelector('button.marker'), 'the map never rendered');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await map.updateComplete;
    };
    const provider = await fixture<SahelStory>(html`<sahel-story .story=${firstStory as unknown as Story}>
      <div style="inline-size: 340px"><sahel-map></sahel-map></div>
      <div style="block-size: 300vh"></div>
      <div id="later" style="inline-size: 340px"></div>
    </sahel-story>`);
    await storiesSettled(provider);
    const atOnce = provider.querySelector('sahel-map')!;
    await settled(atOnce);
    expect(renderSlot(provider)).to.equal(null);
    busy(RENDER_BUDGET_MS + 5);
    const later = document.createElement('sahel-map');
    provider.querySelector('#later')!.append(later);
    await Promise.resolve();
    expect(later.shadowRoot?.querySelector('button.marker') ?? null, 'rendered in the busy task').to.equal(null);
    await settled(later);
    // off screen it is not laid out (content-visibility: auto, above): the reader sees it once scrolled to
    later.scrollIntoView();
    await settled(later);
    await waitUntil(() => JSON.stringify(read(later)) === JSON.stringify(read(atOnce)), 'labels not laid out for the real width').catch(() => undefined);
    expect(read(later)).to.deep.equal(read(atOnce));
    expect(read(later).length).to.be.greaterThan(0);
  });
});
