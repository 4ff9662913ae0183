/**
 * One timed `sahel-widgets build ROOT --jobs N` (or `draft --manifest ROOT --jobs N --force`) for
 * `npm run bench:many` (many.ts), in its own process so that its peak resident memory is its own:
 * prints one JSON line with the exit code, the time main() took, the process's CPU time and peak RSS
 * (worker threads included: they share it), and the number of lines printed (one per story written).
 * Usage: many-child.ts build|draft ROOT|MANIFEST N [--lib]
 */
import { resourceUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { main as Main } from '../../src/builder/cli.js';

const [command, root, jobs, lib] = process.argv.slice(2);
const argv = command === 'draft' ? ['draft', '--manifest', root, '--jobs', jobs, '--force'] : ['build', root, '--jobs', jobs];
const entry = lib === '--lib' ? resolve(import.meta.dirname, '../../lib/builder/cli.js') : resolve(import.meta.dirname, '../../src/builder/cli.ts');
const { main } = await import(pathToFileURL(entry).href) as { main: typeof Main };
let out = 0;
const err: string[] = [];
const started = performance.now();
const code = await main(argv, { out: (line) => void (out += line.startsWith('wrote ') || / written \(/.test(line) ? 1 : 0), err: (line) => void err.push(line), cwd: process.cwd() });
const ms = performance.now() - started;
const usage = resourceUsage();
console.log(JSON.stringify({
  code,
  ms,
  cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
  maxRssMB: usage.maxRSS / 1024,
  written: out,
  errors: err.slice(0, 5),
}));
