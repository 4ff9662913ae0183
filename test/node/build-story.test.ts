/**
 * The story builder (scripts/build-story.ts): verification of quotes, evidence, mentions and
 * dates on small fixture articles, determinism, `--check`, and the committed data.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import edtf, { parse as parseWithPackage } from 'edtf';
import { stringify } from 'yaml';
import { buildStory, type BuildResult } from '../../src/builder/build.js';
import { parseEdtf } from '../../src/builder/edtf.js';
import { formatBuildError } from '../../src/builder/errors.js';
import { resolvePhrase } from '../../src/builder/relative-dates.js';
import { runBuild } from '../../src/builder/run.js';
import { validateStory } from '../../src/story/validate.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DATA = join(ROOT, 'data');

const ARTICLE = [
  'Thousands marched in Lakeport on Saturday, as they did last summer.',
  '“We don’t forget,” said Ana Diallo, a teacher. “Never again.”',
  'Gen. Ana Diallo met General Diallo’s staff last month in Lakeport. The mayor-elect stayed away.',
  'The council bought boats in 2016 and signed a rescue agreement two years later.',
  'The river rose in July.',
  'The river rose again this past week, by 3 metres.',
].join('\n');

type Fixture = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A valid annotation of ARTICLE; tests break one thing at a time. */
function fixture(): Fixture {
  return {
    article: { headline: 'Floods', published: '2024-04-13', byline: [], contributors: [], language: 'en' },
    actors: [
      { id: 'diallo', name: 'Ana Diallo', kind: 'person', role: 'a teacher', aliases: ['Gen. Ana Diallo', 'General Diallo'] },
      { id: 'council', name: 'Council', kind: 'organization', aliases: ['The council'] },
    ],
    quotes: [
      { id: 'q1', text: 'We don’t forget', speaker: 'diallo', medium: 'spoken' },
      { id: 'q2', text: 'Never again.', speaker: 'diallo', medium: 'spoken', continues: 'q1' },
    ],
    events: [
      {
        id: 'march', title: 'March in Lakeport', actors: ['diallo'], places: ['lakeport'],
        when: { edtf: '2024-04-13', phrase: 'on Saturday', basis: 'resolved' },
        evidence: 'Thousands marched in Lakeport on Saturday',
      },
      {
        id: 'boats', title: 'Boats bought', actors: ['council'], places: [],
        when: { edtf: '2016', phrase: 'in 2016', basis: 'article' },
        evidence: 'The council bought boats in 2016',
      },
      {
        id: 'agreement', title: 'Rescue agreement', actors: ['council'], places: [],
        when: { edtf: '2018~', phrase: 'two years later', basis: 'resolved', relativeTo: 'boats' },
        evidence: 'signed a rescue agreement two years later',
      },
    ],
    places: [{ id: 'lakeport', name: 'Lakeport', kind: 'city', coordinates: [1.5, 2.5] }],
    figures: [{ id: 'rise', value: 3, unit: 'metres', label: 'River rise', evidence: 'by 3 metres' }],
    relations: [],
  };
}

function build(annotation: Fixture, article = ARTICLE): BuildResult {
  return buildStory({ id: 'fixture', articleText: article, yamlText: stringify(annotation), yamlFile: 'story.yaml' });
}

function messages(result: BuildResult): string[] {
  return result.errors.map(formatBuildError);
}

/** Asserts that exactly one error matches every pattern given, and returns it. */
function errorMatching(result: BuildResult, ...patterns: RegExp[]): string {
  const found = messages(result).filter((m) => patterns.every((p) => p.test(m)));
  assert.equal(found.length, 1, `expected one error matching ${patterns.join(' and ')}; got:\n${messages(result).join('\n')}`);
  return found[0];
}

const temps: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'build-story-'));
  temps.push(dir);
  return dir;
}
after(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('build-story: the fixture', () => {
  it('builds without errors', () => {
    const result = build(fixture());
    assert.deepEqual(messages(result), []);
    assert.ok(result.story && result.json);
  });

  it('records quote offsets that slice back to the exact text', () => {
    const story = build(fixture()).story;
    assert.ok(story);
    for (const quote of story.quotes) {
      const text: string | undefined = story.article.paragraphs.find((p) => p.id === quote.source.paragraph)?.text;
      assert.equal(text?.slice(quote.source.start, quote.source.end), quote.text);
    }
    assert.deepEqual(story.quotes[0].source, { paragraph: 'p2', start: 1, end: 16 });
  });

  it('splits paragraphs on non-empty lines, numbered in order', () => {
    const { story } = build(fixture(), `\n${ARTICLE.replace('\n', '\r\n\r\n')}\n\n`);
    assert.deepEqual(story?.article.paragraphs.map((p) => p.id), ['p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
  });
});

describe('build-story: quotes', () => {
  it('fails on a straight apostrophe where the article has a curly one, naming the quote and the nearest paragraph', () => {
    const a = fixture();
    a.quotes[0].text = "We don't forget";
    const message = errorMatching(build(a), /quotes\[q1\]\.text/);
    assert.match(message, /"We don't forget" is not in the article/);
    assert.match(message, /nearest is p2, where only the quote characters differ/);
    assert.match(message, /U\+2019/);
  });

  it('fails on a one-character change, naming the quote and where the words diverge', () => {
    const a = fixture();
    a.quotes[1].text = 'Never agian.';
    const message = errorMatching(build(a), /quotes\[q2\]\.text/);
    assert.match(message, /nearest is p2: the first 8 characters match/);
  });

  it('fails when a quote continues a quote of another speaker or a missing one', () => {
    const a = fixture();
    a.quotes[1].speaker = 'council';
    a.quotes.push({ id: 'q3', text: 'Never again', speaker: 'diallo', medium: 'spoken', continues: 'nope', paragraph: 'p2' });
    const result = build(a);
    errorMatching(result, /quotes\[q2\]\.continues: quote "q1" has another speaker/);
    errorMatching(result, /quotes\[q3\]\.continues: no quote "nope"/);
  });
});

describe('build-story: evidence', () => {
  it('fails when the evidence occurs twice and no paragraph is named, listing the paragraphs', () => {
    const a = fixture();
    a.figures.push({ id: 'river', value: 1, unit: 'river', label: 'River', evidence: 'The river rose' });
    errorMatching(build(a), /figures\[river\]\.evidence: "The river rose" occurs 2 times, in p5, p6; name one with "paragraph:"/);
  });

  it('accepts twice-found evidence in the paragraph the annotation names', () => {
    const a = fixture();
    a.figures.push({ id: 'river', value: 1, unit: 'river', label: 'River', evidence: 'The river rose', paragraph: 'p6' });
    const { story } = build(a);
    assert.deepEqual(story?.figures[1].source, { paragraph: 'p6', start: 0, end: 14 });
  });

  it('fails when the evidence is not in the article, or not in the named paragraph', () => {
    const a = fixture();
    a.events[0].evidence = 'Thousands marched in Lakeport on Sunday';
    a.figures[0].paragraph = 'p5';
    const result = build(a);
    errorMatching(result, /events\[march\]\.evidence: "Thousands marched in Lakeport on Sunday" is not in the article; nearest is p1/);
    errorMatching(result, /figures\[rise\]\.evidence: "by 3 metres" is not in p5 but occurs in p6/);
  });

  it('fails when a figure value is not a number its evidence gives', () => {
    const a = fixture();
    a.figures[0].value = 30;
    errorMatching(build(a), /figures\[rise\]\.value: 30 is not a number the evidence gives \(it has 3\)/);
  });

  it('collects every error before failing', () => {
    const a = fixture();
    a.quotes[0].text = 'We never forget';
    a.events[0].evidence = 'nowhere';
    a.events[0].actors = ['ghost'];
    a.figures[0].evidnce = 'typo';
    const result = build(a);
    assert.equal(result.story, undefined);
    assert.ok(result.errors.length >= 4, messages(result).join('\n'));
    errorMatching(result, /figures\[rise\]\.evidnce: unknown field/);
    errorMatching(result, /events\[march\]\.actors: no actor "ghost"/);
  });
});

describe('build-story: mentions', () => {
  it('finds whole-word mentions, longest name first, so a title is not counted twice', () => {
    const { story } = build(fixture());
    const diallo = story?.actors.find((x) => x.id === 'diallo');
    const words = (m: { paragraph: string; start: number; end: number }) =>
      story?.article.paragraphs.find((p) => p.id === m.paragraph)?.text.slice(m.start, m.end);
    assert.deepEqual(diallo?.mentions.map((m) => `${m.paragraph}:${words(m)}`), ['p2:Ana Diallo', 'p3:Gen. Ana Diallo', 'p3:General Diallo']);
  });

  it('does not match inside longer words or hyphenated compounds, and honours ignore', () => {
    const a = fixture();
    a.actors.push({ id: 'mayor', name: 'mayor', kind: 'person' });
    a.places.push({ id: 'lake', name: 'Lake', kind: 'region' });
    errorMatching(build(a), /actors\[mayor\]\.mentions: the actor is never mentioned/);
    errorMatching(build(a), /places\[lake\]\.mentions: the place is never mentioned/);
    a.actors[2].name = 'Ana';
    a.actors[2].ignore = ['Ana Diallo'];
    errorMatching(build(a), /actors\[mayor\]\.mentions: the actor is never mentioned/);
  });

  it('fails for an actor without any mention, and for an alias the article never uses', () => {
    const a = fixture();
    a.actors.push({ id: 'ghost', name: 'Nobody Here', kind: 'person', aliases: ["General Diallo's"] });
    const result = build(a);
    errorMatching(result, /actors\[ghost\]\.mentions: the actor is never mentioned: neither its name "Nobody Here" nor an alias/);
    errorMatching(result, /actors\[ghost\]\.aliases: alias "General Diallo's" is not in the article; nearest is p3, where only the quote characters differ/);
  });

  it('fails on references to missing actors and places', () => {
    const a = fixture();
    a.events[0].places = ['atlantis'];
    a.quotes[0].speaker = 'ghost';
    a.actors[0].affiliations = ['nobody'];
    const result = build(a);
    errorMatching(result, /events\[march\]\.places: no place "atlantis"/);
    errorMatching(result, /quotes\[q1\]\.speaker: no actor "ghost"/);
    errorMatching(result, /actors\[diallo\]\.affiliations: no actor "nobody"/);
  });
});

describe('build-story: EDTF', () => {
  const range = (edtf: string) => {
    const r = parseEdtf(edtf);
    assert.ok(r.ok, r.ok ? '' : r.error);
    return r.date;
  };

  it('reads a season as northern meteorological months, not calendar quarters', () => {
    assert.deepEqual(range('2023-22'), { start: '2023-06-01', end: '2023-08-31', precision: 'season', approximate: false, uncertain: false });
    assert.deepEqual([range('2023-21').start, range('2023-21').end], ['2023-03-01', '2023-05-31']);
    assert.deepEqual([range('2023-23').start, range('2023-23').end], ['2023-09-01', '2023-11-30']);
    assert.deepEqual([range('2023-24').start, range('2023-24').end], ['2023-12-01', '2024-02-29']);
  });

  it('reads months, years, days, qualifiers and intervals', () => {
    assert.deepEqual(range('2024-03'), { start: '2024-03-01', end: '2024-03-31', precision: 'month', approximate: false, uncertain: false });
    assert.deepEqual(range('2018~'), { start: '2018-01-01', end: '2018-12-31', precision: 'year', approximate: true, uncertain: false });
    assert.equal(range('2018?').uncertain, true);
    assert.deepEqual([range('2018%').approximate, range('2018%').uncertain], [true, true]);
    assert.equal(range('2024-02-29').precision, 'day');
    assert.equal(range('2024-04-07/2024-04-13').precision, 'week');
    assert.equal(range('2024-03-12/2024-03-14').precision, 'day');
    assert.equal(range('2023-07/2024-04-13').precision, 'month');
  });

  it('rejects what it cannot read exactly', () => {
    for (const bad of ['2023-02-29', '2023-13', '2023-25', '2024-04-13/..', '2024/2023', 'summer 2023', '23', '2024-W15']) {
      assert.equal(parseEdtf(bad).ok, false, bad);
    }
  });

  const error = (text: string) => {
    const r = parseEdtf(text);
    assert.equal(r.ok, false, text);
    return r.ok ? '' : r.error;
  };
  /** The package's parser options the builder uses (qualified seasons, season intervals). */
  const PACKAGE_OPTIONS = { seasonIntervals: true, seasonUncertainty: true };

  it('lets the edtf package parse, and reports its verdict on what is not EDTF', () => {
    // The package rejects 2023-02-30 at its 9th character; the builder says so.
    assert.throws(() => parseWithPackage('2023-02-30'), /Syntax error at line 1 col 9/);
    assert.equal(
      error('2023-02-30'),
      '"2023-02-30" is not valid EDTF (edtf package: syntax error at character 9: unexpected "3"); use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-SS for a season 21-24, optionally followed by ~, ? or %, YYYX for a decade, start/end, or an open span X/.., ../X, [..X]',
    );
    assert.match(error('2023-13'), /^"2023-13" is not valid EDTF \(edtf package: syntax error at character 7: unexpected "3"\)/);
    assert.match(error('2024-W15'), /edtf package: syntax error at character 6: unexpected "W"/);
    assert.match(error('Y2024'), /edtf package: No possible parsings/);
    // The package takes 2023-02-29 for 2023-03-01; the builder checks the day it computes.
    assert.equal(edtf('2023-02-29').edtf, '2023-03-01');
    assert.equal(error('2023-02-29'), '"2023-02-29": no such day (the edtf package reads it as 2023-03-01)');
    // Days come from the package's min/max: its reading of a leap day, a month, a year.
    assert.deepEqual([range('2024-02-29').start, range('2024-02').end, range('2023-02').end], ['2024-02-29', '2024-02-29', '2023-02-28']);
    assert.equal(new Date(edtf('2024-02').max).toISOString(), '2024-02-29T23:59:59.999Z');
  });

  it('uses its own season table, not the package\'s calendar quarters', () => {
    // To the package, "summer" 2023-22 is the second quarter, April–June.
    const quarter = edtf('2023-22');
    assert.deepEqual([new Date(quarter.min).toISOString().slice(0, 10), new Date(quarter.max).toISOString().slice(0, 10)], ['2023-04-01', '2023-06-30']);
    const days = (text: string) => `${range(text).start}..${range(text).end}`;
    assert.equal(days('2023-21'), '2023-03-01..2023-05-31');
    assert.equal(days('2023-22'), '2023-06-01..2023-08-31');
    assert.equal(days('2023-23'), '2023-09-01..2023-11-30');
    assert.equal(days('2023-24'), '2023-12-01..2024-02-29');
    assert.equal(days('2022-24'), '2022-12-01..2023-02-28');
    // Qualified seasons and season intervals (off by default in the package) use the table too.
    assert.deepEqual(range('2023-22~'), { start: '2023-06-01', end: '2023-08-31', precision: 'season', approximate: true, uncertain: false });
    assert.deepEqual(range('2023-22%/2023-24?'), { start: '2023-06-01', end: '2024-02-29', precision: 'season', approximate: true, uncertain: true });
    assert.equal(days('2023-21/2023-24'), '2023-03-01..2024-02-29');
    assert.equal(error('2023-24/2023-22'), '"2023-24/2023-22": the interval ends before it starts');
    assert.match(error('2023-22/2024-04'), /^"2023-22\/2024-04": an interval may pair a season only with another season \(edtf package: syntax error/);
  });

  it('reports valid EDTF that the story format does not support as a clear error', () => {
    const cases: [string, RegExp][] = [
      ['19XX', /^"19XX" is valid EDTF, but a date with unspecified digits \(X\) other than a decade YYYX is not supported \(use YYYY, /],
      ['2024-04-1X', /unspecified digits \(X\)/],
      ['201X-22', /unspecified digits \(X\)/],
      ['2023-25', /^"2023-25": 25 is neither a month \(01-12\) nor a season \(21-24\)$/],
      ['2023-41', /^"2023-41": 41 is neither a month \(01-12\) nor a season \(21-24\)$/],
      ['[2015,2018]', /^"\[2015,2018\]" is valid EDTF, but a set of dates, one of which is meant/],
      ['{2015,2018}', /^"\{2015,2018\}" is valid EDTF, but a list of dates/],
      ['201', /^"201" is valid EDTF, but a decade in level-2 notation \(write a decade YYYX, e\.g\. 199X\) is not supported/],
      ['20', /^"20" is valid EDTF, but a century is not supported/],
      ['Y17000', /long-year or significant-digit notation/],
      ['-0100', /a year outside 0000-9999/],
      ['2024-04-13T10:00:00Z', /a date with a time of day/],
      ['2016?-05', /a qualifier \(~ \? %\) on part of a date/],
      ['2016-05?-31', /a qualifier \(~ \? %\) on part of a date/],
      ['?2016-?05', /^"\?2016-\?05" is valid EDTF, but write it "2016-05\?": a qualifier \(~ \? %\) goes at the end of the whole date/],
      // open spans are closed at the publication day, which parseEdtf needs (see build-date.test.ts)
      ['2024-04-13/..', /^"2024-04-13\/\.\.": an open end is closed at the publication day, which is not known here$/],
      ['../2024', /an open start is closed at the publication day/],
      ['2024/', /^"2024\/": unknown interval ends are not supported/],
      ['2023-25/2023-26', /^"2023-25": 25 is neither a month/],
    ];
    for (const [text, message] of cases) {
      assert.doesNotThrow(() => parseWithPackage(text, PACKAGE_OPTIONS), `the package reads ${text}`);
      assert.match(error(text), message, text);
    }
    const a = fixture();
    a.events[1].when.edtf = '19XX';
    errorMatching(build(a), /^story\.yaml: events\[boats\]\.when\.edtf: "19XX" is valid EDTF, but a date with unspecified digits/);
  });

  it('accepts only what the story validator accepts, with the same days', () => {
    const singles = ['2023', '0000', '2024-02', '2023-12', '2024-02-29', '2023-12-31', '2023-21', '2023-24', '2024-24'];
    const texts = singles.flatMap((d) => ['', '~', '?', '%'].map((q) => d + q));
    for (const a of singles) for (const b of singles) texts.push(`${a}/${b}`, `${a}~/${b}?`);
    const built = build(fixture()).story;
    assert.ok(built);
    let accepted = 0;
    for (const text of texts) {
      const r = parseEdtf(text);
      if (!r.ok) continue;
      accepted++;
      const story = structuredClone(built);
      const { start, end, precision, approximate, uncertain } = r.date;
      story.events[1].when = { edtf: text, start, end, precision, ...(approximate ? { approximate } : {}), ...(uncertain ? { uncertain } : {}), basis: 'article' };
      const validation = validateStory(story);
      assert.ok(validation.ok, `${text}: ${validation.ok ? '' : JSON.stringify(validation.problems)}`);
    }
    assert.equal(accepted, 98); // 36 dates, 62 intervals; the others end before they start or pair a season with a month, day or year
  });
});

describe('build-story: relative dates against Saturday 2024-04-13', () => {
  const resolved = (phrase: string, anchor?: { start: string; end: string }) => {
    const r = resolvePhrase(phrase, '2024-04-13', anchor);
    assert.equal(r.kind, 'resolved', phrase);
    return r.kind === 'resolved' ? `${r.range.start}..${r.range.end}` : '';
  };

  it('resolves the article phrases', () => {
    assert.equal(resolved('last summer'), '2023-06-01..2023-08-31');
    assert.equal(resolved('last month'), '2024-03-01..2024-03-31');
    assert.equal(resolved('Last month'), '2024-03-01..2024-03-31');
    assert.equal(resolved('this past week'), '2024-04-07..2024-04-13');
    assert.equal(resolved('on Saturday'), '2024-04-13..2024-04-13');
    assert.equal(resolved('on Friday'), '2024-04-12..2024-04-12');
    assert.equal(resolved('in July'), '2023-07-01..2023-07-31');
    assert.equal(resolved('in April'), '2024-04-01..2024-04-13'); // cut at publication: a past event
    assert.equal(resolved('last year'), '2023-01-01..2023-12-31');
    assert.equal(resolved('in 2016'), '2016-01-01..2016-12-31');
    assert.equal(resolved('two years later', { start: '2016-01-01', end: '2016-12-31' }), '2018-01-01..2018-12-31');
    assert.equal(resolved('three months earlier', { start: '2024-03-01', end: '2024-03-31' }), '2023-12-01..2023-12-31');
  });

  it('asks for an anchor, and does not guess unknown phrases', () => {
    assert.equal(resolvePhrase('two years later', '2024-04-13').kind, 'needs-anchor');
    assert.equal(resolvePhrase('in recent years', '2024-04-13').kind, 'unknown');
  });

  it('builds start, end and precision from the EDTF, keeping phrase and basis', () => {
    const { story } = build(fixture());
    assert.deepEqual(story?.events.map((e) => e.when), [
      { edtf: '2024-04-13', start: '2024-04-13', end: '2024-04-13', precision: 'day', phrase: 'on Saturday', basis: 'resolved' },
      { edtf: '2016', start: '2016-01-01', end: '2016-12-31', precision: 'year', phrase: 'in 2016', basis: 'article' },
      { edtf: '2018~', start: '2018-01-01', end: '2018-12-31', precision: 'year', approximate: true, phrase: 'two years later', basis: 'resolved', anchor: 'boats' },
    ]);
  });

  it('fails when the phrase resolves to other days than the EDTF says', () => {
    const a = fixture();
    a.events.push({
      id: 'flood', title: 'Flood', actors: [], places: [], evidence: 'The river rose in July',
      when: { edtf: '2024-07', phrase: 'in July', basis: 'resolved' },
    });
    a.events[2].when.edtf = '2019';
    const result = build(a);
    errorMatching(result, /events\[flood\]\.when\.edtf: "in July" resolves against publication day 2024-04-13 to 2023-07-01\.\.2023-07-31.*but edtf "2024-07" denotes 2024-07-01\.\.2024-07-31/);
    errorMatching(result, /events\[agreement\]\.when\.edtf: "two years later" resolves against event "boats"/);
  });

  it('fails when the phrase is not in the evidence paragraph, or a relative phrase has no anchor', () => {
    const a = fixture();
    a.events[0].when.phrase = 'last summer';
    a.events[0].evidence = 'in Lakeport on Saturday';
    a.events[0].when.edtf = '2023-22';
    delete a.events[2].when.relativeTo;
    const result = build(a);
    errorMatching(result, /events\[agreement\]\.when\.relativeTo: "two years later" counts from another event/);
    assert.deepEqual(messages(result).filter((m) => m.includes('events[march]')), []); // "last summer" is in p1 too
    a.events[0].when.phrase = 'last month';
    a.events[0].when.edtf = '2024-03';
    errorMatching(build(a), /events\[march\]\.when\.phrase: "last month" is not in p1, the paragraph of the evidence/);
  });

  it('requires a note for an external date, and keeps it inside the article phrase', () => {
    const a = fixture();
    a.events[0].when = { edtf: '2024-04-13', phrase: 'on Saturday', basis: 'external' };
    errorMatching(build(a), /events\[march\]\.when\.note: is required when basis is "external"/);
    a.events[0].when.note = 'Police report.';
    assert.deepEqual(messages(build(a)), []);
    a.events[0].when.edtf = '2024-04-14';
    errorMatching(build(a), /events\[march\]\.when\.edtf: the outside date disagrees with the article/);
  });
});

describe('build-story: output', () => {
  it('is deterministic: the same input gives the same bytes', () => {
    const first = build(fixture()).json;
    const second = build(fixture()).json;
    assert.ok(first);
    assert.equal(first, second);
    assert.ok(first.endsWith('}\n'));
    assert.match(first, /^\{\n {2}"version": 1,\n {2}"id": "fixture",\n {2}"article": \{/);
  });

  it('runs the story validator on the result', () => {
    const a = fixture();
    a.article.language = 'english!';
    a.article.url = 'javascript:alert(1)';
    const result = build(a);
    errorMatching(result, /story validation: article\.language: invalid language tag/);
    errorMatching(result, /story validation: article\.url: not an http\(s\) URL/);
  });

  it('writes story.json twice with the same bytes, and --check fails when it is stale', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'fixture'));
    writeFileSync(join(dir, 'fixture', 'article.txt'), ARTICLE);
    writeFileSync(join(dir, 'fixture', 'story.yaml'), stringify(fixture()));
    assert.equal(runBuild({ dataDir: dir }).ok, true);
    const bytes = readFileSync(join(dir, 'fixture', 'story.json'));
    assert.equal(runBuild({ dataDir: dir }).ok, true);
    assert.deepEqual(readFileSync(join(dir, 'fixture', 'story.json')), bytes);
    assert.equal(runBuild({ dataDir: dir, check: true }).ok, true);

    const a = fixture();
    a.actors[0].role = 'a retired teacher';
    writeFileSync(join(dir, 'fixture', 'story.yaml'), stringify(a));
    const check = runBuild({ dataDir: dir, check: true });
    assert.equal(check.ok, false);
    assert.match(check.errors.join('\n'), /fixture\/story\.json: is out of date with story\.yaml and article\.txt; run `npm run data`/);
    assert.deepEqual(readFileSync(join(dir, 'fixture', 'story.json')), bytes, '--check writes nothing');

    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'build-story.ts'), '--check', '--data-dir', dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stderr, /is out of date/);
  });
});

describe('build-story: data/', () => {
  const stories = readdirSync(DATA, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

  it('builds every story with zero errors, and each committed story.json is up to date', () => {
    assert.ok(stories.length > 0);
    const result = runBuild({ dataDir: DATA, check: true });
    assert.deepEqual(result.errors, []);
    assert.equal(result.ok, true);
  });

  it('annotates niamey-protests-2024 completely', () => {
    const story = JSON.parse(readFileSync(join(DATA, 'niamey-protests-2024', 'story.json'), 'utf8'));
    assert.ok(story.actors.length >= 25, `actors: ${story.actors.length}`);
    assert.ok(story.quotes.length >= 10, `quotes: ${story.quotes.length}`);
    assert.ok(story.events.length >= 10, `events: ${story.events.length}`);
    assert.equal(readFileSync(join(DATA, 'niamey-protests-2024', 'article.txt'), 'utf8').split('\n').filter((l) => l.trim()).length, story.article.paragraphs.length);
    for (const quote of story.quotes) {
      const text = story.article.paragraphs.find((p: { id: string }) => p.id === quote.source.paragraph).text;
      assert.equal(text.slice(quote.source.start, quote.source.end), quote.text, quote.id);
    }
  });

  it('fails, naming the quote, when one character of any quote in niamey-protests-2024 changes', () => {
    const source = join(DATA, 'niamey-protests-2024');
    const yaml = readFileSync(join(source, 'story.yaml'), 'utf8');
    const story = JSON.parse(readFileSync(join(source, 'story.json'), 'utf8'));
    const article = readFileSync(join(source, 'article.txt'), 'utf8');
    for (const quote of story.quotes as Array<{ id: string; text: string }>) {
      const line = `text: ${JSON.stringify(quote.text)}`;
      assert.ok(yaml.includes(line), `${quote.id} is written as ${line}`);
      const changed = quote.text.replace(/[a-z]/, (c) => (c === 'x' ? 'y' : 'x'));
      const result = buildStory({
        id: 'niamey-protests-2024', articleText: article, yamlFile: 'story.yaml',
        yamlText: yaml.replace(line, `text: ${JSON.stringify(changed)}`),
      });
      assert.equal(result.story, undefined, quote.id);
      assert.match(messages(result).join('\n'), new RegExp(`quotes\\[${quote.id}\\]\\.text: .* is not in the article; nearest is p\\d+`), quote.id);
    }
  });

  it('can be copied elsewhere and built the same', () => {
    const dir = tempDir();
    cpSync(join(DATA, 'niamey-protests-2024'), join(dir, 'niamey-protests-2024'), { recursive: true });
    rmSync(join(dir, 'niamey-protests-2024', 'story.json'));
    assert.equal(runBuild({ dataDir: dir }).ok, true);
    assert.equal(
      readFileSync(join(dir, 'niamey-protests-2024', 'story.json'), 'utf8'),
      readFileSync(join(DATA, 'niamey-protests-2024', 'story.json'), 'utf8'),
    );
  });
});
