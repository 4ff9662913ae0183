import { expect } from '@open-wc/testing';
import { validateStory } from '../src/story/validate.js';
import { validateStoryInSlices } from '../src/story/validator.js';
import { formatProblem } from '../src/story/problems.js';
import { miniStory } from './fixtures/mini-story.js';

/** The mini story as loose JSON, to break freely. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

/** A fresh copy of the valid fixture with one thing broken by `breakIt`. */
function broken(breakIt: (story: Loose) => void): Loose {
  const story = structuredClone(miniStory) as Loose;
  breakIt(story);
  return story;
}

/** Every problem of `input`, formatted; fails the test when `input` is valid. */
function problemsOf(input: unknown): string[] {
  const result = validateStory(input);
  if (result.ok) throw new Error('expected the story to be invalid');
  return result.problems.map(formatProblem);
}

function expectValid(input: unknown) {
  const result = validateStory(input);
  expect(result.ok ? [] : result.problems.map(formatProblem)).to.deep.equal([]);
}

/**
 * One fuzzy date replacing `events[2].when` (the council vote), keeping its basis and phrase, with the
 * status that agrees with its days (the story is published on 2024-05-15), so that only the date is tested.
 */
function withWhen(when: Record<string, unknown>): Loose {
  return broken((s) => {
    s.events[2].when = { basis: 'article', ...when };
    const { start, end } = when as { start: string; end: string };
    if (end > s.article.published) s.events[2].status = start >= s.article.published ? 'planned' : 'ongoing';
  });
}

describe('validateStory', () => {
  describe('valid stories', () => {
    it('accepts the mini story and returns it as is', () => {
      const result = validateStory(miniStory);
      expect(result).to.deep.equal({ ok: true, story: miniStory });
      expect(result.ok && result.story).to.equal(miniStory);
    });

    it('accepts a story without any optional field', () => {
      expectValid(
        broken((s) => {
          delete s.article.url;
          delete s.article.publisher;
          for (const a of s.actors) {
            delete a.role;
            delete a.age;
            delete a.country;
            delete a.anonymous;
          }
          for (const q of s.quotes) {
            delete q.context;
            delete q.continues;
          }
          for (const e of s.events) {
            delete e.summary;
            delete e.when.approximate;
            delete e.when.uncertain;
            delete e.when.phrase;
            delete e.when.note;
          }
          for (const p of s.places) {
            delete p.country;
            delete p.coordinates;
          }
          for (const f of s.figures) delete f.approximate;
          for (const r of s.relations) delete r.since;
        }),
      );
    });

    it('accepts empty lists of actors, quotes, events, places, figures and relations', () => {
      expectValid(broken((s) => Object.assign(s, { actors: [], quotes: [], events: [], places: [], figures: [], relations: [] })));
    });

    it('accepts ids that are names of Object.prototype members', () => {
      const story = broken((s) => {
        s.actors[2].id = 'constructor';
        s.relations[0].from = 'constructor';
      });
      expectValid(story);
    });

    it('accepts every EDTF form with its exact day range', () => {
      const ok: [string, string, string, string, Record<string, unknown>?][] = [
        ['2024', '2024-01-01', '2024-12-31', 'year'],
        ['2024-02', '2024-02-01', '2024-02-29', 'month'],
        ['2023-02', '2023-02-01', '2023-02-28', 'month'],
        ['2024-11', '2024-11-01', '2024-11-30', 'month'],
        ['2024-21', '2024-03-01', '2024-05-31', 'season'],
        ['2024-22', '2024-06-01', '2024-08-31', 'season'],
        ['2024-23', '2024-09-01', '2024-11-30', 'season'],
        ['2023-24', '2023-12-01', '2024-02-29', 'season'],
        ['2024-24', '2024-12-01', '2025-02-28', 'season'],
        ['2000-02-29', '2000-02-29', '2000-02-29', 'day'],
        ['2018~', '2018-01-01', '2018-12-31', 'year', { approximate: true }],
        ['2018?', '2018-01-01', '2018-12-31', 'year', { uncertain: true, approximate: false }],
        ['2018-07%', '2018-07-01', '2018-07-31', 'month', { approximate: true, uncertain: true }],
        ['2024-03-12/2024-03-14', '2024-03-12', '2024-03-14', 'day'],
        ['2024-04-08/2024-04-14', '2024-04-08', '2024-04-14', 'week'],
        ['2024-04-08/2024-04-14', '2024-04-08', '2024-04-14', 'day'],
        ['2024-02-26/2024-03-03', '2024-02-26', '2024-03-03', 'week'],
        ['2019~/2021', '2019-01-01', '2021-12-31', 'year', { approximate: true }],
        ['2023-22/2023-10', '2023-06-01', '2023-10-31', 'season'],
        ['2023-22/2023-10', '2023-06-01', '2023-10-31', 'month'],
        // decades: 199X, or years 0–9, 0–3, 4–6, 7–9 of one decade ("the late 1980s")
        ['199X', '1990-01-01', '1999-12-31', 'decade'],
        ['1990/1999', '1990-01-01', '1999-12-31', 'decade'],
        ['1990/1999', '1990-01-01', '1999-12-31', 'year'],
        ['1987/1989', '1987-01-01', '1989-12-31', 'decade'],
        ['2020/2023', '2020-01-01', '2023-12-31', 'decade'],
        ['1994/1996', '1994-01-01', '1996-12-31', 'year'],
        ['199X/200X', '1990-01-01', '2009-12-31', 'decade'],
        // open spans, closed at article.published (2024-05-15)
        ['2019/..', '2019-01-01', '2024-05-15', 'year', { open: 'end' }],
        ['2023-22/..', '2023-06-01', '2024-05-15', 'season', { open: 'end' }],
        ['199X/..', '1990-01-01', '2024-05-15', 'decade', { open: 'end' }],
        ['2019~/..', '2019-01-01', '2024-05-15', 'year', { open: 'end', approximate: true }],
        ['2024-05-15/..', '2024-05-15', '2024-05-15', 'day', { open: 'end' }],
        ['[..2030]', '2024-05-15', '2030-12-31', 'year', { open: 'start' }],
        ['[..2024-06]', '2024-05-15', '2024-06-30', 'month', { open: 'start' }],
        ['[..2030-12-31]', '2024-05-15', '2030-12-31', 'day', { open: 'start' }],
        ['../2025-03', '2024-05-15', '2025-03-31', 'month', { open: 'start' }],
        ['../2024-22', '2024-05-15', '2024-08-31', 'season', { open: 'start' }],
        // an editor's days, with the words and the reason; a date counted from another event
        ['2024-06-01/2024-09-30', '2024-06-01', '2024-09-30', 'day', { basis: 'editor', phrase: 'the rainy season', note: 'June to September in Lakeport' }],
        ['2011', '2011-01-01', '2011-12-31', 'year', { basis: 'resolved', phrase: 'two years later', anchor: 'line-proposed' }],
      ];
      for (const [edtf, start, end, precision, extra] of ok) {
        expectValid(withWhen({ edtf, start, end, precision, ...extra }));
      }
    });
  });

  describe('inputs that are not stories', () => {
    it('reports a type error for every non-object, without throwing', () => {
      expect(problemsOf(null)).to.deep.equal(['expected object, got null']);
      expect(problemsOf(undefined)).to.deep.equal(['expected object, got undefined']);
      expect(problemsOf([miniStory])).to.deep.equal(['expected object, got array']);
      expect(problemsOf('{"version":1}')).to.deep.equal(['expected object, got string']);
      expect(problemsOf(42)).to.deep.equal(['expected object, got 42']);
      expect(problemsOf(true)).to.deep.equal(['expected object, got boolean']);
      expect(problemsOf(() => miniStory)).to.deep.equal(['expected object, got function']);
    });

    it('lists every missing top-level field of an empty object', () => {
      expect(problemsOf({})).to.deep.equal(
        ['version', 'id', 'article', 'actors', 'quotes', 'events', 'places', 'figures', 'relations'].map((k) => `${k}: missing`),
      );
    });

    it('reports own __proto__ and constructor keys as unknown fields and is not fooled by them', () => {
      const json = JSON.stringify(miniStory)
        .replace('{"version":1,', '{"__proto__":{"polluted":true},"constructor":{"x":1},"version":1,')
        .replace('{"id":"mara-okafor",', '{"id":"mara-okafor","__proto__":{"id":"x"},');
      const story = JSON.parse(json);
      expect(problemsOf(story)).to.deep.equal([
        'actors[0].__proto__: unknown field',
        '__proto__: unknown field',
        'constructor: unknown field',
      ]);
      expect(({} as Loose).polluted).to.equal(undefined);
    });

    it('does not take inherited properties for fields', () => {
      const article = Object.create(structuredClone(miniStory.article));
      expect(problemsOf(broken((s) => (s.article = article)))).to.include('article.headline: missing');
    });

    it('survives hostile nesting, getters that throw and revoked proxies', () => {
      let deep: unknown = [];
      for (let i = 0; i < 100_000; i++) deep = [deep];
      expect(problemsOf(broken((s) => (s.extra = deep)))).to.deep.equal(['extra: unknown field']);
      expect(problemsOf(broken((s) => (s.article.byline = [deep])))).to.deep.equal(['article.byline[0]: expected string, got array']);

      const trap = broken((s) => Object.defineProperty(s.quotes[0], 'text', { enumerable: true, get: () => { throw new Error('boom'); } }));
      expect(problemsOf(trap)).to.deep.equal(['unreadable story']);

      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      expect(() => validateStory(proxy)).not.to.throw();
      expect(validateStory(proxy).ok).to.equal(false);
    });
  });

  describe('bad stories', () => {
    const cases: [string, (s: Loose) => void, string[]][] = [
      // Version and types
      ['version 2', (s) => (s.version = 2), ['version: must be 1, got 2']],
      ['version as a string', (s) => (s.version = '1'), ['version: must be 1, got string']],
      ['a list that is not an array', (s) => (s.actors = {}), ['actors: expected array, got object']],
      ['an item that is not an object', (s) => (s.quotes[1] = 'hi'), ['quotes[1]: expected object, got string']],
      ['a number where a string belongs', (s) => (s.quotes[0].text = 42), ['quotes[0].text: expected string, got 42']],
      ['a string where a number belongs', (s) => (s.figures[0].value = '310 million'), ['figures[0].value: expected number, got string']],
      ['null where an object belongs', (s) => (s.events[0].when = null), ['events[0].when: expected object, got null']],
      ['a string where a boolean belongs', (s) => (s.actors[5].anonymous = 'yes'), ['actors[5].anonymous: expected boolean, got string']],
      ['a byline that is a string', (s) => (s.article.byline = 'Dana Whitfield'), ['article.byline: expected array, got string']],
      ['a negative age', (s) => (s.actors[0].age = -52), ['actors[0].age: expected number >= 0, got -52']],
      ['coordinates out of range', (s) => (s.places[0].coordinates = [44.21, -179.05]), ['places[0].coordinates: expected [longitude, latitude], got array']],
      ['three coordinates', (s) => (s.places[0].coordinates = [-79.05, 44.21, 0]), ['places[0].coordinates: expected [longitude, latitude], got array']],
      // Required, empty and unknown fields
      ['a missing required field', (s) => delete s.article.headline, ['article.headline: missing']],
      ['a missing list', (s) => delete s.figures, ['figures: missing']],
      ['a missing source', (s) => delete s.relations[1].source, ['relations[1].source: missing']],
      ['an empty name', (s) => (s.actors[0].name = ''), ['actors[0].name: must not be empty']],
      ['an empty quote', (s) => (s.quotes[2].text = ''), ['quotes[2].text: must not be empty']],
      ['no paragraphs', (s) => (s.article.paragraphs = []), ['article.paragraphs: must not be empty', 'quotes[0].source.paragraph: no paragraph "p2"']],
      ['an unknown field', (s) => (s.actors[0].nickname = 'Mara'), ['actors[0].nickname: unknown field']],
      ['a misspelt optional field', (s) => (s.actors[5].anonymus = true), ['actors[5].anonymus: unknown field']],
      // Enums
      ['an unknown actor kind', (s) => (s.actors[0].kind = 'robot'), ['actors[0].kind: unknown value "robot" (allowed: person, organization, country, group)']],
      ['an unknown quote medium', (s) => (s.quotes[2].medium = 'tweet'), ['quotes[2].medium: unknown value "tweet" (allowed: spoken, sign, broadcast, statement)']],
      ['an unknown place kind', (s) => (s.places[1].kind = 'street'), ['places[1].kind: unknown value "street" (allowed: city, country, region, site, river, facility)']],
      ['an unknown precision', (s) => (s.events[0].when.precision = 'century'), ['events[0].when.precision: unknown value "century" (allowed: day, week, month, season, year, decade)']],
      ['an unknown date basis', (s) => (s.relations[0].since.basis = 'rumour'), ['relations[0].since.basis: unknown value "rumour" (allowed: article, resolved, external, editor)']],
      // Ids and patterns
      ['a story id with capitals', (s) => (s.id = 'Lakeport'), ['id: invalid id "Lakeport"']],
      ['an id starting with a dash', (s) => (s.figures[0].id = '-cost'), ['figures[0].id: invalid id "-cost"']],
      ['an id with a space', (s) => (s.article.paragraphs[0].id = 'p 1'), ['article.paragraphs[0].id: invalid id "p 1"']],
      ['a duplicate id', (s) => (s.figures[1].id = 'line-cost'), ['figures[1].id: duplicate id "line-cost"']],
      ['a duplicate paragraph id', (s) => (s.article.paragraphs[3].id = 'p1'), ['article.paragraphs[3].id: duplicate id "p1"']],
      ['a lower-case country code', (s) => (s.actors[0].country = 'ca'), ['actors[0].country: invalid country code "ca"']],
      ['a language that is not a tag', (s) => (s.article.language = 'English'), ['article.language: invalid language tag "English"']],
      // References
      ['a quote by nobody', (s) => (s.quotes[0].speaker = 'ghost'), ['quotes[0].speaker: no actor "ghost"']],
      ['a reference to an Object.prototype name', (s) => (s.quotes[0].speaker = 'constructor'), ['quotes[0].speaker: no actor "constructor"']],
      ['a quote continuing nothing', (s) => (s.quotes[1].continues = 'nope'), ['quotes[1].continues: no quote "nope"']],
      ['an event with an unknown actor', (s) => s.events[2].actors.push('nobody'), ['events[2].actors[2]: no actor "nobody"']],
      ['an event in an unknown place', (s) => (s.events[0].places[0] = 'atlantis'), ['events[0].places[0]: no place "atlantis"']],
      ['an affiliation to an unknown actor', (s) => (s.actors[0].affiliations[0] = 'city-hall'), ['actors[0].affiliations[0]: no actor "city-hall"']],
      ['a relation between unknown actors', (s) => Object.assign(s.relations[1], { from: 'a', to: 'b' }), ['relations[1].from: no actor "a"', 'relations[1].to: no actor "b"']],
      ['a reference to a quote id as an actor', (s) => (s.relations[0].to = 'varga-sign'), ['relations[0].to: no actor "varga-sign"']],
      ['a source in an unknown paragraph', (s) => (s.quotes[2].source.paragraph = 'p9'), ['quotes[2].source.paragraph: no paragraph "p9"']],
      ['a mention in an unknown paragraph', (s) => (s.places[1].mentions[0].paragraph = 'p0'), ['places[1].mentions[0].paragraph: no paragraph "p0"']],
      // Continued quotes
      ['a continued quote by another speaker', (s) => (s.quotes[1].speaker = 'ines-varga'), ['quotes[1].continues: quote "okafor-biggest" has another speaker']],
      ['a quote continuing itself', (s) => (s.quotes[2].continues = 'varga-sign'), ['quotes[2].continues: forms a cycle']],
      ['two quotes continuing each other', (s) => (s.quotes[0].continues = 'okafor-second-chance'), ['quotes[0].continues: forms a cycle']],
      // Source offsets
      ['a fractional offset', (s) => (s.actors[0].mentions[0].start = 1.5), ['actors[0].mentions[0].start: expected integer >= 0, got 1.5']],
      ['a negative offset', (s) => (s.quotes[0].source.start = -1), ['quotes[0].source.start: expected integer >= 0, got -1']],
      ['an offset as a string', (s) => (s.quotes[0].source.end = '60'), ['quotes[0].source.end: expected integer >= 0, got string']],
      ['an empty span', (s) => (s.figures[1].source.end = s.figures[1].source.start), ['figures[1].source.end: must be greater than start (22)']],
      ['a span ending before it starts', (s) => (s.figures[1].source.start = 40), ['figures[1].source.end: must be greater than start (40)']],
      ['a span past the paragraph end', (s) => (s.quotes[0].source.end = 393), ['quotes[0].source.end: must be at most 392, the length of paragraph "p2"']],
      // URLs
      ['a javascript: URL', (s) => (s.article.url = 'javascript:alert(1)'), ['article.url: not an http(s) URL: "javascript:alert(1)"']],
      ['a data: URL', (s) => (s.article.url = 'data:text/html,<b>hi</b>'), ['article.url: not an http(s) URL: "data:text/html,<b>hi</b>"']],
      ['a relative URL', (s) => (s.article.url = '/2024/05/15/tram'), ['article.url: not an http(s) URL: "/2024/05/15/tram"']],
      ['an ftp: URL', (s) => (s.article.url = 'ftp://lakeport-ledger.example/a'), ['article.url: not an http(s) URL: "ftp://lakeport-ledger.example/a"']],
      // Days
      ['February 30', (s) => (s.article.published = '2024-02-30'), ['article.published: invalid day "2024-02-30"']],
      ['February 29 of a common year', (s) => (s.article.published = '2023-02-29'), ['article.published: invalid day "2023-02-29"']],
      ['February 29 of 1900', (s) => (s.article.published = '1900-02-29'), ['article.published: invalid day "1900-02-29"']],
      ['month 13', (s) => (s.article.published = '2024-13-01'), ['article.published: invalid day "2024-13-01"']],
      ['a day that is not ISO', (s) => (s.article.published = '15/05/2024'), ['article.published: invalid day "15/05/2024"']],
      ['a day with a time', (s) => (s.article.published = '2024-05-15T08:00:00Z'), ['article.published: invalid day "2024-05-15T08:00:00Z"']],
      ['an invalid fuzzy start day', (s) => (s.events[3].when.start = '2025-06-31'), ['events[3].when.start: invalid day "2025-06-31"']],
    ];

    for (const [name, breakIt, expected] of cases) {
      it(`reports ${name}`, () => {
        const problems = problemsOf(broken(breakIt));
        for (const problem of expected) expect(problems).to.include(problem);
      });
    }

    it('reports only the broken field', () => {
      expect(problemsOf(broken((s) => (s.quotes[0].speaker = 'ghost')))).to.deep.equal(['quotes[0].speaker: no actor "ghost"']);
      expect(problemsOf(broken((s) => (s.figures[1].id = 'line-cost')))).to.deep.equal(['figures[1].id: duplicate id "line-cost"']);
    });

    it('reports every problem together, in order', () => {
      const story = broken((s) => {
        s.version = 3;
        s.article.url = 'javascript:alert(1)';
        s.actors[1].kind = 'company';
        s.quotes[0].speaker = 'ghost';
        s.events[0].when.approximate = false;
        s.places[1].id = 'lakeport';
        s.figures[0].source.end = 1000;
        s.relations[1].from = 'nobody';
      });
      expect(problemsOf(story)).to.deep.equal([
        'version: must be 1, got 3',
        'article.url: not an http(s) URL: "javascript:alert(1)"',
        'actors[1].kind: unknown value "company" (allowed: person, organization, country, group)',
        'events[0].when.approximate: must be true for edtf "2009~"',
        'places[1].id: duplicate id "lakeport"',
        'quotes[0].speaker: no actor "ghost"',
        'events[1].places[0]: no place "harbour-street"',
        'events[2].places[1]: no place "harbour-street"',
        'events[3].places[0]: no place "harbour-street"',
        'relations[1].from: no actor "nobody"',
        'figures[0].source.end: must be at most 392, the length of paragraph "p2"',
      ]);
    });

    it('quotes at most 60 characters of a bad value', () => {
      const long = 'X'.repeat(1000);
      expect(problemsOf(broken((s) => (s.id = long)))).to.deep.equal([`id: invalid id "${'X'.repeat(60)}…"`]);
    });
  });

  describe('fuzzy dates', () => {
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['an end before the start', { edtf: '2024-05-14', start: '2024-05-14', end: '2024-05-13', precision: 'day' },
        ['events[2].when.end: is before start "2024-05-14"', 'events[2].when.end: must be "2024-05-14" for edtf "2024-05-14"']],
      ['an unparseable EDTF string', { edtf: 'May 2024', start: '2024-05-01', end: '2024-05-31', precision: 'month' }, ['events[2].when.edtf: invalid EDTF "May 2024"']],
      ['month 13', { edtf: '2024-13', start: '2024-05-01', end: '2024-05-31', precision: 'month' }, ['events[2].when.edtf: invalid EDTF "2024-13"']],
      ['season 25', { edtf: '2024-25', start: '2024-05-01', end: '2024-05-31', precision: 'season' }, ['events[2].when.edtf: invalid EDTF "2024-25"']],
      ['a season with a day', { edtf: '2024-22-01', start: '2024-06-01', end: '2024-06-01', precision: 'day' }, ['events[2].when.edtf: invalid EDTF "2024-22-01"']],
      ['an impossible day', { edtf: '2023-02-29', start: '2023-02-28', end: '2023-02-28', precision: 'day' }, ['events[2].when.edtf: invalid EDTF "2023-02-29"']],
      ['a qualifier in front', { edtf: '~2018', start: '2018-01-01', end: '2018-12-31', precision: 'year' }, ['events[2].when.edtf: invalid EDTF "~2018"']],
      ['a backwards interval', { edtf: '2024-05-14/2024-05-01', start: '2024-05-01', end: '2024-05-14', precision: 'day' }, ['events[2].when.edtf: invalid EDTF "2024-05-14/2024-05-01"']],
      ['an interval of three dates', { edtf: '2022/2023/2024', start: '2022-01-01', end: '2024-12-31', precision: 'year' }, ['events[2].when.edtf: invalid EDTF "2022/2023/2024"']],
      ['a year with the wrong range', { edtf: '2024', start: '2024-01-01', end: '2024-12-30', precision: 'year' }, ['events[2].when.end: must be "2024-12-31" for edtf "2024"']],
      ['a month with the wrong start', { edtf: '2024-02', start: '2024-01-31', end: '2024-02-29', precision: 'month' }, ['events[2].when.start: must be "2024-02-01" for edtf "2024-02"']],
      ['a month missing its leap day', { edtf: '2024-02', start: '2024-02-01', end: '2024-02-28', precision: 'month' }, ['events[2].when.end: must be "2024-02-29" for edtf "2024-02"']],
      ['summer as June to September', { edtf: '2023-22', start: '2023-06-01', end: '2023-09-30', precision: 'season' }, ['events[2].when.end: must be "2023-08-31" for edtf "2023-22"']],
      ['winter within one year', { edtf: '2024-24', start: '2024-12-01', end: '2024-12-31', precision: 'season' }, ['events[2].when.end: must be "2025-02-28" for edtf "2024-24"']],
      ['spring from April', { edtf: '2024-21', start: '2024-04-01', end: '2024-05-31', precision: 'season' }, ['events[2].when.start: must be "2024-03-01" for edtf "2024-21"']],
      ['autumn into December', { edtf: '2024-23', start: '2024-09-01', end: '2024-12-31', precision: 'season' }, ['events[2].when.end: must be "2024-11-30" for edtf "2024-23"']],
      ['a day that is not the EDTF day', { edtf: '2024-05-14', start: '2024-05-15', end: '2024-05-15', precision: 'day' },
        ['events[2].when.start: must be "2024-05-14" for edtf "2024-05-14"', 'events[2].when.end: must be "2024-05-14" for edtf "2024-05-14"']],
      ['an interval with the wrong end', { edtf: '2024-03-12/2024-03-14', start: '2024-03-12', end: '2024-03-15', precision: 'day' }, ['events[2].when.end: must be "2024-03-14" for edtf "2024-03-12/2024-03-14"']],
      ['month precision for a year', { edtf: '2024', start: '2024-01-01', end: '2024-12-31', precision: 'month' }, ['events[2].when.precision: must be "year" for edtf "2024"']],
      ['day precision for a month', { edtf: '2024-05', start: '2024-05-01', end: '2024-05-31', precision: 'day' }, ['events[2].when.precision: must be "month" for edtf "2024-05"']],
      ['year precision for a season', { edtf: '2024-22', start: '2024-06-01', end: '2024-08-31', precision: 'year' }, ['events[2].when.precision: must be "season" for edtf "2024-22"']],
      ['season precision for a day', { edtf: '2024-05-14', start: '2024-05-14', end: '2024-05-14', precision: 'season' }, ['events[2].when.precision: must be "day" for edtf "2024-05-14"']],
      ['week precision for three days', { edtf: '2024-03-12/2024-03-14', start: '2024-03-12', end: '2024-03-14', precision: 'week' }, ['events[2].when.precision: must be "day" for edtf "2024-03-12/2024-03-14"']],
      ['week precision for eight days', { edtf: '2024-04-08/2024-04-15', start: '2024-04-08', end: '2024-04-15', precision: 'week' }, ['events[2].when.precision: must be "day" for edtf "2024-04-08/2024-04-15"']],
      ['week precision for a month', { edtf: '2024-04', start: '2024-04-01', end: '2024-04-30', precision: 'week' }, ['events[2].when.precision: must be "month" for edtf "2024-04"']],
      ['week precision for a year to a month', { edtf: '2023/2024-04', start: '2023-01-01', end: '2024-04-30', precision: 'week' }, ['events[2].when.precision: must be "year" or "month" for edtf "2023/2024-04"']],
      ['approximate without ~', { edtf: '2018', start: '2018-01-01', end: '2018-12-31', precision: 'year', approximate: true }, ['events[2].when.approximate: must be false for edtf "2018"']],
      ['not approximate with ~', { edtf: '2018~', start: '2018-01-01', end: '2018-12-31', precision: 'year', approximate: false }, ['events[2].when.approximate: must be true for edtf "2018~"']],
      ['uncertain without ?', { edtf: '2018~', start: '2018-01-01', end: '2018-12-31', precision: 'year', uncertain: true }, ['events[2].when.uncertain: must be false for edtf "2018~"']],
      ['not uncertain with ?', { edtf: '2018?', start: '2018-01-01', end: '2018-12-31', precision: 'year', uncertain: false }, ['events[2].when.uncertain: must be true for edtf "2018?"']],
      ['% without approximate and uncertain', { edtf: '2018%', start: '2018-01-01', end: '2018-12-31', precision: 'year', approximate: false, uncertain: false },
        ['events[2].when.approximate: must be true for edtf "2018%"', 'events[2].when.uncertain: must be true for edtf "2018%"']],
      ['an EDTF that is not a string', { edtf: 2018, start: '2018-01-01', end: '2018-12-31', precision: 'year' }, ['events[2].when.edtf: expected string, got 2018']],
      // decades
      ['year precision for 199X', { edtf: '199X', start: '1990-01-01', end: '1999-12-31', precision: 'year' }, ['events[2].when.precision: must be "decade" for edtf "199X"']],
      ['decade precision for years across two decades', { edtf: '1988/1991', start: '1988-01-01', end: '1991-12-31', precision: 'decade' }, ['events[2].when.precision: must be "year" for edtf "1988/1991"']],
      ['decade precision for years 1–5', { edtf: '1991/1995', start: '1991-01-01', end: '1995-12-31', precision: 'decade' }, ['events[2].when.precision: must be "year" for edtf "1991/1995"']],
      ['a decade that ends early', { edtf: '199X', start: '1990-01-01', end: '1998-12-31', precision: 'decade' }, ['events[2].when.end: must be "1999-12-31" for edtf "199X"']],
      ['a qualified decade', { edtf: '199X~', start: '1990-01-01', end: '1999-12-31', precision: 'decade' }, ['events[2].when.edtf: invalid EDTF "199X~"']],
      ['a century', { edtf: '19XX', start: '1900-01-01', end: '1999-12-31', precision: 'decade' }, ['events[2].when.edtf: invalid EDTF "19XX"']],
      // open spans
      ['an open end without open', { edtf: '2019/..', start: '2019-01-01', end: '2024-05-15', precision: 'year' }, ['events[2].when.open: must be "end" for edtf "2019/.."']],
      ['a deadline open at its end', { edtf: '[..2030]', start: '2024-05-15', end: '2030-12-31', precision: 'year', open: 'end' }, ['events[2].when.open: must be "start" for edtf "[..2030]"']],
      ['a closed date marked open', { edtf: '2024', start: '2024-01-01', end: '2024-12-31', precision: 'year', open: 'end' }, ['events[2].when.open: must be absent for edtf "2024" (a closed span)']],
      ['an unknown open side', { edtf: '2019/..', start: '2019-01-01', end: '2024-05-15', precision: 'year', open: 'both' }, ['events[2].when.open: unknown value "both" (allowed: start, end)']],
      ['"since" not closed at publication', { edtf: '2019/..', start: '2019-01-01', end: '2024-05-14', precision: 'year', open: 'end' }, ['events[2].when.end: must be "2024-05-15" for edtf "2019/.."']],
      ['a deadline not starting at publication', { edtf: '[..2030]', start: '2024-01-01', end: '2030-12-31', precision: 'year', open: 'start' }, ['events[2].when.start: must be "2024-05-15" for edtf "[..2030]"']],
      ['"until" with the wrong end', { edtf: '../2025-03', start: '2024-05-15', end: '2025-03-30', precision: 'month', open: 'start' }, ['events[2].when.end: must be "2025-03-31" for edtf "../2025-03"']],
      ['a season precision for a year deadline', { edtf: '[..2030]', start: '2024-05-15', end: '2030-12-31', precision: 'season', open: 'start' }, ['events[2].when.precision: must be "year" for edtf "[..2030]"']],
      ['"since" a date after publication', { edtf: '2030/..', start: '2030-01-01', end: '2024-05-15', precision: 'year', open: 'end' },
        ['events[2].when.end: is before start "2030-01-01"', 'events[2].when.edtf: open span "2030/.." does not reach article.published "2024-05-15"']],
      ['a deadline before publication', { edtf: '[..2020]', start: '2024-05-15', end: '2020-12-31', precision: 'year', open: 'start' },
        ['events[2].when.end: is before start "2024-05-15"', 'events[2].when.edtf: open span "[..2020]" does not reach article.published "2024-05-15"']],
      ['an open span of an interval', { edtf: '2019/2020/..', start: '2019-01-01', end: '2024-05-15', precision: 'year', open: 'end' }, ['events[2].when.edtf: invalid EDTF "2019/2020/.."']],
      ['an unknown end', { edtf: '2019/', start: '2019-01-01', end: '2024-05-15', precision: 'year' }, ['events[2].when.edtf: invalid EDTF "2019/"']],
      ['a deadline list', { edtf: '[..2030,2031]', start: '2024-05-15', end: '2031-12-31', precision: 'year', open: 'start' }, ['events[2].when.edtf: invalid EDTF "[..2030,2031]"']],
      // editor basis
      ['an editor date without its words and reason', { edtf: '2024-06-01/2024-09-30', start: '2024-06-01', end: '2024-09-30', precision: 'day', basis: 'editor' },
        ['events[2].when.phrase: is required when basis is "editor"', 'events[2].when.note: is required when basis is "editor"']],
      ['an editor date whose days are not its EDTF\'s', { edtf: '2024-06/2024-09', start: '2024-06-01', end: '2024-09-29', precision: 'month', basis: 'editor', phrase: 'the rains', note: 'n' },
        ['events[2].when.end: must be "2024-09-30" for edtf "2024-06/2024-09"']],
      // anchor
      ['an anchor that is no event', { edtf: '2011', start: '2011-01-01', end: '2011-12-31', precision: 'year', anchor: 'nope' }, ['events[2].when.anchor: no event "nope"']],
    ];

    for (const [name, when, expected] of cases) {
      it(`reports ${name}`, () => {
        expect(problemsOf(withWhen(when))).to.deep.equal(expected);
      });
    }

    it('closes open spans at the story\'s own publication day, and cannot without one', () => {
      const later = broken((s) => {
        s.article.published = '2025-01-31';
        s.events[2].when = { edtf: '2019/..', start: '2019-01-01', end: '2025-01-31', precision: 'year', basis: 'article', open: 'end' };
      });
      expectValid(later);
      later.article.published = '2025-02-30';
      expect(problemsOf(later)).to.deep.equal(['article.published: invalid day "2025-02-30"', 'events[2].when.edtf: invalid EDTF "2019/.."']);
    });

    it('checks the optional `since` of relations too', () => {
      const story = broken((s) => (s.relations[0].since.end = '2024-01-30'));
      expect(problemsOf(story)).to.deep.equal(['relations[0].since.end: must be "2024-01-31" for edtf "2024-01"']);
    });
  });

  describe('the model for real news', () => {
    const P4 = miniStory.article.paragraphs[3].text;
    const span = (paragraph: string, text: string, words: string) => ({ paragraph, start: text.indexOf(words), end: text.indexOf(words) + words.length });
    const reason = span('p4', P4, 'because she was not authorised to speak publicly');

    /** The mini story with every new field, valid. */
    const full = () =>
      broken((s) => {
        Object.assign(s.actors[5], { anonymityReason: { ...reason } });
        s.actors[2].metonyms = ['Ottawa'];
        Object.assign(s.quotes[2], { partial: true, nested: [{ start: 0, end: 9, speaker: 'ines-varga' }] });
        Object.assign(s.quotes[0], { medium: 'broadcast', channel: 'television' });
        s.events[3].status = 'conditional';
        s.events[3].condition = span('p4', P4, 'Construction is due to begin next summer');
        s.places[1].in = 'lakeport';
        s.places.push({ id: 'lake', name: 'Lake Ontario', kind: 'river', in: 'lakeport', fictional: true, mentions: [] });
        s.places.push({ id: 'free-state', name: 'Free State', kind: 'country', disputed: true, mentions: [] });
        s.places.push({ id: 'depot', name: 'Depot', kind: 'facility', mentions: [] });
        Object.assign(s.figures[0], { qualifier: 'about', currency: 'CAD', claimedBy: 'lakeport-council', actors: ['canada'], contests: ['votes-for'] });
        delete s.figures[0].unit;
        s.figures.push({ id: 'range', min: 200, max: 300, label: 'families', unit: 'families', sameAs: 'line-cost', source: s.figures[1].source });
        Object.assign(s.relations[1], { toKind: 'place', to: 'harbour-street' });
        Object.assign(s.relations[0], { fromKind: 'event', from: 'council-vote', toKind: 'quote', to: 'varga-sign' });
        s.corrections = [{ id: 'c1', text: P4.slice(0, 18), source: { paragraph: 'p4', start: 0, end: 18 }, says: 'x', items: [{ kind: 'figure', id: 'line-cost' }, { kind: 'place', id: 'lake' }] }];
      });

    it('accepts every new field', () => {
      expectValid(full());
    });

    const cases: [string, (s: Loose) => void, string[]][] = [
      // item 7: the words are the article's
      ['a quote whose text differs from its source', (s) => (s.quotes[0].text = 'This is the biggest thing Lakeport has built in forty years'),
        ['quotes[0].text: differs from its source, which reads "This is the biggest thing Lakeport has built in fifty years"']],
      ['a mention that is not a name of the actor', (s) => (s.actors[0].mentions[0].start += 1), ['actors[0].mentions[0]: reads "ara Okafor", not a name of the actor']],
      ['a correction whose text differs from its source', (s) => (s.corrections[0].text = 'A city engineer'), ['corrections[0].text: differs from its source, which reads "A council engineer"']],
      ['an anonymity reason past its paragraph', (s) => (s.actors[5].anonymityReason.end = 999), ['actors[5].anonymityReason.end: must be at most 274, the length of paragraph "p4"']],
      ['a condition in an unknown paragraph', (s) => (s.events[3].condition.paragraph = 'p9'), ['events[3].condition.paragraph: no paragraph "p9"']],
      // quotes
      ['a nested quote past the quote text', (s) => (s.quotes[2].nested[0].end = 36), ['quotes[2].nested[0].end: outside the quote\'s text (length 35)']],
      ['an empty nested quote', (s) => (s.quotes[2].nested[0].end = 0), ['quotes[2].nested[0].end: outside the quote\'s text (length 35)']],
      ['a nested quote by nobody', (s) => (s.quotes[2].nested[0].speaker = 'ghost'), ['quotes[2].nested[0].speaker: no actor "ghost"']],
      ['a channel for a spoken quote', (s) => (s.quotes[0].medium = 'spoken'), ['quotes[0].channel: only for medium "broadcast"']],
      ['an unknown channel', (s) => (s.quotes[0].channel = 'podcast'), ['quotes[0].channel: unknown value "podcast" (allowed: radio, television, online)']],
      ['partial that is not a boolean', (s) => (s.quotes[2].partial = 'yes'), ['quotes[2].partial: expected boolean, got string']],
      // actors
      ['metonyms that are not strings', (s) => (s.actors[2].metonyms = [1]), ['actors[2].metonyms[0]: expected string, got 1']],
      // events
      ['an unknown status', (s) => (s.events[0].status = 'rumoured'), ['events[0].status: unknown value "rumoured" (allowed: past, ongoing, planned, expected, threatened, conditional)']],
      ['a past event after publication (no status)', (s) => delete s.events[3].status, ['events[3].condition: only for status "conditional"', 'events[3].when: "past", but it ends after the publication day "2024-05-15"']],
      ['a past event after publication', (s) => ((s.events[3].status = 'past'), delete s.events[3].condition), ['events[3].status: "past", but it ends after the publication day "2024-05-15"']],
      ['a planned event before publication', (s) => (s.events[2].status = 'planned'), ['events[2].status: "planned", but it starts before the publication day "2024-05-15"']],
      ['an ongoing event that excludes publication', (s) => (s.events[2].status = 'ongoing'), ['events[2].status: "ongoing", but it excludes the publication day "2024-05-15"']],
      ['a conditional event without a condition', (s) => delete s.events[3].condition, ['events[3].condition: missing']],
      ['a condition on a planned event', (s) => (s.events[3].status = 'planned'), ['events[3].condition: only for status "conditional"']],
      // places
      ['an unknown place kind', (s) => (s.places[4].kind = 'lake'), ['places[4].kind: unknown value "lake" (allowed: city, country, region, site, river, facility)']],
      ['a place in an unknown place', (s) => (s.places[1].in = 'atlantis'), ['places[1].in: no place "atlantis"']],
      ['a place in itself', (s) => (s.places[1].in = 'harbour-street'), ['places[1].in: forms a cycle']],
      ['places in each other', (s) => (s.places[0].in = 'harbour-street'), ['places[0].in: forms a cycle']],
      ['a country without an ISO code', (s) => delete s.places[3].disputed, ['places[3]: a country needs its ISO code, unless fictional or disputed']],
      ['a fictional place with coordinates', (s) => (s.places[2].coordinates = [1, 2]), ['places[2].coordinates: not for a fictional place']],
      // figures
      ['a figure without a value or range', (s) => delete s.figures[0].value, ['figures[0]: needs a value, or min and max']],
      ['a figure with a value and a range', (s) => (s.figures[2].value = 250), ['figures[2]: needs a value, or min and max']],
      ['half a range', (s) => delete s.figures[2].max, ['figures[2].max: missing']],
      ['a range upside down', (s) => Object.assign(s.figures[2], { min: 300, max: 200 }), ['figures[2].max: must be greater than min (300)']],
      ['a range of one number', (s) => (s.figures[2].max = 200), ['figures[2].max: must be greater than min (200)']],
      ['a figure without unit or currency', (s) => delete s.figures[0].currency, ['figures[0]: needs a unit or a currency']],
      ['a currency that is not a code', (s) => (s.figures[0].currency = 'cad'), ['figures[0].currency: invalid currency code "cad"']],
      ['an unknown qualifier', (s) => (s.figures[0].qualifier = 'roughly'), ['figures[0].qualifier: unknown value "roughly" (allowed: about, some, nearly, almost, more-than, at-least, no-more-than, up-to, fewer-than)']],
      ['a claim by nobody', (s) => (s.figures[0].claimedBy = 'ghost'), ['figures[0].claimedBy: no actor "ghost"']],
      ['a figure about nobody', (s) => (s.figures[0].actors[0] = 'ghost'), ['figures[0].actors[0]: no actor "ghost"']],
      ['the same amount as no figure', (s) => (s.figures[2].sameAs = 'ghost'), ['figures[2].sameAs: no figure "ghost"']],
      ['the same amount as itself', (s) => (s.figures[2].sameAs = 'range'), ['figures[2].sameAs: is the figure itself']],
      ['a contest of no figure', (s) => (s.figures[0].contests[0] = 'lakeport'), ['figures[0].contests[0]: no figure "lakeport"']],
      // relations
      ['a relation to an actor id as a place', (s) => (s.relations[1].to = 'lakeport-council'), ['relations[1].to: no place "lakeport-council"']],
      ['a relation from a place id as an event', (s) => (s.relations[0].from = 'lakeport'), ['relations[0].from: no event "lakeport"']],
      ['a relation from an actor without fromKind', (s) => delete s.relations[0].fromKind, ['relations[0].from: no actor "council-vote"']],
      ['an unknown item kind', (s) => (s.relations[0].toKind = 'story'), ['relations[0].toKind: unknown value "story" (allowed: actor, place, event, quote, figure)']],
      // corrections
      ['a correction about no figure', (s) => (s.corrections[0].items[0].id = 'ghost'), ['corrections[0].items[0].id: no figure "ghost"']],
      ['a correction item of no kind', (s) => (s.corrections[0].items[0].kind = 'story'), ['corrections[0].items[0].kind: unknown value "story" (allowed: actor, place, event, quote, figure)']],
      ['duplicate correction ids', (s) => s.corrections.push(structuredClone(s.corrections[0])), ['corrections[1].id: duplicate id "c1"']],
      ['corrections that are not a list', (s) => (s.corrections = {}), ['corrections: expected array, got object']],
      ['an unknown field in a correction', (s) => (s.corrections[0].note = 'x'), ['corrections[0].note: unknown field']],
    ];

    for (const [name, breakIt, expected] of cases) {
      it(`reports ${name}`, () => {
        const story = full();
        breakIt(story);
        expect(problemsOf(story)).to.deep.equal(expected);
      });
    }

    it('reports a quote that differs from its source sentence even when everything else is right', () => {
      // the same length, one word changed: only the text comparison can catch it
      const story = broken((s) => (s.quotes[2].text = 'Tram yes, bulldozers at my door NO.'));
      expect(problemsOf(story)).to.deep.equal(['quotes[2].text: differs from its source, which reads "Tram yes, bulldozers at my door no."']);
    });
  });

  describe('in slices (validateStoryInSlices)', () => {
    /** The mini story with `n` more events, copies of its first with new ids. */
    function long(n: number): Loose {
      return broken((s) => {
        for (let i = 0; i < n; i++) s.events.push({ ...structuredClone(s.events[0]), id: `copy-${i}` });
      });
    }
    /** A pause that counts, and meanwhile validates another story at once (the page may do that). */
    function pauses() {
      const counted = { n: 0, pause: async () => {
        counted.n++;
        validateStory(broken((s) => (s.actors[0].kind = 'robot')));
        await new Promise((resolve) => setTimeout(resolve));
      } };
      return counted;
    }

    it('gives a long valid story, across many pauses, as validateStory does', async () => {
      const story = long(3000);
      const counted = pauses();
      const result = await validateStoryInSlices(story, () => false, counted.pause, 0);
      expect(counted.n).to.be.above(20);
      expect(result).to.deep.equal({ ok: true, story });
      expect(result?.ok && result.story).to.equal(story);
    });

    it('reports the same problems, in the same order, with their paths', async () => {
      const story = long(3000);
      story.events[5].id = story.events[3000].id;
      story.events[1500].actors.push('nobody');
      story.events[2999].when.start = '2024-02-30';
      delete story.events[2000].title;
      story.events[2500].colour = 'red';
      story.actors[0].affiliations.push('ghost');
      story.extra = true;
      const expected = problemsOf(story);
      expect(expected).to.have.length(7);
      const counted = pauses();
      const result = await validateStoryInSlices(story, () => false, counted.pause, 0);
      expect(counted.n).to.be.above(20);
      expect(result?.ok === false && result.problems.map(formatProblem)).to.deep.equal(expected);
    });

    it('counts the problems past 1,000 as validateStory does', async () => {
      const story = long(1500);
      for (const e of story.events) e.actors = ['nobody'];
      const expected = validateStory(story);
      const result = await validateStoryInSlices(story, () => false, pauses().pause, 0);
      expect(result).to.deep.equal(expected);
      expect(result?.ok === false && result.problems.at(-1)).to.deep.equal({ path: '', message: 'and 504 more problems' });
    });

    it('stops, resolving to null, once told the story was replaced', async () => {
      let n = 0;
      const result = await validateStoryInSlices(long(3000), () => ++n > 2, () => Promise.resolve(), 0);
      expect([result, n]).to.deep.equal([null, 3]);
    });

    it('takes a small story in one slice', async () => {
      const counted = pauses();
      expect(await validateStoryInSlices(miniStory, () => false, counted.pause)).to.deep.equal({ ok: true, story: miniStory });
      expect(counted.n).to.equal(0);
    });
  });
});
