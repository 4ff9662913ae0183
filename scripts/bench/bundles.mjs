// What the pages load, built in memory with esbuild, and how big files are (raw, gzip, brotli).
import { Buffer } from 'node:buffer';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './paths.mjs';

/** raw, gzip (level 9) and brotli (quality 11) byte counts. */
export function measure(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** Sum of several measures. */
export const sum = (list) => list.reduce((a, m) => ({ raw: a.raw + m.raw, gzip: a.gzip + m.gzip, brotli: a.brotli + m.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/**
 * Bundles an in-memory module the way the CDN build does (minified ES module, Lit included) and returns
 * the entry file: what every page that uses it loads. Dynamic imports (the fr, ha, ar strings) become
 * chunks of their own, as an app bundler splits them; `bundleFiles` returns those too.
 */
export async function bundle(contents, more = {}) {
  return (await bundleFiles(contents, more)).entry;
}

/** `bundle`, with every file: `{ entry, chunks: Map<name, Buffer> }` (chunk names without their hash). */
export async function bundleFiles(contents, more = {}) {
  const result = await build({
    stdin: { contents, resolveDir: fileURLToPath(root), sourcefile: 'bench-entry.ts', loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    splitting: true,
    outdir: 'bench-out',
    entryNames: 'entry',
    chunkNames: '[name]-[hash]',
    conditions: ['production'],
    legalComments: 'none',
    tsconfig: fileURLToPath(new URL('tsconfig.json', root)),
    logLevel: 'silent',
    // An in-memory entry's bare imports of src/ files are kept whatever package.json `sideEffects` says.
    plugins: [
      {
        name: 'src-side-effects',
        setup(b) {
          b.onResolve({ filter: /^\.\/src\// }, (args) => ({ path: fileURLToPath(new URL(args.path, root)), sideEffects: true }));
        },
      },
    ],
    ...more,
  });
  const files = result.outputFiles.filter((f) => f.path.endsWith('.js'));
  const entry = files.find((f) => /[/\\]entry\.js$/.test(f.path));
  const chunks = new Map(files.filter((f) => f !== entry).map((f) => [f.path.replace(/^.*[/\\]|-[^-]*\.js$/g, ''), Buffer.from(f.contents)]));
  return { entry: Buffer.from(entry.contents), chunks };
}

/**
 * The baseline: the least a Lit timeline can be. A LitElement that sorts the events by start day and
 * renders `<ol>` of `<li><time>date</time> title</li>` in its shadow root, nothing else.
 */
export const BARE_LIT_SOURCE = `
import { LitElement, html } from 'lit';
class BareList extends LitElement {
  static properties = { story: { attribute: false } };
  render() {
    const events = [...(this.story?.events ?? [])].sort((a, b) => (a.when.start < b.when.start ? -1 : a.when.start > b.when.start ? 1 : 0));
    return html\`<ol>\${events.map((e) => html\`<li><time datetime=\${e.when.start}>\${e.when.start}</time> \${e.title}</li>\`)}</ol>\`;
  }
}
customElements.define('bare-list', BareList);
`;

export const bareLitBundle = () => bundle(BARE_LIT_SOURCE);

/**
 * The timeline alone: provider + timeline (+ the story model they import), optionally the embedded story.
 * The entry file; `bundleFiles` of the same source gives the chunks too (the story is one since it loads on first use).
 */
export const timelineAloneSource = (withStory) => `import './src/elements/sahel-story/sahel-story.ts';
     import './src/elements/sahel-timeline/sahel-timeline.ts';
     ${withStory ? "import './src/story/default-story.ts';" : ''}`;

export const timelineAloneBundle = (withStory) => bundle(timelineAloneSource(withStory));

const file = (path) => readFileSync(new URL(path, root));

/** The file name of the embedded story's chunk that dist/sahel-widgets.js imports. */
function embeddedChunk() {
  const m = /import\("\.\/(sahel-widgets\.embedded-story-[0-9a-f]{8}\.js)"\)/.exec(file('dist/sahel-widgets.js').toString());
  if (!m) throw new Error('dist/sahel-widgets.js imports no embedded-story chunk');
  return m[1];
}

/** The static byte figures of issue 9 §1. */
export async function byteFigures() {
  const tl = 'node_modules/@knight-lab/timelinejs/dist/';
  const rows = {
    // what a page downloads: the entry and the embedded story's chunk (an English page: no locale chunk)
    'sahel-widgets.js (CDN: every element + embedded story)': sum([measure(file('dist/sahel-widgets.js')), measure(file(`dist/${embeddedChunk()}`))]),
    'timeline alone (provider + timeline, no story data)': measure(await timelineAloneBundle(false)),
    'timeline alone + embedded story': await (async () => {
      const { entry, chunks } = await bundleFiles(timelineAloneSource(true));
      return sum([measure(entry), ...[...chunks].filter(([name]) => name === 'embedded-story').map(([, c]) => measure(c))]);
    })(),
    'bare Lit list (baseline)': measure(await bareLitBundle()),
    'TimelineJS timeline.js': measure(file(`${tl}js/timeline.js`)),
    'TimelineJS timeline.css': measure(file(`${tl}css/timeline.css`)),
  };
  rows['TimelineJS JS + CSS'] = sum([rows['TimelineJS timeline.js'], rows['TimelineJS timeline.css']]);
  return rows;
}

/**
 * For development only (`--from-src`): the library bundled from src/ with every element folder,
 * standing in for dist/sahel-widgets.js when the build is stale. Not the CDN build (esbuild, not rollup + terser).
 */
export function srcLibraryBundle() {
  const tags = readdirSync(new URL('src/elements/', root)).filter((t) => existsSync(new URL(`src/elements/${t}/${t}.ts`, root)));
  // ignoreAnnotations: src/index.ts imports the embedded story for its side effect only, and the
  // package's `sideEffects` list (lib/, dist/) does not name src/.
  const entry = [`import './src/index.ts';`, ...tags.map((t) => `import './src/elements/${t}/${t}.ts';`)].join('\n');
  return bundle(entry, { ignoreAnnotations: true });
}
