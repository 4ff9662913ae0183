// Runs the node tests (build scripts) and the browser tests, then prints one plain closing line:
// `tests: N passed, M failed`. Exits non-zero when anything failed or a runner crashed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'sahel-tests-'));
const tap = join(dir, 'node.tap');
const wtrSummary = join(dir, 'wtr.json');

// Node 20 reads options only before the file names, so the reporters go first.
const nodeFiles = readdirSync('test/node').filter((f) => f.endsWith('.test.ts')).map((f) => join('test/node', f));
const node = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...nodeFiles],
  { stdio: 'inherit' },
);
const nodeTap = existsSync(tap) ? readFileSync(tap, 'utf8') : '';
const tapCount = (key) => Number(nodeTap.match(new RegExp(`^# ${key} (\\d+)$`, 'm'))?.[1] ?? 0);
const nodeCounts = { passed: tapCount('pass'), failed: tapCount('fail') + tapCount('cancelled') };
if (node.status !== 0 && nodeCounts.failed === 0) nodeCounts.failed = 1; // crashed before reporting

const wtr = spawnSync('npx', ['web-test-runner', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, WTR_SUMMARY_FILE: wtrSummary },
});
const wtrCounts = existsSync(wtrSummary) ? JSON.parse(readFileSync(wtrSummary, 'utf8')) : { passed: 0, failed: 1 };
if (wtr.status !== 0 && wtrCounts.failed === 0) wtrCounts.failed = 1;

const passed = nodeCounts.passed + wtrCounts.passed;
const failed = nodeCounts.failed + wtrCounts.failed;
console.log(`node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed`);
console.log(`browsers: ${wtrCounts.passed} passed, ${wtrCounts.failed} failed`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 || node.status !== 0 || wtr.status !== 0 ? 1 : 0);
