// Where the bytes go: every byte of a minified bundle attributed to the source module it came from,
// raw and gzip. The bundle's own source map (rollup + terser for dist/, esbuild for an in-memory entry)
// splits the output into runs of consecutive bytes from one module; a run's gzip cost is its marginal
// cost, gzip(output up to the run's end) − gzip(output up to its start), so the gzip column sums to the
// file's gzip size and a module compressed against the code before it is charged only what it adds.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

/** Module → group, for the summary rows. */
export function groupOf(source) {
  const s = source.replace(/^.*?(src\/|node_modules\/)/, '$1');
  if (/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//.test(s)) return 'Lit';
  if (s.startsWith('node_modules/@lit/context')) return '@lit/context';
  if (s.startsWith('node_modules/')) return s.split('/').slice(0, s.includes('/@') ? 3 : 2).join('/');
  const m = s.match(/^src\/shared\/i18n\/(\w+)\.ts/);
  if (m) return `strings: ${m[1]}`;
  if (s === 'src/story/embedded-story.ts') return 'embedded story (data)';
  if (s === 'src/story/validate.ts') return 'story validator';
  const e = s.match(/^src\/elements\/([\w-]+)\//);
  if (e) return `<${e[1]}>`;
  if (s.startsWith('src/story/')) return 'story model';
  if (s.startsWith('src/shared/')) return 'shared helpers';
  return s || '(no source)';
}

/**
 * `code` (Buffer or string) and its source map (object or JSON string) → { total, modules: [{ source, raw, gzip }] }.
 * Bytes the map does not cover (banner, glue between modules) are charged to `(unmapped)`.
 */
export function attribute(code, map) {
  const text = Buffer.isBuffer(code) ? code.toString('utf8') : code;
  const tm = new TraceMap(typeof map === 'string' ? map : JSON.stringify(map));
  // line starts (in characters) so that generated [line, column] → offset
  const lineStart = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStart.push(i + 1);
  const marks = []; // [offset, source]
  eachMapping(tm, (m) => marks.push([lineStart[m.generatedLine - 1] + m.generatedColumn, m.source ?? '(unmapped)']));
  marks.sort((a, b) => a[0] - b[0]);
  // runs of one source
  const runs = [];
  let at = 0;
  let current = '(unmapped)';
  for (const [offset, source] of marks) {
    if (source === current) continue;
    if (offset > at) runs.push([at, offset, current]);
    at = Math.max(at, offset);
    current = source;
  }
  runs.push([at, text.length, current]);
  // merge tiny runs into the previous one (a mapping for a shared helper inside a module) to bound the gzip calls
  const merged = [];
  for (const r of runs) {
    const last = merged[merged.length - 1];
    if (last && (last[2] === r[2] || r[1] - r[0] < 200)) last[1] = r[1];
    else merged.push([...r]);
  }
  const bytes = Buffer.from(text, 'utf8');
  // character offsets → byte offsets (the output is mostly ASCII; strings may not be)
  const byteAt = (i) => Buffer.byteLength(text.slice(0, i), 'utf8');
  const gz = (n) => (n === 0 ? 0 : gzipSync(bytes.subarray(0, n), { level: 9 }).length);
  const out = new Map();
  let prevBytes = 0;
  let prevGz = 0;
  for (const [, end, source] of merged) {
    const b = byteAt(end);
    const g = gz(b);
    const row = out.get(source) ?? { source, raw: 0, gzip: 0 };
    row.raw += b - prevBytes;
    row.gzip += g - prevGz;
    out.set(source, row);
    prevBytes = b;
    prevGz = g;
  }
  const modules = [...out.values()].sort((a, b) => b.gzip - a.gzip);
  return { total: { raw: bytes.length, gzip: prevGz }, modules };
}

export function groups(modules) {
  const g = new Map();
  for (const m of modules) {
    const k = groupOf(m.source);
    const row = g.get(k) ?? { group: k, raw: 0, gzip: 0, modules: 0 };
    row.raw += m.raw;
    row.gzip += m.gzip;
    row.modules++;
    g.set(k, row);
  }
  return [...g.values()].sort((a, b) => b.gzip - a.gzip);
}

/**
 * What each part of a story costs in gzip: for every top-level field (and each field of `map`), the gzip size
 * of the whole story's JSON minus that of the story without the field (its marginal cost: what dropping it
 * would save). The shares do not sum to the whole, since parts compress against each other.
 */
export function storyFields(story) {
  const gz = (o) => gzipSync(JSON.stringify(o), { level: 9 }).length;
  const whole = gz(story);
  /** `o` without its field `key` (a shallow copy). */
  const omit = (o, key) => Object.fromEntries(Object.entries(o).filter(([k]) => k !== key));
  const rows = Object.keys(story).map((k) => [k, JSON.stringify(story[k]).length, whole - gz(omit(story, k))]);
  if (story.map) for (const k of Object.keys(story.map)) rows.push([`map.${k}`, JSON.stringify(story.map[k]).length, whole - gz({ ...story, map: omit(story.map, k) })]);
  return { raw: JSON.stringify(story).length, gzip: whole, rows };
}

export const attributeFile = (path) => attribute(readFileSync(path), readFileSync(`${path}.map`, 'utf8'));
