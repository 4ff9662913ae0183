// `npm run bench` (full) and `npm run bench:smoke` (one run each, tiny sizes; for CI).
// Measures bytes, render time, heap, long tasks, scaling, a busy CMS page and the demo's layout
// stability in the machine's Chromium, ours side by side with a bare Lit list and TimelineJS 3 on the
// same events. Progress goes to stderr; the Markdown table to stdout; the data to bench/results.json.
// Exits 1 when one of our pages (or TimelineJS on the real story) fails to render, else 0.
//
// Options: --smoke, --runs N, --sizes 10,100, --busy 1,10, --only bytes,compare,scaling,busy,cls,
// --out FILE (default bench/results.json; the smoke run writes nothing unless given --out),
// --throttle N (CPU slowed N× in every page load, CDP Emulation.setCPUThrottlingRate; 4 ≈ a mid-range phone),
// --from-src (serve an esbuild bundle of src/ as dist/sahel-widgets.js: for work on a stale build),
// --baseline DIR (another build's dist folder, e.g. main's: its timeline pages join every interleaved run group,
// with ratios ours / baseline per group: a before/after comparison in one session), --no-tljs (leave TimelineJS out).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CHROMIUM, launch, settings } from './browser.mjs';
import { bareLitBundle, srcLibraryBundle } from './bundles.mjs';
import { TAGS_PAGE, WIDGET_TAGS, busyPage, litPage, oursPage, tljsPage } from './pages.mjs';
import { root } from './paths.mjs';
import { startServer } from './server.mjs';
import { assertValid, generateStory, realStory } from './stories.mjs';
import * as suites from './suites.mjs';
import { markdown } from './tables.mjs';
import { evaluateTargets } from './targets.mjs';
import { toTimelineJS } from './to-timelinejs.mjs';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    sizes: { type: 'string' },
    busy: { type: 'string' },
    only: { type: 'string' },
    out: { type: 'string' },
    'from-src': { type: 'boolean', default: false },
    throttle: { type: 'string', default: '1' },
    baseline: { type: 'string' },
    'no-tljs': { type: 'boolean', default: false },
  },
});
const baseline = args.baseline ? resolve(args.baseline) : null;
if (baseline && !existsSync(join(baseline, 'sahel-widgets.js'))) {
  console.error(`bench: --baseline ${args.baseline} holds no sahel-widgets.js`);
  process.exit(1);
}
const list = (s) => s.split(',').map((x) => Number(x.trim()));
const smoke = args.smoke;
const config = {
  runs: args.runs ? Number(args.runs) : smoke ? 1 : 7,
  sizes: args.sizes ? list(args.sizes) : smoke ? [10] : [10, 100, 1000, 10000],
  busy: args.busy ? list(args.busy) : smoke ? [1, 10] : [1, 10, 50, 200],
  only: new Set(args.only ? args.only.split(',') : ['bytes', 'compare', 'scaling', 'busy', 'cls']),
  cls: smoke ? suites.CLS_VARIANTS.slice(0, 2) : suites.CLS_VARIANTS,
  out: args.out ?? (smoke ? null : 'bench/results.json'),
};
settings.throttle = Number(args.throttle);
const log = (...a) => console.error(...a);
const failures = [];
const started = Date.now();

const dist = new URL('dist/sahel-widgets.js', root);
if (!args['from-src'] && !existsSync(dist)) {
  console.error('bench: dist/sahel-widgets.js is missing; run `npm run build` first (or pass --from-src)');
  process.exit(1);
}
if (!existsSync(CHROMIUM)) {
  console.error(`bench: no Chromium at ${CHROMIUM} (set CHROME_PATH)`);
  process.exit(1);
}

/** Newest modification time under a folder (to warn about a stale build). */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}
if (!args['from-src'] && newest(fileURLToPath(new URL('src', root))) > statSync(dist).mtimeMs) {
  log('bench: warning: src/ is newer than dist/sahel-widgets.js; the bench measures the build as it is (run `npm run build`)');
}

// The data of every page, made once per size.
const story = realStory();
await assertValid(story);
const stories = new Map([['real', story]]);
const storyOf = (n) => {
  if (!stories.has(n)) stories.set(n, generateStory(n, story));
  return stories.get(n);
};
// Generated stories are only needed (and checked) for the scaling suite.
if (config.only.has('scaling')) for (const n of config.sizes) await assertValid(storyOf(n));

const html = (body) => ({ body, type: 'text/html; charset=utf-8' });
const js = (body) => ({ body, type: 'text/javascript; charset=utf-8' });
const bareList = await bareLitBundle();
const library = args['from-src'] ? await srcLibraryBundle() : null;
const cache = new Map();
const tags = { list: WIDGET_TAGS };

const server = await startServer(async (path, query) => {
  const n = query.get('n') ? Number(query.get('n')) : 'real';
  const key = `${path}?${query}`;
  if (path === '/dist/sahel-widgets.js' && library) return js(library);
  if (path === '/bench/bare-list.js') return js(bareList);
  // the baseline build's files (its chunks are imported relative to its entry, so the whole folder)
  if (baseline && path.startsWith('/base/') && /^[\w.-]+$/.test(path.slice(6))) return js(await readFile(join(baseline, path.slice(6))));
  if (path === '/bench/tags.html') return html(TAGS_PAGE);
  const demo = /^\/bench\/demo-(bare|blocking|first)\.html$/.exec(path);
  if (demo) return html(suites.demoVariant(readFileSync(new URL('demo/index.html', root), 'utf8'), demo[1], query.get('widget') ?? ''));
  if (!cache.has(key)) {
    if (path === '/bench/ours.html') cache.set(key, oursPage(storyOf(n)));
    else if (path === '/bench/base.html' && baseline) cache.set(key, oursPage(storyOf(n), '/base/sahel-widgets.js'));
    else if (path === '/bench/lit.html') cache.set(key, litPage(storyOf(n)));
    else if (path === '/bench/tljs.html') cache.set(key, tljsPage(toTimelineJS(storyOf(n)), storyOf(n).events.length, { local: query.get('local') !== '0' }));
    else if (path === '/bench/busy.html') cache.set(key, busyPage(n, tags.list, story));
    else return null;
  }
  return html(cache.get(key));
});

const browser = await launch();
const bench = {
  browser,
  origin: server.origin,
  runs: config.runs,
  baseline: !!baseline,
  tljs: !args['no-tljs'],
  // A page of ours not rendered by then fails the bench; the smoke run only has tiny pages.
  timeout: (smoke ? 20_000 : 60_000) * settings.throttle,
  tljsTimeout: (smoke ? 20_000 : 30_000) * settings.throttle,
  log,
  fail: (message) => {
    failures.push(message);
    log(`  FAILED: ${message}`);
  },
};

const git = (...a) => {
  try {
    return execFileSync('git', a, { cwd: fileURLToPath(root), encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
};
const results = {
  meta: {
    date: new Date().toISOString(),
    smoke,
    node: process.version,
    chromium: browser.version(),
    cpus: cpus().length,
    loadavg: loadavg().map((l) => l.toFixed(2)),
    runs: config.runs,
    throttle: settings.throttle,
    sizes: config.sizes,
    commit: git('rev-parse', '--short', 'HEAD'),
    library: args['from-src'] ? 'esbuild bundle of src/ (--from-src)' : `dist/sahel-widgets.js built ${statSync(dist).mtime.toISOString()}`,
    baseline: baseline ? `${baseline}/sahel-widgets.js built ${statSync(join(baseline, 'sahel-widgets.js')).mtime.toISOString()}` : undefined,
  },
};

try {
  // Which widget tags this build defines (the busy page uses those).
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.origin}/bench/tags.html`);
    tags.list = await page.waitForFunction(() => globalThis.__tags, null, { timeout: 30_000 }).then((h) => h.jsonValue());
    await context.close();
    results.meta.tags = tags.list;
    log(`widgets defined by the bundle: ${tags.list.join(', ') || 'none'}`);
    if (!tags.list.includes('sahel-timeline')) bench.fail('the bundle does not define <sahel-timeline>');
  }
  if (config.only.has('bytes')) {
    log('bytes');
    results.bytes = await suites.bytes();
    results.pageWeights = await suites.pageWeights(bench);
  }
  if (config.only.has('compare')) results.compare = await suites.compare(bench, story);
  if (config.only.has('scaling')) results.scaling = await suites.scaling(bench, config.sizes, storyOf);
  if (config.only.has('busy') && tags.list.length) results.busy = await suites.busy(bench, config.busy, tags.list);
  if (config.only.has('cls')) {
    log('layout stability of the demo page');
    results.layoutStability = await suites.layoutStability(bench, config.cls);
  }
} catch (error) {
  bench.fail(`bench crashed: ${error?.stack ?? error}`);
} finally {
  await browser.close().catch(() => {});
  await server.close();
}

results.targets = evaluateTargets(results);
results.failures = failures;
results.meta.seconds = Math.round((Date.now() - started) / 1000);
if (config.out) {
  const out = fileURLToPath(new URL(config.out, root));
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  log(`wrote ${config.out}`);
}
process.stdout.write(markdown(results));
log(`bench ${smoke ? 'smoke ' : ''}finished in ${results.meta.seconds} s${failures.length ? `, ${failures.length} failure(s)` : ''}`);
process.exit(failures.length ? 1 : 0);
