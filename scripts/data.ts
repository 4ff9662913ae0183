/**
 * `npm run data [-- --check]`: build every data/<id>/story.json (scripts/build-story.ts), then the
 * embedded story module (scripts/embed-story.ts). With --check, nothing is written and the exit code
 * says whether both are up to date.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
for (const [script, forwarded] of [
  ['scripts/build-story.ts', args],
  ['scripts/embed-story.ts', args.filter((a) => a === '--check')],
] as const) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', script, ...forwarded], { stdio: 'inherit' });
  if (run.status !== 0) process.exit(run.status ?? 1);
}
