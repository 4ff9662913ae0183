import { writeFileSync } from 'node:fs';
// WTR's own summary is a progress bar; CI log readers look for a plain "N passed, N failed" line.
function count(suite, acc) {
  for (const t of suite?.tests ?? []) {
    if (t.skipped) acc.skipped++;
    else if (t.passed) acc.passed++;
    else acc.failed++;
  }
  for (const s of suite?.suites ?? []) count(s, acc);
  return acc;
}

/** Writes `wtr: N passed, N failed, N skipped` to `WTR_SUMMARY_FILE` (when set) and stdout. */
export function summaryReporter() {
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        count(session.testResults, acc);
        // a file that failed to load has errors but no failed test: count it as one failure
        if (!session.passed && (session.errors?.length ?? 0) > 0) acc.failed++;
      }
      const line = `wtr: ${acc.passed} passed, ${acc.failed} failed, ${acc.skipped} skipped`;
      process.once('exit', () => process.stdout.write(`${line}\n`));
      if (process.env.WTR_SUMMARY_FILE) writeFileSync(process.env.WTR_SUMMARY_FILE, JSON.stringify(acc));
    },
  };
}
