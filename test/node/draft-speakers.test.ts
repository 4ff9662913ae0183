/**
 * The draft extractor's quotes and speakers, on sentences written for these tests (rules added with the
 * Ethiopia tuning article, data/ethiopia-birr-devaluation-2026): a trailing attribution after a clause,
 * a sign named before its words, a subject with an acronym in brackets, and a named actor described by
 * lower-case words before its name.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../../src/builder/build.js';
import { draft } from '../../src/builder/draft/draft.js';
import { findQuotes, subjectOf } from '../../src/builder/draft/quotes.js';
import { sentences } from '../../src/builder/draft/text.js';
import type { Story } from '../../src/story/types.js';

const q = (...paragraphs: string[]) => findQuotes(paragraphs);

/** The draft as the builder reads it: each quote's words and its speaker's name. */
function spoken(text: string): string[] {
  const r = draft(text, { published: '2025-11-20', id: 'invented' });
  const built = buildStory({ id: 'invented', articleText: r.articleText, yamlText: r.yamlText });
  assert.deepEqual(built.errors.map((e) => `${e.path}: ${e.message}`), []);
  const story = built.story as Story;
  return story.quotes.map((x) => `${x.text} | ${story.actors.find((a) => a.id === x.speaker)?.name ?? '?'} | ${x.medium}`);
}

describe('draft speakers: an attribution that follows a clause of its own', () => {
  it('gives "she" to a person who gave only her first name, not to the person named before', () => {
    assert.deepEqual(spoken('The mayor, Ana Costa, ordered the evacuation on Monday.\nA baker who gave only her first name, Lurdes, left at dawn. “The smoke came first,” she said.'), ['The smoke came first | Lurdes | spoken']);
  });
  it('takes the name in apposition to an owner’s role after the verb: "said its president, Rosa Lima"', () => {
    assert.deepEqual(q('“The boats stay in port,” said its president, Rosa Lima.').map((x) => x.speaker), ['Rosa Lima']);
    assert.deepEqual(q('“We were never asked,” said the guild’s treasurer, Abel Sousa.').map((x) => x.speaker), ['Abel Sousa']);
    assert.deepEqual(spoken('The Fishers’ Guild met on Monday.\n“The boats stay in port,” said its president, Rosa Lima.'), ['The boats stay in port | Rosa Lima | spoken']);
  });
  it('takes the name among the appositions, not the clause before them', () => {
    const [p] = q('The ferry will resume on Monday, a port spokeswoman, Ilse Moreau, said in an email, adding that the company “regrets the delay.”');
    assert.equal(p.partial, true);
    assert.equal(p.speaker, 'Ilse Moreau');
    assert.equal(p.medium, 'statement');
  });
  it('takes the description when no name is given', () => {
    const [p] = q('The dam was never inspected, a retired engineer, who asked not to be named, said, calling it “a disaster waiting for rain.”');
    assert.equal(p.speaker, 'a retired engineer');
  });
  it('still takes the head of a noun phrase that is not a clause', () => {
    assert.equal(q('The union’s treasurer, Olu Bankole, said: “We have no money left.”')[0].speaker, 'Olu Bankole');
  });
});

describe('draft speakers: signs named before their words', () => {
  it('reads a sign before “…” as a sign, with whose wall it hangs on as its speaker', () => {
    const [s] = q('Outside the clinic, a faded notice pinned to the door of a bakery read: “No bread until Friday.”');
    assert.deepEqual([s.medium, s.speaker], ['sign', 'a bakery']);
    assert.match(s.context ?? '', /notice pinned to the door of a bakery read/);
  });
  it('prefers who holds it', () => {
    const [s] = q('A cardboard placard carried by one nurse said: “Pay us in June.”');
    assert.deepEqual([s.medium, s.speaker], ['sign', 'one nurse']);
  });
  it('names no speaker for a sign no one holds, and says so', () => {
    const [s] = q('A sign on the bridge read: “Closed.”');
    assert.equal(s.medium, 'sign');
    assert.equal(s.speaker, undefined);
    assert.ok(s.doubts.some((d) => /no one named/.test(d)));
  });
});

describe('draft speakers: organisations as subjects of partial quotes', () => {
  it('reads a subject past an acronym in brackets and a name with an apostrophe', () => {
    assert.equal(subjectOf('The opposition Farmers’ Alliance (FA) called the levy '), 'The opposition Farmers’ Alliance');
  });
  it('gives a partial quote to the named organisation its description precedes', () => {
    const lines = spoken('The Farmers’ Alliance said on Tuesday it would march. The opposition Farmers’ Alliance called the levy “a tax on hunger.”');
    assert.deepEqual(lines, ['a tax on hunger. | Farmers’ Alliance | spoken']);
  });
});

describe('draft speakers: possessive subjects and roles that only name an organisation', () => {
  it('reads a subject whose first word is a possessive ("The governor’s office")', () => {
    assert.equal(subjectOf('The harbour master’s office described the collision as '), 'The harbour master’s office');
  });
  it('does not give "the union" to a person whose role only names the union (“the union’s secretary”)', () => {
    const lines = spoken('“This is not over,” warned Elias Phiri, the union’s general secretary. “We will not be intimidated,” the union said in a post on Facebook.');
    assert.deepEqual(lines.map((l) => l.split(' | ').slice(1).join(' | ')), ['Elias Phiri | spoken', 'The union | statement']);
  });
  it('still gives "the secretary" to the person whose role it is', () => {
    const lines = spoken('“This is not over,” warned Elias Phiri, the union’s general secretary. “We are ready,” the secretary said.');
    assert.deepEqual(lines.map((l) => l.split(' | ')[1]), ['Elias Phiri', 'Elias Phiri']);
  });
});

describe('draft speakers: a partial quote in the second clause of a sentence', () => {
  it('takes the subject of the clause after "while", "but" or ", and", not the sentence’s', () => {
    const [a, b] = q('The airline’s chief executive, Tom Baker, said he was “confident” of a deal, while the pilots’ leader, Ruth Allen, called that “wishful thinking.”');
    assert.deepEqual([a.speaker, b.speaker], ['Tom Baker', 'Ruth Allen']);
    assert.equal(q('The union said it was ready, and the company called the offer “final.”')[0].speaker, 'the company');
  });
  it('keeps the sentence’s subject when the second clause hands no words to anyone', () => {
    assert.equal(q('Mr. Baker said the talks were over, and that the offer was “final.”')[0].speaker, 'Mr. Baker');
  });
});

describe('draft speakers: signs in a row, "they", and a role written before the name', () => {
  it('keeps a sign standing alone a sign, and "read another" a second sign, not a continuation', () => {
    const [a, b] = q('“Enough,” read one placard. “We want clean water,” read another.');
    assert.deepEqual([a.medium, b.medium, b.continues], ['sign', 'sign', false]);
    // the paragraph after a quoted speaker does not lend its speaker to a sign
    const [, sign] = q('“We are fine,” the mayor said.', '“Closed,” read a notice.');
    assert.deepEqual([sign.medium, sign.speaker], ['sign', undefined]);
  });
  it('gives “…,” they said to the plural people the paragraph has speaking', () => {
    const lines = spoken('Kofi Asare, a ferryman, said the river was rising. Local residents told reporters the water had turned brown. “We cannot drink it,” they said.');
    assert.deepEqual(lines.map((l) => l.split(' | ')[1]), ['Local residents']);
  });
  it('gives “the minister” to the person named just after that role word', () => {
    const lines = spoken('The environment minister, Clara Nunes, visited the site on Monday. “This river belongs to everyone,” the minister said.');
    assert.deepEqual(lines.map((l) => l.split(' | ')[1]), ['Clara Nunes']);
  });
});

describe('draft speakers: partial quotes handed over without "said"', () => {
  it('reads the subject of a relative clause of naming ("which the company has called “…”")', () => {
    assert.equal(q('The walkout, which the port authority has called “unlawful,” entered its third day.')[0].speaker, 'the port authority');
    assert.equal(q('Dockers voted against what they called a “hunger wage.”')[0].speaker, 'they');
  });
  it('reads the person a sentence opens on ("For Mr. Osei, the offer is “…”")', () => {
    assert.equal(q('For Mr. Osei, the offer is “an insult.”')[0].speaker, 'Mr. Osei');
  });
  it('reads whose words a possessive names, for partial and whole quotes', () => {
    assert.equal(q('The mayor’s promise of “clean streets by spring” has not been kept.')[0].speaker, 'The mayor');
    assert.equal(q('Mr. Osei’s message to the council was simple: “Fix the road.”')[0].speaker, 'Mr. Osei');
  });
  it('reads a plural subject with a present verb, without its auxiliary', () => {
    assert.equal(q('Divers describe the wreck as “a coffin.”')[0].speaker, 'Divers');
    assert.equal(q('Police have vowed to arrest “anyone who blocks the bridge.”')[0].speaker, 'Police');
  });
});

describe('draft speakers: a sentence ending in a colon, statements "from" someone, closed quotations', () => {
  it('takes the subject of a sentence that ends in a colon, or the one "her message" stands for', () => {
    assert.equal(q('Dr. Amina Juma, the clinic’s director, was blunt: “We are out of oxygen.”')[0].speaker, 'Dr. Amina Juma');
    assert.equal(q('Her message was simple: “Go home.”')[0].speaker, 'she');
  });
  it('gives words "according to a statement from" someone to that someone', () => {
    const [s] = q('“Stocks will last two days,” according to a statement from the health ministry.');
    assert.deepEqual([s.speaker, s.medium], ['the health ministry', 'statement']);
  });
  it('does not take a quotation closed in its paragraph for one running on into the next', () => {
    const [a, b] = q('Dr. Amina Juma, the clinic’s director, was blunt: “We are out of oxygen.”', '“Stocks will last two days,” according to a statement from the health ministry.');
    assert.deepEqual([a.speaker, b.speaker], ['Dr. Amina Juma', 'the health ministry']);
  });
});

describe('draft speakers: a name with its own "of"', () => {
  it('keeps "of" followed by a capital in the speaker ("The Central Bank of Kenya said …")', () => {
    assert.equal(q('The Central Bank of Kenya said in a statement that the rate would “restore calm.”')[0].speaker, 'The Central Bank of Kenya');
    assert.equal(q('“We are ready,” said a spokesman of the port.')[0].speaker, 'a spokesman of the port');
  });
});

// Rules added with data/mekong-rice-quota-2026 (sentences written for these tests).
describe('draft speakers: a quotation that closes its sentence, a possessive description, "the farmers’ union"', () => {
  it('ends the reporter’s sentence at a quotation closed by its full stop, so the next sentence’s subject is not the speaker', () => {
    assert.deepEqual(
      sentences('The dockers’ guild called the offer “an insult to every crane driver.” Its secretary, Rui Almeida, said talks would resume.').map((s) => s.text),
      ['The dockers’ guild called the offer “an insult to every crane driver.”', 'Its secretary, Rui Almeida, said talks would resume.'],
    );
    // (a quotation that ends one sentence of the speaker's own stays whole: the next word is not a capital)
    assert.equal(sentences('“We waited. We left,” she said.').length, 1);
    assert.equal(q('The dockers’ guild called the offer “an insult to every crane driver.” Its secretary, Rui Almeida, said talks would resume.')[0].speaker, 'The dockers’ guild');
  });
  it('takes the name in apposition to a role owned by a name ("Halden Shipping’s chief executive, Ines Varga, …")', () => {
    assert.equal(q('Halden Shipping’s chief executive, Ines Varga, told investors in June that the port was “the hinge of the whole route.”')[0].speaker, 'Ines Varga');
    assert.equal(q('“We are ready,” Meridian Port’s harbour master, Ana Souza, said.')[0].speaker, 'Ana Souza');
    // a name first, its role after: still the name
    assert.equal(q('Tomás Vidal, Kestrel’s engineer, said it was “a fair ruling.”')[0].speaker, 'Tomás Vidal');
  });
  it('gives words of "the dockers’ union" to the organisation named before, not to a new actor', () => {
    const lines = spoken([
      'SANTOS, Brazil — The Santos Dockers’ Union walked off the quays on Monday.',
      'The dockers’ union called the offer “an insult to every crane driver.” Its secretary, Rui Almeida, said talks would resume.',
    ].join('\n'));
    assert.deepEqual(lines, ['an insult to every crane driver. | Santos Dockers’ Union | spoken']);
  });
});

describe('draft speakers: a title with its full stop after the verb', () => {
  it('reads "said Dr. Halima Idriss" as the whole name, not "Dr"', () => {
    assert.equal(q('“We have buried 12 people this week,” said Dr. Halima Idriss, who runs the clinic at the camp.')[0].speaker, 'Dr. Halima Idriss');
    assert.equal(q('“The road is closed,” said Sgt. Musa Garba.')[0].speaker, 'Sgt. Musa Garba');
    // a sentence that ends after the verb's object is still cut at its full stop
    assert.equal(q('“It is over,” said the mayor. Then she left.')[0].speaker, 'the mayor');
  });
});
