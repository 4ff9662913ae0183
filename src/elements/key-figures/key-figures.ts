import { html, LitElement, nothing, svg } from 'lit';
import type { TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { SahelSelectEvent } from '../../events/sahel-select.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import type { Strings } from '../../shared/i18n/strings.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { sourceSentence } from '../../shared/source-sentence.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderNotFound, renderStoryStatus } from '../../shared/story-status.js';
import { concerned } from '../../story/concerns.js';
import type { Selection } from '../../story/state.js';
import type { StoryIndex } from '../../story/story-index.js';
import type { Figure, Story } from '../../story/types.js';
import '../actor-badge/actor-badge.js';
import { styles } from './key-figures.styles.js';
import { claimantNames, ends, figureAmount, figuresOf, groupScale, shownGroups } from './figure-claims.js';
import type { FigureClaim } from './figure-claims.js';

export type KeyFiguresVariant = 'cards' | 'list' | 'inline';

export { groupFigures } from './figure-claims.js';
export type { FigureClaim } from './figure-claims.js';

/**
 * The numbers of a story as the article gives them: a range ("200–300"), a bound ("more than 10,000"),
 * a hedge ("about 1,000"), money in its currency through `Intl.NumberFormat` (large amounts spelled out:
 * "4.2 billion Nigerian nairas"), and the same amount in a second currency or unit shown with it as one figure
 * ("… (about 2.7 million US dollars)"). Each figure has its label, who gives it (an `<actor-badge>`) and, on
 * demand, the article's sentence with the cited words marked.
 *
 * **Disputed figures side by side.** Figures linked by `contests` are one group: the claims of one quantity
 * next to each other, each with its source, under a plain-words line ("Kano police and Kano Workers’ Alliance
 * disagree"); where the units agree, each claim has a proportional bar (SVG, hidden from assistive
 * technology) and a sentence says the size of the gap ("The highest figure is 5 times the lowest."). A
 * single-figure view (`figure`) shows the whole group, so one side of a dispute is never shown alone
 * (except `inline`, which says "disputed").
 *
 * **Linked selection.** The value of each figure is a toggle button: it selects the figure in every widget of
 * the story (again: clears). A figure that concerns the selection (the selected figure, one
 * claimed by or about the selected actor, one cited from a paragraph that mentions the selected place or from
 * the selected event's paragraph, one at an end of the selected relation; see `concerned` in
 * `story/concerns.ts`) is marked with a thick rule, `aria-current="true"` and the word "Selected"; a group
 * holding the selected figure is outlined.
 *
 * The story comes from the nearest `<sahel-story>`, else the page default, else the embedded story; loading
 * and error states are shown; an unknown `figure` id is named on the widget and, once, in the console.
 *
 * @summary The story's figures, with hedges, ranges, currencies, claimants, sources and disputes side by side.
 *
 * @attr {string} figure - Id of one figure: shows its group (the claims it disputes or that dispute it).
 * @attr {boolean} contested - Only the disputed figures.
 * @attr {string} actor - Only the figures claimed by or about this actor (with the claims that dispute them).
 * @attr {'cards' | 'list' | 'inline'} variant - `cards` (default), `list` (rows), `inline` (one figure as a span in a sentence; needs `figure`).
 * @attr {'light' | 'dark'} theme - Forces a colour scheme; by default the page's inherited `color-scheme` decides.
 *
 * @fires {SahelSelectEvent} sahel-select - The reader selected a figure (`selection` `{ kind: 'figure', id }`) or, again, cleared it (`null`).
 *
 * @csspart base - The box (`cards` and `list`).
 * @csspart title - The box's title.
 * @csspart group - A group of claims that dispute each other.
 * @csspart disagree - The plain-words line over a disputed group.
 * @csspart figure - One claim: value, label, claimant, source.
 * @csspart value - The value toggle.
 * @csspart bar - The proportional bar of a claim in a disputed group.
 * @csspart ratio - The sentence that says the size of the gap.
 * @csspart context - The disclosed article sentence.
 * @csspart inline - The span of the `inline` variant.
 * @csspart status - The loading, error, empty or "no such figure" message.
 *
 * @cssprop [--sahel-key-figures-accent=var(--sahel-color-accent, light-dark(#9a3412, #fdba74))] - Values, bars and the selection rule.
 * @cssprop [--sahel-key-figures-background=var(--sahel-color-surface, light-dark(#ffffff, #1d1d1f))] - Background of the box and cards.
 * @cssprop [--sahel-key-figures-border-color=var(--sahel-color-border, light-dark(#d4d4d4, #48484a))] - Borders.
 * @cssprop [--sahel-key-figures-column-width=14rem] - Narrowest card; as many columns fit as the width allows.
 * @cssprop [--sahel-key-figures-value-size=1.5em] - Size of a value in the `cards` variant.
 */
@customElement('key-figures')
export class KeyFigures extends LitElement {
  static override styles = [hostStyles, styles];

  private consumer = new StoryConsumer(this);
  private locale = new LocaleController(this);
  // renders nothing until the strings of its language have loaded (fr, ha, ar load on first use)
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this.locale, () => super.scheduleUpdate());
  }
  /** Ids of the claims whose source is open. */
  private opened = new Set<string>();
  private logged = '';

  /** Id of one figure: its group of claims is shown (`inline`: the figure alone). */
  @property() figure = '';

  /** Only the disputed figures. */
  @property({ type: Boolean, reflect: true }) contested = false;

  /** Id of an actor: only the figures claimed by or about them (with the claims that dispute them). */
  @property() actor = '';

  /** `cards` (default), `list` or `inline`. */
  @property({ reflect: true }) variant: KeyFiguresVariant = 'cards';

  /** `light` or `dark` forces a colour scheme; unset, the page's `color-scheme` decides. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  private handleSelect(id: string, pressed: boolean): void {
    const selection: Selection | null = pressed ? null : { kind: 'figure', id };
    this.consumer.state.select(selection);
    this.dispatchEvent(new SahelSelectEvent(selection));
  }

  private handleToggle(id: string): void {
    if (!this.opened.delete(id)) this.opened.add(id);
    this.requestUpdate();
  }

  /** The amount as the article bounds or hedges it, without its unit: "about 2,000", "200–300", "more than 10,000". */
  amount(f: Figure): string {
    return figureAmount(f, this.locale.lang, this.locale.strings);
  }

  private renderValue(f: Figure, lang: string) {
    return html`${this.amount(f)}${f.unit ? html` <span class="unit" lang=${lang} dir="auto">${f.unit}</span>` : nothing}`;
  }

  /**
   * The claim as one plain string, to name its button: Chromium's name from content drops the space between
   * the amount and the unit's span ("about 2,000people").
   */
  private claimWords(claim: FigureClaim): string {
    const one = (f: Figure) => [this.amount(f), f.unit].filter(Boolean).join(' ');
    return claim.same ? `${one(claim.figure)} (${one(claim.same)})` : one(claim.figure);
  }

  private claimText(claim: FigureClaim, lang: string) {
    return html`${this.renderValue(claim.figure, lang)}${claim.same ? html` <span class="same">(${this.renderValue(claim.same, lang)})</span>` : nothing}`;
  }

  /** Whether a claim concerns the selection, and whether it is the selected figure. */
  private marks(claim: FigureClaim): [boolean, boolean] {
    const { selection, index } = this.consumer.state;
    const current = selection?.kind === 'figure' && figuresOf(claim).some((f) => f.id === selection.id);
    const { figures } = concerned(selection, index);
    return [current || figuresOf(claim).some((f) => figures.has(f.id)), current];
  }

  private renderClaim(claim: FigureClaim, story: Story, index: StoryIndex, scale: number | null) {
    const s = this.locale.strings;
    const lang = story.article.language;
    const { figure } = claim;
    const [related, current] = this.marks(claim);
    const open = this.opened.has(figure.id);
    const claimant = figure.claimedBy ?? claim.same?.claimedBy;
    const sources = figuresOf(claim).filter((f, i, all) => i === 0 || f.source.paragraph !== all[0].source.paragraph || f.source.start !== all[0].source.start);
    return html`<li part="figure" class="claim ${related ? 'related' : ''}" aria-current=${ifDefined(related ? 'true' : undefined)}>
      <button type="button" part="value" class="value" aria-label=${this.claimWords(claim)} aria-pressed=${current ? 'true' : 'false'} @click=${() => this.handleSelect(figure.id, current)}>
        ${this.claimText(claim, lang)}
      </button>
      ${related ? html`<span class="tag">${s.selected}</span>` : nothing}
      ${scale ? this.renderBar(figure, scale) : nothing}
      <p class="label" lang=${lang} dir="auto">${figure.label}</p>
      ${claimant && index.actors.has(claimant) ? html`<p class="by">${s.claimedBy} <actor-badge actor=${claimant}></actor-badge></p>` : nothing}
      <button type="button" class="toggle" aria-expanded=${open ? 'true' : 'false'} aria-controls="src-${figure.id}" @click=${() => this.handleToggle(figure.id)}>
        ${open ? s.hideSource : s.showSource}
      </button>
      <div part="context" class="context" id="src-${figure.id}" ?hidden=${!open}>${sources.map((f) => sourceSentence(f.source, index, lang))}</div>
    </li>`;
  }

  /** A bar from 0 to the claim's upper end on a scale of `scale`; a range's span is hatched. */
  private renderBar(f: Figure, scale: number) {
    const [lo, hi] = ends(f);
    const x = (n: number) => Math.max(0, Math.min(100, (n / scale) * 100));
    const open = f.qualifier === 'more-than' || f.qualifier === 'at-least';
    return html`<svg part="bar" class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="track" x="0" y="0" width="100" height="6"></rect>
      <rect class="fill" x="0" y="0" width=${x(lo)} height="6"></rect>
      ${hi > lo ? svg`<rect class="range" x=${x(lo)} y="0" width=${x(hi) - x(lo)} height="6"></rect>` : nothing}
      ${open ? svg`<rect class="range" x=${x(hi)} y="0" width=${Math.min(6, 100 - x(hi))} height="6"></rect>` : nothing}
    </svg>`;
  }

  /** "The police and the organisers disagree", the names in the story's language. */
  private renderDisagree(group: FigureClaim[], index: StoryIndex, lang: string, s: Strings) {
    const names = claimantNames(group, (id) => index.actors.get(id)?.name);
    if (!names) return s.sourcesDisagree;
    const [before, after] = s.disagree('\u0000').split('\u0000');
    let parts: { type: string; value: string }[];
    try {
      parts = new Intl.ListFormat(this.locale.lang, { type: 'conjunction' }).formatToParts(names);
    } catch {
      parts = names.flatMap((value, i) => [...(i ? [{ type: 'literal', value: ', ' }] : []), { type: 'element', value }]);
    }
    return html`${before}${parts.map((p) => (p.type === 'element' ? html`<span lang=${lang} dir="auto">${p.value}</span>` : p.value))}${after}`;
  }

  private renderGroup(group: FigureClaim[], story: Story, index: StoryIndex, key: number) {
    const s = this.locale.strings;
    if (group.length === 1) return this.renderClaim(group[0], story, index, null);
    const lang = story.article.language;
    const { bar, ratio } = groupScale(group);
    const holds = group.some((c) => this.marks(c)[1]);
    return html`<li part="group" class="group ${holds ? 'holds' : ''}" aria-labelledby="g${key}">
      <p part="disagree" class="disagree" id="g${key}"><span class="visually-hidden">${s.disputedFigure}: </span>${this.renderDisagree(group, index, lang, s)}</p>
      <ul class="claims">
        ${group.map((c) => this.renderClaim(c, story, index, bar))}
      </ul>
      ${ratio ? html`<p part="ratio" class="ratio">${ratio === 1 ? s.sameRatio : s.ratio(new Intl.NumberFormat(this.locale.lang, { maximumFractionDigits: 1 }).format(ratio))}</p>` : nothing}
    </li>`;
  }

  private renderInline(claim: FigureClaim, contested: boolean, story: Story) {
    const s = this.locale.strings;
    const [related, current] = this.marks(claim);
    return html`<span part="inline" class="inline ${related ? 'related' : ''}"
      ><button type="button" part="value" class="value" aria-label=${this.claimWords(claim)} aria-pressed=${current ? 'true' : 'false'} aria-describedby="label" @click=${() => this.handleSelect(claim.figure.id, current)}>${this.claimText(claim, story.article.language)}</button
      >${contested ? html` <span class="note">(${s.disputed})</span>` : nothing}<span class="visually-hidden" id="label" lang=${story.article.language}>${claim.figure.label}</span
      >${related ? html`<span class="visually-hidden"> (${s.selected})</span>` : nothing}</span
    >`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { state } = this.consumer;
    const { story, index } = state;
    const s = this.locale.strings;
    if (!story || !index) return renderStoryStatus(state, s, this);
    const groups = shownGroups(story.figures, this.figure, this.contested, this.actor);
    if (!groups) {
      const why = s.noFigure(this.figure);
      if (why !== this.logged) console.error(`<key-figures>: ${(this.logged = why)} (story "${story.id}")`);
      return renderNotFound(why);
    }
    this.logged = '';
    if (this.variant === 'inline') {
      const group = groups[0];
      const claim = group && (group.find((c) => figuresOf(c).some((f) => f.id === this.figure)) ?? group[0]);
      return claim ? this.renderInline(claim, group.length > 1, story) : html`<span part="status">–</span>`;
    }
    if (!groups.length) return html`<div class="status" part="status" role="status">${s.noFigures}</div>`;
    return html`<section part="base" class="base" aria-labelledby="title">
      <h2 id="title" part="title">${s.keyFigures}</h2>
      <ul class="groups">
        ${groups.map((g, i) => this.renderGroup(g, story, index, i))}
      </ul>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'key-figures': KeyFigures;
  }
}
