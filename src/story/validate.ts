/**
 * Checks untrusted data against the story model (`types.ts`), by hand, in a few kilobytes.
 *
 * Beyond what the JSON Schema says, it checks what a schema cannot: ids are unique within
 * their list, every reference resolves (in the list its kind names), source spans lie inside their
 * paragraph, quote and correction texts equal the paragraph's words at their offsets and actor
 * mentions are the actor's names, nested quotes lie inside their quote, `continues` and place `in`
 * chains have no cycles, figures have one value or a range and a unit or currency, days are real
 * calendar days, each fuzzy date's EDTF string agrees with its day range, precision and qualifiers,
 * and each event's status agrees with its date and the publication day. It reports every problem, each with the path of the offending field
 * (`quotes[3].speaker: no actor "x"`), never throws, and only walks the known shape of a story,
 * so deep or hostile input costs no recursion.
 *
 * A long story can be checked in slices ({@link validationSteps}, driven by `validateStoryInSlices` of
 * `validator.ts`): the walk pauses between list items, so the page stays responsive; the result is the same as
 * {@link validateStory}'s. Only the walks that may pause are generators (the story, its article, its lists, the
 * later checks); every other object is checked by a plain function, and a problem's path is written only when
 * the problem is reported: a check gets its parent's path and its key (`at(p, k)`). A page validates its story
 * once, with cold code, so calls, closures, iterators and strings per value are what the walk avoids.
 *
 * This module imports no code (types only): in the CDN build it is a chunk of its own, loaded only for stories
 * from outside the bundle (`validator.ts`), and a chunk that imported the bundle's modules would import the
 * bundle by its bare URL, a second copy of it on a page that loads `sahel-widgets.js?ver=…`.
 */
import type { StoryProblem } from './problems.js';
import type { Story } from './types.js';

/** The outcome of {@link validateStory}: the story itself, or every problem found. */
export type StoryValidation = { ok: true; story: Story } | { ok: false; problems: StoryProblem[] };

/** A field name, or a list index. */
type Key = string | number;
/**
 * Checks the value `v` found at key `k` of the value whose path is `p`; returns nothing useful. The value's own
 * path, `at(p, k)`, is only written when there is something to report (or when its fields need it as theirs).
 * `steps`, when there, walks the same but may pause.
 */
type Check = ((v: unknown, p: string, k: Key) => unknown) & { steps?: Steps };
/** A walk that yields where it may pause (between list items); draining it does the whole check. */
type Steps = (v: unknown, p: string, k: Key) => Generator<void, void, void>;
type Obj = Record<string, unknown>;

let problems: StoryProblem[];
/** Problems found, listed or not: past MAX_PROBLEMS they are only counted. */
let count: number;
/** A hostile 5 MB story could otherwise yield millions of problems (hundreds of MB, and as many console lines). */
const MAX_PROBLEMS = 1000;
/** Items by id, per list kind (`actor`, `paragraph`…), filled as the lists are checked. */
let ids: Record<string, Map<unknown, Obj>>;
/** References to resolve once every list is known, four entries each (no array per reference): path, key, kind, id. */
let refs: unknown[];
/**
 * Problems of source spans against their paragraph (checked as soon as the span is read: the article's paragraphs
 * are read before anything that cites them), two entries each: path, message; reported with the later checks.
 */
let spans: string[];
/** The id maps of the lists read to their end (a reference to one of them is looked up at once). */
const complete = new WeakSet<Map<unknown, Obj>>();
/** Items to check once every list is known, by what to check (`quote`, `place`, `event`, `actor`, `text`), two entries each: path, item. */
let later: Record<string, unknown[]>;
const defer = (what: string) => (v: Obj, p: string) => (later[what] ||= []).push(p, v);
/** Items walked between two chances to pause: small enough to check the clock often, large enough to cost nothing. */
const STEP = 64;
let ticks = 0;
/** Whether a walk over many items may pause here: once every STEP items. */
const tick = () => !(++ticks % STEP);

/**
 * A generator run to its end, never pausing: its value. `runToEnd` of `slices.ts`, not imported from there:
 * this module imports no code (see the top), and slices.ts is also the bundle's (the story index uses it).
 */
function drain<T>(steps: Generator<void, T, void>): T {
  let step: IteratorResult<void, T>;
  while (!(step = steps.next()).done);
  return step.value;
}

/** The path of key `k` of the value at path `p`: `quotes[3]`, `quotes[3].speaker`, `id` (at the root). */
const at = (p: string, k: Key) => (typeof k == 'number' ? `${p}[${k}]` : p ? `${p}.${k}` : k);
const add = (path: string, message: string) => ++count > MAX_PROBLEMS || problems.push({ path, message });
const quoted = (s: string) => JSON.stringify(s.length > 60 ? s.slice(0, 60) + '…' : s);
const isObj = (v: unknown): v is Obj => typeof v == 'object' && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v == 'string';
const isNum = (v: unknown): v is number => typeof v == 'number' && isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const got = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v == 'number' ? String(v) : typeof v);
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A type test, then optionally more checks on a value of that type, which return what is wrong with it (a string) if anything. */
const is =
  <T>(name: string, test: (v: unknown) => v is T, more?: (v: T, p: string, k: Key) => unknown): Check =>
  (v, p, k) => {
    const wrong = test(v) ? more && more(v, p, k) : `expected ${name}, got ${got(v)}`;
    if (typeof wrong == 'string') add(at(p, k), wrong);
  };

/** `is('string', isStr, more)`, the commonest check, with one call less per value. */
const str =
  (more?: (v: string, p: string, k: Key) => unknown): Check =>
  (v, p, k) => {
    const wrong = typeof v == 'string' ? more && more(v, p, k) : `expected string, got ${got(v)}`;
    if (typeof wrong == 'string') add(at(p, k), wrong);
  };
const STR = str();
const TEXT = str((v) => !v && 'must not be empty');
const match = (re: RegExp, what: string) => str((v) => !re.test(v) && `invalid ${what} ${quoted(v)}`);
const ID = match(/^[a-z0-9][a-z0-9_-]*$/, 'id');
const COUNTRY = match(/^[A-Z]{2}$/, 'country code');
const oneOf = (...values: string[]) =>
  str((v) => !values.includes(v) && `unknown value ${quoted(v)} (allowed: ${values.join(', ')})`);
const BOOL = is('boolean', (v): v is boolean => typeof v == 'boolean');
const NUM = is('number', isNum);
const ref = (kind: string) =>
  str((v, p, k) => {
    const byId = ids[kind];
    // one that resolves in a list already read is done; any other waits (a dangling one is reported in its turn)
    if (!byId || !complete.has(byId) || !byId.has(v)) refs.push(p, k, kind, v);
  });
/** Every index, unlike forEach: a hole in an array set from script is checked (as `undefined`), not skipped. */
const arrayOf = (item: Check) =>
  is('array', Array.isArray, (v, p, k) => {
    const path = at(p, k);
    for (let i = 0; i < v.length; i++) item(v[i], path, i);
  });

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
const DAY = str((v) => !isDay(v) && `invalid day ${quoted(v)}`);

/** A check that can pause: `steps` run to its end when called, and `steps` itself. */
const pausable = (steps: Steps): Check => Object.assign((v: unknown, p: string, k: Key) => drain(steps(v, p, k)), { steps });

/**
 * An object with exactly these fields (a key starting with `?` is optional), then `then` on it with its path.
 * Checked by a plain function, unless a field's check may pause (a list: only the story and its article have
 * one): then by steps that pause where that field's do.
 */
const obj = (fields: Record<string, Check>, then?: (v: Obj, path: string) => unknown): Check => {
  // Worked out once, not for every object checked: names, whether required, checks.
  const keys = Object.keys(fields);
  const names = keys.map((key) => key.replace('?', ''));
  const checks = keys.map((key) => fields[key]);
  const known = new Set(names);
  /** Checks the fields from the `i`th until one that may pause and is there: its index (or the count, at the end). */
  const from = (v: Obj, path: string, i: number) => {
    for (; i < names.length; i++) {
      const f = names[i];
      if (!Object.hasOwn(v, f)) {
        if (keys[i] == f) add(at(path, f), 'missing');
      } else if (checks[i].steps) return i;
      else checks[i](v[f], path, f);
    }
    return i;
  };
  /** After the fields: those the model does not have, then `then`. */
  const rest = (v: Obj, path: string) => {
    const own = Object.keys(v);
    for (let i = 0; i < own.length; i++) {
      const k = own[i];
      // a key that is not a plain name (empty, long, with dots or brackets) is quoted, so the path stays readable
      if (!known.has(k)) add(/^[\w-]{1,60}$/.test(k) ? at(path, k) : `${path}[${quoted(k)}]`, 'unknown field');
    }
    then?.(v, path);
  };
  const check: Check = (v, p, k) => {
    if (!isObj(v)) return add(at(p, k), `expected object, got ${got(v)}`);
    const path = at(p, k);
    from(v, path, 0);
    rest(v, path);
  };
  return checks.some((c) => c.steps)
    ? pausable(function* (v, p, k) {
        if (!isObj(v)) return void check(v, p, k);
        const path = at(p, k);
        for (let i = 0; (i = from(v, path, i)) < names.length; i++) yield* (checks[i].steps as Steps)(v[names[i]], path, names[i]);
        rest(v, path);
      })
    : check;
};

/** A list of items with unique ids, remembered for references of `kind`; it may pause between items. */
const list = (kind: string, item: Check, nonEmpty?: boolean) =>
  pausable(function* (v, p, k) {
    const path = at(p, k);
    if (!Array.isArray(v)) return void add(path, `expected array, got ${got(v)}`);
    const byId = (ids[kind] = new Map());
    if (nonEmpty && !v.length) add(path, 'must not be empty');
    // Every index, unlike forEach: a hole in an array set from script is checked (as `undefined`), not skipped.
    for (let i = 0; i < v.length; i++) {
      const x = v[i];
      item(x, path, i);
      if (isObj(x) && isStr(x.id)) {
        if (byId.has(x.id)) add(`${path}[${i}].id`, `duplicate id ${quoted(x.id)}`);
        else byId.set(x.id, x);
      }
      if (tick()) yield;
    }
    complete.add(byId);
  });

const INT = is('integer >= 0', isInt);
const SOURCE = obj({ paragraph: ref('paragraph'), start: INT, end: INT }, (v, p) => {
  const { paragraph, start, end } = v;
  const text = ids.paragraph?.get(paragraph)?.text;
  if (!isInt(start) || !isInt(end) || !isStr(text)) return;
  if (start >= end) spans.push(`${p}.end`, `must be greater than start (${start})`);
  else if (end > text.length) spans.push(`${p}.end`, `must be at most ${text.length}, the length of paragraph ${quoted(paragraph as string)}`);
});
const ITEM_KINDS = ['actor', 'place', 'event', 'quote', 'figure'];
const STATUSES = ['past', 'ongoing', 'planned', 'expected', 'threatened', 'conditional'];
/** A reference `v[key]` to an item of the kind `v[key + 'Kind']` (absent: actor). */
const kindRef = (v: Obj, p: string, key: string, kind: unknown = v[key + 'Kind'] ?? 'actor') =>
  ITEM_KINDS.includes(kind as string) && isStr(v[key]) && refs.push(p, key, kind, v[key]);
const ITEM_REF = obj({ kind: oneOf(...ITEM_KINDS), id: STR }, (v, p) => kindRef(v, p, 'id', v.kind));

/**
 * Day range and precision of one EDTF date: `2024`, `2024-03`, `2023-22` (a season), `2024-03-12`,
 * each maybe followed by `~`, `?` or `%`; or a decade `199X` (no qualifier).
 */
const edtfDate = (s: string): [string, string, string] | undefined => {
  if (/^\d{3}X$/.test(s)) return [s.slice(0, 3) + '0-01-01', s.slice(0, 3) + '9-12-31', 'decade'];
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

/** The publication day of the story being validated (`article.published`): where open spans are closed. */
let published: unknown;

/**
 * Day range, allowed precisions and open side of an EDTF date, an interval `A/B`, or an open span
 * closed at the publication day P: `A/..` (A to P, open `end`), `../B` and the deadline `[..B]`
 * (P to B, open `start`). Seven days may be a `week`; years 0–9 of a decade, or its years 0–3, 4–6
 * or 7–9 ("the late 1980s"), may be a `decade`.
 */
const edtfRange = (s: string): [string, string, string[], string?] | undefined => {
  const open = /^(?:\[\.\.([^\]/]+)\]|\.\.\/([^/]+)|([^/]+)\/\.\.)$/.exec(s);
  if (open) {
    const a = edtfDate(open[1] ?? open[2] ?? open[3]);
    if (!a || !isDay(published)) return;
    return open[3] ? [a[0], published, [a[2]], 'end'] : [published, a[1], [a[2]], 'start'];
  }
  const parts = s.split('/');
  const a = edtfDate(parts[0]);
  const b = parts.length == 2 ? edtfDate(parts[1]) : a;
  if (!a || !b || parts.length > 2 || a[0] > b[1]) return;
  // each precision once, in this order (the message lists them)
  const precisions = a[2] == b[2] ? [a[2]] : [a[2], b[2]];
  if (a[2] == 'day' && b[2] == 'day' && Date.parse(b[0]) - Date.parse(a[0]) == 6 * 864e5) precisions.push('week');
  const y0 = a[0].slice(0, 4);
  const y1 = b[1].slice(0, 4);
  if (a[2] == 'year' && b[2] == 'year' && y0.slice(0, 3) == y1.slice(0, 3) && ['09', '03', '46', '79'].includes(y0[3] + y1[3])) {
    precisions.push('decade');
  }
  return [a[0], b[1], precisions];
};
const PRECISIONS = ['day', 'week', 'month', 'season', 'year', 'decade'];
const QUALIFIERS = ['approximate', 'uncertain'];

const FUZZY = obj(
  {
    edtf: STR,
    start: DAY,
    end: DAY,
    precision: oneOf(...PRECISIONS),
    '?approximate': BOOL,
    '?uncertain': BOOL,
    '?phrase': STR,
    basis: oneOf('article', 'resolved', 'external', 'editor'),
    '?note': STR,
    '?open': oneOf('start', 'end'),
    '?anchor': ref('event'),
  },
  (v, p) => {
    const { edtf, start, end, precision, open } = v;
    const startDay = isDay(start);
    const endDay = isDay(end);
    if (startDay && endDay && start > end) add(`${p}.end`, `is before start ${quoted(start)}`);
    // An editor's days are checked against the EDTF like any other, but the words and the reason must be there.
    if (v.basis == 'editor') for (const k of ['phrase', 'note']) if (!isStr(v[k])) add(`${p}.${k}`, 'is required when basis is "editor"');
    if (!isStr(edtf)) return;
    const range = edtfRange(edtf);
    if (!range) return add(`${p}.edtf`, `invalid EDTF ${quoted(edtf)}`);
    // written only for a problem (JSON.stringify for every date would cost more than the checks)
    const f = () => ` for edtf ${quoted(edtf)}`;
    if (range[0] > range[1]) return add(`${p}.edtf`, `open span ${quoted(edtf)} does not reach article.published ${quoted(published as string)}`);
    if (startDay && start != range[0]) add(`${p}.start`, `must be ${quoted(range[0])}${f()}`);
    if (endDay && end != range[1]) add(`${p}.end`, `must be ${quoted(range[1])}${f()}`);
    if (PRECISIONS.includes(precision as string) && !range[2].includes(precision as string)) {
      add(`${p}.precision`, `must be ${range[2].map(quoted).join(' or ')}${f()}`);
    }
    if (open !== range[3] && (open === undefined || open == 'start' || open == 'end')) {
      add(`${p}.open`, range[3] ? `must be ${quoted(range[3])}${f()}` : `must be absent${f()} (a closed span)`);
    }
    for (let i = 0; i < 2; i++) {
      const k = QUALIFIERS[i];
      const want = (i ? /[?%]/ : /[~%]/).test(edtf);
      if (typeof v[k] == 'boolean' && v[k] != want) add(`${p}.${k}`, `must be ${want}${f()}`);
    }
  },
);

const URL_ = str((v) => {
  try {
    if (/^https?:$/.test(new URL(v).protocol)) return;
  } catch {
    // not a URL at all
  }
  return `not an http(s) URL: ${quoted(v)}`;
});

/**
 * Map geometry is drawn as SVG from untrusted JSON: whole numbers only, and path data with nothing but integers and
 * straight-line commands. Numbers after the first are separated by a space, a comma, or nothing before a minus sign:
 * `(?:[ ,]-?|-)\d+`, the same strings as `(?: |,|(?=-))-?\d+` without the lookahead (1.5× faster on a map's 12 KB).
 */
const COORD = is('finite number', (v): v is number => isNum(v) && Math.abs(v) < 1e6);
const tuple = (n: number) =>
  is(`${n} numbers`, (v): v is unknown[] => Array.isArray(v) && v.length == n, (v, p, k) => {
    const path = at(p, k);
    for (let i = 0; i < v.length; i++) COORD(v[i], path, i);
  });
const PATH = str((v) => !(v.length <= 200000 && /^(?:[MmLlHhVvZz](?:-?\d+(?:(?:[ ,]-?|-)\d+)*)?)*$/.test(v)) && `invalid path data ${quoted(v)}`);
const MAP = obj({
  viewBox: tuple(4),
  countries: arrayOf(obj({ '?iso': COUNTRY, name: TEXT, d: PATH, '?label': tuple(2) })),
  '?coast': PATH,
  inset: obj({ viewBox: tuple(4), d: PATH, box: tuple(4) }),
  places: arrayOf(obj({ id: ref('place'), x: COORD, y: COORD })),
  '?scale': obj({ km: COORD, length: COORD }),
});

const STORY = obj(
  {
    version: (v, p, k) => v === 1 || add(at(p, k), `must be 1, got ${got(v)}`),
    id: ID,
    '?map': MAP,
    article: obj(
      {
        headline: TEXT,
        '?publisher': STR,
        '?url': URL_,
        published: DAY,
        byline: arrayOf(STR),
        contributors: arrayOf(STR),
        language: match(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, 'language tag'),
        paragraphs: list('paragraph', obj({ id: ID, text: STR }), true),
      },
    ),
    actors: list(
      'actor',
      obj(
        {
          id: ID,
          name: TEXT,
          kind: oneOf('person', 'organization', 'country', 'group'),
          '?role': STR,
          '?age': is('number >= 0', (v): v is number => isNum(v) && v >= 0),
          '?country': COUNTRY,
          affiliations: arrayOf(ref('actor')),
          '?anonymous': BOOL,
          '?anonymityReason': SOURCE,
          '?metonyms': arrayOf(STR),
          aliases: arrayOf(STR),
          mentions: arrayOf(SOURCE),
        },
        defer('actor'),
      ),
    ),
    quotes: list(
      'quote',
      obj(
        {
          id: ID,
          text: TEXT,
          speaker: ref('actor'),
          medium: oneOf('spoken', 'sign', 'broadcast', 'statement'),
          '?context': STR,
          source: SOURCE,
          '?continues': ref('quote'),
          '?partial': BOOL,
          '?channel': oneOf('radio', 'television', 'online'),
          '?nested': arrayOf(obj({ start: INT, end: INT, '?speaker': ref('actor') })),
        },
        defer('quote'),
      ),
    ),
    events: list(
      'event',
      obj(
        {
          id: ID,
          title: TEXT,
          '?summary': STR,
          when: FUZZY,
          '?status': oneOf(...STATUSES),
          '?condition': SOURCE,
          actors: arrayOf(ref('actor')),
          places: arrayOf(ref('place')),
          source: SOURCE,
        },
        defer('event'),
      ),
    ),
    places: list(
      'place',
      obj(
        {
          id: ID,
          name: TEXT,
          kind: oneOf('city', 'country', 'region', 'site', 'river', 'facility'),
          '?country': COUNTRY,
          '?coordinates': is(
            '[longitude, latitude]',
            (v): v is unknown[] => Array.isArray(v) && v.length == 2 && v.every((x, i) => isNum(x) && Math.abs(x) <= 180 / (i + 1)),
          ),
          '?in': ref('place'),
          '?fictional': BOOL,
          '?disputed': BOOL,
          mentions: arrayOf(SOURCE),
        },
        (v, p) => {
          if (v.kind == 'country' && v.country === undefined && !v.fictional && !v.disputed) add(p, 'a country needs its ISO code, unless fictional or disputed');
          if (v.fictional && v.coordinates) add(`${p}.coordinates`, 'not for a fictional place');
          defer('place')(v, p);
        },
      ),
    ),
    figures: list(
      'figure',
      obj(
        {
          id: ID,
          '?value': NUM,
          '?min': NUM,
          '?max': NUM,
          '?qualifier': oneOf('about', 'some', 'nearly', 'almost', 'more-than', 'at-least', 'no-more-than', 'up-to', 'fewer-than'),
          '?approximate': BOOL,
          '?unit': STR,
          '?currency': match(/^[A-Z]{3}$/, 'currency code'),
          label: TEXT,
          '?claimedBy': ref('actor'),
          '?actors': arrayOf(ref('actor')),
          '?sameAs': ref('figure'),
          '?contests': arrayOf(ref('figure')),
          source: SOURCE,
        },
        (v, p) => {
          const { min, max } = v;
          const range = min !== undefined || max !== undefined;
          if ((v.value !== undefined) == range) add(p, 'needs a value, or min and max');
          else if (range) {
            if (min === undefined || max === undefined) add(`${p}.${min === undefined ? 'min' : 'max'}`, 'missing');
            else if (isNum(min) && isNum(max) && min >= max) add(`${p}.max`, `must be greater than min (${min})`);
          }
          if (v.unit === undefined && v.currency === undefined) add(p, 'needs a unit or a currency');
          if (isStr(v.sameAs) && v.sameAs === v.id) add(`${p}.sameAs`, 'is the figure itself');
        },
      ),
    ),
    relations: list(
      'relation',
      obj(
        {
          id: ID,
          from: STR,
          '?fromKind': oneOf(...ITEM_KINDS),
          to: STR,
          '?toKind': oneOf(...ITEM_KINDS),
          kind: STR,
          label: TEXT,
          '?since': FUZZY,
          source: SOURCE,
        },
        (v, p) => {
          kindRef(v, p, 'from');
          kindRef(v, p, 'to');
        },
      ),
    ),
    '?corrections': list('correction', obj({ id: ID, text: TEXT, source: SOURCE, '?says': STR, items: arrayOf(ITEM_REF) }, defer('text'))),
  },
);

/** The words of a span, when it lies inside a known paragraph. */
const slice = (r: unknown) => {
  if (!isObj(r)) return;
  const text = ids.paragraph?.get(r.paragraph)?.text;
  return isStr(text) && isInt(r.start) && isInt(r.end) && r.start < r.end && r.end <= text.length ? text.slice(r.start, r.end) : undefined;
};

/** Reports `p.key` when following `key` from each item (those that have it) through the list `kind` goes round in a circle. */
function* acyclic(items: unknown[] = [], kind: string, key: string) {
  const settled = new Set<Obj>();
  for (let i = 0; i < items.length; i += 2) {
    const x = items[i + 1] as Obj;
    if (x[key] === undefined) continue;
    const seen = new Set<Obj>();
    let q: Obj | undefined = x;
    while (q && !settled.has(q) && !seen.has(q)) {
      seen.add(q);
      q = ids[kind]?.get(q[key]);
    }
    if (q && seen.has(q)) add(`${items[i] as string}.${key}`, 'forms a cycle');
    seen.forEach((y) => settled.add(y));
    if (tick()) yield;
  }
}

/**
 * What is only known once every list has been read: references, spans, texts, chains, statuses. It may pause
 * between items. Flat lists and indexed loops, no destructuring: a page validates once, with cold code, where
 * iterators cost more than the checks.
 */
function* crossCheck(published: unknown): Generator<void, void, void> {
  for (let i = 0; i < refs.length; i += 4) {
    const kind = refs[i + 2] as string;
    const id = refs[i + 3];
    if (ids[kind] && !ids[kind].has(id)) add(at(refs[i] as string, refs[i + 1] as Key), `no ${kind} ${quoted(id as string)}`);
    if (tick()) yield;
  }
  for (let i = 0; i < spans.length; i += 2) add(spans[i], spans[i + 1]);
  // The browser trusts nothing: quoted and cited words are the article's own, at their offsets.
  const sameText = (p: string, v: Obj) => {
    const words = slice(v.source);
    if (words !== undefined && isStr(v.text) && words !== v.text) add(`${p}.text`, `differs from its source, which reads ${quoted(words)}`);
  };
  const { text = [], actor = [], quote = [], event = [] } = later;
  for (let i = 0; i < text.length; i += 2) {
    sameText(text[i] as string, text[i + 1] as Obj);
    if (tick()) yield;
  }
  for (let i = 0; i < actor.length; i += 2) {
    const a = actor[i + 1] as Obj;
    const names = [a.name, a.aliases, a.metonyms].flat();
    const mentions = a.mentions;
    if (Array.isArray(mentions)) {
      for (let j = 0; j < mentions.length; j++) {
        const words = slice(mentions[j]);
        if (words !== undefined && !names.includes(words)) add(`${actor[i] as string}.mentions[${j}]`, `reads ${quoted(words)}, not a name of the actor`);
      }
    }
    if (tick()) yield;
  }
  for (let i = 0; i < quote.length; i += 2) {
    const p = quote[i] as string;
    const q = quote[i + 1] as Obj;
    sameText(p, q);
    const target = ids.quote?.get(q.continues);
    // An unknown speaker is reported already; comparing it would only add noise.
    if (target && target.speaker !== q.speaker && ids.actor?.has(target.speaker) && ids.actor.has(q.speaker)) {
      add(`${p}.continues`, `quote ${quoted(q.continues as string)} has another speaker`);
    }
    if (q.channel !== undefined && q.medium != 'broadcast') add(`${p}.channel`, 'only for medium "broadcast"');
    const nested = q.nested;
    if (Array.isArray(nested) && isStr(q.text)) {
      for (let j = 0; j < nested.length; j++) {
        const n: unknown = nested[j];
        if (isObj(n) && isInt(n.start) && isInt(n.end) && !(n.start < n.end && n.end <= (q.text as string).length)) {
          add(`${p}.nested[${j}].end`, `outside the quote's text (length ${(q.text as string).length})`);
        }
      }
    }
    if (tick()) yield;
  }
  // Quotes continue quotes of the same speaker, and places lie in places, without going round in circles.
  yield* acyclic(quote, 'quote', 'continues');
  yield* acyclic(later.place, 'place', 'in');
  // A past event has ended by the publication day P; one that has not happened starts on or after P.
  const day = isDay(published);
  for (let i = 0; i < event.length; i += 2) {
    if (tick()) yield;
    const p = event[i] as string;
    const e = event[i + 1] as Obj;
    const status = e.status ?? 'past';
    if ((status == 'conditional') != (e.condition !== undefined)) add(`${p}.condition`, e.condition ? 'only for status "conditional"' : 'missing');
    const when = e.when as Obj;
    if (!day || !isObj(when) || !isDay(when.start) || !isDay(when.end) || !STATUSES.includes(status as string)) continue;
    const what = status == 'past' ? when.end > published && 'ends after'
      : status == 'ongoing' ? (when.start > published || when.end < published) && 'excludes'
      : when.start < published && 'starts before';
    if (what) add(`${p}.${e.status ? 'status' : 'when'}`, `${quoted(status as string)}, but it ${what} the publication day ${quoted(published as string)}`);
  }
}

/** The state of one validation, kept aside while it pauses (another may run in between). */
interface Run {
  problems: StoryProblem[];
  count: number;
  ids: typeof ids;
  refs: typeof refs;
  spans: typeof spans;
  later: typeof later;
  published: unknown;
}
const fresh = (): Run => ({ problems: [], count: 0, ids: {}, refs: [], spans: [], later: {}, published: undefined });
const enter = (run: Run) => ({ problems, count, ids, refs, spans, later, published } = run);
const leave = (): Run => {
  const run = { problems, count, ids, refs, spans, later, published };
  problems = ids = refs = spans = later = published = undefined as never;
  return run;
};

/** The whole check of `input`, pausing between items; its value is the outcome. */
function* walk(input: unknown): Generator<void, StoryValidation, void> {
  try {
    published = isObj(input) && isObj(input.article) ? input.article.published : undefined;
    yield* (STORY.steps as Steps)(input, '', '');
    yield* crossCheck(isObj(input) && isObj(input.article) && input.article.published);
  } catch {
    // Only exotic input (getters that throw, revoked proxies) gets here; JSON never does.
    add('', 'unreadable story');
  }
  if (count > MAX_PROBLEMS) problems.push({ path: '', message: `and ${count - MAX_PROBLEMS} more problems` });
  return problems.length ? { ok: false, problems } : { ok: true, story: input as Story };
}

/**
 * Validates untrusted data as a story, version 1. Never throws.
 *
 * @returns `{ ok: true, story }` (the input itself, not a copy) or `{ ok: false, problems }` listing
 *   every problem found, each with the path of the field, e.g. `quotes[3].speaker: no actor "x"` (past 1,000,
 *   a last entry with an empty path counts the rest).
 */
export function validateStory(input: unknown): StoryValidation {
  enter(fresh());
  const result = drain(walk(input));
  leave();
  return result;
}

/**
 * {@link validateStory} one step at a time, for a caller that spreads it across tasks (`inSlices`): each call
 * runs the walk to its next pause (between list items) and returns where it is; the last one's value is the
 * outcome, the same as {@link validateStory}'s. Another validation may run between two calls.
 */
export function validationSteps(input: unknown): () => IteratorResult<void, StoryValidation> {
  let run = fresh();
  const steps = walk(input);
  return () => {
    enter(run);
    try {
      return steps.next();
    } finally {
      run = leave();
    }
  };
}
