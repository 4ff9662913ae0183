/**
 * The draft extractor's dated events, on sentences written for these tests: one event per time
 * expression (not per sentence), a status from the clause that holds it, anchors, calendar days, and
 * the scorer's matching of dates.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../../src/builder/build.js';
import { anchoredDay, calendarDay, plannedMonthRun } from '../../src/builder/draft/calendar.js';
import { draft } from '../../src/builder/draft/draft.js';
import { clauseOf, withSubject } from '../../src/builder/draft/events.js';
import { sameWhen } from '../../src/builder/draft/score.js';

/** The events of a draft as the builder reads them: phrase, EDTF, status. */
function events(text: string, published: string): string[] {
  const r = draft(text, { published, id: 'invented' });
  const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
  assert.deepEqual(built.errors.map((e) => `${e.path}: ${e.message}`), []);
  return built.story!.events.map((e) => `${e.when.phrase} ${e.when.edtf}${e.status ? ` ${e.status}` : ''}`);
}

// P = Tuesday 2025-09-16
const P = '2025-09-16';

describe('draft events: every time expression of a sentence', () => {
  it('dates each clause of a sentence that holds two times', () => {
    assert.deepEqual(events('The cooperative bought two trucks in 2019, and the district paved the road three years later.', P), ['in 2019 2019', 'three years later 2022']);
    assert.deepEqual(events('The agency said on Monday that it had closed the bridge last Friday.', P), ['on Monday 2025-09-15', 'last Friday 2025-09-12']);
  });

  it('reads the status from the clause of the time, not from the rest of the sentence', () => {
    // "a plan to widen" is not "plans to"; "which hopes to" belongs to the bank, not to the vote
    assert.deepEqual(events('Crews began dredging the harbour in March, under a plan to widen the channel.', P), ['in March 2025-03']);
    assert.deepEqual(events('Councillors voted in May to borrow from a regional bank, which hopes to lend more in November.', P), ['in May 2025-05', 'in November 2025-11 planned']);
    // a leading "In March," belongs to the clause it opens
    assert.deepEqual(events('In October, the ministry will publish its report.', P), ['In October 2025-10 planned']);
  });

  it('keeps a phrase that looks back in the past, whatever the verbs of its clause', () => {
    assert.deepEqual(events('The arrival of new pumps this past week will ease the shortages.', P), ['this past week 2025-09-10/2025-09-16']);
  });

  it('tells "this weekend" from "this week", and reads a condition', () => {
    assert.deepEqual(events('If the rain goes on, the engineers said, the sluices would be opened this weekend.', P), ['this weekend 2025-09-20/2025-09-21 conditional']);
  });

  it('opens any time with "since", "until" or "by"', () => {
    assert.deepEqual(events('Volunteers have delivered water since Sunday.', P), ['since Sunday 2025-09-14/.. ongoing']);
    assert.deepEqual(events('Ferries have been suspended since this past weekend.', P), ['since this past weekend 2025-09-13/.. ongoing']);
  });

  it('leaves out habits, a lower-case "may" and a year without its preposition', () => {
    assert.deepEqual(events('The market opens every Saturday and the river may rise, with 2019 the worst year.', P), []);
  });

  it('dates quoted speech too, and says so', () => {
    const r = draft('“We lost the boat on Sunday,” said Kofi Asare, a fisherman.', { published: P, id: 'invented' });
    assert.match(r.yamlText, /check: dated inside a quotation/);
    assert.match(r.yamlText, /edtf: "?2025-09-14"?/);
  });

  it('does not draft "Saturday’s march" again when the march of Saturday is already dated', () => {
    assert.deepEqual(events('Teachers marched through the capital on Saturday. Police watched Saturday’s march from a distance.', '2025-09-20'), ['on Saturday 2025-09-20']);
  });
});

describe('draft events: anchors', () => {
  it('counts "two weeks after the vote" from the event the noun names, not from the one just before', () => {
    const dated = events('The assembly voted on the budget in June. Auditors visited the port in August. Two weeks after the vote, the minister resigned.', P);
    assert.deepEqual(dated, ['in June 2025-06', 'in August 2025-08', 'Two weeks after 2025-06-15/2025-07-14']);
    // "before the trucks arrived" is a clause, not an event the noun names
    assert.deepEqual(events('The permits came in July, two days before the trucks arrived.', P), ['in July 2025-07']);
  });

  it('anchors on the right event when an earlier anchored phrase could not be dated', () => {
    // "three days later" has nothing before it to count from and is left out
    assert.deepEqual(events('Three days later, the well ran dry. The village dug a new well in 2020. Two years later, it dried up too.', P), ['in 2020 2020', 'Two years later 2022']);
  });

  it('counts "the following month" from the time that opens the sentence before, not from a time reported inside it', () => {
    // "last year" is what the inspectors reported; the sentence is framed by "In February"
    const dated = events('In February, inspectors reported that the canal had leaked last year. The following month, engineers drained it.', P);
    assert.deepEqual(dated, ['In February 2025-02', 'last year 2024', 'The following month 2025-03']);
    // with no time at the start of the sentence before, the last time before still anchors
    assert.deepEqual(events('Inspectors visited in February and reported that the canal had leaked last year. The following month, engineers drained it.', P), ['in February 2025-02', 'last year 2024', 'The following month 2025-01']);
  });
});

describe('draft events: calendar days', () => {
  it('dates "June 3" by status, as the resolver dates a weekday', () => {
    assert.deepEqual(calendarDay('June 3', '2025-05-10', false), { edtf: '2024-06-03', start: '2024-06-03', end: '2024-06-03' });
    assert.deepEqual(calendarDay('on June 3', '2025-05-10', true), { edtf: '2025-06-03', start: '2025-06-03', end: '2025-06-03' });
    assert.equal(calendarDay('3 June 2021', '2025-05-10', true)?.edtf, '2021-06-03');
    assert.equal(calendarDay('since January 5', '2025-05-10', false)?.edtf, '2025-01-05/..');
    assert.equal(calendarDay('by June 30', '2025-05-10', false)?.edtf, '[..2025-06-30]');
    assert.equal(calendarDay('February 30', '2025-05-10', false), undefined);
  });

  it('drafts a hearing "set for October 2" as planned, stated by the article', () => {
    const r = draft('The appeal, which has been set for October 2, will be heard in Kumasi.', { published: P, id: 'invented' });
    assert.match(r.yamlText, /edtf: "?2025-10-02"?, phrase: October 2, basis: article|edtf: "?2025-10-02"?\n\s+phrase: October 2\n\s+basis: article/);
    assert.match(r.yamlText, /status: planned/);
  });
});

describe('draft events: clauses', () => {
  it('carries a leading time phrase over to the clause it opens', () => {
    const s = 'Two years later, the firm moved north, and its rivals followed.';
    assert.equal(clauseOf(s, 0, 15).text, 'Two years later, the firm moved north');
  });
});

describe('score: event dates', () => {
  it('matches the same days at the same precision, and a run of days with any precision of the same days', () => {
    assert.ok(sameWhen({ start: '2025-10-01', end: '2025-10-31', precision: 'month' }, { start: '2025-10-01', end: '2025-10-31', precision: 'day' }));
    assert.ok(!sameWhen({ start: '2025-03-01', end: '2025-05-31', precision: 'month' }, { start: '2025-03-01', end: '2025-05-31', precision: 'season' }));
    assert.ok(!sameWhen({ start: '2025-10-01', end: '2025-10-31', precision: 'month' }, { start: '2025-10-01', end: '2025-10-30', precision: 'day' }));
  });
});

describe('draft events: more time expressions, statuses and anchors', () => {
  // P = Thursday 2026-05-14
  const Q = '2026-05-14';
  it('reads a weekday of a named week, the past year, "within 30 days", "into October" and "in the autumn"', () => {
    assert.deepEqual(events('The council met on Friday of last week.', Q), ['on Friday of last week 2026-05-08']);
    assert.deepEqual(events('Three clinics closed over the past year.', Q), ['over the past year 2025-05-15/2026-05-14']);
    assert.deepEqual(events('The board said it would name a new chief within 30 days.', Q), ['within 30 days 2026-05-14/2026-06-13 planned']);
    assert.deepEqual(events('Fuel could run short if the strike lasted into October.', Q), ['into October 2026-10 conditional']);
    assert.deepEqual(events('A review team is expected to visit the port in the autumn.', Q), ['in the autumn 2026-23 expected']);
  });
  it('reads a reported future and a promise as planned, but not a report dated by its own day', () => {
    assert.deepEqual(events('The ministry said it would pay the grants this year.', Q), ['this year 2026-05-14/2026-12-31 planned']);
    assert.deepEqual(events('The mayor has promised to open the bridge, starting in July.', Q), ['in July 2026-07 planned']);
    assert.deepEqual(events('The union said on Monday that it would appeal.', Q), ['on Monday 2026-05-11']);
  });
  it('drafts no event for a superlative "since", and one for the year of an event noun', () => {
    assert.deepEqual(events('It was the heaviest rain the town has seen since the summer of 2019.', Q), []);
    assert.deepEqual(events('Turnout has fallen since the disputed 2014 general election, which a court annulled the following year.', Q), ['2014 2014', 'the following year 2015']);
  });
  it('dates a "when" clause by the time before it when the main clause reports an event, not after "That was"', () => {
    assert.deepEqual(events('The army closed the border last winter, when smugglers attacked a post.', Q), ['last winter 2025-24', 'last winter 2025-24']);
    assert.deepEqual(events('That was last winter, when smugglers attacked a post.', Q), ['last winter 2025-24']);
  });
  it('leaves out a possessive that names an event the article dates closer', () => {
    assert.deepEqual(events('Officials counted last week’s ballots. Voters went to the polls on Tuesday of last week.', Q), ['on Tuesday of last week 2026-05-05']);
  });
  it('gives the year for an offset in years counted from a season', () => {
    assert.deepEqual(events('Engineers tested the pumps in the spring of 2019. Two years later, the plant opened.', Q), ['in the spring of 2019 2019-21', 'Two years later 2021']);
  });
});

describe('draft events: states, events named twice, and "before the hearing"', () => {
  const Q = '2026-05-14';
  it('drafts no event for how long someone has lived or worked somewhere', () => {
    assert.deepEqual(events('The chief, who has lived in Kasama since the 1970s, spoke. The group has fought the plan since 2019.', Q), ['since 2019 2019/.. ongoing']);
  });
  it('keeps the closer date of an event still to come that two sentences name', () => {
    assert.deepEqual(events('The judge adjourned the case pending a full hearing in June. Lawyers said the hearing had been set for June 9.', Q), ['June 9 2026-06-09 planned']);
  });
  it('dates a threat "before the hearing" from the publication day to the hearing’s day', () => {
    const r = draft('The union threatened to strike if a worker was fired before the hearing, which has been set for June 9.', { published: Q, id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors.map((e) => e.message), []);
    const threat = built.story!.events.find((e) => e.when.phrase === 'before the hearing');
    assert.deepEqual([threat?.status, threat?.when.start, threat?.when.end], ['threatened', Q, '2026-06-09']);
  });
});

describe('draft events: rules added with the Ethiopia tuning article (sentences written here)', () => {
  // P = Thursday 2026-10-15
  const Q = '2026-10-15';
  it('reads a "by" that closes a past clause as the day itself, and keeps a deadline a deadline', () => {
    assert.deepEqual(events('By Sunday night the river had fallen below the bridge.', Q), ['Sunday night 2026-10-11']);
    assert.deepEqual(events('The contractor must repair the bridge by Sunday.', Q), ['by Sunday [..2026-10-18] planned']);
  });
  it('dates the year written after an event noun ("the drought of 2015")', () => {
    assert.deepEqual(events('Farmers still speak of the drought of 2015, when the wells ran dry.', Q), ['2015 2015']);
  });
  it('counts "two years later" from that year, and drops a past clause its anchor would put after publication', () => {
    assert.deepEqual(events('Farmers still speak of the drought of 2015. Two years later, the rains failed again.', Q), ['2015 2015', 'Two years later 2017']);
    assert.deepEqual(events('Prices have risen since last Friday. Two years later, the mill closed.', Q), ['since last Friday 2026-10-09/.. ongoing']);
  });
  it('dates "in the year to July" as the twelve months ending with the last July', () => {
    assert.deepEqual(calendarDay('in the year to July', Q, false), { edtf: '2025-08/2026-07', start: '2025-08-01', end: '2026-07-31' });
    assert.deepEqual(calendarDay('the 12 months to October 2026', '2026-11-02', false), { edtf: '2025-11/2026-10', start: '2025-11-01', end: '2026-10-31' });
    // October 2026 has not ended on 2026-10-15: the year to October is the one before
    assert.deepEqual(calendarDay('in the year to October', Q, false)?.end, '2025-10-31');
    assert.deepEqual(events('Tea exports earned $1.2 billion in the year to June.', Q), ['in the year to June 2025-07/2026-06']);
  });
});

describe('draft events: common wire phrases the resolver leaves to the draft (sentences written here)', () => {
  // P = Thursday 2025-11-20
  const R = '2025-11-20';
  it('reads "in October last year" as one month, not a month and a year', () => {
    assert.deepEqual(events('The company listed its shares in October last year.', R), ['in October last year 2024-10']);
    assert.deepEqual(calendarDay('March next year', R, true), { edtf: '2026-03', start: '2026-03-01', end: '2026-03-31' });
  });
  it('reads "earlier this week", "later this week", "over the weekend" and "since the start of the year"', () => {
    assert.deepEqual(calendarDay('earlier this week', R, false), { edtf: '2025-11-17/2025-11-19', start: '2025-11-17', end: '2025-11-19' });
    assert.deepEqual(calendarDay('later this week', R, true), { edtf: '2025-11-21/2025-11-23', start: '2025-11-21', end: '2025-11-23' });
    // on a Monday nothing of the week came before
    assert.equal(calendarDay('earlier this week', '2025-11-17', false), undefined);
    assert.deepEqual(calendarDay('over the weekend', R, false)?.edtf, '2025-11-15/2025-11-16');
    assert.deepEqual(calendarDay('over the weekend', R, true)?.edtf, '2025-11-22/2025-11-23');
    assert.deepEqual(calendarDay('over the weekend', '2025-11-23', false)?.edtf, '2025-11-22/2025-11-23');
    assert.deepEqual(events('Since the start of the year, three divers have drowned at the quarry.', R), ['Since the start of the year 2025-01-01/.. ongoing']);
  });
  it('cuts a clause with two times at the conjunction between them: each its own status and title', () => {
    const r = draft('Nurses met the governor on Wednesday night and will meet him again on Friday.', { published: R, id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.story!.events.map((e) => [e.when.edtf, e.status ?? 'past', e.title]), [
      ['2025-11-19', 'past', 'Nurses met the governor on Wednesday night'],
      ['2025-11-21', 'planned', 'Nurses will meet him again on Friday'],
    ]);
  });
});

describe('draft events: "that year", "later that month", "the same day" (sentences written here)', () => {
  it('counts them from the event dated before', () => {
    assert.deepEqual(events('A barge sank off the port in 2019. That year, the harbour master banned night crossings.', '2025-11-20'), ['in 2019 2019', 'That year 2019']);
    assert.deepEqual(events('The levee broke on March 3, 2021. Later that month, the governor resigned.', '2025-11-20'), ['on March 3, 2021 2021-03-03', 'Later that month 2021-03-04/2021-03-31']);
    assert.deepEqual(anchoredDay('the same day', { start: '2021-03-03', end: '2021-03-03' }), { edtf: '2021-03-03', start: '2021-03-03', end: '2021-03-03' });
    assert.deepEqual(anchoredDay('earlier that year', { start: '2021-03-03', end: '2021-03-03' }), { edtf: '2021-01-01/2021-03-02', start: '2021-01-01', end: '2021-03-02' });
  });
  it('gives no day to "that day" after a span, and none to "three days later" after a year', () => {
    assert.equal(anchoredDay('that day', { start: '2021-03-01', end: '2021-03-31' }), undefined);
    assert.deepEqual(events('A barge sank off the port in 2019. Three days later, a second one ran aground.', '2025-11-20'), ['in 2019 2019']);
  });
});

describe('draft events: "by the end of March", short months, thousands (sentences written here)', () => {
  const S = '2026-03-05';
  it('reads "by the end of" a month, a year or the week as a deadline', () => {
    assert.deepEqual(events('The agency must hire 300 rangers by the end of June.', S), ['by the end of June [..2026-06] planned']);
    assert.deepEqual(events('The port will reopen by the end of the week.', S), ['by the end of the week [..2026-03-08] planned']);
  });
  it('reads a news agency’s short month before a day ("Feb. 3", "Sept. 14, 2026")', () => {
    assert.deepEqual(events('The first leak was found on Feb. 3.', S), ['on Feb. 3 2026-02-03']);
    assert.deepEqual(calendarDay('Sept. 14, 2026', S, true), { edtf: '2026-09-14', start: '2026-09-14', end: '2026-09-14' });
  });
  it('does not cut a clause at the comma of a thousand', () => {
    const r = draft('The campaign will begin next week and should reach 200,000 homes by the end of March.', { published: S, id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.story!.events.map((e) => e.title), ['The campaign will begin next week', 'The campaign should reach 200,000 homes by the end of March']);
  });
});

describe('draft events: anchored months, scheduled presents, "until the end of" (sentences written here)', () => {
  const H = '2026-06-18';
  it('counts "the following week" from a season, and "in November of that year" from the year before it', () => {
    assert.deepEqual(events('The insurer collapsed in the autumn of 2023, and two brokers failed the following week. Regulators took control of it in November of that year.', H), [
      'in the autumn of 2023 2023-23',
      'the following week 2023-12-04/2023-12-10',
      'in November of that year 2023-11',
    ]);
  });
  it('reads a scheduled present ("takes effect on July 1", "reopens on Monday") as planned, a past tense as past', () => {
    assert.deepEqual(events('The new tariff takes effect on July 1.', H), ['on July 1 2026-07-01 planned']);
    assert.deepEqual(events('The ferry reopens on Monday.', H), ['on Monday 2026-06-22 planned']);
    assert.deepEqual(events('The ferry reopened on Monday.', H), ['on Monday 2026-06-15']);
  });
  it('reads "until the end of the year" and "until the end of March" as open to the publication day', () => {
    assert.deepEqual(events('Traders have until the end of the year to register.', H), ['until the end of the year ../2026 planned']);
    assert.deepEqual(calendarDay('until the end of March', H, true), { edtf: '../2027-03', start: H, end: '2027-03-31' });
  });
});

describe('draft events: a weekday written with its calendar day (sentences written here)', () => {
  it('drafts "on Monday, March 3, 2025" as one date, the calendar day', () => {
    assert.deepEqual(events('The fire broke out at the depot on Monday, March 3, 2025.', '2026-06-18'), ['March 3, 2025 2025-03-03']);
  });
  it('reads the status from the weekday’s clause ("will reply on Friday, 26 June")', () => {
    assert.deepEqual(events('The ministry will reply on Friday, 26 June.', '2026-06-18'), ['26 June 2026-06-26 planned']);
  });
  it('keeps a weekday and a later calendar day of another clause apart', () => {
    assert.deepEqual(events('Fire crews came on Monday, and on March 3 the army followed.', '2026-06-18'), ['on Monday 2026-06-15', 'on March 3 2026-03-03']);
  });
});

describe('draft events: whose time a time is, in a clause of deciding or threatening (sentences written here)', () => {
  const H = '2026-06-18';
  it('dates the threat by the time right after its verb, and the threatened act by the time after "to"', () => {
    assert.deepEqual(events('The dockers threatened on Tuesday to strike next week.', H), ['on Tuesday 2026-06-16', 'next week 2026-06-22/2026-06-28 threatened']);
  });
  it('reads the act a vote decided on as planned ("voted in May to close the market in September")', () => {
    assert.deepEqual(events('The council voted in May to close the market in September.', H), ['in May 2026-05', 'in September 2026-09 planned']);
  });
  it('reads an "if" clause of a sentence about the future as conditional, and "is expected within" as expected', () => {
    assert.deepEqual(events('If approved in July, the plant would open in 2028.', H), ['in July 2026-07 conditional', 'in 2028 2028 conditional']);
    assert.deepEqual(events('A ruling is expected within two weeks.', H), ['within two weeks 2026-06-18/2026-07-02 expected']);
  });
  it('keeps "could not" in the past', () => {
    assert.deepEqual(events('Residents could not leave their homes on Monday.', H), ['on Monday 2026-06-15']);
  });
});

describe('draft events: more statuses (sentences written here)', () => {
  const H = '2026-06-18';
  it('reads "expected … to" and "could" + verb as expected, "If …, … will" as conditional', () => {
    assert.deepEqual(events('She expected prices to fall by the end of the decade.', H), ['by the end of the decade [..2029] expected']);
    assert.deepEqual(events('Talks could resume next month.', H), ['next month 2026-07 expected']);
    assert.deepEqual(events('If the rains fail, we will close the school by March.', H), ['by March [..2027-03] conditional']);
  });
  it('reads "ordered a halt … until March" as a state lasting from today, not as planned', () => {
    assert.deepEqual(events('A judge on Monday ordered a halt to the evictions until March.', H), ['on Monday 2026-06-15', 'until March ../2027-03 ongoing']);
    assert.deepEqual(events('Traders have until the end of the year to register.', H), ['until the end of the year ../2026 planned']);
  });
});

describe('draft events: "today" inside a quotation (sentences written here)', () => {
  it('drafts no date for a quotation’s "today" or "tonight", whose day is the day it was said', () => {
    assert.deepEqual(events('“Today the river gave us back our boats,” said Kofi Asare, a ferryman. “Tonight we will sleep.”', '2026-06-18'), []);
  });
  it('keeps a hypothetical one (“I would quit tomorrow if …”), and the narration’s own "today"', () => {
    assert.deepEqual(events('“I would quit tomorrow if the fares rose,” said Kofi Asare.', '2026-06-18'), ['tomorrow 2026-06-19 conditional']);
    assert.deepEqual(events('The ferry resumed today.', '2026-06-18'), ['today 2026-06-18']);
  });
});

describe('draft events: a future denied (sentences written here)', () => {
  it('drafts no event for "would not change this year" or "will never reopen", but keeps "will not reopen until March"', () => {
    assert.deepEqual(events('The ferry company said its fares would not change this year.', '2026-06-18'), []);
    assert.deepEqual(events('The old bridge will never reopen next year or after.', '2026-06-18'), []);
    assert.deepEqual(events('The school will not reopen until March.', '2026-06-18'), ['until March ../2027-03 planned']);
  });
});

describe('draft events: a run of weekdays (sentences written here)', () => {
  it('dates "from Monday to Wednesday" as one run of days, back for a past event and forward for a planned one', () => {
    assert.deepEqual(events('The talks, held in Accra from Monday to Wednesday, ended without a deal.', '2026-06-18'), ['from Monday to Wednesday 2026-06-15/2026-06-17']);
    assert.deepEqual(events('Inspectors will visit the quarry from Tuesday to Friday.', '2026-06-18'), ['from Tuesday to Friday 2026-06-23/2026-06-26 planned']);
    assert.deepEqual(calendarDay('between Friday and Sunday', '2026-06-18', false), { edtf: '2026-06-12/2026-06-14', start: '2026-06-12', end: '2026-06-14' });
  });
});

describe('draft events: titles of clauses cut from one sentence (sentences written here)', () => {
  it('gives a clause that starts with its verb the sentence’s subject, and leaves other clauses alone', () => {
    assert.equal(withSubject('had laid off 300 workers last month', 'The mill said on Monday that it had laid off 300 workers last month.'), 'The mill had laid off 300 workers last month');
    assert.equal(withSubject('then again in 2019', 'The government first promised reforms in 2015, then again in 2019.'), 'then again in 2019');
    assert.equal(withSubject('A kiln explosion killed two men last week', 'Workers walked out on Monday after a kiln explosion killed two men last week.'), 'A kiln explosion killed two men last week');
  });
});

describe('draft events: "earlier in the week", "dates back to 2023" (sentences written here)', () => {
  it('reads them as the days before publication in its week, and the year a thing began', () => {
    assert.deepEqual(events('Earlier in the week, the harbour master had warned of delays.', '2026-06-18'), ['Earlier in the week 2026-06-15/2026-06-17']);
    assert.deepEqual(events('The quarrel over the jetty dates back to 2023.', '2026-06-18'), ['2023 2023']);
    // a bare year elsewhere still needs its preposition
    assert.deepEqual(events('The jetty was rebuilt, with 2023 the worst year for storms.', '2026-06-18'), []);
  });
});

// Rules added with data/mekong-rice-quota-2026 and its round of tuning (sentences written here).

/** The events of a draft with their titles: EDTF, status, title. */
function titled(text: string, published: string): [string, string, string][] {
  const r = draft(text, { published, id: 'invented' });
  const story = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText }).story!;
  return story.events.map((e) => [e.when.edtf, e.status ?? 'past', e.title]);
}
describe('draft events: a date fixed for a thing, a state "from" a year, a year before an event noun', () => {
  it('reads "set a hearing for August 11" as the hearing still to come, not as the past day of the setting', () => {
    assert.deepEqual(events('The magistrate set a new hearing for August 11, when both sides are to call their witnesses.', '2026-05-04'), ['August 11 2026-08-11 planned']);
    assert.deepEqual(events('The court adjourned the trial to September 3.', '2026-05-04'), ['September 3 2026-09-03 planned']);
    // "are to" plans as "is due to" does
    assert.deepEqual(events('Both ministers are to sign the accord next week.', '2026-05-04'), ['next week 2026-05-11/2026-05-17 planned']);
    // a past act with no "for" is still past
    assert.deepEqual(events('The magistrate heard the case on Friday.', '2026-05-04'), ['on Friday 2026-05-01']);
  });
  it('dates a state that starts "from 2029" (or "from March 2027") in that year or month', () => {
    assert.deepEqual(events('The refinery would process 40,000 barrels a day from 2029, its owners said.', '2026-05-04'), ['from 2029 2029 planned']);
    assert.deepEqual(events('Tolls will double from March 2027.', '2026-05-04'), ['from March 2027 2027-03 planned']);
    // "from Monday": the weekday, as before
    assert.deepEqual(events('The ferry will run twice a day from Monday.', '2026-05-06'), ['Monday 2026-05-11 planned']);
    // a comparison with a year is no event
    assert.deepEqual(events('Exports were up from 2019 levels, the chamber said.', '2026-05-04'), []);
  });
  it('dates "a 2023 reform of the mining code" by its year, as "the 2019 election"', () => {
    assert.deepEqual(events('Protests followed a 2023 reform of the mining code that opened the hills to drilling.', '2026-05-04'), ['2023 2023']);
    assert.deepEqual(events('The port never recovered from the 2021 blackout.', '2026-05-04'), ['2021 2021']);
    // a year before a noun that names no event is still a number
    assert.deepEqual(events('The district has 2023 registered boats.', '2026-05-04'), []);
  });
  it('reads "from March" as that month, and the calendar keeps the year a "from" names', () => {
    assert.deepEqual(calendarDay('from 2029', '2026-05-04', true), { edtf: '2029', start: '2029-01-01', end: '2029-12-31' });
    assert.deepEqual(calendarDay('from March', '2026-05-04', true), { edtf: '2027-03', start: '2027-03-01', end: '2027-03-31' });
  });
});

describe('draft events: "is due in", quarters and halves, the edges of a month, two months, hours, a participle clause (sentences written here)', () => {
  it('reads "is due in mid-April" as still to come', () => {
    assert.deepEqual(events('A second cargo of seed is due in mid-April.', '2026-03-05'), ['in mid-April 2026-04-11/2026-04-20 planned']);
  });
  it('dates a quarter or a half of a year as its months, and not "the first half" of a match', () => {
    assert.deepEqual(events('Copper output fell 12 percent in the third quarter of 2025.', '2026-03-05'), ['in the third quarter of 2025 2025-07/2025-09']);
    assert.deepEqual(events('The airline lost money in the first half of last year.', '2026-03-05'), ['in the first half of last year 2025-01/2025-06']);
    assert.deepEqual(events('The ministry will publish the audit in the second quarter.', '2026-03-05'), ['in the second quarter 2026-04/2026-06 planned']);
    assert.deepEqual(events('The visitors scored twice in the first half.', '2026-03-05'), []);
    assert.deepEqual(calendarDay('the last quarter', '2026-03-05', false), { edtf: '2025-10/2025-12', start: '2025-10-01', end: '2025-12-31' });
  });
  it('reads "at the end of March" and "at the start of June" as "late March" and "early June"', () => {
    assert.deepEqual(events('The curfew will be lifted at the end of March.', '2026-03-05'), ['at the end of March 2026-03-21/2026-03-31 planned']);
    assert.deepEqual(calendarDay('at the start of June', '2026-03-05', true), { edtf: '2026-06-01/2026-06-10', start: '2026-06-01', end: '2026-06-10' });
  });
  it('reads "in May or June" as both months, and "in the past 48 hours" as the days they touch', () => {
    assert.deepEqual(events('The rains are expected to arrive in May or June.', '2026-03-05'), ['in May or June 2026-05/2026-06 expected']);
    assert.deepEqual(events('In the past 48 hours, nine people died in the camps.', '2026-03-05'), ['In the past 48 hours 2026-03-03/2026-03-05']);
  });
  it('keeps a participle clause ("imposed in November") in the past, apart from the future of the sentence', () => {
    assert.deepEqual(titled('The curfew, imposed in November, will be lifted at the end of March.', '2026-03-05'), [
      ['2025-11', 'past', 'The curfew imposed in November'],
      ['2026-03-21/2026-03-31', 'planned', 'The curfew will be lifted at the end of March'],
    ]);
  });
});

describe('draft events: a clause of times alone, "the worst since 2010, when …", "before the end of", a week of a month (sentences written here)', () => {
  it('dates a clause of times alone by the clause it extends: its status and its words', () => {
    assert.deepEqual(titled('The council will repay the loan in two parts, in April and in June.', '2026-03-05'), [
      ['2026-04', 'planned', 'The council will repay the loan in two parts, in April'],
      ['2026-06', 'planned', 'The council will repay the loan in two parts, in June'],
    ]);
    assert.deepEqual(events('The herders crossed into Niger in late 2023 and early 2024.', '2026-03-05'), ['late 2023 2023-09/2023-12', 'early 2024 2024-01/2024-04']);
  });
  it('dates the "when" clause of a comparison with a year, and still not the comparison', () => {
    assert.deepEqual(events('The flood is the worst since 1998, when the dykes burst.', '2026-03-05'), ['1998 1998']);
    assert.deepEqual(events('The flood is the worst since 1998.', '2026-03-05'), []);
  });
  it('reads "before the end of the year" as "by the end of the year", and "the second week of January"', () => {
    assert.deepEqual(events('The governor has promised to hold a vote before the end of the year.', '2026-03-05'), ['before the end of the year [..2026] planned']);
    assert.deepEqual(events('The first cases were reported in the second week of January.', '2026-03-05'), ['in the second week of January 2026-01-08/2026-01-14']);
    assert.deepEqual(calendarDay('the last week of February', '2026-03-05', false), { edtf: '2026-02-22/2026-02-28', start: '2026-02-22', end: '2026-02-28' });
  });
  it('gives the clauses of "X, who …, has …" the subject X in their titles', () => {
    assert.equal(withSubject('who took office in 2021', 'The governor, who took office in 2021, has promised to hold a vote before the end of the year.'), 'The governor took office in 2021');
    assert.equal(withSubject('has promised to hold a vote before the end of the year', 'The governor, who took office in 2021, has promised to hold a vote before the end of the year.'), 'The governor has promised to hold a vote before the end of the year');
  });
});

describe('draft events: a planned run of months that has already begun (sentences written here)', () => {
  it('takes "plans to dredge the channel from March to May", in April, as next year’s run, dated by the draft with a note', () => {
    const r = draft('The port authority plans to dredge the channel from March to May, when the river is low.', { published: '2026-04-20', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors, []);
    assert.deepEqual(built.story!.events.map((e) => [e.when.edtf, e.status, e.when.basis]), [['2027-03/2027-05', 'planned', 'article']]);
    assert.match(r.yamlText, /a run of months already begun at publication is taken as next year’s/);
  });
  it('leaves a run still to come, a past run and anything else to the resolver', () => {
    assert.equal(plannedMonthRun('from June to August', '2026-04-20'), undefined);
    assert.equal(plannedMonthRun('in March', '2026-04-20'), undefined);
    assert.deepEqual(events('Ferries ran only at night from January to March.', '2026-04-20'), ['from January to March 2026-01/2026-03']);
    assert.deepEqual(events('The port authority will dredge the channel from June to August.', '2026-04-20'), ['from June to August 2026-06/2026-08 planned']);
  });
});

describe('draft events: a quotation’s year that the narration has dated (sentences written here)', () => {
  it('does not make a second event of “In 1998 …” after “… the floods of 1998, when …”', () => {
    const text = ['The lake is higher than at any time since the floods of 1998, when the dykes burst.', '“In 1998 the water came slowly,” said one fisherman. “This time it came in a night.”'].join('\n');
    assert.deepEqual(events(text, '2026-03-05'), ['1998 1998']);
    // a quotation's year the narration has not dated is still an event
    assert.deepEqual(events('“In 2004 we lost the whole harvest,” said one farmer.', '2026-03-05'), ['In 2004 2004']);
    // nor is a speaker's own doing in a year the narration has dated
    assert.deepEqual(events(text.replace('“In 1998 the water came slowly,”', '“In 1998 I lost my boat,”'), '2026-03-05'), ['1998 1998', 'In 1998 1998']);
  });
});

describe('draft events: a dateline is not part of a title (sentences invented here)', () => {
  it('drops a dateline with its agency in parentheses from the title of the first event', () => {
    assert.deepEqual(titled('KISUMU, Kenya (Lakeside Press) — Ferry crews walked off their boats on Monday.', '2025-09-17'), [['2025-09-15', 'past', 'Ferry crews walked off their boats on Monday']]);
    assert.deepEqual(titled('GORE, Ethiopia — Ferry crews walked off their boats on Monday.', '2025-09-17'), [['2025-09-15', 'past', 'Ferry crews walked off their boats on Monday']]);
  });
  it('titles a time in what a speaker added after a quotation by the words added, not by the quotation', () => {
    assert.deepEqual(titled('“The boats stay in port,” the harbour master said, adding that talks would resume on Friday.', '2025-09-17'), [['2025-09-19', 'planned', 'Talks would resume on Friday']]);
  });
});
