/**
 * The story builder (src/builder, behind `sahel-widgets build` and `npm run data`): verification of quotes, evidence, mentions and
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
import { numbersIn } from '../../src/builder/figures.js';
import { statusDateConflict } from '../../src/builder/status-dates.js';
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
    a.relations.push({ id: 'river', from: 'council', to: 'diallo', kind: 'watches', label: 'River', evidence: 'The river rose' });
    errorMatching(build(a), /relations\[river\]\.evidence: "The river rose" occurs 2 times, in p5, p6; name one with "paragraph:"/);
  });

  it('accepts twice-found evidence in the paragraph the annotation names', () => {
    const a = fixture();
    a.relations.push({ id: 'river', from: 'council', to: 'diallo', kind: 'watches', label: 'River', evidence: 'The river rose', paragraph: 'p6' });
    const { story } = build(a);
    assert.deepEqual(story?.relations[0].source, { paragraph: 'p6', start: 0, end: 14 });
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
    errorMatching(build(a), /figures\[rise\]\.value: 30 is not a number the evidence gives \(it writes 3\)$/);
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
      // the status that agrees with these days (against publication day 2024-04-13)
      if (end > '2024-04-13') story.events[1].status = start >= '2024-04-13' ? 'planned' : 'ongoing';
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
    assert.match(check.errors.join('\n'), /fixture\/story\.json: is out of date with story\.yaml and article\.txt; run `sahel-widgets build [^`]*fixture`/);
    assert.deepEqual(readFileSync(join(dir, 'fixture', 'story.json')), bytes, '--check writes nothing');

    const cli = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'data.ts'), '--check', '--data-dir', dir], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(cli.status, 1, cli.stderr);
    assert.match(cli.stderr, /is out of date with story\.yaml and article\.txt; run `npm run data`/);
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

// --- The model for real news (issue 13): figures, quotes, actors, places, relations, corrections, status ---

const NEWS = [
  'The ministry said 2.5 billion naira, about $2.7 million, was spent on five tonnes of seed.',
  'Police counted between 200 and 300 families; organizers said more than 1,000 people came. Thousands of farmers watched.',
  '“They called it ‘a betrayal’ on air,” Jo Bell said on the radio. She called the plan “a dead end”.',
  'An official, who spoke on condition of anonymity because he was not authorized to speak, said a dozen trucks left Abuja on Friday. Abuja said it would respond.',
  'The dam on the Kaduna River, in Kaduna State, will be closed next month if the rains fail again.',
  'Correction: An earlier version of this article misstated the cost of the seed.',
].join('\n');

/** A valid annotation of NEWS, using every new field; tests break one thing at a time. */
function news(): Fixture {
  return {
    article: { headline: 'Seed', published: '2024-04-13', byline: [], contributors: [], language: 'en' },
    actors: [
      { id: 'ministry', name: 'The ministry', kind: 'organization' },
      { id: 'police', name: 'Police', kind: 'organization' },
      { id: 'organizers', name: 'organizers', kind: 'group' },
      { id: 'farmers', name: 'farmers', kind: 'group' },
      { id: 'bell', name: 'Jo Bell', kind: 'person', aliases: ['She'] },
      { id: 'official', name: 'An official', kind: 'person', anonymous: true, anonymityReason: 'because he was not authorized to speak' },
      { id: 'nigeria', name: 'Nigeria', kind: 'country', country: 'NG', metonyms: ['Abuja'], ignore: ['left Abuja'] },
    ],
    quotes: [
      { id: 'betrayal', text: 'They called it ‘a betrayal’ on air', speaker: 'bell', medium: 'broadcast', channel: 'radio', nested: ['a betrayal'] },
      { id: 'dead-end', text: 'a dead end', speaker: 'bell', medium: 'spoken', partial: true },
    ],
    events: [
      {
        id: 'trucks', title: 'Trucks leave', actors: ['official'], places: ['abuja'],
        when: { edtf: '2024-04-12', phrase: 'on Friday', basis: 'resolved' },
        evidence: 'a dozen trucks left Abuja on Friday',
      },
      {
        id: 'dam-closes', title: 'The dam closes', actors: [], places: ['dam'], status: 'conditional', condition: 'if the rains fail again',
        when: { edtf: '2024-05', phrase: 'next month', basis: 'article' },
        evidence: 'will be closed next month',
      },
    ],
    places: [
      { id: 'abuja', name: 'Abuja', kind: 'city', country: 'NG' },
      { id: 'kaduna-state', name: 'Kaduna State', kind: 'region', country: 'NG' },
      { id: 'river', name: 'Kaduna River', kind: 'river', in: 'kaduna-state' },
      { id: 'dam', name: 'The dam', kind: 'facility', in: 'kaduna-state' },
    ],
    figures: [
      { id: 'naira', value: '2.5 billion', currency: 'NGN', label: 'Spent on seed', claimedBy: 'ministry', evidence: '2.5 billion naira' },
      { id: 'dollars', value: 2.7, scale: 'million', qualifier: 'about', currency: 'USD', label: 'Spent on seed', sameAs: 'naira', evidence: 'about $2.7 million' },
      { id: 'seed', value: 'five', unit: 'tonnes', label: 'Seed bought', evidence: 'five tonnes of seed' },
      { id: 'families', min: 200, max: 300, unit: 'families', label: 'Families', claimedBy: 'police', evidence: 'between 200 and 300 families' },
      { id: 'crowd', value: 1000, qualifier: 'more-than', unit: 'people', label: 'Crowd', claimedBy: 'organizers', contests: ['families'], evidence: 'more than 1,000 people' },
      { id: 'farmers', value: 1000, qualifier: 'more-than', unit: 'farmers', label: 'Farmers watching', actors: ['farmers'], evidence: 'Thousands of farmers' },
      { id: 'trucks', value: 'a dozen', unit: 'trucks', label: 'Trucks', evidence: 'a dozen trucks' },
    ],
    relations: [
      { id: 'ministry-dam', from: 'ministry', to: 'dam', toKind: 'place', kind: 'runs', label: 'The ministry runs the dam', evidence: 'The dam on the Kaduna River' },
      { id: 'trucks-abuja', from: 'trucks', fromKind: 'event', to: 'abuja', toKind: 'place', kind: 'left-from', label: 'From Abuja', evidence: 'left Abuja' },
    ],
    corrections: [
      {
        id: 'seed-cost', text: 'An earlier version of this article misstated the cost of the seed.', says: 'The seed cost 2.5 billion naira.',
        items: [{ kind: 'figure', id: 'naira' }],
      },
    ],
  };
}

const buildNews = (annotation: Fixture) => build(annotation, NEWS);

/** Asserts that the build fails with exactly these messages among its errors (`story.yaml: ` left off). */
function expectErrors(annotation: Fixture, ...expected: string[]): void {
  const got = messages(buildNews(annotation)).map((m) => m.replace(/^story\.yaml: /, ''));
  for (const e of expected) assert.ok(got.includes(e), `expected the error\n  ${e}\ngot:\n  ${got.join('\n  ')}`);
}

describe('build-story: a story with every new field', () => {
  it('builds without errors', () => {
    assert.deepEqual(messages(buildNews(news())), []);
  });

  it('writes figures with their amounts resolved from words and scales', () => {
    const { story } = buildNews(news());
    const f = new Map(story?.figures.map((x) => [x.id, x]));
    assert.deepEqual(f.get('naira'), {
      id: 'naira', value: 2500000000, currency: 'NGN', label: 'Spent on seed', claimedBy: 'ministry', source: { paragraph: 'p1', start: 18, end: 35 },
    });
    assert.deepEqual(
      { ...f.get('dollars'), source: undefined },
      { id: 'dollars', value: 2700000, qualifier: 'about', approximate: true, currency: 'USD', label: 'Spent on seed', sameAs: 'naira', source: undefined },
    );
    assert.equal(f.get('seed')?.value, 5);
    assert.equal(f.get('trucks')?.value, 12);
    assert.deepEqual([f.get('families')?.min, f.get('families')?.max, f.get('families')?.value], [200, 300, undefined]);
    assert.deepEqual(f.get('crowd')?.contests, ['families']);
    assert.deepEqual(f.get('farmers')?.actors, ['farmers']);
  });

  it('writes quotes with nested offsets into their text, the channel and partial', () => {
    const { story } = buildNews(news());
    const [betrayal, deadEnd] = story?.quotes ?? [];
    assert.deepEqual(betrayal.nested, [{ start: 16, end: 26 }]);
    assert.equal(betrayal.text.slice(16, 26), 'a betrayal');
    assert.equal(betrayal.channel, 'radio');
    assert.equal(deadEnd.partial, true);
  });

  it('locates anonymity reasons, and counts metonyms as the actor’s mentions, not the place’s', () => {
    const { story } = buildNews(news());
    const official = story?.actors.find((a) => a.id === 'official');
    const p4 = NEWS.split('\n')[3];
    assert.ok(official?.anonymityReason);
    assert.equal(p4.slice(official.anonymityReason.start, official.anonymityReason.end), 'because he was not authorized to speak');
    const nigeria = story?.actors.find((a) => a.id === 'nigeria');
    assert.deepEqual(nigeria?.metonyms, ['Abuja']);
    assert.deepEqual(nigeria?.mentions, [{ paragraph: 'p4', start: 131, end: 136 }]);
    assert.deepEqual(story?.places.find((p) => p.id === 'abuja')?.mentions, [{ paragraph: 'p4', start: 114, end: 119 }]);
  });

  it('writes places with kinds and containment, relations with kinds, corrections located, events with status and condition', () => {
    const { story } = buildNews(news());
    assert.ok(story);
    assert.deepEqual(story.places.map((p) => [p.kind, p.in]), [['city', undefined], ['region', undefined], ['river', 'kaduna-state'], ['facility', 'kaduna-state']]);
    assert.deepEqual(story.relations.map((r) => [r.fromKind, r.toKind]), [[undefined, 'place'], ['event', 'place']]);
    assert.deepEqual(story.corrections, [{
      id: 'seed-cost', text: 'An earlier version of this article misstated the cost of the seed.', source: { paragraph: 'p6', start: 12, end: 78 },
      says: 'The seed cost 2.5 billion naira.', items: [{ kind: 'figure', id: 'naira' }],
    }]);
    const [trucks, dam] = story.events;
    assert.equal(trucks.status, undefined);
    assert.equal(dam.status, 'conditional');
    assert.equal(NEWS.split('\n')[4].slice(dam.condition?.start, dam.condition?.end), 'if the rains fail again');
  });

  it('writes no corrections key when there are none', () => {
    const a = news();
    delete a.corrections;
    assert.equal('corrections' in (buildNews(a).story ?? {}), false);
  });
});

describe('build-story: figures', () => {
  const withFigure = (i: number, change: Record<string, unknown>, drop: string[] = []) => {
    const a = news();
    Object.assign(a.figures[i], change);
    for (const k of drop) Reflect.deleteProperty(a.figures[i], k);
    return a;
  };

  it('fails on a number without its scale word, pointing at the scale', () => {
    expectErrors(withFigure(0, { value: 2.5 }), 'figures[naira].value: 2.5 is not a number the evidence gives (it writes "2.5 billion" = 2500000000); check the scale word of "2.5 billion"');
    expectErrors(withFigure(1, {}, ['scale']), 'figures[dollars].value: 2.7 is not a number the evidence gives (it writes "2.7 million" = 2700000); check the scale word of "2.7 million"');
  });

  it('fails when the evidence gives no number, or another one', () => {
    expectErrors(withFigure(2, { evidence: 'tonnes of seed' }), 'figures[seed].evidence: gives no number; cite the words that state it ("about 1,000", "2.5 billion", "five", "a dozen")');
    expectErrors(withFigure(6, { value: 13 }), 'figures[trucks].value: 13 is not a number the evidence gives (it writes "a dozen" = 12)');
    expectErrors(withFigure(3, { max: 400 }), 'figures[families].max: 400 is not a number the evidence gives (it writes 200, 300)');
  });

  it('fails on a vague plural without more-than or at-least', () => {
    expectErrors(withFigure(5, {}, ['qualifier']), 'figures[farmers].qualifier: "Thousands" gives no exact number: with value 1000, say qualifier more-than (or at-least)');
  });

  it('fails on a qualifier whose words the evidence lacks', () => {
    expectErrors(withFigure(3, { qualifier: 'at-least' }), 'figures[families].qualifier: at-least needs its words in the evidence ("at least", "no fewer than", "no less than", "a minimum of")');
  });

  it('fails on approximate: false with a hedging qualifier', () => {
    expectErrors(withFigure(1, { approximate: false }), 'figures[dollars].approximate: qualifier about hedges the number: remove approximate: false');
  });

  it('fails on a unit or currency the evidence does not write, and on an unknown currency code', () => {
    expectErrors(withFigure(2, { unit: 'kg' }), 'figures[seed].unit: "kg" is not in the evidence; cite the words that say what is counted, or write the unit as the article does');
    expectErrors(withFigure(0, { currency: 'USD' }), 'figures[naira].currency: the evidence does not write USD (as "USD", "$", "dollar", "dollars")');
    expectErrors(withFigure(0, { currency: 'XYZ' }), 'figures[naira].currency: "XYZ" is not an ISO 4217 currency code ("USD", "NGN", "EUR")');
    expectErrors(withFigure(2, {}, ['unit']), 'figures[seed].unit: is required (what is counted), unless the figure is money with a currency');
  });

  it('accepts unit forms: singular, plural and symbols', () => {
    const a = news();
    a.figures.push({ id: 'tonne', value: 'five', unit: 'tonne', label: 'x', evidence: 'five tonnes of seed' });
    assert.deepEqual(messages(buildNews(a)), []);
  });

  it('fails on a value with a range, half a range, or a range upside down', () => {
    expectErrors(withFigure(3, { value: 200 }), 'figures[families].value: give either value or a range (min and max), not both');
    expectErrors(withFigure(3, {}, ['max']), 'figures[families].max: is required: a range has both ends (for "at least 200" or "up to 300" give value with a qualifier)');
    expectErrors(withFigure(3, { min: 300, max: 200 }), 'figures[families].max: must be greater than min (300)');
    expectErrors(withFigure(6, {}, ['value']), 'figures[trucks].value: is required (or a range: min and max)');
  });

  it('fails on a value that is neither a number nor the words for one, and on a scale with words', () => {
    expectErrors(withFigure(6, { value: 'lots' }), 'figures[trucks].value: must be a number or the article\'s words for one ("1,000", "2.5 billion", "five", "a dozen"), not "lots"');
    expectErrors(withFigure(0, { scale: 'billion' }), 'figures[naira].scale: multiplies numbers only; a number in words already has its scale ("2.5 billion")');
  });

  it('checks claimedBy, actors, sameAs and contests', () => {
    expectErrors(withFigure(0, { claimedBy: 'nobody' }), 'figures[naira].claimedBy: no actor "nobody"');
    expectErrors(withFigure(5, { actors: ['ghosts'] }), 'figures[farmers].actors: no actor "ghosts"');
    expectErrors(withFigure(1, { sameAs: 'dollars' }), 'figures[dollars].sameAs: a figure cannot be the same amount as itself');
    expectErrors(withFigure(1, { sameAs: 'yen' }), 'figures[dollars].sameAs: no figure "yen"');
    expectErrors(withFigure(0, { sameAs: 'dollars' }), 'figures[naira].sameAs: figure "dollars" already links back to this one; sameAs is one-way: write it on one of the two');
    expectErrors(withFigure(1, { sameAs: 'crowd', currency: undefined, unit: 'people' }, ['currency']),
      'figures[dollars].sameAs: figure "crowd" has the same currency and unit; sameAs links one amount given in two currencies or units');
    expectErrors(withFigure(4, { contests: ['crowd', 'poll'] }), 'figures[crowd].contests: a figure cannot contest itself', 'figures[crowd].contests: no figure "poll"');
  });
});

describe('build-story: quotes, actors, places, relations, corrections', () => {
  it('checks nested quotes and channels', () => {
    const a = news();
    a.quotes[0].nested = [{ text: 'a traitor' }, { text: 'a', speaker: 'bell' }, { text: 'on air', speaker: 'nobody' }];
    a.quotes[1].channel = 'television';
    expectErrors(a,
      'quotes[betrayal].nested[0].text: "a traitor" is not in the quote\'s text',
      'quotes[betrayal].nested[1].text: "a" occurs 5 times in the quote\'s text; quote more words',
      'quotes[betrayal].nested[2].speaker: no actor "nobody"',
      'quotes[dead-end].channel: is only for medium broadcast (this quote\'s medium is spoken)');
  });

  it('keeps the speaker of a nested quote', () => {
    const a = news();
    a.quotes[0].nested = [{ text: 'a betrayal', speaker: 'official' }];
    assert.deepEqual(buildNews(a).story?.quotes[0].nested, [{ start: 16, end: 26, speaker: 'official' }]);
  });

  it('checks anonymity reasons and metonyms', () => {
    const a = news();
    a.actors[4].anonymityReason = 'on the radio';
    a.actors[5].anonymityReason = { evidence: 'because he was authorized', paragraph: 'p4' };
    a.actors[6].metonyms = ['Lagos'];
    expectErrors(a,
      'actors[bell].anonymityReason: is only for an anonymous actor (anonymous: true)',
      'actors[official].anonymityReason: "because he was authorized" is not in the article (looked in p4); nearest is p4: the first 15 characters match ("because he was "), then the article reads "not authorized to sp" where you wrote "authorized"',
      'actors[nigeria].metonyms: metonym "Lagos" is not in the article; no paragraph shares even its first or last few characters');
  });

  it('checks place kinds, containment, fictional and disputed places and country codes', () => {
    const a = news();
    a.places[2].in = 'nowhere';
    a.places[3].in = 'dam';
    a.places[1].in = 'abuja';
    a.places[0].in = 'kaduna-state';
    a.places.push({ id: 'atlantis', name: 'Abuja', kind: 'country', fictional: true, coordinates: [1, 2], aliases: [] });
    a.places.push({ id: 'kaduna', name: 'Kaduna State', kind: 'country', aliases: [] });
    a.places.push({ id: 'x', name: 'Kaduna River', kind: 'country', disputed: true });
    a.places.push({ id: 'y', name: 'The dam', kind: 'lake' });
    expectErrors(a,
      'places[river].in: no place "nowhere"',
      'places[dam].in: a place cannot lie in itself',
      'places[abuja].in: places lie in each other in a circle (abuja in kaduna-state…)',
      'places[kaduna-state].in: places lie in each other in a circle (kaduna-state in abuja…)',
      'places[atlantis].coordinates: a fictional place has no coordinates',
      'places[kaduna].country: is required for a country: its ISO 3166-1 alpha-2 code (or say fictional: true or disputed: true)',
      'places[y].kind: "lake" is not one of: city, country, region, site, river, facility');
    assert.ok(!messages(buildNews(a)).some((m) => m.includes('places[x]')));
  });

  it('resolves relation ends in the list their kind names', () => {
    const a = news();
    a.relations[0].to = 'ministry';
    a.relations[1].fromKind = 'quote';
    a.relations.push({ id: 'self', from: 'dam', fromKind: 'place', to: 'dam', toKind: 'place', kind: 'x', label: 'x', evidence: 'The dam on' });
    a.relations.push({ id: 'bad', from: 'a', fromKind: 'thing', to: 'b', kind: 'x', label: 'x', evidence: 'The dam on the' });
    expectErrors(a,
      'relations[ministry-dam].to: no place "ministry"',
      'relations[trucks-abuja].from: no quote "trucks"',
      'relations[self].to: a relation joins two different items',
      'relations[bad].fromKind: "thing" is not one of: actor, place, event, quote, figure');
  });

  it('checks corrections: verbatim text and the items they concern', () => {
    const a = news();
    a.corrections[0].text = 'An earlier version misstated the cost.';
    a.corrections[0].items.push({ kind: 'quote', id: 'naira' }, { kind: 'story', id: 'x' });
    a.corrections.push({ id: 'no-items', text: 'Correction:' });
    expectErrors(a,
      'corrections[seed-cost].text: "An earlier version misstated the cost." is not in the article; nearest is p6: the first 19 characters match ("An earlier version "), then the article reads "of this article miss" where you wrote "misstated the cost."',
      'corrections[seed-cost].items[1]: no quote "naira"',
      'corrections[seed-cost].items[2].kind: "story" is not one of: actor, place, event, quote, figure',
      'corrections[no-items].items: is required (a list of { kind, id }; [] when it concerns no annotated item)');
  });
});

describe('build-story: event status', () => {
  const withEvent = (i: number, change: Record<string, unknown>, drop: string[] = []) => {
    const a = news();
    Object.assign(a.events[i], change);
    for (const k of drop) Reflect.deleteProperty(a.events[i], k);
    return a;
  };

  it('fails when the status disagrees with the date and the publication day', () => {
    expectErrors(withEvent(1, { status: 'past' }, ['condition']),
      'events[dam-closes].status: a past event may not end after the publication day 2024-04-13, but its date runs 2024-05-01..2024-05-31; give it the status planned, expected, ongoing…');
    // a stated day, not a phrase read forward for a planned event: only the status check can object
    expectErrors(withEvent(0, { status: 'planned', when: { edtf: '2024-04-12', basis: 'article' } }),
      'events[trucks].status: a planned event may not start before the publication day 2024-04-13, but its date runs 2024-04-12..2024-04-12');
    expectErrors(withEvent(0, { status: 'ongoing' }),
      'events[trucks].status: an ongoing event\'s date must include the publication day 2024-04-13, but it runs 2024-04-12..2024-04-12');
  });

  it('accepts every not-yet status on or after the publication day, and ongoing across it', () => {
    for (const status of ['planned', 'expected', 'threatened']) assert.deepEqual(messages(buildNews(withEvent(1, { status }, ['condition']))), []);
    const ongoing = withEvent(0, { status: 'ongoing', when: { edtf: '2024-04', basis: 'article' } });
    assert.deepEqual(messages(buildNews(ongoing)), []);
  });

  it('requires a condition for a conditional event, located, and only there', () => {
    expectErrors(withEvent(1, {}, ['condition']), 'events[dam-closes].condition: is required for a conditional event: the article\'s words for the condition ("if the rains fail")');
    expectErrors(withEvent(0, { condition: 'if the rains fail again' }), 'events[trucks].condition: is only for a conditional event (status: conditional)');
    expectErrors(withEvent(1, { condition: { evidence: 'if the rains fail again', paragraph: 'p2' } }),
      'events[dam-closes].condition: "if the rains fail again" is not in p2 but occurs in p5');
  });

  it('statusDateConflict is the rule the builder applies', () => {
    assert.equal(statusDateConflict('past', { start: '2024-04-13', end: '2024-04-13' }, '2024-04-13'), undefined);
    assert.equal(statusDateConflict('planned', { start: '2024-04-13', end: '2030-12-31' }, '2024-04-13'), undefined);
    assert.equal(statusDateConflict('ongoing', { start: '2019-01-01', end: '2024-04-13' }, '2024-04-13'), undefined);
    assert.match(statusDateConflict('conditional', { start: '2024-04-12', end: '2024-05-01' }, '2024-04-13') ?? '', /^a conditional event may not start before/);
  });
});

describe('build-story: numbers as news writes them', () => {
  it('reads digits, scale words, number words and vague plurals', () => {
    const read = (s: string) => numbersIn(s).map((n) => [n.text, n.value, ...(n.vague ? ['vague'] : [])]);
    assert.deepEqual(read('2.5 billion naira, about $2.7 million'), [['2.5 billion', 2500000000], ['2.7 million', 2700000]]);
    assert.deepEqual(read('five tonnes, a dozen, two hundred and fifty, twenty-five km'), [['five', 5], ['a dozen', 12], ['two hundred and fifty', 250], ['twenty-five', 25]]);
    assert.deepEqual(read('between 200 and 300 families; 1,000 people; 2.5bn; 5km'), [['200', 200], ['300', 300], ['1,000', 1000], ['2.5bn', 2500000000], ['5', 5]]);
    assert.deepEqual(read('Thousands of protesters, hundreds of thousands'), [['Thousands', 1000, 'vague'], ['hundreds', 100, 'vague'], ['thousands', 1000, 'vague']]);
    assert.deepEqual(read('a hundred thousand, a million'), [['a hundred thousand', 100000], ['a million', 1000000]]);
  });
});
