/**
 * Builds story folders (article.txt + story.yaml → story.json), or, with `check`, verifies that each
 * committed story.json is what the builder would write. The story id is the folder's name.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { buildStory } from './build.js';
import { type BuildError, formatBuildError } from './errors.js';

export interface RunOptions {
  /**
   * Folders to build: each a story folder (article.txt + story.yaml) or a folder holding one folder
   * per story, as `data/` does.
   */
  dirs?: readonly string[];
  /** One folder of story folders (the same as `dirs: [dataDir]`). */
  dataDir?: string;
  /** Verify only: write nothing, and fail when a story.json is missing or out of date. */
  check?: boolean;
  /** Paths in messages are relative to this folder (default: the working directory). */
  cwd?: string;
  /** The command a message tells the user to run to rebuild (default `sahel-widgets build <folder>`). */
  rebuildCommand?: string;
}

export interface RunResult {
  ok: boolean;
  /** Every error, formatted: `data/x/story.yaml: quotes[q1].text: …`. */
  errors: string[];
  /** One line per story: what was built, written or checked. */
  report: string[];
}

const isStoryFolder = (dir: string) => existsSync(join(dir, 'story.yaml')) || existsSync(join(dir, 'article.txt'));

/** Story folders: every sub-folder holding a story.yaml or an article.txt, sorted by name. */
export function storyFolders(dataDir: string): string[] {
  return readdirSync(dataDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .filter((name) => isStoryFolder(join(dataDir, name)))
    .sort();
}

export function runBuild(options: RunOptions): RunResult {
  const cwd = options.cwd ?? process.cwd();
  const rebuild = (dir: string) => options.rebuildCommand ?? `sahel-widgets build ${show(dir)}`;
  const show = (path: string) => {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };
  const errors: BuildError[] = [];
  const report: string[] = [];
  const dirs: string[] = [];
  for (const given of options.dirs ?? (options.dataDir === undefined ? [] : [options.dataDir])) {
    const dir = resolve(cwd, given);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      errors.push({ file: show(dir), path: '', message: 'is not a folder' });
    } else if (isStoryFolder(dir)) dirs.push(dir);
    else {
      const inside = storyFolders(dir);
      if (inside.length === 0) errors.push({ file: show(dir), path: '', message: 'no story folders (each needs article.txt and story.yaml)' });
      dirs.push(...inside.map((name) => join(dir, name)));
    }
  }
  if (dirs.length === 0 && errors.length === 0) errors.push({ file: show(cwd), path: '', message: 'no folder given' });

  for (const dir of dirs) {
    const id = basename(dir);
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
            ? `is missing; run \`${rebuild(dir)}\` and commit it`
            : `is out of date with story.yaml and article.txt; run \`${rebuild(dir)}\` and commit it`,
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
