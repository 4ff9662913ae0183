/**
 * `npm run data [-- --check]`: this repository's stories, built by the `sahel-widgets build` code
 * (src/builder), then the embedded story module (scripts/embed-story.ts). With --check nothing is
 * written and the exit code says whether both are up to date. Other folders: `-- --data-dir <path>`.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../src/builder/run.js';

const args = process.argv.slice(2);
const check = args.includes('--check');
const at = args.indexOf('--data-dir');
const unknown = args.filter((a, i) => a !== '--check' && a !== '--data-dir' && !(at !== -1 && i === at + 1));
if (unknown.length > 0 || (at !== -1 && args[at + 1] === undefined)) {
  console.error(`data: unknown argument ${JSON.stringify(unknown[0] ?? '--data-dir')} (use --check, --data-dir <path>)`);
  process.exit(2);
}
const dataDir = at === -1 ? join(dirname(fileURLToPath(import.meta.url)), '..', 'data') : resolve(args[at + 1]);

const result = runBuild({ dirs: [dataDir], check, rebuildCommand: 'npm run data' });
for (const line of result.report) console.log(line);
if (!result.ok) {
  for (const line of result.errors) console.error(line);
  console.error(`data: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}${check ? '' : '; nothing written for the stories with errors'}`);
  process.exit(1);
}
if (at === -1) {
  const embed = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/embed-story.ts', ...(check ? ['--check'] : [])], { stdio: 'inherit' });
  process.exit(embed.status ?? 1);
}
