/**
 * Server rendering (issue 16): every element rendered in Node by @lit-labs/ssr (declarative shadow DOM,
 * no DOM shim beyond Lit's own), then the page loaded in Debian's Chromium with an esbuild bundle of
 * `sahel-widgets/hydrate`: the widgets adopt the server's DOM (the nodes taken before the script ran are
 * still the ones shown: not rendered twice), each item appears once, and they respond to clicks.
 * `SSR_ENTRY=src/index.ts` (no hydration support) makes it fail: every widget shows its items twice.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { html } from 'lit';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { renderWidgets } from '../../src/ssr/index.js';
import { embeddedStory } from '../../src/story/embedded-story.js';
import type { Story } from '../../src/story/types.js';

const repo = resolve(import.meta.dirname, '../..');
const story = embeddedStory;
const quote = 'saley-1';
const actor = 'abdourahmane-tchiani';
const TAGS = ['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'sahel-map', 'actor-relations'];

const widgets = () =>
  html`<sahel-timeline></sahel-timeline>
    <quote-card quote=${quote}></quote-card>
    <p>The leader, <actor-badge actor=${actor}></actor-badge>, spoke.</p>
    <actor-list></actor-list>
    <key-figures></key-figures>
    <sahel-map></sahel-map>
    <actor-relations layout="list"></actor-relations>`;

// A page with its own story: a page-default <sahel-story> with the story's inline JSON before the widgets,
// which the browser validates (the validator is bundled into sahel-widgets/hydrate, not loaded on first use:
// the widgets' first render must meet the story the server rendered).
const own = JSON.parse(readFileSync(resolve(repo, 'test/fixtures/mini-story.json'), 'utf8')) as Story;
const ownWidgets = () => html`<sahel-timeline></sahel-timeline><quote-card quote="okafor-biggest"></quote-card>`;
const OWN_TAGS = ['sahel-timeline', 'quote-card'];

let ssr = '';
let server: Server;
let origin = '';
let browser: Browser;

// Before the module runs: one node of every shadow root the server wrote, to compare after hydration.
const RECORD = `<script>window.__ssrNodes = ${JSON.stringify(TAGS)}.map((t) => document.querySelector(t)?.shadowRoot?.querySelector(':not(style)') ?? null);</script>`;

before(async () => {
  ssr = renderWidgets(widgets(), story);
  const bundle = await build({
    entryPoints: [resolve(repo, process.env.SSR_ENTRY ?? 'src/hydrate.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
    tsconfig: resolve(repo, 'tsconfig.json'),
  });
  const js = bundle.outputFiles[0].text;
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>${ssr}${RECORD}<script type="module" src="/hydrate.js"></script></body></html>`;
  const ownRecord = RECORD.replace(JSON.stringify(TAGS), JSON.stringify(OWN_TAGS));
  const ownPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SSR</title></head><body>
    <sahel-story page-default><script type="application/json">${JSON.stringify(own).replace(/</g, '\\u003c')}</script></sahel-story>
    ${renderWidgets(ownWidgets(), own)}${ownRecord}<script type="module" src="/hydrate.js"></script></body></html>`;
  server = createServer((req, res) => {
    if (req.url === '/dist/sahel-widgets.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/demo') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(resolve(repo, 'demo/index.html')));
    else if (req.url === '/hydrate.js') res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
    else if (req.url === '/') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else if (req.url === '/own') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(ownPage);
    else if (req.url === '/favicon.ico') res.writeHead(204).end();
    else if (req.url === '/blank') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>blank</title>');
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
});

after(async () => {
  await browser?.close();
  server?.close();
});

describe('SSR in Node', () => {
  it('renders every element with declarative shadow DOM and the story content', () => {
    for (const tag of TAGS) assert.match(ssr, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), tag);
    for (const e of story.events) assert.ok(ssr.includes(e.title.replace(/&/g, '&amp;').replace(/</g, '&lt;')), `event ${e.id}`);
    const q = story.quotes.find((x) => x.id === quote)!;
    assert.ok(ssr.includes(q.text.slice(0, 30)), 'quote text');
    assert.doesNotMatch(ssr, /Loading story|could not be shown/);
  });
});

describe('SSR then hydration in Chromium', () => {
  let page: Page;
  const errors: string[] = [];
  before(async () => {
    page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    await page.waitForFunction((tags: string[]) => tags.every((t) => customElements.get(t)), { timeout: 20_000 }, TAGS);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
  });

  it('hydrates in place: the server-rendered nodes are the ones shown, no error', async () => {
    const kept = await page.evaluate(() => (window as unknown as { __ssrNodes: (Element | null)[] }).__ssrNodes.map((n) => !!n && n.isConnected));
    assert.deepEqual(kept, TAGS.map(() => true));
    assert.deepEqual(errors, []);
  });

  it('one copy of each item', async () => {
    const counts = await page.evaluate(() => {
      // no helper functions in here: tsx's esbuild would wrap them in a `__name` the page lacks
      return {
        events: document.querySelector('sahel-timeline')!.shadowRoot!.querySelectorAll('li.item').length,
        quotes: document.querySelector('quote-card')!.shadowRoot!.querySelectorAll('figure').length,
        badges: document.querySelector('actor-badge')!.shadowRoot!.querySelectorAll('button').length > 0,
        light: [...document.querySelectorAll('sahel-timeline, quote-card')].map((el) => el.children.length),
      };
    });
    assert.equal(counts.events, story.events.length);
    assert.equal(counts.quotes, 1);
    assert.ok(counts.badges);
    assert.deepEqual(counts.light, [0, 0]);
  });

  it('is interactive: a click expands an event and selects an actor', async () => {
    const expanded = await page.evaluate(async () => {
      const button = document.querySelector('sahel-timeline')!.shadowRoot!.querySelector<HTMLButtonElement>('button.ev')!;
      button.click();
      await new Promise((ok) => setTimeout(ok, 50));
      return button.getAttribute('aria-expanded');
    });
    assert.equal(expanded, 'true');
    const selected = await page.evaluate(async () => {
      const seen: unknown[] = [];
      document.addEventListener('sahel-select', (e) => seen.push((e as Event & { selection: unknown }).selection));
      // the list's actors are chips in its own shadow root (as <actor-badge> draws them)
      const list = document.querySelector('actor-list')!.shadowRoot!;
      const button = list.querySelector<HTMLButtonElement>('.chip > button.badge')!;
      button.click();
      await new Promise((ok) => setTimeout(ok, 50));
      return seen;
    });
    assert.ok(selected.length >= 1, 'sahel-select fired');
  });
});

describe('SSR then hydration, with the page\'s own story as inline JSON', () => {
  it('hydrates in place: the story validated at once, the server-rendered nodes kept, no error', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/own`);
    await page.waitForFunction((tags: string[]) => tags.every((t) => customElements.get(t)), { timeout: 20_000 }, OWN_TAGS);
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 50))));
    const seen = await page.evaluate(() => ({
      kept: (window as unknown as { __ssrNodes: (Element | null)[] }).__ssrNodes.map((n) => !!n && n.isConnected),
      events: document.querySelector('sahel-timeline')!.shadowRoot!.querySelectorAll('li.item').length,
      text: document.querySelector('quote-card')!.shadowRoot!.textContent ?? '',
    }));
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(seen.kept, OWN_TAGS.map(() => true));
    assert.equal(seen.events, own.events.length);
    assert.match(seen.text, /biggest thing Lakeport has built/);
  });
});

describe('fallback HTML in the light DOM (no SSR)', () => {
  it('is shown before upgrade and not rendered after; inline JSON in <sahel-story> still works', async () => {
    const { fallbackHtml } = await import('../../src/builder/html/index.js');
    const other = JSON.parse(readFileSync(resolve(repo, 'data/lokoja-flood-2025/story.json'), 'utf8')) as typeof story;
    const q = other.quotes[0];
    const json = JSON.stringify(other).replace(/</g, '\\u003c');
    const body = `<sahel-story><script type="application/json">${json}</script><quote-card quote="${q.id}">${fallbackHtml(other, 'quote', { quote: q.id })}</quote-card></sahel-story>`;
    const page = await browser.newPage();
    // same origin as the bundle, no script until we add it
    await page.goto(`${origin}/blank`);
    await page.setContent(`<!doctype html><html lang="en"><body>${body}</body></html>`);
    const before = await page.evaluate(() => document.querySelector('quote-card figure')!.getBoundingClientRect().height);
    assert.ok(before > 50, `fallback shown (${before} px)`);
    await page.addScriptTag({ url: `${origin}/hydrate.js`, type: 'module' });
    await page.waitForFunction(() => document.querySelector('quote-card')?.shadowRoot?.querySelector('figure'), { timeout: 20_000 });
    const after = await page.evaluate(() => ({
      fallback: document.querySelector('quote-card > figure')!.getClientRects().length,
      shadow: document.querySelector('quote-card')!.shadowRoot!.querySelector('blockquote')!.textContent,
    }));
    assert.equal(after.fallback, 0, 'light-DOM fallback not rendered once upgraded');
    assert.ok(after.shadow?.includes(q.text.slice(0, 20)), 'the widget reads the inline story');
    await page.close();
  });
});

describe('fallback HTML on the demo page', () => {
  // The quote cards sit highest on the page, where a shift shows: their fallback must be as tall as the card.
  for (const width of [1280, 390]) {
    it(`quote cards keep their height on upgrade at ${width} px`, async () => {
      const measure = async (js: boolean) => {
        const page = await browser.newPage();
        await page.setJavaScriptEnabled(js);
        await page.setViewport({ width, height: 800 });
        await page.goto(`${origin}/demo`);
        if (js) await page.waitForFunction(() => [...document.querySelectorAll('quote-card')].every((q) => q.shadowRoot?.querySelector('figure')), { timeout: 20_000 });
        const heights = await page.$$eval('quote-card', (cards) => cards.map((q) => Math.round(q.getBoundingClientRect().height)));
        await page.close();
        return heights;
      };
      const [fallback, rendered] = [await measure(false), await measure(true)];
      assert.ok(fallback.length >= 4);
      fallback.forEach((h, i) => assert.ok(Math.abs(h - rendered[i]) <= 2, `card ${i}: fallback ${h} px, rendered ${rendered[i]} px`));
    });
  }
});
