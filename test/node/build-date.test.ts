/**
 * buildDate (src/builder/dates.ts): an annotation date against the article's words, for the forms
 * of issue 13: decades, open spans (deadlines, "until", "since"), editor basis, status-aware
 * resolution and anchors; and statusAgreesWithDate (src/builder/status-dates.ts).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { buildStory } from '../../src/builder/build.js';
import { type DateContext, type DateFields, buildDate } from '../../src/builder/dates.js';
import { ErrorList, formatBuildError } from '../../src/builder/errors.js';
import { resolveDateForCli } from '../../src/builder/date-command.js';
import { isNotYet, statusAgreesWithDate, statusDateConflict } from '../../src/builder/status-dates.js';
import type { FuzzyDate } from '../../src/story/types.js';

const PARAGRAPH = {
  id: 'p1',
  text:
    'The council, which has promised the dam by the end of the decade, has run the port since 2019 and will keep the curfew ' +
    'until March. Floods were common in the late 1980s and in the 1990s, and again since last summer. Talks ran for most of last week and this past week. ' +
    'The vote is in March, during the rainy season, and a review follows two years later.',
};

function ctx(extra: Partial<DateContext> = {}): DateContext {
  return { published: '2024-04-13', paragraph: PARAGRAPH, anchors: new Map([['vote', '2025-03'], ['open', '2019/..']]), ...extra };
}

function run(input: DateFields, extra: Partial<DateContext> = {}): { date?: FuzzyDate; errors: string[] } {
  const errors = new ErrorList('story.yaml');
  const date = buildDate(input, 'events[x].when', ctx(extra), errors);
  return { date, errors: errors.items.map(formatBuildError) };
}

function ok(input: DateFields, extra: Partial<DateContext> = {}): FuzzyDate {
  const { date, errors } = run(input, extra);
  assert.deepEqual(errors, []);
  assert.ok(date);
  return date;
}

function fails(input: DateFields, pattern: RegExp, extra: Partial<DateContext> = {}): string {
  const { date, errors } = run(input, extra);
  assert.equal(date, undefined);
  assert.equal(errors.length, 1, errors.join('\n'));
  assert.match(errors[0], pattern);
  return errors[0];
}

describe('buildDate: decades', () => {
  it('builds "in the 1990s" as 199X or 1990/1999, precision decade', () => {
    const expected = { start: '1990-01-01', end: '1999-12-31', precision: 'decade', phrase: 'in the 1990s', basis: 'resolved' };
    assert.deepEqual(ok({ edtf: '199X', phrase: 'in the 1990s', basis: 'resolved' }), { edtf: '199X', ...expected });
    assert.deepEqual(ok({ edtf: '1990/1999', phrase: 'in the 1990s', basis: 'resolved' }), { edtf: '1990/1999', ...expected });
  });

  it('builds "the late 1980s" as 1987/1989 with precision decade (years to the parser)', () => {
    assert.deepEqual(ok({ edtf: '1987/1989', phrase: 'the late 1980s', basis: 'resolved' }), {
      edtf: '1987/1989', start: '1987-01-01', end: '1989-12-31', precision: 'decade', phrase: 'the late 1980s', basis: 'resolved',
    });
  });

  it('rejects a decade that is not the phrase\'s, naming the EDTF to write', () => {
    fails({ edtf: '198X', phrase: 'the late 1980s', basis: 'resolved' },
      /^story\.yaml: events\[x\]\.when\.edtf: "the late 1980s" resolves against publication day 2024-04-13 to 1987-01-01\.\.1989-12-31 .*but edtf "198X" denotes 1980-01-01\.\.1989-12-31 \(write edtf "1987\/1989"\)$/);
  });
});

describe('buildDate: open spans', () => {
  it('builds a deadline closed at publication, keeping the open side', () => {
    assert.deepEqual(ok({ edtf: '[..2029]', phrase: 'by the end of the decade', basis: 'resolved' }, { planned: true }), {
      edtf: '[..2029]', start: '2024-04-13', end: '2029-12-31', precision: 'year', phrase: 'by the end of the decade', basis: 'resolved', open: 'start',
    });
  });

  it('builds "since 2019" and "since last summer" open at their end', () => {
    assert.deepEqual(ok({ edtf: '2019/..', phrase: 'since 2019', basis: 'resolved' }), {
      edtf: '2019/..', start: '2019-01-01', end: '2024-04-13', precision: 'year', phrase: 'since 2019', basis: 'resolved', open: 'end',
    });
    assert.equal(ok({ edtf: '2023-22/..', phrase: 'since last summer', basis: 'resolved' }).precision, 'season');
  });

  it('builds "until March" forward from publication', () => {
    assert.deepEqual(ok({ edtf: '../2025-03', phrase: 'until March', basis: 'resolved' }), {
      edtf: '../2025-03', start: '2024-04-13', end: '2025-03-31', precision: 'month', phrase: 'until March', basis: 'resolved', open: 'start',
    });
  });

  it('rejects a closed span for an open phrase, and an open one for a closed phrase', () => {
    fails({ edtf: '2019-01-01/2024-04-13', phrase: 'since 2019', basis: 'resolved' }, /"since 2019" leaves its end open, but edtf "2019-01-01\/2024-04-13" closes it \(write edtf "2019\/\.\."\)$/);
    fails({ edtf: '2024-04-07/..', phrase: 'this past week', basis: 'resolved' }, /"this past week" is a closed span, but edtf "2024-04-07\/\.\." leaves its end open \(write edtf "2024-04-07\/2024-04-13"\)$/);
    // a deadline may also be written to its last day, as in the issue ([..2030-12-31]): the same days, day precision
    assert.equal(ok({ edtf: '[..2029-12-31]', phrase: 'by the end of the decade', basis: 'resolved' }).precision, 'day');
  });

  it('rejects an open span that does not reach publication', () => {
    fails({ edtf: '2025/..', phrase: 'since 2019', basis: 'resolved' }, /events\[x\]\.when\.edtf: "2025\/\.\." starts \(2025-01-01\) after the publication day 2024-04-13$/);
  });
});

describe('buildDate: approximate phrases and status', () => {
  it('requires ~ for "for most of last week"', () => {
    fails({ edtf: '2024-04-01/2024-04-07', phrase: 'for most of last week', basis: 'resolved' }, /"for most of last week" is approximate, but edtf "2024-04-01\/2024-04-07" is not \(write edtf "2024-04-01~\/2024-04-07~"\)$/);
    assert.equal(ok({ edtf: '2024-04-01~/2024-04-07~', phrase: 'for most of last week', basis: 'resolved' }).approximate, true);
  });

  it('resolves a bare month forward for a planned event, backward for a past one', () => {
    assert.equal(ok({ edtf: '2025-03', phrase: 'in March', basis: 'resolved' }, { planned: true }).start, '2025-03-01');
    assert.equal(ok({ edtf: '2024-03', phrase: 'in March', basis: 'resolved' }).start, '2024-03-01');
    fails({ edtf: '2024-03', phrase: 'in March', basis: 'resolved' }, /for an event that has not happened to 2025-03-01\.\.2025-03-31/, { planned: true });
  });
});

describe('buildDate: editor basis', () => {
  const editor = { phrase: 'during the rainy season', basis: 'editor' as const, note: 'Lakeport\'s rainy season runs June to September (national weather service).' };

  it('takes the editor\'s start and end, with the phrase and the note, and an EDTF made of them', () => {
    assert.deepEqual(ok({ edtf: '2024-06-01/2024-09-30', start: '2024-06-01', end: '2024-09-30', ...editor }), {
      edtf: '2024-06-01/2024-09-30', start: '2024-06-01', end: '2024-09-30', precision: 'day', ...editor,
    });
    assert.equal(ok({ edtf: '2024-06/2024-09', start: '2024-06-01', end: '2024-09-30', ...editor }).precision, 'month');
  });

  it('trusts nothing: the EDTF must denote exactly start..end', () => {
    fails({ edtf: '2024-06/2024-09', start: '2024-06-01', end: '2024-09-29', ...editor }, /^story\.yaml: events\[x\]\.when\.end: is 2024-09-29, but edtf "2024-06\/2024-09" ends 2024-09-30$/);
  });

  it('requires start, end, phrase and note, and real days', () => {
    const { errors } = run({ edtf: '2024-06', basis: 'editor' });
    assert.deepEqual(errors, [
      'story.yaml: events[x].when.start: is required when basis is "editor": give the first and last day the date may denote',
      'story.yaml: events[x].when.end: is required when basis is "editor": give the first and last day the date may denote',
      'story.yaml: events[x].when.phrase: is required when basis is "editor": give the article\'s own words',
      'story.yaml: events[x].when.note: is required when basis is "editor": say how the days were worked out',
    ]);
    fails({ edtf: '2024-06-01/2024-09-31', start: '2024-06-01', end: '2024-09-31', ...editor }, /when\.end: "2024-09-31" is not a calendar day/);
  });

  it('still requires the phrase in the paragraph', () => {
    fails({ edtf: '2024-06', start: '2024-06-01', end: '2024-06-30', ...editor, phrase: 'in the wet months' }, /when\.phrase: "in the wet months" is not in p1/);
  });

  it('refuses a phrase the resolver reads: use basis resolved', () => {
    fails({ edtf: '2024-03', start: '2024-03-01', end: '2024-03-31', ...editor, phrase: 'in March' }, /when\.basis: the builder resolves "in March" .* use basis "resolved" \(write edtf "2024-03"\)/);
  });

  it('allows start and end only with basis editor', () => {
    fails({ edtf: '2024-03', start: '2024-03-01', phrase: 'in March', basis: 'resolved' }, /when\.start: is only for basis "editor"/);
  });
});

describe('buildDate: anchors', () => {
  it('records the anchor event of "two years later"', () => {
    assert.deepEqual(ok({ edtf: '2027-03', phrase: 'two years later', basis: 'resolved', relativeTo: 'vote' }, { planned: true }), {
      edtf: '2027-03', start: '2027-03-01', end: '2027-03-31', precision: 'month', phrase: 'two years later', basis: 'resolved', anchor: 'vote',
    });
  });

  it('reads an anchor whose own date is open (2019/.. is 2019-01-01 to publication; moved, then cut at publication)', () => {
    assert.equal(ok({ edtf: '2021-01-01/2024-04-13', phrase: 'two years later', basis: 'resolved', relativeTo: 'open' }).anchor, 'open');
  });

  it('rejects relativeTo on a phrase counted from publication', () => {
    fails({ edtf: '2024-03', phrase: 'in March', basis: 'resolved', relativeTo: 'vote' }, /when\.relativeTo: "in March" counts from the publication day/);
  });
});

describe('statusAgreesWithDate', () => {
  const P = '2024-04-13';
  const d = (start: string, end: string) => ({ start, end });

  it('past (the default): may not end after publication', () => {
    assert.equal(statusAgreesWithDate('past', d('2024-04-01', P), P), true);
    assert.equal(statusAgreesWithDate(undefined, d('2024-04-01', '2024-04-14'), P), false);
    assert.equal(statusDateConflict('past', d('2024-04-01', '2024-04-30'), P), 'a past event may not end after the publication day 2024-04-13, but its date runs 2024-04-01..2024-04-30; give it the status planned, expected, ongoing…');
  });

  it('planned, expected, threatened, conditional: may not start before publication', () => {
    for (const s of ['planned', 'expected', 'threatened', 'conditional'] as const) {
      assert.equal(statusAgreesWithDate(s, d(P, '2030-12-31'), P), true, s);
      assert.equal(statusAgreesWithDate(s, d('2024-04-12', '2030-12-31'), P), false, s);
      assert.equal(isNotYet(s), true);
    }
    assert.match(statusDateConflict('threatened', d('2024-03-01', '2024-03-31'), P) ?? '', /^a threatened event may not start before the publication day 2024-04-13, but its date runs 2024-03-01\.\.2024-03-31$/);
  });

  it('ongoing: spans publication', () => {
    assert.equal(statusAgreesWithDate('ongoing', d('2019-01-01', P), P), true);
    assert.equal(statusAgreesWithDate('ongoing', d('2019-01-01', '2024-04-12'), P), false);
    assert.equal(statusAgreesWithDate('ongoing', d('2024-04-14', '2024-05-01'), P), false);
    assert.equal(isNotYet('ongoing'), false);
    assert.equal(isNotYet(undefined), false);
  });
});

describe('buildDate through the YAML builder', () => {
  it('reads start and end for basis editor, and leaves edtf out when they are given', () => {
    const annotation = {
      article: { headline: 'Rains', published: '2024-04-13', byline: [], contributors: [], language: 'en' },
      actors: [{ id: 'council', name: 'The council', kind: 'organization' }],
      quotes: [],
      events: [{
        id: 'rains', title: 'Rainy season', actors: ['council'], places: [], evidence: 'The council expects floods during the rainy season',
        when: { start: '2024-06-01', end: '2024-09-30', phrase: 'during the rainy season', basis: 'editor', note: 'June to September, per the weather service' },
        status: 'expected',
      }],
      places: [], figures: [], relations: [],
    };
    const article = 'The council expects floods during the rainy season.';
    const result = buildStory({ id: 'rains', articleText: article, yamlText: stringify(annotation), yamlFile: 'story.yaml' });
    assert.deepEqual(result.errors.map(formatBuildError), []);
    assert.deepEqual(result.story?.events[0].when, {
      edtf: '2024-06-01/2024-09-30', start: '2024-06-01', end: '2024-09-30', precision: 'day',
      phrase: 'during the rainy season', basis: 'editor', note: 'June to September, per the weather service',
    });
    delete (annotation.events[0].when as Partial<typeof annotation.events[0]['when']>).end;
    const missing = buildStory({ id: 'rains', articleText: article, yamlText: stringify(annotation), yamlFile: 'story.yaml' });
    assert.deepEqual(missing.errors.map(formatBuildError), ['story.yaml: events[rains].when.end: is required']);
  });
});

describe('resolveDateForCli', () => {
  it('resolves one phrase to the fields the CLI prints, in order', () => {
    const r = resolveDateForCli('last summer', { published: '2024-04-13' });
    assert.deepEqual(r, { ok: true, result: { edtf: '2023-22', start: '2023-06-01', end: '2023-08-31', precision: 'season', basis: 'resolved' } });
    assert.equal(JSON.stringify(r.ok && r.result), '{"edtf":"2023-22","start":"2023-06-01","end":"2023-08-31","precision":"season","basis":"resolved"}');
  });

  it('adds open and approximate where the phrase says so', () => {
    assert.deepEqual(resolveDateForCli('by 2030', { published: '2024-04-13', planned: true }), {
      ok: true, result: { edtf: '[..2030]', start: '2024-04-13', end: '2030-12-31', precision: 'year', basis: 'resolved', open: 'start' },
    });
    assert.deepEqual(resolveDateForCli('for most of last week', { published: '2024-04-13' }), {
      ok: true, result: { edtf: '2024-04-01~/2024-04-07~', start: '2024-04-01', end: '2024-04-07', precision: 'week', basis: 'resolved', approximate: true },
    });
  });

  it('resolves forward with planned, and from --anchor', () => {
    const planned = resolveDateForCli('in March', { published: '2024-04-13', planned: true });
    assert.equal(planned.ok && planned.result.edtf, '2025-03');
    const later = resolveDateForCli('two years later', { published: '2024-04-13', anchor: '2016' });
    assert.equal(later.ok && later.result.edtf, '2018');
  });

  it('gives a one-line reason when it cannot', () => {
    const reason = (phrase: string, options: Parameters<typeof resolveDateForCli>[1]) => {
      const r = resolveDateForCli(phrase, options);
      assert.equal(r.ok, false);
      const text = r.ok ? '' : r.reason;
      assert.doesNotMatch(text, /\n/);
      return text;
    };
    assert.match(reason('in recent years', { published: '2024-04-13' }), /^cannot resolve "in recent years"; supported phrases: today, /);
    assert.match(reason('two years later', { published: '2024-04-13' }), /^"two years later" counts from another event: give that event's date with --anchor EDTF$/);
    assert.match(reason('last summer', { published: '2024-13-01' }), /^--published must be a calendar day YYYY-MM-DD, not "2024-13-01"$/);
    assert.match(reason('two years later', { published: '2024-04-13', anchor: 'soon' }), /^--anchor: "soon" is not valid EDTF/);
    assert.match(reason('last summer', { published: '2024-04-13', anchor: '2016' }), /counts from the publication day, not from another event: leave out --anchor$/);
    assert.match(reason('by 2020', { published: '2024-04-13' }), /^cannot resolve "by 2020": the deadline "by 2020" \(2020-12-31\) is before publication/);
    assert.match(reason(' ', { published: '2024-04-13' }), /^give the phrase/);
  });
});
