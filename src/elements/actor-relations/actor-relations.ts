import { html, LitElement, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SahelSelectEvent } from '../../events/sahel-select.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { sourceSentence } from '../../shared/source-sentence.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderNotFound, renderStoryStatus } from '../../shared/story-status.js';
import { concerned } from '../../story/concerns.js';
import type { Selection } from '../../story/state.js';
import type { StoryIndex } from '../../story/story-index.js';
import type { Relation, Story } from '../../story/types.js';
import '../actor-badge/actor-badge.js';
import { ActorChips } from '../../shared/actor-details.js';
import { actorChipStyles } from '../../shared/actor-details.styles.js';
import { ends, H, key, radialLayout, W } from './radial-layout.js';
import type { End, Node } from './radial-layout.js';

export { radialLayout } from './radial-layout.js';
import { styles } from './actor-relations.styles.js';

/** The name of an item of the story, as the article has it. */
export function itemName(end: End, index: StoryIndex): string {
  switch (end.kind) {
    case 'actor':
      return index.actors.get(end.id)?.name ?? end.id;
    case 'place':
      return index.places.get(end.id)?.name ?? end.id;
    case 'event':
      return index.events.get(end.id)?.title ?? end.id;
    case 'figure':
      return index.figures.get(end.id)?.label ?? end.id;
    case 'quote': {
      const text = index.quotes.get(end.id)?.text ?? end.id;
      return text.length > 60 ? `${text.slice(0, 59)}…` : text;
    }
  }
}

const short = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);

/**
 * Who is tied to whom in the story (alliances, memberships, oppositions, funding, leadership…), as an
 * accessible list grouped by kind, each relation read as "Niger — ordered to leave → US military personnel in
 * Niger" with the article's words for it, since when, and the source sentence on demand. Actors are
 * chips as `<actor-badge>` draws them (drawn here, with their details on demand and linked selection); places,
 * events, figures and quotes at either end show their names and select them.
 *
 * **Diagram.** In a wide slot (`layout="auto"`, from 40rem of the widget's own width, a container query) or
 * always (`layout="diagram"`), a small radial node-link drawing in SVG sits above the list: the ego actor (or
 * the most connected item) in the centre, the others around it, an arrow per relation. It is laid out by a few
 * lines of code here, no library.
 *
 * **Keyboard and screen readers: the list is the path, the diagram is decorative.** The SVG is
 * `aria-hidden="true"` and its nodes are not focusable, on purpose: everything it draws is in the list below it
 * (every node is an end of a relation there, as an actor chip or a button that selects the item; every line is
 * a relation with its kind toggle), so Tab goes through the list and never stops in the drawing. A pointer can
 * select an item by clicking its node; the list then shows the same selection (`aria-pressed`).
 *
 * **Linked selection.** The kind words of each relation are a toggle that selects the relation in every widget
 * of the story (again: clears). A relation that concerns the selection (the selected relation, one whose end
 * is the selected actor, place, event, figure or quote, or one at a place inside the selected place) is marked
 * with a thick rule, `aria-current="true"` and the word "Selected"; in the diagram its line is thick and solid
 * and the other lines are dashed, and the nodes the selection concerns have a thick ring.
 *
 * @summary Relations between the actors (and places, events) of the story: a grouped list and a radial diagram.
 *
 * @attr {string} actor - Id of an actor: only the relations with this actor at one end (its ego network).
 * @attr {string} kind - Relation kinds to show, space-separated (`alliance funds`); all by default.
 * @attr {'list' | 'diagram' | 'auto'} layout - `auto` (default): the diagram too when the widget is at least 40rem wide; `list`; `diagram`: always the diagram, above the list.
 * @attr {'light' | 'dark'} theme - Forces a colour scheme; by default the page's inherited `color-scheme` decides.
 *
 * @fires {SahelSelectEvent} sahel-select - The reader selected a relation (`{ kind: 'relation', id }`) or an item at one end (`{ kind: 'place' | 'event' | …, id }`; actors through their chips), or cleared it (`null`).
 *
 * @csspart base - The box.
 * @csspart title - The box's title.
 * @csspart diagram - The SVG drawing.
 * @csspart heading - The heading of a kind.
 * @csspart list - The list of one kind's relations.
 * @csspart item - One relation.
 * @csspart icon - In an actor's chip: the kind marker (as `<actor-badge>`'s `icon`).
 * @csspart code - In a country's chip: its ISO 3166-1 alpha-2 code.
 * @csspart name - In an actor's chip: the actor's name.
 * @csspart unnamed - In an anonymous actor's chip: the "Unnamed" marker.
 * @csspart context - The disclosed article sentence.
 * @csspart status - The loading, error, empty or "no such actor" message.
 *
 * @cssprop [--sahel-actor-relations-accent=var(--sahel-color-accent, light-dark(#9a3412, #fdba74))] - Arrows, the selection rule.
 * @cssprop [--sahel-actor-relations-background=var(--sahel-color-surface, light-dark(#ffffff, #1d1d1f))] - Background of the box.
 * @cssprop [--sahel-actor-relations-border-color=var(--sahel-color-border, light-dark(#d4d4d4, #48484a))] - Borders.
 * @cssprop [--sahel-actor-relations-diagram-width=40rem] - Widest the diagram is drawn.
 */
@customElement('actor-relations')
export class ActorRelations extends LitElement {
  static override styles = [hostStyles, actorChipStyles, styles];

  private consumer = new StoryConsumer(this);
  private locale = new LocaleController(this);
  // renders nothing until the strings of its language have loaded (fr, ha, ar load on first use)
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this.locale, () => super.scheduleUpdate());
  }
  private opened = new Set<string>();
  private logged = '';
  /** The actors at the ends, as chips (what `<actor-badge>` shows, drawn here: not one element per end). */
  private chips = new ActorChips(this, () => this.consumer.state, this.locale, (id) => html`<actor-badge actor=${id}></actor-badge>`);

  /** Id of an actor: only the relations with this actor at one end. */
  @property() actor = '';

  /** Relation kinds to show, space-separated; all when empty. */
  @property() kind = '';

  /** `auto` (default), `list` or `diagram`. */
  @property({ reflect: true }) layout: 'list' | 'diagram' | 'auto' = 'auto';

  /** `light` or `dark` forces a colour scheme; unset, the page's `color-scheme` decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private select(selection: Selection | null): void {
    this.consumer.state.select(selection);
    this.dispatchEvent(new SahelSelectEvent(selection));
  }

  private isSelected(end: End): boolean {
    const { selection } = this.consumer.state;
    return selection?.kind === end.kind && selection.id === end.id;
  }

  private handleToggle(id: string): void {
    if (!this.opened.delete(id)) this.opened.add(id);
    this.requestUpdate();
  }

  /** Whether a relation concerns the selection, and whether it is the selection. */
  private marks(r: Relation): [boolean, boolean] {
    const { selection, index } = this.consumer.state;
    const current = selection?.kind === 'relation' && selection.id === r.id;
    return [current || ends(r).some((e) => this.isSelected(e)) || concerned(selection, index).relations.has(r.id), current];
  }

  private renderEnd(end: End, key: string, index: StoryIndex, story: Story) {
    const lang = story.article.language;
    const actor = end.kind === 'actor' ? index.actors.get(end.id) : undefined;
    if (actor) return this.chips.render(actor, key);
    const pressed = this.isSelected(end);
    return html`<button type="button" class="item" lang=${lang} aria-pressed=${pressed ? 'true' : 'false'} @click=${() => this.select(pressed ? null : end)}>
      ${itemName(end, index)}
    </button>`;
  }

  private renderRelation(r: Relation, story: Story, index: StoryIndex) {
    const s = this.locale.strings;
    const lang = story.article.language;
    const [from, to] = ends(r);
    const [related, current] = this.marks(r);
    const open = this.opened.has(r.id);
    return html`<li part="item" class="relation ${related ? 'related' : ''}" aria-current=${ifDefined(related ? 'true' : undefined)}>
      ${related ? html`<span class="tag">${s.selected}</span>` : nothing}
      <p class="line">
        ${this.renderEnd(from, `${r.id}:from`, index, story)}
        <span class="link"
          ><span aria-hidden="true">— </span
          ><button type="button" class="kind" lang=${lang} aria-pressed=${current ? 'true' : 'false'} @click=${() => this.select(current ? null : { kind: 'relation', id: r.id })}>
            ${r.kind.replace(/-/g, ' ')}</button
          ><span aria-hidden="true"> <span class="arrow">→</span></span><span class="visually-hidden"> ${s.relationTo}</span></span
        >
        ${this.renderEnd(to, `${r.id}:to`, index, story)}
      </p>
      <p class="label"><span lang=${lang} dir="auto">${r.label}</span>${r.since ? html` <span class="since">(${s.since(this.locale.format(r.since))})</span>` : nothing}</p>
      <button type="button" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="src-${r.id}" @click=${() => this.handleToggle(r.id)}>
        ${open ? s.hideSource : s.showSource}
      </button>
      <div part="context" class="context" id="src-${r.id}" ?hidden=${!open}>${sourceSentence(r.source, index, lang)}</div>
    </li>`;
  }

  private renderDiagram(relations: Relation[], index: StoryIndex, lang: string) {
    const ego = this.actor ? ({ kind: 'actor', id: this.actor } as End) : undefined;
    const nodes = radialLayout(relations, ego);
    const at = new Map(nodes.map((n) => [key(n.end), n]));
    // parallel relations between the same two items bend apart
    const pairs = new Map<string, Relation[]>();
    for (const r of relations) {
      const k = ends(r).map(key).sort().join('|');
      pairs.set(k, [...(pairs.get(k) ?? []), r]);
    }
    const { selection } = this.consumer.state;
    const near = concerned(selection, index);
    const concernedEnd = (e: End) => near[`${e.kind}s` as const].has(e.id);
    const edges = relations.map((r) => {
      const [a, b] = ends(r).map((e) => at.get(key(e)) as Node);
      const siblings = pairs.get(ends(r).map(key).sort().join('|')) as Relation[];
      const bend = (siblings.indexOf(r) - (siblings.length - 1) / 2) * 36;
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const len = Math.hypot(dx, dy) || 1;
      // stop short of the nodes' circles
      const [x1, y1, x2, y2] = [a.x + (dx / len) * 9, a.y + (dy / len) * 9, b.x - (dx / len) * 12, b.y - (dy / len) * 12];
      let cx = (x1 + x2) / 2 - (dy / len) * bend;
      let cy = (y1 + y2) / 2 + (dx / len) * bend;
      if (a !== nodes[0] && b !== nodes[0]) {
        // a chord of the ring bows away from the centre, so it does not run through the centre node
        const ox = cx - W / 2;
        const oy = cy - H / 2;
        const d = Math.hypot(ox, oy);
        const [ux, uy] = d > 40 ? [ox / d, oy / d] : [-dy / len, dx / len];
        cx += ux * (d > 40 ? 70 : 110);
        cy += uy * (d > 40 ? 70 : 110);
      }
      const [related] = this.marks(r);
      // the arrowhead is drawn, not an SVG marker: a `url(#…)` reference from a shadow root kept removed diagrams alive
      // in Chromium's style cache (the leak test found them)
      const ex = x2 - cx;
      const ey = y2 - cy;
      const el = Math.hypot(ex, ey) || 1;
      const [ux, uy] = [ex / el, ey / el];
      const p = (along: number, across: number) => `${(x2 + ux * along - uy * across).toFixed(1)} ${(y2 + uy * along + ux * across).toFixed(1)}`;
      return svg`<path class="edge ${related ? 'on' : selection ? 'off' : ''}" d=${`M${x1.toFixed(1)} ${y1.toFixed(1)}Q${cx.toFixed(1)} ${cy.toFixed(1)} ${x2.toFixed(1)} ${y2.toFixed(1)}`}><title .textContent=${r.label}></title></path><path class="head" d=${`M${p(1, 0)}L${p(-8, 4.5)}L${p(-8, -4.5)}z`}></path>`;
    });
    // `<title .textContent>`, not `<title>${…}</title>`: server rendering cannot hydrate a binding inside a raw-text element.
    return html`<svg part="diagram" class="diagram" lang=${lang} viewBox="0 0 ${W} ${H}" aria-hidden="true" focusable="false">
      ${edges}
      ${nodes.map((n) => {
        const on = this.isSelected(n.end);
        const rel = !on && concernedEnd(n.end);
        const name = itemName(n.end, index);
        const dx = n.anchor === 'start' ? 12 : n.anchor === 'end' ? -12 : 0;
        const dy = n.anchor === 'middle' ? (n.y > H / 2 || n === nodes[0] ? 24 : -14) : 4;
        return svg`<g class="node ${n.end.kind} ${on ? 'on' : rel ? 'rel' : ''}${n === nodes[0] ? ' centre' : ''}" @click=${() => this.select(on ? null : n.end)}>
          <title .textContent=${name}></title>
          <circle cx=${n.x.toFixed(1)} cy=${n.y.toFixed(1)} r=${on ? 10 : 7}></circle>
          <text x=${(n.x + dx).toFixed(1)} y=${(n.y + dy).toFixed(1)} text-anchor=${n.anchor} lang=${lang}>${short(name)}</text>
        </g>`;
      })}
    </svg>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { state } = this.consumer;
    const { story, index } = state;
    const s = this.locale.strings;
    if (!story || !index) return renderStoryStatus(state, s, this);
    const ego = this.actor ? index.actors.get(this.actor) : undefined;
    if (this.actor && !ego) {
      const why = s.notFound('actor', this.actor);
      if (why !== this.logged) console.error(`<actor-relations>: ${(this.logged = why)} (story "${story.id}")`);
      return renderNotFound(why);
    }
    this.logged = '';
    const kinds = this.kind.split(/\s+/).filter(Boolean);
    const relations = story.relations.filter(
      (r) => (!kinds.length || kinds.includes(r.kind)) && (!ego || ends(r).some((e) => e.kind === 'actor' && e.id === ego.id)),
    );
    if (!relations.length) return html`<div class="status" part="status" role="status">${s.noRelations}</div>`;
    const groups = new Map<string, Relation[]>();
    for (const r of relations) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
    const lang = story.article.language;
    const known = (k: string) => Object.hasOwn(s.relationKinds, k);
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 id="title" part="title">${ego ? html`${s.relationsOf('\u0000').split('\u0000')[0]}<span lang=${lang}>${ego.name}</span>${s.relationsOf('\u0000').split('\u0000')[1]}` : s.relations}</h2>
      ${this.layout === 'list' ? nothing : this.renderDiagram(relations, index, lang)}
      ${[...groups].map(
        ([kind, list]) => html`<h3 part="heading" lang=${ifDefined(known(kind) ? undefined : lang)}>${known(kind) ? s.relationKinds[kind] : kind.replace(/-/g, ' ')}</h3>
          <ul part="list">
            ${list.map((r) => this.renderRelation(r, story, index))}
          </ul>`,
      )}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'actor-relations': ActorRelations;
  }
}
