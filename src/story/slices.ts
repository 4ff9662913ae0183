/**
 * Long work in slices across tasks, so that a long story never blocks the page: a generator does the work and
 * yields where it may pause; {@link inSlices} runs it for a few milliseconds at a time.
 */

/** Milliseconds of work between two pauses: a slice stays well under the 50 ms of a "long task". */
export const SLICE_MS = 10;

/** A new task, behind those already queued: a message, which setTimeout's 4 ms clamp of nested timers does not delay. */
export function newTask(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof MessageChannel != 'function') return void setTimeout(resolve);
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });
}

/**
 * Lets the page breathe, for work that should go on as soon as input and rendering allow: `scheduler.yield()`
 * where the browser has it (the work keeps its place ahead of other tasks), else {@link newTask}.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : newTask();
}

/** Runs a generator to its end, never pausing: its value. What {@link inSlices} does, in one go. */
export function runToEnd<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
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
