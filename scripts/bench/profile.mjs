// `npm run bench:profile`: where the bytes and the time go.
//  1. Bytes: dist/sahel-widgets.js (and .core.js) attributed to source modules through their source
//     maps, raw and gzip (marginal gzip per run of bytes, see composition.mjs), grouped; and the
//     esbuild metafile of the same entry (bytesInOutput per input) as a cross-check.
//  2. Time: one page load per bench page with a CDP trace (main thread: compile, script, style
//     recalculation, layout, paint, GC, by self time) and a V8 CPU profile (JS self time mapped back to
//     the source module through the bundle's source map: validation, indexing, fuzzy dates, Lit, each
//     element), plus the Intl objects the page created and the time spent creating them (counted by an
//     init script that wraps the Intl constructors). Options: --throttle N (CPU slowed N×), --runs N
//     (profiles per page, medians), --pages a,b (real, 10000, busy50, busy200, kinds), --bytes-only (part 1 alone,
//     a few seconds: no browser). It also lists each page's longest tasks with what they spent their time on.
// Prints Markdown to stdout, progress to stderr; writes bench/profile.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launch } from './browser.mjs';
import { HARNESS, WIDGET_TAGS, busyPage, oursPage } from './pages.mjs';
import { root } from './paths.mjs';
import { startServer } from './server.mjs';
import { generateStory, realStory } from './stories.mjs';
import { attributeFile, groupOf, groups, storyFields } from './composition.mjs';

const { values: args } = parseArgs({
  options: {
    throttle: { type: 'string', default: '1' },
    runs: { type: 'string', default: '3' },
    pages: { type: 'string', default: 'real,10000,busy50,busy200,kinds' },
    'bytes-only': { type: 'boolean', default: false },
  },
});
const throttle = Number(args.throttle);
const runs = Number(args.runs);
const wanted = new Set(args.pages.split(','));
const log = (...a) => console.error(...a);
const kb = (n) => (n / 1024).toFixed(1);
const ms = (n) => n.toFixed(1);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : 0;
};
const out = [];
const p = (s = '') => out.push(s);
const json = { meta: { date: new Date().toISOString(), throttle, runs } };

// ---------- 1. bytes ----------
log('bytes: source-map attribution of dist/');
// the entries, and the chunks the CDN entry loads on demand that hold code or story data (not the locales' strings)
const onDemand = [...readFileSync(new URL('dist/sahel-widgets.js', root), 'utf8').matchAll(/import\("\.\/(sahel-widgets\.(?:embedded-story|validate)-[0-9a-f]{8}\.js)"\)/g)].map((m) => m[1]);
for (const file of ['dist/sahel-widgets.js', 'dist/sahel-widgets.core.js', ...onDemand.map((c) => `dist/${c}`)]) {
  const r = attributeFile(fileURLToPath(new URL(file, root)));
  json[file] = r;
  p(`### ${file}: ${kb(r.total.raw)} KB raw, ${kb(r.total.gzip)} KB gzip`);
  p();
  p('| part | modules | raw KB | gzip KB | share of gzip |');
  p('| --- | ---: | ---: | ---: | ---: |');
  for (const g of groups(r.modules)) p(`| ${g.group} | ${g.modules} | ${kb(g.raw)} | ${kb(g.gzip)} | ${((100 * g.gzip) / r.total.gzip).toFixed(0)} % |`);
  p();
  if (file === 'dist/sahel-widgets.js') {
    p('Largest modules (gzip):');
    p();
    p('| module | raw KB | gzip KB |');
    p('| --- | ---: | ---: |');
    for (const m of r.modules.slice(0, 15)) p(`| ${m.source.replace(/^.*?((src|node_modules)\/)/, '$1')} | ${kb(m.raw)} | ${kb(m.gzip)} |`);
    p();
  }
}
{
  // the embedded story chunk is one module: its cost by field of the story (src/story/embedded-story.ts is its data)
  const source = readFileSync(new URL('src/story/embedded-story.ts', root), 'utf8');
  const f = storyFields(JSON.parse(source.slice(source.indexOf('= {') + 2).replace(/;\s*$/, '')));
  json.embeddedStoryFields = f;
  p(`The embedded story by field (its JSON: ${kb(f.raw)} KB raw, ${kb(f.gzip)} KB gzip; gzip column: what leaving the field out saves):`);
  p();
  p('| field | raw KB | gzip KB |');
  p('| --- | ---: | ---: |');
  for (const [k, raw, g] of f.rows.sort((a, b) => b[2] - a[2])) p(`| ${k} | ${kb(raw)} | ${kb(g)} |`);
  p();
}
{
  const meta = await build({
    entryPoints: [fileURLToPath(new URL('src/index.ts', root))],
    bundle: true, minify: true, format: 'esm', target: 'es2022', write: false, metafile: true,
    conditions: ['production'], legalComments: 'none', logLevel: 'silent', outfile: 'x.js',
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
  });
  const o = Object.values(meta.metafile.outputs)[0];
  const byGroup = new Map();
  for (const [src, { bytesInOutput }] of Object.entries(o.inputs)) byGroup.set(groupOf(src), (byGroup.get(groupOf(src)) ?? 0) + bytesInOutput);
  json.metafile = Object.fromEntries(byGroup);
  p(`esbuild metafile of src/index.ts (minified, no CSS-literal minification): ${kb(o.bytes)} KB; by part (bytesInOutput): ` +
    [...byGroup].sort((a, b) => b[1] - a[1]).map(([g, b]) => `${g} ${kb(b)}`).join(', ') + ' KB.');
  p();
}

if (args['bytes-only']) {
  process.stdout.write(out.join('\n') + '\n');
  process.exit(0);
}

// ---------- 2. time ----------
const INTL_COUNTER = `(() => {
  const t = { created: {}, ms: 0, toLocale: 0 };
  globalThis.__intl = t;
  for (const name of ['DateTimeFormat', 'NumberFormat', 'PluralRules', 'Collator', 'Segmenter', 'DisplayNames', 'ListFormat', 'RelativeTimeFormat']) {
    const C = Intl[name];
    if (!C) continue;
    const W = function IntlConstructor(...a) { const s = performance.now(); const o = new C(...a); t.ms += performance.now() - s; t.created[name] = (t.created[name] || 0) + 1; return o; };
    W.prototype = C.prototype; W.supportedLocalesOf = C.supportedLocalesOf;
    Intl[name] = W;
  }
  for (const [proto, m] of [[Number.prototype, 'toLocaleString'], [Date.prototype, 'toLocaleDateString'], [String.prototype, 'toLocaleLowerCase']]) {
    const f = proto[m];
    proto[m] = { [m + 'Counted'](...a) { const s = performance.now(); const r = f.apply(this, a); t.ms += performance.now() - s; t.toLocale++; return r; } }[m + 'Counted'];

  }
})();`;

const story = realStory();
const html = (body) => ({ body, type: 'text/html; charset=utf-8' });
const KINDS = ['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'actor-relations', 'sahel-map'];
const pages = [];
if (wanted.has('real')) pages.push({ name: '13 events (the real story)', path: '/p/ours?n=real' });
// a number is a generated story of that many events (10000 by default; 1000, 100… on request)
for (const n of [...wanted].filter((w) => /^\d+$/.test(w))) pages.push({ name: `${Number(n).toLocaleString('en')} events`, path: `/p/ours?n=${n}` });
if (wanted.has('busy50')) pages.push({ name: 'busy page, 50 widgets', path: '/p/busy?n=50&tags=' + KINDS.slice(0, 4).join(',') });
if (wanted.has('busy200')) pages.push({ name: 'busy page, 200 widgets', path: '/p/busy?n=200&tags=' + KINDS.slice(0, 4).join(',') });
if (wanted.has('kinds')) for (const k of KINDS) pages.push({ name: `20 × <${k}>`, path: `/p/busy?n=20&tags=${k}`, kind: k });
const big = new Map();
const server = await startServer(async (path, q) => {
  if (path === '/p/ours') {
    const n = q.get('n');
    if (n === 'real') return html(oursPage(story));
    if (!big.has(n)) big.set(n, oursPage(generateStory(Number(n), story)));
    return html(big.get(n));
  }
  // the busy page's readiness check knows the four bench tags; here it waits for every kind profiled
  if (path === '/p/busy') return html(busyPage(Number(q.get('n')), q.get('tags').split(','), story).replace(JSON.stringify(WIDGET_TAGS.join(',')), JSON.stringify(KINDS.join(','))));
  return null;
});

/** Source maps of the bundle and of the chunks it loads on demand (the validator, the default story), by URL. */
const maps = new Map(['sahel-widgets.js', ...onDemand].map((f) => [`${server.origin}/dist/${f}`, new TraceMap(readFileSync(new URL(`dist/${f}.map`, root), 'utf8'))]));
const CATEGORY = [
  [/src\/story\/validate\.ts/, 'story validation'],
  [/src\/story\/(story-index|story-store|state|story-sources|hash-selection)\.ts/, 'story index and store'],
  [/src\/story\/fuzzy-date/, 'fuzzy dates (Intl formatting)'],
  [/src\/shared\/i18n\//, 'UI strings'],
  [/node_modules\/(lit|lit-html|lit-element|@lit)/, 'Lit (templates, updates, context)'],
  [/src\/elements\/([\w-]+)\//, (m) => `<${m[1]}> code`],
  [/src\/shared\//, 'shared helpers'],
  [/src\/story\/embedded-story/, 'embedded story (module evaluation)'],
];
function categorize(frame) {
  const tm = maps.get(frame.url);
  if (tm) {
    const pos = originalPositionFor(tm, { line: frame.lineNumber + 1, column: frame.columnNumber });
    const src = pos.source ?? '';
    for (const [re, name] of CATEGORY) {
      const m = src.match(re);
      if (m) return typeof name === 'function' ? name(m) : name;
    }
    return 'bundle, other';
  }
  if (frame.functionName === '(garbage collector)') return 'GC';
  if (frame.functionName === '(program)') return '(program): not JS (style, layout, paint, parsing…)';
  if (frame.functionName === '(idle)') return null;
  if (/^(IntlConstructor|\w+Counted)$/.test(frame.functionName)) return 'Intl: constructors and toLocale* calls';
  if (!frame.url) return `native ${frame.functionName || '(anonymous)'}`;
  return 'page scripts (harness, inline)';
}

/** The renderer main thread's trace events as spans (B/E pairs joined), each with its self time (µs), in start order. */
function mainThreadSpans(events) {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && (e.ph === 'X' || e.ph === 'B' || e.ph === 'E'));
  // B/E → X
  const xs = [];
  const open = [];
  for (const e of mine.sort((a, b) => a.ts - b.ts)) {
    if (e.ph === 'X') xs.push({ name: e.name, ts: e.ts, end: e.ts + (e.dur ?? 0) });
    else if (e.ph === 'B') open.push(e);
    else {
      const b = open.pop();
      if (b) xs.push({ name: b.name, ts: b.ts, end: e.ts });
    }
  }
  xs.sort((a, b) => a.ts - b.ts || b.end - a.end);
  const stack = [];
  for (const x of xs) {
    while (stack.length && stack[stack.length - 1].end <= x.ts) stack.pop();
    const parent = stack[stack.length - 1];
    x.self = x.end - x.ts;
    if (parent) parent.self -= x.end - x.ts;
    stack.push(x);
  }
  return xs;
}

/** Self time (ms) per trace event name on the renderer main thread, from navigation on. */
function traceSelf(spans) {
  const self = {};
  for (const x of spans) self[x.name] = (self[x.name] ?? 0) + x.self / 1000;
  return self;
}

/**
 * The longest tasks of the renderer main thread (`RunTask`), each with what it spent its time on (self time of
 * the events inside it, by activity): which task is long, and why.
 */
function longestTasks(spans, count = 5) {
  const tasks = spans.filter((x) => x.name === 'RunTask').sort((a, b) => b.end - b.ts - (a.end - a.ts)).slice(0, count);
  const t0 = spans.length ? spans[0].ts : 0;
  return tasks.map((t) => {
    const inside = {};
    for (const x of spans) {
      if (x.name === 'RunTask' || x.ts < t.ts || x.end > t.end) continue;
      const k = TRACE_NAMES[x.name] ?? 'other';
      inside[k] = (inside[k] ?? 0) + x.self / 1000;
    }
    return { at: (t.ts - t0) / 1000, ms: (t.end - t.ts) / 1000, inside };
  });
}
/**
 * What the longest task ran, by function: CPU-profile samples inside the task's window (the profile and the trace
 * share one clock), each charged to the innermost frame that maps into our sources (`module:function`), or to the native
 * or library function at the top of its stack (`native getBoundingClientRect`, `lit-html`): which render, which
 * measurement, which library call made the task long.
 */
function functionsInside(profile, byId, task, spans) {
  const t0 = spans[0].ts;
  const from = t0 + task.at * 1000;
  const to = from + task.ms * 1000;
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id) => {
    const leaf = byId.get(id).callFrame;
    const top = leaf.functionName === '(program)' || leaf.functionName === '(garbage collector)' ? leaf.functionName : null;
    if (top) return top;
    const lib = (f) => /node_modules\/(lit|lit-html|lit-element|@lit)/.test(f) ? 'Lit' : null;
    let native = !leaf.url ? `native ${leaf.functionName || '(anonymous)'}` : null;
    for (let n = id; n != null; n = parent.get(n)) {
      const f = byId.get(n).callFrame;
      const tm = maps.get(f.url);
      if (!tm) continue;
      const pos = originalPositionFor(tm, { line: f.lineNumber + 1, column: f.columnNumber });
      const src = (pos.source ?? '').replace(/^.*?(src\/|node_modules\/)/, '$1');
      if (lib(src) && n === id) return 'Lit';
      if (lib(src)) continue;
      return `${native ? native + ' ← ' : ''}${src.replace(/^src\//, '')}:${pos.name ?? f.functionName ?? '?'}`;
    }
    return native ?? 'other';
  };
  const by = {};
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < from || t > to) continue;
    const k = label(profile.samples[i]);
    by[k] = (by[k] ?? 0) + (profile.timeDeltas[i + 1] ?? 0) / 1000;
  }
  return Object.entries(by).sort((a, b) => b[1] - a[1]).slice(0, 14);
}
const TRACE_NAMES = {
  'v8.compile': 'compile', 'v8.compileModule': 'compile', 'V8.CompileCode': 'compile', 'v8.produceModuleCache': 'compile', 'v8.parseOnBackground': 'compile',
  'v8.evaluateModule': 'script', 'EvaluateScript': 'script', 'FunctionCall': 'script', 'v8.callFunction': 'script', 'RunMicrotasks': 'script', 'TimerFire': 'script', 'FireAnimationFrame': 'script', 'EventDispatch': 'script', 'v8.run': 'script',
  'UpdateLayoutTree': 'style recalculation', 'ScheduleStyleRecalculation': 'style recalculation', 'ParseAuthorStyleSheet': 'style recalculation',
  'Layout': 'layout', 'PrePaint': 'paint', 'Paint': 'paint', 'Layerize': 'paint', 'UpdateLayer': 'paint', 'Commit': 'paint', 'UpdateLayerTree': 'paint',
  'ParseHTML': 'HTML parsing', 'MinorGC': 'GC', 'MajorGC': 'GC', 'V8.GC_SCAVENGER': 'GC', 'BlinkGC.AtomicPhase': 'GC',
};

const browser = await launch();
async function profileOnce(page) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  try {
    await context.addInitScript(HARNESS);
    await context.addInitScript(INTL_COUNTER);
    await context.route((u) => !/^https?:\/\/127\.0\.0\.1/.test(u.href), (r) => r.abort('blockedbyclient'));
    const tab = await context.newPage();
    const cdp = await context.newCDPSession(tab);
    if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    const events = [];
    cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
    const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,v8,v8.execute,blink.user_timing,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    await tab.goto(server.origin + page.path, { waitUntil: 'commit' });
    await tab.waitForFunction(() => globalThis.__bench?.frame != null, null, { timeout: 120_000, polling: 50 });
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await traced;
    const bench = await tab.evaluate(() => ({ frame: globalThis.__bench.frame, longtasks: globalThis.__bench.longtasks, intl: globalThis.__intl }));
    // CPU profile: self time per category
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const js = {};
    const dts = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
      const c = categorize(byId.get(profile.samples[i]).callFrame);
      if (c) js[c] = (js[c] ?? 0) + (dts[i + 1] ?? dts[i] ?? 0) / 1000;
    }
    const spans = mainThreadSpans(events);
    const tasks = longestTasks(spans);
    if (tasks[0]) tasks[0].functions = functionsInside(profile, byId, tasks[0], spans);
    const trace = {};
    for (const [name, t] of Object.entries(traceSelf(spans))) {
      const k = TRACE_NAMES[name];
      if (k) trace[k] = (trace[k] ?? 0) + t;
    }
    const longest = Math.max(0, ...(bench.longtasks ?? []).map(([, d]) => d));
    return { cpu: metrics.TaskDuration * 1000, compileMetric: metrics.V8CompileDuration * 1000, styleMetric: metrics.RecalcStyleDuration * 1000, frame: bench.frame, longest, js, trace, tasks, intl: bench.intl };
  } finally {
    await context.close().catch(() => {});
  }
}

const results = [];
for (const page of pages) {
  const rs = [];
  for (let i = 0; i < runs; i++) {
    log(`profile ${page.name} (${i + 1}/${runs})`);
    rs.push(await profileOnce(page));
  }
  const med = (f) => median(rs.map(f));
  const keys = (f) => [...new Set(rs.flatMap((r) => Object.keys(f(r))))];
  results.push({
    page: page.name,
    kind: page.kind,
    cpu: med((r) => r.cpu),
    frame: med((r) => r.frame),
    longest: med((r) => r.longest),
    trace: Object.fromEntries(keys((r) => r.trace).map((k) => [k, med((r) => r.trace[k] ?? 0)])),
    js: Object.fromEntries(keys((r) => r.js).map((k) => [k, med((r) => r.js[k] ?? 0)])),
    intl: { ms: med((r) => r.intl?.ms ?? 0), created: rs[0].intl?.created ?? {}, toLocale: rs[0].intl?.toLocale ?? 0 },
    // the longest tasks of the run with the median longest task
    tasks: [...rs].sort((a, b) => a.longest - b.longest)[(rs.length - 1) >> 1].tasks,
  });
}
await browser.close();
await server.close();
json.time = results;

p(`### Main thread by activity (trace self time, ms, median of ${runs}${throttle > 1 ? `, CPU throttled ${throttle}×` : ''})`);
p();
const acts = ['compile', 'script', 'style recalculation', 'layout', 'paint', 'HTML parsing', 'GC'];
p(`| page | main-thread CPU | painted at | longest task | ${acts.join(' | ')} |`);
p(`| --- | ---: | ---: | ---: | ${acts.map(() => '---:').join(' | ')} |`);
for (const r of results) p(`| ${r.page} | ${ms(r.cpu)} | ${ms(r.frame)} | ${ms(r.longest)} | ${acts.map((a) => ms(r.trace[a] ?? 0)).join(' | ')} |`);
p();
p('### Longest tasks (trace `RunTask`, the run with the median longest task): when, how long, and self time inside by activity (ms)');
p();
p('| page | starts at | task | inside |');
p('| --- | ---: | ---: | --- |');
for (const r of results) {
  for (const t of r.tasks) {
    const inside = Object.entries(t.inside).filter(([, v]) => v >= 0.5).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${ms(v)}`).join(', ');
    p(`| ${r.page} | ${ms(t.at)} | ${ms(t.ms)} | ${inside} |`);
  }
}
p();
p('### Inside the longest task of each page, by function (CPU profile samples in its window, ms)');
p();
for (const r of results) {
  const f = r.tasks[0]?.functions;
  if (f?.length) p(`- ${r.page}: ${f.map(([k, v]) => `${k} ${ms(v)}`).join('; ')}`);
}
p();
p('### JavaScript by source module (CPU profile self time, ms; sampled every 0.2 ms, mapped through the source map)');
p();
const cats = [...new Set(results.flatMap((r) => Object.keys(r.js)))].sort((a, b) => Math.max(...results.map((r) => r.js[b] ?? 0)) - Math.max(...results.map((r) => r.js[a] ?? 0)));
p(`| part | ${results.map((r) => r.page).join(' | ')} |`);
p(`| --- | ${results.map(() => '---:').join(' | ')} |`);
for (const c of cats.slice(0, 22)) p(`| ${c} | ${results.map((r) => ms(r.js[c] ?? 0)).join(' | ')} |`);
p(`| Intl objects created (time inside constructors and toLocale* calls, ms) | ${results.map((r) => `${Object.entries(r.intl.created).map(([k, v]) => `${k} ${v}`).join(', ') || '0'}; ${r.intl.toLocale} toLocale*; ${ms(r.intl.ms)} ms`).join(' | ')} |`);
p();
mkdirSync(new URL('bench/', root), { recursive: true });
writeFileSync(new URL(`bench/profile${throttle > 1 ? `-throttle${throttle}` : ''}.json`, root), JSON.stringify(json, null, 1) + '\n');
process.stdout.write(out.join('\n') + '\n');
