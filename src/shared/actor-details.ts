import { html, isServer, nothing, svg } from 'lit';
import type { LitElement, ReactiveController, SVGTemplateResult, TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SahelSelectEvent } from '../events/sahel-select.js';
import { concerned } from '../story/concerns.js';
import type { StoryState } from '../story/state.js';
import type { StoryIndex } from '../story/story-index.js';
import type { Actor, ActorKind, Quote, Story } from '../story/types.js';
import { renderAnonymity } from './anonymity.js';
import { renderCorrections } from './corrections.js';
import type { Strings } from './i18n/strings.js';
import type { LocaleController } from './locale.js';
import { quoteStart } from './quote-start.js';

/**
 * An actor's chip and its details, one implementation for `<actor-badge>` (its one chip) and the widgets that show
 * many actors at once (`<actor-relations>`, `<actor-list>`): those render the chips in their own shadow root
 * (`ActorChips`), not one `<actor-badge>` (a shadow root, a context request, two controllers) per chip. Styles:
 * `actorChipStyles` (`actor-details.styles.ts`).
 */

/** Kind markers: 16×16 stroked outlines in the text colour, drawn here so no font or emoji is needed. */
export const actorIcons: Record<ActorKind, SVGTemplateResult> = {
  person: svg`<circle cx="8" cy="5" r="3"/><path d="M2 15a6 6 0 0 1 12 0"/>`,
  organization: svg`<path d="M3 15V2h7v13m0-9h3v9M1 15h14M6 5v7"/>`,
  country: svg`<path d="M4 15V1h9l-2 3 2 3H4"/>`,
  group: svg`<circle cx="5" cy="6" r="2"/><circle cx="11" cy="6" r="2"/><path d="M1 14a4 4 0 0 1 8 0m-2 0a4 4 0 0 1 8 0"/>`,
};

/** What the button of a chip holds: the kind marker (none for `text`), the name, the kind for screen readers, "Unnamed". */
export function renderActorLabel(actor: Actor, lang: string, s: Strings, { text = false, hideKind = false } = {}): TemplateResult {
  return html`${text
      ? nothing
      : actor.kind === 'country' && actor.country
        ? html`<span class="code" part="code">${actor.country}</span>`
        : html`<svg class="icon" part="icon" viewBox="0 0 16 16" aria-hidden="true">${actorIcons[actor.kind]}</svg>`}<span
      class="name"
      part="name"
      lang=${lang}
      dir="auto"
      >${actor.name}</span
    >${hideKind ? nothing : html`<span class="visually-hidden">, ${s.actorKind[actor.kind]}</span>`}${actor.anonymous
      ? html`<span class=${text ? 'visually-hidden' : 'unnamed'} part="unnamed"><span class="visually-hidden">, </span>${s.unnamed}</span>`
      : nothing}`;
}

/** A quote in the details: a link to its `<quote-card>` on the page if it has an id, a button that reveals one without, else its words. */
function renderQuote(quote: Quote, s: Strings): TemplateResult | string {
  const text = quoteStart(quote.text, s);
  const card = document.querySelector<HTMLElement>(`quote-card[quote="${CSS.escape(quote.id)}"]`);
  if (!card) return text;
  if (card.id) return html`<a href="#${encodeURIComponent(card.id)}">${text}</a>`;
  const reveal = () => {
    card.scrollIntoView({ block: 'center' });
    card.focus();
  };
  return html`<button type="button" class="link" @click=${reveal}>${text}</button>`;
}

export interface ActorInfoOptions {
  index: StoryIndex | null;
  story: Story | null;
  locale: LocaleController;
  /** In a popover: the "Highlight in this article" toggle (`aria-pressed` when `selected`). */
  highlight?: { selected: boolean; toggle: () => void };
  /** How an affiliation is shown: an `<actor-badge actor=…>`. */
  affiliation: (id: string) => unknown;
}

/**
 * The details of an actor: the role as the article states it, age, the reason for not naming them, how often the
 * article mentions them, the corrections that concern them, the highlight toggle, affiliations, quotes and events.
 * The story's words carry the article's `lang`; the strings around them, the reader's.
 */
export function renderActorInfo(actor: Actor, { index, story, locale, highlight, affiliation }: ActorInfoOptions): TemplateResult {
  const s = locale.strings;
  const lang = story?.article.language ?? '';
  const age = actor.age === undefined ? '' : s.age(actor.age);
  const list = (title: string, items: readonly unknown[], row = false) =>
    items.length ? html`<dt>${title}</dt><dd><ul class=${row ? 'row' : ''}>${items.map((item) => html`<li>${item}</li>`)}</ul></dd>` : nothing;
  return html`${actor.role || age ? html`<p><span lang=${lang} dir="auto">${actor.role}</span>${actor.role && age ? ', ' : ''}${age}</p>` : nothing}
    ${index ? renderAnonymity(actor, index, lang, s) : nothing}
    <p class="muted">${s.mentions(actor.mentions.length)}</p>
    ${renderCorrections(story, 'actor', [actor.id], s)}
    ${highlight
      ? html`<button type="button" class="toggle" aria-pressed=${highlight.selected ? 'true' : 'false'} @click=${highlight.toggle}>
          ${s.highlight}
        </button>`
      : nothing}
    <dl>
      ${list(s.affiliations, actor.affiliations.map(affiliation), true)}
      ${list(
        s.quotes,
        (index?.quotesBySpeaker.get(actor.id) ?? []).map((q) => html`<span lang=${lang} dir="auto">${renderQuote(q, s)}</span>`),
      )}
      ${list(
        s.events,
        (index?.eventsByActor.get(actor.id) ?? []).map((e) => {
          const [short, long] = [locale.format(e.when), locale.format(e.when, 'long')];
          // the visible date starts what is read, then its full words ("c. 2018 (around 2018)")
          return html`<span class="muted">${short}${short === long ? nothing : html` <span class="visually-hidden">(${long})</span>`}</span> <span lang=${lang} dir="auto">${e.title}</span>`;
        }),
      )}
    </dl>`;
}

/**
 * Places open details (a popover) next to their chip's button: CSS anchor positioning does it where the browser has
 * it, else this places them under the button, in page coordinates so they scroll along. Where they would then cover
 * the button or leave the viewport (a chip near the bottom of a small screen, where neither flip fits; a chip that
 * wraps onto two lines), they go below or above the button, whichever has more room, and scroll inside themselves
 * if they are taller than that room.
 */
function placeDetails(details: HTMLElement, button: HTMLElement): void {
  for (const name of ['position-area', 'position-try-fallbacks', 'max-block-size', 'overflow', 'margin']) details.style.removeProperty(name);
  if (!CSS.supports('position-anchor', '--a')) {
    const r = button.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, innerWidth - details.offsetWidth - 8));
    Object.assign(details.style, { position: 'absolute', left: `${left + scrollX}px`, top: `${r.bottom + scrollY + 4}px` });
  }
  const b = button.getBoundingClientRect();
  const p = details.getBoundingClientRect();
  const covers = p.top < b.bottom && p.bottom > b.top && p.left < b.right && p.right > b.left;
  if (!covers && p.top >= 0 && p.bottom <= innerHeight) return;
  const gap = 4;
  const below = innerHeight - b.bottom - gap - 8;
  const above = b.top - gap - 8;
  const room = Math.max(below, above, 80);
  const height = Math.min(p.height, room);
  const top = below >= above ? b.bottom + gap : b.top - gap - height;
  const left = Math.max(8, Math.min(b.left, innerWidth - p.width - 8));
  details.style.setProperty('position-area', 'none');
  details.style.setProperty('position-try-fallbacks', 'none');
  Object.assign(details.style, {
    position: 'absolute',
    margin: '0',
    maxBlockSize: `${room}px`,
    overflow: 'auto',
    left: `${left + scrollX}px`,
    top: `${top + scrollY}px`,
  });
}

type WithSource = HTMLElement & { showPopover(options: { source?: HTMLElement }): void };

/** How `ActorChips.render` draws a chip. */
export interface ChipOptions {
  /** Leaves the kind out of the button's accessible name, where a heading already says it. */
  hideKind?: boolean;
  /** The name underlined, no kind marker (`<actor-badge variant="text">`). */
  text?: boolean;
  /** Gives the button and the details `<actor-badge>`'s parts `badge` and `details`. */
  parts?: boolean;
}

/**
 * The actor chips of a widget, drawn in its own shadow root, and `<actor-badge>`'s own chip (one implementation of
 * the details for all three): the button (marker, name, kind, "Unnamed", highlighted when the story's selection is or
 * concerns the actor) and, on demand, the details in a popover anchored to it (an inline disclosure where the browser
 * has no popover). Activating a chip opens its details and selects its actor (again: closes and clears); Escape
 * closes them, clears and returns focus to the chip; focus leaving the chip or a click elsewhere closes them and
 * keeps the highlight; the details hold the "Highlight in this article" toggle. One chip's details are open at a
 * time, and they exist only while open. Selecting fires `sahel-select` from the host. Each chip has a key unique in
 * the host (`render(actor, key)`); `open` is the key of the open chip, and `onOpen` hears every change of it.
 */
export class ActorChips implements ReactiveController {
  #host: LitElement;
  #state: () => StoryState;
  #locale: LocaleController;
  #affiliation: (id: string) => unknown;
  #onOpen?: (key: string | null) => void;
  /** The chip whose details are open, and the one whose popover is shown (it closes after `open` changed). */
  #open: string | null = null;
  #shown: string | null = null;
  /** Buttons given a `popoverTargetElement`, to release it when their details go. */
  #targeted = new Set<HTMLButtonElement>();

  /**
   * `affiliation` shows an affiliation in the details: the host's `<actor-badge actor=…>`; `onOpen` hears the key of
   * the chip whose details open, or `null` when they close.
   */
  constructor(
    host: LitElement,
    state: () => StoryState,
    locale: LocaleController,
    affiliation: (id: string) => unknown,
    onOpen?: (key: string | null) => void,
  ) {
    this.#host = host;
    this.#state = state;
    this.#locale = locale;
    this.#affiliation = affiliation;
    this.#onOpen = onOpen;
    host.addController(this);
  }

  /** The key of the chip whose details are open; setting it opens or closes them (it does not select). */
  get open(): string | null {
    return this.#open;
  }

  set open(key: string | null) {
    if (key === this.#open) return;
    this.#open = key;
    this.#host.requestUpdate();
    this.#onOpen?.(key);
  }

  hostDisconnected(): void {
    // a popover leaves the top layer with its element, without a toggle event
    this.#open = this.#shown = null;
    this.#onOpen?.(null);
  }

  hostUpdated(): void {
    for (const button of this.#targeted) {
      if (button.popoverTargetElement?.isConnected) continue;
      button.popoverTargetElement = null;
      this.#targeted.delete(button);
    }
    for (const details of this.#host.renderRoot.querySelectorAll<HTMLElement>('.chip > .details')) {
      if (!details.popover) continue; // an inline disclosure, shown while rendered
      const key = (details.parentElement as HTMLElement).dataset.chip;
      const button = details.previousElementSibling as HTMLButtonElement;
      button.popoverTargetElement = details;
      this.#targeted.add(button);
      const shown = details.matches(':popover-open');
      if (key === this.#open && !shown) (details as WithSource).showPopover({ source: button });
      else if (key !== this.#open && shown) details.hidePopover();
      if (key === this.#open) placeDetails(details, button);
    }
  }

  /** Whether the actor is the selection of the story. */
  selected(id: string): boolean {
    const { selection } = this.#state();
    return selection?.kind === 'actor' && selection.id === id;
  }

  /** Whether the story's selection, of another kind, concerns the actor. */
  related(id: string): boolean {
    const { selection, index } = this.#state();
    return !!selection && selection.kind !== 'actor' && concerned(selection, index).actors.has(id);
  }

  /** Selects an actor (`<actor-badge>`'s `select()`), or clears the selection if it is that actor; fires `sahel-select` on a change. */
  select(id: string, selected: boolean): void {
    const state = this.#state();
    if (selected === this.selected(id) || !state.index?.actors.has(id)) return;
    const selection = selected ? { kind: 'actor' as const, id } : null;
    state.select(selection);
    this.#host.dispatchEvent(new SahelSelectEvent(selection));
  }

  #chip(key: string): HTMLElement | null {
    return this.#host.renderRoot.querySelector<HTMLElement>(`.chip[data-chip="${CSS.escape(key)}"]`);
  }

  #handleClick(event: Event, key: string, id: string): void {
    const details = this.#chip(key)?.querySelector<HTMLElement>('.details');
    const opening = !(details?.popover ? details.matches(':popover-open') : this.#open === key);
    this.select(id, opening);
    // Open, the button (its `popoverTargetElement`) closes its popover, and `beforetoggle` says so. Closed, the
    // details are rendered and `hostUpdated` shows them: for a reader's click that happens before the button's own
    // activation, which must then not toggle the new popover shut again.
    if (!details?.popover) {
      event.preventDefault();
      this.open = opening ? key : null;
    }
  }

  #handleToggle(event: ToggleEvent, key: string): void {
    if (event.newState === 'open') {
      this.#shown = key;
      this.open = key;
    } else {
      if (this.#shown === key) this.#shown = null;
      if (this.#open === key) this.open = null;
    }
    // closed from script (`open = null`), `open` was already null: render again so the details go
    this.#host.requestUpdate();
  }

  #handleKeydown(event: KeyboardEvent, key: string, id: string): void {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const open = this.#open === key;
    if (!open && !this.selected(id)) return; // nothing of ours to close: an enclosing chip may close
    event.preventDefault();
    this.select(id, false);
    if (open) {
      this.open = null;
      this.#chip(key)?.querySelector<HTMLButtonElement>('.badge')?.focus();
    }
  }

  /** Focus leaving the chip and its details closes them, so they never cover what gets the focus next. */
  #handleFocusout(event: FocusEvent, key: string): void {
    if (this.#open !== key) return;
    const to = event.relatedTarget as Element | null;
    if (!to || (event.currentTarget as HTMLElement).contains(to)) return;
    this.open = null;
  }

  /** The chip of `actor`; `key` is unique among the host's chips. */
  render(actor: Actor, key: string, { hideKind = false, text = false, parts = false }: ChipOptions = {}): TemplateResult {
    const { index, story } = this.#state();
    const s = this.#locale.strings;
    const selected = this.selected(actor.id);
    const related = this.related(actor.id);
    const open = this.#open === key;
    // The details exist only while open (or while their popover is still closing): a closed chip is a button alone,
    // which matters where a widget holds dozens of chips (an empty popover per chip doubled their style
    // recalculation). `aria-controls` names them only while they exist.
    const details = open || this.#shown === key;
    // On the server (no HTMLElement), as in every current browser: the markup hydration will meet.
    const popover = isServer || typeof HTMLElement.prototype.showPopover === 'function';
    const id = `chip-${key}`;
    return html`<span
      class="chip${open ? ' open' : ''}"
      data-chip=${key}
      data-actor=${actor.id}
      @keydown=${(e: KeyboardEvent) => this.#handleKeydown(e, key, actor.id)}
      @focusout=${(e: FocusEvent) => this.#handleFocusout(e, key)}
      ><button
        type="button"
        class="badge${selected || related ? ' selected' : ''}${actor.anonymous ? ' anonymous' : ''}"
        part=${ifDefined(parts ? 'badge' : undefined)}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${ifDefined(details ? id : undefined)}
        @click=${(e: Event) => this.#handleClick(e, key, actor.id)}
      >
        ${renderActorLabel(actor, story?.article.language ?? '', s, { text, hideKind })}${selected || related
          ? html`<span class="visually-hidden">, ${s.highlighted}</span>`
          : nothing}</button
      >${details
        ? html`<div
            id=${id}
            class="details info"
            part=${ifDefined(parts ? 'details' : undefined)}
            .popover=${popover ? 'auto' : null}
            @beforetoggle=${(e: ToggleEvent) => this.#handleToggle(e, key)}
          >
            ${open
              ? renderActorInfo(actor, {
                  index,
                  story,
                  locale: this.#locale,
                  highlight: { selected, toggle: () => this.select(actor.id, !selected) },
                  affiliation: this.#affiliation,
                })
              : nothing}
          </div>`
        : nothing}</span
    >`;
  }
}
