import { html, isServer, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SahelSelectEvent } from '../../events/sahel-select.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderNotFound, renderStoryStatus } from '../../shared/story-status.js';
import { concerned } from '../../story/concerns.js';
import { actorChipStyles } from '../../shared/actor-details.styles.js';
import { styles } from './actor-badge.styles.js';
import { placeDetails, renderActorInfo, renderActorLabel } from '../../shared/actor-details.js';
import type { ActorInfoOptions } from '../../shared/actor-details.js';

type WithSource = HTMLElement & { showPopover(options: { source?: HTMLElement }): void };

/**
 * A compact badge for one actor of the story (a person, organization, country or group) that fits in a
 * line of body text: a kind marker (for a country, its ISO 3166 code in a small box), the name, and a plain
 * "Unnamed" marker when the article withholds the name.
 *
 * **Details on demand.** Activating the badge (click, Enter or Space) opens its details in a popover
 * anchored to it (the native `popover`, placed with CSS anchor positioning or else by script; an inline
 * disclosure where the browser has no popover): the role as the article states it, age, affiliations (as
 * badges), how often the article mentions the actor, their quotes (first words; a link to a
 * `<quote-card quote="…">` on the page that has an `id`, or a button that scrolls to and focuses one that
 * has none) and their events (date and title), the article's reason when it withholds the name, and the
 * corrections that concern the actor. Tab moves into the details; Escape closes them and returns
 * focus to the badge. The story's own words carry the article's `lang`; the UI strings follow the page's.
 *
 * **Linked selection.** Activating the badge also selects its actor in the story, so every widget of that
 * story highlights what concerns them; activating it again, or Escape while focus is in the badge, clears
 * the selection, while a click elsewhere closes the details and keeps the highlight. The details hold a
 * separate "Highlight in this article" toggle (`aria-pressed`) that selects or clears without closing, and
 * `select()` does the same from script. In the `full` variant the badge is that toggle. A badge whose actor
 * is selected is highlighted (a non-colour cue too: its name is underlined) and matches `:state(selected)`.
 * A badge whose actor the story's selection of another kind concerns (the speaker of a selected quote, an
 * actor of a selected event, whoever gives a selected figure, the country that is the selected place, an end
 * of a selected relation) is highlighted the same way, is described as "highlighted", and matches `:state(related)`.
 *
 * @summary An inline badge for an actor of the story, with details on demand and linked selection.
 *
 * @fires {SahelSelectEvent} sahel-select - The badge selected its actor (`event.selection` is `{ kind: 'actor', id }`) or cleared it (`null`).
 *
 * @csspart badge - The button with the marker and the name.
 * @csspart icon - The kind marker.
 * @csspart code - A country's ISO 3166-1 alpha-2 code.
 * @csspart name - The actor's name.
 * @csspart unnamed - The "Unnamed" marker of an anonymous actor.
 * @csspart details - The details: the popover, or the body of the `full` card.
 * @csspart card - The card of the `full` variant.
 * @csspart status - The loading, error or "no such actor" message.
 * @csspart anonymity - In the details: the article's reason for not naming the actor.
 * @csspart correction - In the details: a correction that concerns the actor.
 *
 * @cssprop [--sahel-actor-badge-background=color-mix(in srgb, currentColor 7%, transparent)] - Background of the chip.
 * @cssprop [--sahel-actor-badge-border=color-mix(in srgb, currentColor 35%, transparent)] - Border of the chip.
 * @cssprop [--sahel-actor-badge-selected=var(--sahel-color-highlight, light-dark(#fff0b8, #4d3d00))] - Background of a selected badge.
 * @cssprop [--sahel-actor-badge-details-width=22rem] - Largest width of the details popover.
 */
@customElement('actor-badge')
export class ActorBadge extends LitElement {
  static override styles = [hostStyles, actorChipStyles, styles];

  private _story = new StoryConsumer(this);
  private _locale = new LocaleController(this);
  // renders nothing until the strings of its language have loaded (fr, ha, ar load on first use)
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this._locale, () => super.scheduleUpdate());
  }
  private _internals = this.attachInternals();
  private _reported: string | null = null;
  /** Whether the popover is shown or being shown (a `beforetoggle` sets it before `:popover-open` matches). */
  private _shown = false;

  @query('.badge') private _button?: HTMLButtonElement;
  @query('.details') private _details?: HTMLElement;

  /** Id of the actor, from the story's `actors`. */
  @property() actor = '';

  /** `chip` (default): the badge; `full`: a card with the details always shown; `text`: the name underlined, for prose. */
  @property({ reflect: true }) variant: 'chip' | 'full' | 'text' = 'chip';

  /** Whether the details are shown (`chip` and `text`; the `full` card always shows them). Setting it does not select. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Leaves the actor's kind out of the badge's accessible name, where a heading already says it (as in `<actor-list>`). */
  @property({ type: Boolean, attribute: 'hide-kind' }) hideKind = false;

  constructor() {
    super();
    this.addEventListener('keydown', this._handleKeydown);
    this.addEventListener('focusout', this._handleFocusout);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // a popover leaves the top layer with its element, without a toggle event
    this.open = this._shown = false;
  }

  /** Whether this badge's actor is the selection of its story. */
  get selected(): boolean {
    const { selection } = this._story.state;
    return selection?.kind === 'actor' && selection.id === this.actor;
  }

  /**
   * Whether the story's selection, of another kind, concerns this badge's actor (the speaker of a selected
   * quote, an actor of a selected event, whoever gives a selected figure, a country that is the selected place,
   * an end of a selected relation).
   */
  get related(): boolean {
    const { selection, index } = this._story.state;
    return !!selection && selection.kind !== 'actor' && concerned(selection, index).actors.has(this.actor);
  }

  protected override willUpdate(): void {
    const { status, index, story } = this._story.state;
    if (status === 'ready' && !index?.actors.has(this.actor) && this._reported !== this.actor) {
      this._reported = this.actor;
      console.error(`<actor-badge>: no actor "${this.actor}" in story "${story?.id}"`);
    }
  }

  protected override updated(): void {
    try {
      this._internals.states[this.selected ? 'add' : 'delete']('selected');
      this._internals.states[this.related ? 'add' : 'delete']('related');
    } catch {
      // engines without custom states: the inner button still shows the state
    }
    const { _details: details, _button: button } = this;
    if (!button) return;
    if (!details?.popover) {
      // closed: the details are gone, and so is what the button toggles
      if (button.popoverTargetElement) button.popoverTargetElement = null;
      return;
    }
    button.popoverTargetElement = details;
    if (this.open !== this._shown) {
      if (this.open) (details as WithSource).showPopover({ source: button });
      else details.hidePopover();
    }
    if (this.open) placeDetails(details, button);
  }

  /** Focus leaving the badge and its details closes them, so they never cover what gets the focus next. */
  private _handleFocusout = (event: FocusEvent): void => {
    if (!this.open || this.variant === 'full') return;
    const to = event.relatedTarget as Node | null;
    if (!to || this.contains(to) || this.renderRoot.contains(to)) return;
    this.open = false;
  };

  private _handleClick(event: Event): void {
    if (this.variant === 'full') return this.select(!this.selected);
    const opening = !(this._details?.popover ? this._details.matches(':popover-open') : this.open);
    this.select(opening);
    // Open, the button (its `popoverTargetElement`) closes the popover, and `beforetoggle` sets `open`. Closed,
    // the details are rendered by `open` and `updated` shows the popover: for a reader's click that happens
    // before the button's own activation, which must then not toggle the new popover shut again.
    if (!this._details?.popover) {
      event.preventDefault();
      this.open = opening;
    }
  }

  private _handleToggle(event: ToggleEvent): void {
    this.open = this._shown = event.newState === 'open';
    // closed from script (`open = false`), `open` was already false: render again so the details go
    this.requestUpdate();
  }

  private _handleKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const open = this.open && this.variant !== 'full';
    if (!open && !this.selected) return; // nothing of ours to close: an enclosing badge may close
    event.preventDefault();
    this.select(false);
    if (open) {
      this.open = false;
      this._button?.focus();
    }
  };

  /**
   * Selects this badge's actor in its story, so every widget of the story highlights it; `select(false)`
   * clears the selection if it is this actor. Fires `sahel-select` when the selection changes.
   */
  select(selected = true): void {
    const { state } = this._story;
    if (selected === this.selected || !state.index?.actors.has(this.actor)) return;
    const selection = selected ? { kind: 'actor' as const, id: this.actor } : null;
    state.select(selection);
    this.dispatchEvent(new SahelSelectEvent(selection));
  }

  private _detailsOptions(inPopover: boolean): ActorInfoOptions {
    const { index, story } = this._story.state;
    return {
      index,
      story,
      locale: this._locale,
      highlight: inPopover ? { selected: this.selected, toggle: () => this.select(!this.selected) } : undefined,
      affiliation: (id) => html`<actor-badge actor=${id}></actor-badge>`,
    };
  }

  protected override render() {
    const { state } = this._story;
    const s = this._locale.strings;
    const status = renderStoryStatus(state, s, this);
    if (status !== nothing) return status;
    const actor = state.index?.actors.get(this.actor);
    if (!actor) return renderNotFound(s.notFound('actor', this.actor));
    const { variant, selected, related } = this;
    const text = variant === 'text';
    const label = renderActorLabel(actor, state.story?.article.language ?? '', s, { text, hideKind: this.hideKind });
    const badge = `badge${selected || related ? ' selected' : ''}${actor.anonymous ? ' anonymous' : ''}`;

    if (variant === 'full') {
      return html`<div class="card" part="card">
        <button type="button" class=${badge} part="badge" aria-pressed=${selected ? 'true' : 'false'} @click=${this._handleClick}>${label}${related
          ? html`<span class="visually-hidden">, ${s.highlighted}</span>`
          : nothing}</button>
        <div class="info" part="details">${renderActorInfo(actor, this._detailsOptions(false))}</div>
      </div>`;
    }
    // On the server (no HTMLElement), as in every current browser: the markup hydration will meet.
    const popover = isServer || typeof HTMLElement.prototype.showPopover === 'function';
    // The details exist only while open (or while their popover is still closing): a closed badge is a button
    // alone, which matters where a widget holds dozens of badges (an empty popover per badge doubled their
    // style recalculation). `aria-controls` names them only while they exist.
    const details = this.open || this._shown;
    return html`<button
        type="button"
        class=${badge}
        part="badge"
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-controls=${ifDefined(details ? 'details' : undefined)}
        @click=${this._handleClick}
      >
        ${label}${selected || related ? html`<span class="visually-hidden">, ${s.highlighted}</span>` : nothing}</button
      >${details
        ? html`<div id="details" class="details info" part="details" .popover=${popover ? 'auto' : null} @beforetoggle=${this._handleToggle}>
            ${this.open ? renderActorInfo(actor, this._detailsOptions(true)) : nothing}
          </div>`
        : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-badge': ActorBadge;
  }
}
