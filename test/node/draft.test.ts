/**
 * `sahel-widgets draft`: the extractor's rules phrase by phrase on invented sentences, then the whole
 * draft of every annotated article in data/: it must build with no edits, and its scores against the
 * reviewed story are reported and held to floors (the targets are in data/README.md).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildStory } from '../../src/builder/build.js';
import { draft, describedPerson, statusForDate } from '../../src/builder/draft/draft.js';
import { findEntities } from '../../src/builder/draft/entities.js';
import { findFigures } from '../../src/builder/draft/figures.js';
import { findRelations } from '../../src/builder/draft/relations.js';
import { gazetteer } from '../../src/builder/draft/gazetteer.js';
import { findQuotes, subjectOf } from '../../src/builder/draft/quotes.js';
import { scoreStory, formatScores } from '../../src/builder/draft/score.js';
import { sentences } from '../../src/builder/draft/text.js';
import { main } from '../../src/builder/cli.js';
import type { Story } from '../../src/story/types.js';

const DATA = resolve(import.meta.dirname, '../../data');
/** Articles written and annotated before the extractor was tuned (data/README.md): scored, never tuned on. */
const HELD_BACK = new Set(JSON.parse(readFileSync(join(DATA, 'held-back.json'), 'utf8')) as string[]);
const FLOORS = JSON.parse(readFileSync(new URL('./draft-floors.json', import.meta.url), 'utf8')) as unknown;

describe('draft: sentences', () => {
  it('does not end a sentence at titles, initials or inside a quotation', () => {
    const s = sentences('Gen. Michael E. Langley arrived in the U.S. capital. “We left. We came back,” he said. Then it rained.');
    assert.deepEqual(s.map((x) => x.text), ['Gen. Michael E. Langley arrived in the U.S. capital.', '“We left. We came back,” he said.', 'Then it rained.']);
  });
});

describe('draft: quotes and speakers', () => {
  const q = (...paragraphs: string[]) => findQuotes(paragraphs);
  it('splits a quote around its attribution into one utterance, trailing comma dropped', () => {
    const [a, b] = q('“The water came at night,” said Amina Bello, 42, a trader. “We lost everything.”');
    assert.equal(a.text, 'The water came at night');
    assert.equal(a.speaker, 'Amina Bello');
    assert.equal(b.text, 'We lost everything.');
    assert.equal(b.continues, true);
    assert.equal(b.speaker, 'Amina Bello');
  });
  it('reads "X said", "said X", "according to X" and "X told …:" before and after the quote', () => {
    assert.equal(q('“It is over,” the minister said.')[0].speaker, 'the minister');
    assert.equal(q('“It is over,” said Kofi Mensah, the mayor.')[0].speaker, 'Kofi Mensah');
    assert.equal(q('According to the agency, “the river is falling.”')[0].speaker, 'the agency');
    assert.equal(q('Ms. Achieng told reporters: “We will appeal.”')[0].speaker, 'Ms. Achieng');
    assert.equal(q('“We need partners,” said another resident, Halima Yusuf.')[0].speaker, 'Halima Yusuf');
  });
  it('marks partial quotes inside the reporter’s sentence, and takes the subject as the speaker', () => {
    const [p] = q('The union called the ruling “a betrayal of the workers” and vowed to fight on.');
    assert.equal(p.partial, true);
    assert.equal(p.text, 'a betrayal of the workers');
    assert.equal(p.speaker, 'The union');
  });
  it('tells signs, broadcasts (with their channel) and written statements from speech', () => {
    const [sign] = q('“No dam without consent,” read a banner held by one fisherman.');
    assert.deepEqual([sign.medium, sign.speaker], ['sign', 'one fisherman']);
    const [tv] = q('“Stay indoors,” the governor said on state television.');
    assert.deepEqual([tv.medium, tv.channel], ['broadcast', 'television']);
    const [radio] = q('“Stay indoors,” the governor said in a radio address.');
    assert.deepEqual([radio.medium, radio.channel], ['broadcast', 'radio']);
    const [mail] = q('“The claims are false,” the company said in an emailed statement.');
    assert.equal(mail.medium, 'statement');
  });
  it('keeps nested quotes and flags pronoun attributions for review', () => {
    const [n] = q('“They told us ‘leave now’ and nothing more,” she said.');
    assert.deepEqual(n.nested, ['leave now']);
    assert.match(n.doubts.join(), /resolved to the last person named/);
  });
});

describe('draft: speakers with appositions (rules added with the Dakar and Zomba tuning articles)', () => {
  it('takes the name in apposition to a description after the quote, and the name before a role', () => {
    const [a] = findQuotes(['“The count is not over,” the board’s chairman, Dr. Yaw Darko, told reporters in Tamale.']);
    assert.equal(a.speaker, 'Dr. Yaw Darko');
    const [b] = findQuotes(['“The count is not over,” Ama Owusu, the returning officer, said on Monday.']);
    assert.equal(b.speaker, 'Ama Owusu');
  });
  it('takes the speaker before the quote past a relative clause, and not a leading phrase', () => {
    const [a] = findQuotes(['One European envoy, who spoke on condition of anonymity, said: “Both sides want a deal.”']);
    assert.equal(a.speaker, 'One European envoy');
    const [b] = findQuotes(['In a letter last week, Awa Ndiaye, the mayor, called the plan “a trap.”']);
    assert.equal(b.speaker, 'Awa Ndiaye');
  });
  it('takes the speaker named after a leading question clause', () => {
    const [a] = findQuotes(['Asked whether the board would pay, its chairman, Kofi Boateng, said: “Every farmer will be paid.”']);
    assert.equal(a.speaker, 'Kofi Boateng');
  });
  it('reads a partial quote’s subject past several appositions, and people named by whose they are', () => {
    assert.equal(subjectOf('Monitors from the Ghana Election Watch, or GEW, a network of churches, said the tally had been '), 'Monitors');
    assert.equal(subjectOf('The union, which represents dock workers, called the offer '), 'The union');
  });
  it('gives an unnamed person introduced with a reason for anonymity that reason, quoted in a later sentence', () => {
    const r = draft('An aide at the presidency, who spoke on condition of anonymity because the talks were private, said no deal was near. “We are far apart,” the aide said.', { published: '2025-09-16', id: 'invented' });
    assert.match(r.yamlText, /name: An aide at the presidency\n(?:.*\n)*?\s+anonymous: true\n\s+anonymityReason: because the talks were private/);
    assert.match(r.yamlText, /speaker: aide-at-the-presidency/);
  });
});

describe('draft: quotations across paragraphs and without attribution (sentences invented here)', () => {
  it('reads a quotation left open at its paragraph’s end, with the speaker the next paragraph names', () => {
    const found = findQuotes(['The mayor spoke for an hour.', '“We have rebuilt the market twice. We will rebuild it again.', '“But not without help,” said Kofi Mensah, the mayor.']);
    assert.deepEqual(found.map((q) => [q.text, q.speaker]), [['We have rebuilt the market twice. We will rebuild it again.', 'Kofi Mensah'], ['But not without help', 'Kofi Mensah']]);
  });
  it('keeps a whole quotation with no attribution, as the person its paragraph names before it, for review', () => {
    const r = draft('Ama Boateng, 63, has sold fish here since 1990. “Nobody asked us.”', { published: '2025-09-16', id: 'invented' });
    assert.equal(r.counts.leftOut, 0);
    assert.match(r.yamlText, /# check: no attribution found: taken as Ama Boateng/);
    assert.match(r.yamlText, /speaker: ama-boateng/);
  });
});

describe('draft: a country as speaker (sentences invented here)', () => {
  it('gives a country’s words to its government when the article names that government', () => {
    const r = draft('Gambia’s government closed the border on Monday. Gambia later called the decision “a matter of survival.”', { published: '2025-09-16', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors, []);
    const speaker = built.story!.actors.find((a) => a.id === built.story!.quotes[0].speaker);
    assert.equal(speaker?.name, 'Gambia’s government');
  });
});

describe('draft: unnamed speakers (sentences invented here)', () => {
  it('gives "he" to the unnamed person the paragraph introduced, with the reason the name is withheld', () => {
    const r = draft('A 52-year-old tanker driver, who declined to give his name for fear of losing his licence, said fuel was short. “We wait for days,” he said.', { published: '2025-09-16', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors, []);
    const driver = built.story!.actors.find((a) => a.name === 'A 52-year-old tanker driver');
    assert.equal(driver?.anonymous, true);
    assert.equal(built.story!.actors.filter((a) => /tanker driver/.test(a.name)).length, 1, 'one driver, not two');
    assert.equal(built.story!.quotes[0].speaker, driver?.id);
  });
});

describe('draft: partial quotes and back-references', () => {
  it('takes a partial quote’s speaker from the subject, past a leading phrase and an apposition', () => {
    assert.equal(subjectOf('Speaking on local radio on Friday night, Ada Nwosu, the transport minister, accused the contractors of leaving the road '), 'Ada Nwosu');
    assert.equal(subjectOf('Its chairman, Kwame Boateng, said on Radio Tamale, the local station, that the board needed '), 'Kwame Boateng');
    assert.equal(subjectOf('Nwosu, the minister, promised that the repairs would be done '), 'Nwosu');
    assert.equal(subjectOf('He called the audit '), 'He');
  });
  it('gives no speaker when the sentence hands no words to its subject (a gloss, a scare quote)', () => {
    assert.equal(subjectOf('The blackouts came back, so often that people have a word for them: kalo, Hausa for '), undefined);
    const [gloss] = findQuotes(['The blackouts came back, so often that people have a word for them: kalo, Hausa for “again.”']);
    assert.equal(gloss.speaker, undefined);
  });
  it('keeps the place in an unnamed speaker’s description, without the clause after it', () => {
    const [a] = findQuotes(['An Asian envoy in Dakar, who asked not to be named, said the vote had been “rushed.”']);
    assert.equal(a.speaker, 'An Asian envoy in Dakar');
    const [b] = findQuotes(['“We will not move,” said a Western diplomat based in a coastal country.']);
    assert.equal(b.speaker, 'a Western diplomat');
  });
  it('finds a person the paragraph introduces by description, for a later "he" or "she"', () => {
    assert.deepEqual(describedPerson('At the market in Kano on Monday, one trader, a widow who gave only her first name, '), { words: 'one trader', index: 33 });
    assert.equal(describedPerson('It rained for a week, and the roads closed. '), undefined);
  });
  it('resolves "she"/"he" to the nearest person before it, of the sex the article gives', () => {
    const r = draft([
      '“The road is closed,” said Kwame Boateng, the mayor.',
      'The agency’s head, Ada Nwosu, said on Tuesday that it had sent trucks. “We are doing what we can,” she said.',
      'Mr. Boateng and Ada Nwosu met later. “I am grateful,” he said.',
      'On the bridge in Kano, one trader, a widow, watched the water. “It took everything,” she said.',
    ].join('\n'), { published: '2025-09-16', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors, []);
    const speaker = (text: string) => built.story!.actors.find((a) => a.id === built.story!.quotes.find((q) => q.text.startsWith(text))?.speaker)?.name;
    assert.equal(speaker('We are doing'), 'Ada Nwosu');
    assert.equal(speaker('I am grateful'), 'Kwame Boateng');
    assert.equal(speaker('It took everything'), 'One trader');
  });
});

describe('draft: event status from the date', () => {
  it('moves a status the builder would refuse to the one the date allows', () => {
    assert.equal(statusForDate('past', '2025-10-01', '2025-10-31', '2025-09-16'), 'planned');
    assert.equal(statusForDate('past', '2025-09-01', '2030-12-31', '2025-09-16'), 'ongoing');
    assert.equal(statusForDate('expected', '2025-09-01', '2025-09-15', '2025-09-16'), 'past');
    assert.equal(statusForDate('threatened', '2025-06-01', '2025-09-16', '2025-09-16'), 'past');
    assert.equal(statusForDate('planned', '2025-10-01', '2025-10-31', '2025-09-16'), 'planned');
  });
  it('titles an event without its dateline or a stray quotation mark', () => {
    const r = draft('TAMALE, Ghana — The White Volta rose on Sunday.\n“It came at night,” said Ama Mensah, who fled on Monday.', { published: '2025-09-16', id: 'invented' });
    assert.match(r.yamlText, /title: The White Volta rose on Sunday\n/);
    assert.match(r.yamlText, /title: It came at night, said Ama Mensah, who fled on Monday\n/);
  });
  it('drafts "was due to begin next month" as planned, so the event is kept', () => {
    const r = draft('The harvest was due to begin next month, farmers said.', { published: '2025-09-16', id: 'invented' });
    assert.match(r.yamlText, /status: planned/);
    assert.equal(r.counts.leftOut, 0);
  });
});

describe('draft: figures', () => {
  const f = (text: string) => findFigures([text]).map((x) => ({ text: x.text, value: x.value, min: x.min, max: x.max, qualifier: x.qualifier, unit: x.unit, currency: x.currency }));
  it('reads ranges, hedges and bounds', () => {
    assert.deepEqual(f('Between 200 and 300 families fled.')[0], { text: 'Between 200 and 300 families', value: undefined, min: 200, max: 300, qualifier: undefined, unit: 'families', currency: undefined });
    assert.equal(f('More than 10,000 people marched.')[0].qualifier, 'more-than');
    assert.equal(f('It killed at least 41 people.')[0].qualifier, 'at-least');
    assert.equal(f('Up to 1.2 million people are at risk.')[0].value, 1200000);
    assert.equal(f('Nearly 40 tonnes of maize arrived.')[0].qualifier, 'nearly');
  });
  it('reads scale words, number words and money in two currencies', () => {
    assert.equal(f('The plant will produce 760 MW.')[0].unit, 'MW');
    assert.equal(f('Five tonnes of rice were lost.')[0].value, 5);
    const money = f('The deal is worth 6.5 billion naira, about $4.2 million.');
    assert.deepEqual(money.map((m) => [m.value, m.currency]), [[6500000000, 'NGN'], [4200000, 'USD']]);
  });
  it('leaves out years, dates, ages, clock times and time spans', () => {
    assert.deepEqual(f('In 2019, on March 3, Amina Bello, 42, left at 7:45 p.m., two years later than planned.'), []);
  });
});

describe('draft: actors and places', () => {
  const gaz = gazetteer();
  it('finds people with title, age and role, organisations with acronyms, countries and cities, not demonyms', () => {
    const e = findEntities([
      'The National Emergency Management Agency (NEMA) said Amina Bello, 42, a trader, had lost her stall in Lokoja.',
      'Nigerian officials and Gen. Musa Danjuma met in Abuja. Danjuma later said NEMA would help.',
    ], gaz);
    const byName = new Map(e.actors.map((a) => [a.name, a]));
    assert.equal(byName.get('National Emergency Management Agency')?.kind, 'organization');
    assert.ok(byName.get('National Emergency Management Agency')?.aliases.has('NEMA'));
    assert.equal(byName.get('Amina Bello')?.age, 42);
    assert.equal(byName.get('Amina Bello')?.role, 'trader');
    assert.equal(byName.get('Musa Danjuma')?.kind, 'person');
    assert.ok(byName.get('Musa Danjuma')?.aliases.has('Danjuma'));
    assert.ok(!byName.has('Nigerian'), 'a demonym is not an actor');
    const lokoja = e.places.find((p) => p.name === 'Lokoja');
    assert.equal(lokoja?.country, 'NG');
    assert.ok(lokoja?.coordinates && Math.abs(lokoja.coordinates[1] - 7.8) < 0.2);
    assert.ok(e.places.some((p) => p.name === 'Abuja' && p.kind === 'city'));
  });
  it('reads an organisation from its apposition, administrative regions, and a place inside a known one', () => {
    const e = findEntities([
      'Savanna Wave FM, a radio station in Tamale, said Ama Mensah, an opposition lawmaker from the Upper East Region, had spoken.',
      'Bulldozers moved in at Kpalsi, in northern Tamale, on Friday.',
    ], gaz);
    assert.equal(e.actors.find((a) => a.name === 'Savanna Wave FM')?.kind, 'organization');
    assert.ok(!e.actors.some((a) => a.name === 'Upper East Region'), 'a region is not a person');
    assert.equal(e.places.find((p) => p.name === 'Upper East Region')?.kind, 'region');
    assert.equal(e.places.find((p) => p.name === 'Kpalsi')?.kind, 'site');
  });
  it('reads rivers and facilities by their shape', () => {
    const e = findEntities(['Water from the Kainji Dam reached the Benue River on Tuesday.'], gaz);
    assert.deepEqual(e.places.map((p) => [p.name, p.kind]), [['Kainji Dam', 'facility'], ['Benue River', 'river']]);
  });
});

describe('draft: airlines, agencies and their bodies (rules added with the Osh tuning article; sentences invented here)', () => {
  const gaz = gazetteer();
  const kinds = (e: ReturnType<typeof findEntities>) => new Map([...e.actors.map((a) => [a.name, a.kind] as const), ...e.places.map((p) => [`place:${p.name}`, p.kind] as const)]);
  it('reads a wire agency named in words in the dateline as an organisation', () => {
    const e = findEntities(['TAMALE, Ghana (Savanna Desk Wire) — The regional council met on Monday.'], gaz);
    assert.equal(kinds(e).get('Savanna Desk Wire'), 'organization');
  });
  it('reads "the Lyon-based X" as X, and a name read as an organisation once as the same one again', () => {
    const e = findEntities([
      'The budget carrier Condor Air cancelled 40 flights on Friday.',
      'Condor Air, a subsidiary of the Lyon-based Rhône Freight Holding, said the cancellations were temporary.',
    ], gaz);
    const condor = e.actors.filter((a) => a.name === 'Condor Air');
    assert.deepEqual(condor.map((a) => a.kind), ['organization'], 'one actor, an organisation');
    assert.equal(kinds(e).get('Rhône Freight Holding'), 'organization');
    assert.ok(!e.actors.some((a) => a.name.includes('-based')), 'the base is no part of the name');
  });
  it('reads airlines, guilds and businesses named after their kind and a comma, or after "the consultancy"', () => {
    const e = findEntities([
      'Last spring the regulator fined another airline, Sokol Avia, for a late inspection.',
      'Efua Quaye, an analyst at the Accra consultancy Harbour Line, said the Accra Pilots’ Guild had warned of it.',
    ], gaz);
    const k = kinds(e);
    assert.equal(k.get('Sokol Avia'), 'organization');
    assert.equal(k.get('Harbour Line'), 'organization');
    assert.equal(k.get('Accra Pilots’ Guild'), 'organization');
    assert.equal(k.get('Efua Quaye'), 'person');
    const comma = kinds(findEntities(['Ghana’s rail agency, Railnet, said the line was closed.', 'A spokesman for the agency, Ama Owusu, said it would reopen.'], gaz));
    assert.equal(comma.get('Railnet'), 'organization');
    assert.equal(comma.get('Ama Owusu'), 'person', 'a person in apposition to "a spokesman for the agency" stays a person');
  });
  it('reads an international airport as a facility and a reservoir as a site, not as organisations or people', () => {
    const e = findEntities(['The jet flew over the Akosombo Reservoir and landed at Tamale International Airport on Monday.'], gaz);
    const k = kinds(e);
    assert.equal(k.get('place:Tamale International Airport'), 'facility');
    assert.equal(k.get('place:Akosombo Reservoir'), 'site');
    assert.ok(!k.has('Tamale International Airport') && !k.has('Akosombo Reservoir'));
  });
  it('reads "Parliament’s finance committee" as that body, "the committee" as its alias', () => {
    const e = findEntities(['Parliament’s finance committee will question the minister next week.', 'The committee’s chairman said the budget was late.'], gaz);
    const committee = e.actors.find((a) => a.name === 'Parliament’s finance committee');
    assert.equal(committee?.kind, 'organization');
    assert.ok(committee?.aliases.has('The committee'));
    assert.ok(!e.actors.some((a) => a.name === 'Parliament'), 'the legislature itself does not act here');
  });
  it('reads a crew, relatives and travel agents who act as groups', () => {
    const e = findEntities(['The crew reported smoke in the cabin.', 'Relatives waited at the gate, and travel agents in Tamale said bookings had fallen.'], gaz);
    const groups = e.actors.filter((a) => a.kind === 'group').map((a) => a.name.toLowerCase());
    assert.ok(groups.includes('the crew') || groups.includes('crew'), groups.join(', '));
    assert.ok(groups.some((g) => g.startsWith('relatives')), groups.join(', '));
    assert.ok(groups.some((g) => g.startsWith('travel agents')), groups.join(', '));
  });
  it('reads money in soms and tenge, and what a number counts past a maker and a model', () => {
    const f = (text: string) => findFigures([text]).map((x) => [x.text, x.value ?? [x.min, x.max], x.unit ?? x.currency]);
    assert.deepEqual(f('The fine was 2.5 million soms.'), [['2.5 million soms', 2500000, 'KGS']]);
    assert.deepEqual(f('Tickets cost 9,000 tenge.'), [['9,000 tenge', 9000, 'KZT']]);
    assert.deepEqual(f('It grounded its four Boeing 737 planes.'), [['four Boeing 737 planes', 4, 'planes']]);
    assert.deepEqual(f('Police checked two Kenya Power trucks.'), [['two Kenya Power trucks', 2, 'trucks']]);
    assert.deepEqual(f('The firm leased 12 A330 jets.'), [['12 A330 jets', 12, 'jets']]);
  });
  it('dates "at least four times since 2023" as an event (a bound on a count), and still not "the worst … since 2019"', () => {
    const r = draft('The lagoon had flooded the road at least four times since 2023, fishermen said. It was the worst flood since 2019.', { published: '2026-08-19', id: 'invented' });
    assert.match(r.yamlText, /edtf: 2023\/\.\./);
    assert.doesNotMatch(r.yamlText, /edtf: 2019\/\.\./);
  });
  it('drafts a plan with a condition ("hoped to … if …") as conditional, dated forward', () => {
    const r = draft('The ferry company said it hoped to sail again in early March if the harbour was dredged.', { published: '2026-11-12', id: 'invented' });
    assert.match(r.yamlText, /status: conditional/);
    assert.match(r.yamlText, /edtf: 2027-03-01\/2027-03-10/);
    assert.match(r.yamlText, /condition: if the harbour was dredged/);
  });
  it('reads a relative named in the narration ("whose son", "her husband") as an actor with its relation; not a speaker’s "my son"', () => {
    const text = 'Ama Mensah, 63, whose son broke his wrist on the slide, waited outside the clinic. “My son cannot work,” she said.\nKofi Boateng waited with a photograph of his wife and his daughters.\n“My father saw it,” said Yaw Asante.';
    const e = findEntities(text.split('\n'), gaz);
    const kin = e.actors.filter((a) => a.kin).map((a) => [a.name, a.kind, [...a.aliases].join('|')]);
    assert.deepEqual(kin, [['Ama Mensah’s son', 'person', 'whose son'], ['Kofi Boateng’s wife', 'person', 'his wife'], ['Kofi Boateng’s daughters', 'group', 'his daughters']]);
    const r = draft(text, { published: '2026-11-12', id: 'invented' });
    assert.match(r.yamlText, /from: ama-mensah-son\n\s+to: ama-mensah\n\s+kind: son-of/);
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    assert.deepEqual(built.errors.map((x) => x.message), []);
  });
  it('reads "His union, X" and "Ghana’s aviation regulator, X" as relations, an owner’s base left out', () => {
    const r = findRelations([
      'Capt. Kwame Mensah, a former navy pilot, has not spoken. His union, the Harbour Pilots’ Guild, said he followed every rule.',
      'Ghana’s aviation regulator, Skyward, opened an inquiry. Condor Air, a subsidiary of the Lyon-based Rhône Freight Holding, said no more.',
    ]).map((x) => [x.from, x.to, x.kind]);
    assert.deepEqual(r, [['Kwame Mensah', 'Harbour Pilots’ Guild', 'member-of'], ['Skyward', 'Ghana', 'part-of'], ['Condor Air', 'Rhône Freight Holding', 'subsidiary-of']]);
  });
});

describe('draft: money, honorific names, seas and a company’s city (rules added with the Amman tuning article; sentences invented here)', () => {
  const gaz = gazetteer();
  const kinds = (e: ReturnType<typeof findEntities>) => new Map([...e.actors.map((a) => [a.name, a.kind] as const), ...e.places.map((p) => [`place:${p.name}`, p.kind] as const)]);
  it('reads dinars, riyals and lira as the money of the country the article names, and guesses none without one', () => {
    const money = (paragraphs: string[]) => findFigures(paragraphs).map((x) => [x.value, x.currency, x.unit]);
    assert.deepEqual(money(['The Iraqi ministry paid 4.5 million dinars for the pumps.', 'Iraq has no other supplier.']), [[4500000, 'IQD', undefined]]);
    assert.deepEqual(money(['Kuwait’s port fee rose to 12 dinars a container.']), [[12, 'KWD', undefined]]);
    assert.deepEqual(money(['In Oman, a permit costs 300 riyals.']), [[300, 'OMR', undefined]]);
    assert.deepEqual(money(['Lebanese depositors may withdraw 2 million lira a month.']), [[2000000, 'LBP', undefined]]);
    // dinars of no named country: no currency is guessed, and the number is not a count of "dinars"
    assert.deepEqual(money(['The fine was 700 dinars.']), []);
  });
  it('keeps the honorific of a dam, a canal or an airport named after someone, and reads them as places', () => {
    const e = findEntities(['Barges passed the Queen Rania Bridge and the King Faisal Canal on Monday, and landed near the Prince Hamza Airport.'], gaz);
    const k = kinds(e);
    assert.equal(k.get('place:Queen Rania Bridge'), 'facility');
    assert.equal(k.get('place:King Faisal Canal'), 'facility');
    assert.equal(k.get('place:Prince Hamza Airport'), 'facility');
    assert.ok(!e.actors.some((a) => a.kind === 'person'), 'no person is read from the honorific');
  });
  it('reads a sea, an ocean or a strait as a place, not a group', () => {
    const e = findEntities(['Tankers waited in the Arabian Sea while the navy cleared the Strait of Hormuz.'], gaz);
    assert.equal(kinds(e).get('place:Arabian Sea'), 'site');
    assert.equal(kinds(e).get('place:Strait of Hormuz'), 'site');
    assert.ok(!e.actors.some((a) => a.name === 'Arabian Sea'));
  });
  it('reads a body named after a river, a dam or a port as an organisation, not the place', () => {
    const e = findEntities(['The Orontes River Authority and the Latakia Port Company met on Monday. Mosul Dam Operators, a consortium, sent engineers, and the Tigris River rose.'], gaz);
    const k = kinds(e);
    assert.equal(k.get('Orontes River Authority'), 'organization');
    assert.equal(k.get('Latakia Port Company'), 'organization');
    assert.equal(k.get('Mosul Dam Operators'), 'organization');
    assert.ok(!k.has('place:Orontes River Authority') && !k.has('place:Mosul Dam Operators'));
    // the river itself, named on its own, is still a river
    assert.equal(k.get('place:Tigris River'), 'river');
  });
  it('reads people who act as the subject of a clause as a group, even named once, but not in a clause of circumstance', () => {
    const e = findEntities(['Stallholders’ prices rose on Monday. Shopkeepers shut their doors at noon, and fishermen kept their boats ashore.', 'Fares went up as drivers passed on the cost.'], gaz);
    const groups = e.actors.filter((a) => a.kind === 'group').map((a) => a.name.toLowerCase());
    assert.ok(groups.includes('shopkeepers'), groups.join(', '));
    assert.ok(groups.includes('fishermen'), groups.join(', '));
    assert.ok(!groups.includes('drivers'), 'as drivers passed on the cost: circumstance, not a group acting');
    assert.ok(!groups.some((g) => /prices|fares/.test(g)), 'prices and fares are not people');
  });
  it('reads "the governor of the province" as a person, the office named with its area’s kind alone', () => {
    const e = findEntities(['The governor of the province, who asked not to be named, said the pass would stay closed. Later the mayor of the town said the same.'], gaz);
    const people = e.actors.filter((a) => a.kind === 'person').map((a) => a.name);
    assert.ok(people.includes('The governor of the province'), people.join(', '));
    assert.ok(people.includes('The mayor of the town'), people.join(', '));
  });
  it('reads "the country’s electoral commission" as an institution of the article’s country', () => {
    const e = findEntities(['HONIARA, Solomon Islands (Reef Wire) — The country’s electoral commission said the count would resume on Monday.'], gaz);
    const org = e.actors.find((a) => a.kind === 'organization' && /electoral commission/.test(a.name));
    assert.equal(org?.name, 'Solomon Islands’s electoral commission');
    assert.ok(org?.aliases.has('The country’s electoral commission'));
  });
  it('reads people with a phrase after them as a group where they act ("Nurses at the district hospital walked out")', () => {
    const e = findEntities(['Nurses at the district hospital walked out on Monday, and teachers in the capital stayed at home.'], gaz);
    const groups = e.actors.filter((a) => a.kind === 'group').map((a) => a.name);
    assert.ok(groups.includes('Nurses at the district hospital'), groups.join(', '));
    assert.ok(groups.includes('Teachers in the capital'), groups.join(', '));
  });
  it('reads "X, the country’s leader" as a relation to the country, not to a body whose alias holds "country"', () => {
    const r = draft('SUVA, Fiji (Reef Wire) — The country’s military said it would help. Josefa Tuilau, the country’s leader, visited the coast on Monday.', { published: '2026-12-02', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    const rel = built.story!.relations.map((x) => [x.from, x.to]);
    assert.deepEqual(rel, [['josefa-tuilau', 'fiji']]);
  });
  it('reads "X Holdings of <city>" as the company, and the city as a place', () => {
    const e = findEntities(['The builder is a subsidiary of Cedarline Holdings of Beirut, which declined to comment.'], gaz);
    const k = kinds(e);
    assert.equal(k.get('Cedarline Holdings'), 'organization');
    assert.equal(k.get('place:Beirut'), 'city');
    assert.ok(!k.has('Cedarline Holdings of Beirut'));
    assert.equal(e.places.find((p) => p.name === 'Beirut')?.country, 'LB');
  });
});

describe('draft: signs and partial quotes of groups (rules added with the Amman tuning article; sentences invented here)', () => {
  it('counts "A week earlier" in a past clause from the last event that happened, not from a plan reported in between', () => {
    const text = [
      'The port closed on Friday after a storm.',
      'The operator said it would reopen next month if the cranes were repaired.',
      'A week earlier, a tanker had run aground at the entrance. The previous day, pilots had warned of high winds.',
    ].join('\n');
    const r = draft(text, { published: '2026-12-02', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
    const events = built.story!.events.map((e) => [e.when.start, e.when.end, e.when.phrase]);
    assert.deepEqual(events.find((e) => e[2] === 'A week earlier'), ['2026-11-20', '2026-11-20', 'A week earlier']);
    assert.deepEqual(events.find((e) => e[2] === 'The previous day'), ['2026-11-19', '2026-11-19', 'The previous day']);
  });
  it('reads "X, 41, a teacher who speaks for the committee" as a relation to the committee named before', () => {
    const r = findRelations([
      'The Harbour Tenants’ Committee said rents had doubled.',
      '“We cannot pay,” said Rania Saad, 38, a nurse who speaks for the committee.',
    ]).map((x) => [x.from, x.to, x.kind]);
    assert.deepEqual(r, [['Rania Saad', 'committee', 'speaks-for']]);
  });
  it('gives a sign no one is named holding to the crowd of the sentence before', () => {
    const q = findQuotes(['Thousands of teachers marched to the ministry on Friday. One placard read: “Pay us or close the schools.”']);
    assert.equal(q[0].medium, 'sign');
    assert.equal(q[0].speaker, 'teachers');
    // no crowd before it: nobody is guessed
    const alone = findQuotes(['The ministry was closed on Friday. One placard read: “Pay us or close the schools.”']);
    assert.equal(alone[0].speaker, undefined);
  });
  it('reads the speaker of a partial quote from a bare plural in a relative clause of naming', () => {
    const q = findQuotes(['The council raised bus fares, a step that commuters in the capital called “robbery in daylight.”']);
    assert.equal(q[0].partial, true);
    assert.equal(q[0].speaker, 'commuters');
  });
});

describe('draft: whole articles', () => {
  const folders = readdirSync(DATA, { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(join(DATA, d.name, 'story.json'))).map((d) => d.name);

  it('lists in data/held-back.json only folders that exist (a misspelt id would let its article be tuned on)', () => {
    assert.ok(HELD_BACK.size >= 2);
    for (const id of HELD_BACK) assert.ok(folders.includes(id), `data/held-back.json names ${id}, not a story folder of data/`);
  });

  for (const id of folders) {
    it(`${id}: the draft builds as it is, and scores at least its floor`, () => {
      const gold = JSON.parse(readFileSync(join(DATA, id, 'story.json'), 'utf8')) as Story;
      const result = draft(readFileSync(join(DATA, id, 'article.txt'), 'utf8'), { published: gold.article.published, id });
      const built = buildStory({ id, articleText: result.articleText, yamlText: result.yamlText });
      assert.deepEqual(built.errors.map((e) => `${e.path}: ${e.message}`), []);
      // held back: it must build, but its scores are neither shown here nor held to floors, so that no one
      // tunes the extractor on them (`npm run score:drafts` reports them, apart)
      if (HELD_BACK.has(id)) return;
      const scores = scoreStory(built.story!, gold);
      console.log(formatScores(scores, id).join('\n'));
      // floors: what the extractor reached so far (test/node/draft-floors.json); the targets are in data/README.md
      const floor = (FLOORS as Record<string, Record<string, [number, number]>>)[id];
      assert.ok(floor, `no floors for ${id} in test/node/draft-floors.json`);
      for (const [section, [p, r]] of Object.entries(floor)) {
        const got = scores[section as keyof typeof scores];
        assert.ok(got.precision >= p && got.recall >= r, `${section}: P ${got.precision.toFixed(2)} R ${got.recall.toFixed(2)}, floor ${p}/${r}`);
      }
    });
  }

  it('reads the article from standard input through the command, and the score command compares two stories', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l), stdin: () => '“We will rebuild,” said Kofi Mensah, the mayor of Tamale, on Friday.\n' };
    const dir = join(await import('node:os').then((os) => os.tmpdir()), `sahel-draft-${process.pid}`, 'tamale-mayor');
    assert.equal(await main(['draft', '-', '--published', '2025-09-15', '--out', dir, '--force'], io), 0, err.join('\n'));
    assert.match(out[0], /1 quotes/);
    assert.match(readFileSync(join(dir, 'story.yaml'), 'utf8'), /speaker: kofi-mensah/);
    assert.equal(await main(['build', dir], io), 0, err.join('\n'));
    out.length = 0;
    assert.equal(await main(['score', join(dir, 'story.json'), join(dir, 'story.json')], io), 0);
    assert.match(out.at(-1)!, /^score: quotes 1\.00\/1\.00, speakers 1\.00\/1\.00/);
  });
});
