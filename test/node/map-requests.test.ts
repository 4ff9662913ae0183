/**
 * `<sahel-map>` makes no request (issue 14: "the map makes zero requests, checked in a test that fails on
 * any request"): the built bundle on a page served with the newsroom's strict Content Security Policy, in
 * Chromium, with a request listener. The only requests allowed are the page, the bundle and the embedded
 * story's chunk beside it (this page brings no story: the map shows the embedded one); the map must
 * still draw its outlines, globe and markers, react to a click, and cause no policy violation.
 * Needs `npm run build` first (dist/sahel-widgets.js).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { bundleChunks } from '../../src/builder/bundle-chunks.js';

const repo = resolve(import.meta.dirname, '../..');
const bundle = resolve(repo, 'dist/sahel-widgets.js');
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'; img-src data:";
// `data:` favicon: otherwise the browser itself asks for /favicon.ico
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Map</title><link rel="icon" href="data:,">
<script type="module" src="/sahel-widgets.js"></script></head>
<body><main><sahel-map></sahel-map></main></body></html>`;

let server: Server;
let origin = '';
let browser: Browser;

before(async () => {
  assert.ok(existsSync(bundle), 'dist/sahel-widgets.js is missing: run `npm run build` first');
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (path === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
      res.end(PAGE);
    } else if (path === '/sahel-widgets.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(bundle));
    } else if (bundleChunks(bundle).includes(path.slice(1))) {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' });
      res.end(readFileSync(resolve(bundle, '..', path.slice(1))));
    } else {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
});

describe('sahel-map: requests', () => {
  it('draws the map with no request beyond the page, the bundle and its story chunk, and no policy violation', async () => {
    const page = await browser.newPage();
    const requests: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('requestfailed', (r) => failed.push(r.url()));
    await page.evaluateOnNewDocument(() => {
      const w = window as unknown as { __violations: string[] };
      w.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    await page.goto(`${origin}/`, { waitUntil: 'networkidle0' });
    const drawn = await page.waitForFunction(() => {
      const root = document.querySelector('sahel-map')?.shadowRoot;
      const paths = root?.querySelectorAll('.chart path').length ?? 0;
      const markers = root?.querySelectorAll('button.marker').length ?? 0;
      return paths > 10 && markers > 0 && root?.querySelector('svg.inset path') ? { paths, markers } : false;
    });
    const { paths, markers } = (await drawn.jsonValue()) as { paths: number; markers: number };
    assert.ok(paths > 10 && markers >= 5, `${paths} paths, ${markers} markers`);
    // select a place: the details panel must not fetch anything either
    await page.evaluate(() => document.querySelector('sahel-map')?.shadowRoot?.querySelector<HTMLButtonElement>('button.marker[data-place="niamey"]')?.click());
    await page.waitForFunction(() => document.querySelector('sahel-map')?.shadowRoot?.querySelector('[part="details"]'));
    await new Promise((r) => setTimeout(r, 300));
    // markers are positioned through the CSSOM, which a strict style-src allows
    const left = await page.evaluate(() => document.querySelector('sahel-map')?.shadowRoot?.querySelector<HTMLElement>('button.marker')?.style.left);
    assert.match(left ?? '', /%$/);
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    await page.close();
    const story = bundleChunks(bundle).find((c) => c.startsWith('sahel-widgets.embedded-story-'));
    assert.ok(story, 'the bundle imports an embedded-story chunk');
    // nor the validator's chunk: the embedded story was validated when it was built (scripts/embed-story.ts)
    assert.deepEqual(requests, [`${origin}/`, `${origin}/sahel-widgets.js`, `${origin}/${story}`]);
    assert.deepEqual(failed, []);
    assert.deepEqual(violations, []);
  });
});
