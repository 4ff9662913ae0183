import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatFuzzyDate } from '../story/fuzzy-date.js';
import type { FuzzyDateStyle } from '../story/fuzzy-date.js';
import type { FuzzyDate } from '../story/types.js';
import { en } from './i18n/en.js';
import { hasStrings, loadStrings, stringsFor } from './i18n/strings.js';
import { renderSlot } from './render-slices.js';
import type { Strings } from './i18n/strings.js';

type Host = ReactiveControllerHost & HTMLElement;

/** The parent of a node, or the host of a shadow root: the path `lang` is inherited along. */
const up = (node: Node): Node | null => node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);

/**
 * The language of a node: the `lang` of its nearest ancestor (itself included) that has one,
 * crossing shadow roots to their hosts; else `<html lang>`; else `en`. An empty `lang` means
 * "unknown" in HTML, which we read as English.
 */
export function langOf(node: Node): string {
  for (let n: Node | null = node; n; n = up(n)) {
    if (n instanceof Element && n.hasAttribute('lang')) return n.getAttribute('lang') || 'en';
  }
  return document.documentElement.lang || 'en';
}

const controllers = new Set<LocaleController>();
const watched: MutationObserverInit = { attributes: true, attributeFilter: ['lang'], subtree: true };
let observer: MutationObserver | null = null;
/** What `observer` watches already: the document and the shadow roots widgets sit in, each observed once. */
let observed = new WeakSet<Node>();

/** Has the page's observer watch `root` (once: a busy page has thousands of widgets in a few hundred roots). */
function watch(root: Document | ShadowRoot): void {
  if (observed.has(root)) return;
  observed.add(root);
  observer?.observe(root, watched);
}

/**
 * A widget's language and UI strings, from the nearest `lang` (see `langOf`). The host re-renders
 * when a `lang` attribute changes anywhere above it: one `MutationObserver` for the whole page
 * serves every widget (it also watches the shadow roots a widget sits in, each root once however many
 * widgets it holds), and is disconnected when no widget is connected.
 *
 * A language other than English is loaded on first use (`loadStrings`). Until it arrives, `lang` and
 * `strings` keep their previous values (English at first, never a mix of two languages) and `pending`
 * is the load: a host that returns it from `scheduleUpdate` (see `holdForStrings`) renders nothing
 * until its language is there, so neither readers nor assistive technology meet a wrong-language text.
 */
export class LocaleController implements ReactiveController {
  /** BCP 47 tag in effect for the host (`fr-CA`). */
  lang = 'en';
  /** UI strings for `lang` (English for unsupported languages). */
  strings: Strings = en;
  /** While the strings of the host's language load: resolves once they are in `strings`. Else null. */
  pending: Promise<void> | null = null;
  #host: Host;
  #wanted = 'en';
  /** The element this controller serves. @internal */
  get host(): Host {
    return this.#host;
  }

  constructor(host: Host) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    controllers.add(this);
    if (!observer) {
      observer = new MutationObserver(() => controllers.forEach((c) => c.#refresh()));
      observed = new WeakSet();
    }
    watch(document);
    // every root above the host, not only up to the first one watched: a host may have moved into another tree
    for (let n = up(this.#host); n; n = up(n)) if (n instanceof ShadowRoot) watch(n);
    this.#refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    if (!controllers.size) {
      observer?.disconnect();
      observer = null;
    }
  }

  /** A fuzzy date in the host's language (`short` to show, `long` for screen readers). */
  format(date: FuzzyDate, style: FuzzyDateStyle = 'short'): string {
    return formatFuzzyDate(date, this.lang, style);
  }

  #refresh(): void {
    const lang = langOf(this.#host);
    if (lang === this.#wanted) return;
    this.#wanted = lang;
    if (hasStrings(lang)) {
      this.pending = null;
      this.#apply(lang);
      return;
    }
    const pending = loadStrings(lang).then(() => {
      if (this.#wanted !== lang) return;
      this.pending = null;
      this.#apply(lang);
    });
    this.pending = pending;
  }

  #apply(lang: string): void {
    this.lang = lang;
    this.strings = stringsFor(lang);
    this.#host.requestUpdate();
  }
}

/**
 * For a host's `scheduleUpdate` override: runs `update` (the host's `super.scheduleUpdate()`) at once,
 * or, while `locale` loads the host's language, once the strings are there; and on a page busy rendering
 * many widgets, a host below the viewport in a later task (`renderSlot`).
 * `protected override scheduleUpdate() { return holdForStrings(this.locale, () => super.scheduleUpdate()); }`
 */
export function holdForStrings(locale: LocaleController, update: () => unknown): Promise<unknown> | undefined {
  const pending = locale.pending;
  if (pending) {
    // until the strings arrive, the host's fallback HTML (light DOM) shows through a slot, so nothing collapses
    const root = locale.host.shadowRoot;
    let slot: HTMLSlotElement | undefined;
    if (root && !root.firstChild && locale.host.firstElementChild) root.append((slot = document.createElement('slot')));
    return pending.then(() => {
      slot?.remove();
      return holdForStrings(locale, update);
    });
  }
  // past the task's render budget, a widget below the viewport renders in a later task (render-slices.ts)
  const slot = renderSlot(locale.host);
  if (slot) return slot.then(() => holdForStrings(locale, update));
  const result = update();
  return result instanceof Promise ? result : undefined;
}
