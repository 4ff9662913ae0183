// `npm run size`: raw, gzip and brotli bytes of the CDN build and of each element entry, checked
// against size-budget.json. Element entries are measured as an app bundler would ship them on their
// own: bundled and minified with Lit included, without the embedded story, the locales other than
// English split off (each element entry's figure is its entry file: what every page using it loads).
// The CDN build's chunks are measured too, and what pages actually download: an English page with every
// element and the default story (the CDN file plus the embedded-story chunk), the same in each other
// language (plus that language's chunk), and an English page that brings its own story (the CDN file).
// Prints a Markdown table; exits 1 when any figure is over its budget.
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { bundleFiles, measure, sum } from './bench/bundles.mjs';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));

const rows = [];
for (const file of ['dist/sahel-widgets.js', 'dist/sahel-widgets.core.js']) {
  if (!existsSync(file)) {
    console.error(`size: ${file} is missing; run \`npm run build\` first`);
    process.exit(1);
  }
}
const cdn = measure(readFileSync('dist/sahel-widgets.js'));
rows.push(['dist/sahel-widgets.js (CDN entry; the default story and the validator are chunks it loads on demand)', cdn]);
rows.push(['dist/sahel-widgets.core.js (CDN entry, no story)', measure(readFileSync('dist/sahel-widgets.core.js'))]);
// the chunks the CDN entry imports (dynamic imports relative to its URL), by name without the hash
const chunks = new Map();
for (const m of readFileSync('dist/sahel-widgets.js', 'utf8').matchAll(/import\("\.\/(sahel-widgets\.([\w-]+)-[0-9a-f]{8}\.js)"\)/g)) {
  chunks.set(m[2], measure(readFileSync(`dist/${m[1]}`)));
}
if (!['fr', 'ha', 'ar', 'embedded-story', 'validate'].every((l) => chunks.has(l))) {
  console.error(`size: dist/sahel-widgets.js should import the fr, ha, ar, embedded-story and validate chunks; it imports ${[...chunks.keys()].join(', ') || 'none'}`);
  process.exit(1);
}
for (const [name, m] of chunks) rows.push([`dist/sahel-widgets.${name}-*.js (chunk)`, m]);
const story = chunks.get('embedded-story');
rows.push(['default-page (every element, default story, English: entry + story chunk)', sum([cdn, story])]);
for (const lang of ['fr', 'ha', 'ar']) rows.push([`default-page-${lang} (the same in ${lang}: + ${lang} chunk)`, sum([cdn, story, chunks.get(lang)])]);
rows.push(['own-story-page (every element, the page’s own story, English: entry + validator chunk)', sum([cdn, chunks.get('validate')])]);
/**
 * An in-memory entry as an app bundler ships it: the entry file and the chunks it imports statically (a module
 * both imported and loaded on demand, such as the validator by `sahel-widgets/story`, is a chunk of its own
 * that the entry still needs at once); chunks it only imports dynamically are not counted.
 */
async function entryCost(source) {
  const { entry, chunks } = await bundleFiles(source);
  const code = entry.toString();
  const statics = [...chunks].filter(([name]) => new RegExp(`(?:^|[;}])import(?:[^;"]*?from)?"\\./${name}-[\\w]+\\.js"`).test(code));
  return sum([measure(entry), ...statics.map(([, c]) => measure(c))]);
}
for (const tag of readdirSync('src/elements').sort()) {
  rows.push([`${tag} entry (with Lit)`, await entryCost(`export * from './src/elements/${tag}/${tag}.ts';`)]);
}
rows.push(['story model (sahel-widgets/story)', await entryCost("export * from './src/story/index.ts';")]);

const kb = (n) => (n / 1024).toFixed(1);
const key = (name) => name.split(' ')[0].replace(/-\*\.js$/, '.js');
// `npm run size -- --update`: after a deliberate change, set every budget to the measured size + 1 %, rounded up
// to 100 bytes (then read the diff of size-budget.json); without it, a figure over its budget fails.
if (process.argv.includes('--update')) {
  for (const [name, m] of rows) budget[key(name)] = Math.ceil((m.gzip * 1.01) / 100) * 100;
  writeFileSync(new URL('../size-budget.json', import.meta.url), `${JSON.stringify(budget, null, 2)}\n`);
}
let over = 0;
console.log('| file | raw | gzip | brotli | gzip budget |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, m] of rows) {
  const limit = budget[key(name)];
  const flag = limit !== undefined && m.gzip > limit ? ' ❌ over' : '';
  if (flag) over++;
  console.log(`| ${name} | ${kb(m.raw)} KB | ${kb(m.gzip)} KB | ${kb(m.brotli)} KB | ${limit === undefined ? '–' : `${kb(limit)} KB`}${flag} |`);
}
const unbudgeted = rows.map(([name]) => key(name)).filter((k) => budget[k] === undefined);
if (unbudgeted.length) {
  console.error(`size: no budget in size-budget.json for ${unbudgeted.join(', ')}`);
  process.exit(1);
}
if (over) {
  console.error(`size: ${over} file(s) over budget (size-budget.json, gzip bytes)`);
  process.exit(1);
}
