// CI check of the static Storybook (`npm run build-storybook` first). Serves storybook-static/ on a
// localhost port and, in Debian's Chromium (one browser, one page, reused), renders every story and fails on:
//   - a console error or an uncaught page error, while the story is shown or once it is removed;
//   - a request to any origin but this local server (widgets must make no third-party request);
//   - a story that does not render, or a custom element in it that is undefined or renders nothing
//     (a build can "succeed" and still ship dead stories);
//   - an axe-core violation in #storybook-root (axe traverses open shadow roots);
//   - then, at 320 px wide, in each locale of the toolbar (en, fr, ha, ar with dir=rtl): page-level horizontal
//     scroll (WCAG 1.4.10 reflow), and axe violations in fr, ha and ar (en was audited at 1280 px).
// Stories tagged `expected-console-error` show an error state on purpose (a bad story, an unknown id): there,
// and only there, console errors are allowed, and at least one is required so the tag cannot go stale.
// Docs pages (autodocs and MDX) are rendered too: they must render, without page errors, foreign requests or
// undefined elements; console errors are allowed only on pages that show an expected-console-error story.
//
// Usage: node scripts/storybook/check-stories.mjs [--fresh] [--no-docs] [id-substring…]
//   --fresh    load every story in a new page (slower; complete isolation between stories)
//   --no-docs  skip the docs pages
// Last line: `storybook: N stories checked, M failed` (N counts stories and docs pages); exit code 1 on failure.

// Functions passed to page.evaluate() run in the page, hence the browser globals:
/* global window, document, customElements, requestAnimationFrame, setTimeout */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dir = join(root, 'storybook-static');
const axePath = join(root, 'node_modules/axe-core/axe.min.js');
const EXPECTED_ERROR_TAG = 'expected-console-error';
const RENDER_TIMEOUT = 15_000;
// Page-level rules do not apply to a widget shown alone (Storybook's a11y panel disables `region` too).
const AXE_DISABLED = ['region'];
const LOCALES = ['en', 'fr', 'ha', 'ar'];
const REFLOW_WIDTH = 320;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

function serve() {
  const server = createServer(async (req, res) => {
    try {
      const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
      // Chromium asks every new page for a favicon; Storybook ships favicon.svg. Not the stories' business.
      if (path === '/favicon.ico') return void res.writeHead(204).end();
      let file = join(dir, path);
      if (file !== dir && !file.startsWith(dir + sep)) throw new Error('outside');
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('not found');
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function waitFor(test, ms) {
  const until = Date.now() + ms;
  while (!test() && Date.now() < until) await sleep(20);
}

async function main() {
  const started = Date.now();
  let index;
  try {
    index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  } catch {
    console.error('storybook-static/index.json not found: run `npm run build-storybook` first.');
    console.log('storybook: 0 stories checked, 1 failed');
    process.exit(1);
  }
  const args = process.argv.slice(2);
  const fresh = args.includes('--fresh');
  const withDocs = !args.includes('--no-docs');
  const filters = args.filter((a) => !a.startsWith('--'));
  const all = Object.values(index.entries).filter((e) => !filters.length || filters.some((f) => e.id.includes(f)));
  const stories = all.filter((e) => e.type === 'story');
  const docs = withDocs ? all.filter((e) => e.type === 'docs') : [];
  // CSF files with an error-state story: their docs pages show it, so they may log console errors.
  const filesWithErrors = new Set(
    Object.values(index.entries)
      .filter((e) => e.type === 'story' && e.tags?.includes(EXPECTED_ERROR_TAG))
      .map((e) => e.importPath),
  );
  const axeSource = await readFile(axePath, 'utf8');

  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();

  // What the current entry did; reset before each one.
  let log = { consoleErrors: [], pageErrors: [], foreign: [] };
  page.on('console', (msg) => {
    if (msg.type() === 'error') log.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => log.pageErrors.push(String(error?.stack ?? error).split('\n').slice(0, 3).join(' | ')));
  // Nothing may leave the machine: a widget that fetches a font, an analytics script or a CDN fails here.
  await context.route(
    (url) => !(url.origin === origin || url.protocol === 'data:' || url.protocol === 'blob:'),
    (route) => {
      log.foreign.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  // Requests in flight, so that a story is checked once the story JSON it fetches has arrived.
  const inflight = new Set();
  page.on('request', (r) => inflight.add(r));
  page.on('requestfinished', (r) => inflight.delete(r));
  page.on('requestfailed', (r) => inflight.delete(r));

  const inPreview = () => page.url().startsWith(`${origin}/iframe.html`);

  /** Shows `entry` in the preview: a fresh page load, or a switch inside the loaded one (as the Storybook UI does). */
  async function show(entry) {
    const viewMode = entry.type === 'docs' ? 'docs' : 'story';
    // `a11y.manual`: the a11y panel's own axe run is not needed here (we run axe ourselves).
    const url = (id, mode) => `${origin}/iframe.html?id=${encodeURIComponent(id)}&viewMode=${mode}&globals=a11y.manual:!true`;
    if (viewMode === 'story' && (fresh || !inPreview())) {
      await page.goto(url(entry.id, 'story'), { waitUntil: 'load' });
    } else {
      if (!inPreview()) {
        await page.goto(url(stories[0]?.id ?? entry.id, stories[0] ? 'story' : 'docs'), { waitUntil: 'load' });
        await page.waitForFunction(() => window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__?.currentRender, null, { timeout: RENDER_TIMEOUT });
      }
      // A widget that leaks after removal (a timer, a listener, a registration) shows up in this switch.
      await page.evaluate(
        ({ id, mode }) => {
          const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
          window.__docsRendered = null;
          if (mode === 'docs') channel.once('docsRendered', (rendered) => (window.__docsRendered = rendered));
          channel.emit('setCurrentStory', { storyId: id, viewMode: mode });
        },
        { id: entry.id, mode: viewMode },
      );
    }
    if (viewMode === 'docs') {
      await page.waitForFunction((id) => window.__docsRendered === id, entry.id, { timeout: RENDER_TIMEOUT, polling: 50 });
    } else {
      await page.waitForFunction(
        (id) => {
          const render = window.__STORYBOOK_PREVIEW__?.currentRender;
          return render?.id === id && ['finished', 'errored', 'aborted'].includes(render.phase);
        },
        entry.id,
        { timeout: RENDER_TIMEOUT, polling: 20 },
      );
    }
  }

  async function check(entry) {
    const problems = [];
    const isDocs = entry.type === 'docs';
    const rootSelector = isDocs ? '#storybook-docs' : '#storybook-root';
    const mayLogErrors = isDocs
      ? [entry.importPath, ...(entry.storiesImports ?? [])].some((f) => filesWithErrors.has(f))
      : entry.tags?.includes(EXPECTED_ERROR_TAG);
    log = { consoleErrors: [], pageErrors: [], foreign: [] };
    inflight.clear();
    try {
      await show(entry);
      const shown = await page.evaluate((selector) => {
        const error = document.body.classList.contains('sb-show-errordisplay')
          ? document.querySelector('#error-message')?.textContent?.trim() || 'Storybook error display shown'
          : null;
        return { error, empty: !document.querySelector(selector)?.children.length };
      }, rootSelector);
      if (shown.error) problems.push(`render error: ${shown.error}`);
      else if (shown.empty) problems.push(`${rootSelector} is empty`);
      await settle(page, inflight, rootSelector);
      if (!isDocs && mayLogErrors) await waitFor(() => log.consoleErrors.length > 0, 3000);
      problems.push(...(await unrendered(page, rootSelector)));
      if (!isDocs && !shown.error) {
        for (const v of await runAxe(page, axeSource)) {
          const nodes = v.nodes.slice(0, 3).map((n) => `${n.target.join(' >> ')}: ${n.failureSummary?.split('\n').slice(1, 2).join(' ').trim()}`);
          problems.push(`axe ${v.id} (${v.impact}): ${v.help}\n        ${nodes.join('\n        ')}`);
        }
      }
      if (!isDocs && !shown.error) problems.push(...(await localeChecks(page, inflight, axeSource)));
    } catch (error) {
      problems.push(`did not finish rendering: ${String(error?.message ?? error).split('\n')[0]}`);
    }
    if (!isDocs) {
      // Remove the story, as the Storybook UI does when the reader moves on (the preview re-creates
      // #root-inner for the next story). What a widget logs or throws now is this story's fault.
      const during = { console: log.consoleErrors.length, page: log.pageErrors.length };
      await page.evaluate(() => document.querySelector('#root-inner')?.remove()).catch(() => {});
      await sleep(30);
      for (const e of log.consoleErrors.splice(during.console)) problems.push(`console error once removed from the page: ${e}`);
      for (const e of log.pageErrors.splice(during.page)) problems.push(`page error once removed from the page: ${e}`);
    }
    for (const e of log.pageErrors) problems.push(`page error: ${e}`);
    for (const u of log.foreign) problems.push(`request to a non-local origin: ${u}`);
    if (!mayLogErrors) for (const e of log.consoleErrors) problems.push(`console error: ${e}`);
    else if (!isDocs && !log.consoleErrors.length) problems.push(`tagged ${EXPECTED_ERROR_TAG} but logged no console error`);
    return problems;
  }

  const entries = [...stories, ...docs];
  const failures = [];
  for (const [i, entry] of entries.entries()) {
    const t0 = Date.now();
    const problems = await check(entry);
    const label = `${String(i + 1).padStart(3)}/${entries.length} ${entry.id} (${Date.now() - t0} ms)`;
    if (problems.length) {
      failures.push(entry);
      await page.goto('about:blank'); // whatever went wrong, the next entry starts in a fresh page
      console.log(`✗ ${label}\n${problems.map((p) => `      ${p}`).join('\n')}`);
    } else {
      const expected = entry.type === 'story' && log.consoleErrors.length ? ` [${log.consoleErrors.length} expected console error(s)]` : '';
      console.log(`✓ ${label}${expected}`);
    }
  }

  await browser.close();
  server.close();
  if (failures.length) {
    console.log('\nFailed:');
    for (const entry of failures) console.log(`  ${entry.title} › ${entry.name} (${entry.id})`);
  }
  const failedDocs = failures.filter((e) => e.type === 'docs').length;
  console.log(
    `\n${((Date.now() - started) / 1000).toFixed(1)} s; ${stories.length} stories (${failures.length - failedDocs} failed), ` +
      `${docs.length} docs pages (${failedDocs} failed)`,
  );
  console.log(`storybook: ${entries.length} stories checked, ${failures.length} failed`);
  process.exit(failures.length || !stories.length ? 1 : 0);
}

/**
 * Waits until the entry is quiet: no request in flight (a fetched story JSON has arrived), every Lit element
 * under `selector` (through shadow roots) has finished updating, and two frames have been painted. Twice,
 * because a fetched story makes the widgets update again.
 */
async function settle(page, inflight, selector) {
  for (let round = 0; round < 2; round++) {
    await waitFor(() => !inflight.size, 5000);
    await page.evaluate(async (rootSelector) => {
      const elements = [];
      const walk = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.updateComplete) elements.push(el);
          if (el.shadowRoot) walk(el.shadowRoot);
        }
      };
      walk(document.querySelector(rootSelector) ?? document);
      await Promise.all(elements.map((el) => el.updateComplete));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, selector);
  }
}

/** Switches the toolbar's locale of the story shown and waits until it has rendered in it. */
async function setLocale(page, inflight, locale) {
  await page.evaluate((value) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals: { locale: value } }), locale);
  await page.waitForFunction((value) => document.querySelector('#storybook-root .host-page')?.getAttribute('lang') === value, locale, { timeout: RENDER_TIMEOUT, polling: 20 });
  await settle(page, inflight, '#storybook-root');
}

/** At 320 px, in every locale: no page-level horizontal scroll; axe in the locales other than English. */
async function localeChecks(page, inflight, axeSource) {
  const problems = [];
  // a story that sets its own locale (story globals) keeps it: check it in that one only
  const own = await page.evaluate(() => document.querySelector('#storybook-root .host-page')?.getAttribute('lang') ?? 'en');
  // a story shown in a column wider than a phone on purpose (stories/support/layout.ts) cannot reflow to 320 px
  const fixed = await page.evaluate((w) => [...document.querySelectorAll('#storybook-root [data-fixed-width]')].some((e) => +e.dataset.fixedWidth > w), REFLOW_WIDTH);
  await page.setViewportSize({ width: REFLOW_WIDTH, height: 900 });
  try {
    for (const locale of own === 'en' ? LOCALES : [own]) {
      if (own === 'en') await setLocale(page, inflight, locale);
      else await settle(page, inflight, '#storybook-root');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (!fixed && width > REFLOW_WIDTH + 1) problems.push(`reflow (${locale}, ${REFLOW_WIDTH} px): the page scrolls sideways, ${width} px wide`);
      if (locale === 'en' || own !== 'en') continue;
      for (const v of await runAxe(page, axeSource)) {
        const nodes = v.nodes.slice(0, 2).map((n) => n.target.join(' >> '));
        problems.push(`axe (${locale}, ${REFLOW_WIDTH} px) ${v.id} (${v.impact}): ${v.help}\n        ${nodes.join('\n        ')}`);
      }
    }
  } finally {
    if (own === 'en') await setLocale(page, inflight, 'en').catch(() => {});
    await page.setViewportSize({ width: 1280, height: 900 });
  }
  return problems;
}

/** Our custom elements under `selector` that are not defined, or whose shadow root shows nothing. */
function unrendered(page, selector) {
  return page.evaluate((rootSelector) => {
    const ours = /^(sahel-|quote-card$|actor-)/;
    const problems = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        const tag = el.localName;
        if (!ours.test(tag)) {
          if (el.shadowRoot) walk(el.shadowRoot);
          continue;
        }
        if (!customElements.get(tag)) problems.push(`<${tag}> is not defined`);
        else if (!el.shadowRoot) problems.push(`<${tag}> has no shadow root`);
        else {
          // the provider renders only a <slot>; widgets always render something (content or a status)
          if (tag !== 'sahel-story' && !el.shadowRoot.querySelector(':not(style, slot)')) problems.push(`<${tag}> rendered nothing`);
          walk(el.shadowRoot);
        }
      }
    };
    walk(document.querySelector(rootSelector) ?? document);
    return [...new Set(problems)];
  }, selector);
}

async function runAxe(page, axeSource) {
  // Our own copy of axe-core, once per page (the a11y panel bundles another one; it may set window.axe too).
  if (!(await page.evaluate(() => Boolean(window.__checkAxe)))) {
    await page.addScriptTag({ content: `${axeSource}\nwindow.__checkAxe = window.axe;` });
    // label-content-name-mismatch leaves out of the visible label any text it guesses is an icon-font ligature,
    // by drawing its first letter and the whole word on a canvas and comparing pixels. Arabic letters join, so
    // "مُخطَّط له" (planned) drawn whole can match its first letter drawn alone, and the status word is then
    // dropped from the label: date + title is no longer a contiguous run of the name and the rule fails a button
    // whose name holds every visible word. The guess also depends on how many earlier text nodes of the same
    // font it measured, so it fired on some pages and not others. The widgets use no icon font (no @font-face
    // anywhere in src/), so no text of theirs is a ligature: a pixel threshold of 0 keeps every word in the label.
    await page.evaluate(() => window.__checkAxe.configure({ checks: [{ id: 'label-content-name-mismatch', options: { pixelThreshold: 0 } }] }));
  }
  return page.evaluate(async (disabled) => {
    // Widgets below the viewport may be skipped by the browser (render slices' `content-visibility: auto`): they are
    // neither painted nor hit-tested, so axe's colour-contrast check, which finds the background under a text by hit
    // testing, took the page's white for a dark widget's surface (1.17:1 on a timeline's corrections in the dark
    // theme at 320 px). A reader only ever sees them rendered: checked rendered, as the page's own rule may ask.
    if (!document.getElementById('check-visible')) {
      const style = Object.assign(document.createElement('style'), { id: 'check-visible' });
      style.textContent = ':where(sahel-story, sahel-timeline, quote-card, actor-badge, actor-list, key-figures, actor-relations, sahel-map) { content-visibility: visible }';
      document.head.append(style);
    }
    const result = await window.__checkAxe.run('#storybook-root', {
      resultTypes: ['violations'],
      rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
    });
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target, failureSummary }) => ({ target: target.map(String), failureSummary })),
    }));
  }, AXE_DISABLED);
}

main().catch((error) => {
  console.error(error);
  console.log('storybook: 0 stories checked, 1 failed');
  process.exit(1);
});
