import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { inNiger } from './helpers/niger.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/elements/sahel-story/sahel-story.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/actor-relations/actor-relations.js';
import { ActorRelations, radialLayout } from '../src/elements/actor-relations/actor-relations.js';
import type { SahelSelectEvent } from '../src/events/sahel-select.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import type { Story } from '../src/story/types.js';
import firstStory from '../data/niamey-protests-2024/story.json';
import figuresData from './fixtures/figures-story.json';
import { miniStory } from './fixtures/mini-story.js';
import { captureConsoleError } from './helpers/console.js';

setEmbeddedStory(miniStory);
const kano = figuresData as unknown as Story;

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = (el: ActorRelations, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const $$ = (el: ActorRelations, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
/** A relation as a sentence: "Kano Workers’ Alliance — opposes → to Amina Bello". */
const lines = (el: ActorRelations) =>
  $$(el, '.line').map((line) =>
    [...line.childNodes]
      .filter((n) => n.nodeType !== Node.COMMENT_NODE)
      .map((n) => (n instanceof HTMLElement && n.classList.contains('chip') ? n.dataset.actor : words(n)))
      .filter(Boolean)
      .join(' '),
  );

async function relations(template: ReturnType<typeof html>): Promise<ActorRelations> {
  const host = await fixture<HTMLElement>(template);
  const el = host instanceof ActorRelations ? host : host.querySelector('actor-relations')!;
  await waitUntil(() => $(el, 'li, .status') && !words($(el, '.status')).startsWith('Loading'), 'never rendered');
  await el.updateComplete;
  return el;
}
const inKano = (body: ReturnType<typeof html>, story: unknown = kano) => html`<sahel-story .story=${story}>${body}</sahel-story>`;

describe('<actor-relations>', () => {
  describe('grouped list', () => {
    it('groups by kind, each relation read from one end to the other', async () => {
      const el = await relations(inKano(html`<actor-relations layout="list"></actor-relations>`));
      expect($$(el, 'h3').map(words)).to.deep.equal(['Opposition', 'Membership', 'Funding', 'policed', 'calls for march in', 'organised']);
      expect(lines(el)[0]).to.equal('workers-alliance — opposes → to amina-bello');
      expect(words($(el, '.label'))).to.equal('The alliance has opposed the governor’s fuel policy (since 2023)');
      // unknown kinds are story text, in the story's language
      expect($$(el, 'h3')[3].lang).to.equal('en');
      expect($$(el, 'h3')[0].hasAttribute('lang')).to.equal(false);
    });

    it('relations to places and events show those items’ names', async () => {
      const el = await relations(inKano(html`<actor-relations layout="list"></actor-relations>`));
      const items = $$(el, 'button.item').map(words);
      expect(items).to.deep.equal(['Kano', 'Abuja', 'March against the fuel price rise']);
    });

    it('kind="…" filters by a space-separated list; actor="…" keeps one actor’s relations', async () => {
      const el = await relations(inKano(html`<actor-relations kind="funds opposes"></actor-relations>`));
      expect($$(el, 'h3').map(words)).to.deep.equal(['Opposition', 'Funding']);
      expect($$(el, 'li')).to.have.length(3);
      const ego = await relations(inKano(html`<actor-relations actor="world-bank"></actor-relations>`));
      expect(words($(ego, 'h2'))).to.equal('Relations of World Bank');
      expect(lines(ego)).to.deep.equal(['world-bank — funds → to nigeria', 'world-bank — funds → to amina-bello']);
    });

    it('the source sentence on demand', async () => {
      const el = await relations(inKano(html`<actor-relations kind="member-of"></actor-relations>`));
      const toggle = $(el, '.toggle')!;
      const context = el.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
      expect(context.hidden).to.equal(true);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(context.hidden).to.equal(false);
      expect(words(context.querySelector('mark'))).to.equal('Citizens Watch is a member of the alliance');
    });

    it('French strings, dates through the locale', async () => {
      const el = await relations(html`<div lang="fr">${inKano(html`<actor-relations kind="opposes funds"></actor-relations>`)}</div>`);
      expect(words($(el, 'h2'))).to.equal('Relations');
      expect($$(el, 'h3').map(words)).to.deep.equal(['Opposition', 'Financement']);
      expect(words($(el, '.since'))).to.equal('(depuis 2023)');
      expect(words($(el, '.toggle'))).to.equal('Afficher la source');
    });
  });

  describe('diagram', () => {
    it('layout="diagram": an SVG with a node per item and an arrow per relation, hidden from assistive technology', async () => {
      const el = await relations(inKano(html`<actor-relations layout="diagram"></actor-relations>`));
      const svg = $(el, 'svg.diagram')!;
      expect(svg.getAttribute('aria-hidden')).to.equal('true');
      expect(svg.querySelectorAll('.node')).to.have.length(9);
      expect(svg.querySelectorAll('.edge')).to.have.length(kano.relations.length);
      expect(getComputedStyle(svg).display).to.equal('block');
      // the list is still there: it is the text of the drawing
      expect($$(el, 'li')).to.have.length(kano.relations.length);
    });

    it('draws each arrowhead at the end of its edge, pointing along it, with no url(#…) reference (those kept removed diagrams alive in Chromium)', async () => {
      const el = await relations(inKano(html`<actor-relations layout="diagram"></actor-relations>`));
      const svg = $(el, 'svg.diagram')!;
      expect(svg.querySelector('marker, defs'), 'no marker').to.equal(null);
      const referencing = [svg, ...svg.querySelectorAll('*')].filter((n) => [...n.attributes].some((a) => a.value.includes('url(')));
      expect(referencing, 'no element refers to another by url(#…)').to.have.length(0);
      const edges = [...svg.querySelectorAll<SVGPathElement>('path.edge')];
      const heads = [...svg.querySelectorAll<SVGPathElement>('path.head')];
      expect(heads).to.have.length(edges.length);
      edges.forEach((edge, i) => {
        const length = edge.getTotalLength();
        const end = edge.getPointAtLength(length);
        const before = edge.getPointAtLength(length - 2);
        const [tip, left, right] = [...heads[i].getAttribute('d')!.matchAll(/-?[\d.]+ -?[\d.]+/g)].map(([p]) => p.split(' ').map(Number));
        expect(Math.hypot(tip[0] - end.x, tip[1] - end.y), 'the tip is at the edge end').to.be.below(1.5);
        // the base's middle lies behind the tip, along the edge's last direction
        const [bx, by] = [(left[0] + right[0]) / 2, (left[1] + right[1]) / 2];
        const [dx, dy] = [end.x - before.x, end.y - before.y];
        const cos = ((tip[0] - bx) * dx + (tip[1] - by) * dy) / (Math.hypot(tip[0] - bx, tip[1] - by) * Math.hypot(dx, dy));
        expect(cos, 'the head points along the edge').to.be.above(0.95);
        expect(getComputedStyle(heads[i]).fill, 'filled').to.not.equal('none');
      });
    });

    it('layout="list": no diagram; layout="auto": only in a wide slot (container query)', async () => {
      const list = await relations(inKano(html`<actor-relations layout="list"></actor-relations>`));
      expect($(list, 'svg.diagram')).to.equal(null);
      const page = await fixture<HTMLElement>(inKano(html`<div style="width: 320px"><actor-relations></actor-relations></div><div style="width: 900px"><actor-relations></actor-relations></div>`));
      const [narrow, wide] = [...page.querySelectorAll('actor-relations')];
      await waitUntil(() => $(narrow, 'svg') && $(wide, 'svg'));
      expect(getComputedStyle($(narrow, 'svg')!).display).to.equal('none');
      expect(getComputedStyle($(wide, 'svg')!).display).to.equal('block');
      // reflow at 320 px: nothing wider than the slot
      expect($(narrow, '.base')!.scrollWidth).to.be.at.most(320);
    });

    it('edges that cross the centre node’s label pass under it: no edge colour painted inside the label', async () => {
      // one actor tied to four others: a ring of four, the one at the bottom straight under the centre and its label
      const [model] = kano.relations;
      const star = { ...kano, relations: ['kano-police', 'citizens-watch', 'amina-bello', 'nigeria'].map((to, i) => ({ ...model, id: `star-${i}`, to })) };
      const el = await relations(html`<div style="width: 640px">${inKano(html`<actor-relations layout="diagram"></actor-relations>`, star)}</div>`);
      const svg = el.shadowRoot!.querySelector<SVGSVGElement>('svg.diagram')!;
      const label = svg.querySelector<SVGTextElement>('.node.centre text')!;
      expect(label, 'the centre node is marked').to.be.an.instanceOf(SVGTextElement);
      // Rasterise the drawing as painted: a copy with every computed paint property written on its elements.
      const copy = svg.cloneNode(true) as SVGSVGElement;
      const originals = [svg, ...svg.querySelectorAll('*')];
      [copy, ...copy.querySelectorAll('*')].forEach((node, i) => {
        const cs = getComputedStyle(originals[i]);
        const props = ['fill', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linejoin', 'paint-order', 'font-family', 'font-size', 'font-weight', 'display'];
        node.setAttribute('style', props.map((p) => `${p}:${cs.getPropertyValue(p)}`).join(';'));
      });
      const box = svg.getBoundingClientRect();
      copy.setAttribute('width', String(box.width));
      copy.setAttribute('height', String(box.height));
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(copy))}`;
      await image.decode();
      const canvas = Object.assign(document.createElement('canvas'), { width: box.width, height: box.height });
      const g = canvas.getContext('2d', { willReadFrequently: true })!;
      g.drawImage(image, 0, 0);
      // the label's box (its glyphs' cells, without the halo, which Firefox counts in getBoundingClientRect), in
      // the canvas's pixels
      const bb = label.getBBox();
      const ctm = label.getScreenCTM()!;
      const [a, z] = [new DOMPoint(bb.x, bb.y).matrixTransform(ctm), new DOMPoint(bb.x + bb.width, bb.y + bb.height).matrixTransform(ctm)];
      const [x0, y0, x1, y1] = [a.x - box.left, a.y - box.top, z.x - box.left, z.y - box.top].map(Math.round);
      const { data } = g.getImageData(x0, y0, x1 - x0, y1 - y0);
      const [r, gr, b] = getComputedStyle(svg.querySelector('.edge')!).stroke.match(/\d+/g)!.map(Number);
      let edgePixels = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 128 && Math.abs(data[i] - r) + Math.abs(data[i + 1] - gr) + Math.abs(data[i + 2] - b) < 60) edgePixels++;
      // the same count over the whole drawing proves edges are there to be seen
      const all = g.getImageData(0, 0, canvas.width, canvas.height).data;
      let total = 0;
      for (let i = 0; i < all.length; i += 4) if (all[i + 3] > 128 && Math.abs(all[i] - r) + Math.abs(all[i + 1] - gr) + Math.abs(all[i + 2] - b) < 60) total++;
      expect(total, 'edge pixels in the drawing').to.be.greaterThan(500);
      expect(edgePixels, 'edge pixels inside the centre label').to.equal(0);
    });

    it('the radial layout puts the ego in the centre and every other item on the ring, inside the box', () => {
      const nodes = radialLayout(kano.relations, { kind: 'actor', id: 'kano-police' });
      expect(nodes[0].end).to.deep.equal({ kind: 'actor', id: 'kano-police' });
      expect([nodes[0].x, nodes[0].y]).to.deep.equal([320, 220]);
      for (const n of nodes) {
        expect(n.x).to.be.within(0, 640);
        expect(n.y).to.be.within(0, 440);
      }
      const big = radialLayout((firstStory as unknown as Story).relations);
      expect(new Set(big.map((n) => `${n.end.kind}:${n.end.id}`)).size).to.equal(big.length);
    });
  });

  describe('linked selection', () => {
    it('the kind words toggle the relation story-wide and fire sahel-select', async () => {
      const provider = await fixture<SahelStory>(inKano(html`<actor-relations layout="diagram"></actor-relations>`));
      const el = provider.querySelector('actor-relations')!;
      await waitUntil(() => $(el, '.kind'));
      const button = $(el, '.kind')!;
      setTimeout(() => button.click());
      let event = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(event.selection).to.deep.equal({ kind: 'relation', id: 'alliance-opposes-governor' });
      expect(provider.selection).to.deep.equal(event.selection);
      await el.updateComplete;
      expect(button.getAttribute('aria-pressed')).to.equal('true');
      const item = button.closest('li')!;
      expect(item.getAttribute('aria-current')).to.equal('true');
      expect(words(item.querySelector('.tag'))).to.equal('Selected');
      expect($$(el, '.edge.on')).to.have.length(1);
      setTimeout(() => button.click());
      event = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(event.selection).to.equal(null);
    });

    it('a place at one end selects the place; a selected place or actor marks its relations', async () => {
      const provider = await fixture<SahelStory>(inKano(html`<actor-relations></actor-relations>`));
      const el = provider.querySelector('actor-relations')!;
      await waitUntil(() => $(el, 'button.item'));
      setTimeout(() => $(el, 'button.item')!.click());
      const event = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(event.selection).to.deep.equal({ kind: 'place', id: 'kano' });
      await el.updateComplete;
      expect($$(el, 'li[aria-current="true"]').map((li) => words(li.querySelector('.label')))).to.deep.equal(['The police counted the marchers in Kano']);
      provider.selection = { kind: 'actor', id: 'world-bank' };
      await el.updateComplete;
      expect($$(el, 'li[aria-current="true"]')).to.have.length(2);
      const marked = $(el, 'li.related')!;
      expect(parseFloat(getComputedStyle(marked).borderInlineStartWidth)).to.be.at.least(4);
    });

    it('keyboard: Tab reaches the kind toggle, Enter selects, Space opens the source', async () => {
      const provider = await fixture<SahelStory>(inKano(html`<actor-relations kind="policed"></actor-relations>`));
      const el = provider.querySelector('actor-relations')!;
      await waitUntil(() => $(el, '.kind'));
      $(el, '.kind')!.focus();
      await sendKeys({ press: 'Enter' });
      expect(provider.selection).to.deep.equal({ kind: 'relation', id: 'police-in-kano' });
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, 'button.item'));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal($(el, '.toggle'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect($(el, '.toggle')!.getAttribute('aria-expanded')).to.equal('true');
    });
  });

  describe('actor chips (drawn as <actor-badge> draws them, with their details on demand)', () => {
    const chipOf = (el: ActorRelations, actor: string) => $(el, `.chip[data-actor="${actor}"]`)!;
    const buttonOf = (chip: HTMLElement) => chip.querySelector<HTMLButtonElement>('.badge')!;
    const detailsOf = (chip: HTMLElement) => chip.querySelector<HTMLElement>('.details');
    const isOpen = (chip: HTMLElement) => !!detailsOf(chip)?.matches(':popover-open');
    const center = (e: Element): [number, number] => {
      const r = e.getBoundingClientRect();
      return [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    };

    it('a chip has the name and kind, no details until opened; a click opens them next to it, selects the actor and fires sahel-select', async () => {
      const provider = await fixture<SahelStory>(inKano(html`<actor-relations kind="member-of" layout="list"></actor-relations>`));
      const el = provider.querySelector('actor-relations')!;
      await waitUntil(() => $(el, '.chip'));
      const chip = chipOf(el, 'citizens-watch');
      const button = buttonOf(chip);
      expect(words(button)).to.equal('Citizens Watch, Organization');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.hasAttribute('aria-controls')).to.equal(false);
      expect(detailsOf(chip)).to.equal(null);
      expect(el.shadowRoot!.querySelector('actor-badge'), 'no badge element per end').to.equal(null);
      setTimeout(() => sendMouse({ type: 'click', position: center(button) }));
      const event = (await oneEvent(el, 'sahel-select')) as SahelSelectEvent;
      expect(event.selection).to.deep.equal({ kind: 'actor', id: 'citizens-watch' });
      expect(provider.selection).to.deep.equal(event.selection);
      await waitUntil(() => isOpen(chip) && detailsOf(chip)!.querySelector('dl'), 'the details did not open');
      await new Promise((ok) => setTimeout(ok, 50));
      expect(isOpen(chip), 'still open after the click').to.equal(true);
      const details = detailsOf(chip)!;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(el.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(details);
      expect(words(details)).to.contain('mentioned');
      expect([...details.querySelectorAll('actor-badge')].map((b) => b.getAttribute('actor')), 'affiliations are badges').to.deep.equal(['workers-alliance']);
      expect(button.classList.contains('selected')).to.equal(true);
      expect(words(button)).to.contain('highlighted');
      const [b, d] = [button.getBoundingClientRect(), details.getBoundingClientRect()];
      expect(Math.abs(d.top - b.bottom), 'under the chip').to.be.lessThan(12);
      await expect(provider).to.be.accessible();
      // the highlight toggle in the details clears the selection and keeps them open
      const toggle = details.querySelector<HTMLButtonElement>('.toggle')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      toggle.click();
      await el.updateComplete;
      expect(provider.selection).to.equal(null);
      expect(isOpen(chip)).to.equal(true);
      // a click on the chip again closes them, and they go
      await sendMouse({ type: 'click', position: center(button) });
      await waitUntil(() => !detailsOf(chip), 'the details did not go');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect(button.hasAttribute('aria-controls')).to.equal(false);
    });

    it('keyboard: Enter opens and selects, Escape closes, clears and returns focus; Tab out of the details closes them', async () => {
      const provider = await fixture<SahelStory>(inKano(html`<actor-relations kind="member-of" layout="list"></actor-relations>`));
      const el = provider.querySelector('actor-relations')!;
      await waitUntil(() => $(el, '.chip'));
      const chip = chipOf(el, 'citizens-watch');
      buttonOf(chip).focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => isOpen(chip) && detailsOf(chip)!.querySelector('.toggle'), 'Enter did not open the details');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'citizens-watch' });
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !detailsOf(chip), 'Escape did not close the details');
      expect(provider.selection).to.equal(null);
      expect(el.shadowRoot!.activeElement === buttonOf(chip), 'focus is back on the chip').to.equal(true);
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => isOpen(chip) && detailsOf(chip)!.querySelector('.toggle'), 'Enter did not open the details again');
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement === detailsOf(chip)!.querySelector('.toggle'), 'Tab enters the details').to.equal(true);
      for (let i = 0; i < 10 && chip.contains(el.shadowRoot!.activeElement); i++) await sendKeys({ press: 'Tab' });
      await waitUntil(() => !detailsOf(chip), 'focus left the chip, the details stayed');
      expect(provider.selection, 'closing by focus keeps the highlight').to.deep.equal({ kind: 'actor', id: 'citizens-watch' });
    });

    it('one chip open at a time: opening another closes the first; a click elsewhere closes it and keeps the selection', async () => {
      const provider = await fixture<SahelStory>(inKano(html`<actor-relations kind="member-of funds" layout="list"></actor-relations>`));
      const el = provider.querySelector('actor-relations')!;
      await waitUntil(() => $(el, '.chip'));
      // the lower chip first: open details cover what is under them
      const [watch, bank] = [chipOf(el, 'citizens-watch'), chipOf(el, 'world-bank')];
      await sendMouse({ type: 'click', position: center(buttonOf(bank)) });
      await waitUntil(() => isOpen(bank), 'the first did not open');
      await sendMouse({ type: 'click', position: center(buttonOf(watch)) });
      await waitUntil(() => isOpen(watch) && !detailsOf(bank), 'the second did not replace the first');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'citizens-watch' });
      expect($$(el, '.chip > .details')).to.have.length(1);
      const h2 = $(el, 'h2')!;
      await sendMouse({ type: 'click', position: center(h2) });
      await waitUntil(() => !detailsOf(watch), 'light dismiss did not close the details');
      expect(provider.selection).to.deep.equal({ kind: 'actor', id: 'citizens-watch' });
    });
  });

  describe('states', () => {
    it('unknown actor: named on the widget and once in the console', async () => {
      const stop = captureConsoleError();
      const el = await relations(inKano(html`<actor-relations actor="ghost"></actor-relations>`));
      el.requestUpdate();
      await el.updateComplete;
      const logged = stop();
      expect(words($(el, '[part="status"]'))).to.equal('No actor “ghost” in this story');
      expect(logged.filter((l) => l.includes('ghost'))).to.have.length(1);
    });

    it('no relations (or none of the kinds asked for)', async () => {
      const el = await relations(inKano(html`<actor-relations kind="nothing-like-this"></actor-relations>`));
      expect(words($(el, '[part="status"]'))).to.equal('No relations in this story');
    });

    it('outside a provider: the embedded story', async () => {
      const el = await relations(html`<actor-relations></actor-relations>`);
      expect(lines(el)).to.deep.equal(['canada — funds → to lakeport-council', 'harbour-street-merchants — opposes → to lakeport-council']);
    });

    it('loading, then re-renders when the story changes', async () => {
      const provider = await fixture<SahelStory>(html`<sahel-story src="/test/fixtures/figures-story.json?fetched"><actor-relations></actor-relations></sahel-story>`);
      const el = provider.querySelector('actor-relations')!;
      expect(words($(el, '[part="status"]'))).to.equal('Loading story…');
      await waitUntil(() => $$(el, 'li').length === kano.relations.length, 'never loaded');
      provider.story = miniStory;
      await waitUntil(() => $$(el, 'li').length === 2, 'did not re-render');
    });

    it('an invalid story: the error state', async () => {
      const stop = captureConsoleError();
      const el = await relations(inKano(html`<actor-relations></actor-relations>`, { version: 2 }));
      stop();
      expect($(el, '.status.error')).not.to.equal(null);
    });

    it('hostile text is rendered as text', async () => {
      const story = structuredClone(kano);
      const evil = '<svg onload="window.__ar=1"><script>window.__ar=2</script>';
      story.relations[4].kind = evil;
      story.relations[4].label = evil;
      story.places[0].name = evil;
      const el = await relations(inKano(html`<actor-relations layout="diagram"></actor-relations>`, story));
      expect(el.shadowRoot!.querySelector('script, svg [onload]')).to.equal(null);
      expect($$(el, 'h3').map(words)).to.include(evil);
      expect($$(el, 'button.item').map(words)).to.include(evil);
      expect((window as { __ar?: number }).__ar).to.equal(undefined);
    });
  });

  describe('accessibility', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const lang of ['en', 'fr']) {
        it(`${scheme}, ${lang}, diagram, a place selected, a source open`, async () => {
          const page = await fixture<HTMLElement>(html`<div lang=${lang} style="color-scheme: ${scheme}; background: Canvas; color: CanvasText; padding: 8px">
            <sahel-story .story=${kano} selection="place:kano"><actor-relations layout="diagram"></actor-relations></sahel-story>
          </div>`);
          const el = page.querySelector('actor-relations')!;
          await waitUntil(() => $(el, '.toggle'));
          $(el, '.toggle')!.click();
          await el.updateComplete;
          await expect(page).to.be.accessible();
        });
      }
    }

    it('the Niger story, ego network, list', async () => {
      const page = await fixture<HTMLElement>(html`<sahel-story .story=${firstStory}><actor-relations actor="niger" layout="list"></actor-relations></sahel-story>`);
      const el = page.querySelector('actor-relations')!;
      await waitUntil(() => $(el, 'li'));
      await el.updateComplete;
      await expect(page).to.be.accessible();
    });
  });
});

describe('<actor-relations> linked selection of places and events (Niger story)', () => {
  const marked = (el: HTMLElement) =>
    [...el.shadowRoot!.querySelectorAll('[part~="item"]')].filter((li) => li.getAttribute('aria-current') === 'true' && li.querySelector('.tag')).map((li) => li.querySelector('.kind')!.textContent!.trim());

  it('marks the relations at a place inside the selected place, and the nodes concerned', async () => {
    const { el, select } = await inNiger(html`<actor-relations layout="diagram"></actor-relations>`, 'actor-relations');
    await select({ kind: 'place', id: 'niamey' });
    expect(marked(el), 'Bazoum’s residence lies in Niamey').to.deep.equal(['held captive in']);
    expect(el.shadowRoot!.querySelectorAll('.node.rel').length).to.be.greaterThan(0);
    await select({ kind: 'figure', id: 'us-personnel' });
    expect(marked(el)).to.deep.equal([]);
    await select({ kind: 'event', id: 'trainer-broadcast' });
    expect(marked(el)).to.deep.equal(['broadcast']);
    await select(null);
    expect(marked(el)).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('.node.rel').length).to.equal(0);
  });

  it('keeps the diagram out of the keyboard path: aria-hidden, nothing in it focusable (the list is the path)', async () => {
    const { el } = await inNiger(html`<actor-relations layout="diagram"></actor-relations>`, 'actor-relations');
    const svg = el.shadowRoot!.querySelector('svg.diagram')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelectorAll('[tabindex], a, button').length).to.equal(0);
    expect(el.shadowRoot!.querySelectorAll('[part~="item"] button.kind').length).to.equal(el.shadowRoot!.querySelectorAll('[part~="item"]').length);
  });
});
