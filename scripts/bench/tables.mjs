// Markdown tables of one bench's results (results.json shape), printed to stdout by run.mjs.

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mb = (n) => `${(n / 1048576).toFixed(2)} MB`;
/** "median (min–max)" of a stat, each value through `f`. */
const range = (s, f) => (!s ? '–' : s.n === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`);
const ms = (s) => range(s, (v) => `${v.toFixed(0)} ms`);
const heap = (s) => range(s, mb);
const times = (s) => range(s, (v) => `${v.toFixed(2)}×`);
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map((h, i) => (i ? '---:' : '---')).join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function pageCell(page, field = 'dom') {
  if (!page) return '–';
  if (page.dnf && !page.ok) return 'did not finish in 30 s';
  const s = ms(page[field]);
  return page.dnf ? `${s}; later runs > 30 s` : s;
}

export function markdown(results) {
  const out = [];
  const { meta } = results;
  out.push(`# sahel-widgets bench${meta.smoke ? ' (smoke)' : ''}`);
  out.push(
    `${meta.date} · Chromium ${meta.chromium} · Node ${meta.node} · ${meta.cpus} CPUs, load ${meta.loadavg.join(' ')} at start · ` +
      `${meta.throttle > 1 ? `**CPU throttled ${meta.throttle}×** · ` : ''}${meta.runs} run(s) per timed figure, A/B/C interleaved, each cell median (min–max) · library: ${meta.library}`,
  );

  if (results.bytes) {
    out.push('## 1. Bytes');
    out.push(table(['file', 'raw', 'gzip', 'brotli'], Object.entries(results.bytes).map(([k, m]) => [k, kb(m.raw), kb(m.gzip), kb(m.brotli)])));
  }
  if (results.pageWeights) {
    out.push('What each 13-event page loaded (one load each; the HTML holds the page\'s data inline):');
    const names = { ours: 'ours (CDN bundle + story JSON)', lit: 'bare Lit list (baseline)', tljs: 'TimelineJS (local files, font CSS off)', 'tljs-defaults': 'TimelineJS with default options' };
    out.push(
      table(
        ['page', 'requests', 'library gzip', 'HTML + data gzip', 'total raw', 'total gzip', 'total brotli', 'blocked external requests'],
        Object.entries(results.pageWeights).map(([k, w]) => [
          names[k] ?? k,
          String(w.requests.length),
          kb(w.library.gzip),
          kb(w.document.gzip),
          kb(w.total.raw),
          kb(w.total.gzip),
          kb(w.total.brotli),
          w.blocked.length ? w.blocked.join(', ') : 'none',
        ]),
      ),
    );
  }

  if (results.compare) {
    const c = results.compare;
    out.push(`## 2. Timeline, ${c.events} events of the real story`);
    const names = { ours: 'ours: <sahel-timeline>', lit: 'bare Lit list', tljs: 'TimelineJS 3', base: 'baseline build: <sahel-timeline>' };
    out.push(
      table(
        ['page', 'titles in DOM', 'painted', 'main-thread CPU', 'JS heap after GC', 'longest task'],
        Object.entries(c.pages).map(([k, p]) => [names[k], pageCell(p), pageCell(p, 'frame'), pageCell(p, 'cpu'), heap(p.heap), ms(p.longestTask)]),
      ),
    );
    out.push(
      table(
        ['ratio, per run group', 'titles in DOM', 'painted', 'main-thread CPU', 'heap'],
        [
          ['ours / bare Lit', times(c.ratios['ours/lit dom']), times(c.ratios['ours/lit frame']), times(c.ratios['ours/lit cpu']), times(c.ratios['ours/lit heap'])],
          ['TimelineJS / ours', times(c.ratios['tljs/ours dom']), times(c.ratios['tljs/ours frame']), times(c.ratios['tljs/ours cpu']), times(c.ratios['tljs/ours heap'])],
          ...(c.pages.base
            ? [
                ['baseline build / bare Lit', times(c.ratios['base/lit dom']), times(c.ratios['base/lit frame']), times(c.ratios['base/lit cpu']), '–'],
                ['ours / baseline build', times(c.ratios['ours/base dom']), times(c.ratios['ours/base frame']), times(c.ratios['ours/base cpu']), '–'],
              ]
            : []),
        ],
      ),
    );
  }
  if (results.scaling?.length) {
    out.push('## 3. Scaling (generated stories)');
    const tl = (r, field) => (r.pages.tljs ? pageCell(r.pages.tljs, field) : 'skipped (> 30 s at a smaller size)');
    out.push('Time from navigation to every title in the DOM, and main-thread CPU time until painted:');
    out.push(
      table(
        ['events', 'ours', 'bare Lit', 'TimelineJS', 'ours / Lit', 'TimelineJS / ours', 'CPU ours', 'CPU Lit', 'CPU TimelineJS', 'CPU ours / Lit', 'CPU TimelineJS / ours'],
        results.scaling.map((r) => [
          r.n.toLocaleString('en'),
          pageCell(r.pages.ours),
          pageCell(r.pages.lit),
          tl(r, 'dom'),
          times(r.ratios['ours/lit dom']),
          times(r.ratios['tljs/ours dom']),
          pageCell(r.pages.ours, 'cpu'),
          pageCell(r.pages.lit, 'cpu'),
          tl(r, 'cpu'),
          times(r.ratios['ours/lit cpu']),
          times(r.ratios['tljs/ours cpu']),
        ]),
      ),
    );
    if (results.scaling.some((r) => r.pages.base)) {
      out.push(`Before/after: this build against the baseline build (${meta.baseline}), in the same run groups:`);
      out.push(
        table(
          ['events', 'ours / Lit time', 'baseline / Lit time', 'ours / Lit CPU', 'baseline / Lit CPU', 'ours / baseline time', 'ours / baseline CPU', 'longest task ours', 'longest task baseline'],
          results.scaling.map((r) => [
            r.n.toLocaleString('en'),
            times(r.ratios['ours/lit dom']),
            times(r.ratios['base/lit dom']),
            times(r.ratios['ours/lit cpu']),
            times(r.ratios['base/lit cpu']),
            times(r.ratios['ours/base dom']),
            times(r.ratios['ours/base cpu']),
            ms(r.pages.ours.longestTask),
            ms(r.pages.base?.longestTask),
          ]),
        ),
      );
    }
    out.push('JS heap after GC, and the longest task of a run:');
    out.push(
      table(
        ['events', 'heap ours', 'heap Lit', 'heap TimelineJS', 'longest task ours', 'longest task Lit', 'longest task TimelineJS'],
        results.scaling.map((r) => [
          r.n.toLocaleString('en'),
          heap(r.pages.ours.heap),
          heap(r.pages.lit.heap),
          heap(r.pages.tljs?.heap),
          ms(r.pages.ours.longestTask),
          ms(r.pages.lit.longestTask),
          ms(r.pages.tljs?.longestTask),
        ]),
      ),
    );
  }
  if (results.busy?.length) {
    out.push(`## 4. Busy CMS page (${results.busy[0].kinds.join(', ')}, cycled)`);
    out.push(
      table(
        ['widgets', 'all rendered', 'painted', 'main-thread CPU', 'long tasks > 50 ms', 'longest task', 'JS heap after GC'],
        results.busy.map((b) => [String(b.n), ms(b.dom), ms(b.frame), ms(b.cpu), range(b.longTasks, (v) => v.toFixed(0)), ms(b.longestTask), heap(b.heap)]),
      ),
    );
  }
  if (results.layoutStability?.length) {
    out.push('## 5. Layout stability of demo/index.html');
    out.push(
      table(
        ['variant', 'CLS', 'layout shifts', 'elements that moved'],
        results.layoutStability.map((v) => [
          v.name,
          range(v.cls, (x) => x.toFixed(4)),
          range(v.shifts, (x) => x.toFixed(0)),
          [...new Set(v.sources.flatMap((s) => s.nodes))].slice(0, 6).join(', ') || '–',
        ]),
      ),
    );
  }
  if (results.targets?.length) {
    out.push('## Targets');
    out.push(table(['target', 'measured', 'verdict'], results.targets.map((t) => [t.target, t.measured, t.verdict])));
  }
  if (results.failures?.length) {
    out.push('## Failures');
    out.push(results.failures.map((f) => `- ${f}`).join('\n'));
  }
  return out.join('\n\n') + '\n';
}
