/**
 * Collects `console.error` calls until the returned function is called, which restores the console
 * and returns what was logged. Providers and widgets log one error per failure by design.
 */
export function captureConsoleError(): () => string[] {
  const calls: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void calls.push(args.map(String).join(' '));
  return () => {
    console.error = original;
    return calls;
  };
}
