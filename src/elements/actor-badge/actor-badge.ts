import { html, LitElement, nothing } from 'lit';
import type { PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderNotFound, renderStoryStatus } from '../../shared/story-status.js';
import { actorChipStyles } from '../../shared/actor-details.styles.js';
import { styles } from './actor-badge.styles.js';
import { ActorChips, renderActorInfo, renderActorLabel } from '../../shared/actor-details.js';

/** An affiliation in the details: a badge of its own. */
const affiliation = (id: string) => html`<actor-badge actor=${id}></actor-badge>`;

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
  /** The badge's one chip (open, popover, Escape, focus, light dismiss), as `<actor-list>` draws its chips; its key is `badge`. */
  private _chip = new ActorChips(
    this,
    () => this._story.state,
    this._locale,
    affiliation,
    (key) => {
      this.open = key !== null;
    },
  );

  /** Id of the actor, from the story's `actors`. */
  @property() actor = '';

  /** `chip` (default): the badge; `full`: a card with the details always shown; `text`: the name underlined, for prose. */
  @property({ reflect: true }) variant: 'chip' | 'full' | 'text' = 'chip';

  /** Whether the details are shown (`chip` and `text`; the `full` card always shows them). Setting it does not select. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Leaves the actor's kind out of the badge's accessible name, where a heading already says it (as in `<actor-list>`). */
  @property({ type: Boolean, attribute: 'hide-kind' }) hideKind = false;

  /** Whether this badge's actor is the selection of its story. */
  get selected(): boolean {
    return this._chip.selected(this.actor);
  }

  /**
   * Whether the story's selection, of another kind, concerns this badge's actor (the speaker of a selected
   * quote, an actor of a selected event, whoever gives a selected figure, a country that is the selected place,
   * an end of a selected relation).
   */
  get related(): boolean {
    return this._chip.related(this.actor);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('open')) this._chip.open = this.open ? 'badge' : null;
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
  }

  /** In the `full` card (no details to close), Escape clears the selection if it is this actor. */
  private _handleCardKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || event.defaultPrevented || !this.selected) return;
    event.preventDefault();
    this.select(false);
  }

  /**
   * Selects this badge's actor in its story, so every widget of the story highlights it; `select(false)`
   * clears the selection if it is this actor. Fires `sahel-select` when the selection changes.
   */
  select(selected = true): void {
    this._chip.select(this.actor, selected);
  }

  protected override render() {
    const { state } = this._story;
    const s = this._locale.strings;
    const status = renderStoryStatus(state, s, this);
    if (status !== nothing) return status;
    const actor = state.index?.actors.get(this.actor);
    if (!actor) return renderNotFound(s.notFound('actor', this.actor));
    const { variant, hideKind } = this;
    if (variant !== 'full') return this._chip.render(actor, 'badge', { text: variant === 'text', hideKind, parts: true });
    const { selected, related } = this;
    const label = renderActorLabel(actor, state.story?.article.language ?? '', s, { hideKind });
    return html`<div class="card" part="card" @keydown=${this._handleCardKeydown}>
      <button
        type="button"
        class="badge${selected || related ? ' selected' : ''}${actor.anonymous ? ' anonymous' : ''}"
        part="badge"
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => this.select(!this.selected)}
      >${label}${related ? html`<span class="visually-hidden">, ${s.highlighted}</span>` : nothing}</button>
      <div class="info" part="details">${renderActorInfo(actor, { index: state.index, story: state.story, locale: this._locale, affiliation })}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-badge': ActorBadge;
  }
}
