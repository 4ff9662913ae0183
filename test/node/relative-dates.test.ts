/**
 * The date resolver (src/builder/relative-dates.ts), phrase by phrase, against many publication
 * days: the table "Phrases the builder resolves" in data/README.md is its specification.
 *
 * Publication days used (weekday in brackets): 2024-04-13 [Sat, the Niger article], 2024-04-14 [Sun],
 * 2024-04-15 [Mon], 2024-04-10 [Wed], 2024-01-01 [Mon, year start], 2023-12-31 [Sun, year end],
 * 2024-03-01 [Fri, after a leap day], 2023-03-01 [Wed, after a common February], 2025-06-15 [Sun].
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseEdtf } from '../../src/builder/edtf.js';
import { type ResolveOptions, resolvePhrase } from '../../src/builder/relative-dates.js';
import { readFileSync } from 'node:fs';
import { validateStory } from '../../src/story/validate.js';
import { type FuzzyDate } from '../../src/story/types.js';

/** Every resolution of this file, for the check against the parser at the end. */
const RESOLVED: { published: string; date: Omit<FuzzyDate, 'basis'> }[] = [];

/** `EDTF = start..end precision [open side] [~]`; a single day is written once. */
function r(phrase: string, published: string, options: Omit<ResolveOptions, 'published'> = {}): string {
  const res = resolvePhrase(phrase, { published, ...options });
  assert.equal(res.kind, 'resolved', `${phrase} against ${published}: ${JSON.stringify(res)}`);
  if (res.kind !== 'resolved') return '';
  const d = res.date;
  RESOLVED.push({ published, date: d });
  const days = d.start === d.end ? d.start : `${d.start}..${d.end}`;
  return `${d.edtf} = ${days} ${d.precision}${d.open ? ` open ${d.open}` : ''}${d.approximate ? ' ~' : ''}`;
}
const planned = { planned: true };
const unknown = (phrase: string, published: string, options: Omit<ResolveOptions, 'published'> = {}) => {
  const res = resolvePhrase(phrase, { published, ...options });
  assert.equal(res.kind, 'unknown', `${phrase}: ${JSON.stringify(res)}`);
  return res.kind === 'unknown' ? res.reason ?? '' : '';
};

describe('relative dates: days and weekdays', () => {
  it('today, tonight, this morning: the publication day', () => {
    assert.equal(r('today', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('Tonight', '2024-01-01'), '2024-01-01 = 2024-01-01 day');
    assert.equal(r('this morning', '2023-12-31'), '2023-12-31 = 2023-12-31 day');
  });

  it('yesterday (and yesterday evening, last night): the day before, across month, year and leap day', () => {
    assert.equal(r('yesterday', '2024-04-13'), '2024-04-12 = 2024-04-12 day');
    assert.equal(r('Yesterday', '2024-01-01'), '2023-12-31 = 2023-12-31 day');
    assert.equal(r('yesterday evening', '2024-03-01'), '2024-02-29 = 2024-02-29 day');
    assert.equal(r('last night', '2023-03-01'), '2023-02-28 = 2023-02-28 day');
  });

  it('tomorrow: the day after', () => {
    assert.equal(r('tomorrow', '2023-12-31', planned), '2024-01-01 = 2024-01-01 day');
  });

  it('a weekday, with or without "on": the latest such day on or before P; P\'s own weekday is P', () => {
    assert.equal(r('on Saturday', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('Friday', '2024-04-13'), '2024-04-12 = 2024-04-12 day');
    assert.equal(r('on Sunday', '2024-04-13'), '2024-04-07 = 2024-04-07 day');
    assert.equal(r('on Monday', '2024-04-15'), '2024-04-15 = 2024-04-15 day');
    assert.equal(r('on Monday', '2024-04-14'), '2024-04-08 = 2024-04-08 day');
    assert.equal(r('on Thursday', '2024-03-01'), '2024-02-29 = 2024-02-29 day');
    assert.equal(r('Tuesday', '2024-01-01'), '2023-12-26 = 2023-12-26 day');
  });

  it('a weekday with morning, afternoon, evening or night: the same day', () => {
    assert.equal(r('on Friday night', '2024-04-13'), '2024-04-12 = 2024-04-12 day');
    assert.equal(r('Saturday morning', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('on Sunday afternoon', '2024-04-15'), '2024-04-14 = 2024-04-14 day');
    assert.equal(r('Wednesday evening', '2024-04-10'), '2024-04-10 = 2024-04-10 day');
  });

  it('"last" and "this" weekday: the latest such day on or before P; "last" on P\'s own weekday is a week earlier', () => {
    assert.equal(r('last Tuesday', '2024-04-13'), '2024-04-09 = 2024-04-09 day');
    assert.equal(r('last Saturday', '2024-04-13'), '2024-04-06 = 2024-04-06 day');
    assert.equal(r('this past Saturday', '2024-04-13'), '2024-04-06 = 2024-04-06 day');
    assert.equal(r('Saturday', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('this Saturday', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('this Tuesday', '2024-04-13'), '2024-04-09 = 2024-04-09 day');
    assert.equal(r('last Sunday night', '2024-01-01'), '2023-12-31 = 2023-12-31 day');
  });

  it('a planned event\'s weekday looks forward: the first such day on or after P', () => {
    assert.equal(r('on Tuesday', '2024-04-13', planned), '2024-04-16 = 2024-04-16 day');
    assert.equal(r('on Saturday', '2024-04-13', planned), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('this Friday', '2023-12-31', planned), '2024-01-05 = 2024-01-05 day');
    assert.equal(r('Thursday', '2024-02-28', planned), '2024-02-29 = 2024-02-29 day');
    // "last" stays in the past whatever the status (the status check then reports the clash)
    assert.equal(r('last Tuesday', '2024-04-13', planned), '2024-04-09 = 2024-04-09 day');
  });

  it('next weekday: the first such day after P, never P', () => {
    assert.equal(r('next Saturday', '2024-04-13'), '2024-04-20 = 2024-04-20 day');
    assert.equal(r('next Monday', '2024-04-13', planned), '2024-04-15 = 2024-04-15 day');
  });
});

describe('relative dates: weeks and weekends (weeks run Monday to Sunday)', () => {
  it('this past week: the seven days ending on P', () => {
    assert.equal(r('this past week', '2024-04-13'), '2024-04-07/2024-04-13 = 2024-04-07..2024-04-13 week');
    assert.equal(r('over the past week', '2024-01-01'), '2023-12-26/2024-01-01 = 2023-12-26..2024-01-01 week');
    assert.equal(r('the past week', '2024-03-01'), '2024-02-24/2024-03-01 = 2024-02-24..2024-03-01 week');
  });

  it('this week: the Monday–Sunday week of P, cut at P (past: up to P; planned: from P)', () => {
    assert.equal(r('this week', '2024-04-13'), '2024-04-08/2024-04-13 = 2024-04-08..2024-04-13 day');
    assert.equal(r('this week', '2024-04-14'), '2024-04-08/2024-04-14 = 2024-04-08..2024-04-14 week');
    assert.equal(r('this week', '2024-04-15'), '2024-04-15 = 2024-04-15 day');
    assert.equal(r('this week', '2024-04-13', planned), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
    assert.equal(r('this week', '2024-04-15', planned), '2024-04-15/2024-04-21 = 2024-04-15..2024-04-21 week');
  });

  it('last week: Monday–Sunday of the ISO week before P\'s', () => {
    assert.equal(r('last week', '2024-04-13'), '2024-04-01/2024-04-07 = 2024-04-01..2024-04-07 week');
    assert.equal(r('last week', '2024-04-14'), '2024-04-01/2024-04-07 = 2024-04-01..2024-04-07 week');
    assert.equal(r('last week', '2024-04-15'), '2024-04-08/2024-04-14 = 2024-04-08..2024-04-14 week');
    assert.equal(r('Last week', '2024-01-01'), '2023-12-25/2023-12-31 = 2023-12-25..2023-12-31 week');
    assert.equal(r('last week', '2024-03-01'), '2024-02-19/2024-02-25 = 2024-02-19..2024-02-25 week');
  });

  it('for most of last week: the same week, approximate', () => {
    assert.equal(r('for most of last week', '2024-04-13'), '2024-04-01~/2024-04-07~ = 2024-04-01..2024-04-07 week ~');
    assert.equal(r('most of last week', '2024-04-15'), '2024-04-08~/2024-04-14~ = 2024-04-08..2024-04-14 week ~');
  });

  it('the week before: the ISO week before last week, or before the anchor event\'s week', () => {
    assert.equal(r('the week before', '2024-04-13'), '2024-03-25/2024-03-31 = 2024-03-25..2024-03-31 week');
    assert.equal(r('the previous week', '2024-01-01'), '2023-12-18/2023-12-24 = 2023-12-18..2023-12-24 week');
    const res = resolvePhrase('the week before', { published: '2024-04-13', anchor: { start: '2024-03-16', end: '2024-03-16' } });
    assert.equal(res.kind === 'resolved' && `${res.date.edtf} ${res.anchored}`, '2024-03-04/2024-03-10 true');
  });

  it('next week: the ISO week after P\'s', () => {
    assert.equal(r('next week', '2024-04-14', planned), '2024-04-15/2024-04-21 = 2024-04-15..2024-04-21 week');
  });

  it('this past weekend and last weekend: the Saturday–Sunday that ended before P', () => {
    assert.equal(r('this past weekend', '2024-04-15'), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
    assert.equal(r('this past weekend', '2024-04-13'), '2024-04-06/2024-04-07 = 2024-04-06..2024-04-07 day');
    assert.equal(r('last weekend', '2024-04-14'), '2024-04-06/2024-04-07 = 2024-04-06..2024-04-07 day');
    assert.equal(r('last weekend', '2024-01-01'), '2023-12-30/2023-12-31 = 2023-12-30..2023-12-31 day');
  });

  it('this weekend: P\'s own weekend (cut at P), else the one before (past) or after (planned)', () => {
    assert.equal(r('this weekend', '2024-04-14'), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
    assert.equal(r('this weekend', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('this weekend', '2024-04-13', planned), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
    assert.equal(r('this weekend', '2024-04-10'), '2024-04-06/2024-04-07 = 2024-04-06..2024-04-07 day');
    assert.equal(r('this weekend', '2024-04-10', planned), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
  });

  it('next weekend: the first weekend that starts after P', () => {
    assert.equal(r('next weekend', '2024-04-10', planned), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
    assert.equal(r('next weekend', '2024-04-13', planned), '2024-04-20/2024-04-21 = 2024-04-20..2024-04-21 day');
  });
});

describe('relative dates: another hour of a named day, the weekend without "this"', () => {
  it('earlier on Tuesday, later on Friday, earlier today: the day itself', () => {
    assert.equal(r('earlier on Tuesday', '2024-04-10'), '2024-04-09 = 2024-04-09 day');
    assert.equal(r('Earlier on Wednesday', '2024-04-10'), '2024-04-10 = 2024-04-10 day');
    assert.equal(r('later on Friday', '2024-04-10', planned), '2024-04-12 = 2024-04-12 day');
    assert.equal(r('earlier today', '2024-04-10'), '2024-04-10 = 2024-04-10 day');
    assert.equal(r('later tonight', '2024-04-10', planned), '2024-04-10 = 2024-04-10 day');
  });

  it('over / during / at the weekend: as "this weekend", past or planned by the verb', () => {
    assert.equal(r('over the weekend', '2024-04-10'), '2024-04-06/2024-04-07 = 2024-04-06..2024-04-07 day');
    assert.equal(r('during the weekend', '2024-04-15'), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
    assert.equal(r('at the weekend', '2024-04-10', planned), '2024-04-13/2024-04-14 = 2024-04-13..2024-04-14 day');
    unknown('the weekend before', '2024-04-10');
  });
});

describe('relative dates: months', () => {
  it('earlier this month: the 1st of P\'s month to the day before P; nothing on the 1st', () => {
    assert.equal(r('earlier this month', '2024-04-13'), '2024-04-01/2024-04-12 = 2024-04-01..2024-04-12 day');
    assert.equal(r('earlier this month', '2024-04-08'), '2024-04-01/2024-04-07 = 2024-04-01..2024-04-07 week');
    assert.equal(r('Earlier this month', '2024-03-02'), '2024-03-01 = 2024-03-01 day');
    assert.match(unknown('earlier this month', '2024-03-01'), /no days before 2024-03-01/);
  });

  it('this month: P\'s month, cut at P', () => {
    assert.equal(r('this month', '2024-04-13'), '2024-04-01/2024-04-13 = 2024-04-01..2024-04-13 day');
    assert.equal(r('this month', '2024-04-13', planned), '2024-04-13/2024-04-30 = 2024-04-13..2024-04-30 day');
    assert.equal(r('this month', '2024-02-29'), '2024-02 = 2024-02-01..2024-02-29 month');
  });

  it('last month: the calendar month before P\'s, across a year and in a leap year', () => {
    assert.equal(r('last month', '2024-04-13'), '2024-03 = 2024-03-01..2024-03-31 month');
    assert.equal(r('Last month', '2024-01-01'), '2023-12 = 2023-12-01..2023-12-31 month');
    assert.equal(r('last month', '2024-03-31'), '2024-02 = 2024-02-01..2024-02-29 month');
    assert.equal(r('last month', '2023-03-01'), '2023-02 = 2023-02-01..2023-02-28 month');
  });

  it('next month: the calendar month after P\'s', () => {
    assert.equal(r('next month', '2023-12-31', planned), '2024-01 = 2024-01-01..2024-01-31 month');
    assert.equal(r('next month', '2024-01-31', planned), '2024-02 = 2024-02-01..2024-02-29 month');
  });

  it('later this month: the day after P to the end of P\'s month; nothing on the last day', () => {
    assert.equal(r('later this month', '2024-04-13', planned), '2024-04-14/2024-04-30 = 2024-04-14..2024-04-30 day');
    assert.equal(r('later this month', '2024-02-28', planned), '2024-02-29 = 2024-02-29 day');
    assert.match(unknown('later this month', '2023-12-31', planned), /no days after 2023-12-31/);
  });
});

describe('relative dates: years', () => {
  it('this year: P\'s year, cut at P', () => {
    assert.equal(r('this year', '2024-04-13'), '2024-01-01/2024-04-13 = 2024-01-01..2024-04-13 day');
    assert.equal(r('this year', '2024-04-13', planned), '2024-04-13/2024-12-31 = 2024-04-13..2024-12-31 day');
    assert.equal(r('this year', '2023-12-31'), '2023 = 2023-01-01..2023-12-31 year');
  });

  it('last year and next year', () => {
    assert.equal(r('last year', '2024-04-13'), '2023 = 2023-01-01..2023-12-31 year');
    assert.equal(r('last year', '2024-01-01'), '2023 = 2023-01-01..2023-12-31 year');
    assert.equal(r('next year', '2023-12-31', planned), '2024 = 2024-01-01..2024-12-31 year');
  });

  it('earlier this year: January 1 to the day before P; nothing on January 1', () => {
    assert.equal(r('earlier this year', '2024-04-13'), '2024-01-01/2024-04-12 = 2024-01-01..2024-04-12 day');
    assert.equal(r('earlier this year', '2024-03-01'), '2024-01-01/2024-02-29 = 2024-01-01..2024-02-29 day');
    assert.match(unknown('earlier this year', '2024-01-01'), /no days before 2024-01-01/);
  });

  it('later this year: the day after P to December 31', () => {
    assert.equal(r('later this year', '2024-04-13', planned), '2024-04-14/2024-12-31 = 2024-04-14..2024-12-31 day');
  });

  it('late last year (and early/mid, of any year): thirds of the year, Jan–Apr, May–Aug, Sep–Dec', () => {
    assert.equal(r('late last year', '2024-04-13'), '2023-09/2023-12 = 2023-09-01..2023-12-31 month');
    assert.equal(r('late last year', '2024-01-01'), '2023-09/2023-12 = 2023-09-01..2023-12-31 month');
    assert.equal(r('early last year', '2024-04-13'), '2023-01/2023-04 = 2023-01-01..2023-04-30 month');
    assert.equal(r('in mid-2019', '2024-04-13'), '2019-05/2019-08 = 2019-05-01..2019-08-31 month');
    assert.equal(r('early this year', '2024-04-13'), '2024-01-01/2024-04-13 = 2024-01-01..2024-04-13 day');
  });

  it('in 2019, and from 2019 to 2021', () => {
    assert.equal(r('in 2019', '2024-04-13'), '2019 = 2019-01-01..2019-12-31 year');
    assert.equal(r('2016', '2024-04-13'), '2016 = 2016-01-01..2016-12-31 year');
    assert.equal(r('in 2024', '2024-04-13'), '2024-01-01/2024-04-13 = 2024-01-01..2024-04-13 day');
    assert.equal(r('from 2019 to 2021', '2024-04-13'), '2019/2021 = 2019-01-01..2021-12-31 year');
  });
});

describe('relative dates: seasons (northern meteorological: Mar–May, Jun–Aug, Sep–Nov, Dec–Feb)', () => {
  it('last spring: the latest spring that ended before P', () => {
    assert.equal(r('last spring', '2024-04-13'), '2023-21 = 2023-03-01..2023-05-31 season');
    assert.equal(r('last spring', '2024-06-01'), '2024-21 = 2024-03-01..2024-05-31 season');
    assert.equal(r('last spring', '2024-05-31'), '2023-21 = 2023-03-01..2023-05-31 season');
  });

  it('last summer, last autumn (fall), last winter', () => {
    assert.equal(r('last summer', '2024-04-13'), '2023-22 = 2023-06-01..2023-08-31 season');
    assert.equal(r('last fall', '2024-04-13'), '2023-23 = 2023-09-01..2023-11-30 season');
    assert.equal(r('last autumn', '2023-12-31'), '2023-23 = 2023-09-01..2023-11-30 season');
    assert.equal(r('last winter', '2024-04-13'), '2023-24 = 2023-12-01..2024-02-29 season');
    assert.equal(r('last winter', '2024-01-01'), '2022-24 = 2022-12-01..2023-02-28 season');
  });

  it('this summer: the summer under way at P (cut at P), else the latest (past) or next (planned) one', () => {
    assert.equal(r('this summer', '2024-04-13', planned), '2024-22 = 2024-06-01..2024-08-31 season');
    assert.equal(r('this summer', '2024-10-02'), '2024-22 = 2024-06-01..2024-08-31 season');
    assert.equal(r('this summer', '2025-06-15'), '2025-06-01/2025-06-15 = 2025-06-01..2025-06-15 day');
    assert.equal(r('this winter', '2024-01-01'), '2023-12-01/2024-01-01 = 2023-12-01..2024-01-01 day');
    assert.equal(r('this winter', '2024-04-13'), '2023-24 = 2023-12-01..2024-02-29 season');
  });

  it('next winter: the first winter that starts after P', () => {
    assert.equal(r('next winter', '2024-04-13', planned), '2024-24 = 2024-12-01..2025-02-28 season');
    assert.equal(r('next winter', '2024-01-01', planned), '2024-24 = 2024-12-01..2025-02-28 season');
    assert.equal(r('next spring', '2024-04-13', planned), '2025-21 = 2025-03-01..2025-05-31 season');
  });

  it('a bare season: a past event takes the latest begun, a planned one the next not ended', () => {
    assert.equal(r('in the summer', '2024-04-13'), '2023-22 = 2023-06-01..2023-08-31 season');
    assert.equal(r('in the summer', '2024-04-13', planned), '2024-22 = 2024-06-01..2024-08-31 season');
    assert.equal(r('in spring', '2024-04-13', planned), '2024-04-13/2024-05-31 = 2024-04-13..2024-05-31 day');
  });

  it('in the spring of 2019, summer 2023, the winter of 2019 (December 2019 to February 2020)', () => {
    assert.equal(r('in the spring of 2019', '2024-04-13'), '2019-21 = 2019-03-01..2019-05-31 season');
    assert.equal(r('summer 2023', '2024-04-13'), '2023-22 = 2023-06-01..2023-08-31 season');
    assert.equal(r('the winter of 2019', '2024-04-13'), '2019-24 = 2019-12-01..2020-02-29 season');
  });
});

describe('relative dates: months by name', () => {
  it('a bare month, past: the latest that began on or before P (cut at P)', () => {
    assert.equal(r('in July', '2024-04-13'), '2023-07 = 2023-07-01..2023-07-31 month');
    assert.equal(r('in March', '2024-04-13'), '2024-03 = 2024-03-01..2024-03-31 month');
    assert.equal(r('in April', '2024-04-13'), '2024-04-01/2024-04-13 = 2024-04-01..2024-04-13 day');
    assert.equal(r('February', '2024-03-01'), '2024-02 = 2024-02-01..2024-02-29 month');
    assert.equal(r('in December', '2024-01-01'), '2023-12 = 2023-12-01..2023-12-31 month');
  });

  it('a bare month, planned: the next that has not ended (cut at P)', () => {
    assert.equal(r('in July', '2024-04-13', planned), '2024-07 = 2024-07-01..2024-07-31 month');
    assert.equal(r('in March', '2024-04-13', planned), '2025-03 = 2025-03-01..2025-03-31 month');
    assert.equal(r('in April', '2024-04-13', planned), '2024-04-13/2024-04-30 = 2024-04-13..2024-04-30 day');
    assert.equal(r('in January', '2023-12-31', planned), '2024-01 = 2024-01-01..2024-01-31 month');
  });

  it('last July, next March: never P\'s month', () => {
    assert.equal(r('last April', '2024-04-13'), '2023-04 = 2023-04-01..2023-04-30 month');
    assert.equal(r('last March', '2024-04-13'), '2024-03 = 2024-03-01..2024-03-31 month');
    assert.equal(r('next April', '2024-04-13', planned), '2025-04 = 2025-04-01..2025-04-30 month');
    assert.equal(r('next May', '2024-04-13', planned), '2024-05 = 2024-05-01..2024-05-31 month');
  });

  it('July 2023, in February 2024', () => {
    assert.equal(r('July 2023', '2024-04-13'), '2023-07 = 2023-07-01..2023-07-31 month');
    assert.equal(r('in February 2024', '2024-04-13'), '2024-02 = 2024-02-01..2024-02-29 month');
  });

  it('early, mid- and late March: days 1–10, 11–20, 21 to the end', () => {
    assert.equal(r('in early March', '2024-04-13'), '2024-03-01/2024-03-10 = 2024-03-01..2024-03-10 day');
    assert.equal(r('mid-March', '2024-04-13'), '2024-03-11/2024-03-20 = 2024-03-11..2024-03-20 day');
    assert.equal(r('late February', '2024-04-13'), '2024-02-21/2024-02-29 = 2024-02-21..2024-02-29 day');
  });

  it('from March to May: a past event takes the latest, a planned one the next; a span across New Year', () => {
    assert.equal(r('from March to May', '2024-08-01'), '2024-03/2024-05 = 2024-03-01..2024-05-31 month');
    assert.equal(r('from March to May', '2024-02-10'), '2023-03/2023-05 = 2023-03-01..2023-05-31 month');
    assert.equal(r('from March to May', '2024-02-10', planned), '2024-03/2024-05 = 2024-03-01..2024-05-31 month');
    assert.equal(r('from March to May', '2024-04-13'), '2024-03-01/2024-04-13 = 2024-03-01..2024-04-13 day');
    assert.equal(r('from November to February', '2024-04-13'), '2023-11/2024-02 = 2023-11-01..2024-02-29 month');
    assert.equal(r('between June and August 2023', '2024-04-13'), '2023-06/2023-08 = 2023-06-01..2023-08-31 month');
  });
});

describe('relative dates: decades', () => {
  it('in the 1990s: the decade, written 199X', () => {
    assert.equal(r('in the 1990s', '2024-04-13'), '199X = 1990-01-01..1999-12-31 decade');
    assert.equal(r('the 2000s', '2024-04-13'), '200X = 2000-01-01..2009-12-31 decade');
  });

  it('in the early/mid/late 1990s: years 0–3, 4–6, 7–9', () => {
    assert.equal(r('in the early 1990s', '2024-04-13'), '1990/1993 = 1990-01-01..1993-12-31 decade');
    assert.equal(r('in the mid-1990s', '2024-04-13'), '1994/1996 = 1994-01-01..1996-12-31 decade');
    assert.equal(r('the late 1980s', '2024-04-13'), '1987/1989 = 1987-01-01..1989-12-31 decade');
  });

  it('a decade ago, two decades ago: that year, approximate', () => {
    assert.equal(r('a decade ago', '2024-04-13'), '2014~ = 2014-01-01..2014-12-31 year ~');
    assert.equal(r('two decades ago', '2024-01-01'), '2004~ = 2004-01-01..2004-12-31 year ~');
  });

  it('decades ago: twenty to forty years before P\'s year, approximate', () => {
    assert.equal(r('decades ago', '2024-04-13'), '1984~/2004~ = 1984-01-01..2004-12-31 year ~');
  });
});

describe('relative dates: counted from P or from another event', () => {
  it('N days ago', () => {
    assert.equal(r('three days ago', '2024-04-13'), '2024-04-10 = 2024-04-10 day');
    assert.equal(r('2 days ago', '2024-03-01'), '2024-02-28 = 2024-02-28 day');
    assert.equal(r('a day ago', '2024-01-01'), '2023-12-31 = 2023-12-31 day');
  });

  it('N weeks ago: the seven days ending N weeks before P', () => {
    assert.equal(r('two weeks ago', '2024-04-13'), '2024-03-24/2024-03-30 = 2024-03-24..2024-03-30 week');
    assert.equal(r('a week ago', '2024-01-01'), '2023-12-19/2023-12-25 = 2023-12-19..2023-12-25 week');
  });

  it('N months ago: the calendar month N months before P\'s', () => {
    assert.equal(r('six months ago', '2024-04-13'), '2023-10 = 2023-10-01..2023-10-31 month');
    assert.equal(r('two months ago', '2024-04-30'), '2024-02 = 2024-02-01..2024-02-29 month');
    assert.equal(r('eleven months ago', '2024-01-01'), '2023-02 = 2023-02-01..2023-02-28 month');
  });

  it('N years ago, with number words up to ninety-nine', () => {
    assert.equal(r('five years ago', '2024-04-13'), '2019 = 2019-01-01..2019-12-31 year');
    assert.equal(r('twenty-five years ago', '2024-04-13'), '1999 = 1999-01-01..1999-12-31 year');
    assert.equal(r('a year ago', '2024-01-01'), '2023 = 2023-01-01..2023-12-31 year');
    assert.equal(unknown('several years ago', '2024-04-13'), '');
  });

  const anchored = (phrase: string, anchor: { start: string; end: string }) => {
    const res = resolvePhrase(phrase, { published: '2024-04-13', anchor });
    assert.equal(res.kind, 'resolved', phrase);
    return res.kind === 'resolved' ? `${res.date.edtf} = ${res.date.start}..${res.date.end} ${res.date.precision}${res.anchored ? ' anchored' : ''}` : '';
  };

  it('N years later, a year earlier, two weeks after, a decade later: the anchor moved', () => {
    const y2016 = { start: '2016-01-01', end: '2016-12-31' };
    assert.equal(anchored('two years later', y2016), '2018 = 2018-01-01..2018-12-31 year anchored');
    assert.equal(anchored('a year earlier', y2016), '2015 = 2015-01-01..2015-12-31 year anchored');
    assert.equal(anchored('two weeks after', { start: '2024-03-16', end: '2024-03-16' }), '2024-03-30 = 2024-03-30..2024-03-30 day anchored');
    assert.equal(anchored('three months earlier', { start: '2024-03-01', end: '2024-03-31' }), '2023-12 = 2023-12-01..2023-12-31 month anchored');
    assert.equal(anchored('a year later', { start: '2023-06-01', end: '2023-08-31' }), '2024-22 = 2024-06-01..2024-08-31 season anchored');
    assert.equal(anchored('a decade later', y2016), '2026 = 2026-01-01..2026-12-31 year anchored');
    assert.equal(anchored('a year later', { start: '2023-02-28', end: '2023-02-28' }), '2024-02-28 = 2024-02-28..2024-02-28 day anchored');
    assert.equal(anchored('a year later', { start: '2024-02-01', end: '2024-02-29' }), '2025-02 = 2025-02-01..2025-02-28 month anchored');
  });

  it('the following day, the day before, the following year', () => {
    const d = { start: '2023-12-31', end: '2023-12-31' };
    assert.equal(anchored('the following day', d), '2024-01-01 = 2024-01-01..2024-01-01 day anchored');
    assert.equal(anchored('the day before', d), '2023-12-30 = 2023-12-30..2023-12-30 day anchored');
    assert.equal(anchored('the following year', { start: '2019-12-31', end: '2019-12-31' }), '2020 = 2020-01-01..2020-12-31 year anchored');
    // like any span across P, a past event's "following year" is cut at P
    assert.equal(anchored('the following year', d), '2024-01-01/2024-04-13 = 2024-01-01..2024-04-13 day anchored');
    assert.equal(anchored('the following week', d), '2024-01-01/2024-01-07 = 2024-01-01..2024-01-07 week anchored');
  });

  it('asks for an anchor when a phrase counts from another event and none is given', () => {
    for (const phrase of ['two years later', 'a year earlier', 'two weeks after', 'the following day']) {
      assert.equal(resolvePhrase(phrase, { published: '2024-04-13' }).kind, 'needs-anchor', phrase);
    }
  });
});

describe('relative dates: deadlines and open spans (closed at P on their open side)', () => {
  it('by the end of the decade: P to December 31 of the last year of P\'s decade (years 0–9)', () => {
    assert.equal(r('by the end of the decade', '2024-04-13', planned), '[..2029] = 2024-04-13..2029-12-31 year open start');
    assert.equal(r('by the end of the decade', '2020-01-01', planned), '[..2029] = 2020-01-01..2029-12-31 year open start');
    assert.equal(r('by the end of the decade', '2029-12-31', planned), '[..2029] = 2029-12-31 year open start');
  });

  it('by 2030, by the end of the year', () => {
    assert.equal(r('by 2030', '2024-04-13', planned), '[..2030] = 2024-04-13..2030-12-31 year open start');
    assert.equal(r('by the end of the year', '2024-04-13', planned), '[..2024] = 2024-04-13..2024-12-31 year open start');
    assert.match(unknown('by 2020', '2024-04-13', planned), /before publication/);
  });

  it('by June: the first June not over at P', () => {
    assert.equal(r('by June', '2024-04-13', planned), '[..2024-06] = 2024-04-13..2024-06-30 month open start');
    assert.equal(r('by June', '2024-08-01', planned), '[..2025-06] = 2024-08-01..2025-06-30 month open start');
    assert.equal(r('by June', '2024-06-30'), '[..2024-06] = 2024-06-30 month open start');
    assert.equal(r('by next summer', '2024-04-13', planned), '[..2024-22] = 2024-04-13..2024-08-31 season open start');
    assert.equal(r('by next summer', '2024-07-01', planned), '[..2025-22] = 2024-07-01..2025-08-31 season open start');
  });

  it('until March: P to the end of the first March not over at P', () => {
    assert.equal(r('until March', '2024-04-13'), '../2025-03 = 2024-04-13..2025-03-31 month open start');
    assert.equal(r('until March', '2024-02-10', planned), '../2024-03 = 2024-02-10..2024-03-31 month open start');
    assert.equal(r('until 2026', '2024-04-13'), '../2026 = 2024-04-13..2026-12-31 year open start');
  });

  it('since 2019: from January 1, 2019 to P', () => {
    assert.equal(r('since 2019', '2024-04-13'), '2019/.. = 2019-01-01..2024-04-13 year open end');
    assert.equal(r('since 2024', '2024-01-01'), '2024/.. = 2024-01-01 year open end');
    assert.match(unknown('since 2025', '2024-04-13'), /after publication/);
  });

  it('since last summer, since March, since the 1990s, since Tuesday', () => {
    assert.equal(r('since last summer', '2024-04-13'), '2023-22/.. = 2023-06-01..2024-04-13 season open end');
    assert.equal(r('since March', '2024-04-13', planned), '2024-03/.. = 2024-03-01..2024-04-13 month open end');
    assert.equal(r('since the 1990s', '2024-04-13'), '199X/.. = 1990-01-01..2024-04-13 decade open end');
    assert.equal(r('since Tuesday', '2024-04-13'), '2024-04-09/.. = 2024-04-09..2024-04-13 day open end');
  });
});

describe('relative dates: common news phrases read since 2026-12-07 (edges of a month or year, the turn of the year, parts of a week, the night of a day)', () => {
  it('the day before yesterday, the day after tomorrow: P − 2, P + 2', () => {
    assert.equal(r('the day before yesterday', '2024-04-13'), '2024-04-11 = 2024-04-11 day');
    assert.equal(r('on the day before yesterday', '2024-03-01'), '2024-02-28 = 2024-02-28 day');
    assert.equal(r('the day after tomorrow', '2023-12-31', planned), '2024-01-02 = 2024-01-02 day');
  });

  it('N days or weeks from now (from today): that day, P + N or P + 7N', () => {
    assert.equal(r('two weeks from now', '2024-04-13', planned), '2024-04-27 = 2024-04-27 day');
    assert.equal(r('ten days from today', '2023-12-31', planned), '2024-01-10 = 2024-01-10 day');
    assert.equal(r('a week from today', '2024-02-25', planned), '2024-03-03 = 2024-03-03 day');
    unknown('two months from now', '2024-04-13', planned);
    unknown('zero days from now', '2024-04-13', planned);
  });

  it('late on Tuesday, early Friday: that weekday, as "earlier on Tuesday"', () => {
    assert.equal(r('late on Tuesday', '2024-04-10'), '2024-04-09 = 2024-04-09 day');
    assert.equal(r('late Friday', '2024-04-13'), '2024-04-12 = 2024-04-12 day');
    assert.equal(r('early Tuesday', '2024-04-13', planned), '2024-04-16 = 2024-04-16 day');
    assert.equal(r('late today', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    // "late" before a month or a year keeps its own reading
    assert.equal(r('late March', '2024-04-13'), '2024-03-21/2024-03-31 = 2024-03-21..2024-03-31 day');
    assert.equal(r('late last year', '2024-04-13'), '2023-09/2023-12 = 2023-09-01..2023-12-31 month');
  });

  it('on the night (morning, evening) of a day: that day, day precision; a calendar day chosen as the draft\'s calendar chooses it', () => {
    assert.equal(r('on the night of October 12', '2024-04-13'), '2023-10-12 = 2023-10-12 day');
    assert.equal(r('on the night of October 12', '2024-04-13', planned), '2024-10-12 = 2024-10-12 day');
    assert.equal(r('the night of 12 October 2022', '2024-04-13'), '2022-10-12 = 2022-10-12 day');
    assert.equal(r('the morning of April 13', '2024-04-13'), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('the evening of April 13th', '2024-04-13', planned), '2024-04-13 = 2024-04-13 day');
    assert.equal(r('the night of February 29', '2025-06-15'), '2024-02-29 = 2024-02-29 day');
    assert.equal(r('on the night of Friday', '2024-04-13'), '2024-04-12 = 2024-04-12 day');
    assert.equal(r('the night of the day before yesterday', '2024-04-13'), '2024-04-11 = 2024-04-11 day');
    assert.match(unknown('the night of last week', '2024-04-13'), /names no single day/);
    assert.match(unknown('the night of February 30', '2024-04-13'), /names no single day/);
    // a bare calendar day stays the article's (basis "article"; the draft's calendar reads it)
    unknown('October 12', '2024-04-13');
  });

  it('earlier this week: Monday to P − 1 (past); later this week: P + 1 to Sunday (planned); as the draft\'s calendar reads them', () => {
    assert.equal(r('earlier this week', '2024-04-10'), '2024-04-08/2024-04-09 = 2024-04-08..2024-04-09 day');
    assert.equal(r('earlier in the week', '2024-04-13'), '2024-04-08/2024-04-12 = 2024-04-08..2024-04-12 day');
    assert.equal(r('earlier this week', '2024-04-09'), '2024-04-08 = 2024-04-08 day');
    assert.equal(r('later this week', '2024-04-10', planned), '2024-04-11/2024-04-14 = 2024-04-11..2024-04-14 day');
    unknown('earlier this week', '2024-04-15');
    unknown('earlier this week', '2024-04-10', planned);
    unknown('later this week', '2024-04-14', planned);
    unknown('later this week', '2024-04-10');
  });

  it('the week after next, the weekend before last', () => {
    assert.equal(r('the week after next', '2024-04-13', planned), '2024-04-22/2024-04-28 = 2024-04-22..2024-04-28 week');
    assert.equal(r('the week after next', '2023-12-31', planned), '2024-01-08/2024-01-14 = 2024-01-08..2024-01-14 week');
    assert.equal(r('the weekend before last', '2024-04-13'), '2024-03-30/2024-03-31 = 2024-03-30..2024-03-31 day');
    assert.equal(r('the weekend before last', '2024-04-10'), '2024-03-30/2024-03-31 = 2024-03-30..2024-03-31 day');
  });

  it('early/mid/late next month, at the start/middle/end of last month: days 1–10, 11–20, 21 to the end, as "early March"', () => {
    assert.equal(r('early next month', '2024-04-13', planned), '2024-05-01/2024-05-10 = 2024-05-01..2024-05-10 day');
    assert.equal(r('late next month', '2024-04-13', planned), '2024-05-21/2024-05-31 = 2024-05-21..2024-05-31 day');
    assert.equal(r('mid-next month', '2023-12-31', planned), '2024-01-11/2024-01-20 = 2024-01-11..2024-01-20 day');
    assert.equal(r('at the end of last month', '2024-04-13'), '2024-03-21/2024-03-31 = 2024-03-21..2024-03-31 day');
    assert.equal(r('at the end of last month', '2024-03-01'), '2024-02-21/2024-02-29 = 2024-02-21..2024-02-29 day');
    assert.equal(r('at the beginning of last month', '2024-01-01'), '2023-12-01/2023-12-10 = 2023-12-01..2023-12-10 day');
    assert.equal(r('in the middle of next month', '2024-04-13', planned), '2024-05-11/2024-05-20 = 2024-05-11..2024-05-20 day');
    assert.equal(r('towards the end of this month', '2024-04-13', planned), '2024-04-21/2024-04-30 = 2024-04-21..2024-04-30 day');
    // cut at P, as every closed span that straddles it
    assert.equal(r('early this month', '2024-04-05'), '2024-04-01/2024-04-05 = 2024-04-01..2024-04-05 day');
    // "the end of the month" is left unread: last month's or this one's, by the tense and P
    unknown('at the end of the month', '2024-04-13');
  });

  it('at the start/middle/end of last/this/next year (or 2019): thirds of the year, as "early/mid/late last year"', () => {
    assert.equal(r('at the end of last year', '2024-04-13'), '2023-09/2023-12 = 2023-09-01..2023-12-31 month');
    assert.equal(r('the middle of 2019', '2024-04-13'), '2019-05/2019-08 = 2019-05-01..2019-08-31 month');
    assert.equal(r('at the start of next year', '2024-04-13', planned), '2025-01/2025-04 = 2025-01-01..2025-04-30 month');
    assert.equal(r('the beginning of this year', '2024-04-13'), r('early this year', '2024-04-13'));
    unknown('at the end of the year', '2024-04-13');
  });

  it('the turn of the year: December and January around a New Year, the latest begun (past) or the next not ended (planned), cut at P', () => {
    assert.equal(r('the turn of the year', '2024-04-13'), '2023-12/2024-01 = 2023-12-01..2024-01-31 month');
    assert.equal(r('at the turn of the year', '2024-04-13', planned), '2024-12/2025-01 = 2024-12-01..2025-01-31 month');
    assert.equal(r('around the turn of the year', '2023-12-31'), '2023-12-01/2023-12-31 = 2023-12-01..2023-12-31 day');
    assert.equal(r('the turn of the year', '2024-01-01', planned), '2024-01-01/2024-01-31 = 2024-01-01..2024-01-31 day');
  });

  it('leaves the edges after "since", "until" and "by the start of" to the article and the draft\'s calendar ("by the end of" is a deadline)', () => {
    unknown('since the start of 2023', '2024-04-13');
    unknown('since the start of the year', '2024-04-13');
    unknown('until the end of the year', '2024-04-13');
    unknown('by the start of next month', '2024-04-13');
    assert.equal(r('by the end of next month', '2024-04-13'), '[..2024-05] = 2024-04-13..2024-05-31 month open start');
  });
});

describe('relative dates: determinism and refusals', () => {
  it('gives the same answer for the same input, whatever the case, spacing or final full stop', () => {
    assert.equal(r('  Last   Summer. ', '2024-04-13'), r('last summer', '2024-04-13'));
    assert.deepEqual(resolvePhrase('in July', { published: '2024-04-13' }), resolvePhrase('in July', { published: '2024-04-13' }));
  });

  it('still accepts the older call resolvePhrase(phrase, published, anchor)', () => {
    const res = resolvePhrase('two years later', '2024-04-13', { start: '2016-01-01', end: '2016-12-31' });
    assert.equal(res.kind === 'resolved' && res.date.edtf, '2018');
  });

  it('does not guess phrases it does not know, nor a bad publication day', () => {
    for (const phrase of ['in recent years', 'later', 'previous protests', 'last decade', 'the summer of love', 'in July 23', 'next 2019']) {
      assert.equal(resolvePhrase(phrase, { published: '2024-04-13' }).kind, 'unknown', phrase);
    }
    assert.match(unknown('today', '2024-02-30'), /not a calendar day/);
  });

  it('writes EDTF that the builder\'s parser reads back to exactly the same days, side and qualifier', () => {
    assert.ok(RESOLVED.length > 150, `${RESOLVED.length} resolutions`);
    for (const { published, date } of RESOLVED) {
      const parsed = parseEdtf(date.edtf, { published });
      assert.ok(parsed.ok, `${date.edtf}: ${parsed.ok ? '' : parsed.error}`);
      if (!parsed.ok) continue;
      const p = parsed.date;
      assert.deepEqual([p.start, p.end, p.open, p.approximate], [date.start, date.end, date.open, date.approximate === true], date.edtf);
      // a part of a decade (1987/1989) reads as years; the resolver knows it is the late 1980s
      assert.equal(p.precision, date.precision === 'decade' && p.precision === 'year' ? 'year' : date.precision, date.edtf);
    }
  });

  it('writes dates that the browser validator accepts as they are', () => {
    const mini = JSON.parse(readFileSync(new URL('../fixtures/mini-story.json', import.meta.url), 'utf8'));
    for (const { published, date } of RESOLVED) {
      const story = structuredClone(mini);
      story.article.published = published;
      // this date alone on the timeline, with the status its days imply against the publication day
      story.events = [{ ...story.events[0], when: { ...date, basis: 'resolved', phrase: 'the words' } }];
      story.events[0].status = date.start > published ? 'planned' : date.end < published || (date.end === published && date.open !== 'end') ? 'past' : 'ongoing';
      Reflect.deleteProperty(story.events[0], 'condition');
      const result = validateStory(story);
      assert.deepEqual(result.ok ? [] : result.problems, [], `${date.edtf} against ${published}`);
    }
  });
});
