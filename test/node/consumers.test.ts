/**
 * Consumer tests: the packed tarball installed into fresh projects outside the repository, as a
 * newsroom or an app would use it. Needs `npm run build` first (dist/, lib/, custom-elements.json).
 * Installs come from the local tarball and the npm cache (`--prefer-offline`).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const repo = resolve(import.meta.dirname, '../..');
const bin = (name: string) => join(repo, 'node_modules/.bin', name);
const tags = ['sahel-story', 'sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'sahel-map', 'actor-relations'];
let work = '';
let tarball = '';

function install(dir: string, pkg: Record<string, unknown> = {}): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module', ...pkg }));
  execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', tarball], { cwd: dir, stdio: 'pipe' });
}

before(() => {
  for (const built of ['dist/sahel-widgets.js', 'lib/index.js', 'lib/index.d.ts', 'custom-elements.json']) {
    assert.ok(existsSync(join(repo, built)), `${built} is missing: run \`npm run build\` first`);
  }
  work = mkdtempSync(join(tmpdir(), 'sahel-consumers-'));
  const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: repo, encoding: 'utf8' }).trim().split('\n').pop()!;
  tarball = join(work, name);
});

after(() => rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships only the intended files', () => {
    const listing = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    const top = new Set(listing.map((f) => f.replace(/^package\//, '').split('/')[0]));
    assert.deepEqual([...top].sort(), ['CHANGELOG.md', 'LICENSE', 'README.md', 'custom-elements.json', 'dist', 'html-custom-data.json', 'lib', 'package.json', 'schema', 'web-types.json']);
    for (const file of ['dist/sahel-widgets.js', 'dist/sahel-widgets.core.js', 'dist/THIRD_PARTY_NOTICES.md', 'lib/react/index.js', 'lib/react/jsx.d.ts', 'lib/vue.d.ts', 'lib/svelte.d.ts']) {
      assert.ok(listing.includes(`package/${file}`), `${file} is not in the package`);
    }
    assert.ok(listing.includes('package/schema/story.schema.json'));
    assert.ok(!listing.some((f) => f.includes('.test.') || f.startsWith('package/src/')), 'tests or sources leaked into the package');
  });

  it('a plain HTML page renders every element from dist/sahel-widgets.js, also with the script twice', async () => {
    const dir = join(work, 'cdn-page');
    install(dir);
    const body = `<div><sahel-timeline></sahel-timeline></div><div><quote-card speaker="mariama-saley"></quote-card></div>
      <p>Leader: <actor-badge actor="abdourahmane-tchiani"></actor-badge></p><div><actor-list></actor-list></div>
      <div><key-figures></key-figures></div><div><sahel-map></sahel-map></div><div><actor-relations></actor-relations></div>`;
    const page = (scripts: string[]) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CDN consumer</title>
      <link rel="icon" href="data:,">${scripts.map((src) => `<script type="module" src="${src}"></script>`).join('')}</head><body>${body}</body></html>`;
    const cdn = '/node_modules/sahel-widgets/dist/sahel-widgets.js';
    writeFileSync(join(dir, 'index.html'), page([cdn]));
    // two copies of the library (e.g. two CMS blocks each with the snippet): distinct module URLs
    writeFileSync(join(dir, 'twice.html'), page([cdn, `${cdn}?copy=2`]));
    const server = createServer((req, res) => {
      const file = join(dir, decodeURIComponent((req.url ?? '/').split('?')[0]).replace(/^\/$/, '/index.html'));
      if (!file.startsWith(dir) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': extname(file) === '.js' ? 'text/javascript' : 'text/html' }).end(readFileSync(file));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const browser = await puppeteer.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_FLAGS,
    });
    try {
      for (const [path, copies] of [['/', 1], ['/twice.html', 2]] as const) {
        const tab = await browser.newPage();
        const errors: string[] = [];
        const warnings: string[] = [];
        const foreign: string[] = [];
        const scripts = new Set<string>();
        tab.on('pageerror', (e) => errors.push(String(e)));
        tab.on('console', (m) => (m.type() === 'error' ? errors : m.type() === 'warn' ? warnings : []).push(m.text()));
        tab.on('request', (r) => {
          if (!r.url().startsWith(`${origin}/`)) foreign.push(r.url());
          if (r.url().includes('sahel-widgets.js')) scripts.add(r.url());
        });
        await tab.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
        // A string, not a function: tsx would add helpers (__name) that do not exist in the page.
        const rendered = (await tab.evaluate(`(async () => {
          const names = ${JSON.stringify(tags)};
          await Promise.all(names.map((n) => customElements.whenDefined(n)));
          const els = names.slice(1).map((n) => document.querySelector(n));
          await Promise.all(els.map((e) => e.updateComplete));
          // the text a reader sees, nested widgets (badges inside cards) included
          const deepText = (node) => [...(node.shadowRoot ?? node).childNodes]
            .map((c) => (c.nodeType === 3 ? c.textContent : deepText(c))).join(' ');
          return Object.fromEntries(els.map((e) => [e.localName, deepText(e).replace(/\\s+/g, ' ').trim().slice(0, 400)]));
        })()`)) as Record<string, string>;
        assert.equal(scripts.size, copies, `${path}: the library should have been loaded ${copies} time(s)`);
        assert.deepEqual(errors, [], `${path}: errors`);
        assert.ok(warnings.length <= copies - 1, `${path}: at most one warning for a second copy, got ${JSON.stringify(warnings)}`);
        if (copies === 2) assert.match(warnings[0] ?? '', /already defined/);
        assert.deepEqual(foreign, [], `${path}: requests to another origin`);
        assert.match(rendered['sahel-timeline'], /\d{4}/, 'timeline shows dated events');
        assert.match(rendered['quote-card'], /Mariama Saley/);
        assert.match(rendered['actor-badge'], /Tchiani/);
        assert.match(rendered['actor-list'], /Tchiani/);
        assert.match(rendered['key-figures'], /1,000/, 'key figures show the story\'s numbers');
        assert.match(rendered['sahel-map'], /Niamey/);
        assert.match(rendered['actor-relations'], /Niger/);
        await tab.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
  });

  it('a TypeScript app type-checks against the published types', () => {
    const dir = join(work, 'ts-app');
    install(dir);
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2022', 'DOM'], strict: true, noEmit: true, skipLibCheck: false, types: [] },
      include: ['app.ts'],
    }));
    writeFileSync(join(dir, 'app.ts'), `import 'sahel-widgets';
import { loadValidator, type Story, type TimelineEvent } from 'sahel-widgets';
import { formatFuzzyDate, validateStory as validateNow } from 'sahel-widgets/story';
import type { SahelTimeline } from 'sahel-widgets/sahel-timeline';

const card = document.createElement('quote-card');
card.quote = 'q1';
const timeline: SahelTimeline = document.createElement('sahel-timeline');
const provider = document.createElement('sahel-story');
provider.src = '/story.json';
provider.addEventListener('sahel-story-load', (e) => console.log(e.story.article.headline));
document.addEventListener('sahel-select', (e) => console.log(e.selection?.kind));
const validateStory = await loadValidator();
const result = validateStory(JSON.parse('{}'));
if (!result.ok) console.log(result.problems.map((p) => p.path), validateNow(result).ok);
else { const story: Story = result.story; const first: TimelineEvent | undefined = story.events[0]; console.log(first && formatFuzzyDate(first.when, 'fr', 'long')); }
console.log(timeline, card);
`);
    try {
      execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', dir], { encoding: 'utf8' });
    } catch (e) {
      assert.fail(`tsc failed:\n${(e as { stdout?: string }).stdout}`);
    }
  });

  it('a bundler app that imports one element entry builds without the others', async () => {
    const dir = join(work, 'bundler-app');
    install(dir);
    writeFileSync(join(dir, 'main.js'), "import 'sahel-widgets/quote-card';\nimport 'sahel-widgets/sahel-story';\n");
    writeFileSync(join(dir, 'rollup.config.mjs'), `import { nodeResolve } from '${join(repo, 'node_modules/@rollup/plugin-node-resolve/dist/es/index.js')}';
export default { input: 'main.js', output: { dir: 'out', entryFileNames: 'app.js', format: 'es' }, plugins: [nodeResolve({ exportConditions: ['production'] })] };`);
    execFileSync(bin('rollup'), ['-c', '--silent'], { cwd: dir, stdio: 'pipe' });
    const out = readFileSync(join(dir, 'out/app.js'), 'utf8');
    // the fr, ha and ar strings and the story validator are chunks of the app's own, loaded on first use
    assert.deepEqual(readdirSync(join(dir, 'out')).filter((f) => f !== 'app.js').map((f) => f.replace(/-[\w-]+\.js$/, '')).sort(), ['ar', 'fr', 'ha', 'validate']);
    assert.doesNotMatch(out, /differs from its source/, 'the validator in the app entry');
    assert.doesNotMatch(out, /Chronologie|Réessayer/, 'French strings in the app entry');
    assert.match(out, /customElements\.define\(/);
    assert.match(out, /quote-card/);
    assert.doesNotMatch(out, /sahel-timeline/, 'an unused element was bundled');
    assert.doesNotMatch(out, /Niamey/, 'the embedded story was bundled into a single-element import');
  });
});
