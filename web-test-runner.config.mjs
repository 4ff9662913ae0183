// Browser tests in Debian's Chromium (chrome-launcher) and Firefox ESR (puppeteer-core over WebDriver BiDi).
// Nothing here downloads a browser. Select engines with WTR_BROWSERS=chromium,firefox (default: both).
import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import * as puppeteerCore from 'puppeteer-core';
import { readFile } from 'node:fs/promises';
import { summaryReporter } from './scripts/test/summary-reporter.mjs';

const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const CHROMIUM_FLAGS = [
  '--no-sandbox', // CI runs as root
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];

// Background tabs of a shared context are throttled and axe runs time out (modernweb-dev/web#2403):
// one browser context per test page.
const createPage = async ({ browser }) => (await browser.createBrowserContext()).newPage();

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

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: { exportConditions: ['production'] },
  plugins: [jsonModules, esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers,
  concurrency: 2,
  browserStartTimeout: 60000,
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
