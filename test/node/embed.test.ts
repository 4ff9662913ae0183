/**
 * Iframe embeds (issue 16, items 3 and 4): `sahel-widgets embed` pages framed by a parent page on another
 * origin, in Chromium. The parent page is built from the embeds' own oEmbed answers (found through each
 * page's discovery link), loads sahel-embed.js, and its iframes must take the content height of the
 * embeds, and again when the content grows (the timeline's sources shown). A frame that navigated to
 * another origin cannot resize its iframe. The pages are served with the README's strict CSP: zero
 * violations, and no request leaves the two test origins. Framed by amp-iframe (`#amp=1`), a page also
 * sends AMP's `embed-size` request. Needs `npm run build` first (dist/sahel-widgets.js).
 *
 * SAHEL_SCREENSHOTS=DIR writes embed-parent.png there.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import type { Browser, Frame, Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { PARENT_SCRIPT, writeEmbeds } from '../../src/builder/embed/index.js';
import { main } from '../../src/builder/cli.js';

const repo = resolve(import.meta.dirname, '../..');
const STORY = resolve(repo, 'data/niamey-protests-2024');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

let out = '';
let embeds: Server; // the embed origin (127.0.0.1:E); also answers as localhost:E, a second origin
let parents: Server; // the newsroom's page origin (127.0.0.1:P)
let E = '';
let P = '';
let browser: Browser;
const reports: unknown[] = [];
const requests: string[] = [];
const consoleErrors: string[] = [];
let oembeds: { html: string; width: number; height: number; type: string; version: string }[] = [];

const listen = async (server: Server) => {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
};

// The parent page's only script besides sahel-embed.js: records the messages it receives (for AMP).
const PARENT_HARNESS = `window.__messages = []; addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));`;
// A page on another origin that pretends to be an embed.
const IMPOSTOR = `<!doctype html><title>x</title><script src="/impostor.js"></script>`;
const IMPOSTOR_JS = `setInterval(() => parent.postMessage({ type: 'sahel-embed:height', version: 1, id: 'x', height: 777 }, '*'), 50);`;

function parentPage(): string {
  const article = (n: number) => `<p>Paragraph ${n} of the article around the embeds, as a CMS would print it. The widget below is an iframe sized by sahel-embed.js.</p>`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Parent</title>
<script src="/harness.js"></script>
<style>body { font: 16px/1.5 Georgia, serif; max-width: 680px; margin: 24px auto; } iframe { display: block; width: 100%; outline: 2px dashed #c60; }</style>
</head><body><h1>A newsroom article</h1>${article(1)}
${oembeds[0].html}
${article(2)}
${oembeds[1].html}
${article(3)}
<iframe id="impostor" data-sahel-embed src="${E}/redirect-to-other-origin" width="640" height="150" title="impostor"></iframe>
<iframe id="amp" src="${E}/embeds/niamey-protests-2024/timeline.html#amp=1" width="640" height="300" title="as amp-iframe frames it"></iframe>
</body></html>`;
}

before(async () => {
  assert.ok(existsSync(resolve(repo, 'dist/sahel-widgets.js')), 'dist/sahel-widgets.js is missing: run `npm run build` first');
  out = mkdtempSync(join(tmpdir(), 'sahel-embed-'));
  embeds = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => (reports.push(body), res.writeHead(204).end()));
      return;
    }
    if (url.pathname === '/redirect-to-other-origin') return void res.writeHead(302, { location: `${E.replace('127.0.0.1', 'localhost')}/impostor.html` }).end();
    if (url.pathname === '/impostor.html') return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(IMPOSTOR);
    if (url.pathname === '/impostor.js') return void res.writeHead(200, { 'content-type': TYPES['.js'] }).end(IMPOSTOR_JS);
    const rel = url.pathname.replace(/^\/embeds\//, '');
    const file = join(out, rel);
    if (!url.pathname.startsWith('/embeds/') || rel.includes('..') || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-security-policy': `${CSP}; report-uri /csp-report` });
    res.end(readFileSync(file));
  });
  parents = createServer((req, res) => {
    if (req.url === '/harness.js') return void res.writeHead(200, { 'content-type': TYPES['.js'] }).end(PARENT_HARNESS);
    if (req.url === '/favicon.ico') return void res.writeHead(204).end();
    res.writeHead(200, { 'content-type': TYPES['.html'] }).end(parentPage());
  });
  E = `http://127.0.0.1:${await listen(embeds)}`;
  P = `http://127.0.0.1:${await listen(parents)}`;
  const result = writeEmbeds({ story: STORY, baseUrl: `${E}/embeds/`, out, widgets: ['timeline', 'quote:condescending-attitude'] });
  assert.ok(result.ok, result.errors.join('\n'));
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  embeds?.close();
  parents?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const settle = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until<T>(what: string, fn: () => Promise<T>, ok: (v: T) => boolean, ms = 8000): Promise<T> {
  const end = Date.now() + ms;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await settle(50);
    v = await fn();
  }
  assert.ok(ok(v), `${what}: ${JSON.stringify(v)}`);
  return v;
}

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

describe('iframe embeds', () => {
  it('writes pages, story, scripts and oEmbed files; the CLI refuses unknown widgets', async () => {
    for (const f of ['sahel-widgets.js', 'sahel-frame.js', 'sahel-embed.js', 'sahel-embed.css', 'niamey-protests-2024/story.json', 'niamey-protests-2024/timeline.html', 'niamey-protests-2024/timeline.json', 'niamey-protests-2024/quote-condescending-attitude.html']) {
      assert.ok(existsSync(join(out, f)), f);
    }
    const page = readFileSync(join(out, 'niamey-protests-2024/timeline.html'), 'utf8');
    assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)/, 'no inline script');
    assert.doesNotMatch(page, /<style|\bstyle=/, 'no inline style');
    assert.doesNotMatch(page.replaceAll(`${E}/embeds/`, ''), /(https?:)?\/\/(?!news\.example)/, 'every URL in the page is relative or its own');
    const errs: string[] = [];
    const code = await main(['embed', STORY, '--base-url', 'https://news.example/embeds/', '--out', join(out, 'cli'), '--widget', 'chart'], { out: () => {}, err: (l) => errs.push(l) });
    assert.equal(code, 1);
    assert.match(errs.join('\n'), /--widget chart: unknown widget/);
  });

  it('sahel-embed.js is under 1 KB gzipped', () => {
    const size = gzipSync(PARENT_SCRIPT, { level: 9 }).length;
    assert.ok(size < 1024, `${size} bytes gzipped`);
    assert.equal(readFileSync(join(out, 'sahel-embed.js'), 'utf8'), PARENT_SCRIPT);
  });

  it('each page links its oEmbed JSON (type rich, an iframe with width and height)', async () => {
    oembeds = [];
    for (const name of ['timeline', 'quote-condescending-attitude']) {
      const pageUrl = `${E}/embeds/niamey-protests-2024/${name}.html`;
      const html = await (await fetch(pageUrl)).text();
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
      assert.ok(link, `${name}: discovery link`);
      const answer = await fetch(link[1]);
      assert.equal(answer.status, 200);
      const json = await answer.json();
      assert.equal(json.version, '1.0');
      assert.equal(json.type, 'rich');
      assert.ok(Number.isInteger(json.width) && Number.isInteger(json.height) && json.height > 0);
      assert.match(json.html, new RegExp(`^<iframe src="${pageUrl.replace(/[.?]/g, '\\$&')}" data-sahel-embed [^>]*width="${json.width}" height="${json.height}"`));
      assert.match(json.html, new RegExp(`<script async src="${E}/embeds/sahel-embed.js"></script>$`));
      oembeds.push(json);
    }
  });

  it('shows the fallback HTML with JavaScript off, under the strict CSP (style attributes moved to classes)', async () => {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    const story = JSON.parse(readFileSync(join(STORY, 'story.json'), 'utf8')) as { events: { title: string }[]; quotes: { id: string; text: string }[] };
    await page.goto(`${E}/embeds/niamey-protests-2024/timeline.html`, { waitUntil: 'load' });
    const text = await page.$eval('sahel-timeline', (e) => (e as HTMLElement).innerText);
    for (const e of story.events) assert.ok(text.includes(e.title), e.title);
    assert.ok(await page.$eval('sahel-timeline ol', (e) => getComputedStyle(e).marginTop === '0px'), 'the fallback styles apply from sahel-embed.css');
    if (process.env.SAHEL_SCREENSHOTS) await page.screenshot({ path: join(process.env.SAHEL_SCREENSHOTS, 'embed-no-js.png'), fullPage: true });
    await page.goto(`${E}/embeds/niamey-protests-2024/quote-condescending-attitude.html`, { waitUntil: 'load' });
    const quote = story.quotes.find((q) => q.id === 'condescending-attitude')!;
    assert.ok((await page.$eval('quote-card', (e) => (e as HTMLElement).innerText)).includes(quote.text.slice(0, 30)));
    await page.close();
    await settle(200);
    assert.deepEqual(reports, [], 'no CSP report');
  });

  describe('in a parent page on another origin', () => {
    let page: Page;
    const frameOf = async (sel: string) => (await (await page.$(sel))!.contentFrame())!;
    const iframeHeight = (sel: string) => page.$eval(sel, (f) => (f as HTMLIFrameElement).clientHeight);

    before(async () => {
      page = await browser.newPage();
      await page.setViewport({ width: 900, height: 900 });
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
      page.on('pageerror', (e) => consoleErrors.push(String(e)));
      await page.goto(`${P}/`, { waitUntil: 'load' });
    });

    it('sizes both iframes to their content height', async () => {
      for (const sel of ['iframe[src$="timeline.html"]', 'iframe[src$="quote-condescending-attitude.html"]']) {
        const frame = await frameOf(sel);
        await frame.waitForFunction(() => document.querySelector('sahel-story')?.shadowRoot !== null && (document.querySelector('sahel-timeline, quote-card')?.shadowRoot?.childElementCount ?? 0) > 0);
        const [inner, outer] = await until(sel, async () => [await contentHeight(frame), await iframeHeight(sel)], ([a, b]) => a > 100 && Math.abs(a - b) <= 1);
        assert.ok(Math.abs(inner - outer) <= 1, `${sel}: content ${inner}px, iframe ${outer}px`);
      }
    });

    it('resizes again when the content grows (timeline sources shown)', async () => {
      const sel = 'iframe[src$="timeline.html"]';
      const frame = await frameOf(sel);
      const before = await iframeHeight(sel);
      await frame.evaluate(() => ((document.querySelector('sahel-timeline') as unknown as { showSources: boolean }).showSources = true));
      const [inner, outer] = await until('grown', async () => [await contentHeight(frame), await iframeHeight(sel)], ([a, b]) => a > before + 100 && Math.abs(a - b) <= 1);
      assert.ok(outer > before + 100, `${before}px → ${outer}px (content ${inner}px)`);
      if (process.env.SAHEL_SCREENSHOTS) {
        await frame.evaluate(() => ((document.querySelector('sahel-timeline') as unknown as { showSources: boolean }).showSources = false));
        await until('shrunk', () => iframeHeight(sel), (h) => Math.abs(h - before) <= 1);
        // off-screen cross-origin frames are not painted: make the viewport as tall as the page
        await page.setViewport({ width: 900, height: await page.evaluate(() => document.documentElement.scrollHeight) });
        await settle(1200);
        await page.screenshot({ path: join(process.env.SAHEL_SCREENSHOTS, 'embed-parent.png') });
        await page.setViewport({ width: 900, height: 900 });
      }
    });

    it('ignores the height posted by a frame on another origin than its src', async () => {
      await until('impostor posted', () => page.evaluate(() => (window as unknown as { __messages: { data: { height: number } }[] }).__messages.filter((m) => m.data?.height === 777).length), (n) => n >= 3);
      assert.equal(await iframeHeight('#impostor'), 150);
    });

    it('sends AMP\'s embed-size request only when framed as amp-iframe frames it', async () => {
      type M = { origin: string; data: { sentinel?: string; type?: string; height?: number } };
      const amp = await until('embed-size', () => page.evaluate(() => (window as unknown as { __messages: M[] }).__messages.filter((m) => m.data?.sentinel === 'amp')), (l) => l.length > 0 && (l.at(-1)!.data.height ?? 0) > 100);
      assert.ok(amp.every((m) => m.origin === E && m.data.type === 'embed-size' && Number.isInteger(m.data.height)));
      const frame = await frameOf('#amp');
      const h = await contentHeight(frame);
      await until('last embed-size is the content height', () => page.evaluate(() => (window as unknown as { __messages: M[] }).__messages.filter((m) => m.data?.sentinel === 'amp').at(-1)!.data.height), (v) => v === h);
      // the other frames are not AMP: every AMP request came from the #amp=1 frame, whose iframe is not data-sahel-embed
      assert.equal(await iframeHeight('#amp'), 300, 'a plain iframe is not sized by sahel-embed.js');
      const fromOthers = await page.evaluate(() => (window as unknown as { __messages: M[] }).__messages.filter((m) => m.data?.sentinel === 'amp').length);
      assert.ok(fromOthers > 0);
    });

    it('no CSP violation, no console error, no request to another origin', async () => {
      await settle(300);
      assert.deepEqual(reports, []);
      const csp = consoleErrors.filter((e) => /Content Security Policy|Trusted Type/i.test(e));
      assert.deepEqual(csp, []);
      assert.deepEqual(consoleErrors, []);
      const local = E.replace('127.0.0.1', 'localhost');
      const foreign = requests.filter((u) => ![E, P, local].some((o) => u.startsWith(`${o}/`)));
      assert.deepEqual(foreign, []);
      assert.ok(requests.some((u) => u.endsWith('/embeds/niamey-protests-2024/story.json')), 'the story was fetched from the embed origin');
    });
  });
});
