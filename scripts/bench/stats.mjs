// Small statistics over runs: median with min and max, ratios per run pair, cumulative layout shift.

/** { median, min, max, n } of the finite numbers in `values`; null when there are none. */
export function stat(values) {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return null;
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v[v.length - 1], n: v.length };
}

/** Per-pair ratios a[i] / b[i] of one field of two run lists (pairs where either run failed are skipped). */
export function ratios(a, b, field) {
  const out = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]?.ok ? a[i][field] : null;
    const y = b[i]?.ok ? b[i][field] : null;
    if (x != null && y) out.push(x / y);
  }
  return out;
}

/**
 * Cumulative layout shift as Chrome reports it: the largest session window (shifts less than 1 s
 * apart, a window at most 5 s long). `shifts` is [[startTime, value], …] of shifts without recent input.
 */
export function cls(shifts) {
  let best = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const [t, v] of [...shifts].sort((a, b) => a[0] - b[0])) {
    if (t - last > 1000 || t - first > 5000) {
      sum = 0;
      first = t;
    }
    sum += v;
    last = t;
    best = Math.max(best, sum);
  }
  return best;
}

/** A summary of one page's runs: render times, heap and long tasks. */
export function summarize(runs) {
  const ok = runs.filter((r) => r.ok);
  return {
    runs: runs.length,
    ok: ok.length,
    dom: stat(ok.map((r) => r.dom)),
    frame: stat(ok.map((r) => r.frame)),
    cpu: stat(ok.map((r) => r.cpu)),
    heap: stat(ok.map((r) => r.heap)),
    longestTask: stat(ok.map((r) => Math.max(0, ...r.longtasks.map(([, d]) => d)))),
    longTasks: stat(ok.map((r) => r.longtasks.length)),
    longTasksOver200: stat(ok.map((r) => r.longtasks.filter(([, d]) => d > 200).length)),
    blockedRequests: ok.reduce((n, r) => n + r.blocked, 0),
  };
}
