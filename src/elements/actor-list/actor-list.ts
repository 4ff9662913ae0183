import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController } from '../../shared/locale.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderStoryStatus } from '../../shared/story-status.js';
import type { Actor, ActorKind } from '../../story/types.js';
import '../actor-badge/actor-badge.js';
import { styles } from './actor-list.styles.js';

const kinds: ActorKind[] = ['person', 'organization', 'country', 'group'];

/**
 * The cast of characters of a story: every actor, grouped by kind (people, organizations, countries,
 * groups) under a heading each, as `<actor-badge>`s, each with the number of times the article mentions them. Readers sort
 * by mentions or by name with the visible control; the badges open their details and select their actor
 * like any other badge.
 *
 * The box is titled with an `<h2>` and each kind with an `<h3>`.
 *
 * @summary Every actor of the story, grouped by kind and sortable, as a cast-of-characters box.
 *
 * @csspart base - The box.
 * @csspart title - The box's title.
 * @csspart heading - The heading of a kind.
 * @csspart list - The list of one kind's actors.
 * @csspart item - One actor: a badge and its mention count.
 * @csspart status - The loading or error message.
 *
 * @cssprop [--sahel-actor-list-column-width=16rem] - Narrowest column of the lists; as many columns fit as the width allows.
 */
@customElement('actor-list')
export class ActorList extends LitElement {
  static override styles = [hostStyles, styles];

  private _story = new StoryConsumer(this);
  private _locale = new LocaleController(this);

  /** Order within each kind: `mentions` (most mentioned first; the default) or `name`. The visible control sets it too. */
  @property({ reflect: true }) sort: 'mentions' | 'name' = 'mentions';

  private _handleSort(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as ActorList['sort'];
  }

  protected override render() {
    const { state } = this._story;
    const s = this._locale.strings;
    const status = renderStoryStatus(state, s);
    if (status !== nothing) return status;
    const byName = this.sort === 'name';
    const collator = new Intl.Collator(this._locale.lang);
    const actors = [...(state.story?.actors ?? [])].sort((a: Actor, b: Actor) =>
      byName ? collator.compare(a.name, b.name) : b.mentions.length - a.mentions.length,
    );
    return html`<section part="base" aria-labelledby="title">
      <div class="top">
        <h2 id="title" part="title">${s.cast}</h2>
        <label
          >${s.sortBy}
          <select .value=${byName ? 'name' : 'mentions'} @change=${this._handleSort}>
            <option value="mentions">${s.sortByMentions}</option>
            <option value="name">${s.sortByName}</option>
          </select></label
        >
      </div>
      ${kinds.map((kind) => {
        const group = actors.filter((a) => a.kind === kind);
        return group.length
          ? html`<h3 part="heading">${s.actorKinds[kind]}</h3>
              <ul part="list">
                ${group.map(
                  (a) =>
                    html`<li part="item">
                      <actor-badge actor=${a.id}></actor-badge>
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
