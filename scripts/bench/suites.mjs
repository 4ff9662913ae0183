// The measurements of issue 9, one function per figure. Each takes a `bench` context:
// { browser, origin, runs, log, fail } and returns plain data for results.json.
import { DEMO_READY } from './pages.mjs';
import { loadPage } from './browser.mjs';
import { byteFigures, sum } from './bundles.mjs';
import { cls, ratios, stat, summarize } from './stats.mjs';

/** The fields of a run kept in results.json. */
const slim = (r) =>
  r.ok
    ? { ok: true, dom: round(r.dom), frame: round(r.frame), cpu: round(r.cpu), cpuDetail: Object.fromEntries(Object.entries(r.cpuDetail).map(([k, v]) => [k, round(v)])), heap: r.heap, longtasks: r.longtasks, wall: r.wall, blocked: r.blocked.length }
    : { ok: false, timedOut: !!r.timedOut, skipped: !!r.skipped, wall: r.wall, error: r.error, blocked: r.blocked?.length ?? 0 };
const round = (x) => (x == null ? x : Math.round(x * 10) / 10);

const sameTitles = (shown, expected) => {
  const a = [...shown].sort();
  const b = [...expected].sort();
  return a.length === b.length && a.every((t, i) => t === b[i]);
};

/** The widgets of a page that show an error state, as `<tag attrs>: message`. */
const widgetErrors = (r) => [...new Set(r.titles.filter((t) => t.includes('>: ')))];

/** `pages` in A B C, B C A, … order for `runs` rounds, so that run i of each page forms a group. */
async function interleave(bench, pages) {
  const results = Object.fromEntries(pages.map((p) => [p.key, []]));
  for (let i = 0; i < bench.runs; i++) {
    const order = pages.map((_, j) => pages[(i + j) % pages.length]);
    for (const p of order) {
      if (p.dnf) {
        results[p.key].push({ ok: false, skipped: true });
        continue;
      }
      const r = await loadPage(bench.browser, bench.origin + p.url, { timeout: p.timeout });
      if (r.ok && p.titles && !sameTitles(r.titles, p.titles)) {
        Object.assign(r, { ok: false, error: `shows ${r.titles.length} titles that differ from the ${p.titles.length} expected` });
      }
      const broken = p.widgets && r.ok ? widgetErrors(r) : [];
      if (broken.length) Object.assign(r, { ok: false, error: `${broken.length} widget(s) in an error state: ${broken.slice(0, 3).join('; ')}` });
      if (!r.ok && !r.error) r.error = r.timedOut ? `not rendered within ${p.timeout / 1000} s` : 'failed';
      if (r.pageErrors?.length) bench.log(`    ${p.key}: page errors: ${r.pageErrors.slice(0, 3).join(' | ')}`);
      bench.log(`  ${p.label} run ${i + 1}/${bench.runs}: ${r.ok ? `${r.dom.toFixed(0)} ms, CPU ${r.cpu.toFixed(0)} ms, heap ${(r.heap / 1048576).toFixed(1)} MB` : r.error}`);
      results[p.key].push(slim(r));
      if (!r.ok && r.timedOut && p.optional) p.dnf = true;
      else if (!r.ok && !p.optional) bench.fail(`${p.label}: ${r.error}`);
    }
  }
  return results;
}

/** §1: static byte counts of the library, the timeline alone, the baseline and TimelineJS. */
export async function bytes() {
  return byteFigures();
}

/** §1 (as loaded): every response of one load of each 13-event page, and what TimelineJS fetches with its defaults. */
export async function pageWeights(bench) {
  const pages = {
    ours: '/bench/ours.html',
    lit: '/bench/lit.html',
    tljs: '/bench/tljs.html',
    'tljs-defaults': '/bench/tljs.html?local=0',
  };
  const out = {};
  for (const [key, url] of Object.entries(pages)) {
    const r = await loadPage(bench.browser, bench.origin + url, { weigh: true, timeout: 30_000 });
    if (!r.ok) bench.fail(`page weight of ${key}: not rendered`);
    const responses = (r.responses ?? []).map((x) => ({ ...x, url: x.url.replace(bench.origin, '') }));
    const doc = responses.filter((x) => x.type === 'document');
    const sub = responses.filter((x) => x.type !== 'document');
    out[key] = { requests: responses, document: sum(doc), library: sum(sub), total: sum(responses), blocked: r.blocked };
    bench.log(`  weight ${key}: ${responses.length} requests, ${r.blocked.length} blocked`);
  }
  return out;
}

/** Three pages on the same events, interleaved: ours, the bare Lit baseline and TimelineJS. */
async function compareRound(bench, n, titles, { tljs = true, tljsOptional = true } = {}) {
  const q = n === 'real' ? '' : `?n=${n}`;
  const pages = [
    { key: 'ours', label: `ours @${n}`, url: `/bench/ours.html${q}`, timeout: bench.timeout, titles },
    { key: 'lit', label: `bare Lit @${n}`, url: `/bench/lit.html${q}`, timeout: bench.timeout, titles },
  ];
  if (bench.baseline) pages.push({ key: 'base', label: `baseline @${n}`, url: `/bench/base.html${q}`, timeout: bench.timeout, titles });
  if (tljs && bench.tljs) pages.push({ key: 'tljs', label: `TimelineJS @${n}`, url: `/bench/tljs.html${q}`, timeout: bench.tljsTimeout, titles, optional: tljsOptional });
  const runs = await interleave(bench, pages);
  const out = { n, events: titles.length, pages: {}, ratios: {} };
  for (const key of Object.keys(runs)) out.pages[key] = { ...summarize(runs[key]), dnf: runs[key].some((r) => r.timedOut), runsData: runs[key] };
  for (const field of ['dom', 'frame', 'cpu']) {
    out.ratios[`ours/lit ${field}`] = stat(ratios(runs.ours, runs.lit, field));
    if (runs.tljs) out.ratios[`tljs/ours ${field}`] = stat(ratios(runs.tljs, runs.ours, field));
    if (runs.base) {
      out.ratios[`base/lit ${field}`] = stat(ratios(runs.base, runs.lit, field));
      out.ratios[`ours/base ${field}`] = stat(ratios(runs.ours, runs.base, field));
    }
  }
  out.ratios['ours/lit heap'] = stat(ratios(runs.ours, runs.lit, 'heap'));
  if (runs.tljs) out.ratios['tljs/ours heap'] = stat(ratios(runs.tljs, runs.ours, 'heap'));
  return out;
}

/** §2: the real story's 13 events, ours vs the bare Lit list vs TimelineJS. TimelineJS must render here. */
export function compare(bench, story) {
  bench.log(`timeline, ${story.events.length} events of the real story`);
  return compareRound(bench, 'real', story.events.map((e) => e.title), { tljsOptional: false });
}

/** §3: generated stories of each size; TimelineJS is dropped from a size on (and above) once it takes > 30 s. */
export async function scaling(bench, sizes, storyOf) {
  const out = [];
  let tljs = true;
  for (const n of sizes) {
    bench.log(`scaling, ${n} events`);
    const result = await compareRound(bench, n, storyOf(n).events.map((e) => e.title), { tljs });
    if (result.pages.tljs?.dnf) tljs = false;
    out.push(result);
  }
  return out;
}

/** §4: a busy CMS page with n widgets of mixed kinds. */
export async function busy(bench, counts, tags) {
  const out = [];
  for (const n of counts) {
    bench.log(`busy page, ${n} widgets (${tags.join(', ')})`);
    const runs = await interleave(bench, [{ key: 'busy', label: `busy ${n}`, url: `/bench/busy.html?n=${n}`, timeout: bench.timeout, widgets: true }]);
    out.push({ n, kinds: tags, ...summarize(runs.busy), runsData: runs.busy });
  }
  return out;
}

/**
 * `page`: `fallback` is demo/index.html as served (fallback HTML inside every tag, no `blocking="render"`);
 * `bare` strips the fallback (empty tags, no blocking); `blocking` is `bare` with `blocking="render"` on the
 * script, the README's old advice (see `demoVariant`).
 */
export const CLS_VARIANTS = [
  { name: 'desktop 1280×800, fallback, no blocking, bundle delayed 1 s', page: 'fallback', viewport: { width: 1280, height: 800 }, delay: 1000 },
  { name: 'desktop 1280×800, fallback, no blocking, bundle delayed 5 s', page: 'fallback', viewport: { width: 1280, height: 800 }, delay: 5000 },
  { name: 'mobile 390×844, fallback, no blocking, bundle delayed 1 s', page: 'fallback', viewport: { width: 390, height: 844 }, delay: 1000 },
  { name: 'mobile 390×844, fallback, no blocking, bundle delayed 5 s', page: 'fallback', viewport: { width: 390, height: 844 }, delay: 5000 },
  { name: 'desktop 1280×800, fallback, no blocking, bundle from localhost', page: 'fallback', viewport: { width: 1280, height: 800 }, delay: 0 },
  { name: 'desktop 1280×800, blocking="render", no fallback, bundle delayed 1 s', page: 'blocking', viewport: { width: 1280, height: 800 }, delay: 1000 },
  { name: 'desktop 1280×800, no fallback, no blocking, bundle delayed 1 s (for contrast)', page: 'bare', viewport: { width: 1280, height: 800 }, delay: 1000, contrast: true },
  // Each widget kind first in the viewport (its block moved to the top of the article): on the demo page as
  // served, most widgets are below the fold, where an upgrade that changes their height shifts nothing visible.
  ...['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'sahel-map', 'actor-relations'].flatMap((widget) => [
    { name: `${widget} first, desktop 1280×800, fallback, bundle delayed 1 s`, page: 'first', widget, viewport: { width: 1280, height: 800 }, delay: 1000 },
    { name: `${widget} first, mobile 390×844, fallback, bundle delayed 1 s`, page: 'first', widget, viewport: { width: 390, height: 844 }, delay: 1000 },
  ]),
];

const WIDGET_TAG_RE = /<(sahel-timeline|quote-card|actor-badge|actor-list|key-figures|sahel-map|actor-relations)(\s[^>]*)?>[\s\S]*?<\/\1>/g;

/**
 * demo/index.html as one CLS variant sees it (`page` of CLS_VARIANTS); `first`: the first block (or, for an
 * inline widget, paragraph) holding a `widget` tag moved to the top of the article, before the headline.
 */
export function demoVariant(html, page, widget = '') {
  if (page === 'fallback') return html;
  if (page === 'first') {
    const blocks = [...html.matchAll(/^( +)<div class="block[^"]*" data-cms-block="html">[\s\S]*?\n\1<\/div>\n|^ +<p>.*\n/gm)].map((m) => m[0]);
    const block = blocks.find((b) => b.includes(`<${widget}`) && !b.includes('variant="inline"'));
    if (!block) throw new Error(`demo/index.html: no block with <${widget}>`);
    return html.replace(block, '').replace(/<article>\n/, (a) => a + block);
  }
  const bare = html.replace(WIDGET_TAG_RE, (_, tag, attrs = '') => `<${tag}${attrs}></${tag}>`);
  return page === 'blocking' ? bare.replace('src="/dist/sahel-widgets.js"', 'src="/dist/sahel-widgets.js" blocking="render"') : bare;
}

/** §5: CLS of demo/index.html (served unchanged with dist/, or as `demoVariant` makes it), from navigation to 1 s after every widget rendered. */
export async function layoutStability(bench, variants) {
  const out = [];
  const errors = [];
  for (const v of variants) {
    const values = [];
    const shifts = [];
    const sources = [];
    for (let i = 0; i < bench.runs; i++) {
      const r = await loadPage(bench.browser, v.page === 'fallback' ? `${bench.origin}/demo/index.html` : `${bench.origin}/bench/demo-${v.page}.html${v.widget ? `?widget=${v.widget}` : ''}`, {
        timeout: bench.timeout,
        viewport: v.viewport,
        settle: 1000,
        initScripts: [DEMO_READY],
        delay: v.delay ? { pattern: '**/dist/sahel-widgets.js', ms: v.delay } : undefined,
      });
      if (!r.ok) {
        bench.fail(`demo page (${v.name}): widgets not rendered within ${bench.timeout / 1000} s`);
        continue;
      }
      // Measured all the same (an error state takes room too), then reported once.
      for (const e of widgetErrors(r)) if (!errors.includes(e)) errors.push(e);
      values.push(cls(r.shifts));
      for (const [t, value, nodes] of r.shifts) sources.push({ run: i + 1, at: Math.round(t), value: Math.round(value * 1e4) / 1e4, nodes });
      shifts.push(r.shifts.length);
      bench.log(`  CLS ${v.name} run ${i + 1}/${bench.runs}: ${cls(r.shifts).toFixed(4)} (${r.shifts.length} shifts)`);
    }
    out.push({ ...v, cls: stat(values), shifts: stat(shifts), values, sources });
  }
  for (const e of errors) bench.fail(`demo page: widget in an error state: ${e}`);
  return out;
}
