/**
 * Renders of many widgets spread across tasks, so that a page with hundreds of them never blocks its reader
 * (issue 19: no task over 100 ms with 200 widgets). Lit renders every element whose update is due in the
 * same task, one microtask after another: 200 widgets upgraded by one `customElements.define`, or told at
 * once that the story has arrived, are one task of a second or more on a phone.
 *
 * Each widget asks {@link renderSlot} before it renders (`holdForStrings` does, for every element). Within
 * the first {@link RENDER_BUDGET_MS} ms of a task's renders it renders at once, as before (and its first render starts
 * the watch on where it is, {@link watch}). Past that budget, a
 * widget that starts below the viewport waits for a later task, where the renders queued behind it go on in
 * document order with a new budget; a widget in or above the viewport renders at once whatever the budget,
 * so that the first paint shows every widget the reader sees (no layout shift: what moves later is below the
 * fold), and a reader who scrolls meets rendered widgets as soon as the page can render them.
 */
import { nextTask } from '../story/slices.js';

/** Milliseconds of renders per task before widgets below the viewport wait for the next one. */
export const RENDER_BUDGET_MS = 50;

/** When the current task's first render asked for a slot; -1 between tasks. */
let started = -1;
/** The widgets waiting, in the order they asked. */
let queue: (() => void)[] = [];

/**
 * Marks the end of the current task, so the next task's renders get a budget of their own; with no widget waiting,
 * the observer lets go of the widgets it watched (a removed one must not stay alive through it).
 */
const endOfTask = () =>
  void nextTask().then(() => {
    started = -1;
    if (!queue.length) settle();
  });

/**
 * For a widget that waited because it was below the viewport: the browser neither lays it out nor paints it while it
 * is far from the viewport (`content-visibility: auto`). The frames between slices were spending more time laying
 * out and painting the widgets just rendered below the viewport than the renders took (busy page, 200 widgets:
 * main-thread CPU about halved). It stays in the accessibility tree, in find-in-page and in print; while skipped it
 * is as high as it last was (16rem before its first layout); the clip that paint containment brings is moved out past
 * a focus ring. Also a widget that renders within the budget when the last frame saw it below the viewport (it was
 * watched since its first render). Only such widgets: one in view, or one never seen yet (just inserted), is laid out
 * as before (a script may measure it or click into it at once), and so is one with fallback HTML (issue 16: the upgrade
 * keeps its height, which a 16rem placeholder would not). A page's own rule on the element (`content-visibility:
 * visible`) wins.
 */
let offscreen: CSSStyleSheet | undefined;
/** The one constant sheet {@link skipWhileOffscreen} adopts (no data in it; exported for the tests that audit run-time CSS). */
export function offscreenSheet(): CSSStyleSheet {
  if (!offscreen) {
    offscreen = new CSSStyleSheet();
    offscreen.replaceSync(
      ':host{content-visibility:auto;contain-intrinsic-size:auto none auto 16rem;overflow-clip-margin:.5rem}@media print{:host{content-visibility:visible}}',
    );
  }
  return offscreen;
}
function skipWhileOffscreen(host: Element): void {
  const root = host.shadowRoot;
  // a widget the page pre-rendered (fallback HTML in its light DOM) keeps the height that fallback promised
  if (!root || !('adoptedStyleSheets' in root) || host.firstElementChild) return;
  const sheet = offscreenSheet();
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

/** Releases the waiting widgets in a new task: each asks again, and past the new budget waits again, in order. */
function release(): void {
  const waiting = queue;
  queue = [];
  started = performance.now();
  endOfTask();
  // the released widgets ask again in the microtasks after this; at this task's end (`endOfTask`), either some wait
  // again or all are done and the observer lets go
  for (const go of waiting) go();
}

/** The page-level element a widget sits in (itself, or the host of the shadow roots around it). */
const outermost = (node: Element): Element => {
  for (let root = node.getRootNode(); root instanceof ShadowRoot; root = node.getRootNode()) node = root.host;
  return node;
};

/**
 * The first widget found below the viewport while widgets wait: those after it in the page wait too, with no layout
 * (the renders above it only push it further down; a frame's IntersectionObserver report, in `seen`, comes first).
 */
let below: Element | null = null;
/** Where each page-level widget was at the last frame it was seen in (below the viewport or not). */
let seen = new WeakMap<Element, boolean>();
/**
 * Widgets watched since their first render whose first report has not come yet. The observer holds them (and this set
 * does) only until that report, one frame later: a removed widget is not kept alive by them.
 */
const pending = new Set<Element>();
let observer: IntersectionObserver | null = null;

function observe(top: Element): void {
  observer ??= new IntersectionObserver((entries) => {
    for (const e of entries) {
      seen.set(e.target, !e.isIntersecting && e.boundingClientRect.top > (e.rootBounds?.bottom ?? innerHeight));
      // a first report is all a widget that does not wait needs; while widgets wait, each is followed frame by frame
      if (pending.delete(e.target) && !queue.length) observer?.unobserve(e.target);
    }
    if (!queue.length && !pending.size) letGo();
  });
  observer.observe(top);
}

/**
 * A widget's first render starts the watch on where it is, at no cost (no layout: the next frame's report tells), so
 * that when the story arrives, or many widgets render at once later, the widgets known to be below the viewport wait
 * without a layout. The renders that come with a story arriving follow the order the elements were defined in, not the
 * page's, so the budget may be spent below the viewport before the widgets in view ask; measuring each of those would
 * lay out the whole page in the middle of the task (busy page, 200 widgets: a 50–70 ms layout in its longest task).
 */
function watch(top: Element): void {
  if (pending.has(top) || seen.has(top) || typeof IntersectionObserver !== 'function') return;
  pending.add(top);
  observe(top);
}

/**
 * Whether a widget is below the viewport, as far as is known without a layout: what the last frame saw of it, or
 * (`inOrder`) that it follows in the page a widget found below the viewport while widgets wait; `undefined` when unknown.
 * A widget that renders below the viewport in a busy page need not measure itself at once (`<sahel-map>`'s first
 * width): nothing the reader sees moves when it changes later.
 */
export function knownBelow(host: Element, top = outermost(host), inOrder = false): boolean | undefined {
  const known = seen.get(top);
  if (known !== undefined || !inOrder) return known;
  if (below?.isConnected && (below === top || below.compareDocumentPosition(top) & Node.DOCUMENT_POSITION_FOLLOWING)) return true;
  return undefined;
}

/**
 * Whether a widget starts below the viewport. The last frame tells, once it has seen the widget (an
 * IntersectionObserver, kept while widgets wait); before that, the widgets that follow one found below the
 * viewport in the page are taken to be below it too; else one layout tells. A layout before each render
 * would cost more than the renders.
 */
function belowViewport(host: Element): boolean {
  const top = outermost(host);
  const known = knownBelow(host, top);
  if (known !== undefined) return known;
  observe(top);
  if (knownBelow(host, top, true)) return true;
  if (top.getBoundingClientRect().top <= innerHeight) return false;
  below = top;
  return true;
}

/**
 * Once no widget waits: what was seen is forgotten (the next busy moment starts afresh), and nothing is observed any
 * more but the widgets whose first report is still to come.
 */
function settle(): void {
  seen = new WeakMap();
  below = null;
  // a widget removed before its first report may never get one
  for (const top of pending) {
    if (top.isConnected) continue;
    pending.delete(top);
    observer?.unobserve(top);
  }
  if (!pending.size) letGo();
}
function letGo(): void {
  observer?.disconnect();
  observer = null;
}

/**
 * `null` when `host` may render now; else a promise that resolves when it may ask again (a later task).
 * Every render of a widget asks, not only its first: the arrival of a story re-renders every widget at once.
 */
export function renderSlot(host: Element): Promise<void> | null {
  const now = performance.now();
  if (started < 0) {
    started = now;
    endOfTask();
  }
  if (!host.isConnected) return null;
  if (now - started < RENDER_BUDGET_MS) {
    const top = outermost(host);
    if (knownBelow(host, top)) skipWhileOffscreen(host);
    else watch(top);
    return null;
  }
  if (!belowViewport(host)) return null;
  skipWhileOffscreen(host);
  return new Promise((resolve) => {
    if (!queue.length) void nextTask().then(release);
    queue.push(resolve);
  });
}
