/**
 * `sahel-widgets embed`: static iframe embed pages for one story, one page per widget, with oEmbed JSON.
 *
 * OUT/
 *   sahel-widgets.js        the bundle (copied), with the chunks it loads on demand (sahel-widgets.<lang>-<hash>.js)
 *   sahel-frame.js          the embed pages' resizer (posts the height to the parent; see scripts.ts)
 *   sahel-embed.js          for the parent page: sizes every <iframe data-sahel-embed>
 *   sahel-embed.css         the pages' one style sheet
 *   <story id>/story.json   the story, loaded by <sahel-story src> (same origin: the strict CSP holds)
 *   <story id>/<embed>.html one page per widget, with the fallback HTML inside the tag
 *   <story id>/<embed>.json its oEmbed answer (type "rich"), linked from the page for discovery
 *
 * Pages load only same-origin files and carry no inline script or style, so they pass
 * `default-src 'self'; script-src 'self'; style-src 'self'` (and the README's Trusted Types policy).
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Story } from '../../story/types.js';
import { formatProblem, validateStory } from '../../story/index.js';
import type { FallbackWidget } from '../html/index.js';
import { FallbackStyles } from './fallback.js';
import { FRAME_SCRIPT, PAGE_CSS, PARENT_SCRIPT } from './scripts.js';
import { bundleChunks } from '../bundle-chunks.js';

export { FRAME_SCRIPT, PARENT_SCRIPT } from './scripts.js';

/** The widgets an embed can show: name → tag, the attribute its id goes in, and a first height guess. */
export const EMBED_WIDGETS: Record<FallbackWidget, { tag: string; idAttribute: string | undefined; height: number; title: string }> = {
  timeline: { tag: 'sahel-timeline', idAttribute: undefined, height: 1260, title: 'Timeline' },
  list: { tag: 'actor-list', idAttribute: undefined, height: 640, title: 'Who is who' },
  figures: { tag: 'key-figures', idAttribute: undefined, height: 420, title: 'Key figures' },
  map: { tag: 'sahel-map', idAttribute: undefined, height: 520, title: 'Map' },
  relations: { tag: 'actor-relations', idAttribute: undefined, height: 640, title: 'Relations' },
  quote: { tag: 'quote-card', idAttribute: 'quote', height: 320, title: 'Quote' },
  badge: { tag: 'actor-badge', idAttribute: 'actor', height: 160, title: 'Profile' },
};
export type EmbedWidget = FallbackWidget;

export interface EmbedOptions {
  /** The story folder (holding story.json) or a story.json file. */
  story: string;
  /** Where the embeds will be served from, ending in "/": https://news.example/embeds/ */
  baseUrl: string;
  out: string;
  /** "timeline", "quote:ID", "badge:ID", …; empty for every whole-story widget the story has content for, and every quote. */
  widgets?: string[];
  /** Origins the pages post their height to (space-separated in the page); "*" by default. */
  parentOrigins?: string[];
  /** The bundle to copy (dist/sahel-widgets.js of this package by default). */
  bundle?: string;
  /** oEmbed width (640 by default). */
  width?: number;
}

export interface EmbedPage {
  /** "<story id>/<name>", also the page's file name without extension. */
  id: string;
  widget: EmbedWidget;
  url: string;
  oembedUrl: string;
  files: string[];
}

export interface EmbedResult {
  ok: boolean;
  errors: string[];
  pages: EmbedPage[];
  files: string[];
}

const here = dirname(fileURLToPath(import.meta.url));
/** dist/ of this package, from src/builder/embed (tsx) or lib/builder/embed (built): the same depth. */
export const DEFAULT_BUNDLE = resolve(here, '../../../dist/sahel-widgets.js');

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function storyFile(path: string): string {
  return existsSync(join(path, 'story.json')) ? join(path, 'story.json') : path;
}

interface Spec { name: string; widget: EmbedWidget; id?: string }

function specsOf(story: Story, asked: string[] | undefined, errors: string[]): Spec[] {
  if (!asked || asked.length === 0 || asked.includes('all')) {
    const specs: Spec[] = [];
    if (story.events.length) specs.push({ name: 'timeline', widget: 'timeline' });
    if (story.actors.length) specs.push({ name: 'list', widget: 'list' });
    if (story.figures.length) specs.push({ name: 'figures', widget: 'figures' });
    if (story.places.some((p) => p.coordinates)) specs.push({ name: 'map', widget: 'map' });
    if (story.relations.length) specs.push({ name: 'relations', widget: 'relations' });
    for (const q of story.quotes) specs.push({ name: `quote-${q.id}`, widget: 'quote', id: q.id });
    return specs;
  }
  const specs: Spec[] = [];
  for (const a of asked) {
    const [w, id] = a.split(':', 2) as [string, string | undefined];
    if (!Object.hasOwn(EMBED_WIDGETS, w)) {
      errors.push(`--widget ${a}: unknown widget (one of ${Object.keys(EMBED_WIDGETS).join(', ')}, or all)`);
      continue;
    }
    const widget = w as EmbedWidget;
    const needsId = EMBED_WIDGETS[widget].idAttribute !== undefined;
    if (needsId && !id) {
      if (widget === 'quote') for (const q of story.quotes) specs.push({ name: `quote-${q.id}`, widget, id: q.id });
      else for (const p of story.actors) specs.push({ name: `badge-${p.id}`, widget, id: p.id });
      continue;
    }
    if (!needsId && id) errors.push(`--widget ${a}: ${w} takes no id`);
    else if (widget === 'quote' && !story.quotes.some((q) => q.id === id)) errors.push(`--widget ${a}: no quote "${id}" in the story`);
    else if (widget === 'badge' && !story.actors.some((p) => p.id === id)) errors.push(`--widget ${a}: no actor "${id}" in the story`);
    else specs.push({ name: id ? `${widget}-${id}` : widget, widget, id });
  }
  return specs;
}

/** The embed page of one widget (exported for tests and for hosts that render pages themselves). */
export function embedPage(story: Story, spec: { widget: EmbedWidget; id?: string }, o: { embedId: string; oembedUrl: string; url: string; parentOrigins: string[] }, styles = new FallbackStyles()): string {
  const w = EMBED_WIDGETS[spec.widget];
  const attributes: Record<string, string> = {};
  if (w.idAttribute && spec.id) attributes[w.idAttribute] = spec.id;
  if (spec.widget === 'badge') attributes.variant = 'full';
  const attrs = Object.entries(attributes).map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join('');
  const title = `${w.title}: ${story.article.headline}`;
  const lang = story.article.language || 'en';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="canonical" href="${escapeHtml(o.url)}">
<link rel="alternate" type="application/json+oembed" href="${escapeHtml(o.oembedUrl)}" title="${escapeHtml(title)}">
<meta name="sahel-embed-id" content="${escapeHtml(o.embedId)}">
<meta name="sahel-embed-parent-origin" content="${escapeHtml(o.parentOrigins.join(' '))}">
<meta name="robots" content="noindex">
<link rel="stylesheet" href="../sahel-embed.css">
<script type="module" src="../sahel-widgets.js"></script>
<script type="module" src="../sahel-frame.js"></script>
</head>
<body>
<main>
<sahel-story src="story.json">
<${w.tag}${attrs}>
${styles.html(story, spec.widget, attributes)}
</${w.tag}>
</sahel-story>
</main>
</body>
</html>
`;
}

/** The oEmbed answer for one embed page (https://oembed.com, type "rich"). */
export function oembedJson(story: Story, spec: { widget: EmbedWidget }, o: { url: string; baseUrl: string; width: number }) {
  const w = EMBED_WIDGETS[spec.widget];
  const title = `${w.title}: ${story.article.headline}`;
  const height = w.height;
  const html = `<iframe src="${escapeHtml(o.url)}" data-sahel-embed title="${escapeHtml(title)}" width="${o.width}" height="${height}" frameborder="0" scrolling="no" loading="lazy"></iframe>`
    + `<script async src="${escapeHtml(new URL('sahel-embed.js', o.baseUrl).href)}"></script>`;
  return {
    version: '1.0',
    type: 'rich',
    title,
    ...(story.article.publisher ? { provider_name: story.article.publisher } : {}),
    ...(story.article.url && /^https?:/.test(story.article.url) ? { provider_url: new URL(story.article.url).origin } : {}),
    html,
    width: o.width,
    height,
  };
}

export function writeEmbeds(options: EmbedOptions): EmbedResult {
  const errors: string[] = [];
  let base: URL;
  try {
    base = new URL(options.baseUrl);
    if (!/^https?:$/.test(base.protocol)) throw new Error('not http(s)');
  } catch {
    return { ok: false, errors: [`--base-url ${options.baseUrl}: not an http(s) URL`], pages: [], files: [] };
  }
  if (!base.pathname.endsWith('/')) base = new URL(`${base.href}/`);
  const file = storyFile(options.story);
  let story: Story;
  try {
    const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const checked = validateStory(raw);
    if (!checked.ok) return { ok: false, errors: checked.problems.slice(0, 20).map((p) => `${file}: ${formatProblem(p)}`), pages: [], files: [] };
    story = checked.story;
  } catch (error) {
    return { ok: false, errors: [`${file}: ${(error as Error).message}`], pages: [], files: [] };
  }
  const bundle = options.bundle ?? DEFAULT_BUNDLE;
  if (!existsSync(bundle)) return { ok: false, errors: [`${bundle}: the bundle is missing (npm run build)`], pages: [], files: [] };
  const specs = specsOf(story, options.widgets, errors);
  if (errors.length) return { ok: false, errors, pages: [], files: [] };
  const parentOrigins = options.parentOrigins?.length ? options.parentOrigins : ['*'];
  for (const origin of parentOrigins) {
    if (origin !== '*' && (() => { try { return new URL(origin).origin !== origin; } catch { return true; } })()) {
      return { ok: false, errors: [`--parent-origin ${origin}: not an origin (scheme://host[:port], or *)`], pages: [], files: [] };
    }
  }
  const width = options.width ?? 640;
  const out = options.out;
  const files: string[] = [];
  const write = (rel: string, text: string | Buffer) => {
    const path = join(out, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    files.push(path);
  };
  mkdirSync(out, { recursive: true });
  copyFileSync(bundle, join(out, 'sahel-widgets.js'));
  files.push(join(out, 'sahel-widgets.js'));
  // the chunks it loads on demand (the fr, ha, ar strings), beside it
  for (const chunk of bundleChunks(bundle)) {
    copyFileSync(join(dirname(bundle), chunk), join(out, chunk));
    files.push(join(out, chunk));
  }
  write('sahel-frame.js', FRAME_SCRIPT);
  write('sahel-embed.js', PARENT_SCRIPT);
  write(`${story.id}/story.json`, `${JSON.stringify(story)}\n`);
  const pages: EmbedPage[] = [];
  const styles = new FallbackStyles();
  for (const spec of specs) {
    const id = `${story.id}/${spec.name}`;
    const url = new URL(`${id}.html`, base).href;
    const oembedUrl = new URL(`${id}.json`, base).href;
    write(`${id}.html`, embedPage(story, spec, { embedId: id, url, oembedUrl, parentOrigins }, styles));
    write(`${id}.json`, `${JSON.stringify(oembedJson(story, spec, { url, baseUrl: base.href, width }), null, 2)}\n`);
    pages.push({ id, widget: spec.widget, url, oembedUrl, files: [join(out, `${id}.html`), join(out, `${id}.json`)] });
  }
  write('sahel-embed.css', `${PAGE_CSS}${styles.css()}\n`);
  return { ok: true, errors: [], pages, files };
}
