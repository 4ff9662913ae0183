/**
 * `--jobs N`: one task per story folder (or article), run on N worker threads. The results come back
 * in the order of the tasks, whatever the order the workers finish in, so that a command's output
 * does not depend on N.
 */
import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { TaskKind, TaskInput, TaskOutput } from './jobs-worker.js';

/**
 * The number of threads `--jobs VALUE` asks for: a positive integer, or 0 or `auto` for the
 * machine's available cores. `undefined` (no option) is 1. Throws a message for anything else.
 */
export function jobCount(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === 'auto' || value === '0') return availableParallelism();
  if (!/^[1-9]\d*$/.test(value)) throw new Error(`--jobs is a number of threads (1, 2, …), or 0 or auto for every core; not ${JSON.stringify(value)}`);
  return Number(value);
}

// In the package the worker is jobs-worker.js beside this file. Under tsx (the tests, `npm run`
// scripts) it is the .ts source, and a worker thread does not inherit tsx's loader: it registers it
// first.
const FROM_SOURCE = extname(fileURLToPath(import.meta.url)) === '.ts';
const WORKER_URL = new URL(`./jobs-worker${FROM_SOURCE ? '.ts' : '.js'}`, import.meta.url).href;
const startWorker = (workerData: unknown) => FROM_SOURCE
  ? new Worker(`import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`, { eval: true, workerData })
  : new Worker(new URL(WORKER_URL), { workerData });

/**
 * Runs `kind` on every input on `jobs` worker threads (never more threads than inputs), each thread
 * taking the next input when it is done with one, and resolves to the outputs in input order.
 * `shared` is given to every task. A task that throws rejects the whole run (the tasks report what
 * is wrong with an input as their output, so a throw is a bug or a crashed worker).
 */
export function runTasks<K extends TaskKind>(kind: K, inputs: readonly TaskInput<K>[], shared: unknown, jobs: number): Promise<TaskOutput<K>[]> {
  const outputs = new Array<TaskOutput<K>>(inputs.length);
  const threads = Math.max(1, Math.min(jobs, inputs.length));
  let next = 0;
  let finished = 0;
  return new Promise((resolvePromise, reject) => {
    if (inputs.length === 0) return resolvePromise(outputs);
    const workers: Worker[] = [];
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(error);
    };
    const feed = (worker: Worker) => {
      if (next < inputs.length) {
        worker.postMessage({ index: next, input: inputs[next] });
        next += 1;
      }
    };
    for (let t = 0; t < threads; t += 1) {
      const worker = startWorker({ kind, shared });
      workers.push(worker);
      worker.on('message', (message: { index: number; output?: TaskOutput<K>; error?: string }) => {
        if (message.error !== undefined) return fail(new Error(message.error));
        outputs[message.index] = message.output!;
        finished += 1;
        if (finished === inputs.length) {
          for (const w of workers) void w.terminate();
          resolvePromise(outputs);
        } else feed(worker);
      });
      worker.on('error', fail);
      worker.on('exit', (code) => {
        if (finished < inputs.length) fail(new Error(`a ${kind} worker thread stopped (exit code ${code}) before the end`));
      });
      feed(worker);
    }
  });
}
