// The committed JSON Schema matches the TypeScript model, and agrees with validateStory().
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { generateSchema, SCHEMA_FILE, SCHEMA_ID } from '../../scripts/generate-schema.js';
import { validateStory } from '../../src/story/validate.js';
import { formatProblem } from '../../src/story/problems.js';

const committed = readFileSync(SCHEMA_FILE, 'utf8');
const schema = JSON.parse(committed);
const miniStory = JSON.parse(readFileSync(new URL('../fixtures/mini-story.json', import.meta.url), 'utf8'));

// Draft-07, as ts-json-schema-generator writes it.
const ajv = new Ajv({ allErrors: true, strict: true });
const validateWithSchema = ajv.compile(schema);

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any;

function broken(breakIt: (story: Loose) => void): Loose {
  const story = structuredClone(miniStory);
  breakIt(story);
  return story;
}

describe('story JSON Schema', () => {
  it('is what `npm run schema` generates from src/story/types.ts (run it after changing the types)', () => {
    assert.equal(committed, generateSchema());
  });

  it('is draft-07 with its $id and title', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(schema.$id, SCHEMA_ID);
    assert.equal(typeof schema.title, 'string');
  });

  it('accepts the mini story fixture', () => {
    assert.equal(validateWithSchema(miniStory), true, ajv.errorsText(validateWithSchema.errors));
    assert.equal(validateStory(miniStory).ok, true);
  });

  const bad: [string, (story: Loose) => void, string][] = [
    ['a string where a number belongs', (s) => (s.figures[0].value = '310'), 'figures[0].value: expected number, got string'],
    ['a fractional offset', (s) => (s.quotes[0].source.start = 1.5), 'quotes[0].source.start: expected integer >= 0, got 1.5'],
    ['a list that is an object', (s) => (s.places = {}), 'places: expected array, got object'],
    ['a missing required field', (s) => delete s.article.published, 'article.published: missing'],
    ['a missing speaker', (s) => delete s.quotes[2].speaker, 'quotes[2].speaker: missing'],
    ['an unknown field', (s) => (s.actors[1].website = 'https://example.com'), 'actors[1].website: unknown field'],
    ['an unknown actor kind', (s) => (s.actors[0].kind = 'robot'), 'actors[0].kind: unknown value "robot" (allowed: person, organization, country, group)'],
    ['an unknown precision', (s) => (s.events[1].when.precision = 'century'), 'events[1].when.precision: unknown value "century" (allowed: day, week, month, season, year, decade)'],
    ['a bad id pattern', (s) => (s.figures[1].id = 'Votes For'), 'figures[1].id: invalid id "Votes For"'],
    ['version 2', (s) => (s.version = 2), 'version: must be 1, got 2'],
    ['an empty headline', (s) => (s.article.headline = ''), 'article.headline: must not be empty'],
    ['a lower-case country code', (s) => (s.places[0].country = 'ca'), 'places[0].country: invalid country code "ca"'],
  ];

  for (const [name, breakIt, problem] of bad) {
    it(`rejects ${name}, with ajv and with validateStory`, () => {
      const story = broken(breakIt);
      assert.equal(validateWithSchema(story), false, `ajv accepted ${name}`);
      const result = validateStory(story);
      assert.equal(result.ok, false, `validateStory accepted ${name}`);
      assert.ok(!result.ok && result.problems.map(formatProblem).includes(problem), JSON.stringify(!result.ok && result.problems));
    });
  }
});
