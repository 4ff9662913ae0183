// The pages the bench loads, and the harness injected into every one of them.
//
// Every page embeds its data the same way (a `<script type="application/json">` in the HTML), loads
// its library the way that library's docs recommend, and tells the harness what "rendered" means
// (`__benchExpect` or `__benchReady`, see HARNESS) and how to read back what it shows
// (`__benchTitles()`, checked against the expected titles after the timed part).

/** JSON that is safe inside `<script>`. */
const inlineJSON = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const escapeAttr = (s) => String(s).replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Injected before any script of every page (playwright `addInitScript`), identical for all pages.
 * Records long tasks and layout shifts (PerformanceObserver, buffered), and watches the document and
 * every shadow root (by wrapping `attachShadow`) with one MutationObserver.
 *
 * A page says what "rendered" means in one of two ways:
 * - `__benchExpect = { count, selectors }`: rendered once, for every selector, at least `count`
 *   connected elements match it. The harness keeps one Set per selector up to date from the mutation
 *   records (elements of added subtrees that match are added, those of removed subtrees deleted), so
 *   a check costs O(1) and the bookkeeping O(nodes added): a page that renders in many batches is
 *   not charged a full DOM query per batch.
 * - `__benchReady()`: a function, for pages with few elements to check (the widget pages).
 * After each task that mutated the DOM the harness checks once (from a MessageChannel task, so never
 * between the microtasks of one render); the first time it passes, `dom` is `performance.now()`,
 * milliseconds since navigation start. `frame` is taken after the next animation frame has been
 * rendered (rAF, then a task): the titles are laid out and painted. A 100 ms interval re-checks in
 * case the last change was not a DOM mutation.
 */
export const HARNESS = `(() => {
  if (window.__bench) return;
  const B = (window.__bench = { dom: null, frame: null, checks: 0, longtasks: [], shifts: [], errors: [] });
  const observe = (type, fn) => {
    try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {}
  };
  observe('longtask', (e) => B.longtasks.push([Math.round(e.startTime), Math.round(e.duration)]));
  const describe = (n) => !n ? '(removed)' : n.nodeType !== 1 ? n.nodeName : n.localName + (n.id ? '#' + n.id : '') + (typeof n.className === 'string' && n.className ? '.' + n.className.trim().split(/\\s+/).join('.') : '');
  observe('layout-shift', (e) => { if (!e.hadRecentInput) B.shifts.push([e.startTime, e.value, (e.sources ?? []).map((s) => describe(s.node))]); });
  addEventListener('error', (e) => B.errors.push(String(e.message)));

  let expect = null;
  let sets = null;
  const visit = (node, fn) => {
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    expect.selectors.forEach((sel, i) => {
      if (node.nodeType === 1 && node.matches(sel)) fn(sets[i], node);
      for (const el of node.querySelectorAll(sel)) fn(sets[i], el);
    });
  };
  const add = (set, el) => set.add(el);
  const remove = (set, el) => set.delete(el);
  const start = () => {
    if (sets || !window.__benchExpect) return !!sets;
    expect = window.__benchExpect;
    sets = expect.selectors.map(() => new Set());
    visit(document, add);
    return true;
  };
  let scheduled = false;
  const channel = new MessageChannel();
  const schedule = () => { if (!scheduled && B.dom === null) { scheduled = true; channel.port2.postMessage(0); } };
  const mo = new MutationObserver((records) => {
    if (B.dom === null && start()) {
      for (const r of records) {
        for (const n of r.removedNodes) visit(n, remove);
        for (const n of r.addedNodes) visit(n, add);
      }
    }
    schedule();
  });
  const watch = (node) => mo.observe(node, { childList: true, subtree: true, characterData: true });
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) { const r = attach.call(this, init); watch(r); return r; };
  watch(document);
  const timer = setInterval(schedule, 100);
  const ready = () => {
    if (start()) return sets.every((set) => set.size >= expect.count);
    return typeof window.__benchReady === 'function' && window.__benchReady();
  };
  channel.port1.onmessage = () => {
    scheduled = false;
    if (B.dom !== null) return;
    B.checks++;
    let ok = false;
    try { ok = ready(); } catch (e) { B.errors.push('ready: ' + e); }
    if (!ok) return;
    B.dom = performance.now();
    mo.disconnect();
    clearInterval(timer);
    requestAnimationFrame(() => {
      const c = new MessageChannel();
      c.port1.onmessage = () => { B.frame = performance.now(); };
      c.port2.postMessage(0);
    });
  };
})();`;

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 0 auto; max-width: 72rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; }</style>
${extra}`;

/**
 * What the harness waits for on a timeline page (`count` elements matching each selector), and how
 * the titles are read back for verification after the timed part.
 */
const probe = (count, selectors, titles) => `<script>
window.__benchExpect = ${inlineJSON({ count, selectors })};
window.__benchTitles = ${titles};
</script>`;

const OURS = ['[part~="title"]'];
const OURS_TITLES = `() => [...document.querySelector('sahel-timeline').shadowRoot.querySelectorAll('[part~="title"]')].map((e) => e.textContent.trim())`;
const LIT = ['li'];
const LIT_TITLES = `() => [...document.querySelector('bare-list').shadowRoot.querySelectorAll('li')].map((li) => li.textContent.slice(li.querySelector('time').textContent.length).trim())`;
// TimelineJS shows each title twice: on its slide and on its marker in the time navigation.
const TLJS = ['.tl-storyslider .tl-slide:not(.tl-slide-titleslide) .tl-headline', '.tl-timenav .tl-timemarker .tl-headline'];
const TLJS_TITLES = `() => [...document.querySelectorAll(${inlineJSON(TLJS[0])})].map((e) => e.textContent.trim())`;

/**
 * Ours: the CDN bundle, `<sahel-timeline>` inside `<sahel-story>`, the story set as `.story` before upgrade.
 * `src` is the bundle's URL: another build's (`--baseline`, served under `/base/`) for a before/after run.
 */
export function oursPage(story, src = '/dist/sahel-widgets.js') {
  return `${head('ours: sahel-timeline', `<script type="module" src="${src}"></script>`)}
${probe(story.events.length, OURS, OURS_TITLES)}
</head>
<body>
<sahel-story id="story"><sahel-timeline></sahel-timeline></sahel-story>
<script id="data" type="application/json">${inlineJSON(story)}</script>
<script>document.getElementById('story').story = JSON.parse(document.getElementById('data').textContent);</script>
</body>
</html>`;
}

/** The baseline: a bare Lit list (bundled from node_modules/lit) given the same story object. */
export function litPage(story) {
  return `${head('baseline: bare Lit list', '<script type="module" src="/bench/bare-list.js"></script>')}
${probe(story.events.length, LIT, LIT_TITLES)}
</head>
<body>
<bare-list id="list"></bare-list>
<script id="data" type="application/json">${inlineJSON(story)}</script>
<script>document.getElementById('list').story = JSON.parse(document.getElementById('data').textContent);</script>
</body>
</html>`;
}

/**
 * TimelineJS 3 as its docs embed it (CSS and JS in the head, `new TL.Timeline` after its container),
 * served from the npm package. By default it fetches its font CSS (which pulls Google Fonts) from
 * `script_path`, a CDN; `local` points `script_path` at the local copy and turns the font CSS off,
 * so that fonts are inherited as ours are. `local: false` keeps the defaults, for the probe that
 * reports what it would fetch.
 */
export function tljsPage(data, count, { local = true } = {}) {
  const options = local ? { script_path: '/tljs/js/', font: null, language: 'en', hash_bookmark: false } : {};
  // TimelineJS needs an absolute script_path (it builds URLs with `new URL(fragment, script_path)`).
  const opts = local ? `Object.assign(${inlineJSON(options)}, { script_path: location.origin + '/tljs/js/' })` : '{}';
  return `${head('TimelineJS 3', '<link rel="stylesheet" href="/tljs/css/timeline.css">\n<script src="/tljs/js/timeline.js"></script>')}
${probe(count, TLJS, TLJS_TITLES)}
</head>
<body>
<div id="timeline" style="width: 100%; height: 600px"></div>
<script id="data" type="application/json">${inlineJSON(data)}</script>
<script>window.timeline = new TL.Timeline('timeline', JSON.parse(document.getElementById('data').textContent), ${opts});</script>
</body>
</html>`;
}

/** Tags of the library the busy page and the demo check, in the order the busy page cycles through them. */
export const WIDGET_TAGS = ['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'sahel-map', 'actor-relations'];

/**
 * Ready when every widget has rendered something other than its loading status. An error state
 * (`.status.error`: a bad story or an unknown id) counts as rendered, so that a page with a broken
 * widget is measured and then reported by name (`__benchTitles()` lists each widget with its error).
 */
const widgetsReady = (count) => `<script>
window.__benchWidgets = () => [...document.querySelectorAll(${inlineJSON(WIDGET_TAGS.join(','))})];
window.__benchReady = () => {
  const all = window.__benchWidgets();
  return all.length >= ${count} && all.every((el) => {
    const r = el.shadowRoot;
    return !!r && r.childElementCount > 0 && !r.querySelector('[part~="status"]:not(.error)');
  });
};
window.__benchTitles = () => window.__benchWidgets().map((el) => {
  const error = el.shadowRoot.querySelector('[part~="status"].error');
  const attrs = [...el.attributes].map((a) => \` \${a.name}="\${a.value}"\`).join('');
  return \`<\${el.localName}\${attrs}>\${error ? ': ' + error.textContent.trim().replace(/\\s+/g, ' ') : ''}\`;
});
</script>`;

const FILLER =
  'Thousands of protesters gathered in the capital on Saturday, days after military equipment and instructors arrived; the demonstration remained calm, and roads to the embassy were blocked.';

/**
 * A busy CMS page: `n` widget blocks of mixed kinds (those of `tags` the bundle defines), siblings
 * between paragraphs, reading the embedded story, loaded with the README's one-line snippet.
 */
export function busyPage(n, tags, story) {
  const quotes = story.quotes.map((q) => q.id);
  const actors = story.actors.map((a) => a.id);
  const blocks = [];
  for (let i = 0; i < n; i++) {
    const tag = tags[i % tags.length];
    const k = Math.floor(i / tags.length);
    let widget;
    if (tag === 'quote-card') widget = `<quote-card quote="${escapeAttr(quotes[k % quotes.length])}"></quote-card>`;
    else if (tag === 'actor-badge') widget = `<p>As reported, <actor-badge actor="${escapeAttr(actors[k % actors.length])}"></actor-badge> was there.</p>`;
    else widget = `<${tag}></${tag}>`;
    blocks.push(`<p>${FILLER}</p>\n<div class="block" data-cms-block="html">${widget}</div>`);
  }
  return `${head(`busy CMS page: ${n} widgets`, '<script type="module" src="/dist/sahel-widgets.js"></script>')}
${widgetsReady(n)}
</head>
<body>
<article>
<h1>A busy article page</h1>
${blocks.join('\n')}
</article>
</body>
</html>`;
}

/** The script the harness needs on the demo page (demo/index.html is served unchanged; this is added by the runner). */
export const DEMO_READY = widgetsReady(1).replace(/^<script>|<\/script>$/g, '');

/** A page that reports which widget tags the CDN bundle defines. */
export const TAGS_PAGE = `${head('tags', '<script type="module" src="/dist/sahel-widgets.js"></script>')}
</head><body><script type="module">
window.__tags = ${inlineJSON(WIDGET_TAGS)}.filter((t) => customElements.get(t));
</script></body></html>`;
