#!/usr/bin/env node
// The `sahel-widgets` executable: the command line of cli.ts, wired to this process.
import { readFileSync } from 'node:fs';
import { main } from './cli.js';

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: () => readFileSync(0, 'utf8'),
  cwd: process.cwd(),
});
