/**
 * The draft extractor's relations, on sentences written for these tests: roles with a possessor (a
 * name, "its", "the board’s"), appositions ("a member of", "an economist at"), funding written as a
 * clause or as an adjective ("Z-funded"), "is led by", and disputed figures.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildStory } from '../../src/builder/build.js';
import { draft } from '../../src/builder/draft/draft.js';
import { findRelations } from '../../src/builder/draft/relations.js';

const r = (...paragraphs: string[]) => findRelations(paragraphs).map((x) => `${x.from} ${x.kind} ${x.to}`);

describe('draft relations', () => {
  it('reads a role after a possessor, a name or a pronoun for the sentence before', () => {
    assert.deepEqual(r('Ghana’s finance minister, Kofi Boateng, spoke first.'), ['Kofi Boateng leads Ghana']);
    assert.deepEqual(r('The Volta Fishers Union met on Monday. Its spokeswoman, Ama Owusu, said talks had failed.'), ['Ama Owusu speaks-for Volta Fishers Union']);
    assert.deepEqual(r('The board’s chairwoman, Dr. Esi Mensah, resigned.'), ['Esi Mensah leads The board']);
  });
  it('reads appositions: a role of, a member of (past adjectives), an economist at, a partner of', () => {
    assert.deepEqual(r('Yaw Darko, the newly elected mayor of Tamale, arrived.'), ['Yaw Darko leads Tamale']);
    assert.deepEqual(r('Abu Sule, a member of the ruling Unity Party, objected.'), ['Abu Sule member-of Unity Party']);
    assert.deepEqual(r('Efua Asante, an economist at the Accra Policy Institute, disagreed.'), ['Efua Asante works-for Accra Policy Institute']);
    assert.deepEqual(r('Togo, a longtime partner of Ghana, agreed.'), ['Togo partner Ghana']);
  });
  it('reads funding as a clause and as an adjective, and "is led by"', () => {
    assert.deepEqual(r('Clean Rivers, a small charity funded by the Norden Trust, filed the suit.'), ['Norden Trust funds Clean Rivers']);
    assert.deepEqual(r('Wura Clinic, a World Health Fund-funded centre, reopened.'), ['World Health Fund funds Wura Clinic']);
    assert.deepEqual(r('Monitors from the EU-funded Coastal Watch Network left.'), ['EU funds Coastal Watch Network']);
    assert.deepEqual(r('The Ferry Workers Union struck. It is led by Kojo Antwi.'), ['Kojo Antwi leads Ferry Workers Union']);
  });
  it('does not run a name across sentences', () => {
    assert.deepEqual(r('Prices rose in April. The Traders Guild, a member of the Chamber of Commerce, complained.'), ['Traders Guild member-of Chamber of Commerce']);
  });
  it('drafts a funder named only in "Z-funded" as an actor, with that word as its mention, and the draft builds', () => {
    const out = draft('Wura Clinic, a World Health Fund-funded centre, reopened on Monday.', { published: '2026-05-14', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: out.articleText, yamlText: out.yamlText });
    assert.deepEqual(built.errors.map((e) => e.message), []);
    const rel = built.story!.relations.find((x) => x.kind === 'funds');
    assert.equal(built.story!.actors.find((a) => a.id === rel?.from)?.name, 'World Health Fund');
  });
});

describe('draft relations: subsidiaries, ages, roles before names, common nouns', () => {
  it('reads "a subsidiary of" past a description of the owner, and "its subsidiary, Y"', () => {
    assert.deepEqual(r('Tarn Copper Ltd., a subsidiary of the Peruvian group Andes Holdings, paid the fine.'), ['Tarn Copper Ltd subsidiary-of Andes Holdings']);
    assert.deepEqual(r('Andes Holdings owns three mines. Its subsidiary, Tarn Copper, runs the largest.'), ['Tarn Copper subsidiary-of Andes Holdings']);
  });
  it('reads an age and a first apposition before the role, and a possessor after the name', () => {
    assert.deepEqual(r('Inés Mamani, 61, a farmer from Uyuni and president of the Quinoa Growers Federation, spoke.'), ['Inés Mamani leads Quinoa Growers Federation']);
    assert.deepEqual(r('Jorge Paz, 45, the union’s general secretary, walked out.'), ['Jorge Paz leads union']);
  });
  it('reads a candidate of the subject of the same sentence', () => {
    assert.deepEqual(r('The Green Front says its candidate, Ana Ruiz, won.'), ['Ana Ruiz candidate-of Green Front']);
  });
  it('reads a role before the name: "A geologist at X, Y" and "The mining minister, Y"', () => {
    assert.deepEqual(r('A geologist at the University of Potosí, Raúl Vega, disagreed.'), ['Raúl Vega works-for University of Potosí']);
    assert.deepEqual(r('Talks stalled. The mining minister, Elena Soto, left early.'), ['Elena Soto leads mining ministry']);
  });
  it('reads common nouns as ends: "a lawyer for the federation", "who heads the growers’ cooperative", "The federation, a member of X"', () => {
    assert.deepEqual(r('Luis Cruz, a lawyer for the federation, filed it.'), ['Luis Cruz works-for federation']);
    assert.deepEqual(r('Rosa Flores, 50, who heads the growers’ cooperative, agreed.'), ['Rosa Flores leads growers’ cooperative']);
    assert.deepEqual(r('“We will go on,” she said. The federation, a member of Via Campesina, backed her.'), ['The federation member-of Via Campesina']);
  });
  it('gives a relation to a common noun the organisation it names, not a person whose role has the word', () => {
    const out = draft('The Salt Miners Federation met in Uyuni on Monday. Jorge Paz, 45, the federation’s general secretary, spoke. Luis Cruz, a lawyer for the federation, said it would appeal.', { published: '2026-05-14', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: out.articleText, yamlText: out.yamlText });
    assert.deepEqual(built.errors.map((e) => e.message), []);
    const story = built.story!;
    const name = (id: string) => story.actors.find((a) => a.id === id)?.name;
    const rels = story.relations.map((x) => `${name(x.from)} ${x.kind} ${name(x.to)}`);
    assert.ok(rels.includes('Luis Cruz works-for Salt Miners Federation'), rels.join('; '));
  });
});

describe('draft relations: places and unnamed staff', () => {
  it('reads where an organisation is and whom a lawmaker represents', () => {
    assert.deepEqual(r('Radio Savanna, a community station in Tamale, aired it.'), ['Radio Savanna based-in Tamale']);
    assert.deepEqual(r('Ama Boakye, an opposition lawmaker from the Ashanti Region, objected.'), ['Ama Boakye represents Ashanti Region']);
  });
  it('links a relation to a place of the draft, and the draft builds', () => {
    const out = draft('Radio Savanna, a community station in Tamale, said on Monday that the bridge had closed. “It is over,” said Radio Savanna.', { published: '2026-05-14', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: out.articleText, yamlText: out.yamlText });
    assert.deepEqual(built.errors.map((e) => e.message), []);
    const rel = built.story!.relations.find((x) => x.kind === 'based-in');
    assert.equal(rel?.toKind, 'place');
    assert.equal(built.story!.places.find((p) => p.id === rel?.to)?.name, 'Tamale');
  });
});

describe('draft scorer: units', () => {
  it('matches a figure in km with the same figure in kilometres, and megawatts with MW', async () => {
    const { scoreStory } = await import('../../src/builder/draft/score.js');
    const story = (unit: string) => ({ actors: [], places: [], quotes: [], events: [], relations: [], figures: [{ id: 'f', value: 110, unit, label: 'x', source: { paragraph: 'p1', start: 0, end: 1 } }] }) as unknown as Parameters<typeof scoreStory>[0];
    assert.equal(scoreStory(story('km'), story('kilometres')).figures.recall, 1);
    assert.equal(scoreStory(story('MW'), story('megawatts')).figures.recall, 1);
    assert.equal(scoreStory(story('km'), story('miles')).figures.recall, 0);
  });
});

describe('draft relations: acronyms, named possessors after a name, offices and loans (sentences invented here)', () => {
  it('reads a subsidiary past the acronym in parentheses, and a role after a named possessor', () => {
    assert.deepEqual(r('Andalas Pulp Industri (API), a unit of Garuda Timber Group, makes paper.'), ['Andalas Pulp Industri subsidiary-of Garuda Timber Group']);
    assert.deepEqual(r('Andalas Pulp Industri (API), a unit of the Dutch group Van Lier Holdings, makes paper.'), ['Andalas Pulp Industri subsidiary-of Van Lier Holdings']);
    assert.deepEqual(r('“We are ready,” said Budi Santika, 47, API’s chief executive.'), ['Budi Santika leads API']);
  });
  it('reads "a member of" after a first apposition, to a local body', () => {
    assert.deepEqual(r('Rina Wulan, 39, a teacher and a member of the Sleman regency council, spoke.'), ['Rina Wulan member-of Sleman regency council']);
  });
  it('reads the employer after its description, not the place in it', () => {
    assert.deepEqual(r('Arif Rahman, an analyst at the Surabaya brokerage Tirta Capital, disagreed.'), ['Arif Rahman works-for Tirta Capital']);
  });
  it('reads a spokesperson of a body named by a common noun, and office-holders named by the office', () => {
    assert.deepEqual(r('A ministry spokeswoman, Sari Dewi, declined to comment.'), ['Sari Dewi speaks-for ministry']);
    assert.deepEqual(r('Peru’s president ordered an inquiry and asked the governor of Puno to report.'), ['Peru’s president leads Peru', 'governor of Puno leads Puno']);
    assert.deepEqual(r('Tomás Vera, the mayor of Arica, stayed. Chile’s president, Ana Rojas, flew in.'), ['Tomás Vera leads Arica', 'Ana Rojas leads Chile']);
  });
  it('reads a loan from a lender as funding of the sentence’s subject', () => {
    assert.deepEqual(r('The Kalama Bridge is funded in part by a $90 million loan from the Coral Sea Bank.'), ['Coral Sea Bank funds Kalama Bridge']);
  });
});

describe('draft relations: "the committee’s chairman" after two committees (sentences invented here)', () => {
  it('gives the chairman to the committee the relation’s own paragraph names before it, not to one named earlier', () => {
    const out = draft(['Ghana, where the insurer is based, said on Monday that its own insurance committee would look into the claims.', 'Parliament’s finance committee will question the regulator on Friday. The committee’s chairman, Kofi Mensah, said he wanted answers.'].join('\n'), { published: '2026-05-14', id: 'invented' });
    const built = buildStory({ id: 'invented', articleText: out.articleText, yamlText: out.yamlText });
    assert.deepEqual(built.errors.map((e) => e.message), []);
    const rel = built.story!.relations.find((x) => built.story!.actors.find((a) => a.id === x.from)?.name === 'Kofi Mensah');
    assert.equal(built.story!.actors.find((a) => a.id === rel?.to)?.name, 'Parliament’s finance committee');
  });
});
