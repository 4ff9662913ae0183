import { expect } from '@open-wc/testing';
import { dateFormat, datePresets, formatFuzzyDate, fuzzyDateSpan, fuzzyDateTimeAttr, fuzzyDateYear } from '../src/story/fuzzy-date.js';
import type { DatePrecision, FuzzyDate } from '../src/story/types.js';
import { loadStrings } from '../src/shared/i18n/strings.js';

// formatFuzzyDate is synchronous: it uses a language's strings once they are loaded (they load on first use)
before(() => Promise.all(['fr', 'ha', 'ar'].map(loadStrings)));

/** Engines differ in the spaces Intl uses (U+00A0, U+202F narrow, U+2009 thin): compare them as plain spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, ' ');
const label = (date: FuzzyDate, locale: string, style: 'short' | 'long') => plain(formatFuzzyDate(date, locale, style));

function when(edtf: string, start: string, end: string, precision: DatePrecision, extra: Partial<FuzzyDate> = {}): FuzzyDate {
  return { edtf, start, end, precision, basis: 'article', ...extra };
}

/** [what, date, en short, en long, fr short, fr long, <time datetime>] */
const cases: [string, FuzzyDate, string, string, string, string, string][] = [
  ['a day', when('2024-04-13', '2024-04-13', '2024-04-13', 'day'), 'Apr 13, 2024', 'April 13, 2024', '13 avr. 2024', '13 avril 2024', '2024-04-13'],
  ['a week', when('2024-W15', '2024-04-08', '2024-04-14', 'week'),
    'Week of Apr 8, 2024', 'Week of April 8, 2024', 'Semaine du 8 avr. 2024', 'Semaine du 8 avril 2024', '2024-W15'],
  ['a week whose ISO week-year is the next year', when('2025-W01', '2024-12-30', '2025-01-05', 'week'),
    'Week of Dec 30, 2024', 'Week of December 30, 2024', 'Semaine du 30 déc. 2024', 'Semaine du 30 décembre 2024', '2025-W01'],
  ['a month', when('2024-03', '2024-03-01', '2024-03-31', 'month'), 'March 2024', 'March 2024', 'mars 2024', 'mars 2024', '2024-03'],
  ['spring (EDTF 21)', when('2023-21', '2023-03-01', '2023-05-31', 'season'), 'Spring 2023', 'Spring 2023', 'Printemps 2023', 'Printemps 2023', '2023'],
  ['summer (EDTF 22)', when('2023-22', '2023-06-01', '2023-08-31', 'season'), 'Summer 2023', 'Summer 2023', 'Été 2023', 'Été 2023', '2023'],
  ['autumn (EDTF 23)', when('2023-23', '2023-09-01', '2023-11-30', 'season'), 'Autumn 2023', 'Autumn 2023', 'Automne 2023', 'Automne 2023', '2023'],
  ['winter across the year (EDTF 24)', when('2023-24', '2023-12-01', '2024-02-29', 'season'),
    'Winter 2023–2024', 'Winter 2023–2024', 'Hiver 2023–2024', 'Hiver 2023–2024', '2023'],
  ['a season from its start month (no EDTF code)', when('2023-06/2023-08', '2023-06-01', '2023-08-31', 'season'),
    'Summer 2023', 'Summer 2023', 'Été 2023', 'Été 2023', '2023'],
  ['winter within one year, from its start month', when('2024-01/2024-02', '2024-01-01', '2024-02-29', 'season'),
    'Winter 2024', 'Winter 2024', 'Hiver 2024', 'Hiver 2024', '2024'],
  ['a year', when('2016', '2016-01-01', '2016-12-31', 'year'), '2016', '2016', '2016', '2016', '2016'],
  ['an approximate year', when('2018~', '2018-01-01', '2018-12-31', 'year', { approximate: true }),
    'c. 2018', 'around 2018', 'vers 2018', 'environ 2018', '2018'],
  ['an uncertain year', when('2018?', '2018-01-01', '2018-12-31', 'year', { uncertain: true }),
    '2018?', 'possibly 2018', '2018 ?', 'peut-être 2018', '2018'],
  ['an approximate and uncertain year', when('2018%', '2018-01-01', '2018-12-31', 'year', { approximate: true, uncertain: true }),
    'c. 2018?', 'possibly around 2018', 'vers 2018 ?', 'peut-être environ 2018', '2018'],
  ['an approximate season', when('2023-22~', '2023-06-01', '2023-08-31', 'season', { approximate: true }),
    'c. summer 2023', 'around summer 2023', 'vers l’été 2023', 'environ l’été 2023', '2023'],
  ['an uncertain season', when('2023-21?', '2023-03-01', '2023-05-31', 'season', { uncertain: true }),
    'Spring 2023?', 'possibly spring 2023', 'Printemps 2023 ?', 'peut-être le printemps 2023', '2023'],
  ['an uncertain week', when('2024-W15?', '2024-04-08', '2024-04-14', 'week', { uncertain: true }),
    'Week of Apr 8, 2024?', 'possibly the week of April 8, 2024', 'Semaine du 8 avr. 2024 ?', 'peut-être la semaine du 8 avril 2024', '2024-W15'],
  ['an approximate day', when('2024-04-13~', '2024-04-13', '2024-04-13', 'day', { approximate: true }),
    'c. Apr 13, 2024', 'around April 13, 2024', 'vers le 13 avr. 2024', 'environ le 13 avril 2024', '2024-04-13'],
  ['an approximate month (qualifier read from the EDTF alone)', when('2024-03~', '2024-03-01', '2024-03-31', 'month'),
    'c. March 2024', 'around March 2024', 'vers mars 2024', 'environ mars 2024', '2024-03'],
  ['a range of days in one month', when('2024-03-12/2024-03-14', '2024-03-12', '2024-03-14', 'day'),
    'Mar 12–14, 2024', 'March 12 to 14, 2024', '12–14 mars 2024', 'du 12 au 14 mars 2024', '2024-03'],
  ['a range of days without an EDTF interval', when('2024-03-12', '2024-03-12', '2024-03-14', 'day'),
    'Mar 12–14, 2024', 'March 12 to 14, 2024', '12–14 mars 2024', 'du 12 au 14 mars 2024', '2024-03'],
  ['a range of days across months', when('2024-03-12/2024-04-02', '2024-03-12', '2024-04-02', 'day'),
    'Mar 12 – Apr 2, 2024', 'March 12 to April 2, 2024', '12 mars – 2 avr. 2024', 'du 12 mars au 2 avril 2024', '2024'],
  ['a range of days across years', when('2023-12-30/2024-01-02', '2023-12-30', '2024-01-02', 'day'),
    'Dec 30, 2023 – Jan 2, 2024', 'December 30, 2023 to January 2, 2024', '30 déc. 2023 – 2 janv. 2024', 'du 30 décembre 2023 au 2 janvier 2024', '2023'],
  ['a range of months', when('2023-04/2023-06', '2023-04-01', '2023-06-30', 'month'),
    'April – June 2023', 'April to June 2023', 'avril – juin 2023', 'd’avril à juin 2023', '2023'],
  ['a range of years', when('2016/2018', '2016-01-01', '2018-12-31', 'year'), '2016–2018', '2016 to 2018', '2016–2018', 'de 2016 à 2018', '2016'],
  ['an approximate range of days', when('2024-03-12/2024-03-14~', '2024-03-12', '2024-03-14', 'day', { approximate: true }),
    'c. Mar 12–14, 2024', 'around March 12 to 14, 2024', 'vers 12–14 mars 2024', 'environ du 12 au 14 mars 2024', '2024-03'],
  // decades (issue 13): the whole decade, its early (0–3), mid (4–6) and late (7–9) years
  ['a decade (199X)', when('199X', '1990-01-01', '1999-12-31', 'decade'), '1990s', '1990s', 'Années 1990', 'Années 1990', '1990'],
  ['a decade as years (1990/1999)', when('1990/1999', '1990-01-01', '1999-12-31', 'decade'), '1990s', '1990s', 'Années 1990', 'Années 1990', '1990'],
  ['the late 1980s', when('1987/1989', '1987-01-01', '1989-12-31', 'decade'),
    'Late 1980s', 'Late 1980s', 'Fin des années 1980', 'Fin des années 1980', '1987'],
  ['the early 2020s', when('2020/2023', '2020-01-01', '2023-12-31', 'decade'),
    'Early 2020s', 'Early 2020s', 'Début des années 2020', 'Début des années 2020', '2020'],
  ['the mid-1990s', when('1994/1996', '1994-01-01', '1996-12-31', 'decade'),
    'Mid-1990s', 'Mid-1990s', 'Milieu des années 1990', 'Milieu des années 1990', '1994'],
  ['two decades', when('199X/200X', '1990-01-01', '2009-12-31', 'decade'),
    '1990s–2000s', '1990s to 2000s', 'Années 1990–années 2000', 'Années 1990 à années 2000', '1990'],
  // deadlines and open spans, closed at publication (2024-04-13)
  ['a deadline year ([..2030])', when('[..2030]', '2024-04-13', '2030-12-31', 'year', { open: 'start' }),
    'By the end of 2030', 'By the end of 2030', 'D’ici fin 2030', 'D’ici fin 2030', '2030'],
  ['a deadline month ([..2026-06])', when('[..2026-06]', '2024-04-13', '2026-06-30', 'month', { open: 'start' }),
    'By June 2026', 'By June 2026', 'D’ici juin 2026', 'D’ici juin 2026', '2026-06'],
  ['a deadline day ([..2030-12-31])', when('[..2030-12-31]', '2024-04-13', '2030-12-31', 'day', { open: 'start' }),
    'By Dec 31, 2030', 'By December 31, 2030', 'D’ici le 31 déc. 2030', 'D’ici le 31 décembre 2030', '2030-12-31'],
  ['until a month (../2026-03)', when('../2026-03', '2024-04-13', '2026-03-31', 'month', { open: 'start' }),
    'Until March 2026', 'Until March 2026', 'Jusqu’en mars 2026', 'Jusqu’en mars 2026', '2026-03'],
  ['until a season (../2024-21)', when('../2025-21', '2024-04-13', '2025-05-31', 'season', { open: 'start' }),
    'Until spring 2025', 'Until spring 2025', 'Jusqu’au printemps 2025', 'Jusqu’au printemps 2025', '2025'],
  ['until a day (../2024-06-30)', when('../2024-06-30', '2024-04-13', '2024-06-30', 'day', { open: 'start' }),
    'Until Jun 30, 2024', 'Until June 30, 2024', 'Jusqu’au 30 juin 2024', 'Jusqu’au 30 juin 2024', '2024-06-30'],
  ['since a year (2019/..)', when('2019/..', '2019-01-01', '2024-04-13', 'year', { open: 'end' }),
    'Since 2019', 'Since 2019', 'Depuis 2019', 'Depuis 2019', '2019'],
  ['since a season (2025-22/..)', when('2025-22/..', '2025-06-01', '2026-01-10', 'season', { open: 'end' }),
    'Since summer 2025', 'Since summer 2025', 'Depuis l’été 2025', 'Depuis l’été 2025', '2025'],
  ['since a winter across years (2023-24/..)', when('2023-24/..', '2023-12-01', '2024-04-13', 'season', { open: 'end' }),
    'Since winter 2023–2024', 'Since winter 2023–2024', 'Depuis l’hiver 2023–2024', 'Depuis l’hiver 2023–2024', '2023'],
  ['since a decade (199X/..)', when('199X/..', '1990-01-01', '2024-04-13', 'decade', { open: 'end' }),
    'Since the 1990s', 'Since the 1990s', 'Depuis les années 1990', 'Depuis les années 1990', '1990'],
  ['since about a year (2019~/..)', when('2019~/..', '2019-01-01', '2024-04-13', 'year', { open: 'end', approximate: true }),
    'Since c. 2019', 'Since around 2019', 'Depuis vers 2019', 'Depuis environ 2019', '2019'],
];

describe('formatFuzzyDate', () => {
  for (const [what, date, enShort, enLong, frShort, frLong] of cases) {
    describe(what, () => {
      it('in English', () => {
        expect(label(date, 'en', 'short')).to.equal(enShort);
        expect(label(date, 'en-US', 'long')).to.equal(enLong);
      });
      it('in French', () => {
        expect(label(date, 'fr', 'short')).to.equal(frShort);
        expect(label(date, 'fr-FR', 'long')).to.equal(frLong);
      });
    });
  }

  it('defaults to the short style', () => {
    expect(plain(formatFuzzyDate(cases[0][1], 'en'))).to.equal('Apr 13, 2024');
  });

  it('uses the dates of its locale but English words for a locale without strings', () => {
    const [, day] = cases[0];
    const summer = cases[5][1];
    expect(label(day, 'de', 'short')).to.equal('13. Apr. 2024');
    expect(label(summer, 'de', 'short')).to.equal('Summer 2023');
    expect(label(cases[11][1], 'de', 'long')).to.equal('around 2018');
    // No English words between German date parts: the long range keeps Intl's dash.
    expect(label(cases[19][1], 'de', 'long')).to.equal('12.–14. März 2024');
  });

  it('never throws: an invalid locale falls back to English, an invalid day to the EDTF string', () => {
    expect(label(cases[0][1], 'not a language tag!', 'short')).to.equal('Apr 13, 2024');
    expect(formatFuzzyDate(when('2024-13-45', '2024-13-45', '2024-13-45', 'day'), 'en')).to.equal('2024-13-45');
  });

  it('does not depend on the time zone: days are read in UTC', () => {
    const newYear = when('2024-01-01', '2024-01-01', '2024-01-01', 'day');
    expect(label(newYear, 'en', 'short')).to.equal('Jan 1, 2024');
    expect(fuzzyDateYear(newYear)).to.equal(2024);
  });
});

describe('fuzzyDateSpan', () => {
  const span = (a: FuzzyDate, b: FuzzyDate, locale: string, style: 'short' | 'long' = 'short') => plain(fuzzyDateSpan(a, b, locale, style));
  const late80s = when('1987/1989', '1987-01-01', '1989-12-31', 'decade');
  const by2031 = when('[..2031]', '2024-04-13', '2031-12-31', 'year', { open: 'start' });
  const winter = when('2023-24', '2023-12-01', '2024-02-29', 'season');
  const days = when('2024-03-12/2024-03-14', '2024-03-12', '2024-03-14', 'day');
  const day = when('2024-04-13', '2024-04-13', '2024-04-13', 'day');

  it('joins the first date\'s start and the last date\'s end with words: "from the late 1980s to 2031"', () => {
    expect(span(late80s, by2031, 'en')).to.equal('from the late 1980s to 2031');
    expect(span(late80s, by2031, 'fr')).to.equal('de la fin des années 1980 à 2031');
    expect(span(when('199X', '1990-01-01', '1999-12-31', 'decade'), when('200X', '2000-01-01', '2009-12-31', 'decade'), 'fr')).to.equal('des années 1990 aux années 2000');
  });

  it('never nests a dash: ranges give their own side, a label with a dash is joined by words', () => {
    expect(span(days, day, 'en')).to.equal('from Mar 12, 2024 to Apr 13, 2024');
    expect(span(days, day, 'fr', 'long')).to.equal('du 12 mars 2024 au 13 avril 2024');
    expect(span(winter, day, 'en')).to.equal('from winter 2023–2024 to Apr 13, 2024');
    expect(span(when('2023-04/2023-06', '2023-04-01', '2023-06-30', 'month'), winter, 'fr')).to.equal('d’avril 2023 à l’hiver 2023–2024');
    for (const [, a] of cases) for (const [, b] of [cases[0], cases[7], cases[20]]) {
      for (const locale of ['en', 'fr']) {
        const text = span(a, b, locale);
        expect(text.split(/\s[–-]\s/).length, text).to.be.at.most(2);
        expect(text, text).not.to.match(/\s[–-]\s.*\s[–-]\s/);
      }
    }
  });

  it('gives one label when both sides read the same', () => {
    expect(span(day, day, 'en')).to.equal('Apr 13, 2024');
    expect(span(when('2024-W15', '2024-04-08', '2024-04-14', 'week'), when('2024-W15', '2024-04-08', '2024-04-14', 'week'), 'en')).to.equal('the week of Apr 8, 2024');
  });
});

describe('fuzzyDateTimeAttr', () => {
  for (const [what, date, , , , , datetime] of cases) {
    it(`${what} → ${datetime}`, () => {
      expect(fuzzyDateTimeAttr(date)).to.equal(datetime);
    });
  }

  it('gives valid HTML <time> values (the browser parses none of them as an interval)', () => {
    const valid = /^\d{4}(-\d\d(-\d\d)?|-W\d\d)?$/;
    for (const [, date] of cases) expect(fuzzyDateTimeAttr(date)).to.match(valid);
  });
});

describe('fuzzyDateYear', () => {
  it('is the year of the start', () => {
    expect(fuzzyDateYear(cases[7][1])).to.equal(2023);
    expect(fuzzyDateYear(cases[10][1])).to.equal(2016);
  });
});

describe('English dates without Intl (fuzzy-date-en.ts)', () => {
  // Byte for byte what this engine's Intl writes: no `plain()` here, the spaces must be the same too.
  const intl = (locale: string, preset: string) => new Intl.DateTimeFormat(locale, { ...datePresets[preset], timeZone: 'UTC' });
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999
  const utc = (y: number, m: number, d: number) => new Date(new Date(0).setUTCFullYear(y, m, d));
  /** Every month and day-of-month shape, leap days, the years' ends, short and long years, and years before 1 (left to Intl). */
  const days: Date[] = [];
  for (const y of [1000, 1583, 1900, 1999, 2000, 2023, 2024, 2025, 2100, 9999]) {
    for (let m = 0; m < 12; m++) for (const d of [1, 9, 10, 28, 29, 30, 31]) days.push(utc(y, m, d));
  }
  days.push(utc(987, 3, 5), utc(10_000, 0, 1), utc(44, 2, 15), utc(5, 0, 1), utc(-44, 2, 15), utc(0, 11, 31));
  // a pseudo-random spread (a fixed sequence, so a failure reproduces)
  for (let i = 0, x = 7; i < 300; i++) {
    x = (x * 48271) % 2147483647;
    days.push(new Date(Date.UTC(1000, 0, 1) + (x % 3_200_000) * 864e5));
  }
  /** Pairs: the same day, the same month, the same year, across years; each in order. */
  const pairs: [Date, Date][] = [];
  for (let i = 0; i + 1 < days.length; i++) {
    const [a, b] = [days[i], days[i + 1]].sort((p, q) => +p - +q);
    pairs.push([a, b], [a, a], [a, new Date(+a + 2 * 864e5)], [a, new Date(+a + 40 * 864e5)], [a, new Date(+a + 400 * 864e5)]);
  }

  for (const locale of ['en', 'en-US']) {
    for (const preset of Object.keys(datePresets)) {
      it(`${locale} "${preset}": format and formatToParts as Intl writes them, ${days.length} days`, () => {
        const ours = dateFormat(locale, preset);
        const theirs = intl(locale, preset);
        for (const d of days) {
          expect(ours.format(d), d.toISOString()).to.equal(theirs.format(d));
          expect(ours.formatToParts(d), d.toISOString()).to.deep.equal(theirs.formatToParts(d));
        }
      });

      it(`${locale} "${preset}": formatRangeToParts as Intl writes it, ${pairs.length} ranges`, () => {
        const ours = dateFormat(locale, preset);
        const theirs = intl(locale, preset);
        for (const [a, b] of pairs) {
          const what = `${a.toISOString()} – ${b.toISOString()}`;
          expect(ours.formatRangeToParts(a, b), what).to.deep.equal(theirs.formatRangeToParts(a, b));
        }
      });
    }
  }

  it('throws on an invalid date as Intl does (formatFuzzyDate then shows the EDTF)', () => {
    expect(() => dateFormat('en', 'd').format(new Date(NaN))).to.throw(RangeError);
    expect(formatFuzzyDate(when('2024-13-45', '2024-13-45', '2024-13-45', 'day'), 'en')).to.equal('2024-13-45');
  });

  it('labels of every precision and qualifier read as with an Intl formatter (en-GB dates aside, the words are the same)', () => {
    // a locale tag Intl resolves to en-US patterns but the fast path does not take: the labels must not differ
    for (const [what, date] of cases) {
      for (const style of ['short', 'long'] as const) expect(formatFuzzyDate(date, 'en', style), what).to.equal(formatFuzzyDate(date, 'en-u-ca-gregory', style));
    }
  });
});
