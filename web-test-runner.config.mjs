// Browser tests in Debian's Chromium (chrome-launcher) and Firefox ESR (puppeteer-core over WebDriver BiDi).
// Nothing here downloads a browser. Select engines with WTR_BROWSERS=chromium,firefox (default: both).
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { setTimeout as delay } from 'node:timers/promises';
import { setTimeout } from 'node:timers';
import { summaryReporter } from './scripts/test/summary-reporter.mjs';
import { a11yCommandsPlugin } from './scripts/test/a11y-commands.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './scripts/chromium.mjs';

const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';


// Background tabs of a shared context are throttled and axe runs time out (modernweb-dev/web#2403):
// one browser context per test page.
const createPage = async ({ browser }) => tolerateNoOrientation(await (await browser.createBrowserContext()).newPage());

// puppeteer-core 24's setViewport sends BiDi's emulation.setScreenOrientationOverride beside the viewport
// itself; Firefox ESR 140 (Debian bookworm's since late 2026) does not know that command, so every page
// failed before its first test. The viewport command is sent and applied on its own: tolerate only the
// orientation command's absence, as puppeteer already does for setTouchOverride. The rejection comes before the
// viewport command's answer, so the viewport is then set again, alone, and awaited.
function tolerateNoOrientation(page) {
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!/unknown command emulation\.setScreenOrientationOverride/.test(String(error?.message))) throw error;
      await page.mainFrame().browsingContext.setViewport({
        viewport: viewport?.width && viewport?.height ? { width: viewport.width, height: viewport.height } : null,
        devicePixelRatio: viewport?.deviceScaleFactor ?? null,
      });
      // Firefox answers before the page has taken the new size: a test that measures at once saw the old width
      if (viewport?.width) {
        for (let i = 0; i < 100 && (await page.evaluate(() => globalThis.innerWidth).catch(() => viewport.width)) !== viewport.width; i++) await delay(20);
      }
    }
  };
  return page;
}

const wanted = (process.env.WTR_BROWSERS ?? 'chromium,firefox').split(',');
const browsers = [];
if (wanted.includes('chromium')) {
  browsers.push(
    chromeLauncher({
      launchOptions: { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS },
      createPage,
    }),
  );
}
if (wanted.includes('firefox')) {
  browsers.push(
    chromeLauncher({
      puppeteer: puppeteerCore.default ?? puppeteerCore,
      launchOptions: { browser: 'firefox', executablePath: FIREFOX_PATH, headless: true },
      createPage,
      // Firefox throttles unfocused pages even with a context each: one file at a time.
      concurrency: 1,
    }),
  );
}

// `import data from './x.json'` becomes a JS module, but only for module imports: a `fetch()` of the same
// file (what <sahel-story src> does) must still get JSON. Browsers say which with Sec-Fetch-Dest.
const jsonModules = {
  name: 'json-modules',
  async serve(context) {
    if (!context.path.endsWith('.json') || context.get('sec-fetch-dest') !== 'script') return undefined;
    const text = await readFile(new URL(`.${context.path}`, import.meta.url), 'utf8');
    return { body: `export default ${text};`, type: 'js' };
  },
};

// Network faults for test/network-faults.test.ts. `/__faults__/<fault>/<token>` answers with the fault the
// first time it sees a token (CORS open to any origin) and with a valid story after that (what a widget's retry button then gets);
// `/__faults__/stats/<token>` tells how much of a streamed body was sent and whether the client hung up.
const faultStats = new Map();
const hits = new Map();
async function networkFaults(ctx, next) {
  const match = /^\/__faults__\/([a-z0-9-]+)\/([\w-]+)$/.exec(ctx.path);
  if (!match) return next();
  const [, fault, token] = match;
  ctx.set('cache-control', 'no-store');
  ctx.set('access-control-allow-origin', '*'); // so that only our own origin check can refuse a redirect
  if (fault === 'stats') return void (ctx.body = faultStats.get(token) ?? null);
  const story = await readFile(new URL('./test/fixtures/second-story.json', import.meta.url), 'utf8');
  hits.set(token, (hits.get(token) ?? 0) + 1);
  const first = hits.get(token) === 1;
  const json = (body, type = 'application/json') => {
    ctx.type = type;
    ctx.body = body;
  };
  if (!first || fault === 'ok') return json(story);
  const closed = new Promise((resolve) => ctx.req.once('close', resolve));
  switch (fault) {
    case 'status-404': return void ((ctx.status = 404), (ctx.body = 'Not Found'));
    case 'status-500': return void ((ctx.status = 500), (ctx.body = 'Internal Server Error'));
    case 'hang': return void (await Promise.race([closed, delay(30000)]), (ctx.status = 504)); // never answers (until the client gives up)
    case 'slow': return void (await delay(Number(ctx.query.ms ?? 1500)), json(story));
    case 'text-plain': return json(story, 'text/plain');
    case 'html': return json('<!doctype html><title>Moved</title><p>This page has moved.', 'text/html');
    case 'empty': return json('');
    case 'truncated': return json(story.slice(0, Math.floor(story.length / 2)));
    case 'reset': {
      // the connection drops in the middle of the body (before any answer, browsers would silently retry)
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      ctx.res.write(story.slice(0, 40));
      return void setTimeout(() => ctx.req.socket.destroy(), 50);
    }
    case 'redirect': return ctx.redirect(`${ctx.query.to ?? ''}/__faults__/ok/${token}`);
    case 'big-length': return json(' '.repeat(6 * 1024 * 1024) + story); // with a Content-Length
    case 'big-chunked': {
      // no Content-Length, and no end: 64 KB every 2 ms until the client stops reading (or 20 s pass)
      const stats = { sent: 0, closed: false };
      faultStats.set(token, stats);
      closed.then(() => (stats.closed = true));
      const chunk = new Uint8Array(64 * 1024).fill(32);
      const started = Date.now();
      ctx.type = 'application/json';
      ctx.body = Readable.from((async function* () {
        yield '{"padding": "';
        while (!stats.closed && Date.now() - started < 20000) {
          stats.sent += chunk.length;
          yield chunk;
          await delay(2);
        }
      })());
      return;
    }
    default: ctx.status = 400;
  }
}

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  middleware: [networkFaults],
  plugins: [jsonModules, a11yCommandsPlugin(), esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers,
  concurrency: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
