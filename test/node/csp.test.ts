/**
 * Strict page policies (issue 10, item 3): the built bundle on a page served with a strict Content Security
 * Policy and Trusted Types, in Chromium. Every element must render (styles applied) and work (a quote's
 * context, a timeline event, a badge's details, a linked selection), with zero violations: none seen by a
 * `securitypolicyviolation` listener in the page, none posted to the policy's report-uri.
 * Control pages prove both channels do report, and pin down what Lit needs (the `lit-html` policy name,
 * and `'allow-duplicates'` for a page that loads the bundle twice).
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
import type { Browser, Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const repo = resolve(import.meta.dirname, '../..');
const bundle = resolve(repo, 'dist/sahel-widgets.js');
const story = readFileSync(resolve(repo, 'test/fixtures/mini-story.json'), 'utf8');

/** The policy the README gives newsrooms (plus the report-uri of this test). */
export const NEWSROOM_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'";

const policies: Record<string, string> = {
  newsroom: NEWSROOM_CSP,
  // the same without 'allow-duplicates': fine with one copy of the bundle
  single: "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  // controls: what Lit needs
  'no-policy': "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types 'none'",
  // control: an inline style element is reported (the listener and the endpoint both work)
  'inline-style': "default-src 'self'; script-src 'self'; style-src 'self'",
};

// Runs before the bundle (a classic script runs before deferred modules): records violations and errors.
const harness = `
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
}, true);
window.addEventListener('error', (e) => window.__errors.push(String(e.message)));
window.addEventListener('unhandledrejection', (e) => window.__errors.push(String(e.reason)));
`;

const WIDGETS = `
<sahel-story src="/story.json">
  <sahel-timeline></sahel-timeline>
  <p>Between two paragraphs: <quote-card quote="okafor-biggest"></quote-card></p>
  <p>The mayor, <actor-badge actor="mara-okafor"></actor-badge>, said so.</p>
  <actor-badge actor="ines-varga" variant="full"></actor-badge>
  <actor-list></actor-list>
</sahel-story>
<aside><quote-card speaker="mariama-saley"></quote-card><sahel-timeline compact layout="horizontal"></sahel-timeline>
<key-figures></key-figures><sahel-map></sahel-map><actor-relations layout="diagram"></actor-relations></aside>`;

function page(copies: number, extraHead = '', lang = 'en', own = false): string {
  const scripts = Array.from({ length: copies }, (_, i) => `<script type="module" src="/sahel-widgets.js${i ? `?copy=${i + 1}` : ''}"></script>`).join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>CSP</title>
    <script src="/harness.js"></script>${scripts}${extraHead}</head><body>${own ? WIDGETS.slice(0, WIDGETS.indexOf('<aside>')) : WIDGETS}</body></html>`;
}

let server: Server;
let origin = '';
let browser: Browser;
const reports: Record<string, unknown>[] = [];
const chunks: string[] = [];

before(async () => {
  assert.ok(existsSync(bundle), 'dist/sahel-widgets.js is missing: run `npm run build` first');
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/csp-report') {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        try {
          const report = JSON.parse(body);
          for (const r of Array.isArray(report) ? report : [report]) reports.push(r['csp-report'] ?? r.body ?? r);
        } catch {
          reports.push({ unparsable: body });
        }
        res.writeHead(204).end();
      });
      return;
    }
    if (url.pathname === '/harness.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(harness);
    if (url.pathname === '/sahel-widgets.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(bundle));
    // the locale chunks beside the bundle (dist/sahel-widgets.fr-<hash>.js, …), which it imports on first use
    if (/^\/sahel-widgets\.[\w-]+\.js$/.test(url.pathname) && existsSync(resolve(repo, `dist${url.pathname}`))) {
      chunks.push(url.pathname);
      return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(resolve(repo, `dist${url.pathname}`)));
    }
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname === '/story.json') return void res.writeHead(200, { 'content-type': 'application/json' }).end(story);
    const name = url.searchParams.get('policy') ?? 'newsroom';
    const copies = Number(url.searchParams.get('copies') ?? 1);
    const extra = url.searchParams.has('inline-style') ? '<style>body { margin: 1px }</style>' : '';
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': `${policies[name]}; report-uri /csp-report?policy=${name}`,
    });
    res.end(page(copies, extra, url.searchParams.get('lang') ?? 'en', url.searchParams.has('own')));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
});

interface Outcome {
  violations: { directive: string; blocked: string; sample: string; source: string }[];
  reports: Record<string, unknown>[];
  errors: string[];
  rendered: Record<string, string>;
  checks: Record<string, unknown>;
}

// Page code is passed as strings: tsx would add helpers (__name) to functions, which the page lacks.
const RENDER = `(async () => {
  const tags = ['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'sahel-map', 'actor-relations'];
  await Promise.race([Promise.all(tags.map((t) => customElements.whenDefined(t))), new Promise((r) => setTimeout(r, 3000))]);
  const story = document.querySelector('sahel-story');
  for (let i = 0; i < 100 && story?.state?.status === 'loading'; i++) await new Promise((r) => setTimeout(r, 20));
  const all = [...document.querySelectorAll(tags.join(','))];
  const settle = async () => { for (let i = 0; i < 3; i++) await Promise.all([...document.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('*') : [])]).map((e) => e.updateComplete)); };
  await settle();
  const deepText = (node) => [...(node.shadowRoot ?? node).childNodes].map((c) => (c.nodeType === 3 ? c.textContent : deepText(c))).join(' ');
  return Object.fromEntries(all.map((e, i) => [e.localName + '#' + i + (e.getAttribute('variant') ? '.' + e.getAttribute('variant') : ''), deepText(e).replace(/\\s+/g, ' ').trim().slice(0, 200)]));
})()`;

const INTERACT = `(async () => {
  const settle = async () => { await new Promise((r) => setTimeout(r, 30)); for (let i = 0; i < 3; i++) await Promise.all([...document.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('*') : [])]).map((e) => e.updateComplete)); };
  const $ = (host, sel) => host.shadowRoot.querySelector(sel);
  const checks = {};
  // styles applied (adopted style sheets): a visually hidden label is absolutely positioned
  const card = document.querySelector('sahel-story quote-card');
  checks.stylesApplied = getComputedStyle($(card, '.visually-hidden')).position;
  // open a quote's context
  $(card, '.actions button[aria-controls]').click();
  await settle();
  checks.contextOpen = !$(card, '.context').hidden && $(card, '.context').textContent.includes('Lakeport');
  // expand a timeline event
  const timeline = document.querySelector('sahel-story sahel-timeline');
  $(timeline, 'button.ev').click();
  await settle();
  checks.eventExpanded = $(timeline, 'button.ev').getAttribute('aria-expanded') === 'true' && !!$(timeline, '.details');
  // open a badge (its popover), which also selects the actor: every widget of the story highlights it
  const badge = document.querySelector('sahel-story p actor-badge');
  $(badge, '.badge').click();
  await settle();
  checks.badgeOpen = badge.open && $(badge, '.details').matches(':popover-open') && $(badge, '.details').textContent.includes('mayor');
  checks.selected = document.querySelector('sahel-story').selection?.id;
  checks.timelineHighlights = $(timeline, '.list').classList.contains('sel')
    && getComputedStyle($(timeline, '.item[data-actors~="mara-okafor"]')).backgroundColor !== getComputedStyle($(timeline, '.item:not([data-actors~="mara-okafor"])')).backgroundColor;
  // select a place on the map (the embedded story, outside the provider): the timeline beside it marks its events
  // through its constructed style sheet, the figures and relations mark theirs
  const map = document.querySelector('aside sahel-map');
  $(map, '[data-place="niamey"]').click();
  await settle();
  const aside = document.querySelector('aside sahel-timeline');
  checks.placeSelected = $(aside, '.list').classList.contains('sel')
    && getComputedStyle($(aside, '.item[data-ev="niamey-protest"] .title')).textDecorationLine.includes('underline')
    && !getComputedStyle($(aside, '.item[data-ev="coup"] .title')).textDecorationLine.includes('underline')
    && !!$(document.querySelector('aside key-figures'), '[aria-current="true"]')
    && !!$(document.querySelector('aside actor-relations'), '[aria-current="true"]');
  // sort the cast by name
  const list = document.querySelector('actor-list');
  list.shadowRoot.querySelectorAll('[part="sort"]')[1].click();
  await settle();
  checks.sorted = list.sort;
  await new Promise((r) => setTimeout(r, 300)); // reports are sent asynchronously
  return checks;
})()`;

async function visit(query: string, interact = true): Promise<Outcome> {
  const tab: Page = await browser.newPage();
  const errors: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const before = reports.length;
  try {
    await tab.goto(`${origin}/?${query}`, { waitUntil: 'networkidle0' });
    const rendered = (await tab.evaluate(RENDER)) as Record<string, string>;
    const checks = interact ? ((await tab.evaluate(INTERACT)) as Record<string, unknown>) : {};
    await new Promise((r) => setTimeout(r, 200));
    const page = (await tab.evaluate('({ violations: window.__violations, errors: window.__errors })')) as Pick<Outcome, 'violations' | 'errors'>;
    return { violations: page.violations, errors: [...errors, ...page.errors], reports: reports.slice(before), rendered, checks };
  } finally {
    await tab.close();
  }
}

function assertWorks(outcome: Outcome, label: string): void {
  const { rendered, checks } = outcome;
  assert.equal(Object.keys(rendered).length, 10, `${label}: every widget is on the page: ${Object.keys(rendered)}`);
  for (const [tag, text] of Object.entries(rendered)) assert.ok(text.length > 0, `${label}: <${tag}> rendered nothing`);
  assert.match(rendered['sahel-timeline#0'], /2009/);
  assert.match(rendered['quote-card#1.card'], /biggest thing Lakeport has built/);
  assert.match(rendered['actor-badge#2.chip'], /Mara Okafor/);
  assert.match(rendered['actor-badge#3.full'], /Ines Varga/);
  assert.match(rendered['actor-list#4'], /Who’s who.*Mara Okafor/);
  assert.match(rendered['quote-card#5.card'], /We don’t understand/); // the embedded story, outside any provider
  const of = (tag: string) => Object.entries(rendered).find(([key]) => key.startsWith(`${tag}#`))?.[1] ?? '';
  assert.match(of('key-figures'), /1,000/);
  assert.match(of('sahel-map'), /Niamey/);
  assert.match(of('actor-relations'), /Russia/);
  assert.deepEqual(checks, {
    stylesApplied: 'absolute',
    contextOpen: true,
    eventExpanded: true,
    badgeOpen: true,
    selected: 'mara-okafor',
    timelineHighlights: true,
    placeSelected: true,
    sorted: 'name',
  }, `${label}: interactions`);
}

describe('strict Content Security Policy and Trusted Types (built bundle, Chromium)', () => {
  it(`the newsroom policy: every element renders and works, zero violations (${NEWSROOM_CSP})`, async () => {
    const outcome = await visit('policy=newsroom');
    assertWorks(outcome, 'newsroom policy');
    assert.deepEqual(outcome.violations, [], 'securitypolicyviolation events');
    assert.deepEqual(outcome.reports, [], 'reports sent to report-uri');
    assert.deepEqual(outcome.errors, [], 'errors');
  });

  it('the newsroom policy on a French and an Arabic page: the locale chunk loads from the same origin, the widgets speak it, zero violations', async () => {
    for (const [lang, word] of [['fr', /Chronologie|Qui est qui/], ['ar', /\p{Script=Arabic}/u]] as const) {
      const before = chunks.length;
      const outcome = await visit(`policy=newsroom&lang=${lang}`, false);
      const locales = chunks.slice(before).map((c) => c.replace(/-[0-9a-f]{8}\.js$/, '')).filter((c) => /^\/sahel-widgets\.(fr|ha|ar)$/.test(c));
      assert.deepEqual(locales, [`/sahel-widgets.${lang}`], `${lang}: one locale chunk, its own`);
      assert.match(outcome.rendered['actor-list#4'], word, `${lang}: the cast list's UI strings`);
      assert.equal(Object.keys(outcome.rendered).length, 10);
      for (const [tag, text] of Object.entries(outcome.rendered)) assert.ok(text.length > 0, `${lang}: <${tag}> rendered nothing`);
      assert.deepEqual(outcome.violations, [], `${lang}: securitypolicyviolation events`);
      assert.deepEqual(outcome.reports, [], `${lang}: reports`);
      assert.deepEqual(outcome.errors, [], `${lang}: errors`);
    }
  });

  it('an English page loads no locale chunk; the embedded story chunk only because widgets outside any provider show it, and its own story the validator', async () => {
    const before = chunks.length;
    await visit('policy=newsroom', false);
    assert.deepEqual(chunks.slice(before).map((c) => c.replace(/-[0-9a-f]{8}\.js$/, '')).sort(), ['/sahel-widgets.embedded-story', '/sahel-widgets.validate']);
  });

  it('a page whose widgets all read its own story never downloads the embedded story; it downloads the validator, which checks that story', async () => {
    const before = chunks.length;
    const outcome = await visit('policy=newsroom&own', false);
    assert.match(outcome.rendered['actor-list#4'], /Mara Okafor/);
    assert.deepEqual(chunks.slice(before).map((c) => c.replace(/-[0-9a-f]{8}\.js$/, '')), ['/sahel-widgets.validate']);
    assert.deepEqual([outcome.violations, outcome.errors], [[], []]);
  });

  it('the newsroom policy with the bundle loaded twice (two CMS blocks): still zero violations', async () => {
    const outcome = await visit('policy=newsroom&copies=2');
    assertWorks(outcome, 'two copies');
    assert.deepEqual(outcome.violations, []);
    assert.deepEqual(outcome.reports, []);
    assert.deepEqual(outcome.errors, []);
  });

  it("trusted-types lit-html without 'allow-duplicates' is enough for one copy", async () => {
    const outcome = await visit('policy=single');
    assertWorks(outcome, 'single');
    assert.deepEqual(outcome.violations, []);
    assert.deepEqual(outcome.reports, []);
  });

  it("without 'allow-duplicates', a second copy of the bundle is refused its policy (so the README asks for it)", async () => {
    const outcome = await visit('policy=single&copies=2', false);
    assert.ok(outcome.violations.some((v) => v.directive === 'trusted-types' && /lit-html/.test(v.sample)), JSON.stringify(outcome.violations));
  });

  it("control: with no policy name allowed, Lit's lit-html policy is refused, reported in the page and to report-uri", async () => {
    const outcome = await visit('policy=no-policy', false);
    assert.ok(outcome.violations.some((v) => v.directive === 'trusted-types' && /lit-html/.test(v.sample)), JSON.stringify(outcome.violations));
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(reports.some((r) => JSON.stringify(r).includes('trusted-types')), `no report reached report-uri: ${JSON.stringify(reports)}`);
  });

  it('control: an inline <style> is a style-src violation, seen by the listener and the endpoint', async () => {
    const before = reports.length;
    const outcome = await visit('policy=inline-style&inline-style', false);
    assert.ok(outcome.violations.some((v) => /^style-src/.test(v.directive)), JSON.stringify(outcome.violations));
    await new Promise((r) => setTimeout(r, 300));
    assert.ok(reports.slice(before).some((r) => /style-src/.test(JSON.stringify(r))), 'no style-src report reached report-uri');
  });
});
