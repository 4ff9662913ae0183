/**
 * Generates the story JSON Schema from the TypeScript model (`src/story/types.ts`, type `Story`).
 *
 * `npm run schema` writes `schema/story.schema.json`; `test/node/schema.test.ts` fails when the
 * committed file differs from a fresh run, so the types and the schema cannot drift apart.
 * The output is deterministic: the same types always give the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Where the generated schema is committed. */
export const SCHEMA_FILE = `${root}schema/story.schema.json`;

/** The public identifier of version 1 of the story schema. */
export const SCHEMA_ID = 'https://sahel-widgets.dev/schema/story-v1.json';

/** The schema as the exact text `npm run schema` writes. */
export function generateSchema(): string {
  const generated = createGenerator({
    path: `${root}src/story/types.ts`,
    tsconfig: `${root}tsconfig.json`,
    type: 'Story',
    expose: 'export',
    topRef: false,
    jsDoc: 'extended',
    sortProps: true,
    strictTuples: true,
    additionalProperties: false,
  }).createSchema('Story');
  const { $schema, ...rest } = generated;
  const schema = {
    $schema,
    $id: SCHEMA_ID,
    title: 'sahel-widgets story, version 1',
    description:
      'Everything the sahel-widgets elements know about one news article. Generated from src/story/types.ts; ' +
      'validateStory() checks more than this schema can: unique ids, references, source offsets, real days and fuzzy-date consistency.',
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(SCHEMA_FILE, generateSchema());
  console.log(`wrote ${SCHEMA_FILE.slice(root.length)}`);
}
