/**
 * One timed `sahel-widgets build ROOT --jobs N` for `npm run bench:many` (many.ts), in its own
 * process so that its peak resident memory is its own: prints one JSON line with the exit code, the
 * time main() took, the process's CPU time and peak RSS (worker threads included: they share it).
 * Usage: many-child.ts ROOT N [--lib]
 */
import { resourceUsage } from 'node:process';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { main as Main } from '../../src/builder/cli.js';

const [root, jobs, lib] = process.argv.slice(2);
const entry = lib === '--lib' ? resolve(import.meta.dirname, '../../lib/builder/cli.js') : resolve(import.meta.dirname, '../../src/builder/cli.ts');
const { main } = await import(pathToFileURL(entry).href) as { main: typeof Main };
let out = 0;
const err: string[] = [];
const started = performance.now();
const code = await main(['build', root, '--jobs', jobs], { out: () => void (out += 1), err: (line) => void err.push(line), cwd: root });
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
