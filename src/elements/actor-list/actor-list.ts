import { html, LitElement, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { property, state } from 'lit/decorators.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderStoryStatus } from '../../shared/story-status.js';
import type { Actor, ActorKind } from '../../story/types.js';
import '../actor-badge/actor-badge.js';
import { ActorChips } from '../../shared/actor-details.js';
import { actorChipStyles } from '../../shared/actor-details.styles.js';
import { styles } from './actor-list.styles.js';
import { shared } from '../../shared/intl.js';

const kinds: ActorKind[] = ['person', 'organization', 'country', 'group'];
/**
 * A heading of `level` (1–6, clamped) holding `content`: the box's title (`part="title"`, `id="title"`) or a kind's
 * (`part="heading"`). Six plain templates, where `lit/static-html.js` (0.36 KB gzip in the CDN file, for this alone)
 * would build the tag.
 */
function heading(level: number, content: unknown, title = false): TemplateResult {
  const id = title ? 'title' : undefined;
  const part = title ? 'title' : 'heading';
  switch (Math.min(6, level)) {
    case 1:
      return html`<h1 id=${ifDefined(id)} part=${part}>${content}</h1>`;
    case 2:
      return html`<h2 id=${ifDefined(id)} part=${part}>${content}</h2>`;
    case 3:
      return html`<h3 id=${ifDefined(id)} part=${part}>${content}</h3>`;
    case 4:
      return html`<h4 id=${ifDefined(id)} part=${part}>${content}</h4>`;
    case 5:
      return html`<h5 id=${ifDefined(id)} part=${part}>${content}</h5>`;
    default:
      return html`<h6 id=${ifDefined(id)} part=${part}>${content}</h6>`;
  }
}

/**
 * The cast of characters of a story: every actor, grouped by kind (people, organizations, countries,
 * groups) under a heading each, as actor chips (what `<actor-badge>` shows, drawn in the list's own shadow root), each
 * with the number of times the article mentions them. Readers sort by mentions or by name with the visible control (two toggle buttons); the
 * chips open their details and select their actor like any `<actor-badge>`.
 *
 * The box is titled with a heading of level `heading-level` (default `<h2>`) and each kind with the next level, so
 * the box fits the page's outline. The chips leave the kind out of their names (the kind's heading says it), and
 * re-sorting is announced politely.
 *
 * @summary Every actor of the story, grouped by kind and sortable, as a cast-of-characters box.
 *
 * @csspart base - The box.
 * @csspart title - The box's title.
 * @csspart heading - The heading of a kind.
 * @csspart list - The list of one kind's actors.
 * @csspart item - One actor: its chip and its mention count.
 * @csspart icon - In an actor's chip: the kind marker (as `<actor-badge>`'s `icon`).
 * @csspart code - In a country's chip: its ISO 3166-1 alpha-2 code.
 * @csspart name - In an actor's chip: the actor's name.
 * @csspart unnamed - In an anonymous actor's chip: the "Unnamed" marker.
 * @csspart sort - Each of the two sort buttons (most mentioned first, by name); `[aria-pressed="true"]` on the current one.
 * @csspart status - The loading or error message.
 *
 * @cssprop [--sahel-actor-list-column-width=16rem] - Narrowest column of the lists; as many columns fit as the width allows.
 */
@customElement('actor-list')
export class ActorList extends LitElement {
  static override styles = [hostStyles, actorChipStyles, styles];

  private _story = new StoryConsumer(this);
  private _locale = new LocaleController(this);
  /** The actors, as chips (what `<actor-badge>` shows, drawn here: not one element per actor). */
  private _chips = new ActorChips(this, () => this._story.state, this._locale, (id) => html`<actor-badge actor=${id}></actor-badge>`);
  // renders nothing until the strings of its language have loaded (fr, ha, ar load on first use)
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this._locale, () => super.scheduleUpdate());
  }

  /** Order within each kind: `mentions` (most mentioned first; the default) or `name`. The visible control sets it too. */
  @property({ reflect: true }) sort: 'mentions' | 'name' = 'mentions';

  /** Level of the box's heading (1–6, default 2); each kind's heading is one level below (at most 6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  /** What the status region says after the reader re-sorts. @internal */
  @state() private _announced = '';

  /**
   * The visible sort control is two toggle buttons, not a `<select>`: a page's form controls are what the browser's
   * autofill reads and lays out whenever the page changes (busy page, 200 widgets, 29 lists: main-thread CPU 680–740 →
   * 500–540 ms, longest task 140–175 → 80 ms).
   */
  private _setSort(sort: ActorList['sort']): void {
    if (sort === this.sort) return;
    this.sort = sort;
    const s = this._locale.strings;
    this._announced = s.sorted(this.sort === 'name' ? s.sortByName : s.sortByMentions);
  }

  protected override render() {
    const { state } = this._story;
    const s = this._locale.strings;
    const status = renderStoryStatus(state, s, this);
    if (status !== nothing) return status;
    const byName = this.sort === 'name';
    const collator = shared(Intl.Collator, this._locale.lang);
    const actors = [...(state.story?.actors ?? [])].sort((a: Actor, b: Actor) =>
      byName ? collator.compare(a.name, b.name) : b.mentions.length - a.mentions.length,
    );
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<section part="base" aria-labelledby="title">
      <div class="top">
        ${heading(level, s.cast, true)}
        <div class="sort" role="group" aria-labelledby="sort-by"
          ><span id="sort-by">${s.sortBy}</span>
          ${(['mentions', 'name'] as const).map(
            (by) =>
              html`<button type="button" part="sort" aria-pressed=${this.sort === by ? 'true' : 'false'} @click=${() => this._setSort(by)}>
                ${by === 'name' ? s.sortByName : s.sortByMentions}
              </button>`,
          )}</div
        ><span class="visually-hidden" role="status">${this._announced}</span>
      </div>
      ${kinds.map((kind) => {
        const group = actors.filter((a) => a.kind === kind);
        return group.length
          ? html`${heading(level + 1, s.actorKinds[kind])}
              <ul part="list">
                ${group.map(
                  (a) =>
                    html`<li part="item">
                      ${this._chips.render(a, a.id, { hideKind: true })}
                      <span class="count"><span aria-hidden="true">${a.mentions.length}</span><span class="visually-hidden">${s.mentions(a.mentions.length)}</span></span>
                    </li>`,
                )}
              </ul>`
          : nothing;
      })}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-list': ActorList;
  }
}
