/**
 * One worker thread of `--jobs` (jobs.ts): runs the task it was started for on each input the main
 * thread posts, and posts the output back with the input's index.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildFolder, type FolderResult, type RunOptions } from './run.js';
import { draftArticle, type DraftEntry, type DraftLines } from './draft-command.js';

const TASKS = {
  build: (dir: string, shared: Pick<RunOptions, 'check' | 'cwd' | 'rebuildCommand' | 'changed'>): FolderResult => buildFolder(dir, shared),
  draft: (entry: DraftEntry, shared: { force?: boolean }): DraftLines => draftArticle(entry, shared),
};

export type TaskKind = keyof typeof TASKS;
export type TaskInput<K extends TaskKind> = Parameters<(typeof TASKS)[K]>[0];
export type TaskOutput<K extends TaskKind> = ReturnType<(typeof TASKS)[K]>;

if (parentPort) {
  const port = parentPort;
  const { kind, shared } = workerData as { kind: TaskKind; shared: never };
  port.on('message', ({ index, input }: { index: number; input: never }) => {
    try {
      port.postMessage({ index, output: TASKS[kind](input, shared) });
    } catch (error) {
      port.postMessage({ index, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
    }
  });
}
