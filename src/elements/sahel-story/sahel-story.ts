import { ContextProvider, ContextRoot } from '@lit/context';
import { html, isServer, LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SahelStoryErrorEvent } from '../../events/sahel-story-error.js';
import { SahelStoryLoadEvent } from '../../events/sahel-story-load.js';
import { customElement } from '../../shared/custom-element.js';
import { followHash, parseSelection } from '../../story/hash-selection.js';
import { formatProblem } from '../../story/problems.js';
import { storyContext } from '../../story/story-context.js';
import { addPageDefault, embeddedStore, removePageDefault, watchFallback } from '../../story/story-sources.js';
import { StoryStore } from '../../story/story-store.js';
import type { Selection, StoryError } from '../../story/state.js';
import { indexStoryInSlices } from '../../story/story-index.js';
import type { StoryIndex } from '../../story/story-index.js';
import type { StoryValidation } from '../../story/validate.js';
import { loadedValidator, validateStoryInSlices, validatorModule } from '../../story/validator.js';
import { styles } from './sahel-story.styles.js';

/** Story JSON larger than this is refused: no article needs it, and it protects readers' memory. */
export const MAX_STORY_BYTES = 5 * 1024 * 1024;

/**
 * Stories with more items than this are validated and indexed in slices across tasks (a 10,000-event story
 * took 0.5 s in one task); smaller ones at once, as they cost a few milliseconds.
 */
export const LONG_STORY_ITEMS = 500;

/** How many items the lists of `data` hold (actors, events…), if it looks like a story: what checking it costs. */
function items(data: unknown): number {
  let n = 0;
  for (const list of Object.values(data ?? {})) if (Array.isArray(list)) n += list.length;
  return n;
}

// Widgets that upgrade before their <sahel-story> ancestor would otherwise miss it (their request goes
// unanswered); ContextRoot replays such requests when a provider appears. One per page, for every copy.
const rootKey = Symbol.for('sahel-widgets.context-root');
const page = globalThis as Record<symbol, unknown>;
if (!page[rootKey] && typeof document !== 'undefined') {
  page[rootKey] = true;
  const root = document.documentElement;
  new ContextRoot().attach(root);
  // ContextRoot also keeps the requests of widgets long removed, until a provider appears: a page that mounts
  // widgets outside any provider again and again would grow without end. A second after new requests, a
  // provider announcement makes it re-send those of connected widgets (ignored here) and forget the rest.
  let timer = 0;
  let pruning = false;
  root.addEventListener('context-request', () => {
    timer ||= pruning
      ? 0
      : window.setTimeout(() => {
          timer = 0;
          pruning = true;
          root.dispatchEvent(Object.assign(new Event('context-provider'), { context: storyContext }));
          pruning = false;
        }, 1000);
  });
}

/**
 * Provides one story to every widget inside it, or (with `page-default`) to every widget on the page
 * that has no `<sahel-story>` ancestor. It renders nothing of its own.
 *
 * The story comes from, in order: the `story` property, the `src` URL, an inline
 * `<script type="application/json">` child, or else the library's embedded default story.
 * Every story it is given is validated (the embedded default was validated when the bundle was built); a bad
 * one becomes an error state that widgets show, naming the bad field. The validator is loaded on first use
 * (in the CDN build a chunk beside the bundle), so the first story of a page shows "loading" until it is there.
 * A long story (more than 500 items) is validated and indexed in slices across tasks, so the page never
 * freezes: its widgets show "loading" meanwhile, and `sahel-story-load` fires once it is shown.
 *
 * @summary Provides a story (from a URL, inline JSON or the embedded default) to the widgets of a page.
 *
 * @slot - Widgets and any other content; an inline `<script type="application/json">` child holds story JSON.
 *
 * @fires {SahelStoryLoadEvent} sahel-story-load - A story loaded and passed validation (`event.story`).
 * @fires {SahelStoryErrorEvent} sahel-story-error - The story could not be fetched, parsed or validated (`event.error`, with every problem).
 */
@customElement('sahel-story')
export class SahelStory extends LitElement {
  static override styles = styles;

  private _store = new StoryStore();
  private _provider = new ContextProvider(this, { context: storyContext, initialValue: this._store.state });
  private _abort: AbortController | null = null;
  private _observer: MutationObserver | null = null;
  private _unwatchEmbedded: (() => void) | null = null;
  private _unfollowHash: (() => void) | null = null;
  /** The story being validated in slices; any newer load replaces it, and the old result is dropped. */
  private _pending: object | null = null;

  /** URL of the story JSON. Changing it swaps the story for every widget of this provider. */
  @property() src = '';

  /** Makes this the story of every widget on the page that has no `<sahel-story>` ancestor. */
  @property({ type: Boolean, reflect: true, attribute: 'page-default' }) pageDefault = false;

  /** Milliseconds to wait for `src` (the answer and its whole body) before showing a timeout error: 15000 (15 s) by default. */
  @property({ type: Number }) timeout = 15000;

  /** A story object set from script; it takes precedence over `src` and inline JSON. It is validated too. */
  @property({ attribute: false }) story: unknown = undefined;

  constructor() {
    super();
    this._store.subscribe((state) => this._provider.setValue(state));
    this._store.onRetry = () => this._load();
  }

  /**
   * The story state widgets read: status, story, error, selection.
   * @internal Read by the widgets through the story context; not for pages.
   */
  get state() {
    return this._store.state;
  }

  /**
   * The selected actor, event, quote, place, figure or relation of this story, shared by all its widgets. The `selection`
   * attribute sets it as text (`selection="actor:tchiani"`; removing the attribute clears it), and so does
   * a URL hash naming an item of this story (`#actor=tchiani`), on load and on every `hashchange`.
   */
  @property({ noAccessor: true, converter: { fromAttribute: (value) => parseSelection(value) } })
  get selection(): Selection | null {
    return this._store.state.selection;
  }
  set selection(selection: Selection | null) {
    this._store.select(selection);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be edited (or arrive) after upgrade, e.g. by a CMS preview.
    this._observer = new MutationObserver(() => {
      if (this.story === undefined && !this.src) this._load();
    });
    this._observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.pageDefault) addPageDefault(this._store);
    // Moved in the DOM while loading: the fetch was aborted on disconnect, so start it again.
    if (this.hasUpdated && this._store.state.status === 'loading' && !this._abort && !this._pending) this._load();
    this._unfollowHash = followHash(this._store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._observer?.disconnect();
    this._observer = null;
    // Cleared before aborting, so the pending fetch sees itself superseded and stays silent.
    const pending = this._abort;
    this._abort = null;
    pending?.abort();
    this._unwatchEmbedded?.();
    this._unwatchEmbedded = null;
    removePageDefault(this._store);
    this._unfollowHash?.();
    this._unfollowHash = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageDefault') && this.isConnected) {
      if (this.pageDefault) addPageDefault(this._store);
      else removePageDefault(this._store);
    }
    if (changed.has('src') || changed.has('story') || changed.has('timeout')) this._load();
  }

  /** Loads the story again from its source (what the retry button of a widget does). */
  reload(): void {
    this._load();
  }

  private _load(): void {
    this._pending = null;
    this._abort?.abort();
    this._abort = null;
    this._unwatchEmbedded?.();
    this._unwatchEmbedded = null;
    if (this.story !== undefined) return this._accept(this.story, 'story property');
    // Server rendering (@lit-labs/ssr) has no DOM to read and must not fetch: the browser loads the story on upgrade.
    if (isServer) return;
    if (this.src) return void this._fetch(this.src);
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return this._parse(inline.textContent ?? '', 'inline JSON');
    this._useEmbedded();
  }

  private _useEmbedded(): void {
    // Not the page-default chain: a <sahel-story> with no source means "the embedded story".
    // Loading again (retry) after the embedded story failed to load tries its load again.
    const failed = embeddedStore()?.state;
    if (failed?.error) failed.retry();
    const follow = () => {
      // starts loading the embedded story if the bundle declared it by a loader
      const embedded = embeddedStore()?.state;
      const story = embedded?.story;
      const { state } = this._store;
      if (story) {
        if (story !== state.story) this._store.setStory(story);
      } else if (embedded?.error) {
        if (state.error !== embedded.error) this._fail(embedded.error);
      } else if (embedded) {
        if (state.status !== 'loading') this._store.setLoading();
      } else if (state.error?.kind !== 'missing') this._fail({ kind: 'missing', message: 'No story source: set src, add inline JSON, or load the bundle with its embedded story.', problems: [] });
    };
    this._unwatchEmbedded = watchFallback(follow);
    follow();
  }

  private async _fetch(src: string): Promise<void> {
    const abort = (this._abort = new AbortController());
    this._store.setLoading();
    // the validator loads while the story does (not after it): the story is checked as soon as it arrives
    validatorModule().catch(() => undefined);
    const timer = setTimeout(() => abort.abort('timeout'), this.timeout);
    try {
      const url = new URL(src, document.baseURI);
      const response = await fetch(url, {
        signal: abort.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      // fetch follows redirects anywhere CORS allows: a same-origin src must not end up on another site
      const final = response.url && new URL(response.url).origin;
      if (url.origin === location.origin && final && final !== url.origin) {
        return this._fail({ kind: 'network', message: `Refused ${src}: redirected to another origin (${final})`, problems: [] });
      }
      if (!response.ok) return this._fail({ kind: 'http', message: `HTTP ${response.status} loading ${src}`, problems: [] });
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > MAX_STORY_BYTES) return this._fail(tooLarge(src));
      const text = await readCapped(response);
      if (abort.signal.aborted) return;
      if (text === null) return this._fail(tooLarge(src));
      this._parse(text, src);
    } catch (error) {
      if (this._abort !== abort) return; // superseded by a newer load
      if (abort.signal.reason === 'timeout') {
        this._fail({ kind: 'timeout', message: `No answer from ${src} within ${this.timeout / 1000} s`, problems: [] });
      } else {
        this._fail({ kind: 'network', message: `Could not load ${src}: ${(error as Error)?.message ?? error}`, problems: [] });
      }
    } finally {
      clearTimeout(timer);
      abort.abort(); // stops whatever is left of a body not read (an error status, too large); no-op once read
    }
  }

  private _parse(text: string, origin: string): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return this._fail({ kind: 'parse', message: `${origin} is not JSON: ${(error as Error).message}`, problems: [] });
    }
    this._accept(data, origin);
  }

  private _accept(data: unknown, origin: string): void {
    const long = items(data) > LONG_STORY_ITEMS;
    // A short story, once the validator is there, is checked at once (a few milliseconds).
    const validator = loadedValidator();
    if (validator && !long) return this._settle(origin, validator.validateStory(data));
    // Otherwise the validator loads first (the embedded story never needs it, so it is a chunk of its own), and a
    // long story is validated, then indexed, a slice per task; meanwhile widgets say "loading" (not the previous story).
    const pending = (this._pending = {});
    const stale = () => this._pending !== pending;
    this._store.setLoading();
    void (async () => {
      let result: StoryValidation | null;
      try {
        result = long ? await validateStoryInSlices(data, stale) : (await validatorModule()).validateStory(data);
      } catch (error) {
        // the story is never shown unchecked: a validator that cannot load is an error, and retry loads it again
        if (stale()) return;
        this._pending = null;
        return this._fail({ kind: 'network', message: `The story validator did not load, so ${origin} cannot be shown: ${String(error)}`, problems: [] });
      }
      const index = long && result?.ok ? await indexStoryInSlices(result.story, stale) : undefined;
      if (!result || stale() || index === null) return;
      this._pending = null;
      this._settle(origin, result, index);
    })();
  }

  private _settle(origin: string, result: StoryValidation, index?: StoryIndex): void {
    if (!result.ok) {
      const first = formatProblem(result.problems[0]);
      const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
      return this._fail({ kind: 'invalid', message: `Invalid story in ${origin}: ${first}${more}`, problems: result.problems });
    }
    this._store.setStory(result.story, index);
    this.dispatchEvent(new SahelStoryLoadEvent(result.story));
  }

  private _fail(error: StoryError): void {
    this._store.setError(error);
    console.error(`<sahel-story>: ${error.message}`, ...(error.problems.length > 1 ? [error.problems.map(formatProblem)] : []));
    this.dispatchEvent(new SahelStoryErrorEvent(error));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

/**
 * The body as UTF-8 text, or `null` as soon as it passes MAX_STORY_BYTES: reading stops there, so a body
 * without a Content-Length (chunked, or endless) is never buffered whole.
 */
async function readCapped(response: Response): Promise<string | null> {
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let size = 0;
  for (let chunk; reader && !(chunk = await reader.read()).done; ) {
    if ((size += chunk.value.byteLength) > MAX_STORY_BYTES) return null;
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

function tooLarge(src: string): StoryError {
  return { kind: 'too-large', message: `${src} is larger than ${MAX_STORY_BYTES / 1024 / 1024} MB`, problems: [] };
}

declare global {
  interface HTMLElementTagNameMap {
    'sahel-story': SahelStory;
  }
}
