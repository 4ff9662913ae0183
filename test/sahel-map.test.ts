import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { inNiger } from './helpers/niger.js';
import { sendKeys } from '@web/test-runner-commands';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/sahel-map/sahel-map.js';
import type { SahelMap } from '../src/elements/sahel-map/sahel-map.js';
import type { SahelSelectEvent } from '../src/events/sahel-select.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import { setEmbeddedStory } from '../src/story/story-sources.js';
import type { Story } from '../src/story/types.js';
import { validateStory } from '../src/story/validate.js';
import firstStory from '../data/niamey-protests-2024/story.json';
import floodStory from '../data/lokoja-flood-2025/story.json';
import saltFlatStory from '../data/jujuy-lithium-ruling-2026/story.json';
import landslideStory from '../data/morowali-landslide-2026/story.json';
import { storiesSettled } from './helpers/story-ready.js';

const niger = firstStory as unknown as Story;
setEmbeddedStory(niger);

const words = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const markers = (el: SahelMap) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.marker')];

async function render(story: Story = niger, extra = html``): Promise<{ el: SahelMap; provider: SahelStory }> {
  const provider = await fixture<SahelStory>(html`<sahel-story .story=${story}><sahel-map></sahel-map>${extra}</sahel-story>`);
  await storiesSettled(provider);
  const el = provider.querySelector('sahel-map')!;
  await waitUntil(() => el.shadowRoot!.querySelector('section'), 'map never rendered');
  // labels are laid out again once the map's width is known (ResizeObserver)
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await el.updateComplete;
  return { el, provider };
}

describe('<sahel-map>', () => {
  describe('the Niger story', () => {
    it('is accessible, with nothing selected and with a place selected', async () => {
      const { el } = await render();
      await expect(el).to.be.accessible();
      el.select('niamey');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('draws the country outlines, the coast, the globe and a scale from story.map', async () => {
      const { el } = await render();
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('.chart path.land').length).to.equal(niger.map!.countries.length);
      expect(root.querySelector('.chart path.coast')).to.not.equal(null);
      expect(root.querySelectorAll('.chart path.land.story').length).to.equal(3); // Niger, Mali, Burkina Faso
      expect(root.querySelector('svg.inset')!.getAttribute('aria-label')).to.equal('Globe showing where the map lies');
      expect(words(root.querySelector('.scale'))).to.match(/^500\s?km$/);
    });

    it('has one focusable marker per located place, in reading order, named with name and kind', async () => {
      const { el } = await render();
      const names = markers(el).map((b) => b.getAttribute('aria-label'));
      expect(names).to.have.members([
        'Washington, City, beyond the map, to the north-west',
        'Mali, Country',
        'Air Base 201, Facility',
        'Niger, Country',
        'Burkina Faso, Country',
        'Niamey, City',
      ]);
      // reading order: top to bottom
      const tops = markers(el).map((b) => parseFloat(b.style.top));
      for (let i = 1; i < tops.length; i++) expect(tops[i] + 100 / 12).to.be.at.least(tops[i - 1]);
      // Tab walks the markers in that order
      markers(el)[0].focus();
      const focused = [el.shadowRoot!.activeElement];
      for (let i = 1; i < markers(el).length; i++) {
        await sendKeys({ press: 'Tab' });
        focused.push(el.shadowRoot!.activeElement);
      }
      expect(focused).to.deep.equal(markers(el));
    });

    it('orders the markers of a row in the direction of the text, from the dir around it', async () => {
      const { el } = await render();
      const order = (m: SahelMap) => markers(m).map((b) => b.dataset.place);
      // Mali lies west of Air Base 201, in the same row: first left to right, last right to left
      expect(order(el).indexOf('mali')).to.be.below(order(el).indexOf('drone-base'));
      const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><sahel-story .story=${niger}><sahel-map></sahel-map></sahel-story></div>`);
      const rtl = wrapper.querySelector('sahel-map')!;
      await waitUntil(() => rtl.shadowRoot!.querySelector('.marker'), 'map never rendered');
      await rtl.updateComplete;
      expect(order(rtl).indexOf('mali')).to.be.above(order(rtl).indexOf('drone-base'));
    });

    for (const [name, story, width] of [['a cluster of villages, a road and a salt flat', saltFlatStory, 560], ['a cluster of sites on one island, and places beyond the map', landslideStory, 560], ['a cluster along two rivers, phone-wide', floodStory, 340]] as const) {
      it(`in ${name} (${width} px), no shown label covers another, or a dot; labels moved away are tied to their dot; the others show on focus`, async () => {
        const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: ${width}px"><sahel-story .story=${story as unknown as Story}><sahel-map></sahel-map></sahel-story></div>`);
        await storiesSettled(wrapper);
        const el = wrapper.querySelector('sahel-map')!;
        await waitUntil(() => el.shadowRoot!.querySelector('.marker'), 'map never rendered');
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await el.updateComplete;
        const shown = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker .label')].filter((l) => l.getClientRects().length);
        const dots = [...el.shadowRoot!.querySelectorAll('.marker .dot')].map((d) => d.getBoundingClientRect());
        const boxes = shown.map((l) => l.getBoundingClientRect());
        const meet = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(shown.length, 'most labels are shown').to.be.at.least(Math.ceil(markers(el).length * 0.6));
        boxes.forEach((a, i) => {
          boxes.forEach((b, j) => j > i && expect(meet(a, b), `${words(shown[i])} and ${words(shown[j])}`).to.equal(false));
          dots.forEach((d) => expect(meet(a, d), `${words(shown[i])} covers a dot`).to.equal(false));
        });
        for (const marker of markers(el)) {
          const label = marker.querySelector<HTMLElement>('.label')!;
          const leader = marker.querySelector<HTMLElement>('.leader');
          if (leader) {
            // the leader's far end touches its label's box
            const [l, b] = [leader.getBoundingClientRect(), label.getBoundingClientRect()];
            expect(l.right >= b.left - 2 && l.left <= b.right + 2 && l.bottom >= b.top - 2 && l.top <= b.bottom + 2, `${marker.dataset.place}'s leader reaches its label`).to.equal(true);
          }
          if (label.getClientRects().length) continue;
          marker.focus();
          await el.updateComplete;
          expect(label.getClientRects().length, `${marker.dataset.place}'s label shows on focus`).to.equal(1);
          expect(words(label)).to.equal(marker.getAttribute('aria-label')!.split(',')[0]);
          marker.blur();
        }
      });
    }

    it('keeps marker labels from overlapping each other', async () => {
      const { el } = await render();
      const labels = [...el.shadowRoot!.querySelectorAll('.marker .label')];
      const boxes = labels.map((l) => l.getBoundingClientRect());
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i], boxes[j]];
          const overlaps = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
          expect(overlaps, `${words(labels[i])} ${JSON.stringify(a)} and ${words(labels[j])} ${JSON.stringify(b)} at ${el.getBoundingClientRect().width}px`).to.equal(false);
        }
      }
    });

    it('lays its labels out for its real width from the first frame (a phone-wide map does not move them later)', async () => {
      // The labels of the first frame that shows the map, as painted: read in a ResizeObserver callback of that
      // frame (after its layout, before its paint), made after the map's own observer so that it runs after it, as
      // the browser calls observers in the order they were made. Then once everything settled.
      const read = (el: SahelMap) => markers(el).map((m) => `${m.dataset.place} ${m.querySelector<HTMLElement>('.label')!.getAttribute('style')}`);
      let first: string[] | undefined;
      let frames = 0;
      const watch = () => {
        const map = document.querySelector<SahelMap>('#first-frame sahel-map');
        const frame = map?.shadowRoot?.querySelector('.frame');
        if (map && frame && map.shadowRoot!.querySelector('.marker')) {
          const paint = new ResizeObserver(() => {
            first ??= read(map);
            paint.disconnect();
          });
          paint.observe(frame);
        } else if (++frames < 600) requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
      // a story with places close together, whose labels take other spots on a narrow map than on a 640 px one
      const wrapper = await fixture<HTMLElement>(html`<div id="first-frame" style="inline-size: 340px"><sahel-story .story=${floodStory as unknown as Story}><sahel-map></sahel-map></sahel-story></div>`);
      const el = wrapper.querySelector('sahel-map')!;
      await waitUntil(() => first, 'map never rendered');
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      await el.updateComplete;
      const frame = el.shadowRoot!.querySelector('.frame')!.getBoundingClientRect().width;
      expect(frame).to.be.below(340);
      expect(first).to.deep.equal(read(el));
    });

    it('lists the places it cannot show, and every place with its country in the text alternative', async () => {
      const { el } = await render();
      const notShown = el.shadowRoot!.querySelector('[part="not-shown"]')!;
      expect(words(notShown.querySelector('h3'))).to.equal('Not on the map');
      expect([...notShown.querySelectorAll('li button')].map(words)).to.deep.equal([
        'US Embassy in Niamey',
        'The square in Niamey',
        'Bazoum’s private residence',
        // the countries the article names far from the Sahel carry no point (data/niamey-protests-2024/story.yaml)
        'United States',
        'Russia',
        'France',
        'Iran',
        'Sahel',
        'Sahara',
        'Africa',
      ]);
      const list = [...el.shadowRoot!.querySelectorAll('details[part="list"] li')].map(words);
      expect(list).to.have.length(niger.places.length);
      expect(list[0]).to.equal('Niamey — City, Niger');
      expect(list).to.include('Washington — City, United States (beyond the map, to the north-west)');
    });

    it('puts the story language on story text', async () => {
      const { el } = await render();
      document.documentElement.lang = 'fr';
      try {
        await waitUntil(() => words(el.shadowRoot!.querySelector('h2')) === 'Les lieux de l’article');
        expect(markers(el)[0].querySelector('.label')!.getAttribute('lang')).to.equal('en');
        expect(el.shadowRoot!.querySelector('details li span[lang="en"]')).to.not.equal(null);
      } finally {
        document.documentElement.lang = 'en';
      }
    });
  });

  describe('selection', () => {
    it('selects a place story-wide with sahel-select, shows its events and quotes, and clears on a second press', async () => {
      const { el, provider } = await render();
      const niamey = markers(el).find((b) => b.dataset.place === 'niamey')!;
      setTimeout(() => niamey.click());
      const event = await (oneEvent(el, 'sahel-select') as Promise<SahelSelectEvent>);
      expect(event.selection).to.deep.equal({ kind: 'place', id: 'niamey' });
      expect(provider.selection).to.deep.equal({ kind: 'place', id: 'niamey' });
      await el.updateComplete;
      expect(niamey.getAttribute('aria-pressed')).to.equal('true');
      const details = el.shadowRoot!.querySelector('[part="details"]')!;
      expect(words(details.querySelector('h3'))).to.equal('Niamey');
      const events = niger.events.filter((e) => e.places.includes('niamey')).map((e) => e.title);
      expect(events.length).to.be.greaterThan(0);
      for (const title of events) expect(words(details)).to.contain(title);
      setTimeout(() => niamey.click());
      expect((await (oneEvent(el, 'sahel-select') as Promise<SahelSelectEvent>)).selection).to.equal(null);
      expect(provider.selection).to.equal(null);
    });

    it('activates a marker with the keyboard', async () => {
      const { el, provider } = await render();
      const base = markers(el).find((b) => b.dataset.place === 'drone-base')!;
      base.focus();
      await sendKeys({ press: 'Enter' });
      expect(provider.selection).to.deep.equal({ kind: 'place', id: 'drone-base' });
    });

    it('follows a place selected elsewhere, and highlights the places of a selected event', async () => {
      const { el, provider } = await render();
      provider.selection = { kind: 'place', id: 'niger' };
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('.chart path.land.selected').length).to.equal(1);
      provider.selection = { kind: 'event', id: 'bazoum-detained' };
      await el.updateComplete;
      expect(markers(el).filter((b) => b.classList.contains('related')).map((b) => b.dataset.place)).to.deep.equal(['niamey']);
    });
  });

  describe('untrusted and missing data', () => {
    it('renders hostile place names as text', async () => {
      const story = structuredClone(niger);
      const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
      story.places[0].name = hostile;
      const { el } = await render(story);
      expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
      expect(el.shadowRoot!.querySelector('img, script')).to.equal(null);
      expect(words(markers(el).find((b) => b.dataset.place === 'niamey')!.querySelector('.label'))).to.equal(hostile);
    });

    it('rejects a story whose map carries hostile path data, with a visible error', async () => {
      const story = structuredClone(niger);
      story.map!.countries[0].d = 'M0 0"/><foreignObject><script>alert(1)</script></foreignObject>';
      const validation = validateStory(story);
      expect(validation.ok).to.equal(false);
      if (!validation.ok) expect(validation.problems[0].path).to.equal('map.countries[0].d');
      const provider = await fixture<SahelStory>(html`<sahel-story><script type="application/json">${JSON.stringify(story)}</script><sahel-map></sahel-map></sahel-story>`);
      const el = provider.querySelector('sahel-map')!;
      await waitUntil(() => el.shadowRoot!.querySelector('.status.error'), 'no error state');
      expect(el.shadowRoot!.querySelector('path')).to.equal(null);
    });

    it('lists every place when the story has no map', async () => {
      const story = structuredClone(niger);
      delete story.map;
      const { el } = await render(story);
      expect(el.shadowRoot!.querySelector('.frame')).to.equal(null);
      expect(words(el.shadowRoot!.querySelector('.layout'))).to.contain('No map was prepared for this story.');
      const details = el.shadowRoot!.querySelector('details')!;
      expect(details.open).to.equal(true);
      expect(details.querySelectorAll('li')).to.have.length(niger.places.length);
      await expect(el).to.be.accessible();
    });

    it('says so when the story has no places', async () => {
      const story = structuredClone(niger);
      story.places = [];
      story.events.forEach((e) => (e.places = []));
      story.relations = story.relations.filter((r) => r.fromKind !== 'place' && r.toKind !== 'place');
      delete story.map;
      const { el } = await render(story);
      expect(words(el.shadowRoot!.querySelector('section'))).to.contain('No places in this story');
    });
  });

  describe('requests', () => {
    it('makes no request at all to draw the map', async () => {
      performance.clearResourceTimings();
      const before = performance.getEntriesByType('resource').length;
      const { el } = await render();
      el.select('niamey');
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 200));
      const after = performance.getEntriesByType('resource').slice(before).map((e) => e.name);
      expect(after).to.deep.equal([]);
    });
  });
});

describe('<sahel-map> linked selection of events, quotes, figures and relations (Niger story)', () => {
  const related = (el: HTMLElement) =>
    [...el.shadowRoot!.querySelectorAll<HTMLElement>('.marker.related')].filter((m) => /highlighted/.test(m.getAttribute('aria-label')!)).map((m) => m.dataset.place).sort();

  it('marks the places of a selected event, quote, figure or relation with a ring and "highlighted"', async () => {
    const { el, select } = await inNiger(html`<sahel-map></sahel-map>`, 'sahel-map');
    await waitUntil(() => el.shadowRoot!.querySelector('.marker'), 'no markers');
    expect(related(el)).to.deep.equal([]);
    await select({ kind: 'event', id: 'us-delegation-visit' });
    expect(related(el)).to.deep.equal(['niger', 'washington']);
    await select({ kind: 'quote', id: 'saley-1' });
    expect(related(el), 'the places its paragraph mentions').to.deep.equal(['drone-base', 'niger']);
    await select({ kind: 'figure', id: 'us-personnel' });
    expect(related(el)).to.deep.equal(['drone-base', 'niger']);
    await select({ kind: 'relation', id: 'us-troops-stationed' });
    expect(related(el)).to.deep.equal(['drone-base']);
    await select({ kind: 'place', id: 'niamey' });
    expect(related(el), 'the selected marker is selected, not related').to.deep.equal([]);
    await select(null);
    expect(related(el)).to.deep.equal([]);
  });
});
