/**
 * Builds story folders (article.txt + story.yaml → story.json), or, with `check`, verifies that each
 * committed story.json is what the builder would write. The story id is the folder's name.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { buildStory } from './build.js';
import { type BuildError, formatBuildError } from './errors.js';
import { runTasks } from './jobs.js';
import { recordBuild, unchangedSince } from './changed.js';

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
  /**
   * Build only folders whose article.txt, story.yaml or story.json changed since their last build
   * with `changed` (or whose builder changed); the record is `.story.hash` beside story.json.
   * Ignored by `check`, which always rebuilds to compare.
   */
  changed?: boolean;
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

/** What building one story folder gave: its error lines and its report line. */
export interface FolderResult {
  errors: string[];
  report: string[];
}

/** `show(path)`: the path as messages print it, relative to `cwd` when inside it. */
function shower(cwd: string) {
  return (path: string) => {
    const rel = relative(cwd, path);
    return rel === '' || rel.startsWith('..') || isAbsolute(rel) ? path : rel;
  };
}

/**
 * The story folders `options` names, in build order (each given folder in turn, the story folders
 * inside a folder of folders by name), and the errors of the folders that name none.
 */
export function resolveStoryFolders(options: RunOptions): { dirs: string[]; errors: string[] } {
  const cwd = options.cwd ?? process.cwd();
  const show = shower(cwd);
  const errors: BuildError[] = [];
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
  return { dirs, errors: errors.map(formatBuildError) };
}

/**
 * Builds (or checks) one story folder, an absolute path from `resolveStoryFolders`. Runs the same in
 * a worker thread (`--jobs`) as in the calling thread: nothing here depends on the folders before it.
 */
export function buildFolder(dir: string, options: Pick<RunOptions, 'check' | 'cwd' | 'rebuildCommand' | 'changed'>): FolderResult {
  const show = shower(options.cwd ?? process.cwd());
  const rebuild = () => options.rebuildCommand ?? `sahel-widgets build ${show(dir)}`;
  const errors: BuildError[] = [];
  const report: string[] = [];
  const done = () => ({ errors: errors.map(formatBuildError), report });
  const id = basename(dir);
  const articlePath = join(dir, 'article.txt');
  const yamlPath = join(dir, 'story.yaml');
  const jsonPath = join(dir, 'story.json');
  const missing = [articlePath, yamlPath].filter((p) => !existsSync(p));
  for (const p of missing) errors.push({ file: show(p), path: '', message: 'is missing' });
  if (missing.length > 0) return done();

  const articleText = readFileSync(articlePath, 'utf8');
  const yamlText = readFileSync(yamlPath, 'utf8');
  const changed = options.changed === true && !options.check;
  const skipped = changed ? unchangedSince(dir, id, articleText, yamlText) : undefined;
  if (skipped !== undefined) {
    report.push(`${show(jsonPath)}: skipped, unchanged since its last build (${skipped})`);
    return done();
  }
  const result = buildStory({ id, articleText, yamlText, articleFile: show(articlePath), yamlFile: show(yamlPath) });
  errors.push(...result.errors);
  if (!result.story || result.json === undefined) return done();

  const s = result.story;
  const counts = `${s.actors.length} actors, ${s.quotes.length} quotes, ${s.events.length} events, ${s.places.length} places, ${s.figures.length} figures, ${s.relations.length} relations`;
  const current = existsSync(jsonPath) ? readFileSync(jsonPath, 'utf8') : undefined;
  if (options.check) {
    if (current !== result.json) {
      errors.push({
        file: show(jsonPath),
        path: '',
        message: current === undefined
          ? `is missing; run \`${rebuild()}\` and commit it`
          : `is out of date with story.yaml and article.txt; run \`${rebuild()}\` and commit it`,
      });
    } else report.push(`${show(jsonPath)}: up to date (${counts})`);
  } else if (current === result.json) {
    report.push(`${show(jsonPath)}: unchanged (${counts})`);
  } else {
    writeFileSync(jsonPath, result.json);
    report.push(`${show(jsonPath)}: written (${counts})`);
  }
  if (changed) recordBuild(dir, id, articleText, yamlText, result.json, counts);
  return done();
}

/** Joins the folders' results in build order, after the errors of the folders that named none. */
export function joinResults(folderErrors: readonly string[], results: readonly FolderResult[]): RunResult {
  const errors = [...folderErrors, ...results.flatMap((r) => r.errors)];
  return { ok: errors.length === 0, errors, report: results.flatMap((r) => r.report) };
}

export function runBuild(options: RunOptions): RunResult {
  const { dirs, errors } = resolveStoryFolders(options);
  return joinResults(errors, dirs.map((dir) => buildFolder(dir, options)));
}

/**
 * `runBuild` on `jobs` worker threads (1, the default, builds in this thread). The result is the
 * same as `runBuild`'s, line for line, whatever the number of threads.
 */
export async function runBuildJobs(options: RunOptions & { jobs?: number }): Promise<RunResult> {
  const jobs = options.jobs ?? 1;
  const { dirs, errors } = resolveStoryFolders(options);
  const shared = { check: options.check, cwd: options.cwd ?? process.cwd(), rebuildCommand: options.rebuildCommand, changed: options.changed };
  const results = jobs <= 1 || dirs.length <= 1 ? dirs.map((dir) => buildFolder(dir, shared)) : await runTasks('build', dirs, shared, jobs);
  return joinResults(errors, results);
}
