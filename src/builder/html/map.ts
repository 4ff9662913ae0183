/**
 * `<sahel-map>`'s fallback: the widget's first view (sahel-map.styles.ts) with its boxes and sizes, so the
 * upgrade keeps the height: the title, the map drawn as static SVG from the story's own map data (the country
 * outlines and coast the builder prepared; no request), the places with coordinates as dots and names over it,
 * a place beyond the edges as an arrow there, the scale bar; beside or under it the places that are not on the
 * map; then "All places, as a list" as a native disclosure (every place, its kind, its country, where it lies)
 * and the outlines' source.
 *
 * The widget puts the side column beside the map from 46rem of its own width on (a container query): inline
 * styles hold no query, so the two boxes are flex items whose bases are `clamp()`s on the same width (see
 * `PAST` in timeline.ts): the grid's `minmax(0, 2.2fr) minmax(14rem, 1fr)` columns where wide, one column
 * where narrow. Labels take no room (absolutely positioned): they are placed as the widget places them, for a
 * phone-sized drawing, and those that find no free spot are left to the list.
 */
import type { Place, StoryMap } from '../../story/types.js';
import { ACCENT, BORDER, BOX, BUTTONISH, escapeHtml, FG, heading, MUTED, text } from './common.js';
import type { Ctx } from './common.js';

const SEA = 'light-dark(#d7e6f0,#15222c)';
const LAND = 'light-dark(#f3f0e8,#2b2b2d)';
const STORY_LAND = 'light-dark(#f2dfc6,#4a3a28)';
const MAP_BORDER = 'light-dark(#9e978c,#77736c)';
const COAST = 'light-dark(#5f8299,#6f93aa)';
const HALO = 'text-shadow:0 0 2px light-dark(rgb(255 255 255/0.85),rgb(20 20 22/0.85)),0 0 3px light-dark(rgb(255 255 255/0.85),rgb(20 20 22/0.85))';

interface Marker {
  place: Place;
  x: number;
  y: number;
  /** Degrees clockwise from north towards a place beyond the map's edges. */
  beyond?: number;
}

/** The markers as the widget places them: on the map, or clamped to its edge along the line from the centre. */
function markers(c: Ctx, map: StoryMap): Marker[] {
  const [, , W, H] = map.viewBox;
  const byId = new Map(c.story.places.map((p) => [p.id, p]));
  const cx = W / 2;
  const cy = H / 2;
  // the widget's 12 px margin at its drawing's width; the arrow's exact inset does not matter for the layout
  const margin = (12 * W) / 640;
  const out: Marker[] = [];
  for (const at of map.places) {
    const place = byId.get(at.id);
    if (!place?.coordinates) continue;
    if (at.x >= 0 && at.x <= W && at.y >= 0 && at.y <= H) {
      out.push({ place, x: at.x, y: at.y });
      continue;
    }
    const dx = at.x - cx;
    const dy = at.y - cy;
    const t = Math.min(Math.abs((cx - margin) / (dx || 1e-9)), Math.abs((cy - margin) / (dy || 1e-9)));
    out.push({ place, x: cx + dx * t, y: cy + dy * t, beyond: ((Math.atan2(dx, -dy) * 180) / Math.PI + 360) % 360 });
  }
  return out;
}

/** Label candidates around a point ([dx, dy] multipliers), east first, as the widget's. */
const CANDIDATES: [number, number][] = [[1, 0], [-1, 0], [1, -1], [1, 1], [-1, -1], [-1, 1], [0, -1], [0, 1]];
/** The drawing's width the labels are placed for: a phone's. Wider, the map grows and the labels keep their size, so they stay apart. */
const REF_PX = 340;

/**
 * Labels placed greedily as the widget places them (most important first, among eight spots around the dot,
 * avoiding the dots and each other, inside the map), for a narrow drawing; a label with no free spot there is
 * left out (the list names every place). Offsets in pixels from the point; `right` holds a label west of its dot by its end.
 */
function labels(shown: Marker[], W: number, H: number): Map<Marker, { dx: number; dy: number; right?: number }> {
  const px = REF_PX / W;
  const [Wpx, Hpx] = [W * px, H * px];
  type Rect = { x: number; y: number; w: number; h: number };
  const overlap = (a: Rect, b: Rect) => Math.max(0, Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y));
  const taken: Rect[] = [{ x: 0, y: Hpx - 30, w: 130, h: 30 }];
  for (const m of shown) if (m.place.kind !== 'country' || m.beyond !== undefined) taken.push({ x: m.x * px - 5, y: m.y * px - 5, w: 10, h: 10 });
  const weight = (m: Marker) => (m.place.kind === 'country' ? 1e5 : 0) + m.place.mentions.length;
  const out = new Map<Marker, { dx: number; dy: number; right?: number }>();
  for (const m of [...shown].sort((a, b) => weight(b) - weight(a))) {
    const w = m.place.name.length * 13 * (m.place.kind === 'country' ? 0.68 : 0.56) + 8;
    const h = 13 * 1.35;
    const [x, y] = [m.x * px, m.y * px];
    const options: [number, number][] = m.place.kind === 'country' && m.beyond === undefined ? [[0, 0], [0, 1], [0, -1]] : CANDIDATES;
    for (const [ax, ay] of options) {
      const rect = { x: ax === 0 ? x - w / 2 : ax > 0 ? x + 7 : x - 7 - w, y: ay === 0 ? y - h / 2 : ay > 0 ? y + 3.5 : y - 3.5 - h, w, h };
      if (rect.x < 0 || rect.y < 0 || rect.x + w > Wpx || rect.y + h > Hpx || taken.some((r) => overlap(rect, r) > 0)) continue;
      taken.push(rect);
      out.set(m, { dx: rect.x - x, dy: rect.y - y, ...(ax < 0 ? { right: 7 } : {}) });
      break;
    }
  }
  return out;
}

function countryName(c: Ctx, code: string | undefined): string | undefined {
  if (!code) return undefined;
  const fromMap = c.story.map?.countries.find((x) => x.iso === code)?.name;
  try {
    return new Intl.DisplayNames(c.ui, { type: 'region' }).of(code) ?? fromMap;
  } catch {
    return fromMap ?? code;
  }
}

const direction = (c: Ctx, beyond: number) => c.t.directions[Math.round(beyond / 45) % 8];

/** The drawing: sea, land (the story's countries tinted), coast, markers and the scale bar, as the widget's `.frame`. */
function frame(c: Ctx, map: StoryMap, shown: Marker[]): string {
  const [, , W, H] = map.viewBox;
  const story = new Set(c.story.places.flatMap((p) => (p.kind === 'country' && p.country ? [p.country] : [])));
  const land = (mine: boolean) =>
    map.countries
      .filter((x) => Boolean(x.iso && story.has(x.iso)) === mine)
      .map((x) => x.d)
      .join('');
  const stroke = 'stroke-linejoin:round;vector-effect:non-scaling-stroke';
  const paths = [
    [land(false), `fill:${LAND};stroke:${MAP_BORDER};stroke-width:0.8px;${stroke}`],
    [land(true), `fill:${STORY_LAND};stroke:${MAP_BORDER};stroke-width:0.8px;${stroke}`],
    [map.coast ?? '', `fill:none;stroke:${COAST};stroke-width:1.2px;${stroke}`],
  ]
    .filter(([d]) => d)
    .map(([d, style]) => `<path d="${escapeHtml(d)}" style="${style}"></path>`)
    .join('');
  const pct = (x: number, y: number) => `left:${((x / W) * 100).toFixed(2)}%;top:${((y / H) * 100).toFixed(2)}%`;
  const placed = labels(shown, W, H);
  const marks = shown.map((m) => {
    const country = m.place.kind === 'country' && m.beyond === undefined;
    const at = placed.get(m);
    const look = country ? 'font-size:0.75rem;letter-spacing:0.1em;text-transform:uppercase;font-weight:700' : 'font-size:0.8125rem;font-weight:600';
    const side = at && (at.right === undefined ? `left:${Math.round(at.dx)}px` : `right:${at.right}px`);
    const label = at ? text(c, m.place.name, 'span', ` style="position:absolute;${side};top:${Math.round(at.dy)}px;padding:0 4px;white-space:nowrap;line-height:1.35;${look};color:${FG};${HALO}"`) : '';
    const dot =
      m.beyond !== undefined
        ? `<span style="position:absolute;left:-0.5em;top:-0.7em;inline-size:1em;text-align:center;color:${ACCENT};font-weight:700;line-height:1.4;rotate:${Math.round(m.beyond)}deg">↑</span>`
        : country
          ? ''
          : `<span style="position:absolute;left:-5px;top:-5px;box-sizing:border-box;inline-size:10px;block-size:10px;border-radius:50%;background:${ACCENT};border:2px solid light-dark(#fff,#1d1d1f);box-shadow:0 0 0 1px ${ACCENT}"></span>`;
    return `<span style="position:absolute;${pct(m.x, m.y)}">${dot}${label}</span>`;
  });
  let scale = '';
  if (map.scale) {
    let km = `${map.scale.km} km`;
    try {
      km = new Intl.NumberFormat(c.ui, { style: 'unit', unit: 'kilometer', maximumFractionDigits: 0 }).format(map.scale.km);
    } catch {
      // the plain number and unit
    }
    scale = `<span style="position:absolute;left:8px;bottom:8px;box-sizing:border-box;inline-size:${((map.scale.length / W) * 100).toFixed(2)}%;block-size:6px;border:1.5px solid ${FG};border-block-start:0;font-size:0.7rem;line-height:1"><span style="position:absolute;left:0;bottom:8px;white-space:nowrap;color:${FG}">${escapeHtml(km)}</span></span>`;
  }
  const names = shown.map((m) => m.place.name).join(', ');
  return (
    `<div role="img" aria-label="${escapeHtml(`${c.t.mapLabel}: ${names}`)}" style="position:relative;overflow:hidden;box-sizing:border-box;inline-size:100%;aspect-ratio:${W} / ${H};border:1px solid ${BORDER};border-radius:0.375rem;background:${SEA};direction:ltr;line-height:1.35">` +
    `<svg viewBox="${map.viewBox.join(' ')}" aria-hidden="true" style="position:absolute;inset:0;inline-size:100%;block-size:100%;display:block">${paths}</svg>` +
    `${marks.join('')}${scale}</div>`
  );
}

/** A number, or 0: the map's numbers go into attributes and styles unescaped, so nothing else may pass. */
const num = (v: unknown) => (Number.isFinite(Number(v)) ? Number(v) : 0);

/** SVG path data: commands and numbers, nothing else. */
const PATH_DATA = /^[MmLlHhVvCcSsQqTtAaZz\d\s.,eE+-]*$/;

/**
 * The story's map with every number a finite number and every outline path data (a story given to the API need
 * not have been validated); an outline that is anything else is left out.
 */
function numeric(m: StoryMap): StoryMap {
  const [x, y, w, h] = m.viewBox.map(num);
  const path = (d: unknown) => typeof d === 'string' && PATH_DATA.test(d);
  return {
    ...m,
    countries: m.countries.filter((x) => path(x.d)),
    coast: path(m.coast) ? m.coast : undefined,
    viewBox: [x, y, w || 1, h || 1],
    places: m.places.map((p) => ({ id: p.id, x: num(p.x), y: num(p.y) })),
    ...(m.scale ? { scale: { km: num(m.scale.km), length: num(m.scale.length) } } : {}),
  };
}

export function map(c: Ctx): string {
  const { story } = c;
  const m = story.map && numeric(story.map);
  const shown = m ? markers(c, m) : [];
  const beyond = new Map(shown.flatMap((x) => (x.beyond === undefined ? [] : [[x.place.id, x.beyond] as const])));
  const onMap = new Set(m?.places.map((p) => p.id) ?? []);
  const notShown = story.places.filter((p) => !onMap.has(p.id));
  const item = (p: Place, i: number) => {
    const country = p.kind === 'country' ? undefined : countryName(c, p.country);
    const toward = beyond.get(p.id);
    const where = toward !== undefined ? c.t.beyondMap(direction(c, toward)) : p.fictional ? c.t.fictional : undefined;
    return (
      `<li${i ? ' style="margin-block-start:0.25rem"' : ''}>${text(c, p.name, 'span', ` style="${BUTTONISH};color:${FG};text-decoration:underline;text-decoration-color:${BORDER};text-underline-offset:0.15em"`)}` +
      `<span style="${MUTED}"> — ${escapeHtml(c.t.placeKind[p.kind] ?? p.kind)}${country ? `, ${escapeHtml(country)}` : ''}${where ? ` (${escapeHtml(where)})` : ''}</span></li>`
    );
  };
  const items = (list: Place[], extra = '') => `<ul style="margin:0;padding-inline-start:1.1em${extra}">${list.map(item).join('')}</ul>`;
  // the two columns from a 44rem content box on (the widget's 46rem, less the box's padding and borders)
  const past = '(100% - 44rem + 2px + 0.01px) * 1000000';
  const sideWide = 'max(14rem, (100% - 1rem) / 3.2)';
  const drawing = m
    ? `<div style="flex:1 1 clamp(100% - 1rem - ${sideWide} - 0.5px, 100% - ${past}, 100%);min-inline-size:0">${frame(c, m, shown)}</div>`
    : story.places.length
      ? `<p style="margin:1em 0;flex:0 0 100%;${MUTED}">${escapeHtml(c.t.noMap)}</p>`
      : '';
  // no script, nothing to select: the hint keeps its place, unseen
  const hint = m && story.places.length ? `<p aria-hidden="true" style="margin:0;visibility:hidden;${MUTED}">${escapeHtml(c.t.mapHint)}</p>` : '';
  const side =
    notShown.length && m
      ? `<section aria-label="${escapeHtml(c.t.notShown)}"><h3 style="${heading('0.875em', { margin: '0 0 0.25rem', color: MUTED })}">${escapeHtml(c.t.notShown)}</h3>${items(notShown)}</section>`
      : '';
  const sideBasis = m ? `clamp(${sideWide}, 100% - ${past}, 100%)` : '100%';
  return (
    `<section aria-label="${escapeHtml(c.t.mapTitle)}" style="${BOX}">` +
    `<h2 style="${heading('1.15em', { margin: '0 0 0.5rem' })}">${escapeHtml(c.t.mapTitle)}</h2>` +
    (story.places.length ? '' : `<p style="margin:1em 0;${MUTED}">${escapeHtml(c.t.noPlaces)}</p>`) +
    `<div style="display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start">${drawing}` +
    `<div style="flex:0 0 ${sideBasis};box-sizing:border-box;min-inline-size:0;display:grid;gap:1rem;align-content:start;font-size:0.9375em">${hint}${side}</div></div>` +
    (story.places.length
      ? `<details${m ? '' : ' open=""'} style="margin-block-start:0.5rem"><summary style="cursor:pointer;color:${ACCENT}">${escapeHtml(c.t.allPlaces)}</summary>${items(story.places, ';margin-block-start:0.25rem')}</details>`
      : '') +
    (m ? `<p style="margin:0.25rem 0 0;font-size:0.75em;${MUTED}">${escapeHtml(c.t.mapSource)}</p>` : '') +
    `</section>`
  );
}
