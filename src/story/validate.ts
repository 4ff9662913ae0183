/**
 * Checks untrusted data against the story model (`types.ts`), by hand, in a few kilobytes.
 *
 * Beyond what the JSON Schema says, it checks what a schema cannot: ids are unique within
 * their list, every reference resolves, source spans lie inside their paragraph, days are
 * real calendar days, and each fuzzy date's EDTF string agrees with its day range, precision
 * and qualifiers. It reports every problem, each with the path of the offending field
 * (`quotes[3].speaker: no actor "x"`), never throws, and only walks the known shape of a story,
 * so deep or hostile input costs no recursion.
 */
import type { StoryProblem } from './problems.js';
import type { Story } from './types.js';

/** The outcome of {@link validateStory}: the story itself, or every problem found. */
export type StoryValidation = { ok: true; story: Story } | { ok: false; problems: StoryProblem[] };

/** Checks one value at a path; returns nothing useful. */
type Check = (value: unknown, path: string) => unknown;
type Obj = Record<string, unknown>;

let problems: StoryProblem[];
/** Problems found, listed or not: past MAX_PROBLEMS they are only counted. */
let count: number;
/** A hostile 5 MB story could otherwise yield millions of problems (hundreds of MB, and as many console lines). */
const MAX_PROBLEMS = 1000;
/** Items by id, per list kind (`actor`, `paragraph`…), filled as the lists are checked. */
let ids: Record<string, Map<unknown, Obj>>;
/** References to resolve once every list is known: [path, kind, id]. */
let refs: [string, string, unknown][];
/** Source spans to check against their paragraph: [path, span]. */
let spans: [string, Obj][];
/** Quotes that continue another: [path, quote]. */
let continuing: [string, Obj][];

const add = (path: string, message: string) => ++count > MAX_PROBLEMS || problems.push({ path, message });
const quoted = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);
const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v == 'string';
const isNum = (v: unknown): v is number => typeof v == 'number' && isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const got = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v == 'number' ? String(v) : typeof v);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A type test, then optionally more checks on a value of that type. */
const is =
  <T>(name: string, test: (v: unknown) => v is T, more?: (v: T, path: string) => unknown): Check =>
  (v, p) => (test(v) ? more?.(v, p) : add(p, `expected ${name}, got ${got(v)}`));

const str = (more?: (v: string, path: string) => unknown) => is('string', isStr, more);
const STR = str();
const TEXT = str((v, p) => v || add(p, 'must not be empty'));
const match = (re: RegExp, what: string) => str((v, p) => re.test(v) || add(p, `invalid ${what} ${quoted(v)}`));
const ID = match(/^[a-z0-9][a-z0-9_-]*$/, 'id');
const COUNTRY = match(/^[A-Z]{2}$/, 'country code');
const oneOf = (...values: string[]) =>
  str((v, p) => values.includes(v) || add(p, `unknown value ${quoted(v)} (allowed: ${values.join(', ')})`));
const BOOL = is('boolean', (v): v is boolean => typeof v == 'boolean');
const NUM = is('number', isNum);
const ref = (kind: string) => str((v, p) => refs.push([p, kind, v]));
/** Every index, unlike forEach: a hole in an array set from script is checked (as `undefined`), not skipped. */
const each = (v: unknown[], f: (x: unknown, i: number) => unknown) => {
  for (let i = 0; i < v.length; i++) f(v[i], i);
};
const arrayOf = (item: Check) => is('array', Array.isArray, (v, p) => each(v, (x, i) => item(x, `${p}[${i}]`)));

/** Days in month `m` (1–12) of year `y`. */
const daysIn = (y: number, m: number) =>
  m == 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((m + (m >> 3)) & 1);

/** A real calendar day written `YYYY-MM-DD`. */
const isDay = (v: unknown): v is string => {
  if (!isStr(v) || !/^\d{4}-\d\d-\d\d$/.test(v)) return false;
  const m = +v.slice(5, 7);
  const d = +v.slice(8);
  return m > 0 && m < 13 && d > 0 && d <= daysIn(+v.slice(0, 4), m);
};
const DAY = str((v, p) => isDay(v) || add(p, `invalid day ${quoted(v)}`));

/** An object with exactly these fields; a key starting with `?` is optional. */
const obj = (fields: Record<string, Check>): Check =>
  is('object', isObj, (v, p) => {
    const at = (k: string) => (p ? `${p}.${k}` : k);
    for (const key in fields) {
      const k = key.replace('?', '');
      if (Object.hasOwn(v, k)) fields[key](v[k], at(k));
      else if (key[0] != '?') add(at(k), 'missing');
    }
    for (const k of Object.keys(v)) {
      // a key that is not a plain name (empty, long, with dots or brackets) is quoted, so the path stays readable
      if (!Object.hasOwn(fields, k) && !Object.hasOwn(fields, '?' + k)) add(/^[\w-]{1,60}$/.test(k) ? at(k) : `${p}[${quoted(k)}]`, 'unknown field');
    }
  });

/** A list of items with unique ids, remembered for references of `kind`. */
const list = (kind: string, item: Check, nonEmpty?: boolean) =>
  is('array', Array.isArray, (v, p) => {
    const byId = (ids[kind] = new Map());
    if (nonEmpty && !v.length) add(p, 'must not be empty');
    each(v, (x, i) => {
      item(x, `${p}[${i}]`);
      if (isObj(x) && isStr(x.id)) {
        if (byId.has(x.id)) add(`${p}[${i}].id`, `duplicate id ${quoted(x.id)}`);
        else byId.set(x.id, x);
      }
    });
  });

/** `check`, then `then` on the value when it is an object. */
const also = (check: Check, then: (v: Obj, path: string) => unknown): Check => (v, p) => {
  check(v, p);
  if (isObj(v)) then(v, p);
};

const SOURCE = also(obj({ paragraph: ref('paragraph'), start: is('integer >= 0', isInt), end: is('integer >= 0', isInt) }), (v, p) =>
  spans.push([p, v]),
);

/** Day range and precisions of one EDTF date (`2024`, `2024-03`, `2023-22`, `2024-03-12`, each maybe `~?%`). */
const edtfDate = (s: string): [string, string, string] | undefined => {
  const m = /^(\d{4})(?:-(\d\d)(-\d\d)?)?[~?%]?$/.exec(s);
  if (!m) return;
  const y = +m[1];
  const n = +m[2];
  if (m[3]) return isDay(s.slice(0, 10)) ? [s.slice(0, 10), s.slice(0, 10), 'day'] : undefined;
  if (!m[2]) return [m[1] + '-01-01', m[1] + '-12-31', 'year'];
  if (n > 0 && n < 13) return [`${m[1]}-${m[2]}-01`, `${m[1]}-${m[2]}-${daysIn(y, n)}`, 'month'];
  if (n < 21 || n > 24) return;
  // Northern meteorological seasons: spring Mar–May … winter Dec–Feb of the next year.
  const first = n * 3 - 60;
  const last = first + 2;
  const ey = y + +(last > 12);
  const em = last > 12 ? last - 12 : last;
  return [`${m[1]}-${pad(first)}-01`, `${pad(ey, 4)}-${pad(em)}-${daysIn(ey, em)}`, 'season'];
};

/** Day range and allowed precisions of an EDTF date or interval `A/B`. */
const edtfRange = (s: string): [string, string, string[]] | undefined => {
  const parts = s.split('/');
  const a = edtfDate(parts[0]);
  const b = parts.length == 2 ? edtfDate(parts[1]) : a;
  if (!a || !b || parts.length > 2 || a[0] > b[1]) return;
  const precisions = [a[2], b[2]];
  if (a[2] == 'day' && b[2] == 'day' && Date.parse(b[0]) - Date.parse(a[0]) == 6 * 864e5) precisions.push('week');
  return [a[0], b[1], [...new Set(precisions)]];
};

const PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'decade'];

const FUZZY = also(
  obj({
    edtf: STR,
    start: DAY,
    end: DAY,
    precision: oneOf(...PRECISIONS),
    '?approximate': BOOL,
    '?uncertain': BOOL,
    '?phrase': STR,
    basis: oneOf('article', 'resolved', 'external'),
    '?note': STR,
  }),
  (v, p) => {
    const { edtf, start, end, precision } = v;
    if (isDay(start) && isDay(end) && start > end) add(`${p}.end`, `is before start ${quoted(start)}`);
    if (!isStr(edtf)) return;
    const range = edtfRange(edtf);
    if (!range) return add(`${p}.edtf`, `invalid EDTF ${quoted(edtf)}`);
    const f = ` for edtf ${quoted(edtf)}`;
    if (isDay(start) && start != range[0]) add(`${p}.start`, `must be ${quoted(range[0])}${f}`);
    if (isDay(end) && end != range[1]) add(`${p}.end`, `must be ${quoted(range[1])}${f}`);
    if (PRECISIONS.includes(precision as string) && !range[2].includes(precision as string)) {
      add(`${p}.precision`, `must be ${range[2].map(quoted).join(' or ')}${f}`);
    }
    for (const [k, re] of [['approximate', /[~%]/], ['uncertain', /[?%]/]] as const) {
      const want = re.test(edtf);
      if (typeof v[k] == 'boolean' && v[k] != want) add(`${p}.${k}`, `must be ${want}${f}`);
    }
  },
);

const URL_ = str((v, p) => {
  try {
    if (/^https?:$/.test(new URL(v).protocol)) return;
  } catch {
    // not a URL at all
  }
  add(p, `not an http(s) URL: ${quoted(v)}`);
});

/** Map geometry is drawn as SVG from untrusted JSON: whole numbers only, and path data with nothing but integers and straight-line commands. */
const COORD = is('finite number', (v): v is number => isNum(v) && Math.abs(v) < 1e6);
const tuple = (n: number) => is(`${n} numbers`, (v): v is unknown[] => Array.isArray(v) && v.length == n, (v, p) => each(v, (x, i) => COORD(x, `${p}[${i}]`)));
const PATH = str((v, p) => (v.length <= 200000 && /^(?:[MmLlHhVvZz](?:-?\d+(?:(?: |,|(?=-))-?\d+)*)?)*$/.test(v)) || add(p, `invalid path data ${quoted(v)}`));
const MAP = obj({
  viewBox: tuple(4),
  countries: arrayOf(obj({ '?iso': COUNTRY, name: TEXT, d: PATH, '?label': tuple(2) })),
  '?coast': PATH,
  inset: obj({ viewBox: tuple(4), d: PATH, box: tuple(4) }),
  places: arrayOf(obj({ id: ref('place'), x: COORD, y: COORD })),
  '?scale': obj({ km: COORD, length: COORD }),
});

const STORY = obj({
  version: (v, p) => v === 1 || add(p, `must be 1, got ${got(v)}`),
  id: ID,
  '?map': MAP,
  article: obj({
    headline: TEXT,
    '?publisher': STR,
    '?url': URL_,
    published: DAY,
    byline: arrayOf(STR),
    contributors: arrayOf(STR),
    language: match(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'language tag'),
    paragraphs: list('paragraph', obj({ id: ID, text: STR }), true),
  }),
  actors: list(
    'actor',
    obj({
      id: ID,
      name: TEXT,
      kind: oneOf('person', 'organization', 'country', 'group'),
      '?role': STR,
      '?age': is('number >= 0', (v): v is number => isNum(v) && v >= 0),
      '?country': COUNTRY,
      affiliations: arrayOf(ref('actor')),
      '?anonymous': BOOL,
      aliases: arrayOf(STR),
      mentions: arrayOf(SOURCE),
    }),
  ),
  quotes: list(
    'quote',
    also(
      obj({
        id: ID,
        text: TEXT,
        speaker: ref('actor'),
        medium: oneOf('spoken', 'sign', 'broadcast', 'statement'),
        '?context': STR,
        source: SOURCE,
        '?continues': ref('quote'),
      }),
      (v, p) => isStr(v.continues) && continuing.push([p, v]),
    ),
  ),
  events: list(
    'event',
    obj({
      id: ID,
      title: TEXT,
      '?summary': STR,
      when: FUZZY,
      actors: arrayOf(ref('actor')),
      places: arrayOf(ref('place')),
      source: SOURCE,
    }),
  ),
  places: list(
    'place',
    obj({
      id: ID,
      name: TEXT,
      kind: oneOf('city', 'country', 'region', 'site'),
      '?country': COUNTRY,
      '?coordinates': is(
        '[longitude, latitude]',
        (v): v is unknown[] => Array.isArray(v) && v.length == 2 && v.every((x, i) => isNum(x) && Math.abs(x) <= 180 / (i + 1)),
      ),
      mentions: arrayOf(SOURCE),
    }),
  ),
  figures: list(
    'figure',
    obj({ id: ID, value: NUM, '?approximate': BOOL, unit: STR, label: TEXT, source: SOURCE }),
  ),
  relations: list(
    'relation',
    obj({
      id: ID,
      from: ref('actor'),
      to: ref('actor'),
      kind: STR,
      label: TEXT,
      '?since': FUZZY,
      source: SOURCE,
    }),
  ),
});

/** What is only known once every list has been read: references, spans, continuations. */
function crossCheck() {
  for (const [p, kind, id] of refs) {
    if (ids[kind] && !ids[kind].has(id)) add(p, `no ${kind} ${quoted(id as string)}`);
  }
  for (const [p, { paragraph, start, end }] of spans) {
    const text = ids.paragraph?.get(paragraph)?.text;
    if (!isInt(start) || !isInt(end) || !isStr(text)) continue;
    if (start >= end) add(`${p}.end`, `must be greater than start (${start})`);
    else if (end > text.length) add(`${p}.end`, `must be at most ${text.length}, the length of paragraph ${quoted(paragraph as string)}`);
  }
  // Quotes continue quotes of the same speaker, without going round in circles.
  const settled = new Set<Obj>();
  for (const [p, quote] of continuing) {
    const target = ids.quote?.get(quote.continues);
    // An unknown speaker is reported already; comparing it would only add noise.
    if (target && target.speaker !== quote.speaker && ids.actor?.has(target.speaker) && ids.actor.has(quote.speaker)) {
      add(`${p}.continues`, `quote ${quoted(quote.continues as string)} has another speaker`);
    }
    const seen = new Set<Obj>();
    let q: Obj | undefined = quote;
    while (q && !settled.has(q) && !seen.has(q)) {
      seen.add(q);
      q = ids.quote?.get(q.continues);
    }
    if (q && seen.has(q)) add(`${p}.continues`, 'forms a cycle');
    seen.forEach((x) => settled.add(x));
  }
}

/**
 * Validates untrusted data as a story, version 1. Never throws.
 *
 * @returns `{ ok: true, story }` (the input itself, not a copy) or `{ ok: false, problems }` listing
 *   every problem found, each with the path of the field, e.g. `quotes[3].speaker: no actor "x"` (past 1,000,
 *   a last entry with an empty path counts the rest).
 */
export function validateStory(input: unknown): StoryValidation {
  problems = [];
  count = 0;
  ids = {};
  refs = [];
  spans = [];
  continuing = [];
  try {
    STORY(input, '');
    crossCheck();
  } catch {
    // Only exotic input (getters that throw, revoked proxies) gets here; JSON never does.
    add('', 'unreadable story');
  }
  if (count > MAX_PROBLEMS) problems.push({ path: '', message: `and ${count - MAX_PROBLEMS} more problems` });
  const result: StoryValidation = problems.length ? { ok: false, problems } : { ok: true, story: input as Story };
  problems = ids = refs = spans = continuing = undefined as never;
  return result;
}
