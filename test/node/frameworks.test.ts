/**
 * Framework consumer tests: the packed tarball in a React 19, a React 18, a Vue 3 and a Svelte 5 app
 * (sources in test/consumers/), each installed in a temporary folder, type-checked with `tsc` (strict; the
 * apps hold `@ts-expect-error` lines, so declarations that were `any` fail too), built with Vite and run in
 * Debian Chromium. In the page each app checks that `sahel-select` reaches its handler, that `compact={false}`
 * is false (descriptions shown, no attribute) and that a story object passes as a property.
 * Needs `npm run build` first. Installs come from the npm cache where they can (`--prefer-offline`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser } from 'puppeteer-core';
import { build, type PluginOption } from 'vite';
import vue from '@vitejs/plugin-vue';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const tags = ['sahel-story', 'sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'sahel-map', 'actor-relations'];
let work = '';
let tarball = '';
let server: Server;
let origin = '';
let browser: Browser;

const types = { '.js': 'text/javascript', '.html': 'text/html', '.css': 'text/css', '.json': 'application/json' } as Record<string, string>;

before(async () => {
  for (const built of ['lib/react/index.js', 'lib/react/jsx.d.ts', 'lib/vue.d.ts', 'lib/svelte.d.ts', 'dist/sahel-widgets.js']) {
    assert.ok(existsSync(join(repo, built)), `${built} is missing: run \`npm run build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'sahel-frameworks-'));
  const { stdout } = await run('npm', ['pack', '--silent', '--pack-destination', work], { cwd: repo });
  tarball = join(work, stdout.trim().split('\n').pop()!);
  cpSync(join(repo, 'test/consumers'), join(work, 'apps'), { recursive: true });
  cpSync(join(repo, 'test/fixtures/mini-story.json'), join(work, 'apps/shared/story.json'));
  server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const [, app, ...rest] = path.split('/');
    const file = join(work, 'apps', app, 'dist', rest.join('/') || 'index.html');
    if (!file.startsWith(join(work, 'apps')) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Installs the app's own dependencies and the tarball, type-checks it and builds it; returns its folder. */
async function prepare(app: string, plugins: PluginOption[]): Promise<string> {
  const dir = join(work, 'apps', app);
  await run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir });
  try {
    await run(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir]);
  } catch (e) {
    assert.fail(`${app}: tsc failed:\n${(e as { stdout?: string }).stdout}`);
  }
  await build({
    root: dir,
    base: `/${app}/`,
    configFile: false,
    logLevel: 'error',
    plugins,
    build: { outDir: 'dist', emptyOutDir: true, minify: false },
  });
  return dir;
}

/** Loads the built app and returns what its in-page checks reported. */
async function inBrowser(app: string, query = ''): Promise<Record<string, unknown>> {
  const tab = await browser.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  tab.on('pageerror', (e) => errors.push(String(e)));
  tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  tab.on('request', (r) => void (!r.url().startsWith(`${origin}/`) && foreign.push(r.url())));
  try {
    await tab.goto(`${origin}/${app}/${query}`, { waitUntil: 'load' });
    await tab.waitForFunction('window.__result', { timeout: 15000 });
    const result = (await tab.evaluate('window.__result')) as Record<string, unknown>;
    assert.deepEqual(errors, [], `${app}: errors in the page`);
    assert.deepEqual(foreign, [], `${app}: requests to another origin`);
    return result;
  } finally {
    await tab.close();
  }
}

function assertWorks(result: Record<string, unknown>): void {
  const { framework } = result;
  assert.equal(result.error, undefined, `${framework}: ${result.error}`);
  assert.equal(result.storyIsObject, true, `${framework}: the story object did not reach <sahel-story>.story`);
  assert.equal(result.storyAttribute, null, `${framework}: the story was written as an attribute`);
  assert.equal(result.offCompact, false, `${framework}: compact={false} is not false`);
  assert.equal(result.offHasAttribute, false, `${framework}: compact={false} left a compact attribute`);
  assert.ok(Number(result.offDescriptions) > 0, `${framework}: a non-compact timeline shows no descriptions`);
  assert.equal(result.onCompact, true, `${framework}: compact (true) did not arrive`);
  assert.equal(result.onDescriptions, 0, `${framework}: a compact timeline shows descriptions`);
  const selections = result.selections as { kind: string; id: string }[];
  assert.equal(selections.length, 1, `${framework}: sahel-select should have reached the handler once`);
  assert.equal(selections[0].kind, 'event');
}

describe('framework consumers of the packed package', () => {
  it('React 19: plain tags typed by sahel-widgets/react-jsx, and the @lit/react wrappers', async () => {
    await prepare('react19', []);
    assertWorks(await inBrowser('react19'));
    assertWorks(await inBrowser('react19', '?wrappers'));
  });

  it('React 18: the @lit/react wrappers', async () => {
    await prepare('react18', []);
    assertWorks(await inBrowser('react18'));
  });

  it('Vue 3: isCustomElement, and the shipped GlobalComponents declarations type-check', async () => {
    await prepare('vue', [vue({ template: { compilerOptions: { isCustomElement: (tag) => tags.includes(tag) } } })]);
    assertWorks(await inBrowser('vue'));
  });

  it('Svelte 5', async () => {
    await prepare('svelte', [svelte()]);
    assertWorks(await inBrowser('svelte'));
  });
});
