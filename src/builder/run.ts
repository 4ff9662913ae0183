/**
 * Builds every `<dataDir>/<id>/` folder (article.txt + story.yaml → story.json), or, with
 * `check`, verifies that each committed story.json is what the builder would write.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { buildStory } from './build.js';
import { type BuildError, formatBuildError } from './errors.js';

export interface RunOptions {
  /** The folder that holds one folder per article. */
  dataDir: string;
  /** Verify only: write nothing, and fail when a story.json is missing or out of date. */
  check?: boolean;
  /** Paths in messages are relative to this folder (default: the working directory). */
  cwd?: string;
}

export interface RunResult {
  ok: boolean;
  /** Every error, formatted: `data/x/story.yaml: quotes[q1].text: …`. */
  errors: string[];
  /** One line per story: what was built, written or checked. */
  report: string[];
}

/** Story folders: every sub-folder holding a story.yaml or an article.txt, sorted by name. */
export function storyFolders(dataDir: string): string[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .filter((name) => existsSync(join(dataDir, name, 'story.yaml')) || existsSync(join(dataDir, name, 'article.txt')))
    .sort();
}

export function runBuild(options: RunOptions): RunResult {
  const cwd = options.cwd ?? process.cwd();
  const show = (path: string) => {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };
  const errors: BuildError[] = [];
  const report: string[] = [];
  const folders = storyFolders(options.dataDir);
  if (folders.length === 0) errors.push({ file: show(options.dataDir), path: '', message: 'no story folders (each needs article.txt and story.yaml)' });

  for (const id of folders) {
    const dir = join(options.dataDir, id);
    const articlePath = join(dir, 'article.txt');
    const yamlPath = join(dir, 'story.yaml');
    const jsonPath = join(dir, 'story.json');
    const missing = [articlePath, yamlPath].filter((p) => !existsSync(p));
    for (const p of missing) errors.push({ file: show(p), path: '', message: 'is missing' });
    if (missing.length > 0) continue;

    const result = buildStory({
      id,
      articleText: readFileSync(articlePath, 'utf8'),
      yamlText: readFileSync(yamlPath, 'utf8'),
      articleFile: show(articlePath),
      yamlFile: show(yamlPath),
    });
    errors.push(...result.errors);
    if (!result.story || result.json === undefined) continue;

    const s = result.story;
    const counts = `${s.actors.length} actors, ${s.quotes.length} quotes, ${s.events.length} events, ${s.places.length} places, ${s.figures.length} figures, ${s.relations.length} relations`;
    const current = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : undefined;
    if (options.check) {
      if (current !== result.json) {
        errors.push({
          file: show(jsonPath),
          path: '',
          message: current === undefined
            ? 'is missing; run `npm run data` and commit it'
            : 'is out of date with story.yaml and article.txt; run `npm run data` and commit it',
        });
      } else report.push(`${show(jsonPath)}: up to date (${counts})`);
    } else if (current === result.json) {
      report.push(`${show(jsonPath)}: unchanged (${counts})`);
    } else {
      writeFileSync(jsonPath, result.json);
      report.push(`${show(jsonPath)}: written (${counts})`);
    }
  }
  return { ok: errors.length === 0, errors: errors.map(formatBuildError), report };
}
