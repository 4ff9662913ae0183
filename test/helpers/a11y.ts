/**
 * Helpers for the checks axe cannot do (issue 18): what a screen reader would read from a subtree, colour
 * contrast computed from the rendered styles (through shadow roots, with translucent backgrounds composited),
 * and the Chromium-only commands of scripts/test/a11y-commands.mjs.
 */
import { executeServerCommand } from '@web/test-runner-commands';
import type { Story } from '../../src/story/types.js';

/** The parent in the flat tree: the slot a node is assigned to, else its parent, else its shadow root's host. */
export function flatParent(node: Node): Element | null {
  if (node instanceof Element && node.assignedSlot) return node.assignedSlot;
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/** The children in the flat tree: a host's shadow root's children, a slot's assigned nodes, else the children. */
function flatChildren(node: Node): Node[] {
  if (node instanceof HTMLSlotElement) {
    const assigned = node.assignedNodes({ flatten: true });
    return assigned.length ? assigned : [...node.childNodes];
  }
  if (node instanceof Element && node.shadowRoot) return [...node.shadowRoot.childNodes];
  return [...node.childNodes];
}

const hiddenFromAT = (el: Element) => {
  if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
  const style = getComputedStyle(el);
  return style.display === 'none' || style.visibility === 'hidden';
};

/**
 * What a screen reader reads from `node`, in the way engines build names from content: text nodes joined as
 * they are, with a space around elements laid out as blocks (not around absolutely positioned ones, which
 * engines join to their neighbours: the cause of "2024100 Russian instructors"); aria-hidden, hidden and
 * undisplayed subtrees skipped; shadow roots and slots followed; `aria-label` taking the place of content.
 */
export function spoken(node: Node): string {
  const walk = (n: Node): string => {
    if (n.nodeType === Node.TEXT_NODE) return n.textContent ?? '';
    if (!(n instanceof Element)) return '';
    if (n instanceof HTMLStyleElement || n instanceof SVGElement) return '';
    if (hiddenFromAT(n)) return '';
    const label = n.getAttribute('aria-label');
    const inner = label ?? flatChildren(n).map(walk).join('');
    const style = getComputedStyle(n);
    const block = style.display !== 'inline' && style.display !== 'contents' && style.position !== 'absolute';
    return block ? ` ${inner} ` : inner;
  };
  return walk(node).replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();
}

/** The element that has the focus, through shadow roots. */
export function deepActive(): Element | null {
  let el = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el;
}

/** Every element under `root`, through shadow roots (not slots: slotted nodes are visited in the light tree). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (n: ParentNode) => {
    for (const el of n.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Every text node under `root` with letters or digits, through shadow roots. */
export function deepTexts(root: ParentNode): Text[] {
  const out: Text[] = [];
  const visit = (n: Node) => {
    for (const c of n.childNodes) {
      if (c.nodeType === Node.TEXT_NODE && /[\p{L}\p{N}]/u.test(c.textContent ?? '')) out.push(c as Text);
      else visit(c);
    }
    if (n instanceof Element && n.shadowRoot) visit(n.shadowRoot);
  };
  visit(root as Node);
  return out;
}

export type RGBA = [number, number, number, number];
const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

/** Any CSS colour the engine resolves (rgb(), color(srgb …), color-mix results) as 8-bit RGBA, by painting it. */
export function rgba(color: string): RGBA {
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  // getImageData un-premultiplies: for a fully transparent pixel the channels are meaningless
  return [r, g, b, a / 255];
}

/** `top` composited over the opaque `below`. */
export const over = ([r, g, b, a]: RGBA, [R, G, B]: RGBA): RGBA => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1];

/** The opaque colour behind `el`: its background and its flat-tree ancestors', composited; `page` at the bottom. */
export function backgroundOf(el: Element, page: RGBA = [255, 255, 255, 1]): RGBA {
  const layers: RGBA[] = [];
  for (let e: Element | null = el; e; e = flatParent(e)) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c[3] > 0) layers.push(c);
    if (c[3] >= 1) break;
  }
  return layers.reduceRight((below, layer) => over(layer, below), page);
}

const luminance = ([r, g, b]: RGBA) => {
  const f = (v: number) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
};

/** WCAG contrast ratio of two opaque colours. */
export const contrast = (a: RGBA, b: RGBA) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

/** The contrast of `el`'s text on what is behind it, and the WCAG minimum for its size (3 for large text). */
export function textContrast(el: Element, page?: RGBA): { ratio: number; min: number; fg: RGBA; bg: RGBA } {
  const style = getComputedStyle(el);
  const bg = backgroundOf(el, page);
  const fg = over(rgba(style.color), bg);
  const size = parseFloat(style.fontSize);
  const large = size >= 24 || (size >= 18.66 && +style.fontWeight >= 700);
  return { ratio: contrast(fg, bg), min: large ? 3 : 4.5, fg, bg };
}

/** A colour expression (`var(--_line)`, `light-dark(…)`, `Highlight`) as resolved inside `el` (an HTML element). */
export function resolveColor(el: Element, expression: string): RGBA {
  const probe = document.createElement('span');
  probe.style.color = expression;
  el.append(probe);
  const color = rgba(getComputedStyle(probe).color);
  probe.remove();
  return color;
}

/**
 * The contrast of a non-text part (a border, an outline, a fill, a stroke) of colour `fg` (translucent: composited,
 * with `opacity` on top) against each colour next to it: the lowest of them (WCAG 1.4.11 wants ≥ 3:1).
 */
export function partContrast(fg: RGBA, adjacent: RGBA[], opacity = 1): number {
  return Math.min(...adjacent.map((bg) => contrast(over([fg[0], fg[1], fg[2], fg[3] * opacity], bg), bg)));
}

/** Chromium: the page's accessibility tree as transcript lines (CDP); null in Firefox. */
export const axTree = async () => (await executeServerCommand<string, undefined>('ax-tree')) || null;

/** Chromium: emulates forced colours (CDP) and returns true; false in Firefox, which cannot. */
export const emulateForcedColors = (active: boolean) => executeServerCommand<boolean, { active: boolean }>('forced-colors', { active });

/** The committed transcript `name` (test/a11y-transcripts/<name>.txt); `UPDATE_TRANSCRIPTS=1` rewrites it with `text` first. */
export const committedTranscript = async (name: string, text: string) =>
  (await executeServerCommand<string, { name: string; text: string }>('transcript', { name, text })) || null;

/** The span of `words` in paragraph `paragraph` of `story` (throws if they are not there). */
export function span(story: Story, paragraph: string, words: string) {
  const start = story.article.paragraphs.find((p) => p.id === paragraph)!.text.indexOf(words);
  if (start < 0) throw new Error(`"${words}" is not in ${paragraph}`);
  return { paragraph, start, end: start + words.length };
}

/**
 * The mini story with what the audit needs: a quote by the anonymous engineer, the engineer among the actors
 * of the public hearings (so "Unnamed" shows inside an event), and a date from outside the article with a note.
 */
export function auditStory(base: Story): Story {
  const story = structuredClone(base);
  story.actors.find((a) => a.id === 'canada')!.country = 'CA';
  const words = 'the route had been chosen after a week of public hearings';
  story.quotes.push({ id: 'engineer-route', text: words, speaker: 'council-engineer', medium: 'spoken', source: span(story, 'p4', words) });
  story.events.find((e) => e.id === 'public-hearings')!.actors.push('council-engineer');
  story.events.push({
    id: 'study',
    title: 'First route study',
    when: { edtf: '2016', start: '2016-01-01', end: '2016-12-31', precision: 'year', basis: 'external', note: 'City archives' },
    actors: ['canada'],
    places: [],
    source: span(story, 'p1', 'first proposed around 2009'),
  });
  return story;
}
