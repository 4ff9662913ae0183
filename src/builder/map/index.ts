/**
 * The story's locator map, prepared at build time so that `<sahel-map>` draws it as inline SVG with no
 * request to any origin: country outlines and coastlines from Natural Earth (the `world-atlas` package,
 * public domain data) around the places that have coordinates, simplified with topology preserved
 * (`topojson-simplify`), projected and clipped (`d3-geo`, node-only: it never reaches the browser bundle)
 * and rounded to integer map units, plus a small globe that locates the region.
 *
 * The map is a pure function of the places and the article language: the same story gives the same
 * bytes, so `sahel-widgets check` can tell a stale map from a current one.
 */
import { createRequire } from 'node:module';
import { geoArea, geoAzimuthalEqualArea, geoBounds, geoDistance, geoOrthographic, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, MultiLineString, MultiPoint, Polygon, Position } from 'geojson';
import { feature, mesh, meshArcs } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, MultiLineString as TopoMultiLineString, Objects, Topology } from 'topojson-specification';
import type { Place, StoryMap } from '../../story/types.js';
import { QuantizedPath } from './path.js';

const require = createRequire(import.meta.url);

/** Width of the main map in map units; the height follows from the region's shape. */
export const MAP_WIDTH = 800;
/** Side of the square inset (a globe centred on the region). */
export const INSET_SIZE = 120;
/** Largest region drawn, in degrees: places farther from the main group are left beyond the map's edges. */
const MAX_SPAN: [number, number] = [50, 36];
/** Smallest region drawn, in degrees of latitude (a story about one city still shows its surroundings). */
const MIN_SPAN = 3;
/** Share of the places' extent added on each side. */
const MARGIN = 0.12;
/** Height ÷ width of the main map, kept within these bounds. */
const ASPECT: [number, number] = [0.56, 0.9];
/** Countries whose visible part covers less than this share of the map get no name label. */
const LABEL_AREA = 0.012;

/** [west, south, east, north] in degrees. */
export type Box = [number, number, number, number];

type Countries = Topology<{ countries: GeometryCollection<{ name: string }>; land: GeometryCollection }>;
type Land = Topology<{ land: GeometryCollection }>;

const hasPoint = (p: Place): p is Place & { coordinates: [number, number] } =>
  Array.isArray(p.coordinates) &&
  p.coordinates.length === 2 &&
  p.coordinates.every(Number.isFinite) &&
  Math.abs(p.coordinates[0]) <= 180 &&
  Math.abs(p.coordinates[1]) <= 90;

const union = (a: Box, b: Box): Box => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
const spanOf = (b: Box): [number, number] => [b[2] - b[0], b[3] - b[1]];
const fits = (b: Box) => spanOf(b)[0] <= MAX_SPAN[0] && spanOf(b)[1] <= MAX_SPAN[1];
const round = (n: number, step = 1e-4) => Math.round(n / step) * step;

/**
 * The region to draw, in degrees: the largest group of located places that fits within 50° × 36°
 * (weighted by how often the article mentions each place, so the story's own region wins over a
 * far-off capital), grown to the whole outline of each country that is itself a place (when it still
 * fits), with a margin, a minimum extent, and a shape between landscape and square.
 * `countryBounds` gives a country's bounds by ISO code. Undefined when no place has coordinates.
 */
export function pickBox(places: readonly Place[], countryBounds: (iso: string) => Box | undefined = () => undefined): Box | undefined {
  const located = places.filter(hasPoint);
  if (located.length === 0) return undefined;
  let best: typeof located = [];
  let bestScore = -1;
  for (const anchor of located) {
    const [lon, lat] = anchor.coordinates;
    const group = located.filter(
      (p) => Math.abs(p.coordinates[0] - lon) <= MAX_SPAN[0] / 2 && Math.abs(p.coordinates[1] - lat) <= MAX_SPAN[1] / 2,
    );
    const score = group.reduce((sum, p) => sum + 1 + p.mentions.length, 0);
    if (score > bestScore) [best, bestScore] = [group, score];
  }
  let box = best
    .map((p): Box => [p.coordinates[0], p.coordinates[1], p.coordinates[0], p.coordinates[1]])
    .reduce(union);
  for (const p of best) {
    const bounds = p.kind === 'country' && p.country ? countryBounds(p.country) : undefined;
    if (bounds && fits(union(box, bounds))) box = union(box, bounds);
  }
  const [w, h] = spanOf(box);
  const midLat = (box[1] + box[3]) / 2;
  const cos = Math.max(0.2, Math.cos((midLat * Math.PI) / 180));
  // widths compared on the ground: a degree of longitude shrinks away from the equator
  let ground = Math.max(w * cos, MIN_SPAN * 1.5) * (1 + 2 * MARGIN);
  let tall = Math.max(h, MIN_SPAN) * (1 + 2 * MARGIN);
  if (tall < ground * ASPECT[0]) tall = ground * ASPECT[0];
  if (tall > ground * ASPECT[1]) ground = tall / ASPECT[1];
  const midLon = (box[0] + box[2]) / 2;
  const halfLon = ground / cos / 2;
  const south = Math.max(-85, midLat - tall / 2);
  const north = Math.min(85, midLat + tall / 2);
  return [round(midLon - halfLon), round(south), round(midLon + halfLon), round(north)];
}

/** Points along the edges of a box, so that a projection can be fitted to its curved outline. */
function outline(box: Box, steps = 12): MultiPoint {
  const [w, s, e, n] = box;
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= steps; i++) {
    const t = i / steps;
    coordinates.push([w + (e - w) * t, s], [w + (e - w) * t, n], [w, s + (n - s) * t], [e, s + (n - s) * t]);
  }
  return { type: 'MultiPoint', coordinates };
}

function pathData(projection: GeoProjection, object: Parameters<ReturnType<typeof geoPath>>[0]): string {
  const context = new QuantizedPath();
  geoPath(projection, context)(object);
  return context.result();
}

let countries50m: Countries | undefined;
let land110m: Land | undefined;
const countriesTopology = () => (countries50m ??= require('world-atlas/countries-50m.json') as Countries);
const landTopology = () => (land110m ??= require('world-atlas/land-110m.json') as Land);

const names = require('i18n-iso-countries') as {
  numericToAlpha2(code: string): string | undefined;
  getName(code: string, lang: string): string | undefined;
  registerLocale(data: unknown): void;
  langs(): string[];
};
const supported = new Set(require('i18n-iso-countries/supportedLocales.json') as string[]);

/**
 * A country's name in the article's language: Natural Earth's own map label in English ("Dem. Rep. Congo"),
 * the ISO name from `i18n-iso-countries` in the other languages it knows, Natural Earth's otherwise.
 */
function countryName(iso: string | undefined, fallback: string, language: string): string {
  const lang = language.split(/[-_]/)[0].toLowerCase();
  if (lang === 'en' || !iso || !supported.has(lang)) return fallback;
  if (!names.langs().includes(lang)) names.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
  return names.getName(iso, lang) ?? fallback;
}

const presimplified = new Map<string, Topology<Objects<object>>>();
/** A data file's topology with its Visvalingam weights (`presimplify`), computed once per process. */
function weightedTopology(key: string, topology: () => unknown): Topology<Objects<object>> {
  let weighted = presimplified.get(key);
  if (!weighted) presimplified.set(key, (weighted = presimplify(structuredClone(topology()) as Topology<Objects<object>>)));
  return weighted;
}
/**
 * Topology-preserving simplification (Visvalingam, weights in square degrees), so neighbours keep one
 * shared border. The weights are computed once per data file; each map then keeps the points it needs.
 */
function simplifiedTopology<T>(key: string, topology: () => T, minWeight: number): T {
  return simplify(weightedTopology(key, topology), minWeight) as T;
}

// Per-process caches of what does not depend on the story (the same data files for every map): a
// build of many folders (`build --jobs`) pays for them once per thread, not once per story.
let countryFeatures: { all: FeatureCollection<Geometry, { name: string }>; byIso: Map<string, Feature> } | undefined;
const countryBoxes = new Map<string, Box | undefined>();
let insetLandFeature: ReturnType<typeof feature> | undefined;

const isoOf = (f: Feature) => (f.id === undefined ? undefined : names.numericToAlpha2(String(f.id)));

/** The full-resolution countries of the 50m file, and the first feature of each ISO code. */
function countryIndex(): NonNullable<typeof countryFeatures> {
  if (countryFeatures) return countryFeatures;
  const world = countriesTopology();
  const all = feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const byIso = new Map<string, Feature>();
  for (const f of all.features) {
    const iso = isoOf(f);
    if (iso && !byIso.has(iso)) byIso.set(iso, f);
  }
  return (countryFeatures = { all, byIso });
}

/** A country's full-resolution bounds by ISO code (undefined across the antimeridian), memoised. */
function countryBox(iso: string): Box | undefined {
  if (countryBoxes.has(iso)) return countryBoxes.get(iso);
  const f = countryIndex().byIso.get(iso);
  let box: Box | undefined;
  if (f) {
    const [[w, s], [e, n]] = geoBounds(f);
    box = e < w ? undefined : [w, s, e, n]; // across the antimeridian: use the point only
  }
  countryBoxes.set(iso, box);
  return box;
}

/**
 * A box that holds `geoBounds` of a (multi)polygon, from its coordinates alone (no spherical walk), or
 * undefined when this cheap bound does not apply. It applies when every ring keeps within less than
 * 180° of longitude: then a great-circle arc between two of its points keeps between their
 * longitudes, no ring winds round a pole, and geoBounds's longitudes lie between the least and the
 * greatest. In latitude, an arc of length L rises at most L/2 above its higher end (each of its
 * points is within L/2 of an end), and L ≤ |Δλ| + |Δφ| in degrees.
 */
function coordinateBox(geometry: Geometry | null): Box | undefined {
  const rings = geometry?.type === 'Polygon' ? geometry.coordinates : geometry?.type === 'MultiPolygon' ? geometry.coordinates.flat() : undefined;
  if (!rings) return undefined;
  let [w, s, e, n, rise] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (const ring of rings) {
    for (let i = 0; i < ring.length; i++) {
      const [lon, lat] = ring[i];
      if (lon < w) w = lon;
      if (lon > e) e = lon;
      if (lat < s) s = lat;
      if (lat > n) n = lat;
      if (i > 0) {
        const r = (Math.abs(lon - ring[i - 1][0]) + Math.abs(lat - ring[i - 1][1])) / 2;
        if (r > rise) rise = r;
      }
    }
  }
  if (!(e - w < 180)) return undefined; // also when there is no point at all
  const margin = rise + 1e-6;
  return [w, s - margin, e, n + margin];
}

/**
 * Whether geoBounds would read one of the polygons as turned inside out (wound the other way, or
 * collapsed by simplification), which makes its bounds the whole globe: such a polygon's spherical
 * area (d3's, the same sum geoBounds tests) is nearly 4π where any country's is far below 2π.
 */
const insideOut = (geometry: Geometry): boolean =>
  geometry.type === 'MultiPolygon'
    ? geometry.coordinates.some((coordinates) => geoArea({ type: 'Polygon', coordinates }) > 2 * Math.PI)
    : geoArea(geometry) > 2 * Math.PI;

const RADIANS = Math.PI / 180;
type Vector = [number, number, number];
const unitVector = ([lon, lat]: Position): Vector => {
  const c = Math.cos(lat * RADIANS);
  return [c * Math.cos(lon * RADIANS), c * Math.sin(lon * RADIANS), Math.sin(lat * RADIANS)];
};
/** The angle between two unit vectors, in degrees. */
const angleBetween = (a: Vector, b: Vector) => Math.acos(Math.max(-1, Math.min(1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]))) / RADIANS;

interface Cap { centre: Vector; radius: number }
const arcCaps = new Map<string, (Cap | undefined)[]>();
/**
 * A spherical cap (centre, radius in degrees) around each arc of a data file's topology, from all of
 * the arc's points, once per process; undefined for an arc that no cap under 89° holds. A cap under
 * 90° is convex (it holds every great-circle arc between its points), so it holds the arc at every
 * simplification, which keeps a subset of the points.
 */
function capsOf(key: string): (Cap | undefined)[] {
  let caps = arcCaps.get(key);
  if (caps) return caps;
  caps = (presimplified.get(key)?.arcs ?? []).map((arc) => {
    const points = arc.map(unitVector);
    const sum = points.reduce<Vector>((m, p) => [m[0] + p[0], m[1] + p[1], m[2] + p[2]], [0, 0, 0]);
    const norm = Math.hypot(...sum);
    if (!(norm > 1e-9)) return undefined;
    const centre: Vector = [sum[0] / norm, sum[1] / norm, sum[2] / norm];
    const radius = points.reduce((r, p) => Math.max(r, angleBetween(centre, p)), 0) + 1e-6;
    return radius < 89 ? { centre, radius } : undefined;
  });
  arcCaps.set(key, caps);
  return caps;
}

/**
 * The coastlines, `mesh(topology, countries, a === b)`, less the stretches that cannot reach the
 * map: each stitched line is cut at the ends of the arcs whose cap lies wholly farther from the map's
 * centre than `reach` (the farthest corner of the clip extent, in degrees) plus 2° to spare, and
 * nearer than 170° (away from the antipode, where the projection stretches). Clipping draws nothing
 * of such an arc, and the projection, the clip and `QuantizedPath` treat a line's segments one after
 * the other, so the pieces give the path of the whole line, for a fraction of the projection work.
 */
function coastNear(topology: Topology<Objects<object>>, key: string, centre: [number, number], reach: number): MultiLineString {
  const lines = meshArcs(topology, (topology.objects as { countries: GeometryCollection }).countries, (a, b) => a === b) as TopoMultiLineString;
  const caps = capsOf(key);
  const c = unitVector(centre);
  const far = (arc: number) => {
    const cap = caps[arc < 0 ? ~arc : arc];
    if (!cap) return false;
    const d = angleBetween(c, cap.centre);
    return d - cap.radius > reach + 2 && d + cap.radius < 170;
  };
  const runs: number[][] = [];
  for (const line of lines.arcs) {
    let run: number[] = [];
    for (const arc of line) {
      if (!far(arc)) run.push(arc);
      else if (run.length > 0) {
        runs.push(run);
        run = [];
      }
    }
    if (run.length > 0) runs.push(run);
  }
  return feature(topology, { type: 'MultiLineString', arcs: runs }).geometry as MultiLineString;
}

const boxesTouch = (a: Box, b: Box) => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

/**
 * The story's locator map, or undefined when no place has coordinates. `language` is the article's
 * (BCP 47), for the country names.
 *
 * `options.cull` (default true) lets the far countries skip `geoBounds` and the far coastlines skip
 * the projection, on bounds that make the map the same byte for byte; `false` does all the work, for
 * the tests that compare the two.
 */
export function buildStoryMap(places: readonly Place[], language = 'en', options: { cull?: boolean } = {}): StoryMap | undefined {
  const cull = options.cull !== false;
  const box = pickBox(places, countryBox);
  if (!box) return undefined;

  // Main map: azimuthal equal-area centred on the region (true directions from the centre, so a
  // place beyond the edges still lies the right way), fitted to the box's width.
  const centre: [number, number] = [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2];
  const projection = geoAzimuthalEqualArea().rotate([-centre[0], -centre[1]]).precision(0.2).fitWidth(MAP_WIDTH, outline(box));
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(outline(box));
  const height = Math.round(y1 - y0);
  projection.translate([projection.translate()[0] - x0, projection.translate()[1] - y0]);
  const bleed = 6;
  projection.clipExtent([[-bleed, -bleed], [MAP_WIDTH + bleed, height + bleed]]);

  const degreesPerUnit = (box[2] - box[0]) / MAP_WIDTH;
  const topology = simplifiedTopology('countries-50m', countriesTopology, (degreesPerUnit * 0.7) ** 2);
  const near: Box = [box[0] - 10, box[1] - 10, box[2] + 10, box[3] + 10];
  const shapes = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  const area = MAP_WIDTH * height;
  const areaOf = geoPath(projection);
  const countries: StoryMap['countries'] = [];
  for (const f of shapes.features) {
    // Far from the region: skip it. The box from the coordinates holds geoBounds's, so when it misses
    // `near` (and geoBounds would not read the feature as the whole globe) geoBounds's misses it too.
    const rough = coordinateBox(f.geometry);
    if (cull && rough && !boxesTouch(rough, near) && !insideOut(f.geometry)) continue;
    const [[w, s], [e, n]] = geoBounds(f);
    if (e >= w && !boxesTouch([w, s, e, n], near)) continue;
    const d = pathData(projection, f);
    if (!d) continue;
    const iso = isoOf(f);
    const entry: StoryMap['countries'][number] = { ...(iso ? { iso } : {}), name: countryName(iso, f.properties.name, language), d };
    // label at the centre of the largest visible piece, when the country shows enough of itself
    const pieces: Polygon[] =
      f.geometry.type === 'Polygon'
        ? [f.geometry]
        : f.geometry.type === 'MultiPolygon'
          ? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }))
          : [];
    let largest: Polygon | undefined;
    let largestArea = 0;
    for (const piece of pieces) {
      const a = areaOf.area(piece);
      if (a > largestArea) [largest, largestArea] = [piece, a];
    }
    if (largest && largestArea / area >= LABEL_AREA) {
      const [cx, cy] = areaOf.centroid(largest);
      if (Number.isFinite(cx) && Number.isFinite(cy)) entry.label = [Math.round(cx), Math.round(cy)];
    }
    countries.push(entry);
  }
  // How far from the centre the clip extent reaches, in degrees (equal-area azimuthal: ρ = 2k sin(c/2)).
  const [px, py] = projection(centre) ?? [MAP_WIDTH / 2, height / 2];
  const corners = [[-bleed, -bleed], [MAP_WIDTH + bleed, -bleed], [-bleed, height + bleed], [MAP_WIDTH + bleed, height + bleed]];
  const ratio = Math.max(...corners.map(([x, y]) => Math.hypot(x - px, y - py))) / (2 * projection.scale());
  const reach = ratio < 1 ? (2 * Math.asin(ratio)) / RADIANS : 180;
  const coast = pathData(projection, cull
    ? coastNear(topology as Topology<Objects<object>>, 'countries-50m', centre, reach)
    : mesh(topology, topology.objects.countries, (a, b) => a === b));

  // Inset: the globe seen from above the region, with the region's outline on it.
  const globe = geoOrthographic()
    .rotate([-centre[0], -Math.max(-60, Math.min(60, centre[1]))])
    .fitExtent([[1, 1], [INSET_SIZE - 1, INSET_SIZE - 1]], { type: 'Sphere' })
    .precision(0.5);
  if (!insetLandFeature) {
    const land = simplifiedTopology('land-110m', landTopology, 0.8);
    insetLandFeature = feature(land, land.objects.land);
  }
  const insetLand = pathData(globe, insetLandFeature);
  const [[bx0, by0], [bx1, by1]] = geoPath(globe).bounds(outline(box));

  // Scale bar: a round distance about a fifth of the map's width, measured at the centre.
  const [cx, cy] = [MAP_WIDTH / 2, height / 2];
  const a = projection.invert?.([cx - 50, cy]);
  const b = projection.invert?.([cx + 50, cy]);
  const kmPerUnit = a && b ? (geoDistance(a, b) * 6371.0088) / 100 : 0;
  let scale: StoryMap['scale'];
  if (kmPerUnit > 0) {
    const target = (MAP_WIDTH / 5) * kmPerUnit;
    const step = 10 ** Math.floor(Math.log10(target));
    const km = [5, 2, 1].map((m) => m * step).find((k) => k <= target) ?? step;
    scale = { km, length: Math.round(km / kmPerUnit) };
  }

  return {
    viewBox: [0, 0, MAP_WIDTH, height],
    countries,
    ...(coast ? { coast } : {}),
    inset: {
      viewBox: [0, 0, INSET_SIZE, INSET_SIZE],
      d: insetLand,
      box: [Math.round(bx0), Math.round(by0), Math.max(1, Math.round(bx1 - bx0)), Math.max(1, Math.round(by1 - by0))],
    },
    places: places.filter(hasPoint).map((p) => {
      const [x, y] = projection(p.coordinates) ?? [NaN, NaN];
      return { id: p.id, x: Math.round(x), y: Math.round(y) };
    }).filter((p) => Number.isFinite(p.x) && Number.isFinite(p.y)),
    ...(scale ? { scale } : {}),
  };
}
