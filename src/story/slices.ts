/**
 * Long work in slices across tasks, so that a long story never blocks the page: a generator does the work and
 * yields where it may pause; {@link inSlices} runs it for a few milliseconds at a time.
 */

/** Milliseconds of work between two pauses: a slice stays well under the 50 ms of a "long task". */
export const SLICE_MS = 10;

/** Lets the page breathe: `scheduler.yield()` where the browser has it (the rest of the work keeps its place), else a new task. */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    // a message is a task of its own, without the 4 ms that nested setTimeouts wait
    if (typeof MessageChannel != 'function') return void setTimeout(resolve);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Calls `step` (one step of a generator) for about `slice` ms, then awaits `pause()`, until it is done: its value.
 * After each pause `stop()` is asked; when it says the work is no longer wanted, the promise resolves to `null`.
 */
export async function inSlices<T>(step: () => IteratorResult<void, T>, stop: () => boolean, pause = nextTask, slice = SLICE_MS): Promise<T | null> {
  for (;;) {
    const end = performance.now() + slice;
    let result: IteratorResult<void, T>;
    do result = step();
    while (!result.done && performance.now() < end);
    if (result.done) return result.value;
    await pause();
    if (stop()) return null;
  }
}
