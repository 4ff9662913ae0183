/**
 * The draft extractor's figures, on sentences written for these tests: money between commas, number
 * words with a scale, units that stop at a preposition or a name, rates, fractions, restated counts
 * ("puts the number at 140") and number-unit adjectives ("a 30-km stretch").
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../../src/builder/build.js';
import { draft } from '../../src/builder/draft/draft.js';
import { findFigures } from '../../src/builder/draft/figures.js';

const f = (text: string) => findFigures([text]).map((x) => [x.text, x.value ?? `${x.min}-${x.max}`, x.unit ?? x.currency, x.qualifier].filter((v) => v !== undefined).join(' | '));

describe('draft figures', () => {
  it('keeps an amount set off by commas, which an age is not', () => {
    assert.deepEqual(f('The council approved a $3 million loan, about 40 million cedis, in May.'), ['$3 million | 3000000 | USD', 'about 40 million cedis | 40000000 | GHS | about']);
    assert.deepEqual(f('Kwesi Appiah, 52, a ferry pilot, agreed.'), []);
  });

  it('reads number words with a scale', () => {
    assert.deepEqual(f('Twenty thousand shillings is all they offered.'), ['Twenty thousand shillings | 20000 | KES']);
  });

  it('reads a unit after "more", a hyphenated modifier, an invariant plural and degrees of a named scale', () => {
    assert.deepEqual(f('The province hired three more ferries.'), ['three more ferries | 3 | ferries']);
    assert.deepEqual(f('Rescuers flew in five fire-fighting helicopters.'), ['five fire-fighting helicopters | 5 | fire-fighting helicopters']);
    assert.deepEqual(f('The army lent two aircraft.'), ['two aircraft | 2 | aircraft']);
    assert.deepEqual(f('The thermometer read 41 degrees Celsius at noon.'), ['41 degrees Celsius | 41 | degrees Celsius']);
  });
  it('ends a unit at a preposition or a name, and keeps a rate whole', () => {
    assert.deepEqual(f('Divers laid 120 buoys off Sekondi.'), ['120 buoys | 120 | buoys']);
    assert.deepEqual(f('The pumps move 900 litres per minute.'), ['900 litres per minute | 900 | litres per minute']);
  });

  it('leaves out a fraction of a figure, and a number-unit adjective that is an age', () => {
    assert.deepEqual(f('The reserve covers a third of 1 percent of the country.'), []);
    assert.deepEqual(f('A 63-year-old driver closed the 12-km road.'), ['12-km | 12 | km']);
  });

  it('reads "dozens of" as more than 12, as the builder does', () => {
    const r = draft('Storms destroyed dozens of boats in Elmina.', { published: '2025-09-16', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.story?.figures.map((x) => [x.value, x.qualifier, x.unit]), [[12, 'more-than', 'boats']]);
  });

  it('takes the unit of a count another source restates ("puts the number at 300"), with evidence from that unit', () => {
    const text = 'Organisers said more than 2,000 teachers marched. Police put the number at about 300, and said the march was peaceful.';
    assert.deepEqual(f(text), ['more than 2,000 teachers | 2000 | teachers | more-than', 'teachers marched. Police put the number at about 300 | 300 | teachers | about']);
    const r = draft(text, { published: '2025-09-16', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors.map((e) => e.message), []);
    assert.deepEqual(built.story?.figures.map((x) => x.value), [2000, 300]);
  });
});

describe('draft figures: counts, partitives and currencies', () => {
  it('counts a plural noun after a number word, not a list just named or a definite reference', () => {
    assert.deepEqual(f('Nine fishermen and two ferries were missing.'), ['Nine fishermen | 9 | fishermen', 'two ferries | 2 | ferries']);
    assert.deepEqual(f('It borders Togo and Benin, two coastal states.'), []);
    assert.deepEqual(f('The two ministers met later.'), []);
  });
  it('reads the noun a partitive counts, and still reads the whole it is part of', () => {
    assert.deepEqual(f('At least 40 of the council’s 120 members walked out.'), ['At least 40 of the council’s 120 members | 40 | members | at-least', '120 members | 120 | members']);
    assert.deepEqual(f('Three of the five turbines stopped.'), ['Three of the five turbines | 3 | turbines', 'five turbines | 5 | turbines']);
  });
  it('gives money no unit from the words after it, and reads those words again', () => {
    assert.deepEqual(f('A grant of $2.5 million over four years was signed.'), ['$2.5 million | 2500000 | USD', 'over four years | 4 | years | more-than']);
  });
  it('stops a unit at its plural head', () => {
    assert.deepEqual(f('In at least 12 polling stations ballot boxes were late.'), ['at least 12 polling stations | 12 | polling stations | at-least']);
  });
  it('reads a shared currency name as the currency of the country the article names', () => {
    const currencies = (...paragraphs: string[]) => findFigures(paragraphs).map((x) => x.currency);
    assert.deepEqual(currencies('LUSAKA, Zambia — The mine paid 40 million kwacha.'), ['ZMW']);
    assert.deepEqual(currencies('BLANTYRE, Malawi — The council paid 40 million kwacha.', 'Malawian officials agreed.'), ['MWK']);
    assert.deepEqual(currencies('In Douala, Cameroon, fares rose to 500 CFA francs.'), ['XAF']);
    assert.deepEqual(currencies('In Bamako, Mali, fares rose to 500 CFA francs.'), ['XOF']);
    assert.deepEqual(currencies('Kampala traders in Uganda pay 3,000 shillings a day.'), ['UGX']);
  });
  it('reads rupees as the money of Sri Lanka, Nepal or Pakistan where the article names it, and of India where it names none of them', () => {
    const currencies = (...paragraphs: string[]) => findFigures(paragraphs).map((x) => x.currency);
    assert.deepEqual(currencies('KANDY, Sri Lanka — Tea pickers earn 1,350 rupees a day.', 'Sri Lankan estates refused.'), ['LKR']);
    assert.deepEqual(currencies('In Pokhara, Nepal, a bus seat costs 800 rupees.'), ['NPR']);
    assert.deepEqual(currencies('Karachi traders in Pakistan paid 2,000 rupees more.'), ['PKR']);
    assert.deepEqual(currencies('The ferry ticket costs 40 rupees.'), ['INR']);
  });
});

describe('draft figures: multiples', () => {
  it('reads "at least three times" as a multiple', () => {
    assert.deepEqual(f('The clinic needs at least three times the beds it has.'), ['at least three times | 3 | times | at-least']);
  });
});

describe('draft figures: names with numbers, frequencies, and units in two forms', () => {
  it('leaves out a number glued to letters and a frequency, but keeps a multiple', () => {
    assert.deepEqual(f('The bus crashed on the M3 highway.'), []);
    assert.deepEqual(f('The seat has changed hands three times since 2009.'), []);
    assert.deepEqual(f('They need three times the beds.'), ['three times | 3 | times']);
  });
});

describe('draft figures: pesos and page counts', () => {
  it('reads pesos as the money of the country the article names, and as nothing where it names none', () => {
    const currencies = (...paragraphs: string[]) => findFigures(paragraphs).map((x) => x.currency);
    assert.deepEqual(currencies('MONTERREY, Mexico — The plant cost 900 million pesos.'), ['MXN']);
    assert.deepEqual(currencies('BOGOTÁ, Colombia — Fares rose to 3,200 pesos.', 'Colombian drivers struck.'), ['COP']);
    assert.deepEqual(currencies('The plant cost 900 million pesos.'), []);
  });
  it('reads a number glued to "page" as a count of pages', () => {
    assert.deepEqual(f('The court issued a 48-page ruling.'), ['48-page | 48 | page']);
  });
});

describe('draft figures: the whole of a partitive in words', () => {
  it('counts the whole after "of the" in "two of the seven districts", but not "the seven districts" alone', () => {
    assert.deepEqual(f('Two of the seven districts reported.'), ['Two of the seven districts | 2 | districts', 'seven districts | 7 | districts']);
    assert.deepEqual(f('Results from the seven districts came in.'), []);
  });
});

describe('draft figures: spans with "the" and counts with an acronym (sentences invented here)', () => {
  it('reads "the 48 hours before" as a span the article counts, and "two days before" as a time expression', () => {
    assert.deepEqual(f('Rain fell for the 48 hours before the flood.'), ['48 hours | 48 | hours']);
    assert.deepEqual(f('The dyke broke two days before the vote.'), []);
  });
  it('reads a count whose noun an acronym qualifies', () => {
    assert.deepEqual(f('Police said three PLN engineers had been questioned.'), ['three PLN engineers | 3 | PLN engineers']);
  });
});

describe('draft figures: the source of a count (sentences invented here)', () => {
  it('reads the source of "X, known as Y, said" after a dateline with its agency, and a restating source in the sentence of its number', () => {
    const text = 'KISUMU, Kenya (Lakeside Press) — The Lake Ferry Workers Union, known as LFWU, said about 900 crew had walked out on Monday. Police put the number at 350 to 400.';
    const r = draft(text, { published: '2025-09-16', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors.map((e) => e.message), []);
    assert.deepEqual(built.story?.figures.map((x) => [x.value ?? `${x.min}-${x.max}`, x.claimedBy, x.label]), [
      [900, 'lake-ferry-workers-union', 'Said about 900 crew had walked out on Monday'],
      ['350-400', 'police', 'Police put the number at 350 to 400'],
    ]);
    assert.deepEqual(built.story?.relations.filter((x) => x.kind === 'disputes-figure').map((x) => [x.from, x.to]), [['police', 'lake-ferry-workers-union']]);
  });
});

describe('draft figures: a restated count whose source is described with a figure (sentences invented here)', () => {
  it('takes the unit of the count before, not of a figure inside the source’s description', () => {
    const got = findFigures(['The guild said about 900 of its members had walked out. Orrin Mills, the firm that runs two of the five looms, put the number at fewer than 300.']);
    assert.equal(got.find((x) => x.value === 300)?.unit, 'members');
    // a restatement after "but" still takes the count just before it
    assert.equal(findFigures(['Police counted 2,000 marchers, but organisers put the number at 10,000.']).find((x) => x.value === 10000)?.unit, 'marchers');
  });
});
