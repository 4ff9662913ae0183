/**
 * `npm run bench:many [-- --count 1000 --jobs 1,2 --runs 1 --lib --keep --dir DIR]`: writes `count`
 * generated story folders (many-articles.ts) into a temporary folder and times
 * `sahel-widgets build ROOT --jobs N` over them for each N, each run in a fresh process from no
 * story.json (every story built and written). Prints a Markdown table: articles per second, ms per
 * article (wall and CPU), peak RSS. Exits 1 when a build fails. `--lib` runs the package's lib/
 * (`npm run build` first) instead of src/ through tsx; `--dir` keeps the folders there.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkTemplates, readTemplates, writeArticles } from './many-articles.js';

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '1000' },
    jobs: { type: 'string', default: '1,2' },
    runs: { type: 'string', default: '1' },
    dir: { type: 'string' },
    lib: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const count = Number(values.count);
const jobList = values.jobs.split(',').map(Number);
const runs = Number(values.runs);
if (!(count > 0) || jobList.some((n) => !Number.isInteger(n) || n < 0) || !(runs > 0)) {
  console.error('bench:many: --count N --jobs 1,2 --runs N (positive integers; jobs 0 = every core)');
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
writeArticles(root, count, templates, shifts);
log(`bench:many: ${count} folders from ${templates.length} templates (${[...shifts].map(([id, s]) => `${id}: shifts ${s.join(' ')}`).join('; ')}) in ${root}, ${((performance.now() - started) / 1000).toFixed(1)} s`);

interface Run { jobs: number; code: number; ms: number; wallMs: number; cpuMs: number; maxRssMB: number; written: number; errors: string[] }
const results: Run[] = [];
const clean = () => {
  for (const id of readdirSync(root)) rmSync(join(root, id, 'story.json'), { force: true });
};
for (let r = 0; r < runs; r += 1) {
  for (const jobs of jobList) {
    clean();
    started = performance.now();
    const child = spawnSync(process.execPath, ['--import', 'tsx', join(repo, 'scripts/bench/many-child.ts'), root, String(jobs), ...(values.lib ? ['--lib'] : [])], { cwd: repo, encoding: 'utf8', maxBuffer: 1 << 26 });
    const wallMs = performance.now() - started;
    const line = child.stdout.trim().split('\n').at(-1) ?? '';
    if (child.status !== 0 || !line.startsWith('{')) {
      log(`bench:many: the run with --jobs ${jobs} crashed:\n${child.stderr}`);
      process.exit(1);
    }
    const run = { jobs, wallMs, ...JSON.parse(line) } as Run;
    results.push(run);
    log(`run ${r + 1}, --jobs ${jobs}: ${(run.ms / 1000).toFixed(1)} s, ${run.written} written, peak RSS ${run.maxRssMB.toFixed(0)} MB${run.code ? `, FAILED: ${run.errors.join(' | ')}` : ''}`);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const threads = (n: number) => (n === 0 ? availableParallelism() : n);
console.log(`Many articles: ${count} generated story folders, \`build ROOT --jobs N\` from ${values.lib ? 'lib/' : 'src/ (tsx)'}, median of ${runs} run${runs === 1 ? '' : 's'}; ${cpus().length} × ${cpus()[0]?.model ?? '?'}, load ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log('');
console.log('| --jobs | articles/s | build s | process s | wall ms/article | CPU ms/article | peak RSS MB |');
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const jobs of jobList) {
  const mine = results.filter((x) => x.jobs === jobs);
  const ms = median(mine.map((x) => x.ms));
  console.log(`| ${jobs}${jobs === 0 ? ` (${threads(0)})` : ''} | ${(count / (ms / 1000)).toFixed(1)} | ${(ms / 1000).toFixed(1)} | ${(median(mine.map((x) => x.wallMs)) / 1000).toFixed(1)} | ${(ms / count).toFixed(1)} | ${(median(mine.map((x) => x.cpuMs)) / count).toFixed(1)} | ${median(mine.map((x) => x.maxRssMB)).toFixed(0)} |`);
}
if (!values.keep && !values.dir) rmSync(root, { recursive: true, force: true });
process.exit(results.some((x) => x.code !== 0 || x.written !== count) ? 1 : 0);
