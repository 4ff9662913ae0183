/**
 * `build --changed`: skip a story folder whose article.txt, story.yaml and story.json are what they
 * were after its last build by this same builder. The record is `.story.hash` beside story.json:
 * a hash of the inputs and of the builder's own files, the hash of the story.json it wrote, and the
 * report's counts (so that a skipped folder still reports what it holds).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HASH_FILE = '.story.hash';

interface Record {
  inputs: string;
  output: string;
  counts: string;
}

const sha256 = (...parts: (string | Buffer)[]) => {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p).update('\0');
  return hash.digest('hex');
};

let builderHash: string | undefined;
/**
 * Every file of the code that builds a story (src/ or lib/: the builder, the validator, the map
 * data) and the package.json with its pinned dependencies: a new release or a local edit of the
 * builder is a change, so nothing built by an older builder is skipped. Once per thread.
 */
function builder(): string {
  if (builderHash !== undefined) return builderHash;
  const code = dirname(dirname(fileURLToPath(import.meta.url)));
  const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? walk(join(dir, d.name)) : d.isFile() && !d.name.endsWith('.map') ? [join(dir, d.name)] : []);
  const files = walk(code).sort();
  const pkg = join(dirname(code), 'package.json');
  builderHash = sha256(...files.flatMap((f) => [f.slice(code.length), readFileSync(f)]), existsSync(pkg) ? readFileSync(pkg) : '');
  return builderHash;
}

const inputsHash = (id: string, articleText: string, yamlText: string) => sha256(builder(), id, articleText, yamlText);

/** The counts of the last build when nothing changed since, else undefined (build it). */
export function unchangedSince(dir: string, id: string, articleText: string, yamlText: string): string | undefined {
  const file = join(dir, HASH_FILE);
  const json = join(dir, 'story.json');
  if (!existsSync(file) || !existsSync(json)) return undefined;
  let record: Record;
  try {
    record = JSON.parse(readFileSync(file, 'utf8')) as Record;
  } catch {
    return undefined;
  }
  if (record.inputs !== inputsHash(id, articleText, yamlText) || record.output !== sha256(readFileSync(json))) return undefined;
  return record.counts;
}

/** Records a build of `dir` whose story.json is now `json`. */
export function recordBuild(dir: string, id: string, articleText: string, yamlText: string, json: string, counts: string): void {
  const record: Record = { inputs: inputsHash(id, articleText, yamlText), output: sha256(json), counts };
  writeFileSync(join(dir, HASH_FILE), `${JSON.stringify(record)}\n`);
}
