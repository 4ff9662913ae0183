/**
 * validateStory() gives the same answer as the validator it replaced: the exact problem list (paths, messages,
 * order, the MAX_PROBLEMS cap) for 300 mutated stories, recorded in `test/fixtures/validate-snapshot.json` by
 * the earlier implementation (the combinator walk of main at 5c14937, before issue 19 made it a single pass).
 *
 * Each case takes one of four stories (test fixtures and a frozen copy of the Niger story, so that re-annotating
 * data/ changes nothing here) and applies 1–3 seeded mutations: a field deleted, a wrong type, a
 * reference to nothing or to another item, a duplicate id, a span out of range, a bad or mismatched EDTF, a bad
 * day, an unknown field (odd keys too), a status or qualifier flipped, a cycle, a value copied from elsewhere.
 * A few hostile inputs (not objects, thousands of problems) end the list. Every case is also checked in slices
 * (`validationSteps`, interleaved with another validation), which must give the same problems.
 *
 * If a fixture changes, the test says which; `UPDATE_VALIDATE_SNAPSHOT=1 node --import tsx --test
 * test/node/validate-snapshot.test.ts` records the cases again, with the implementation of the day (record them
 * with the earlier one, `git show 5c14937:src/story/validate.ts`, to keep this a comparison with it).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { validateStory, validationSteps } from '../../src/story/validate.js';
import type { StoryValidation } from '../../src/story/validate.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
type Segment = string | number;
/** A problem list as recorded: [path, message] pairs; past 20 problems only their count, first five and a hash. */
type Recorded = [string, string][] | { count: number; first: [string, string][]; sha256: string };
interface Snapshot {
  stories: Record<string, string>;
  cases: { name: string; problems: Recorded | 'ok' }[];
}

const SNAPSHOT = new URL('../fixtures/validate-snapshot.json', import.meta.url);
/**
 * The stories mutated: test fixtures, and a frozen copy of the Niger story (the one with a map), so that the
 * annotations of data/, which change as articles are re-read, do not change the cases.
 */
const SOURCES: Record<string, string> = {
  'figures-story': 'figures-story.json',
  'mini-story': 'mini-story.json',
  'news-story': 'news-story.json',
  'niamey-protests-2024': 'niamey-story-frozen.json',
};
const CASES = 300;

const names = Object.keys(SOURCES);
const texts = Object.fromEntries(names.map((n) => [n, readFileSync(new URL(`../fixtures/${SOURCES[n]}`, import.meta.url), 'utf8')]));
const stories = Object.fromEntries(names.map((n) => [n, JSON.parse(texts[n])]));
const hashOf = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/** mulberry32: the same cases on every machine. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every path to a value below the root, grouped by top-level field (so the big `map` does not take every pick). */
function pathsBySection(story: Loose): Segment[][][] {
  const out: Segment[][][] = [];
  for (const top of Object.keys(story)) {
    const section: Segment[][] = [[top]];
    const stack: [Segment[], unknown][] = [[[top], story[top]]];
    while (stack.length) {
      const [p, v] = stack.pop()!;
      if (typeof v != 'object' || v === null) continue;
      for (const [k, x] of Object.entries(v)) {
        const q = [...p, Array.isArray(v) ? Number(k) : k];
        section.push(q);
        stack.push([q, x]);
      }
    }
    out.push(section);
  }
  return out;
}

const show = (p: Segment[]) => p.map((s) => (typeof s == 'number' ? `[${s}]` : `.${s}`)).join('').slice(1);
const WRONG = [null, 42, -1, 1.5, 'x', '', true, [], {}, 'no-such-id', 1e7];
const EDTFS = ['2024-13', '2024-25', 'abc', '2024-02-30', '../..', '2024/2023', '199X~', '199X', '2024-21', '2020/..', '../2030',
  '[..2030]', '2023-22', '2024~', '2024?', '2024%', '2024-04-08/2024-04-14', '1980/1983', '2024-03-12~', ''];
const DAYS = ['2024-02-30', '2023-02-29', '2024-02-29', '2024-00-10', '1999-12-31', '2030-01-01', '24-01-01', '2024-4-1'];
const KEYS = ['extra', '', 'a.b', 'x'.repeat(70), '__proto__', 'constructor', 'with space', '[0]'];
const STATUSES = ['past', 'ongoing', 'planned', 'expected', 'threatened', 'conditional', 'maybe'];

function mutateOnce(story: Loose, rand: () => number, done: string[]): void {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const sections = pathsBySection(story);
  const all = sections.flat();
  const path = pick(pick(sections));
  let parent = story;
  for (const s of path.slice(0, -1)) parent = parent[s];
  const key = path[path.length - 1];
  const value = parent[key];
  /** Objects of the story that have `field`, with their paths. */
  const having = (field: string) =>
    all.map((p) => [p, p.reduce((v: Loose, s) => v?.[s], story)] as [Segment[], Loose]).filter(([, v]) => v && typeof v == 'object' && !Array.isArray(v) && field in v);
  const kind = Math.floor(rand() * 12);
  switch (kind) {
    case 0:
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
      return void done.push(`delete ${show(path)}`);
    case 1: {
      const w = pick(WRONG);
      parent[key] = structuredClone(w);
      return void done.push(`set ${show(path)} = ${JSON.stringify(w)}`);
    }
    case 2: {
      // a reference field (or any id) pointing at nothing, or at some other id of the story
      const ids = all.filter((p) => p[p.length - 1] == 'id').map((p) => p.reduce((v: Loose, s) => v?.[s], story)).filter((v) => typeof v == 'string');
      const refs = all.filter((p) => ['speaker', 'paragraph', 'continues', 'in', 'anchor', 'from', 'to', 'sameAs', 'claimedBy', 'id'].includes(p[p.length - 1] as string)
        || (typeof p[p.length - 1] == 'number' && ['actors', 'places', 'affiliations', 'contests'].includes(p[p.length - 2] as string)));
      if (!refs.length) return;
      const r = pick(refs);
      const to = rand() < 0.4 ? 'nobody' : pick(ids);
      const [o, k] = [r.slice(0, -1).reduce((v: Loose, s) => v[s], story), r[r.length - 1]];
      o[k] = to;
      return void done.push(`ref ${show(r)} = ${JSON.stringify(to)}`);
    }
    case 3: {
      const lists = Object.keys(story).filter((k) => Array.isArray(story[k]) && story[k].length > 1);
      const paragraphs = story.article?.paragraphs;
      const choices: [string, Loose[]][] = lists.map((k) => [k, story[k]]);
      if (Array.isArray(paragraphs) && paragraphs.length > 1) choices.push(['article.paragraphs', paragraphs]);
      if (!choices.length) return;
      const [name, items] = pick(choices);
      const i = Math.floor(rand() * items.length);
      const j = (i + 1 + Math.floor(rand() * (items.length - 1))) % items.length;
      if (!items[i] || !items[j] || typeof items[j] != 'object') return;
      items[j].id = items[i]?.id;
      return void done.push(`duplicate ${name}[${j}].id = [${i}]`);
    }
    case 4: {
      const spans = having('start').filter(([, v]) => 'end' in v && !('edtf' in v));
      if (!spans.length) return;
      const [p, v] = pick(spans);
      const how = Math.floor(rand() * 5);
      if (how == 0) v.end = 100000;
      else if (how == 1) v.start = (v.end as number) + 1;
      else if (how == 2) v.start = -1;
      else if (how == 3) v.end = v.start;
      else [v.start, v.end] = [(v.start as number) + 1, (v.end as number) + 1];
      return void done.push(`span ${show(p)} #${how}`);
    }
    case 5: {
      const dates = having('edtf');
      if (!dates.length) return;
      const [p, v] = pick(dates);
      v.edtf = pick(EDTFS);
      return void done.push(`edtf ${show(p)} = ${JSON.stringify(v.edtf)}`);
    }
    case 6: {
      const days = all.filter((p) => ['start', 'end', 'published'].includes(p[p.length - 1] as string))
        .filter((p) => typeof p.reduce((v: Loose, s) => v?.[s], story) == 'string');
      if (!days.length) return;
      const d = pick(days);
      const day = pick(DAYS);
      d.slice(0, -1).reduce((v: Loose, s) => v[s], story)[d[d.length - 1]] = day;
      return void done.push(`day ${show(d)} = ${day}`);
    }
    case 7: {
      const objects = [[[], story] as [Segment[], Loose], ...all.map((p) => [p, p.reduce((v: Loose, s) => v?.[s], story)] as [Segment[], Loose])]
        .filter(([, v]) => v && typeof v == 'object' && !Array.isArray(v));
      const [p, o] = pick(objects);
      const k = pick(KEYS);
      Object.defineProperty(o, k, { value: 1, enumerable: true, configurable: true, writable: true });
      return void done.push(`unknown ${show(p)}[${JSON.stringify(k.slice(0, 10))}]`);
    }
    case 8: {
      const events: Loose[] = Array.isArray(story.events) ? story.events : [];
      if (!events.length) return;
      const i = Math.floor(rand() * events.length);
      const s = pick(STATUSES);
      if (events[i] && typeof events[i] == 'object') events[i].status = s;
      return void done.push(`status events[${i}] = ${s}`);
    }
    case 9: {
      const dates = having('edtf');
      if (!dates.length) return;
      const [p, v] = pick(dates);
      const k = pick(['approximate', 'uncertain', 'open', 'basis', 'precision']);
      v[k] = k == 'open' ? pick(['start', 'end', 'middle']) : k == 'basis' ? pick(['editor', 'guess']) : k == 'precision' ? pick(['week', 'decade', 'day', 'hour']) : !v[k];
      return void done.push(`flip ${show(p)}.${k} = ${JSON.stringify(v[k])}`);
    }
    case 10: {
      // a chain that goes round: a quote continuing itself or another, a place in itself or another
      const [list, field] = pick([['quotes', 'continues'], ['places', 'in']]);
      const items: Loose[] = Array.isArray(story[list]) ? story[list] : [];
      if (items.length < 1) return;
      const i = Math.floor(rand() * items.length);
      const j = Math.floor(rand() * items.length);
      if (items[i] && typeof items[i] == 'object') items[i][field] = items[j]?.id;
      if (rand() < 0.5 && items[j] && typeof items[j] == 'object') items[j][field] = items[i]?.id;
      return void done.push(`cycle ${list}[${i}].${field} ↔ [${j}]`);
    }
    default: {
      // some other value of the story in this place (text edits too: a quote no longer its source's words)
      const from = pick(all);
      const v = from.reduce((x: Loose, s) => x?.[s], story);
      parent[key] = typeof v == 'string' && rand() < 0.3 ? v + ' ' : structuredClone(v);
      return void done.push(`copy ${show(path)} = ${show(from)}${value === undefined ? ' (new)' : ''}`);
    }
  }
}

/** The cases: mutated stories (SOURCES), then hostile inputs. */
function cases(): [string, unknown][] {
  const rand = prng(19);
  const out: [string, unknown][] = [];
  for (let c = 0; out.length < CASES - 12; c++) {
    const name = names[c % names.length];
    const story = structuredClone(stories[name]);
    const done: string[] = [];
    const n = 1 + Math.floor(rand() * rand() * 3.99);
    for (let m = 0; m < n; m++) mutateOnce(story, rand, done);
    out.push([`${name}: ${done.join('; ')}`, story]);
  }
  const base = stories[names[0]];
  const noise = (n: number) => Array.from({ length: n }, (_, i) => (i % 3 ? { id: `e${i % 7}`, when: { edtf: 'x' } } : i));
  out.push(
    ['null', null],
    ['array', [base]],
    ['string', JSON.stringify(base)],
    ['empty object', {}],
    ['events of 1,500 wrong items', { ...base, events: noise(1500) }],
    ['everything wrong type', Object.fromEntries(Object.keys(base).map((k) => [k, 7]))],
    ['article wrong everywhere', { ...base, article: Object.fromEntries(Object.keys(base.article).map((k) => [k, {}])) }],
    ['actors of 400 copies', { ...base, actors: Array.from({ length: 400 }, () => base.actors[0]) }],
    ['sparse events', { ...base, events: Object.assign(new Array(3), { 1: base.events[0] }) }],
    ['map of wrong shapes', { ...base, map: { viewBox: [0, 0, 1], countries: [{ d: 'M0 0L1e3', name: '' }, 5], inset: 'x', places: [{ id: 'nowhere', x: 1e7, y: NaN }], extra: 1 } }],
    ['paragraphs empty', { ...base, article: { ...base.article, paragraphs: [] } }],
    ['long key everywhere', { ...base, ['k'.repeat(61)]: 1, article: { ...base.article, 'a.b': 2, '': 3 } }],
  );
  return out;
}

const pairs = (r: StoryValidation): [string, string][] => (r.ok ? [] : r.problems.map((p) => [p.path, p.message]));
function record(r: StoryValidation): Recorded | 'ok' {
  if (r.ok) return 'ok';
  const all = pairs(r);
  if (all.length <= 20) return all;
  return { count: all.length, first: all.slice(0, 5), sha256: createHash('sha256').update(JSON.stringify(all)).digest('hex') };
}

/** validationSteps one step at a time, a second validation stepping in between: must not change either. */
function sliced(input: unknown, other: unknown): [StoryValidation, StoryValidation] {
  const a = validationSteps(input);
  const b = validationSteps(other);
  let ra: IteratorResult<void, StoryValidation> | undefined;
  let rb: IteratorResult<void, StoryValidation> | undefined;
  while (!ra?.done || !rb?.done) {
    if (!ra?.done) ra = a();
    if (!rb?.done) rb = b();
  }
  return [ra.value, rb.value];
}

describe('validateStory: the same problems as the implementation it replaced', () => {
  const all = cases();

  if (process.env.UPDATE_VALIDATE_SNAPSHOT) {
    it('records the snapshot', () => {
      const snapshot: Snapshot = {
        stories: Object.fromEntries(names.map((n) => [n, hashOf(texts[n])])),
        cases: all.map(([name, input]) => ({ name, problems: record(validateStory(input)) })),
      };
      writeFileSync(SNAPSHOT, JSON.stringify(snapshot, null, 0).replace(/\{"name"/g, '\n{"name"') + '\n');
    });
    return;
  }

  const snapshot: Snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8'));

  it('the stories mutated are those the snapshot was recorded from', () => {
    assert.deepEqual(Object.keys(snapshot.stories), names, 'other stories than when the snapshot was recorded');
    for (const n of names) {
      assert.equal(hashOf(texts[n]), snapshot.stories[n], `test/fixtures/${SOURCES[n]} changed since the snapshot: record it again (see the top of this file)`);
    }
  });

  it('the cases are the recorded ones, and most of them find problems', () => {
    assert.deepEqual(all.map(([name]) => name), snapshot.cases.map((c) => c.name));
    const failing = snapshot.cases.filter((c) => c.problems !== 'ok').length;
    assert.ok(failing > CASES * 0.7, `only ${failing} of ${CASES} cases have problems: the mutations test too little`);
    assert.ok(snapshot.cases.some((c) => typeof c.problems == 'object' && !Array.isArray(c.problems) && c.problems.count > 1000), 'no case reaches MAX_PROBLEMS');
  });

  it('every case: exactly the recorded problems, in order, whole or in slices', () => {
    for (const [i, [name, input]] of all.entries()) {
      const got = record(validateStory(input));
      assert.deepEqual(got, snapshot.cases[i].problems, `case ${i} (${name})`);
      const other = all[(i + 1) % all.length][1];
      const [a, b] = sliced(input, other);
      assert.deepEqual(record(a), got, `case ${i} (${name}) in slices`);
      assert.deepEqual(record(b), record(validateStory(other)), `case ${i + 1} in slices, beside case ${i}`);
    }
  });

  it('map path data: the same strings accepted as by the lookahead regex it replaced', () => {
    // the earlier rule, kept here as the specification of the language accepted
    const before = /^(?:[MmLlHhVvZz](?:-?\d+(?:(?: |,|(?=-))-?\d+)*)?)*$/;
    const base = stories[names.find((n) => stories[n].map)!];
    const d: string = base.map.inset.d;
    const rand = prng(7);
    const alphabet = 'MmLlZzHhVv0123456789 ,-.e';
    let accepted = 0;
    for (let i = 0; i < 3000; i++) {
      const at = Math.floor(rand() * d.length);
      // a random short string, or the real path data with one character changed, added or removed
      const s = i % 2
        ? Array.from({ length: Math.floor(rand() * 10) }, () => alphabet[Math.floor(rand() * (rand() < 0.6 ? 12 : alphabet.length))]).join('')
        : d.slice(0, at) + (rand() < 0.8 ? alphabet[Math.floor(rand() * alphabet.length)] : '') + d.slice(at + Math.floor(rand() * 2));
      const result = validateStory({ ...base, map: { ...base.map, coast: s } });
      const flagged = !result.ok && result.problems.some((p) => p.path == 'map.coast');
      assert.equal(flagged, !before.test(s), `map.coast ${JSON.stringify(s.slice(0, 80))}`);
      if (!flagged) accepted++;
    }
    assert.ok(accepted > 300 && accepted < 2700, `${accepted} of 3000 accepted: the strings test too little`);
  });
});
