/**
 * `npm run bench:many [-- --count 1000 --jobs 1,2 --commands build,draft --runs 1 --lib --keep --dir DIR]`:
 * writes `count` generated story folders (many-articles.ts) into a temporary folder and times, for
 * each N, `sahel-widgets build ROOT --jobs N` over them (each run in a fresh process from no
 * story.json: every story built and written) and `sahel-widgets draft --manifest FILE --jobs N
 * --force` over their articles (a manifest of every folder's article.txt and published day, drafts
 * written to a folder beside ROOT). Prints a Markdown table: articles per second, ms per article
 * (wall and CPU), peak RSS. Exits 1 when a run fails. `--lib` runs the package's lib/ (`npm run
 * build` first) instead of src/ through tsx; `--dir` keeps the folders there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTemplates, readTemplates, writeArticles } from './many-articles.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: '1,2' },
    commands: { type: 'string', default: 'build,draft' },
    runs: { type: 'string', default: '1' },
    dir: { type: 'string' },
    lib: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const jobList = values.jobs.split(',').map(Number);
const runs = Number(values.runs);
const commands = values.commands.split(',');
if (!(count > 0) || jobList.some((n) => !Number.isInteger(n) || n < 0) || !(runs > 0) || commands.some((c) => c !== 'build' && c !== 'draft')) {
  console.error('bench:many: --count N --jobs 1,2 --commands build,draft --runs N (positive integers; jobs 0 = every core)');
  process.exit(2);
}
const repo = resolve(import.meta.dirname, '../..');
if (values.lib && !existsSync(join(repo, 'lib/builder/cli.js'))) {
  console.error('bench:many: lib/builder/cli.js is missing: run `npm run build` first (or drop --lib)');
  process.exit(2);
}
const root = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'sahel-many-'));

const log = (line: string) => process.stderr.write(`${line}\n`);
let started = performance.now();
const templates = readTemplates(join(repo, 'data'));
const shifts = checkTemplates(templates);
const ids = writeArticles(root, count, templates, shifts);
// The drafts go beside ROOT, not inside it (ROOT's folders are what `build` builds).
const draftRoot = mkdtempSync(join(tmpdir(), 'sahel-many-drafts-'));
const manifest = join(draftRoot, 'manifest.jsonl');
writeFileSync(manifest, ids.map((id) => {
  const published = /^\s*published:\s*"?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(root, id, 'story.yaml'), 'utf8'))?.[1];
  if (!published) throw new Error(`${id}/story.yaml: no published day`);
  return `${JSON.stringify({ article: join(root, id, 'article.txt'), out: join(draftRoot, 'drafts', id), published })}\n`;
}).join(''));
log(`bench:many: ${count} folders from ${templates.length} templates (${[...shifts].map(([id, s]) => `${id}: shifts ${s.join(' ')}`).join('; ')}) in ${root}, ${((performance.now() - started) / 1000).toFixed(1)} s`);

interface Run { command: string; jobs: number; code: number; ms: number; wallMs: number; cpuMs: number; maxRssMB: number; written: number; errors: string[] }
const results: Run[] = [];
const clean = () => {
  for (const id of readdirSync(root)) rmSync(join(root, id, 'story.json'), { force: true });
};
for (let r = 0; r < runs; r += 1) {
  for (const command of commands) {
    for (const jobs of jobList) {
      if (command === 'build') clean();
      else rmSync(join(draftRoot, 'drafts'), { recursive: true, force: true });
      started = performance.now();
      const child = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/bench/many-child.ts'), command, command === 'build' ? root : manifest, String(jobs), ...(values.lib ? ['--lib'] : [])], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
      const wallMs = performance.now() - started;
      const line = child.stdout.trim().split('\n').at(-1) ?? '';
      if (child.status !== 0 || !line.startsWith('{')) {
        log(`bench:many: the ${command} run with --jobs ${jobs} crashed:\n${child.stderr}`);
        process.exit(1);
      }
      const run = { command, jobs, wallMs, ...JSON.parse(line) } as Run;
      results.push(run);
      log(`run ${r + 1}, ${command} --jobs ${jobs}: ${(run.ms / 1000).toFixed(1)} s, ${run.written} written, peak RSS ${run.maxRssMB.toFixed(0)} MB${run.code ? `, FAILED: ${run.errors.join(' | ')}` : ''}`);
    }
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const threads = (n: number) => (n === 0 ? availableParallelism() : n);
console.log(`Many articles: ${count} generated story folders, \`build ROOT --jobs N\` and \`draft --manifest FILE --jobs N\` from ${values.lib ? 'lib/' : 'src/ (tsx)'}, median of ${runs} run${runs === 1 ? '' : 's'}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('');
console.log('| command | --jobs | articles/s | run s | process s | wall ms/article | CPU ms/article | peak RSS MB |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const command of commands) {
  for (const jobs of jobList) {
    const mine = results.filter((x) => x.jobs === jobs && x.command === command);
    const ms = median(mine.map((x) => x.ms));
    console.log(`| ${command} | ${jobs}${jobs === 0 ? ` (${threads(0)})` : ''} | ${(count / (ms / 1000)).toFixed(1)} | ${(ms / 1000).toFixed(1)} | ${(median(mine.map((x) => x.wallMs)) / 1000).toFixed(1)} | ${(ms / count).toFixed(1)} | ${(median(mine.map((x) => x.cpuMs)) / count).toFixed(1)} | ${median(mine.map((x) => x.maxRssMB)).toFixed(0)} |`);
  }
}
rmSync(draftRoot, { recursive: true, force: true });
if (!values.keep && !values.dir) rmSync(root, { recursive: true, force: true });
process.exit(results.some((x) => x.code !== 0 || x.written !== count) ? 1 : 0);
