/**
 * Property-based tests of validateStory() (fast-check): for any input it returns either the story itself
 * (which then also passes the committed JSON Schema) or a list of problems, each naming the field at fault;
 * it never throws, never hangs, keeps no state between calls and never touches Object.prototype.
 * Sizes are bounded so every property runs in well under a second per hundred inputs.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import fc from 'fast-check';
import { validateStory } from '../../src/story/validate.js';
import type { StoryValidation } from '../../src/story/validate.js';
import { formatProblem } from '../../src/story/problems.js';

const schema = JSON.parse(readFileSync(new URL('../../schema/story.schema.json', import.meta.url), 'utf8'));
const miniStory = JSON.parse(readFileSync(new URL('../fixtures/mini-story.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: true });
const schemaAccepts = ajv.compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;
type Segment = string | number;

const TOP_LEVEL = ['version', 'id', 'article', 'actors', 'quotes', 'events', 'places', 'figures', 'relations'];
/**
 * Slowest single call allowed: a guard against a call that hangs (backtracking, a walk that revisits), not a
 * speed measure (that is `scripts/bench/validate-micro.ts`): a whole article’s story takes 1–50 ms under tsx on a busy
 * machine here, and 250 ms failed once with other jobs on the two cores.
 */
const SLOW_MS = 1000;
/** The same for the large inputs below (5 MB strings, 20,000 items). */
const BIG_MS = 2500;

/**
 * validateStory, timed: fails when one call takes longer than `limit` ms. (Under tsx every arrow function
 * the validator creates is also named at run time, which makes it a few times slower than in the bundle.)
 */
function validate(input: unknown, limit = SLOW_MS): StoryValidation {
  const start = performance.now();
  const result = validateStory(input);
  const ms = performance.now() - start;
  assert.ok(ms < limit, `validateStory took ${ms.toFixed(1)} ms`);
  return result;
}

/**
 * `quotes[3].source.end` → ['quotes', 3, 'source', 'end']; a key that is not a plain name is written
 * `events[0][""]` or `[".a.b"]` (JSON-quoted; cut with "…" past 60 characters).
 */
function segments(path: string): Segment[] | null {
  if (!path) return [];
  const out: Segment[] = [];
  const re = /(?:^|\.)([\w-]+)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < path.length && (m = re.exec(path))) {
    out.push(m[1] ?? (m[2] !== undefined ? Number(m[2]) : JSON.parse(m[3])));
    at = re.lastIndex;
  }
  return at === path.length ? out : null;
}

const own = (v: unknown, k: Segment) =>
  typeof v == 'object' &&
  v !== null &&
  (Object.hasOwn(v, k) || (typeof k == 'string' && k.endsWith('…') && Object.keys(v).some((key) => key.startsWith(k.slice(0, -1)))));

/**
 * The shape every result must have. With `strictPaths`, every path must also point into the input:
 * the parent of a `missing` field exists and lacks it, an `unknown field` is an own key of its parent,
 * and any other problem names a value that exists.
 */
function checkResult(input: unknown, result: StoryValidation, strictPaths: boolean): void {
  assert.equal(typeof result, 'object');
  if (result.ok) {
    assert.equal(result.story, input, 'ok must hand back the input itself');
    assert.ok(schemaAccepts(input), `validateStory accepted what the JSON Schema refuses: ${ajv.errorsText(schemaAccepts.errors)}`);
    return;
  }
  assert.ok(Array.isArray(result.problems) && result.problems.length > 0, 'a refusal lists its problems');
  const rootIsObject = typeof input == 'object' && input !== null && !Array.isArray(input);
  for (const problem of result.problems) {
    const { path, message } = problem;
    assert.equal(typeof path, 'string');
    assert.ok(typeof message == 'string' && message.length > 0, `empty message at ${path}`);
    assert.ok(formatProblem(problem).length > 0);
    // Only a root that is not an object at all has no field to name, and the count of problems not listed.
    if (!path && /^and \d+ more problems$/.test(message)) continue;
    if (!path) {
      assert.ok(!rootIsObject, `a problem without a path for an object input: ${message}`);
      continue;
    }
    const top = /^[^.[]*/.exec(path)![0];
    assert.ok(TOP_LEVEL.includes(top) || message === 'unknown field', `path ${path} starts outside the story model`);
    if (!strictPaths) continue;
    const segs = segments(path);
    assert.ok(segs, `unparsable path ${JSON.stringify(path)}`);
    let parent: unknown = input;
    for (const s of segs.slice(0, -1)) {
      assert.ok(own(parent, s), `${path}: ${message} names no value (stops at ${s})`);
      parent = (parent as Loose)[s];
    }
    const last = segs[segs.length - 1];
    if (message === 'missing') assert.ok(!own(parent, last), `${path} is reported missing but is there`);
    else assert.ok(own(parent, last), `${path}: ${message} names no value`);
  }
}

/** The same input gives the same answer: the validator keeps no state from one call to the next. */
function checkStable(input: unknown, first: StoryValidation): void {
  const again = validateStory(input);
  assert.deepEqual(again.ok ? true : again.problems, first.ok ? true : first.problems);
}

function checkNoPollution(): void {
  for (const key of ['polluted', 'isAdmin', 'toString2']) assert.equal((({}) as Loose)[key], undefined, `Object.prototype.${key} was set`);
  assert.deepEqual(Object.keys(Object.prototype), []);
}

/** Every path to a value of the story: [segments, value]. */
function allPaths(value: unknown, prefix: Segment[] = [], out: [Segment[], unknown][] = []): [Segment[], unknown][] {
  if (prefix.length) out.push([prefix, value]);
  if (typeof value == 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) allPaths(v, [...prefix, Array.isArray(value) ? Number(k) : k], out);
  }
  return out;
}
const storyPaths = allPaths(miniStory).map(([p]) => p);
const storyIds = allPaths(miniStory).filter(([p, v]) => p.at(-1) === 'id' && typeof v == 'string').map(([, v]) => v as string);

function at(root: Loose, path: Segment[]): [Loose, Segment] {
  let parent = root;
  for (const s of path.slice(0, -1)) parent = parent[s];
  return [parent, path[path.length - 1]];
}

const hostileString = fc.constantFrom(
  '',
  ' ',
  '__proto__',
  'constructor',
  'prototype',
  '<img src=x onerror="globalThis.__pwned=1">',
  'javascript:globalThis.__pwned=1',
  'https://example.com/',
  'http://',
  '2024-02-30',
  '2023-22',
  '2024~',
  '2024-04-08/2024-04-14',
  'x'.repeat(10_000),
  '\u0000',
  '\ud800',
  'p1',
  'mara-okafor',
  'okafor-biggest',
);

type Mutation =
  | { op: 'delete'; path: number }
  | { op: 'set'; path: number; value: unknown }
  | { op: 'id'; path: number; id: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), path: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), path: fc.nat(), value: fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileString, fc.integer({ min: -5, max: 500 })) }),
  // cyclic-looking references: point any field at an id that exists elsewhere in the story (its own included)
  fc.record({ op: fc.constant('id' as const), path: fc.nat(), id: fc.nat() }),
);

function mutate(mutations: Mutation[]): Loose {
  const story = structuredClone(miniStory);
  for (const m of mutations) {
    const path = storyPaths[m.path % storyPaths.length];
    let parent: Loose;
    let key: Segment;
    try {
      [parent, key] = at(story, path);
    } catch {
      continue; // an earlier mutation removed the way there
    }
    if (typeof parent != 'object' || parent === null) continue;
    // an earlier deletion shortened this list: writing past its end would leave a hole, which no JSON holds (sparse
    // arrays are the "anything JavaScript can hold" property's, where the validator must only never throw)
    if (Array.isArray(parent) && (key as number) > parent.length) continue;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
    } else if (m.op === 'set') parent[key] = m.value;
    else parent[key] = storyIds[m.id % storyIds.length];
  }
  return story;
}

function nest(depth: number, leaf: unknown, as: 'array' | 'object'): unknown {
  let v = leaf;
  for (let i = 0; i < depth; i++) v = as === 'array' ? [v] : { a: v, id: 'x' };
  return v;
}

const RUNS = { numRuns: 500 };

describe('validateStory, property-based', () => {
  it('the mini story is valid, and passes the JSON Schema (the premise of the mutations)', () => {
    checkResult(miniStory, validate(miniStory), true);
    assert.equal(validateStory(miniStory).ok, true);
  });

  it('any JSON value: a story that passes the schema, or path-named problems; never throws', () => {
    const start = performance.now();
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const result = validate(value);
        checkResult(value, result, false);
        checkStable(value, result);
      }),
      { numRuns: 1000 },
    );
    checkNoPollution();
    assert.ok(performance.now() - start < 20_000);
  });

  it('JSON objects shaped like a story, with arbitrary field values: problems point at fields that exist', () => {
    const field = fc.oneof(fc.jsonValue({ maxDepth: 4 }), fc.array(fc.dictionary(fc.constantFrom('id', 'name', 'text', 'speaker', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 2 })), { maxLength: 4 }));
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...TOP_LEVEL, '__proto__', 'constructor', 'prototype', 'extra'), field), (value) => {
        const result = validate(value);
        checkResult(value, result, true);
        checkStable(value, result);
      }),
      RUNS,
    );
    checkNoPollution();
  });

  it('anything JavaScript can hold (Maps, boxed values, null prototypes, sparse arrays, BigInt…): never throws', () => {
    const anything = fc.anything({
      maxDepth: 4,
      key: fc.oneof(fc.string(), fc.constantFrom(...TOP_LEVEL, '__proto__', 'constructor', 'prototype')),
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withObjectString: true,
      withSparseArray: true,
      withTypedArray: true,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(anything, (value) => {
        const result = validate(value);
        assert.equal(typeof result.ok, 'boolean');
        if (!result.ok) for (const p of result.problems) assert.ok(typeof p.path == 'string' && p.message);
      }),
      RUNS,
    );
    checkNoPollution();
  });

  it('stories mutated from a valid one (deletions, replacements, ids moved around): schema-valid when ok, located problems otherwise', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 6 }), (mutations) => {
        const story = mutate(mutations);
        const result = validate(story);
        if (result.ok) accepted++;
        checkResult(story, result, true);
        checkStable(story, result);
      }),
      { numRuns: 1000 },
    );
    // some mutations are harmless (a role replaced by another string): the "ok" branch was exercised
    assert.ok(accepted > 0, 'no mutated story was accepted: the ok branch went untested');
    checkNoPollution();
  });

  it('a single field of a valid story set to any JSON value: accepted only if the schema agrees', () => {
    fc.assert(
      fc.property(fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostileString), (i, value) => {
        const story = structuredClone(miniStory);
        const [parent, key] = at(story, storyPaths[i % storyPaths.length]);
        parent[key] = value;
        const result = validate(story);
        checkResult(story, result, true);
      }),
      { numRuns: 1000 },
    );
  });

  it('__proto__, constructor and prototype keys are unknown fields, reported with their path, and pollute nothing', () => {
    const json = JSON.stringify(miniStory)
      .replace('{"version":1,', '{"__proto__":{"polluted":true},"version":1,')
      .replace('{"id":"mara-okafor",', '{"constructor":{"prototype":{"isAdmin":true}},"__proto__":{"polluted":1},"id":"mara-okafor",');
    const story = JSON.parse(json);
    assert.ok(Object.hasOwn(story, '__proto__') && Object.hasOwn(story.actors[0], '__proto__'), 'premise: own __proto__ keys');
    const result = validate(story);
    assert.equal(result.ok, false);
    const problems = result.ok ? [] : result.problems.map(formatProblem);
    assert.deepEqual(problems.sort(), ['__proto__: unknown field', 'actors[0].__proto__: unknown field', 'actors[0].constructor: unknown field']);
    checkNoPollution();
  });

  it('ids that are names of Object.prototype members work as ordinary ids', () => {
    const story = structuredClone(miniStory);
    const rename = (from: string, to: string) => JSON.parse(JSON.stringify(story).replaceAll(`"${from}"`, `"${to}"`));
    let renamed = rename('mara-okafor', 'constructor');
    renamed = JSON.parse(JSON.stringify(renamed).replaceAll('"okafor-biggest"', '"hasownproperty"').replaceAll('"p2"', '"prototype"'));
    const result = validate(renamed);
    assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
    checkResult(renamed, result, true);
    // and a reference to a prototype member name that is not an id is still an unknown reference
    renamed.quotes[2].speaker = 'tostring';
    const bad = validate(renamed);
    assert.ok(!bad.ok && bad.problems.map(formatProblem).includes('quotes[2].speaker: no actor "tostring"'));
  });

  it('deep nesting (100,000 levels) anywhere costs no recursion', () => {
    for (const as of ['array', 'object'] as const) {
      const deep = nest(100_000, 'x', as);
      const places: [string, (s: Loose) => void][] = [
        ['the root', () => {}],
        ['article', (s) => (s.article = deep)],
        ['a name', (s) => (s.actors[0].name = deep)],
        ['a list item', (s) => s.quotes.push(deep)],
        ['an unknown field', (s) => (s.events[0].extra = deep)],
        ['a fuzzy date', (s) => (s.events[0].when = deep)],
      ];
      for (const [where, put] of places) {
        const story = where === 'the root' ? deep : structuredClone(miniStory);
        if (where !== 'the root') put(story);
        const result = validate(story);
        assert.equal(result.ok, false, `${as} nested in ${where} was accepted`);
        checkResult(story, result, where !== 'the root');
      }
    }
  });

  it('huge strings (5 MB) in every kind of string field are checked in linear time', () => {
    const huge = 'a'.repeat(5 * 1024 * 1024);
    const tricky = '-a'.repeat(2 * 1024 * 1024) + '!'; // a near-match for the language and id patterns
    // [field, put the value there, whether the value is then valid]
    const fields: [string, (s: Loose, v: string) => void, boolean | 'only huge'][] = [
      ['headline', (s, v) => (s.article.headline = v), true],
      // appended, so that every span keeps its words (the validator compares them)
      ['paragraph text', (s, v) => (s.article.paragraphs[0].text += v), true],
      ['story id', (s, v) => (s.id = v), 'only huge'],
      ['language', (s, v) => (s.article.language = 'en' + v), false],
      ['url', (s, v) => (s.article.url = 'https://example.com/' + v), true],
      ['edtf', (s, v) => (s.events[0].when.edtf = '2009' + v), false],
      ['speaker reference', (s, v) => (s.quotes[0].speaker = v), false],
      ['country', (s, v) => (s.actors[0].country = v), false],
      ['a day', (s, v) => (s.article.published = '2024-05-15' + v), false],
    ];
    for (const v of [huge, tricky]) {
      for (const [name, put, valid] of fields) {
        const story = structuredClone(miniStory);
        put(story, v);
        const result = validate(story, BIG_MS);
        // plain text is fine at any length; ids, codes and dates with a "-" or "!" in them are not
        if (valid === true || (valid && v === huge)) assert.equal(result.ok, true, `${name}: ${JSON.stringify(!result.ok && result.problems.slice(0, 2))}`);
        else assert.equal(result.ok, false, `${name} accepted`);
        if (!result.ok) for (const p of result.problems) assert.ok(p.message.length < 500, `${name}: the message repeats the whole value`);
      }
    }
  });

  it('long and circular chains of references: 20,000 continuing quotes, a 20,000-long cycle, self-affiliation', () => {
    const make = (n: number, cycle: boolean) => {
      const story = structuredClone(miniStory);
      const base = story.quotes[0];
      story.quotes = Array.from({ length: n }, (_, i) => ({ ...base, id: `q${i}`, ...(i || cycle ? { continues: `q${i ? i - 1 : n - 1}` } : {}) }));
      story.actors[0].affiliations = [story.actors[0].id];
      return story;
    };
    const chain = validate(make(20_000, false), BIG_MS);
    assert.ok(chain.ok, JSON.stringify(!chain.ok && chain.problems.slice(0, 3)));
    const cycle = validate(make(20_000, true), BIG_MS);
    assert.ok(!cycle.ok && cycle.problems.some((p) => /^quotes\[\d+\]\.continues$/.test(p.path) && p.message === 'forms a cycle'));
    const self = structuredClone(miniStory);
    self.quotes[0].continues = self.quotes[0].id;
    const selfResult = validate(self);
    assert.ok(!selfResult.ok && selfResult.problems.map(formatProblem).includes('quotes[0].continues: forms a cycle'));
  });

  it('many problems at once (every item of 10,000 broken): the first 1,000 listed, the rest counted', () => {
    const story = structuredClone(miniStory);
    story.actors = Array.from({ length: 10_000 }, (_, i) => ({ ...story.actors[0], id: i % 2 ? 'dup' : `Bad ${i}`, affiliations: ['nobody'] }));
    const result = validate(story, BIG_MS);
    assert.ok(!result.ok);
    assert.equal(result.problems.length, 1001);
    assert.match(result.problems[1000].message, /^and \d+ more problems$/);
    assert.ok(Number(/\d+/.exec(result.problems[1000].message)![0]) > 10_000);
    checkResult(story, result, true);
  });

  it('a 5 MB story made of nothing but broken items costs little memory: problems are capped', () => {
    const json = `{"version":1,"actors":[${Array(2_500_000).fill('0').join(',')}]}`;
    assert.ok(json.length <= 5 * 1024 * 1024, 'within the provider\'s 5 MB cap');
    const result = validate(JSON.parse(json), BIG_MS * 2);
    assert.ok(!result.ok && result.problems.length === 1001, `${!result.ok && result.problems.length} problems`);
  });

  it('holes in arrays (a story set from script) are reported, not skipped', () => {
    const story = structuredClone(miniStory);
    story.figures = [, ...story.figures]; // eslint-disable-line no-sparse-arrays
    story.article.byline = [, 'Dana Whitfield']; // eslint-disable-line no-sparse-arrays
    const result = validate(story);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.map(formatProblem).sort(), ['article.byline[0]: expected string, got undefined', 'figures[0]: expected object, got undefined']);
  });

  it('input whose getters throw is reported, not thrown', () => {
    const story = structuredClone(miniStory);
    Object.defineProperty(story.article, 'headline', { enumerable: true, get: () => { throw new Error('boom'); } });
    const result = validate(story);
    assert.ok(!result.ok && result.problems.length > 0);
    // and the next call starts afresh
    assert.equal(validate(miniStory).ok, true);
  });
});
