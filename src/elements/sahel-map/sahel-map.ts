import { html, isServer, LitElement, nothing, svg } from 'lit';
import type { PropertyValues, TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { Directive, directive, PartType } from 'lit/directive.js';
import type { ElementPart, PartInfo } from 'lit/directive.js';
import { SahelSelectEvent } from '../../events/sahel-select.js';
import { customElement } from '../../shared/custom-element.js';
import { hostStyles } from '../../shared/host-styles.js';
import { LocaleController, holdForStrings } from '../../shared/locale.js';
import { StoryConsumer } from '../../shared/story-consumer.js';
import { renderStoryStatus } from '../../shared/story-status.js';
import { concerned } from '../../story/concerns.js';
import type { Place, Quote, Story, StoryMap, TimelineEvent } from '../../story/types.js';
import { styles } from './sahel-map.styles.js';
import { shared } from '../../shared/intl.js';
import { knownBelow } from '../../shared/render-slices.js';

/**
 * Sets CSS properties through the CSSOM, never a `style` attribute, so a page whose policy forbids inline
 * styles (`style-src 'self'`) still positions the markers (Lit's style map writes an attribute on first render).
 */
class CssProps extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssProps is an element directive');
  }
  render(_props: Record<string, string>) {
    return nothing;
  }
  override update(part: ElementPart, [props]: [Record<string, string>]) {
    const style = (part.element as HTMLElement).style;
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value);
    return nothing;
  }
}
const cssProps = directive(CssProps);

/** A label's box in pixels of the rendered map. */
interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** One marker as drawn: the point (in map units; clamped to the edge for a place beyond the map). */
interface Marker {
  place: Place;
  x: number;
  y: number;
  /** Direction towards a place beyond the map, in degrees clockwise from north; undefined on the map. */
  beyond?: number;
  /**
   * Where the label goes, relative to the point, in pixels. `right` (west of the point) holds the label by its
   * end instead, so a label wider than its estimate grows away from the dot, never over it.
   */
  label: {
    dx: number;
    dy: number;
    right?: number;
    /** A label moved away from its dot, out of a cluster: the line that ties it to the dot. */
    leader?: { length: number; angle: number };
    /** No free spot anywhere near: the label shows only on hover, focus or selection. */
    tucked?: boolean;
    /** Centred on the point (a label above or below its dot, a country's name): `dx` is 0. */
    centre?: boolean;
  };
}

/** Label candidates around a point, as [dx, dy] multipliers of the label's width and height and the gap: end side first. */
const CANDIDATES: [number, number][] = [
  [1, 0], // east
  [-1, 0], // west
  [1, -1], // north-east
  [1, 1], // south-east
  [-1, -1], // north-west
  [-1, 1], // south-west
  [0, -1], // north
  [0, 1], // south
];
const FONT_PX = 13;
const GAP_PX = 7;
const DOT_PX = 10;
/** Average advance of one character of the labels' semibold type, in ems (an estimate, so layout needs no measuring and works while hidden). */
const CHAR_EM = 0.6;
/** How far beyond the gap, in pixels, a label may move from its dot to find a free spot (0: beside it). */
const LEADER_STEPS = [0, 12, 24, 36, 48];

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));

/** Events and quotes that concern a place: events naming it (or a place inside it), quotes naming it or standing in a paragraph that mentions it. */
export function placeItems(story: Story, placeId: string): { events: TimelineEvent[]; quotes: Quote[] } {
  const within = new Set([placeId, ...story.places.filter((p) => p.in === placeId).map((p) => p.id)]);
  const place = story.places.find((p) => p.id === placeId);
  const paragraphs = new Set(place?.mentions.map((m) => m.paragraph) ?? []);
  const events = story.events.filter((e) => e.places.some((id) => within.has(id)));
  const quotes = story.quotes.filter(
    (q) => (q as Quote & { places?: string[] }).places?.some((id) => within.has(id)) || paragraphs.has(q.source.paragraph),
  );
  return { events, quotes };
}

/**
 * The direction of the text around a map, from the document's directionality (`:dir()`: the nearest `dir`
 * attribute, `dir="auto"` resolved, across shadow roots), which needs no style: `getComputedStyle(this).direction`
 * forced a style recalculation of the page for every map, in the middle of the other widgets' renders.
 */
function isRtl(el: Element): boolean {
  try {
    return el.matches(':dir(rtl)');
  } catch {
    // an engine without `:dir()`
    return getComputedStyle(el).direction === 'rtl';
  }
}

/*
 * One ResizeObserver for every map of the page: it reports a drawing's later changes of width (a map that starts
 * hidden, a window resized) after the browser's own layout of a frame, without forcing a layout. The first width
 * is measured by `measureSoon` below: measuring each map in its own `updated` forced one layout of the page per
 * map, interleaved with the other widgets' renders (57 on a busy page, 0.7–1 s), and the observer alone was late.
 */
let resizeObserver: ResizeObserver | undefined;
const observed = new WeakMap<Element, SahelMap>();
const pendingWidths = new Map<Element, number>();
let resizeFrame = 0;

function observeFrame(frame: Element, map: SahelMap): void {
  resizeObserver ??= new ResizeObserver((entries) => {
    for (const entry of entries) pendingWidths.set(entry.target, entry.borderBoxSize?.[0]?.inlineSize ?? entry.contentRect.width);
    // re-rendered in the next frame, not in this one: a map whose new labels change its drawing's height inside
    // the observer's own loop makes the browser report "ResizeObserver loop completed with undelivered
    // notifications" to window.onerror, which a newsroom's error monitor counts as the page's error
    resizeFrame ||= requestAnimationFrame(() => {
      resizeFrame = 0;
      for (const [target, width] of pendingWidths) observed.get(target)?._resized(width);
      pendingWidths.clear();
    });
  });
  observed.set(frame, map);
  resizeObserver.observe(frame);
}

/*
 * A map's first render places its labels for a 640 px drawing. Waiting for the observer's first report moved
 * them after the first paint on some pages (a layout shift, CLS 0.01 on a phone), so the drawings are measured
 * after their first render, all the maps of a frame together, at the start of the frame that will paint them (an
 * animation frame callback, before that frame's style and layout): every width is read first (one layout of the page
 * for all of them, the layout the frame needs anyway), then each map renders for its real width before the paint.
 * Measuring in the rendering task itself laid the page out in the middle of it (busy page, 200 widgets: 40–90 ms
 * added to the longest task).
 */
const unmeasured = new Set<SahelMap>();

function measureSoon(map: SahelMap): void {
  if (!unmeasured.size) {
    requestAnimationFrame(() => {
      const maps = [...unmeasured];
      unmeasured.clear();
      const widths = maps.map((m) => m._drawingWidth());
      maps.forEach((m, i) => m._resized(widths[i]));
    });
  }
  unmeasured.add(map);
}

function unobserveFrame(frame: Element): void {
  observed.delete(frame);
  pendingWidths.delete(frame);
  resizeObserver?.unobserve(frame);
}

/**
 * A locator map of the story's places, drawn as inline SVG from the map the builder prepared
 * (`story.map`: Natural Earth outlines, projected and simplified at build time), so it makes no
 * request of any kind, works offline and prints. Places with coordinates are markers with labels placed
 * so that they do not collide; a place beyond the map's edges is an arrow at the edge pointing its true
 * way; places without coordinates (fictional, or not located) are listed beside the map; a small globe
 * shows where the region lies, and a scale bar its size.
 *
 * **Keyboard and selection.** Every marker is a button, in reading order (top to bottom, then in the
 * direction of the text), named with the place's name and kind. Activating it selects the place for the
 * whole story (`sahel-select` with `{ kind: 'place', id }`; again to clear) and shows the events and quotes
 * that concern it. When anything else is selected elsewhere (an actor, an event, a quote, a figure, a
 * relation), the places it concerns are highlighted: a ring around the dot, a dotted underline and
 * "highlighted" in the marker's name. A selected marker has a ring and an underlined label, not only a colour.
 *
 * **Text alternative.** "All places, as a list" lists every place with its kind and country, and where it
 * lies when it is not on the map; the list works like the markers.
 *
 * @summary A locator map of the story's places, with no tiles and no requests, linked to the other widgets.
 *
 * @fires {SahelSelectEvent} sahel-select - A place was selected (`event.selection` is `{ kind: 'place', id }`) or cleared (`null`).
 *
 * @csspart base - The whole widget.
 * @csspart title - The widget's title.
 * @csspart map - The map: drawing, markers, globe and scale.
 * @csspart marker - One place's marker (a button).
 * @csspart details - The selected place's events and quotes.
 * @csspart not-shown - The list of places that are not on the map.
 * @csspart list - The text alternative: every place.
 * @csspart status - The loading or error message.
 *
 * @cssprop [--sahel-map-sea=light-dark(#d7e6f0, #15222c)] - Colour of the sea.
 * @cssprop [--sahel-map-land=light-dark(#f3f0e8, #2b2b2d)] - Colour of land.
 * @cssprop [--sahel-map-story-country=light-dark(#f2dfc6, #4a3a28)] - Countries that are places of the story.
 * @cssprop [--sahel-map-border=light-dark(#9e978c, #77736c)] - Country borders.
 * @cssprop [--sahel-map-coast=light-dark(#5f8299, #6f93aa)] - Coastlines.
 * @cssprop [--sahel-map-marker=var(--sahel-color-accent, light-dark(#9a3412, #fdba74))] - Marker dots.
 */
@customElement('sahel-map')
export class SahelMap extends LitElement {
  static override styles = [hostStyles, styles];

  private _story = new StoryConsumer(this);
  private _locale = new LocaleController(this);
  // renders nothing until the strings of its language have loaded (fr, ha, ar load on first use)
  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this._locale, () => super.scheduleUpdate());
  }
  /** The drawing the shared ResizeObserver watches for this map (replaced when the map renders anew). */
  private _frame: Element | null = null;

  /** Rendered width of the map drawing in CSS pixels (labels keep their size in pixels while the map scales). */
  @state() private _width = 0;

  /** The drawing's width now (a layout if one is pending): for the first measurement only. @internal */
  _drawingWidth(): number {
    return this._frame?.isConnected ? this._frame.getBoundingClientRect().width : 0;
  }

  /** Called by the shared ResizeObserver with the drawing's width. @internal */
  _resized(width: number): void {
    width = Math.round(width);
    if (width > 0 && Math.abs(width - this._width) > 2) this._width = width;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // a map that starts hidden lays its labels out again when it gets a size
    if (this._frame) observeFrame(this._frame, this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this._frame) unobserveFrame(this._frame);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const frame = this.renderRoot.querySelector('.frame');
    if (frame !== this._frame) {
      if (this._frame) unobserveFrame(this._frame);
      this._frame = frame;
      if (frame) observeFrame(frame, this);
    }
    // below the viewport of a busy page, the shared ResizeObserver gives the first width too, with no layout of its own
    if (frame && !this._width && !knownBelow(this, undefined, true)) measureSoon(this);
  }

  /** The selected place id, when a place is the story's selection. */
  private get _selectedPlace(): string | undefined {
    const { selection } = this._story.state;
    return selection?.kind === 'place' ? selection.id : undefined;
  }

  /**
   * Places concerned by the current selection (see `concerned`): an actor's or an event's places, the places a
   * selected quote's or figure's paragraph mentions, a relation's ends, the places inside a selected place.
   */
  private _related(): ReadonlySet<string> {
    const { selection, index } = this._story.state;
    return concerned(selection, index).places;
  }

  /**
   * Selects a place of the story for every widget of the story, or with `null` clears a place selection.
   * Fires `sahel-select` when the selection changes.
   */
  select(placeId: string | null): void {
    const { state } = this._story;
    if (placeId !== null && !state.index?.places.has(placeId)) return;
    if (placeId === null && this._selectedPlace === undefined) return;
    if (placeId === this._selectedPlace) return;
    const selection = placeId === null ? null : { kind: 'place' as const, id: placeId };
    state.select(selection);
    this.dispatchEvent(new SahelSelectEvent(selection));
  }

  private _toggle(id: string): void {
    this.select(this._selectedPlace === id ? null : id);
  }

  private _countryName(code: string | undefined, map: StoryMap | undefined): string | undefined {
    if (!code) return undefined;
    try {
      return shared(Intl.DisplayNames, this._locale.lang, { type: 'region' }).of(code) ?? map?.countries.find((c) => c.iso === code)?.name;
    } catch {
      return map?.countries.find((c) => c.iso === code)?.name ?? code;
    }
  }

  /** Markers with their labels placed greedily among eight candidate positions, avoiding each other, dots, the globe and the scale. */
  private _layout(story: Story, map: StoryMap): Marker[] {
    const [, , W, H] = map.viewBox;
    const px = (this._width || 640) / W; // pixels per map unit
    const Hpx = H * px;
    const Wpx = W * px;
    // the server has no styles: left to right there, and the browser lays out again on upgrade
    const rtl = !isServer && isRtl(this);
    const byId = new Map(story.places.map((p) => [p.id, p]));
    const cx = W / 2;
    const cy = H / 2;
    const margin = 12 / px;
    const markers: Marker[] = [];
    for (const at of map.places) {
      const place = byId.get(at.id);
      if (!place || !place.coordinates) continue;
      if (at.x >= 0 && at.x <= W && at.y >= 0 && at.y <= H) {
        markers.push({ place, x: at.x, y: at.y, label: { dx: 0, dy: 0 } });
        continue;
      }
      // beyond the map: on the edge, along the line from the centre (the projection keeps true directions from it)
      const dx = at.x - cx;
      const dy = at.y - cy;
      const t = Math.min(Math.abs((cx - margin) / (dx || 1e-9)), Math.abs((cy - margin) / (dy || 1e-9)));
      const beyond = (((Math.atan2(dx, -dy) * 180) / Math.PI) + 360) % 360;
      markers.push({ place, x: cx + dx * t, y: cy + dy * t, beyond, label: { dx: 0, dy: 0 } });
    }
    // obstacles in pixels: the globe (top right) and the scale bar (bottom left); the map does not mirror
    const insetPx = Math.min(120, Wpx * 0.22);
    const taken: Rect[] = [
      { x: Wpx - insetPx - 8, y: 0, w: insetPx + 8, h: insetPx + 8 },
      { x: 0, y: Hpx - 30, w: 130, h: 30 },
    ];
    for (const m of markers) {
      if (m.place.kind !== 'country' || m.beyond !== undefined) taken.push({ x: m.x * px - DOT_PX / 2, y: m.y * px - DOT_PX / 2, w: DOT_PX, h: DOT_PX });
    }
    const weight = (m: Marker) => (m.place.id === this._selectedPlace ? 1e6 : 0) + (m.place.kind === 'country' ? 1e5 : 0) + m.place.mentions.length;
    const order = [...markers].sort((a, b) => weight(b) - weight(a));
    const candidates = rtl ? CANDIDATES.map(([a, b]): [number, number] => [-a, b]) : CANDIDATES;
    for (const m of order) {
      // widths are estimates (fonts differ by page and browser): each label claims a tenth more, in the direction
      // it grows (away from its dot: a label west of its dot is held by its end)
      const w = (m.place.name.length * FONT_PX * (m.place.kind === 'country' ? 0.68 : CHAR_EM) + 8) * 1.1 + 4;
      const h = FONT_PX * 1.35;
      const x = m.x * px;
      const y = m.y * px;
      const country = m.place.kind === 'country' && m.beyond === undefined;
      const options: [number, number][] = country ? [[0, 0], [0, 1], [0, -1]] : m.beyond !== undefined ? inward(m, W, H) : candidates;
      const place = (ax: number, ay: number, far: number): Rect => ({
        x: ax === 0 ? x - w / 2 : ax > 0 ? x + GAP_PX + far : x - GAP_PX - far - w,
        y: ay === 0 ? y - h / 2 : ay > 0 ? y + GAP_PX / 2 + far : y - GAP_PX / 2 - far - h,
        w,
        h,
      });
      const cost = (rect: Rect) => {
        const outside = Math.max(0, -rect.x) + Math.max(0, rect.x + w - Wpx) + Math.max(0, -rect.y) + Math.max(0, rect.y + h - Hpx);
        return taken.reduce((sum, r) => sum + overlap(rect, r), 0) + outside * h * 4;
      };
      /** Where a label drawn in `rect` is held: by its start, by its end (`right`, west of the dot) or by its middle. */
      const anchor = (rect: Rect, ax: number): Marker['label'] => ({
        dx: ax === 0 ? 0 : rect.x - x,
        dy: rect.y - y,
        ...(ax < 0 ? { right: x - rect.x - w } : ax === 0 ? { centre: true } : {}),
      });
      let best: { rect: Rect; cost: number; ax: number; far: number } | undefined;
      // beside the dot first; where every spot there is taken (a cluster), further out along a leader line,
      // the nearest free spot first; where none is free either, the label waits for hover, focus or selection
      // (a country's name, which has no dot, moves a little within its land, with no line)
      search: for (const far of country ? LEADER_STEPS.slice(0, 3) : LEADER_STEPS) {
        for (const [ax, ay] of far && !country ? [...options, ...candidates] : options) {
          const rect = place(ax, ay, far);
          const c = cost(rect);
          if (!best || c < best.cost) best = { rect, cost: c, ax, far };
          if (c === 0) break search;
        }
      }
      if (!best) continue;
      if (best.cost > 0) {
        // no free spot: the label is shown beside the dot when asked for, over what is there
        const near = place(options[0][0], options[0][1], 0);
        m.label = { ...anchor(near, options[0][0]), tucked: true };
        continue;
      }
      taken.push(best.rect);
      const { rect } = best;
      const leader = best.far && !country ? towards(x, y, rect) : undefined;
      m.label = { ...anchor(rect, best.ax), ...(leader ? { leader } : {}) };
    }
    // reading order: top to bottom in rows, then in the direction of the text
    const row = H / 12;
    return markers.sort((a, b) => Math.floor(a.y / row) - Math.floor(b.y / row) || (rtl ? b.x - a.x : a.x - b.x));

    /** A leader line from the dot to the nearest point of a label's box: its length and angle (degrees, clockwise from east). */
    function towards(x: number, y: number, r: Rect): { length: number; angle: number } {
      const nx = Math.max(r.x, Math.min(x, r.x + r.w));
      const ny = Math.max(r.y, Math.min(y, r.y + r.h));
      return { length: Math.hypot(nx - x, ny - y), angle: (Math.atan2(ny - y, nx - x) * 180) / Math.PI };
    }

    function inward(m: Marker, w: number, h: number): [number, number][] {
      const ax = m.x < w * 0.2 ? 1 : m.x > w * 0.8 ? -1 : 0;
      const ay = m.y < h * 0.2 ? 1 : m.y > h * 0.8 ? -1 : 0;
      return [[ax || 1, ay], [ax || -1, ay], [ax, ay || 1]];
    }
  }

  /** Country names that fit without covering a marker or its label (placed after the markers). */
  private _countryLabels(map: StoryMap, markers: readonly Marker[], storyCountries: ReadonlySet<string>) {
    const [, , W, H] = map.viewBox;
    const px = (this._width || 640) / W;
    const insetPx = Math.min(120, W * px * 0.22) + 12;
    const taken: Rect[] = [
      { x: W * px - insetPx, y: 0, w: insetPx, h: insetPx },
      { x: 0, y: H * px - 34, w: 140, h: 34 },
    ];
    taken.push(...markers.flatMap((m) => {
      const w = m.place.name.length * FONT_PX * 0.68 + 16;
      const dot = { x: m.x * px - DOT_PX, y: m.y * px - DOT_PX, w: DOT_PX * 2, h: DOT_PX * 2 };
      // a tucked label is not shown; a centred one spans both sides of its point
      return m.label.tucked ? [dot] : [dot, { x: m.x * px + (m.label.centre ? -w / 2 : m.label.dx - 4), y: m.y * px + m.label.dy, w, h: FONT_PX * 1.35 }];
    }));
    const fs = 10.5;
    const labels: { name: string; x: number; y: number }[] = [];
    for (const c of map.countries) {
      if (!c.label || (c.iso && storyCountries.has(c.iso))) continue;
      const w = c.name.length * fs * 0.72 + 4;
      const rect = { x: c.label[0] * px - w / 2, y: c.label[1] * px - fs, w, h: fs * 1.6 };
      if (rect.x < 0 || rect.y < 0 || rect.x + w > W * px || rect.y + rect.h > H * px) continue;
      if (taken.some((r) => overlap(rect, r) > 0)) continue;
      taken.push(rect);
      labels.push({ name: c.name, x: c.label[0], y: c.label[1] });
    }
    return labels;
  }

  private _direction(beyond: number): string {
    return this._locale.strings.directions[Math.round(beyond / 45) % 8];
  }

  private _renderMap(story: Story, map: StoryMap, markers: Marker[], related: ReadonlySet<string>) {
    const s = this._locale.strings;
    const [, , W, H] = map.viewBox;
    const lang = story.article.language;
    const selected = this._selectedPlace;
    const selectedPlace = selected ? story.places.find((p) => p.id === selected) : undefined;
    const storyCountries = new Set(story.places.flatMap((p) => (p.kind === 'country' && p.country ? [p.country] : [])));
    const highlightIso = selectedPlace?.kind === 'country' ? selectedPlace.country : undefined;
    const pct = (x: number, y: number) => ({ left: `${(x / W) * 100}%`, top: `${(y / H) * 100}%` });
    const iv = map.inset.viewBox;
    const km = shared(Intl.NumberFormat, this._locale.lang, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 });
    return html`<div class="frame" part="map" role="group" aria-label=${s.mapLabel} ${cssProps({ 'aspect-ratio': `${W} / ${H}` })}>
      <svg class="chart" viewBox=${map.viewBox.join(' ')} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
        <rect class="sea" x="-10" y="-10" width=${W + 20} height=${H + 20}></rect>
        ${map.countries.map(
          (c) =>
            svg`<path class=${`land${c.iso && storyCountries.has(c.iso) ? ' story' : ''}${c.iso && c.iso === highlightIso ? ' selected' : ''}`} d=${c.d}></path>`,
        )}
        ${map.coast ? svg`<path class="coast" d=${map.coast}></path>` : nothing}
      </svg>
      ${this._countryLabels(map, markers, storyCountries).map(
        (c) => html`<span class="country-label" aria-hidden="true" lang=${lang} ${cssProps(pct(c.x, c.y))}>${c.name}</span>`,
      )}
      ${markers.map((m) => {
        const isSelected = m.place.id === selected;
        const cls = `marker ${m.place.kind === 'country' && m.beyond === undefined ? 'country' : 'point'}${m.beyond !== undefined ? ' beyond' : ''}${isSelected ? ' selected' : ''}${related.has(m.place.id) ? ' related' : ''}`;
        const kind = s.placeKind[m.place.kind] ?? m.place.kind;
        const where = m.beyond !== undefined ? `, ${s.beyondMap(this._direction(m.beyond))}` : '';
        return html`<button
          type="button"
          part="marker"
          class=${cls}
          ${cssProps(pct(m.x, m.y))}
          aria-pressed=${isSelected ? 'true' : 'false'}
          aria-label=${`${m.place.name}, ${kind}${where}${!isSelected && related.has(m.place.id) ? `, ${s.highlighted}` : ''}`}
          data-place=${m.place.id}
          @click=${() => this._toggle(m.place.id)}
        >
          ${m.label.leader
            ? html`<span class="leader" aria-hidden="true" ${cssProps({ 'inline-size': `${Math.round(m.label.leader.length)}px`, rotate: `${Math.round(m.label.leader.angle)}deg` })}></span>`
            : nothing}${m.beyond !== undefined
            ? html`<span class="arrow" aria-hidden="true" ${cssProps({ rotate: `${Math.round(m.beyond)}deg` })}>↑</span>`
            : m.place.kind === 'country'
              ? nothing
              : html`<span class="dot" aria-hidden="true"></span>`}
          <span class=${m.label.tucked ? 'label tucked' : 'label'} aria-hidden="true" lang=${lang} ${cssProps({
              left: m.label.right === undefined ? `${Math.round(m.label.dx)}px` : '',
              right: m.label.right === undefined ? '' : `${Math.round(m.label.right)}px`,
              translate: m.label.centre ? '-50% 0' : '',
              top: `${Math.round(m.label.dy)}px`,
            })}
            >${m.place.name}</span
          >
        </button>`;
      })}
      <svg class="inset" viewBox=${iv.join(' ')} role="img" aria-label=${s.locator}>
        <circle class="sea" cx=${iv[2] / 2} cy=${iv[3] / 2} r=${iv[2] / 2 - 1}></circle>
        <path class="land" d=${map.inset.d}></path>
        <rect class="box" x=${map.inset.box[0]} y=${map.inset.box[1]} width=${map.inset.box[2]} height=${map.inset.box[3]}></rect>
      </svg>
      ${map.scale
        ? html`<div class="scale" ${cssProps({ width: `${(map.scale.length / W) * 100}%` })}><span>${km.format(map.scale.km)}</span></div>`
        : nothing}
    </div>`;
  }

  private _renderDetails(story: Story, placeId: string) {
    const s = this._locale.strings;
    const place = story.places.find((p) => p.id === placeId);
    if (!place) return nothing;
    const lang = story.article.language;
    const { events, quotes } = placeItems(story, placeId);
    const speakers = new Map(story.actors.map((a) => [a.id, a.name]));
    const country = place.kind === 'country' ? undefined : this._countryName(place.country, story.map);
    return html`<section class="details" part="details" aria-labelledby="details-title" aria-live="polite">
      <div class="details-top">
        <h3 id="details-title"><span lang=${lang} dir="auto">${place.name}</span></h3>
        <button type="button" class="clear" @click=${() => this.select(null)}>${s.clearSelection}</button>
      </div>
      <p class="muted">${s.placeKind[place.kind] ?? place.kind}${country ? html`, ${country}` : nothing}</p>
      ${events.length
        ? html`<h4>${s.placeEvents}</h4>
            <ul>
              ${events.map((e) => html`<li><span class="muted">${this._locale.format(e.when)}</span> <span lang=${lang} dir="auto">${e.title}</span></li>`)}
            </ul>`
        : nothing}
      ${quotes.length
        ? html`<h4>${s.placeQuotes}</h4>
            <ul>
              ${quotes.map(
                (q) =>
                  html`<li><q lang=${lang} dir="auto">${q.text}</q> <span class="muted">— <span lang=${lang}>${speakers.get(q.speaker) ?? ''}</span></span></li>`,
              )}
            </ul>`
        : nothing}
      ${events.length || quotes.length ? nothing : html`<p>${s.noPlaceItems}</p>`}
    </section>`;
  }

  protected override render(): TemplateResult | typeof nothing {
    const { state } = this._story;
    const s = this._locale.strings;
    const status = renderStoryStatus(state, s, this);
    if (status !== nothing) return status;
    const story = state.story;
    if (!story) return nothing;
    const map = story.map;
    const lang = story.article.language;
    const onMap = new Set(map?.places.map((p) => p.id) ?? []);
    const markers = map ? this._layout(story, map) : [];
    const beyond = new Map(markers.flatMap((m) => (m.beyond === undefined ? [] : [[m.place.id, m.beyond] as const])));
    const notShown = story.places.filter((p) => !onMap.has(p.id));
    const related = this._related();
    const selected = this._selectedPlace;
    const item = (p: Place) => {
      const country = p.kind === 'country' ? undefined : this._countryName(p.country, map);
      const toward = beyond.get(p.id);
      const where = toward !== undefined ? s.beyondMap(this._direction(toward)) : p.fictional ? s.fictional : undefined;
      return html`<li>
        <button type="button" class="place" aria-pressed=${p.id === selected ? 'true' : 'false'} @click=${() => this._toggle(p.id)}>
          <span lang=${lang} dir="auto">${p.name}</span></button
        ><span class="muted">
          — ${s.placeKind[p.kind] ?? p.kind}${country ? html`, ${country}` : nothing}${where ? html` (${where})` : nothing}</span
        >
      </li>`;
    };
    return html`<section part="base" aria-labelledby="title">
      <h2 id="title" part="title">${s.mapTitle}</h2>
      ${story.places.length === 0 ? html`<p class="muted">${s.noPlaces}</p>` : nothing}
      <div class="layout">
        ${map ? this._renderMap(story, map, markers, related) : story.places.length ? html`<p class="muted">${s.noMap}</p>` : nothing}
        <div class="side">
          ${selected ? this._renderDetails(story, selected) : map && story.places.length ? html`<p class="muted hint">${s.mapHint}</p>` : nothing}
          ${notShown.length && map
            ? html`<section class="not-shown" part="not-shown" aria-labelledby="not-shown-title">
                <h3 id="not-shown-title">${s.notShown}</h3>
                <ul>
                  ${notShown.map(item)}
                </ul>
              </section>`
            : nothing}
        </div>
      </div>
      ${story.places.length
        ? html`<details part="list" ?open=${!map}>
            <summary>${s.allPlaces}</summary>
            <ul>
              ${story.places.map(item)}
            </ul>
          </details>`
        : nothing}
      ${map ? html`<p class="source muted">${s.mapSource}</p>` : nothing}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sahel-map': SahelMap;
  }
}
