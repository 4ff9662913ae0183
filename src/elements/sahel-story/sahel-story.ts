import { ContextProvider, ContextRoot } from '@lit/context';
import { html, LitElement } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { SahelStoryErrorEvent } from '../../events/sahel-story-error.js';
import { SahelStoryLoadEvent } from '../../events/sahel-story-load.js';
import { customElement } from '../../shared/custom-element.js';
import { followHash, parseSelection } from '../../story/hash-selection.js';
import { formatProblem } from '../../story/problems.js';
import { storyContext } from '../../story/story-context.js';
import { addPageDefault, embeddedStory, removePageDefault, watchFallback } from '../../story/story-sources.js';
import { StoryStore } from '../../story/story-store.js';
import type { Selection, StoryError } from '../../story/state.js';
import { validateStory } from '../../story/validate.js';
import { styles } from './sahel-story.styles.js';

/** Story JSON larger than this is refused: no article needs it, and it protects readers' memory. */
export const MAX_STORY_BYTES = 5 * 1024 * 1024;

// Widgets that upgrade before their <sahel-story> ancestor would otherwise miss it (their request goes
// unanswered); ContextRoot replays such requests when a provider appears. One per page, for every copy.
const rootKey = Symbol.for('sahel-widgets.context-root');
const page = globalThis as Record<symbol, unknown>;
if (!page[rootKey] && typeof document !== 'undefined') {
  page[rootKey] = true;
  new ContextRoot().attach(document.documentElement);
}

/**
 * Provides one story to every widget inside it, or (with `page-default`) to every widget on the page
 * that has no `<sahel-story>` ancestor. It renders nothing of its own.
 *
 * The story comes from, in order: the `story` property, the `src` URL, an inline
 * `<script type="application/json">` child, or else the library's embedded default story.
 * Every story is validated; a bad one becomes an error state that widgets show, naming the bad field.
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

  #store = new StoryStore();
  #provider = new ContextProvider(this, { context: storyContext, initialValue: this.#store.state });
  #abort: AbortController | null = null;
  #observer: MutationObserver | null = null;
  #unwatchEmbedded: (() => void) | null = null;
  #unfollowHash: (() => void) | null = null;

  /** URL of the story JSON. Changing it swaps the story for every widget of this provider. */
  @property() src = '';

  /** Makes this the story of every widget on the page that has no `<sahel-story>` ancestor. */
  @property({ type: Boolean, reflect: true, attribute: 'page-default' }) pageDefault = false;

  /** Milliseconds to wait for `src` before showing a timeout error. */
  @property({ type: Number }) timeout = 15000;

  /** A story object set from script; it takes precedence over `src` and inline JSON. It is validated too. */
  @property({ attribute: false }) story: unknown = undefined;

  constructor() {
    super();
    this.#store.subscribe((state) => this.#provider.setValue(state));
    this.#store.onRetry = () => this.#load();
  }

  /** The story state widgets read: status, story, error, selection. */
  get state() {
    return this.#store.state;
  }

  /**
   * The selected actor, event or quote of this story, shared by all its widgets. The `selection`
   * attribute sets it as text (`selection="actor:tchiani"`; removing the attribute clears it), and so does
   * a URL hash naming an item of this story (`#actor=tchiani`), on load and on every `hashchange`.
   */
  @property({ noAccessor: true, converter: { fromAttribute: (value) => parseSelection(value) } })
  get selection(): Selection | null {
    return this.#store.state.selection;
  }
  set selection(selection: Selection | null) {
    this.#store.select(selection);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Inline JSON may be edited (or arrive) after upgrade, e.g. by a CMS preview.
    this.#observer = new MutationObserver(() => {
      if (this.story === undefined && !this.src) this.#load();
    });
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    if (this.pageDefault) addPageDefault(this.#store);
    // Moved in the DOM while loading: the fetch was aborted on disconnect, so start it again.
    if (this.hasUpdated && this.#store.state.status === 'loading' && !this.#abort) this.#load();
    this.#unfollowHash = followHash(this.#store);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = null;
    // Cleared before aborting, so the pending fetch sees itself superseded and stays silent.
    const pending = this.#abort;
    this.#abort = null;
    pending?.abort();
    this.#unwatchEmbedded?.();
    this.#unwatchEmbedded = null;
    removePageDefault(this.#store);
    this.#unfollowHash?.();
    this.#unfollowHash = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('pageDefault') && this.isConnected) {
      if (this.pageDefault) addPageDefault(this.#store);
      else removePageDefault(this.#store);
    }
    if (changed.has('src') || changed.has('story') || changed.has('timeout')) this.#load();
  }

  /** Loads the story again from its source (what the retry button of a widget does). */
  reload(): void {
    this.#load();
  }

  #load(): void {
    this.#abort?.abort();
    this.#abort = null;
    this.#unwatchEmbedded?.();
    this.#unwatchEmbedded = null;
    if (this.story !== undefined) return this.#accept(this.story, 'story property');
    if (this.src) return void this.#fetch(this.src);
    const inline = this.querySelector(':scope > script[type="application/json"]');
    if (inline) return this.#parse(inline.textContent ?? '', 'inline JSON');
    this.#useEmbedded();
  }

  #useEmbedded(): void {
    // Not the page-default chain: a <sahel-story> with no source means "the embedded story".
    const follow = () => {
      const story = embeddedStory();
      const { state } = this.#store;
      if (story) {
        if (story !== state.story) this.#store.setStory(story);
      } else if (state.error?.kind !== 'missing') this.#fail({ kind: 'missing', message: 'No story source: set src, add inline JSON, or load the bundle with its embedded story.', problems: [] });
    };
    this.#unwatchEmbedded = watchFallback(follow);
    follow();
  }

  async #fetch(src: string): Promise<void> {
    const abort = (this.#abort = new AbortController());
    this.#store.setLoading();
    const timer = setTimeout(() => abort.abort('timeout'), this.timeout);
    try {
      const response = await fetch(new URL(src, document.baseURI), {
        signal: abort.signal,
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
      });
      if (!response.ok) return this.#fail({ kind: 'http', message: `HTTP ${response.status} loading ${src}`, problems: [] });
      const length = Number(response.headers.get('content-length') ?? 0);
      if (length > MAX_STORY_BYTES) return this.#fail(tooLarge(src));
      const text = await response.text();
      if (abort.signal.aborted) return;
      if (text.length > MAX_STORY_BYTES) return this.#fail(tooLarge(src));
      this.#parse(text, src);
    } catch (error) {
      if (this.#abort !== abort) return; // superseded by a newer load
      if (abort.signal.reason === 'timeout') {
        this.#fail({ kind: 'timeout', message: `No answer from ${src} within ${this.timeout / 1000} s`, problems: [] });
      } else {
        this.#fail({ kind: 'network', message: `Could not load ${src}: ${(error as Error)?.message ?? error}`, problems: [] });
      }
    } finally {
      clearTimeout(timer);
    }
  }

  #parse(text: string, origin: string): void {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      return this.#fail({ kind: 'parse', message: `${origin} is not JSON: ${(error as Error).message}`, problems: [] });
    }
    this.#accept(data, origin);
  }

  #accept(data: unknown, origin: string): void {
    const result = validateStory(data);
    if (!result.ok) {
      const first = formatProblem(result.problems[0]);
      const more = result.problems.length > 1 ? ` (and ${result.problems.length - 1} more)` : '';
      return this.#fail({ kind: 'invalid', message: `Invalid story in ${origin}: ${first}${more}`, problems: result.problems });
    }
    this.#store.setStory(result.story);
    this.dispatchEvent(new SahelStoryLoadEvent(result.story));
  }

  #fail(error: StoryError): void {
    this.#store.setError(error);
    console.error(`<sahel-story>: ${error.message}`, ...(error.problems.length > 1 ? [error.problems.map(formatProblem)] : []));
    this.dispatchEvent(new SahelStoryErrorEvent(error));
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

function tooLarge(src: string): StoryError {
  return { kind: 'too-large', message: `${src} is larger than ${MAX_STORY_BYTES / 1024 / 1024} MB`, problems: [] };
}

declare global {
  interface HTMLElementTagNameMap {
    'sahel-story': SahelStory;
  }
}
