/**
 * One render queue for every widget of the page (issue 19): a page with hundreds of widgets renders them
 * in slices of about {@link renderQueue}`.budget` milliseconds, yielding to the browser between slices
 * (`scheduler.yield()` where it exists, else a `MessageChannel` task), instead of in one long task.
 * Widgets in or near the viewport go first (an `IntersectionObserver`), then the others in the order
 * they asked.
 *
 * Every element defined with `customElement()` (`./custom-element.ts`) goes through it for its first
 * render, and for a re-render its story asked for (`deferUpdate()`: the story arrived, or changed);
 * other updates (a click, a property set by script) run at once, as in plain Lit. `updateComplete`
 * keeps its meaning: it resolves once the queued render has run.
 *
 * Until its turn a widget shows what it showed before it was defined: its shadow root holds only a
 * `<slot>` and no styles, so its light-DOM fallback (`npx sahel-widgets html`) stays in place and
 * nothing shifts between the upgrade and the first render. A server-rendered widget (declarative shadow
 * DOM) is not queued: it hydrates at once, as in plain Lit, while its state is still the one the server
 * rendered (a later story or layout change would no longer match the server's DOM). A widget removed before its turn is not rendered;
 * it is queued again when it is put back.
 *
 * Widgets a widget renders in its own shadow root (the badges of `<actor-list>`) are not queued: they
 * render in the same task as their parent, so it is never painted half-built.
 */

type Job = {
  el: HTMLElement;
  run: () => void;
  /** 0 in or near the viewport (within its height above or below), 1 not yet known, 2 far. */
  rank: 0 | 1 | 2;
  done: boolean;
};

type Held = { sheets: CSSStyleSheet[]; nodes: Node[]; slot: HTMLSlotElement };

const lists: [Job[], Job[], Job[]] = [[], [], []];
const heads = [0, 0, 0];
const jobs = new Map<HTMLElement, Job>();
/** Widgets removed before their turn, with what to run once they are back (weak: one never put back is forgotten). */
const parked = new WeakMap<HTMLElement, Job>();
const held = new WeakMap<ShadowRoot, Held>();
const deferred = new WeakSet<HTMLElement>();
let running = false;
let observer: IntersectionObserver | undefined;

type Scheduler = { yield?: () => Promise<void> };

/** Gives the browser the main thread once: a task boundary, so it can paint and handle input. */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const { port1, port2 } = new MessageChannel();
      port1.onmessage = () => {
        port1.close();
        resolve();
      };
      port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = () => performance.now();

/** The queue's settings and state, for tests and for pages that want other slices. */
export const renderQueue = {
  /** Milliseconds of rendering per slice before the queue yields (a slice always renders at least one widget). */
  budget: 30,
  /** Longest slice: where the browser's frames between slices take longer than `budget`, slices grow to match them, up to this. */
  maxBudget: 80,
  /** Widgets waiting for their turn (not counting those removed from the page). */
  get size(): number {
    return jobs.size;
  },
  /** Resolves once the queue is empty and idle (every queued widget that is on the page has rendered). */
  async settled(): Promise<void> {
    do await yieldToMain();
    while (running || jobs.size);
  },
};

function observe(job: Job): void {
  if (typeof IntersectionObserver !== 'function') return;
  // "near": within one viewport height above or below
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        const job = jobs.get(entry.target as HTMLElement);
        if (!job || job.done) continue;
        const rank = entry.isIntersecting ? 0 : 2;
        if (rank === job.rank) continue;
        // move it: the old entry is skipped as done, a copy goes to its new list
        job.done = true;
        const moved: Job = { ...job, rank, done: false };
        jobs.set(job.el, moved);
        lists[rank].push(moved);
      }
    },
    { rootMargin: '100% 0px' },
  );
  observer.observe(job.el);
}

/**
 * Sorts the widgets queued since the last slice into near and far, reading their boxes in one batch (one
 * layout, which the page's next frame needs anyway); the observer then follows scrolling.
 */
function classify(): void {
  const list = lists[1];
  if (heads[1] >= list.length || typeof innerHeight !== 'number') return;
  const h = innerHeight;
  for (let i = heads[1]; i < list.length; i++) {
    const job = list[i];
    if (job.done) continue;
    const r = job.el.getBoundingClientRect();
    job.rank = r.bottom >= -h && r.top <= 2 * h ? 0 : 2;
    lists[job.rank].push(job);
  }
  list.length = heads[1] = 0;
}

function next(): Job | undefined {
  for (let r = 0; r < 3; r++) {
    const list = lists[r];
    while (heads[r] < list.length) {
      const job = list[heads[r]++];
      if (!job.done) return job;
    }
    list.length = heads[r] = 0;
  }
  return undefined;
}

/** A few microtask turns: long enough for the widgets a render created to render too (they follow their parent at once). */
async function settleMicrotasks(): Promise<void> {
  for (let i = 0; i < 4; i++) await undefined;
}

/**
 * How long the browser took between two slices (its frame: style, layout, paint of what the slice
 * changed, and any other task), smoothed. A page whose frames are long gets longer slices (up to
 * `renderQueue.maxBudget`), so that its frames do not outnumber and outweigh the rendering itself.
 */
let gap = 0;

async function drain(): Promise<void> {
  running = true;
  try {
    await yieldToMain();
    for (;;) {
      classify();
      const start = now();
      const end = start + Math.min(renderQueue.maxBudget, Math.max(renderQueue.budget, gap));
      let job = next();
      if (!job) break;
      do {
        job.done = true;
        jobs.delete(job.el);
        observer?.unobserve(job.el);
        if (!job.el.isConnected) {
          parked.set(job.el, job);
        } else {
          job.run();
          await settleMicrotasks();
        }
      } while (now() < end && (job = next()));
      const paused = now();
      await yieldToMain();
      gap = 0.5 * gap + 0.5 * (now() - paused);
    }
  } finally {
    running = false;
    gap = 0;
  }
}

function add(job: Job): void {
  jobs.set(job.el, job);
  lists[job.rank].push(job);
  observe(job);
  if (!running) void drain();
}

/** Whether a shadow root holds more than styles: the server's (declarative shadow DOM), which hydrates. */
function serverRendered(root: ShadowRoot): boolean {
  if (held.has(root)) return false;
  for (const node of root.childNodes) if (!(node instanceof HTMLStyleElement)) return true;
  return false;
}

/**
 * Hides a fresh shadow root's (empty) content and styles until the first render, so the light DOM shows
 * through. Called when a queued element is connected, before its first render. @internal
 */
export function hold(el: HTMLElement): void {
  const root = el.shadowRoot;
  if (!root || held.has(root)) return;
  if (serverRendered(root)) return;
  const sheets = [...root.adoptedStyleSheets];
  const nodes = [...root.childNodes];
  for (const node of nodes) node.remove();
  root.adoptedStyleSheets = [];
  const slot = document.createElement('slot');
  root.append(slot);
  held.set(root, { sheets, nodes, slot });
}

/** Undoes {@link hold} (nothing if the element's shadow root is not held): called just before a render. @internal */
export function release(el: HTMLElement): void {
  const root = el.shadowRoot;
  const h = root && held.get(root);
  if (!h || !root) return;
  held.delete(root);
  h.slot.remove();
  root.prepend(...h.nodes);
  root.adoptedStyleSheets = h.sheets;
}

/** Whether `el` sits in the shadow root of a widget that goes through the queue (it then renders with its parent). @internal */
export function insideWidget(el: HTMLElement, isWidget: (host: Element) => boolean): boolean {
  const root = el.getRootNode();
  return root instanceof ShadowRoot && isWidget(root.host);
}

/**
 * Queues `el`'s render: `run` (the element's own `scheduleUpdate`) is called in a slice, and the
 * returned promise settles with it. Called by the elements' `scheduleUpdate` (see `custom-element.ts`).
 * @internal
 */
export function queueRender(el: HTMLElement & { hasUpdated: boolean }, run: () => unknown): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const job: Job = {
      el,
      rank: 1,
      done: false,
      run: () => {
        // this render takes in whatever asked to be deferred since it was queued
        deferred.delete(el);
        release(el);
        try {
          resolve(run());
        } catch (error) {
          reject(error);
        }
      },
    };
    add(job);
  });
}

/**
 * Whether an update of `el` goes through the queue: its first render (unless it hydrates server-rendered
 * DOM), or one its story asked to defer; never for a widget inside another widget's shadow root (those
 * render with their parent).
 * @internal
 */
export function shouldQueue(el: HTMLElement & { hasUpdated: boolean }, isWidget: (host: Element) => boolean): boolean {
  const wanted = el.hasUpdated ? deferred.has(el) : !(el.shadowRoot && serverRendered(el.shadowRoot));
  deferred.delete(el);
  return wanted && !insideWidget(el, isWidget);
}

/**
 * Asks that `el`'s next update wait for its turn in the queue (a re-render as big as a first one: the
 * story arrived or changed). Updates for anything else still run at once.
 */
export function deferUpdate(el: HTMLElement): void {
  deferred.add(el);
}

/** Called when a queued element is connected again: a widget removed before its turn gets back in the queue. @internal */
export function reconnected(el: HTMLElement): void {
  const job = parked.get(el);
  if (!job) return;
  parked.delete(el);
  add({ ...job, rank: 1, done: false });
}
