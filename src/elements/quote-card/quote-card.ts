import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { SahelSelectEvent } from '../../events/sahel-select.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderNotFound, renderStoryStatus } from '../../shared/story-status.js';
import { concerned } from '../../story/concerns.js';
import type { StoryIndex } from '../../story/story-index.js';
import type { Actor, Quote, Story } from '../../story/types.js';
import { mediumIcon } from './medium-icons.js';
import { styles } from './quote-card.styles.js';
import { renderQuoteWords } from './quote-words.js';
import { renderAnonymity, renderQuoteCorrections } from './quote-notes.js';
import { sentenceBounds } from '../../shared/sentence-bounds.js';

export type QuoteCardVariant = 'card' | 'pull' | 'compact';

/** `url` if it is an absolute `http:`/`https:` URL, else `undefined`: nothing else becomes a link (DESIGN §8). */
export function linkable(url: string | undefined): string | undefined {
  try {
    return url && /^https?:$/.test(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The passage a quote belongs to: back to the quote it `continues`, then forward through its continuations. */
function passage(quote: Quote, index: StoryIndex, quotes: readonly Quote[]): Quote[] {
  // The validator refuses `continues` cycles, so both walks end.
  for (let prev; quote.continues && (prev = index.quotes.get(quote.continues)); ) quote = prev;
  const parts = [quote];
  for (let next; (next = quotes.find((q) => q.continues === quote.id)); ) parts.push((quote = next));
  return parts;
}

/**
 * Shows one quote of the story, exactly as the article has it, with who said it, how (spoken, on a protest sign,
 * on television, in a written statement) and, on demand, the article's sentence around it and its source line.
 * A quote that `continues` another, or is continued, is shown as one passage with the break marked.
 * Typographic quotation marks come from the reader's language (“…” in English, « … » in French); the text is
 * never edited. An anonymous speaker is said to be so in words ("A Western diplomat, not named in the article"). When `<actor-badge>` is defined the speaker is
 * shown as a badge; otherwise as a button that selects the speaker in every widget of the story (again: clears).
 * The card is highlighted (background, a thick outline, and "highlighted" in its accessible name) while the
 * story's selection concerns it: its speaker is the selected actor, it is the selected quote, its paragraph
 * mentions the selected place, it is cited from the paragraph of the selected event, or a selected relation
 * ends at it (see `concerned` in `story/concerns.ts`).
 *
 * The story comes from the nearest `<sahel-story>`, else the page default, else the embedded story. While it
 * loads, or if it fails, the card says so; an unknown quote or speaker id is named on the card and, once,
 * in the console.
 *
 * A quote split by its attribution ("…,” she said, “…") is one utterance: its parts are joined by a space,
 * never by "[…]" (which would say the speaker's words were cut). A partial quote (a fragment inside the
 * reporter's sentence) is shown as that sentence with the quoted words marked, under a "Partial quote" label,
 * not as a whole utterance. Quotes within the quote are `<q>` between the reader's inner marks (‘…’ in English,
 * “…” in French). A broadcast says its channel ("Broadcast on radio"), a written statement says so, an anonymous
 * speaker's card gives the article's reason ("Not named: because…"), and corrections that concern the quote are
 * shown with it.
 *
 * @summary A quote from the story with its speaker, medium, anonymity, source sentence and a copy button.
 *
 * @attr {string} quote - Id of the quote to show. Takes precedence over `speaker`.
 * @attr {string} speaker - Id of an actor: shows that actor's first quote (every quote with `all`).
 * @attr {boolean} all - With `speaker`: every quote of the speaker, one card per passage.
 * @attr {'card' | 'pull' | 'compact'} variant - `card` (default), `pull` (large, between paragraphs), `compact` (one line, for sidebars).
 * @attr {'light' | 'dark'} theme - Forces a colour scheme; by default the page's inherited `color-scheme` decides.
 *
 * @fires {SahelSelectEvent} sahel-select - The reader selected the speaker (`selection` `{ kind: 'actor', id }`) or, clicking again, cleared it (`null`).
 *
 * @csspart figure - The `<figure>` of one passage: the card itself.
 * @csspart quote - The `<blockquote>`.
 * @csspart attribution - The speaker line: name, age, anonymity, role.
 * @csspart medium - The medium icon and words, and where it was said.
 * @csspart context - The disclosed article sentence and source line.
 * @csspart copy - The copy button.
 * @csspart status - The loading, error or "no such quote" message.
 * @csspart partial - The "Partial quote" label of a fragment shown inside the reporter's sentence.
 * @csspart anonymity - The article's reason for not naming the speaker.
 * @csspart correction - A correction that concerns the quote.
 *
 * @cssprop [--sahel-quote-card-accent=var(--sahel-color-accent, light-dark(#9a3412, #fdba74))] - Quotation marks, rule, links.
 * @cssprop [--sahel-quote-card-background=var(--sahel-color-surface, light-dark(#ffffff, #1d1d1f))] - Background of every variant; `transparent` blends a pull quote into the page.
 * @cssprop [--sahel-quote-card-border-color=var(--sahel-color-border, light-dark(#d4d4d4, #48484a))] - Card and button borders.
 * @cssprop [--sahel-quote-card-padding=var(--sahel-space-l, 1rem)] - Inner spacing of the card.
 * @cssprop [--sahel-quote-card-font-size=1.125em] - Size of the quote text in the `card` variant (`compact` keeps the surrounding size).
 * @cssprop [--sahel-quote-card-pull-font-size=1.625em] - Size of the quote text in the `pull` variant.
 */
@customElement('quote-card')
export class QuoteCard extends LitElement {
  static override styles = [hostStyles, styles];

  // TypeScript `private`, not `#`: legacy decorators make esbuild lower `#` fields to WeakMaps, which costs bytes.
  private consumer = new StoryConsumer(this);
  private locale = new LocaleController(this);
  // renders nothing until the strings of its language have loaded (fr, ha, ar load on first use)
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this.locale, () => super.scheduleUpdate());
  }
  /** Ids of the passages whose context is open. */
  private opened = new Set<string>();
  private logged = '';
  private timer = 0;

  /** The copy confirmation: id of the passage's first quote and whether it worked. @internal */
  @state() private copied: [string, boolean] | null = null;

  /** Id of the quote to show; takes precedence over `speaker`. */
  @property() quote = '';

  /** Id of an actor whose first quote (every quote with `all`) is shown. */
  @property() speaker = '';

  /** With `speaker`: show every quote of the speaker, one card per passage. */
  @property({ type: Boolean }) all = false;

  /** `card` (default), `pull` (large, between paragraphs) or `compact` (one line, for sidebars). */
  @property({ reflect: true }) variant: QuoteCardVariant = 'card';

  /** `light` or `dark` forces a colour scheme; unset, the page's `color-scheme` decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  /**
   * Focuses the card: its first passage's `<figure>` (focusable by script only), so that a link or button
   * elsewhere that reveals the card (an actor badge's details) can move focus to it.
   */
  override focus(options?: FocusOptions): void {
    const figure = this.renderRoot.querySelector<HTMLElement>('figure');
    if (!figure) return super.focus(options);
    figure.tabIndex = -1;
    figure.focus(options);
  }

  private handleToggle(id: string): void {
    if (!this.opened.delete(id)) this.opened.add(id);
    this.requestUpdate();
  }

  private handleSelect(id: string, selected: boolean): void {
    const selection = selected ? null : { kind: 'actor' as const, id };
    this.consumer.state.select(selection);
    this.dispatchEvent(new SahelSelectEvent(selection));
  }

  private async handleCopy(id: string, text: string, button: HTMLElement): Promise<void> {
    let ok = true;
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // no Clipboard API (insecure context, old browser) or permission refused: the old way
      const area = document.createElement('textarea');
      area.value = text;
      area.className = 'visually-hidden';
      this.renderRoot.append(area);
      area.select();
      try {
        ok = document.execCommand('copy');
      } catch {
        ok = false;
      }
      area.remove();
      button.focus();
    }
    this.copied = [id, ok];
    clearTimeout(this.timer);
    this.timer = window.setTimeout(() => (this.copied = null), 4000);
  }

  /** The passages to show (none when neither `quote` nor `speaker` is set), or the message that says why there are none. */
  private resolve(story: Story, index: StoryIndex): Quote[][] | string {
    const { quote, speaker } = this;
    const t = this.locale.strings;
    const found = index.quotes.get(quote);
    const actor = index.actors.get(speaker);
    const quotes = quote ? found && [found] : index.quotesBySpeaker.get(speaker);
    const why = quote ? !found && t.notFound('quote', quote) : speaker && (actor ? !quotes && t.noQuotes(actor.name) : t.notFound('actor', speaker));
    if (why) {
      // once per distinct problem, not on every render
      if (why !== this.logged) console.error(`<quote-card>: ${(this.logged = why)} (story "${story.id}")`);
      return why;
    }
    this.logged = '';
    const passages: Quote[][] = [];
    for (const q of quotes ?? []) {
      const parts = passage(q, index, story.quotes);
      if (!passages.some((p) => p[0] === parts[0])) passages.push(parts);
    }
    return this.all ? passages : passages.slice(0, 1);
  }

  private renderPassage(parts: Quote[], story: Story, index: StoryIndex) {
    const { strings } = this.locale;
    const { article } = story;
    const [first] = parts;
    const actor = index.actors.get(first.speaker) as Actor; // the validator checked every speaker
    const { selection } = this.consumer.state;
    const selected = selection?.kind === 'actor' && selection.id === actor.id;
    const quotes = concerned(selection, index).quotes;
    const marked = parts.some((q) => quotes.has(q.id));
    const open = this.opened.has(first.id);
    const url = linkable(article.url);
    const date = this.locale.format({ edtf: article.published, start: article.published, end: article.published, precision: 'day', basis: 'article' }, 'long');
    const age = actor.age === undefined ? '' : strings.age(actor.age);
    const anonymous = actor.anonymous ? strings.anonymous : '';
    const plain = `${strings.openQuote}${parts.map((q) => q.text).join(' ')}${strings.closeQuote} — ${[actor.name, age, anonymous, actor.role].filter(Boolean).join(', ')}. ${strings.source} ${[article.headline, article.publisher, date].filter(Boolean).join(', ')}.${url ? ` ${url}` : ''}`;
    const copied = this.copied?.[0] === first.id ? this.copied[1] : null;
    const badge = !!customElements.get('actor-badge');

    // One context paragraph per article paragraph the passage comes from: its sentence(s), each quote marked.
    const contexts = new Map<string, Quote[]>();
    for (const q of parts) contexts.set(q.source.paragraph, [...(contexts.get(q.source.paragraph) ?? []), q]);
    const context = [...contexts].map(([id, quotes]) => {
      const text = index.paragraphs.get(id)?.text ?? '';
      quotes.sort((a, b) => a.source.start - b.source.start);
      const [start, end] = sentenceBounds(text, quotes[0].source.start, quotes[quotes.length - 1].source.end, article.language, true);
      let at = start;
      const pieces = quotes.map((q) => {
        const before = text.slice(at, q.source.start);
        at = q.source.end;
        return html`${before}<mark>${text.slice(q.source.start, q.source.end)}</mark>`;
      });
      return html`<p lang=${article.language} dir="auto">${pieces}${text.slice(at, end)}</p>`;
    });

    // Named "Quote", not by the attribution line: a name from the figcaption would be read again right after it.
    return html`<figure part="figure" class=${marked ? 'selected' : ''} aria-label=${marked ? `${strings.quoteFigure}, ${strings.highlighted}` : strings.quoteFigure}>
      <blockquote part="quote" lang=${article.language} dir="auto">
        <p>${renderQuoteWords(parts, index, strings, this.locale.lang, (text, from, to) => sentenceBounds(text, from, to, article.language, true))}</p>
      </blockquote>
      <figcaption>
        <div part="attribution" class="attribution" id="by-${first.id}">
          <span aria-hidden="true">— </span>${badge
            ? html`<actor-badge actor=${actor.id}></actor-badge>`
            : html`<button type="button" class="speaker" aria-pressed=${selected ? 'true' : 'false'} @click=${() => this.handleSelect(actor.id, selected)}><span lang=${article.language} dir="auto">${actor.name}</span></button>`}${age && `, ${age}`}${anonymous
            ? // the badge already says "Unnamed" to screen readers: the words are for the eyes only there
              badge
              ? html`<span aria-hidden="true">, ${anonymous}</span>`
              : `, ${anonymous}`
            : nothing}${actor.role
            ? html`<span class="visually-hidden">, </span><span class="role" lang=${article.language} dir="auto">${actor.role}</span>`
            : nothing}
        </div>
        ${renderAnonymity(actor, index, article.language, strings)}
        <div part="medium" class="medium">
          ${mediumIcon(first.medium, first.channel)}<span class="words">${first.medium === 'broadcast' && first.channel ? strings.broadcastChannel[first.channel] : strings.quoteMedium[first.medium]}${first.context
              ? html` · <span lang=${article.language} dir="auto">${first.context}</span>`
              : nothing}</span>
        </div>
        ${renderQuoteCorrections(parts, story, strings)}
        <div class="actions">
          <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="ctx-${first.id}" @click=${() => this.handleToggle(first.id)}>
            ${open ? strings.hideSource : strings.showSource}
          </button>
          <button type="button" part="copy" @click=${(e: Event) => this.handleCopy(first.id, plain, e.currentTarget as HTMLElement)}>${strings.copy}</button>
          <span role="status" class=${copied === false ? 'failed' : ''}>${copied === null ? '' : copied ? strings.copied : strings.copyFailed}</span>
        </div>
        <div part="context" class="context" id="ctx-${first.id}" ?hidden=${!open}>
          ${context}
          <p class="source">
            ${strings.source}
            ${url ? html`<a href=${url} rel="noopener" lang=${article.language} dir="auto">${article.headline}</a>` : html`<cite lang=${article.language} dir="auto">${article.headline}</cite>`}${article.publisher
              ? `, ${article.publisher}`
              : ''},
            <time datetime=${article.published}>${date}</time>.
          </p>
        </div>
      </figcaption>
    </figure>`;
  }

  protected override render() {
    const { state } = this.consumer;
    const { story, index } = state;
    if (!story || !index) return renderStoryStatus(state, this.locale.strings, this);
    const result = this.resolve(story, index);
    return typeof result === 'string'
      ? renderNotFound(result)
      : result.map((parts) => this.renderPassage(parts, story, index));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'quote-card': QuoteCard;
  }
}
