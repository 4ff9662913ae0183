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
