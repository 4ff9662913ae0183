/**
 * The locator map the builder prepares (src/builder/map): the region it picks, the projection of known
 * points, compact path data, determinism, the size of the Niger story's map, and untrusted or odd input.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildStoryMap, MAP_WIDTH, pickBox } from '../../src/builder/map/index.js';
import { QuantizedPath } from '../../src/builder/map/path.js';
import type { Place, Story, StoryMap } from '../../src/story/types.js';
import { validateStory } from '../../src/story/validate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const niger = JSON.parse(readFileSync(join(ROOT, 'data/niamey-protests-2024/story.json'), 'utf8')) as Story;

const place = (id: string, coordinates?: [number, number], extra: Partial<Place> = {}): Place => ({
  id,
  name: id,
  kind: 'city',
  ...(coordinates ? { coordinates } : {}),
  mentions: [],
  ...extra,
});
const PATH = /^(?:[MmLlHhVvZz](?:-?\d+(?:(?: |,|(?=-))-?\d+)*)?)*$/;
const inside = (map: StoryMap, x: number, y: number) => x >= 0 && y >= 0 && x <= map.viewBox[2] && y <= map.viewBox[3];

describe('map-data: the region', () => {
  it('frames the places with a margin', () => {
    const box = pickBox([place('a', [2, 13]), place('b', [8, 17])])!;
    assert.ok(box[0] < 2 && box[2] > 8 && box[1] < 13 && box[3] > 17, `box ${box}`);
  });

  it('keeps a minimum extent around a single place', () => {
    const [w, s, e, n] = pickBox([place('niamey', [2.1053, 13.5214])])!;
    assert.ok(n - s >= 3, `${n - s}° tall`);
    assert.ok(e - w >= 3, `${e - w}° wide`);
    assert.ok(w < 2.1053 && e > 2.1053 && s < 13.5214 && n > 13.5214);
  });

  it('leaves a far-off place beyond the edges rather than drawing an ocean', () => {
    const box = pickBox(niger.places)!;
    assert.ok(box[0] > -30, `west edge ${box[0]} must not reach Washington`);
    const map = niger.map!;
    const washington = map.places.find((p) => p.id === 'washington')!;
    assert.ok(!inside(map, washington.x, washington.y), 'Washington lies beyond the map');
    // azimuthal projection: true direction from the centre, so it lies to the north-west
    assert.ok(washington.x < 0 && washington.y < 0);
  });

  it('grows to the whole outline of a country that is a place', () => {
    const box = pickBox([place('ne', [8, 16], { kind: 'country', country: 'NE' })], () => [0.16, 11.7, 15.99, 23.5])!;
    assert.ok(box[0] < 0.16 && box[2] > 15.99 && box[1] < 11.7 && box[3] > 23.5, `box ${box}`);
  });

  it('is undefined, and there is no map, when no place has coordinates', () => {
    assert.equal(pickBox([place('x'), place('y', undefined, { fictional: true })]), undefined);
    assert.equal(buildStoryMap([place('x')]), undefined);
    assert.equal(buildStoryMap([]), undefined);
  });

  it('ignores coordinates that are not a point on Earth', () => {
    const bad = [place('nan', [NaN, 1]), place('far', [200, 0]), place('pole', [0, 95]), place('ok', [2, 13])];
    const map = buildStoryMap(bad)!;
    assert.deepEqual(map.places.map((p) => p.id), ['ok']);
  });
});

describe('map-data: projection', () => {
  it('puts known points where they belong relative to each other', () => {
    const map = buildStoryMap([place('niamey', [2.1053, 13.5214]), place('agadez', [7.99, 16.97]), place('zinder', [8.99, 13.8])])!;
    const at = (id: string) => map.places.find((p) => p.id === id)!;
    for (const id of ['niamey', 'agadez', 'zinder']) assert.ok(inside(map, at(id).x, at(id).y), `${id} on the map`);
    assert.ok(at('agadez').x > at('niamey').x, 'Agadez east of Niamey');
    assert.ok(at('agadez').y < at('niamey').y, 'Agadez north of Niamey (y grows southwards)');
    assert.ok(at('zinder').x > at('agadez').x && at('zinder').y > at('agadez').y, 'Zinder south-east of Agadez');
    // Niamey–Agadez is about 740 km on the ground
    const units = Math.hypot(at('agadez').x - at('niamey').x, at('agadez').y - at('niamey').y);
    const km = (units * map.scale!.km) / map.scale!.length;
    assert.ok(Math.abs(km - 740) < 40, `${Math.round(km)} km`);
  });

  it('centres the region: the middle of the box projects to the middle of the map', () => {
    const map = buildStoryMap([place('a', [0, 10]), place('b', [10, 20])])!;
    const [x, y] = [(map.places[0].x + map.places[1].x) / 2, (map.places[0].y + map.places[1].y) / 2];
    assert.ok(Math.abs(x - map.viewBox[2] / 2) < 15 && Math.abs(y - map.viewBox[3] / 2) < 15, `${x},${y} in ${map.viewBox}`);
  });

  it('draws the Niger story: Niger and its neighbours, a coast, a globe inset with the region on it', () => {
    const map = niger.map!;
    assert.equal(map.viewBox[2], MAP_WIDTH);
    const isos = map.countries.map((c) => c.iso);
    for (const iso of ['NE', 'ML', 'BF', 'NG', 'DZ', 'TD', 'BJ', 'LY']) assert.ok(isos.includes(iso), `${iso} drawn`);
    assert.ok(!isos.includes('US') && !isos.includes('FR'));
    assert.ok(map.coast && map.coast.length > 50, 'the Atlantic coast');
    for (const c of map.countries) assert.match(c.d, PATH, c.name);
    assert.match(map.inset.d, PATH);
    const [bx, by, bw, bh] = map.inset.box;
    assert.ok(bx > 0 && by > 0 && bx + bw < map.inset.viewBox[2] && by + bh < map.inset.viewBox[3], `box ${map.inset.box}`);
    const niamey = map.places.find((p) => p.id === 'niamey')!;
    assert.ok(inside(map, niamey.x, niamey.y));
    assert.deepEqual(map.places.map((p) => p.id), niger.places.filter((p) => p.coordinates).map((p) => p.id));
  });

  it('names countries in the article language', () => {
    const map = buildStoryMap([place('niamey', [2.1053, 13.5214])], 'fr')!;
    const names = map.countries.map((c) => c.name);
    assert.ok(names.includes('Nigéria') && names.includes('Bénin'), names.join(', '));
    const en = buildStoryMap([place('niamey', [2.1053, 13.5214])], 'en')!;
    assert.ok(en.countries.some((c) => c.name === 'Benin'));
  });
});

describe('map-data: bytes', () => {
  it('is deterministic: the same places give the same bytes', () => {
    const a = JSON.stringify(buildStoryMap(niger.places, 'en'));
    const b = JSON.stringify(buildStoryMap(structuredClone(niger.places), 'en'));
    assert.equal(a, b);
    assert.equal(a, JSON.stringify(niger.map), 'the committed story.json carries the current map');
  });

  it('keeps the Niger story map within 8 KB gzip', () => {
    const json = JSON.stringify(niger.map);
    const gzip = gzipSync(json, { level: 9 }).length;
    console.log(`niamey-protests-2024 map: ${json.length} B raw, ${gzip} B gzip`);
    assert.ok(gzip <= 8 * 1024, `${gzip} B gzip`);
  });

  it('writes compact path data: absolute start, relative integer steps, closed rings', () => {
    const path = new QuantizedPath();
    path.moveTo(10.2, 20.7);
    path.lineTo(12.4, 20.6);
    path.lineTo(12.4, 20.9); // rounds to the same point: dropped
    path.lineTo(11, 25);
    path.closePath();
    path.moveTo(0, 0);
    path.lineTo(0.2, 0.3); // collapses to a point: the ring is left out
    path.closePath();
    assert.equal(path.result(), 'M10 21l2 0-1 4z');
  });

  it('drops the points in the middle of a straight run, not the corners or a turn back', () => {
    const path = new QuantizedPath();
    path.moveTo(0, 0);
    for (const [x, y] of [[1, 0], [2, 0], [5, 0], [5, 2], [5, 4], [7, 8], [9, 12], [8, 10], [0, 10]]) path.lineTo(x, y);
    path.closePath();
    assert.equal(path.result(), 'M0 0l5 0 0 4 4 8-1-2-8 0z');
  });
});

describe('map-data: the validator', () => {
  const withMap = (change: (map: StoryMap) => void) => {
    const story = structuredClone(niger);
    change(story.map!);
    return validateStory(story);
  };
  const problems = (v: ReturnType<typeof validateStory>) => (v.ok ? [] : v.problems.map((p) => `${p.path}: ${p.message}`));

  it('accepts the built map', () => assert.deepEqual(problems(withMap(() => {})), []));

  it('rejects path data that is not plain integers and line commands', () => {
    for (const d of ['M0 0L10 10"/><script>alert(1)</script>', 'M0 0A5 5 0 0 1 10 10', 'M0.5 0', 'url(#x)', 'M0 0 l1e3 0', 'M0 0l1 1 ', 'M0 0--1']) {
      assert.match(problems(withMap((m) => (m.countries[0].d = d))).join('\n'), /countries\[0\]\.d: invalid path data/, d);
    }
    assert.match(problems(withMap((m) => (m.inset.d = 'javascript:0'))).join('\n'), /inset\.d: invalid path data/);
  });

  it('rejects numbers that are not finite, unknown places and wrong shapes', () => {
    assert.match(problems(withMap((m) => (m.viewBox = [0, 0, Infinity, 1] as never))).join('\n'), /map\.viewBox\[2\]/);
    assert.match(problems(withMap((m) => (m.places[0].x = '1' as never))).join('\n'), /map\.places\[0\]\.x/);
    assert.match(problems(withMap((m) => (m.places[0].id = 'atlantis'))).join('\n'), /map\.places\[0\]\.id: no place "atlantis"/);
    assert.match(problems(withMap((m) => (m.inset.box = [1, 2] as never))).join('\n'), /map\.inset\.box/);
    assert.match(problems(withMap((m) => Object.assign(m, { tiles: 'https://tiles.example/{z}' }))).join('\n'), /map\.tiles: unknown field/);
  });
});

describe('map-data: culling far countries and coastlines', () => {
  // buildStoryMap skips geoBounds for countries far from the region and projects only the coastlines
  // that can reach the map; `cull: false` does all the work. They must give the same map, byte for
  // byte, wherever the story is: high latitudes, the antimeridian, the poles, one place or several.
  let seed = 19;
  const next = () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const clamp = (v: number, limit: number) => Math.max(-limit, Math.min(limit, v));
  const regions: [string, Place[]][] = [
    ['Fiji, across the antimeridian', [place('suva', [178.44, -18.14]), place('taveuni', [-179.9, -16.8])]],
    ['Svalbard', [place('longyearbyen', [15.63, 78.22])]],
    ['McMurdo', [place('mcmurdo', [166.67, -77.85])]],
    ['Bering Strait', [place('nome', [-165.4, 64.5]), place('anadyr', [177.5, 64.73])]],
    ['Niger, grown to the country', [place('niger', [8, 17], { kind: 'country', country: 'NE', mentions: [{}, {}] as never }), place('niamey', [2.1, 13.5])]],
  ];
  for (let i = 0; i < 25; i += 1) {
    const [lon, lat] = [next() * 360 - 180, (next() * 2 - 1) * (i % 5 === 0 ? 88 : 65)];
    const spread = next() < 0.5 ? 1 : 30;
    regions.push([`random ${i} near ${lon.toFixed(1)}, ${lat.toFixed(1)}`, Array.from({ length: 1 + Math.floor(next() * 3) }, (_, j) =>
      place(`p${j}`, [clamp(lon + (next() - 0.5) * spread, 180), clamp(lat + (next() - 0.5) * spread, 89)]))]);
  }
  for (const [name, places] of regions) {
    it(`gives the same map: ${name}`, () => {
      const culled = buildStoryMap(places, 'fr');
      assert.ok(culled);
      assert.equal(JSON.stringify(culled), JSON.stringify(buildStoryMap(places, 'fr', { cull: false })));
    });
  }
});
