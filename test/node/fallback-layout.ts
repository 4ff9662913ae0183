/**
 * Measures, in Chromium, each widget's box with its fallback HTML (before the bundle loads) and after the
 * element upgraded (issue 16: upgrading must shift nothing). Shared by test/node/fallback-height.test.ts and
 * `tsx test/node/fallback-layout.ts [story-dir…]`, which prints the table.
 * Needs `npm run build` first (dist/sahel-widgets.js).
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { bundleChunks } from '../../src/builder/bundle-chunks.js';
import { FALLBACK_TAGS, escapeHtml, fallbackHtml } from '../../src/builder/html/index.js';
import type { FallbackWidget } from '../../src/builder/html/index.js';
import type { Story } from '../../src/story/types.js';

const repo = resolve(import.meta.dirname, '../..');
export const BUNDLE = resolve(repo, 'dist/sahel-widgets.js');

export interface Case {
  name: string;
  widget: FallbackWidget;
  attributes: Record<string, string>;
  /** Inline widgets are measured in a paragraph of text (its height), and by their own width. */
  inline?: boolean;
}

/** The widget kinds and main variants, with ids taken from the story (nothing here knows one article). */
export function casesFor(story: Story): Case[] {
  const quote = story.quotes.find((q) => !q.continues) ?? story.quotes[0];
  const actor = story.actors.find((a) => a.role) ?? story.actors[0];
  const figure = story.figures[0];
  const cases: Case[] = [
    { name: 'timeline auto', widget: 'timeline', attributes: { layout: 'auto' } },
    { name: 'timeline auto compact', widget: 'timeline', attributes: { layout: 'auto', compact: '' } },
    { name: 'timeline horizontal', widget: 'timeline', attributes: { layout: 'horizontal' } },
    { name: 'timeline vertical', widget: 'timeline', attributes: {} },
    { name: 'actor-list', widget: 'list', attributes: {} },
    { name: 'actor-list by name, h4', widget: 'list', attributes: { sort: 'name', 'heading-level': '4' } },
    { name: 'sahel-map', widget: 'map', attributes: {} },
    { name: 'actor-relations', widget: 'relations', attributes: {} },
    { name: 'actor-relations list', widget: 'relations', attributes: { layout: 'list' } },
    { name: 'actor-relations diagram', widget: 'relations', attributes: { layout: 'diagram' } },
    { name: 'key-figures cards', widget: 'figures', attributes: {} },
    { name: 'key-figures list', widget: 'figures', attributes: { variant: 'list' } },
  ];
  if (quote) for (const variant of ['card', 'compact', 'pull']) cases.push({ name: `quote-card ${variant}`, widget: 'quote', attributes: { quote: quote.id, variant } });
  // a partial quote is shown inside the reporter's sentence, under a label (quote-words.ts)
  const partial = story.quotes.find((q) => q.partial && !q.continues && !story.quotes.some((n) => n.continues === q.id));
  if (partial) for (const variant of ['card', 'compact', 'pull']) cases.push({ name: `quote-card partial ${variant}`, widget: 'quote', attributes: { quote: partial.id, variant } });
  if (figure) cases.push({ name: 'key-figures inline', widget: 'figures', attributes: { figure: figure.id, variant: 'inline' }, inline: true });
  // a disputed figure: its group alone (cards and list), and inline with its "(disputed)" note
  const disputed = story.figures.find((f) => f.contests?.length);
  if (disputed) {
    cases.push({ name: 'key-figures cards, one group', widget: 'figures', attributes: { figure: disputed.id } });
    cases.push({ name: 'key-figures list, one group', widget: 'figures', attributes: { figure: disputed.id, variant: 'list' } });
    cases.push({ name: 'key-figures inline, disputed', widget: 'figures', attributes: { figure: disputed.id, variant: 'inline' }, inline: true });
  }
  // the most connected actor's own relations (its ego network, titled with its name)
  const degree = (id: string) => story.relations.filter((r) => (r.from === id && !r.fromKind) || (r.to === id && !r.toKind)).length;
  const ego = [...story.actors].sort((a, b) => degree(b.id) - degree(a.id))[0];
  if (ego && degree(ego.id)) cases.push({ name: 'actor-relations of an actor', widget: 'relations', attributes: { actor: ego.id } });
  if (actor) for (const variant of ['chip', 'text']) cases.push({ name: `actor-badge ${variant}`, widget: 'badge', attributes: { actor: actor.id, variant }, inline: true });
  return cases;
}

const attrText = (a: Record<string, string>) => Object.entries(a).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');

/** An article-like page: each case in its own block, the story as the page default, no script yet. */
export function casePage(story: Story, cases: Case[], font = '1.125rem/1.6 Georgia, serif'): string {
  const json = JSON.stringify(story).replace(/</g, '\\u003c');
  const blocks = cases.map((c, i) => {
    const tag = FALLBACK_TAGS[c.widget];
    const el = `<${tag}${attrText(c.attributes)}>${fallbackHtml(story, c.widget, c.attributes)}</${tag}>`;
    return c.inline
      ? `<p class="case" id="c${i}">As the report says, ${el}, and the sentence goes on for a while so that it wraps onto a second line in a narrow column like a phone's.</p>`
      : `<div class="case" id="c${i}">${el}</div>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>fallback heights</title>
<style>body { margin: 0; padding: 1rem; font: ${font}; } .case { margin: 0 0 2rem; display: flow-root; }</style></head>
<body><sahel-story page-default><script type="application/json">${json}</script></sahel-story>${blocks.join('\n')}</body></html>`;
}

export interface Measure {
  name: string;
  width: number;
  before: number;
  after: number;
  /** Inline widgets: the element's own width before and after. */
  inlineBefore?: number;
  inlineAfter?: number;
}

const BOXES = `(() => [...document.querySelectorAll('.case')].map((c) => {
  const el = c.firstElementChild?.localName === 'sahel-story' ? c.firstElementChild.firstElementChild : c.querySelector('sahel-timeline,quote-card,actor-badge,actor-list,key-figures,sahel-map,actor-relations');
  return [c.getBoundingClientRect().height, el.getBoundingClientRect().width];
}))()`;

const UPGRADE = `(async () => {
  const s = document.createElement('script');
  s.type = 'module';
  s.src = '/sahel-widgets.js';
  document.head.append(s);
  const tags = ['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list', 'key-figures', 'sahel-map', 'actor-relations'];
  await Promise.all(tags.map((t) => customElements.whenDefined(t)));
  const story = document.querySelector('sahel-story');
  for (let i = 0; i < 200 && story?.state?.status !== 'ready'; i++) await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 3; i++) await Promise.all([...document.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('*') : [])]).map((e) => e.updateComplete));
  await document.fonts.ready;
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 300));
  return story?.state?.status;
})()`;

/** Before/after boxes of every case at each viewport width, one fresh page per width. */
export async function measure(browser: Browser, story: Story, widths: number[], cases = casesFor(story)): Promise<Measure[]> {
  const page = casePage(story, cases);
  const bundle = readFileSync(BUNDLE);
  const chunks = bundleChunks(BUNDLE);
  const server = createServer((req, res) => {
    if (req.url === '/sahel-widgets.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    // the chunks it loads on demand (the embedded story, the fr, ha, ar strings), beside it
    if (chunks.includes(req.url?.slice(1) ?? '')) return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(readFileSync(resolve(BUNDLE, '..', req.url!.slice(1))));
    if (req.url === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const out: Measure[] = [];
  try {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      try {
        const tab = await context.newPage();
        const errors: string[] = [];
        tab.on('pageerror', (e) => errors.push(e.message));
        await tab.goto(`${origin}/`);
        await tab.evaluate('document.fonts.ready');
        const before = (await tab.evaluate(BOXES)) as [number, number][];
        const status = await tab.evaluate(UPGRADE);
        if (status !== 'ready' || errors.length) throw new Error(`story ${String(status)}; ${errors.join('; ')}`);
        const after = (await tab.evaluate(BOXES)) as [number, number][];
        cases.forEach((c, i) =>
          out.push({
            name: c.name,
            width,
            before: before[i][0],
            after: after[i][0],
            ...(c.inline ? { inlineBefore: before[i][1], inlineAfter: after[i][1] } : {}),
          }),
        );
      } finally {
        await context.close();
      }
    }
  } finally {
    server.close();
  }
  return out;
}

export const launch = () => chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });

export const loadStory = (dir: string) => JSON.parse(readFileSync(resolve(repo, 'data', dir, 'story.json'), 'utf8')) as Story;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['niamey-protests-2024', 'lokoja-flood-2025'];
  const browser = await launch();
  try {
    for (const dir of dirs) {
      console.log(`\n${dir}`);
      for (const m of await measure(browser, loadStory(dir), [1280, 390])) {
        const d = m.after - m.before;
        const w = m.inlineBefore === undefined ? '' : `  width ${m.inlineBefore.toFixed(1)} → ${m.inlineAfter!.toFixed(1)}`;
        console.log(`${m.name.padEnd(24)} ${String(m.width).padStart(4)} px: ${m.before.toFixed(1).padStart(7)} → ${m.after.toFixed(1).padStart(7)}  Δ ${d.toFixed(1).padStart(7)} (${((100 * d) / (m.after || 1)).toFixed(1)}%)${w}`);
      }
    }
  } finally {
    await browser.close();
  }
}
