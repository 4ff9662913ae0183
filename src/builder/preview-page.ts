/**
 * The HTML of the preview page. Everything in it comes from this module and the story built from the
 * editor's own files; story text is set as text (textContent), never as HTML.
 */
export function previewPage(id: string): string {
  const title = id.replace(/[^a-z0-9_-]/g, '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Preview: ${title}</title>
<link rel="icon" href="data:,">
<script type="module" src="/sahel-widgets.js"></script>
<style>
  :root { color-scheme: light dark; font: 16px/1.5 system-ui, sans-serif; }
  body { margin: 0; display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; padding: 1.5rem; }
  @media (max-width: 60rem) { body { grid-template-columns: 1fr; } }
  h1 { font-size: 1.3rem; margin: 0 0 .5rem; } h2 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
  .legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; padding: 0; list-style: none; font-size: .9rem; }
  mark { background: none; color: inherit; text-decoration-thickness: 2px; text-underline-offset: 3px; }
  .k-quote { background: color-mix(in srgb, #e69f00 25%, transparent); text-decoration: underline solid #b36b00; }
  .k-actor { text-decoration: underline dotted #0072b2; text-decoration-thickness: 3px; }
  .k-place { text-decoration: underline wavy #009e73; }
  .k-figure { background: color-mix(in srgb, #cc79a7 25%, transparent); text-decoration: underline double #a2437b; }
  .k-event { text-decoration: underline dashed #d55e00; }
  .k-check { outline: 2px solid #d00; outline-offset: 1px; }
  #checks li, #errors li { margin-bottom: .3rem; }
  #errors { color: #b00020; }
  .para { margin: 0 0 .8rem; } .para b { font-weight: 600; color: GrayText; font-size: .8rem; margin-inline-end: .4rem; }
  .widgets > * { display: block; margin-bottom: 1.5rem; }
</style>
</head>
<body>
<main>
  <h1>Draft of <code>${title}</code></h1>
  <p id="status" role="status">Building…</p>
  <ul id="errors"></ul>
  <h2>To check first</h2>
  <ol id="checks"></ol>
  <h2>The article</h2>
  <ul class="legend" aria-label="Legend">
    <li><mark class="k-quote">quote</mark></li><li><mark class="k-actor">actor</mark></li><li><mark class="k-place">place</mark></li>
    <li><mark class="k-figure">figure</mark></li><li><mark class="k-event">event</mark></li><li><mark class="k-check">to check</mark></li>
  </ul>
  <div id="article"></div>
</main>
<aside class="widgets" aria-label="The widgets with this story">
  <sahel-story id="provider">
    <sahel-timeline></sahel-timeline>
    <actor-list></actor-list>
    <div id="quotes"></div>
  </sahel-story>
</aside>
<script type="module">
const $ = (id) => document.getElementById(id);
const el = (tag, text, cls) => { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; };
async function refresh() {
  const state = await (await fetch('/state.json', { cache: 'no-store' })).json();
  $('errors').replaceChildren(...state.errors.map((e) => el('li', e)));
  $('status').textContent = state.story ? 'Built ' + new Date(state.builtAt).toLocaleTimeString() + (state.errors.length ? '' : ': no errors') : 'The story does not build: ' + state.errors.length + ' errors';
  const checked = new Set(state.checks.map((c) => c.list + ':' + c.id));
  $('checks').replaceChildren(...state.checks.map((c) => el('li', c.list + ' ' + c.id + ': ' + c.why)));
  if (!state.story) return;
  const s = state.story;
  const spans = [];
  const add = (kind, ref, list, id) => ref && spans.push({ ...ref, kind, check: checked.has(list + ':' + id), label: list + ' ' + id });
  for (const q of s.quotes) add('quote', q.source, 'quotes', q.id);
  for (const f of s.figures) add('figure', f.source, 'figures', f.id);
  for (const e of s.events) add('event', e.source, 'events', e.id);
  for (const a of s.actors) for (const m of a.mentions) add('actor', m, 'actors', a.id);
  for (const p of s.places) for (const m of p.mentions) add('place', m, 'places', p.id);
  $('article').replaceChildren(...s.article.paragraphs.map((p) => {
    const out = el('p', undefined, 'para');
    out.lang = s.article.language;
    out.append(el('b', p.id));
    // nested marks: cut the paragraph at every span edge, and wrap each piece in the spans covering it
    const mine = spans.filter((x) => x.paragraph === p.id);
    const cuts = [...new Set([0, p.text.length, ...mine.flatMap((x) => [x.start, x.end])])].sort((a, b) => a - b);
    for (let i = 0; i + 1 < cuts.length; i++) {
      const [a, b] = [cuts[i], cuts[i + 1]];
      let node = document.createTextNode(p.text.slice(a, b));
      for (const x of mine.filter((x) => x.start <= a && b <= x.end).sort((m, n) => (n.end - n.start) - (m.end - m.start))) {
        const m = el('mark', undefined, 'k-' + x.kind + (x.check ? ' k-check' : ''));
        m.title = x.label; m.dataset.kind = x.kind; m.append(node); node = m;
      }
      out.append(node);
    }
    return out;
  }));
  $('provider').story = s;
  $('quotes').replaceChildren(...s.quotes.filter((q) => !s.quotes.some((o) => o.continues === q.id) || !q.continues).filter((q) => !q.continues).map((q) => { const c = document.createElement('quote-card'); c.setAttribute('quote', q.id); return c; }));
  document.documentElement.dataset.builtAt = String(state.builtAt);
}
refresh();
new EventSource('/events').onmessage = refresh;
</script>
</body>
</html>
`;
}
