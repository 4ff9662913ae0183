/**
 * Hostile stories (issue 10, item 1; DESIGN §8): every XSS vector of test/fixtures/xss-vectors.ts goes into
 * every string field of a story that the validator accepts, ten vectors per story (item k of every list
 * carries vector k); every element renders it in every variant and open state. Nothing may run (a global
 * tripwire), no `on*` attribute, no non-http(s) link, no tag the clean story does not render, no injected
 * CSS, the page outside the widgets unchanged, and every rendered field shows the vector as text.
 * Fields whose values the validator constrains (ids, URLs, codes, enums, references, days) must refuse
 * a vector with a problem at that path, or else render it safely too.
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import type { TemplateResult } from 'lit';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import '../src/elements/quote-card/quote-card.js';
import '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/actor-list/actor-list.js';
import '../src/elements/key-figures/key-figures.js';
import '../src/elements/actor-relations/actor-relations.js';
import '../src/elements/sahel-map/sahel-map.js';
import type { SahelStory } from '../src/elements/sahel-story/sahel-story.js';
import type { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import { validateStory } from '../src/story/validate.js';
import type { Actor, ActorKind, PlaceKind, Story } from '../src/story/types.js';
import { xssVectors } from './fixtures/xss-vectors.js';
import { storiesSettled } from './helpers/story-ready.js';
import { offscreenSheet } from '../src/shared/render-slices.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

const PER_STORY = 10;
const KINDS: ActorKind[] = ['person', 'organization', 'country', 'group'];
const PLACE_KINDS: PlaceKind[] = ['city', 'country', 'region', 'site', 'river', 'facility'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A valid story with one item per vector in every list; item k carries vector k in every free-text field,
 * and the article's single-valued fields carry all of them.
 */
function hostileStory(vectors: readonly string[], id = 'hostile'): Story {
  const n = vectors.length;
  const next = (k: number) => (k + 1) % n;
  const span = (k: number) => ({ paragraph: `p${k}`, start: 0, end: vectors[k].length });
  const fuzzy = (k: number) => {
    const day = `2024-01-${pad(k + 1)}`;
    return { edtf: day, start: day, end: day, precision: 'day' as const, phrase: vectors[k], basis: 'external' as const, note: vectors[k] };
  };
  return {
    version: 1,
    id,
    article: {
      headline: vectors.join(' | '),
      publisher: vectors.join(' | '),
      url: 'https://news.example/story',
      published: '2024-02-01',
      byline: [...vectors],
      contributors: [...vectors],
      language: 'en',
      paragraphs: vectors.map((v, k) => ({ id: `p${k}`, text: `${v} Said on Monday. ${v}` })),
    },
    actors: vectors.map((v, k): Actor => ({
      id: `a${k}`,
      name: v,
      kind: KINDS[k % KINDS.length],
      role: v,
      ...(k % 2 ? { age: 30 + k } : {}),
      ...(KINDS[k % KINDS.length] === 'country' ? { country: 'NE' } : {}),
      affiliations: n > 1 ? [`a${next(k)}`] : [],
      ...(k % 3 === 0 ? { anonymous: true, anonymityReason: span(k) } : {}),
      metonyms: [v],
      aliases: [v, `${v} (alias)`],
      mentions: [span(k)],
    })),
    quotes: vectors.map((v, k) => ({
      id: `q${k}`,
      text: v,
      speaker: `a${k}`,
      medium: (['spoken', 'sign', 'broadcast', 'statement'] as const)[k % 4],
      context: v,
      source: span(k),
      ...(k % 2 ? { partial: true } : {}),
      ...(k % 4 === 2 ? { channel: 'radio' as const } : {}),
      nested: [{ start: 0, end: v.length, speaker: `a${next(k)}` }],
    })),
    events: vectors.map((v, k) => ({ id: `e${k}`, title: v, summary: v, when: fuzzy(k), actors: [`a${k}`], places: [`pl${k}`], source: span(k) })),
    places: vectors.map((v, k) => ({
      id: `pl${k}`, name: v, kind: PLACE_KINDS[k % PLACE_KINDS.length], country: 'NE', coordinates: [2.1, 13.5] as [number, number],
      ...(k ? { in: 'pl0' } : {}), mentions: [span(k)],
    })),
    figures: vectors.map((v, k) => ({
      id: `f${k}`, ...(k % 2 ? { min: k, max: k + 1 } : { value: k }), qualifier: 'about' as const, unit: v, ...(k % 3 ? {} : { currency: 'NGN' }),
      label: v, claimedBy: `a${k}`, actors: [`a${k}`], ...(n > 1 ? { contests: [`f${next(k)}`] } : {}), source: span(k),
    })),
    relations: vectors.map((v, k) => ({
      id: `r${k}`, from: `a${k}`, ...(k % 2 ? { to: `pl${k}`, toKind: 'place' as const } : { to: `a${next(k)}` }), kind: v, label: v, since: fuzzy(k), source: span(k),
    })),
    corrections: vectors.map((v, k) => ({ id: `c${k}`, text: v, source: span(k), says: v, items: [{ kind: 'quote' as const, id: `q${k}` }] })),
    // a locator map: every place a marker (all at one spot, so labels collide), country names from the vectors
    map: {
      viewBox: [0, 0, 100, 100],
      countries: vectors.slice(0, 3).map((v, k) => ({ iso: 'NE', name: v, d: `M${k * 10} 0L${k * 10 + 10} 0L${k * 10 + 10} 10Z`, label: [k * 10 + 5, 5] as [number, number] })),
      inset: { viewBox: [0, 0, 10, 10], d: 'M0 0L5 5L0 5Z', box: [1, 1, 2, 2] },
      places: vectors.map((_, k) => ({ id: `pl${k}`, x: 50, y: 50 })),
      scale: { km: 100, length: 20 },
    },
  };
}

/** Every free-text field a vector goes into (for the counts in the report). */
const TEXT_FIELDS = [
  'article.headline', 'article.publisher', 'article.byline[]', 'article.contributors[]', 'article.paragraphs[].text',
  'actors[].name', 'actors[].role', 'actors[].aliases[]', 'actors[].metonyms[]', 'quotes[].text', 'quotes[].context',
  'events[].title', 'events[].summary', 'events[].when.phrase', 'events[].when.note', 'places[].name',
  'figures[].unit', 'figures[].label', 'relations[].kind', 'relations[].label', 'relations[].since.phrase', 'relations[].since.note',
  'corrections[].text', 'corrections[].says',
];

interface Scan {
  elements: Element[];
  texts: string[];
  /** Text of `<style>` elements (there should be none: a strict CSP refuses them). */
  styles: string[];
  /** Rules of the sheets adopted by shadow roots beyond the element's static styles. */
  rules: string[];
}

const staticSheets = (el: Element) => ((el.constructor as { elementStyles?: { styleSheet?: CSSStyleSheet }[] }).elementStyles ?? []).map((s) => s.styleSheet);

/** Every element, text node, `<style>` text and added adopted rule under `root`, through every (open) shadow root. */
function scan(root: Node, out: Scan = { elements: [], texts: [], styles: [], rules: [] }): Scan {
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) out.texts.push((child as Text).data);
      else if (child instanceof Element) {
        out.elements.push(child);
        if (child.localName === 'style') out.styles.push(child.textContent ?? '');
        if (child.shadowRoot) {
          // the element's static sheets, and render-slices' constant off-screen sheet (no data in either)
          const own = [...staticSheets(child), offscreenSheet()];
          for (const sheet of child.shadowRoot.adoptedStyleSheets) {
            if (!own.includes(sheet)) out.rules.push(...[...sheet.cssRules].map((r) => r.cssText));
          }
          walk(child.shadowRoot);
        }
        walk(child);
      }
    }
  };
  if (root instanceof Element && root.shadowRoot) walk(root.shadowRoot);
  walk(root);
  return out;
}

const URL_ATTRIBUTES = ['href', 'xlink:href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'codebase'];
/** The only CSS the widgets write at run time: the timeline's rules for the events a selection concerns (as serialized by CSSOM). */
const TIMELINE_RULE = /^\.sel \.item:is\(\[data-(?:actors~|ev)="[a-z0-9_-]+"\](?:, ?\[data-ev="[a-z0-9_-]+"\])*\)(?: \.title)? \{[^{}<>]*\}$/;

/** Tags the clean story renders, in every element, variant and state (filled by the first test). */
const allowedTags = new Set<string>();

/** Fails on anything a hostile story must never produce inside the widgets. */
function assertSafe(found: Scan, where: string): void {
  expect(window.__pwned, `${where}: a payload ran`).to.equal(undefined);
  for (const el of found.elements) {
    const tag = el.localName;
    expect(['script', 'iframe', 'object', 'embed', 'frame', 'base', 'meta', 'link', 'form', 'img', 'math', 'image', 'foreignobject', 'use', 'animate', 'set', 'template']).not.to.include(tag, `${where}: <${tag}> was created`);
    if (allowedTags.size) expect(allowedTags.has(tag), `${where}: <${tag}> is not a tag the widgets render`).to.equal(true);
    for (const { name, value } of el.attributes) {
      expect(name.startsWith('on'), `${where}: <${tag} ${name}="${value}">`).to.equal(false);
      if (URL_ATTRIBUTES.includes(name) && !(tag === 'a' && name === 'href')) expect.fail(`${where}: <${tag} ${name}="${value}">`);
      if (name === 'style') expect(value, `${where}: style attribute`).not.to.match(/url\(|expression|@import|javascript|behavior|binding/i);
    }
    if (tag === 'a' && el.hasAttribute('href')) {
      const { protocol } = new URL((el as HTMLAnchorElement).href);
      expect(['http:', 'https:'], `${where}: <a href="${el.getAttribute('href')}">`).to.include(protocol);
    }
  }
  expect(found.styles, `${where}: <style> elements (refused by a strict CSP)`).to.deep.equal([]);
  for (const rule of found.rules) expect(rule, `${where}: a run-time CSS rule`).to.match(TIMELINE_RULE);
}

/** What must not change outside the widgets: the rest of the page, its title, URL, cookies, globals. */
function pageSnapshot(host: Element) {
  const outside = (parent: Element) => [...parent.childNodes].filter((n) => n !== host).map((n) => (n instanceof Element ? n.outerHTML : n.textContent));
  return JSON.stringify({
    head: outside(document.head),
    body: outside(document.body),
    html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    title: document.title,
    url: location.href,
    cookie: document.cookie,
    prototype: Object.getOwnPropertyNames(Object.prototype).sort(),
    arrayPrototype: Object.getOwnPropertyNames(Array.prototype).length,
    polluted: [({} as Record<string, unknown>).polluted, ([] as unknown as Record<string, unknown>).polluted],
  });
}

/** Waits until every Lit element under `root` (through shadow roots, as new ones appear) has rendered. */
async function settle(root: ParentNode): Promise<void> {
  await storiesSettled(root);
  let seen = -1;
  for (let round = 0; round < 10; round++) {
    // the root too: a widget told to change (a badge opened) may render in a later task (render-slices.ts)
    const lit = [root, ...scan(root).elements].filter((el): el is Element & { updateComplete: Promise<unknown> } => 'updateComplete' in el);
    await Promise.all(lit.map((el) => el.updateComplete));
    if (lit.length === seen) return;
    seen = lit.length;
  }
}

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function widgets(story: Story): TemplateResult {
  return html`<sahel-story .story=${story}>
    <sahel-timeline class="sources" show-sources></sahel-timeline>
    <sahel-timeline class="sources compact" layout="horizontal" compact show-sources></sahel-timeline>
    <sahel-timeline class="closed"></sahel-timeline>
    ${story.quotes.map((q) => (['card', 'pull', 'compact'] as const).map((variant) => html`<quote-card quote=${q.id} variant=${variant}></quote-card>`))}
    <quote-card speaker=${story.actors[0].id} all></quote-card>
    ${story.actors.map((a) => (['chip', 'full', 'text'] as const).map((variant) => html`<actor-badge actor=${a.id} variant=${variant}></actor-badge>`))}
    <actor-list></actor-list>
    <actor-list sort="name"></actor-list>
    <key-figures></key-figures>
    <key-figures variant="list"></key-figures>
    ${story.figures.map((f) => html`<key-figures figure=${f.id} variant="inline"></key-figures>`)}
    <actor-relations layout="diagram"></actor-relations>
    <sahel-map></sahel-map>
  </sahel-story>`;
}

/** The texts of one element, its nested widgets included. */
const textsOf = (el: Element) => scan(el).texts;
function expectShown(el: Element, vector: string, field: string): void {
  const shown = textsOf(el).some((t) => t.includes(vector));
  expect(shown, `<${el.localName}${el.getAttribute('variant') ? ` variant=${el.getAttribute('variant')}` : ''}> does not show ${field} ${JSON.stringify(vector)} as text`).to.equal(true);
}

let tried = 0;

/**
 * Renders `story` in every element, opens everything that opens, and checks after each step.
 * With `vectors`, also checks that each rendered field shows its vector as text.
 */
async function renderAndCheck(story: Story, vectors: readonly string[] | null, label: string): Promise<void> {
  const host = document.createElement('div');
  document.body.append(host);
  const before = pageSnapshot(host);
  try {
    render(widgets(story), host);
    await settle(host);
    const provider = host.querySelector<SahelStory>('sahel-story')!;
    expect(provider.state.status, `${label}: ${provider.state.error?.message}`).to.equal('ready');
    const check = (where: string) => {
      const found = scan(host);
      if (!vectors) found.elements.forEach((el) => allowedTags.add(el.localName));
      assertSafe(found, `${label}, ${where}`);
    };
    check('first render');

    // open every quote's context, expand every event of the closed timeline, select an actor
    for (const card of host.querySelectorAll('quote-card')) {
      for (const button of card.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button[aria-controls]')) button.click();
    }
    for (const el of host.querySelectorAll('key-figures, actor-relations')) {
      for (const button of el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')) button.click();
    }
    // select the first place on the map: its events and quotes are listed beside it
    host.querySelector('sahel-map')?.shadowRoot!.querySelector<HTMLButtonElement>('button.marker')?.click();
    const closed = host.querySelector('sahel-timeline.closed')!;
    for (const button of closed.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.ev')) button.click();
    provider.selection = { kind: 'actor', id: story.actors[0].id };
    await settle(host);
    check('contexts open, events expanded, actor selected');
    const rules = scan(host).rules;
    expect(rules, 'each timeline marks the selected actor').to.have.length(6); // two rules each: the item, its underlined title
    for (const rule of rules) expect(rule).to.contain(`"${story.actors[0].id}"`);

    // each chip and text badge opened in turn (one popover at a time), checked while open
    for (const badge of host.querySelectorAll<ActorBadge>(':scope > sahel-story > actor-badge:not([variant="full"])')) {
      if (vectors && badge.variant === 'text') continue; // the same details as the chip's, checked in the clean story
      badge.open = true;
      await settle(badge);
      expect(badge.shadowRoot!.querySelector('.details')!.childElementCount, `${label}: badge details are empty`).to.be.greaterThan(0);
      const found = scan(badge);
      if (!vectors) found.elements.forEach((el) => allowedTags.add(el.localName));
      assertSafe(found, `${label}, <actor-badge variant=${badge.variant}> open`);
      if (vectors) {
        const k = Number(badge.actor.slice(1));
        if (badge.variant === 'chip') for (const field of ['name', 'role']) expectShown(badge, vectors[k], `actors[${k}].${field}`);
        expectShown(badge, vectors[k], `events[${k}].title (in the details)`);
      }
      badge.open = false;
      await settle(badge);
    }

    // payloads that would fire later (image errors, focus, animations) get their chance
    await tick(60);
    check('after a pause');
    expect(pageSnapshot(host), `${label}: the page outside the widgets changed`).to.equal(before);

    if (!vectors) return;
    const all = (selector: string) => [...host.querySelectorAll(selector)];
    vectors.forEach((v, k) => {
      for (const timeline of all('sahel-timeline')) {
        const fields = ['title', 'when.note', ...(timeline.matches('.compact') ? [] : ['summary'])];
        // the article's own phrase is shown with the details of an expanded event
        fields.push('when.phrase');
        for (const field of fields) expectShown(timeline, v, `events[${k}].${field}`);
      }
      for (const card of all(`quote-card[quote="q${k}"]`)) {
        for (const field of ['quotes[].text', 'quotes[].context', 'actors[].role', 'actors[].name', 'article.headline', 'article.publisher']) expectShown(card, v, field);
      }
      for (const badge of all(`actor-badge[actor="a${k}"][variant="full"]`)) {
        for (const field of ['actors[].name', 'actors[].role', 'events[].title']) expectShown(badge, v, field);
      }
      for (const list of all('actor-list')) expectShown(list, v, 'actors[].name');
      for (const el of all('key-figures:not([variant="inline"])')) for (const field of ['figures[].label', 'figures[].unit']) expectShown(el, v, field);
      expectShown(host.querySelector(`key-figures[figure="f${k}"]`)!, v, 'figures[].unit (inline)');
      for (const field of ['relations[].kind', 'relations[].label', 'article.paragraphs[].text (source)']) expectShown(host.querySelector('actor-relations')!, v, field);
      expectShown(host.querySelector('sahel-map')!, v, 'places[].name (map)');
    });
    // vectors × free-text fields × the eight elements (provider, timeline, quote card, badge, list, key figures, relations, map)
    tried += vectors.length * TEXT_FIELDS.length * 8;
  } finally {
    render(null, host);
    host.remove();
  }
}

/** The validator's quoting of a value in a message: JSON, cut at 60 characters. */
const quoted = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);

describe('hostile stories', function () {
  this.timeout(30_000);
  const tripwires: Record<string, unknown> = {};

  before(() => {
    // dialogs would block the page; as tripwires they fail the test instead
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      tripwires[name] = window[name];
      (window as unknown as Record<string, unknown>)[name] = () => (window.__pwned = name);
    }
  });
  after(() => {
    Object.assign(window, tripwires);
    console.log(`hostile data: ${xssVectors.length} vectors; ${tried} vector × free-text field × element renders checked`);
  });
  afterEach(() => expect(window.__pwned, 'a payload ran').to.equal(undefined));

  it(`has at least 150 distinct vectors (${xssVectors.length})`, () => {
    expect(new Set(xssVectors).size).to.equal(xssVectors.length);
    expect(xssVectors.length).to.be.at.least(150);
  });

  it('the tripwires work: markup set as HTML would trip them, and so would a javascript: link', async () => {
    const probe = document.createElement('div');
    probe.innerHTML = '<img src="data:," onerror="window.__pwned=1">';
    document.body.append(probe);
    await new Promise((resolve) => probe.querySelector('img')!.addEventListener('error', resolve));
    await tick(0);
    expect(window.__pwned).to.equal(1);
    expect(scan(probe).elements.some((el) => el.hasAttribute('onerror'))).to.equal(true);
    probe.remove();
    delete window.__pwned;
  });

  it('renders the clean story in every element and state (the baseline of allowed tags)', async () => {
    await renderAndCheck(hostileStory(Array.from({ length: PER_STORY }, (_, k) => `Plain words number ${k}`), 'clean'), null, 'clean story');
    expect([...allowedTags]).to.include.members(['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'a', 'mark', 'svg']);
    // and the error state, with its retry button
    const host = document.createElement('div');
    document.body.append(host);
    const error = console.error;
    console.error = () => {};
    render(html`<sahel-story .story=${{ version: 2 }}><quote-card quote="q0"></quote-card><sahel-timeline></sahel-timeline><actor-badge actor="a0"></actor-badge><actor-list></actor-list></sahel-story>`, host);
    await settle(host);
    console.error = error;
    expect(host.querySelector('quote-card')!.shadowRoot!.querySelector('.status.error button')).not.to.equal(null);
    scan(host).elements.forEach((el) => allowedTags.add(el.localName));
    render(null, host);
    host.remove();
  });

  for (let i = 0; i < xssVectors.length; i += PER_STORY) {
    const vectors = xssVectors.slice(i, i + PER_STORY);
    it(`vectors ${i + 1}–${i + vectors.length} in every free-text field render as text, harmlessly, in every element`, async () => {
      const story = hostileStory(vectors);
      const result = validateStory(story);
      expect(result.ok, JSON.stringify(!result.ok && result.problems.slice(0, 3))).to.equal(true);
      await renderAndCheck(story, vectors, `vectors ${i + 1}–${i + vectors.length}`);
    });
  }

  // Fields with a format: each vector is refused with a problem at that exact path, or else (an id that
  // happens to be a valid id, an http(s) URL with markup in it) rendered and checked like the rest.
  // [path, put the vector there, for an id field: the id it replaces]
  const constrained: [string, (s: Story, v: string) => void, string?][] = [
    ['id', (s, v) => (s.id = v), 'hostile'],
    ['article.url', (s, v) => (s.article.url = v)],
    ['article.language', (s, v) => (s.article.language = v)],
    ['article.published', (s, v) => (s.article.published = v)],
    ['article.paragraphs[0].id', (s, v) => (s.article.paragraphs[0].id = v), 'p0'],
    ['actors[0].id', (s, v) => (s.actors[0].id = v), 'a0'],
    ['actors[0].kind', (s, v) => ((s.actors[0] as { kind: string }).kind = v)],
    ['actors[0].country', (s, v) => (s.actors[0].country = v)],
    ['actors[0].affiliations[0]', (s, v) => (s.actors[0].affiliations[0] = v)],
    ['quotes[0].id', (s, v) => (s.quotes[0].id = v), 'q0'],
    ['quotes[0].speaker', (s, v) => (s.quotes[0].speaker = v)],
    ['quotes[0].medium', (s, v) => ((s.quotes[0] as { medium: string }).medium = v)],
    ['quotes[0].continues', (s, v) => (s.quotes[0].continues = v)],
    ['quotes[0].source.paragraph', (s, v) => (s.quotes[0].source.paragraph = v)],
    ['events[0].id', (s, v) => (s.events[0].id = v), 'e0'],
    ['events[0].when.edtf', (s, v) => (s.events[0].when.edtf = v)],
    ['events[0].when.start', (s, v) => (s.events[0].when.start = v)],
    ['events[0].when.precision', (s, v) => ((s.events[0].when as { precision: string }).precision = v)],
    ['events[0].when.basis', (s, v) => ((s.events[0].when as { basis: string }).basis = v)],
    ['events[0].actors[0]', (s, v) => (s.events[0].actors[0] = v)],
    ['events[0].places[0]', (s, v) => (s.events[0].places[0] = v)],
    ['places[0].id', (s, v) => (s.places[0].id = v), 'pl0'],
    ['places[0].kind', (s, v) => ((s.places[0] as { kind: string }).kind = v)],
    ['relations[0].from', (s, v) => (s.relations[0].from = v)],
    ['relations[0].toKind', (s, v) => ((s.relations[0] as { toKind: string }).toKind = v)],
    ['quotes[0].channel', (s, v) => ((s.quotes[0] as { channel: string }).channel = v)],
    ['quotes[0].nested[0].speaker', (s, v) => (s.quotes[0].nested![0].speaker = v)],
    ['events[0].status', (s, v) => ((s.events[0] as { status: string }).status = v)],
    ['places[0].in', (s, v) => (s.places[0].in = v)],
    ['figures[0].currency', (s, v) => (s.figures[0].currency = v)],
    ['figures[0].qualifier', (s, v) => ((s.figures[0] as { qualifier: string }).qualifier = v)],
    ['figures[0].claimedBy', (s, v) => (s.figures[0].claimedBy = v)],
    ['figures[0].sameAs', (s, v) => (s.figures[0].sameAs = v)],
    ['corrections[0].id', (s, v) => (s.corrections![0].id = v), 'c0'],
    ['corrections[0].items[0].kind', (s, v) => ((s.corrections![0].items[0] as { kind: string }).kind = v)],
    ['corrections[0].items[0].id', (s, v) => (s.corrections![0].items[0].id = v)],
  ];
  const base = hostileStory(['Ana', 'Bo', 'Cy']);
  const ID = /^[a-z0-9][a-z0-9_-]*$/;
  /** Vectors a formatted field may take: [the id they replace everywhere, or 'url'; the vector]. */
  const accepted: [string, string][] = [];

  it(`formatted fields (${constrained.length} of them) refuse every vector with a problem at the field's path`, () => {
    for (const v of xssVectors) {
      for (const [path, put, replaces] of constrained) {
        const story = structuredClone(base);
        put(story, v);
        const result = validateStory(story);
        if (result.ok && replaces) {
          // the story id: a valid id that nothing refers to
          expect(v).to.match(ID);
          accepted.push([replaces, v]);
          continue;
        }
        if (result.ok) {
          expect(path, `${path} accepted ${JSON.stringify(v)}`).to.equal('article.url');
          expect(new URL(v).protocol).to.match(/^https?:$/);
          accepted.push(['url', v]);
          continue;
        }
        const paths = result.problems.map((p) => p.path);
        if (replaces && ID.test(v)) {
          // a valid id: only the references to the old one dangle; the renamed story is rendered below
          expect(result.problems.every((p) => p.message.startsWith('no ')), JSON.stringify(result.problems)).to.equal(true);
          accepted.push([replaces, v]);
        } else expect(paths, `${path} = ${JSON.stringify(v)}`).to.include(path);
      }
    }
    expect(accepted.some(([p]) => p === 'url'), 'no URL vector was accepted: the link path went untested').to.equal(true);
    expect(accepted.some(([p]) => p !== 'url'), 'no id vector was accepted: the id path went untested').to.equal(true);
  });

  it('the vectors the validator accepts in formatted fields render safely: links stay http(s), ids work', async () => {
    expect(accepted.length).to.be.greaterThan(0);
    for (const [replaces, v] of accepted) {
      let story = structuredClone(base);
      if (replaces === 'url') story.article.url = v;
      else story = JSON.parse(JSON.stringify(story).replaceAll(`"${replaces}"`, JSON.stringify(v)));
      const result = validateStory(story);
      expect(result.ok, `${replaces} = ${v}: ${JSON.stringify(!result.ok && result.problems)}`).to.equal(true);
      await renderAndCheck(story, null, `${replaces} = ${JSON.stringify(v)}`);
    }
    const host = document.createElement('div');
    document.body.append(host);
    for (const [, v] of accepted.filter(([p]) => p === 'url')) {
      const story = structuredClone(base);
      story.article.url = v;
      render(html`<sahel-story .story=${story}><quote-card quote="q0"></quote-card></sahel-story>`, host);
      await settle(host);
      const a = scan(host).elements.find((el): el is HTMLAnchorElement => el.localName === 'a')!;
      expect(a.href).to.equal(new URL(v).href);
      render(null, host);
    }
    host.remove();
  });

  it('a story refused because of a vector shows the vector, quoted, as text in the error state', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const before = pageSnapshot(host);
    const error = console.error;
    console.error = () => {};
    try {
      const stories = xssVectors.map((v) => Object.assign(structuredClone(base), { id: v }));
      render(html`${stories.map((s) => html`<sahel-story .story=${s}><quote-card quote="q0"></quote-card><sahel-timeline></sahel-timeline><actor-badge actor="a0"></actor-badge></sahel-story>`)}`, host);
      await settle(host);
      await tick(60);
      const cards = [...host.querySelectorAll('quote-card')];
      let shown = 0;
      xssVectors.forEach((v, i) => {
        if (/^[a-z0-9][a-z0-9_-]*$/.test(v)) return; // a valid id: no error
        shown++;
        expectShown(cards[i], `id: invalid id ${quoted(v)}`, 'the error');
        expect(cards[i].shadowRoot!.querySelector('.status.error button'), 'a retry button').not.to.equal(null);
      });
      expect(shown).to.be.greaterThan(150);
      assertSafe(scan(host), 'error states');
    } finally {
      console.error = error;
      render(null, host);
      host.remove();
    }
    expect(pageSnapshot(host)).to.equal(before);
  });

  it('JSON with __proto__ / constructor keys is refused at their paths and pollutes nothing', async () => {
    const json = JSON.stringify(base)
      .replace('{"version":1,', '{"__proto__":{"polluted":"yes"},"version":1,')
      .replace('{"id":"a0",', '{"id":"a0","constructor":{"prototype":{"polluted":"yes"}},');
    const result = validateStory(JSON.parse(json));
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.problems.map((p) => p.path)).to.have.members(['__proto__', 'actors[0].constructor']);
    // through the provider, from inline JSON, as a CMS would embed it
    const host = document.createElement('div');
    document.body.append(host);
    const error = console.error;
    console.error = () => {};
    try {
      const provider = document.createElement('sahel-story');
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      provider.append(script, document.createElement('actor-list'));
      host.append(provider);
      await settle(host);
      expect(provider.state.status).to.equal('error');
      expect(provider.state.error!.problems.map((p) => p.path)).to.have.members(['__proto__', 'actors[0].constructor']);
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      assertSafe(scan(provider.querySelector('actor-list')!), 'inline JSON with __proto__');
    } finally {
      console.error = error;
      host.remove();
    }
  });
});
