import { html, LitElement, nothing } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { SahelSelectEvent } from '../../events/sahel-select.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderStoryStatus } from '../../shared/story-status.js';
import { concerned } from '../../story/concerns.js';
import { fuzzyDateKey, fuzzyDateTimeAttr, fuzzyDateYear } from '../../story/fuzzy-date.js';
import { newTask } from '../../story/slices.js';
import type { Selection } from '../../story/state.js';
import type { StoryIndex } from '../../story/story-index.js';
import type { FuzzyDate, TimelineEvent } from '../../story/types.js';
import { styles } from './sahel-timeline.styles.js';
import { isPublication, notHappened, overview, renderCondition, renderCorrectionsList, renderEventMarks, renderEventNotes, renderPublication, withPublication } from './timeline-marks.js';

/** A date's visible label, its spoken label and its `<time datetime>` value. */
type Label = [short: string, long: string, datetime: string];

/**
 * Events of the first render: a screenful or two, at once. Long timelines then grow slice by slice, one task
 * each and one frame each, every slice sized from the cost of the earlier ones so that both its script and the
 * style, layout and paint of its rows in the next frame take about SLICE_MS (fewer, larger slices on a fast
 * machine; smaller ones on a slow phone, never under MIN_SLICE events), so the page never freezes.
 */
const FIRST = 100;
const MIN_SLICE = FIRST;
const SLICE_MS = 40;
/**
 * Events of a year past which its off-screen events are skipped one by one, not only the year as a whole (see the
 * styles' `.long .group`): a year on screen is laid out whole, a few ms for this many.
 */
const BIG_YEAR = 500;
/** Longest wait for a frame before the next slice (a frame may not come: a hidden or throttled page). */
const FRAME_WAIT_MS = 100;

/**
 * After the next frame has been rendered: a task queued from an animation frame callback runs once that frame's
 * style, layout and paint are done. Resolves to the milliseconds from the callback to then (the frame's rendering
 * work, the rows of the last slice mostly), or to `undefined` when no frame came within FRAME_WAIT_MS.
 */
function afterNextFrame(): Promise<number | undefined> {
  return new Promise((resolve) => {
    let done = false;
    const timer = setTimeout(() => {
      done = true;
      resolve(undefined);
    }, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      if (done) return;
      clearTimeout(timer);
      const start = performance.now();
      void newTask().then(() => resolve(performance.now() - start));
    });
  });
}

const isApprox = (d: FuzzyDate) => d.approximate || d.uncertain || /[~?%]/.test(d.edtf);

/**
 * The sentence(s) of `text` that hold the span [start, end), cut in three around it:
 * from just after the previous sentence end (`.`, `!`, `?` or `…`, maybe closing quotes, then a space)
 * to the end of the sentence the span ends in.
 */
function sentence(text: string, start: number, end: number): [string, string, string] {
  let a = 0;
  let b = text.length;
  for (const m of text.matchAll(/[.!?…]["'”’»)]*(\s+)/g)) {
    const stop = m.index + m[0].length - m[1].length;
    if (m.index + m[0].length <= start) a = m.index + m[0].length;
    else if (stop >= end) {
      b = stop;
      break;
    }
  }
  return [text.slice(a, start), text.slice(start, end), text.slice(end, b)];
}

/** A label that may start lower-case in running text ("années 1980") as a heading. */
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The story's events in date order, grouped by year, with fuzzy dates shown honestly: a short label
 * to see ("Week of Mar 4, 2024", "c. 2009"), the full wording for screen readers, the article's own
 * phrase and, for a date from outside the article, a visible mark (†) and its note. A one-line summary
 * above the list describes it. Each event expands to show its source sentence with the cited words
 * marked, and its actors (as `<actor-badge>` when that element is defined, else their names);
 * expanding an event selects it. Whatever else is selected in the story highlights the events that concern it
 * and dims the others: an actor's events, the events at a selected place (or a place inside it), those of a
 * relation's ends, those cited from the paragraph of a selected quote (see `concerned` in `story/concerns.ts`).
 * A highlighted event has a filled dot and an underlined title, not only a background, and its button is
 * described as "highlighted".
 *
 * Keyboard: the list is one tab stop. Arrow Up/Down (and Left/Right in the horizontal layout) move
 * between events, Home/End jump to the first/last, Enter/Space expands or collapses.
 *
 * Layout is pure CSS, so a timeline that starts hidden lays out when shown. `layout="auto"` follows
 * the widget's own width (a container query on the host: horizontal from 45rem), not the window's;
 * so the host is a size container and must get its width from its container (it is `display: block`).
 * Printing shows every event expanded, vertically. Nothing animates.
 *
 * Long timelines render progressively: the first 100 events at once, the rest in slices of about 25 ms of script, one task
 * each (so 10,000 events never freeze the page); `updateComplete` resolves after the first render. Off-screen years
 * of long timelines (over 50 events) are not laid out, nor the off-screen events of a year of over 500.
 *
 * Loading and error states come from the story (see `<sahel-story>`); when filters leave nothing,
 * it says "No events".
 *
 * Events that have not happened are told apart in words and not by colour alone: a planned, expected, threatened
 * or conditional event carries its status in words inside its button (so in its accessible name), a dashed dot,
 * a dashed mark and an italic date; an ongoing one is marked "Ongoing"; a conditional one shows its condition in
 * the article's words. The publication day is a row of its own ("Published Apr 13, 2024") between what has
 * happened and what has not (it takes no tab stop). The summary says "9 events, from the late 1980s to 2030;
 * 2 planned…": bounds in words (an open date by the year of its closed side), then counts by status.
 *
 * Corrections: an event that a correction of the story concerns is marked "Corrected" and its source view shows
 * the note; **the story's corrections are listed after the events** (every one of the story, whatever the
 * filters), each with what the article now says and what it concerns. This is where a page lists them.
 *
 * @summary The story's events in date order, with honest fuzzy dates, filters and source sentences.
 *
 * @fires {SahelSelectEvent} sahel-select - An event was expanded (`{ kind: 'event', id }`), or the selected event was collapsed (`null`). The story's selection changes too.
 *
 * @csspart summary - The one-line summary above the list.
 * @csspart list - The list of years (`<ol>`); it scrolls in the horizontal layout.
 * @csspart year - A year's label.
 * @csspart item - One event (`<li>`).
 * @csspart date - The event's `<time>`.
 * @csspart title - The event's title.
 * @csspart description - The event's summary (not shown when `compact`).
 * @csspart source - The source sentence (`<blockquote>`), with the cited words in a `<mark>`.
 * @csspart status - The loading, error or "no events" message.
 * @csspart event-status - An event's status in words ("Planned", "Ongoing"), inside its button; `data-status` holds the status.
 * @csspart event-corrected - The "Corrected" mark of an event a correction concerns.
 * @csspart condition - A conditional event's condition, in the article's words (not when `compact`).
 * @csspart source-condition - The same, in the source view.
 * @csspart published - The publication day's row.
 * @csspart correction - A correction note (in the source view, and in the list).
 * @csspart corrections - The story's corrections, after the events.
 *
 * @cssprop [--sahel-timeline-accent=var(--sahel-color-accent)] - Dots, marks and the source rule.
 * @cssprop [--sahel-timeline-line=light-dark(#767676, #8e8e93)] - The rail between events and the ring of dimmed dots (≥ 3:1 on the surface and on the highlight, WCAG 1.4.11).
 * @cssprop [--sahel-timeline-item-width=16rem] - Width of one event in the horizontal layout.
 * @cssprop [--sahel-timeline-background=var(--sahel-color-surface)] - Background of the widget.
 * @cssprop [--sahel-timeline-padding=var(--sahel-space-m)] - Space inside the widget's edge.
 */
@customElement('sahel-timeline')
export class SahelTimeline extends LitElement {
  static override styles = [hostStyles, styles];

  // TypeScript-private rather than `#private`: with decorators, `#` members are compiled to WeakMap
  // look-ups, which cost bytes and time in the per-event loop.
  private story = new StoryConsumer(this);
  private locale = new LocaleController(this);
  // renders nothing until the strings of its language have loaded (fr, ha, ar load on first use)
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this.locale, () => super.scheduleUpdate());
  }

  /** `vertical` (default), `horizontal` (scrolls inside itself) or `auto` (horizontal when the widget is at least 45rem wide). */
  @property({ reflect: true }) layout: 'vertical' | 'horizontal' | 'auto' = 'vertical';

  /** Only events with one of these actors: actor ids separated by spaces or commas. */
  @property() actor = '';

  /** Only events that may fall on or after this ISO day (`2024-03-01`; `2024-03` or `2024` work too). */
  @property() from = '';

  /** Only events that may fall on or before this ISO day (`2024-03-31`; `2024-03` or `2024` work too). */
  @property() to = '';

  /** Id of an event to highlight. */
  @property() highlight = '';

  /** Denser: date and title on one line, no event summaries. */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Every event starts expanded, showing its source sentence (each can still be collapsed). */
  @property({ type: Boolean, attribute: 'show-sources' }) showSources = false;

  private index: StoryIndex | null = null;
  /** The events shown (filtered, in date order), and the same grouped by year. */
  private events: readonly TimelineEvent[] = [];
  /** Groups by year, or by decade for dates known only to their decade ("Late 1980s" is not "1987"). */
  private groups: [string, TimelineEvent[]][] = [];
  private labels = new WeakMap<FuzzyDate, Label>();
  private labelsByValue = new Map<string, Label>();
  private labelsLang = '';
  /** Ids of `events`, to tell whether the tab stop's event is shown. */
  private shown = new Set<string>();
  /** The overview of `events` ([short, long] for `lang`), made once per list and language, not per slice. */
  private summaries: [readonly TimelineEvent[], string, string, string] | null = null;
  /** Buttons given `aria-describedby` (see `describeHighlights`). */
  private described = new Set<Element>();
  /** Events whose expansion differs from `showSources`, and a count of its changes. */
  private toggled = new Set<string>();
  private toggles = 0;
  /** The event that holds the list's tab stop. */
  private active = '';
  private printing = false;
  /** How many events are rendered so far, and how many the next slice adds (see `FIRST`). */
  private limit = FIRST;
  private slice = FIRST;
  /** The least script time per event a render took so far (ms), and the least rendering time (style, layout, paint) per event in the frame after one. */
  private perEvent = Infinity;
  private renderPerEvent = 0;
  /** When the current update started, to size the next slice; and the pending slice's number (0: none). */
  private started = 0;
  private pending = 0;
  /** Holds the rule for the selected actor: a constructed sheet, as CSP `style-src 'self'` refuses `<style>` elements. */
  private sheet?: CSSStyleSheet;
  private marked = '';
  /** Where the publication day's row stands among the rows (-1: none). */
  private publicationAt = -1;

  constructor() {
    super();
    for (const type of ['click', 'keydown', 'focusin']) this.addEventListener(type, this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('beforeprint', this);
    addEventListener('afterprint', this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('beforeprint', this);
    removeEventListener('afterprint', this);
    this.pending = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.started = performance.now();
    const { index } = this.story.state;
    if (this.labelsLang !== this.locale.lang) {
      this.labelsLang = this.locale.lang;
      this.labels = new WeakMap();
      this.labelsByValue = new Map();
    }
    if (changed.has('showSources')) {
      this.toggled.clear();
      this.toggles++;
    }
    if (index === this.index && !changed.has('actor') && !changed.has('from') && !changed.has('to')) return;
    this.index = index;
    this.limit = this.slice = FIRST;
    this.renderPerEvent = 0;
    const actors = this.actor.split(/[\s,]+/).filter(Boolean);
    const { from, to } = this;
    // Dates are spans: keep every event that may overlap [from, to]. ISO strings compare as dates.
    this.events = (index?.eventsByDate ?? []).filter(
      (e) =>
        (!actors.length || actors.some((a) => e.actors.includes(a))) &&
        (!from || e.when.end >= from) &&
        (!to || e.when.start.slice(0, to.length) <= to),
    );
    this.shown = new Set(this.events.map((e) => e.id));
    const groups: [string, TimelineEvent[]][] = (this.groups = []);
    let group: TimelineEvent[] = [];
    const rows = withPublication(this.events, this.story.state.story?.article.published, from, to);
    this.publicationAt = rows.indexOf(rows.find(isPublication) as TimelineEvent);
    for (const e of rows) {
      const y = fuzzyDateYear(e.when);
      const year = e.when.precision === 'decade' ? `d${y - (y % 10)}` : String(y);
      if (groups.at(-1)?.[0] !== year) groups.push([year, (group = [])]);
      group.push(e);
    }
  }

  protected override updated(): void {
    this.describeHighlights();
    // the size of a year not laid out (see the styles' `.long .group`): through the CSSOM, which CSP allows (a
    // `style` attribute in the template it would not)
    for (const g of this.renderRoot.querySelectorAll<HTMLElement>('.long > .group')) {
      if (g.style.getPropertyValue('--_n') !== g.dataset.n) g.style.setProperty('--_n', g.dataset.n ?? '1');
    }
    const pending = ++this.pending;
    if (this.limit >= this.events.length || this.printing) return;
    // The next slice costs per event what the cheapest so far did (a slower one was most likely interrupted).
    this.perEvent = Math.min(this.perEvent, (performance.now() - this.started) / this.slice);
    const rendered = this.slice;
    // Each slice waits for the frame that renders the one before: slices queued back to back would pile the style
    // and layout of several into one long frame. That frame's time sizes the next slice too. Then a plain task, not
    // scheduler.yield(): the page's own tasks take turns with the slices rather than wait for all of them.
    const next = document.visibilityState === 'hidden' ? newTask().then(() => undefined) : afterNextFrame();
    void next.then((frameMs) => {
      if (pending !== this.pending || !this.isConnected) return;
      if (frameMs !== undefined) this.renderPerEvent = this.renderPerEvent ? Math.min(this.renderPerEvent, frameMs / rendered) : frameMs / rendered;
      // aim at SLICE_MS of script, growing at most fourfold; and at SLICE_MS of rendering as far as it is the new
      // rows' (half the frame: the other half is the work of every frame over the whole list, which smaller slices
      // would only repeat more often)
      const perEvent = Math.max(this.perEvent, this.renderPerEvent / 2, 1e-3);
      this.slice = Math.round(Math.min(4 * this.slice, Math.max(MIN_SLICE, SLICE_MS / perEvent)));
      this.limit += this.slice;
      this.requestUpdate();
    });
  }

  /**
   * One listener for everything: clicks, keys and focus on the element itself, and the window's
   * `beforeprint`/`afterprint` (which open every event for print).
   * @internal
   */
  handleEvent(e: Event): void {
    if (e.type.endsWith('print')) {
      this.printing = e.type === 'beforeprint';
      this.requestUpdate();
      // print layout happens before microtasks run when print() is called from script
      this.performUpdate();
      return;
    }
    // only the event buttons of this list: not those inside nested widgets such as <actor-badge>
    const button = (e.composedPath()[0] as Element).closest?.<HTMLButtonElement>('button.ev');
    if (!button) return;
    const id = button.id.slice(2);
    if (e.type === 'keydown') this.handleKey(e as KeyboardEvent, button, id);
    else if (e.type === 'click') this.handleClick(id);
    else this.rove(button);
  }

  /**
   * Highlighting and dimming are styles; screen readers get the same as a description ("highlighted") of the
   * highlighted event's button and of the selected actor's events. Set in the DOM after each render, on the
   * few buttons concerned, so that a selection still does not render every event again.
   */
  private describeHighlights(): void {
    const root = this.renderRoot;
    const { selection, index } = this.story.state;
    const ids = new Set([this.highlight, ...concerned(selection, index).events]);
    // Only the buttons described before are checked (a button may now show another event): not every button of a long list.
    for (const b of this.described) {
      if (b.isConnected && ids.has(b.id.slice(2))) continue;
      b.removeAttribute('aria-describedby');
      this.described.delete(b);
    }
    for (const id of ids) {
      const b = id && root.querySelector(`#b-${CSS.escape(id)}`);
      if (!b) continue;
      b.setAttribute('aria-describedby', 'hl-note');
      this.described.add(b);
    }
  }

  /** Moves the list's tab stop to `button`, in the DOM directly: no need to render every event again. */
  private rove(button: HTMLButtonElement): void {
    const current = this.renderRoot.querySelector<HTMLButtonElement>('.ev[tabindex="0"]');
    if (current) current.tabIndex = -1;
    button.tabIndex = 0;
    this.active = button.id.slice(2);
  }

  /** Toggles an event; opening selects it, closing the selected event clears the selection. */
  private handleClick(id: string): void {
    this.active = id;
    this.toggles++;
    if (!this.toggled.delete(id)) this.toggled.add(id);
    const { state } = this.story;
    const selected = state.selection?.kind === 'event' && state.selection.id === id;
    const selection: Selection | null | undefined = this.isOpen(id) ? { kind: 'event', id } : selected ? null : undefined;
    if (selection !== undefined) {
      this.dispatchEvent(new SahelSelectEvent(selection));
      state.select(selection);
    }
    this.requestUpdate();
  }

  /** Roving tabindex: arrows move by one event (Left/Right only when horizontal), Home/End to the ends. */
  private handleKey(e: KeyboardEvent, button: HTMLButtonElement, id: string): void {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    const { events } = this;
    let step: number | undefined = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const list = this.renderRoot.querySelector('.list');
      if (!list || getComputedStyle(list).display !== 'flex') return;
      step = (e.key === 'ArrowRight' ? 1 : -1) * (getComputedStyle(this).direction === 'rtl' ? -1 : 1);
    }
    const last = events.length - 1;
    const i = e.key === 'Home' ? 0 : e.key === 'End' ? last : step ? Math.max(0, Math.min(last, events.findIndex((ev) => ev.id === id) + step)) : -1;
    // an event of a batch not rendered yet cannot take the focus
    const next = i < 0 ? null : this.renderRoot.querySelector<HTMLButtonElement>(`#b-${events[i].id}`);
    if (!next) return;
    e.preventDefault();
    this.rove(next);
    next.focus();
  }

  private isOpen(id: string): boolean {
    return this.printing || this.showSources !== this.toggled.has(id);
  }

  /** A date's labels, made once per date value (events often share dates: the same year, the same day). */
  private label(date: FuzzyDate): Label {
    let label = this.labels.get(date);
    if (!label) {
      const key = fuzzyDateKey(date);
      label = this.labelsByValue.get(key);
      if (!label) this.labelsByValue.set(key, (label = [this.locale.format(date), this.locale.format(date, 'long'), fuzzyDateTimeAttr(date)]));
      this.labels.set(date, label);
    }
    return label;
  }

  protected override render() {
    const { state } = this.story;
    const t = this.locale.strings;
    if (state.status !== 'ready') return renderStoryStatus(state, t, this);
    const { events } = this;
    if (!events.length) return html`<p class="status" part="status" role="status">${t.noEvents}</p>`;
    const { lang } = this.locale;
    if (this.summaries?.[0] !== events || this.summaries[1] !== lang) {
      const approx = events.filter((e) => isApprox(e.when)).length;
      this.summaries = [events, lang, overview(events, approx, this.locale, false), overview(events, approx, this.locale, true)];
    }
    const summary = (i: 0 | 1) => (this.summaries as string[])[2 + i];
    const active = this.shown.has(this.active) ? this.active : events[0].id;
    const { selection } = state;
    const selected = selection?.kind === 'event' ? selection.id : '';
    // Any other selection (an actor, a place, a figure, a quote, a relation) marks the events it concerns
    // (see `concerned`): the actor's events by their actors, the others by their ids.
    const actor = selection?.kind === 'actor' ? selection.id : '';
    const marks = selection && !selected ? (actor ? `[data-actors~="${CSS.escape(actor)}"]` : [...concerned(selection, state.index).events].map((id) => `[data-ev="${CSS.escape(id)}"]`).join(',') || '[data-none]') : '';
    // the publication day's row does not count against a batch
    let left = this.printing ? Infinity : this.limit + +(this.publicationAt >= 0 && this.publicationAt <= this.limit);
    // The selected actor's events are marked by one style rule (the others are dimmed by `.sel`), so a
    // selection restyles the list without rendering every event again. Ids are escaped: no CSS injection.
    // A marked event has a filled dot and an underlined title besides its background: not only a colour.
    if (marks !== this.marked) {
      const root = this.renderRoot as ShadowRoot;
      if (!this.sheet) root.adoptedStyleSheets = [...root.adoptedStyleSheets, (this.sheet = new CSSStyleSheet())];
      this.sheet.replaceSync(
        marks
          ? `.sel .item:is(${marks}){--_fill:var(--_tl-accent);--_ring:var(--_tl-accent);color:inherit;background-color:var(--_highlight);outline:var(--_hl-outline,none);outline-offset:-2px}.sel .item:is(${marks}) .title{text-decoration:underline 2px;text-underline-offset:0.2em}`
          : '',
      );
      this.marked = marks;
    }
    // Templates are written without whitespace between tags: every text node counts 10,000 times.
    // role="list": WebKit drops the list role of lists that are not displayed as lists, so it is not redundant here.
    /* eslint-disable lit-a11y/no-redundant-role */
    // The summary is read once, in reading order (not again as the list's description). The scrolling list is not
    // a tab stop of its own (Firefox makes scrollers one): its events are, and arrows move between them.
    return html`<p class="summary" part="summary" id="summary"><span aria-hidden="true">${summary(0)}</span><span
        class="visually-hidden">${summary(1)}</span></p><p class="keys" aria-hidden="true">${t.timelineKeys}</p><span id="hl-note" hidden>${t.highlighted}</span><ol
        class="list ${events.length > 50 ? 'long' : ''} ${marks ? 'sel' : ''}" part="list" role="list" aria-label=${t.timeline} tabindex="-1"
        >${this.groups.map(([year, all]) => {
      // whole years as they are: each slice renders the list again, and copying every year shown would cost O(events)
      const items = left >= all.length ? all : all.slice(0, left);
      left -= items.length;
      // a year's events render again only when something they show changed (not for a new batch elsewhere)
      return items.length
        ? html`<li class="group${all.length > BIG_YEAR ? ' big' : ''}" data-n=${all.length}><span class="year" part="year" id="y${year}">${year.startsWith('d') ? capitalise(t.decade(year.slice(1), undefined)) : year}</span><ol class="items" role="list" aria-labelledby="y${year}">${guard(
            [all, items.length, this.labels, this.highlight, selected, this.compact, this.showSources, this.printing, this.toggles],
            () => items.map((e) => this.renderItem(e, active, selected)),
          )}</ol></li>`
        : nothing;
    })}</ol>${this.index ? renderCorrectionsList(state.story, this.index, t) : nothing}`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  private renderItem(e: TimelineEvent, active: string, selected: string): TemplateResult {
    if (isPublication(e)) return renderPublication(e, this.locale);
    const { id, when } = e;
    const t = this.locale.strings;
    const [short, long, datetime] = this.label(when);
    const open = this.isOpen(id);
    const lang = this.story.state.story?.article.language ?? '';
    // The button is named by its parts (aria-labelledby joins them with spaces; Chromium's name from content drops
    // the space between inline parts): the short date that is shown (so the visible label starts the name) with,
    // where it differs, the date in full words for screen readers; the external-date mark; the title.
    return html`<li class="item ${this.highlight === id || selected === id ? 'hl' : ''}${notHappened(e) ? ' future' : ''}" part="item" data-ev=${id} data-actors=${e.actors.join(' ')}><button
        class="ev" id="b-${id}" tabindex=${id === active ? '0' : '-1'} aria-labelledby="t-${id}${when.basis === 'external' ? ` x-${id}` : ''} s-${id} n-${id}"
        aria-expanded=${open ? 'true' : 'false'} aria-controls=${open ? `d-${id}` : nothing}
      ><time class="date" part="date" id="t-${id}" datetime=${datetime}>${short === long
        ? short
        : html`<span class="short">${short}</span> <span class="visually-hidden">(${long})</span>`}</time>${when.basis === 'external'
        ? html`<span class="ext" aria-hidden="true" title=${when.note ?? t.externalDate}>†</span> <span class="visually-hidden" id="x-${id}">(${t.externalDate})</span>`
        : nothing} <span id="s-${id}">${renderEventMarks(e, this.index, t)}</span> <span class="title" part="title" id="n-${id}" lang=${lang} dir="auto">${e.title}</span></button>${e.summary && !this.compact
        ? html`<p class="desc" part="description" lang=${lang} dir="auto">${e.summary}</p>`
        : nothing}${e.condition && !this.compact && this.index ? renderCondition(e, this.index, lang, t) : nothing}${open && this.index ? this.renderDetails(e, this.index) : nothing}</li>`;
  }

  private renderDetails(event: TimelineEvent, index: StoryIndex): TemplateResult {
    const { id, when, source, actors } = event;
    const t = this.locale.strings;
    const text = index.paragraphs.get(source.paragraph)?.text;
    const [before, cited, after] = text ? sentence(text, source.start, source.end) : [];
    const badges = customElements.get('actor-badge');
    const lang = this.story.state.story?.article.language ?? '';
    // the UI's words around the article's phrase, which keeps the article's language
    const [pre, post] = t.timelinePhrase('\u0000').split('\u0000');
    return html`<div class="details" id="d-${id}">${when.phrase ? html`<p class="note">${pre}<span lang=${lang} dir="auto">${when.phrase}</span>${post}</p>` : nothing}${when.basis === 'external'
      ? html`<p class="note">† ${t.externalDate}${when.note ? html` (<span lang=${lang} dir="auto">${when.note}</span>)` : ''}</p>`
      : nothing}${text
      ? html`<blockquote class="source" part="source"><span class="label">${t.source}</span> <span lang=${lang} dir="auto">${before}<mark>${cited}</mark>${after}</span></blockquote>`
      : nothing}${actors.length
      ? html`<p class="actors"><span class="label">${t.timelineActors}</span> ${badges
          ? actors.map((a) => html`<actor-badge actor=${a}></actor-badge> `)
          : html`<span lang=${lang} dir="auto">${actors.map((a) => index.actors.get(a)?.name ?? a).join(', ')}</span>`}</p>`
      : nothing}${renderEventNotes(event, this.story.state.story, index, t, !this.compact)}</div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sahel-timeline': SahelTimeline;
  }
}
