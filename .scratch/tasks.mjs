// Long tasks of the 10,000-event page: each RunTask > 40 ms, its trace children by self time, and the
// JS (CPU profile samples in its window) by source location through the bundle's source map.
import { readFileSync } from 'node:fs';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { launch } from '/work/wt-many/scripts/bench/browser.mjs';
import { HARNESS, oursPage } from '/work/wt-many/scripts/bench/pages.mjs';
import { startServer } from '/work/wt-many/scripts/bench/server.mjs';
import { generateStory, realStory } from '/work/wt-many/scripts/bench/stories.mjs';
const n = Number(process.argv[2] ?? 10000);
const page = oursPage(generateStory(n, realStory()));
const server = await startServer(async (path) => (path === '/p' ? { body: page, type: 'text/html; charset=utf-8' } : null));
const tm = new TraceMap(readFileSync('/work/wt-many/dist/sahel-widgets.js.map', 'utf8'));
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
await context.addInitScript(HARNESS);
const tab = await context.newPage();
const cdp = await context.newCDPSession(tab);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
const events = [];
cdp.on('Tracing.dataCollected', (d) => events.push(...d.value));
const traced = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.execute,disabled-by-default-devtools.timeline', transferMode: 'ReportEvents' });
await cdp.send('Profiler.start');
await tab.goto(server.origin + '/p', { waitUntil: 'commit' });
await tab.waitForFunction(() => globalThis.__bench?.frame != null, null, { timeout: 120_000, polling: 50 });
await tab.waitForTimeout(Number(process.argv[3] ?? 4000));
const { profile } = await cdp.send('Profiler.stop');
await cdp.send('Tracing.end');
await traced;
const lt = await tab.evaluate(() => globalThis.__bench.longtasks);
console.log('longtasks (observer):', JSON.stringify(lt));
// main thread = the thread with most RunTask time in the renderer
const runs = events.filter((e) => e.name === 'RunTask' && e.ph === 'X');
const byTid = new Map();
for (const e of runs) byTid.set(`${e.pid}:${e.tid}`, (byTid.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur);
const main = [...byTid].sort((a, b) => b[1] - a[1])[0][0];
const mine = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X');
const tasks = mine.filter((e) => e.name === 'RunTask' && e.dur > 40000).sort((a, b) => a.ts - b.ts);
// profile samples with absolute time (profile.startTime in µs, same clock as trace ts)
const byId = new Map(profile.nodes.map((x) => [x.id, x]));
let t = profile.startTime;
const samples = profile.samples.map((s, i) => ({ node: byId.get(s), t: (t += profile.timeDeltas[i]) }));
const where = (cf) => {
  if (!cf.url.includes('sahel-widgets.js')) return `${cf.functionName || '(anon)'} ${cf.url.split('/').pop()}`;
  const o = originalPositionFor(tm, { line: cf.lineNumber + 1, column: cf.columnNumber });
  return `${o.name ?? cf.functionName ?? ''} ${o.source?.replace(/.*\/(src|node_modules)\//, '$1/')}:${o.line}`;
};
for (const task of tasks) {
  const kids = mine.filter((e) => e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur && e !== task);
  const top = new Map();
  for (const k of kids) if (['FunctionCall', 'EvaluateScript', 'v8.evaluateModule', 'UpdateLayoutTree', 'Layout', 'Paint', 'ParseHTML', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'PrePaint', 'Layerize', 'HitTest', 'MajorGC', 'MinorGC', 'V8.GC_SCAVENGER', 'EventDispatch', 'UpdateLayer', 'Commit'].includes(k.name)) top.set(k.name, (top.get(k.name) ?? 0) + k.dur / 1000);
  console.log(`\nTASK at ${((task.ts - tasks[0].ts) / 1000).toFixed(0)} ms: ${(task.dur / 1000).toFixed(0)} ms  ${[...top].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}`);
  const self = new Map();
  const incl = new Map();
  const parent = new Map();
  for (const x of profile.nodes) for (const c of x.children ?? []) parent.set(c, x.id);
  for (let i = 0; i < samples.length; i++) {
    const s = samples[i];
    if (s.t < task.ts || s.t > task.ts + task.dur) continue;
    const dt = (samples[i + 1]?.t ?? s.t) - s.t;
    const k = where(s.node.callFrame);
    self.set(k, (self.get(k) ?? 0) + dt / 1000);
    const seen = new Set();
    for (let id = s.node.id; id !== undefined; id = parent.get(id)) {
      const kk = where(byId.get(id).callFrame);
      if (seen.has(kk)) continue;
      seen.add(kk);
      incl.set(kk, (incl.get(kk) ?? 0) + dt / 1000);
    }
  }
  console.log('  self: ' + [...self].sort((a, b) => b[1] - a[1]).slice(0, 10).map(([k, v]) => `${v.toFixed(0)} ${k}`).join(' | '));
  console.log('  incl: ' + [...incl].sort((a, b) => b[1] - a[1]).filter(([k]) => !/^\(root\)|^\(program\)/.test(k)).slice(0, 14).map(([k, v]) => `${v.toFixed(0)} ${k}`).join(' | '));
}
await browser.close();
await server.close();
