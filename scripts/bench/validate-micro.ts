/**
 * `npx tsx scripts/bench/validate-micro.ts [--ref main] [--rounds 31] [--ms 150] [--browser]`: validateStory of this
 * checkout against the one of a git ref (default `main`), in the same node process, interleaved.
 *
 * Both `src/story/validate.ts` (the ref's read with `git show` into a temporary folder, never committed) are
 * bundled and minified by esbuild as the browser chunk is, then each input is validated by both, in turns (the
 * order swapped every round), for about `--ms` ms of CPU per turn; the figure is the median over the rounds of the
 * process's CPU time per call (user + system, so that other processes of a loaded machine count less). Inputs: the real 13-event story, generated stories of 1,000 and 10,000 events (`stories.mjs`, as the
 * browser bench), and two hostile ones (a story of many small problems, and one past the 1,000-problem cap).
 * Before timing, every input's problems are compared between the two: the script fails if they differ.
 * Also times `validationSteps` drained one step at a time (what `inSlices` does in the browser), and the first
 * call alone in fresh processes (a page validates once, with cold code: most of the in-browser cost); with
 * `--browser`, that first call (and the second) in Chromium too, a fresh page each time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const { values: args } = parseArgs({
  options: { ref: { type: 'string', default: 'main' }, rounds: { type: 'string', default: '31' }, ms: { type: 'string', default: '150' }, browser: { type: 'boolean', default: false } },
});
const root = new URL('../../', import.meta.url);

interface Validator {
  validateStory(input: unknown): { ok: boolean; problems?: { path: string; message: string }[] };
  validationSteps(input: unknown): () => IteratorResult<void, unknown>;
}

const dir = mkdtempSync(join(tmpdir(), 'validate-micro-'));
/** The validator of `file`, bundled and minified as the browser chunk is; also written to `dir` as `<name>.mjs` (for the cold runs). */
async function load(file: string, name: string): Promise<Validator> {
  const out = await build({ entryPoints: [file], bundle: true, format: 'esm', platform: 'neutral', minify: true, write: false, logLevel: 'silent' });
  writeFileSync(join(dir, `${name}.mjs`), out.outputFiles[0].contents);
  return import(pathToFileURL(join(dir, `${name}.mjs`)).href);
}

// The ref's validator (its type imports are erased by esbuild, so it needs no other file).
writeFileSync(join(dir, 'validate-ref.ts'), execFileSync('git', ['show', `${args.ref}:src/story/validate.ts`], { cwd: root, encoding: 'utf8' }));
const old = await load(join(dir, 'validate-ref.ts'), 'ref');
const ours = await load(new URL('src/story/validate.ts', root).pathname, 'ours');

// stories.mjs is plain JS (the browser bench's generator): imported by a name TypeScript does not resolve
type Story = Record<string, unknown> & { events: Record<string, unknown>[] };
const { generateStory, realStory } = (await import('./stories.mjs' as string)) as { generateStory(n: number, base?: Story): Story; realStory(): Story };
const base = realStory();
/** Many small problems: every event's fields a little wrong (a bad day, a wrong reference, an unknown field). */
function manyProblems() {
  const s = generateStory(1000, base);
  s.events.forEach((e, i) => {
    if (i % 3 == 0) (e.when as Record<string, unknown>).start = '2024-02-30';
    if (i % 3 == 1) e.actors = ['nobody'];
    if (i % 5 == 0) e.extra = 1;
    if (i % 7 == 0) delete e.source;
  });
  return s;
}
const inputs: [string, unknown][] = [
  ['13 events (niamey-protests-2024)', base],
  ['1,000 events', generateStory(1000, base)],
  ['10,000 events', generateStory(10000, base)],
  ['hostile: 1,000 events, ~1,000 problems', manyProblems()],
  ['hostile: 20,000 wrong items (capped)', { ...base, events: Array.from({ length: 20000 }, (_, i) => (i % 2 ? { id: 'e', when: { edtf: 'x' }, a: [] } : i)) }],
];

for (const [name, input] of inputs) {
  const a = JSON.stringify(old.validateStory(input).problems ?? []);
  const b = JSON.stringify(ours.validateStory(input).problems ?? []);
  if (a !== b) throw new Error(`${name}: the problems differ from ${args.ref}'s`);
}

const drainSteps = (v: Validator, input: unknown) => {
  const step = v.validationSteps(input);
  while (!step().done);
};
/** CPU time of this process so far, in ms (user + system: unlike the clock, not counting the time other processes of a loaded machine take). */
const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
/** CPU milliseconds per call of `f`, over about `ms` ms (at least one call). */
function time(f: () => void, ms: number): number {
  let n = 0;
  const start = cpu();
  let now = start;
  do {
    f();
    n++;
  } while ((now = cpu()) - start < ms);
  return (now - start) / n;
}
const median = (xs: number[]) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const rounds = Number(args.rounds);
const ms = Number(args.ms);
const fmt = (x: number) => (x < 1 ? x.toFixed(3) : x < 10 ? x.toFixed(2) : x.toFixed(1));

console.log(`validateStory, ${args.ref} vs this checkout: median CPU ms per call over ${rounds} interleaved rounds of ~${ms} ms each (node ${process.version})\n`);
console.log(`| input | mode | ${args.ref} ms | ours ms | ${args.ref} / ours |`);
console.log('| --- | --- | ---: | ---: | ---: |');
for (const [name, input] of inputs) {
  for (const [mode, run] of [['validateStory', (v: Validator) => v.validateStory(input)], ['validationSteps', (v: Validator) => drainSteps(v, input)]] as const) {
    if (mode == 'validationSteps' && !name.startsWith('10,000')) continue;
    const per = Math.max(ms, 1);
    const t: [number[], number[]] = [[], []];
    for (let r = 0; r < rounds; r++) {
      const order = r % 2 ? [1, 0] : [0, 1];
      for (const i of order) t[i].push(time(() => run(i ? ours : old), per));
    }
    const [a, b] = t.map(median);
    console.log(`| ${name} | ${mode} | ${fmt(a)} | ${fmt(b)} | ${(a / b).toFixed(2)}× |`);
  }
}

// A page validates its story once, with the module just loaded: its code not yet compiled, the first call is
// most of the cost. So also: the first call of each, each in a fresh node process, in turns.
const storyFile = new URL('data/niamey-protests-2024/story.json', root).pathname;
const child = (name: string) =>
  Number(execFileSync(process.execPath, ['--input-type=module', '-e', `
    import { readFileSync } from 'node:fs';
    const { validateStory } = await import(${JSON.stringify(pathToFileURL(join(dir, `${name}.mjs`)).href)});
    const story = JSON.parse(readFileSync(${JSON.stringify(storyFile)}, 'utf8'));
    const cpu = () => { const { user, system } = process.cpuUsage(); return (user + system) / 1000; };
    const start = cpu();
    validateStory(story);
    console.log(cpu() - start);`], { encoding: 'utf8' }));
const cold: [number[], number[]] = [[], []];
for (let r = 0; r < rounds; r++) for (const i of r % 2 ? [1, 0] : [0, 1]) cold[i].push(child(i ? 'ours' : 'ref'));
const [a, b] = cold.map(median);
console.log(`| 13 events (niamey-protests-2024) | first call, fresh process (${rounds} each) | ${fmt(a)} | ${fmt(b)} | ${(a / b).toFixed(2)}× |`);

// --browser: the same first call in Chromium (the machine's, through the bench's launcher), a fresh page each time:
// the chunk imported, the story parsed, then validateStory timed by the page (performance.now).
if (args.browser) {
  const { launch } = (await import('./browser.mjs' as string)) as { launch(): Promise<Browser> };
  const { startServer } = (await import('./server.mjs' as string)) as {
    startServer(answer: (path: string) => Promise<{ body: string | Uint8Array; type: string } | null>): Promise<{ origin: string; close(): Promise<void> }>;
  };
  type Browser = { newPage(): Promise<{ goto(url: string): Promise<unknown>; waitForFunction(f: string): Promise<{ jsonValue(): Promise<unknown> }>; close(): Promise<void> }>; close(): Promise<void> };
  const storyText = JSON.stringify(base).replace(/</g, '\\u003c');
  const server = await startServer(async (path) => {
    const m = /^\/(ref|ours)\.(html|mjs)$/.exec(path);
    if (!m) return null;
    if (m[2] == 'mjs') return { body: readFileSync(join(dir, `${m[1]}.mjs`)), type: 'text/javascript' };
    const body = `<!doctype html><script id="data" type="application/json">${storyText}</script><script type="module">
      const { validateStory } = await import('./${m[1]}.mjs');
      const story = JSON.parse(document.getElementById('data').textContent);
      const t0 = performance.now(); validateStory(story); const t1 = performance.now(); validateStory(story); const t2 = performance.now();
      window.__times = [t1 - t0, t2 - t1];
    </script>`;
    return { body, type: 'text/html; charset=utf-8' };
  });
  const browser = await launch();
  const times: Record<string, [number[], number[]]> = { ref: [[], []], ours: [[], []] };
  for (let r = 0; r < rounds; r++) {
    for (const name of r % 2 ? ['ours', 'ref'] : ['ref', 'ours']) {
      const page = await browser.newPage();
      await page.goto(`${server.origin}/${name}.html`);
      const [first, second] = (await (await page.waitForFunction('window.__times')).jsonValue()) as number[];
      times[name][0].push(first);
      times[name][1].push(second);
      await page.close();
    }
  }
  await browser.close();
  await server.close();
  for (const [i, what] of ['first call', 'second call'].entries()) {
    const [x, y] = [median(times.ref[i]), median(times.ours[i])];
    console.log(`| 13 events (niamey-protests-2024) | Chromium, ${what}, fresh page (${rounds} each) | ${fmt(x)} | ${fmt(y)} | ${(x / y).toFixed(2)}× |`);
  }
}
