// `npm run size`: raw, gzip and brotli bytes of the CDN build and of each element entry, checked
// against size-budget.json. Element entries are measured as an app bundler would ship them on their
// own: bundled and minified with Lit included, without the embedded story.
// Prints a Markdown table; exits 1 when any figure is over its budget.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { bundle, measure } from './bench/bundles.mjs';

const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8'));

const rows = [];
if (!existsSync('dist/sahel-widgets.js')) {
  console.error('size: dist/sahel-widgets.js is missing; run `npm run build` first');
  process.exit(1);
}
rows.push(['dist/sahel-widgets.js (CDN, with story)', measure(readFileSync('dist/sahel-widgets.js'))]);
if (!existsSync('dist/sahel-widgets.core.js')) {
  console.error('size: dist/sahel-widgets.core.js is missing; run `npm run build` first');
  process.exit(1);
}
rows.push(['dist/sahel-widgets.core.js (CDN, no story)', measure(readFileSync('dist/sahel-widgets.core.js'))]);
for (const tag of readdirSync('src/elements').sort()) {
  rows.push([`${tag} entry (with Lit)`, measure(await bundle(`export * from './src/elements/${tag}/${tag}.ts';`))]);
}
rows.push(['story model (sahel-widgets/story)', measure(await bundle("export * from './src/story/index.ts';"))]);

const kb = (n) => (n / 1024).toFixed(1);
let over = 0;
console.log('| file | raw | gzip | brotli | gzip budget |');
console.log('| --- | ---: | ---: | ---: | ---: |');
for (const [name, m] of rows) {
  const limit = budget[name.split(' ')[0]];
  const flag = limit !== undefined && m.gzip > limit ? ' ❌ over' : '';
  if (flag) over++;
  console.log(`| ${name} | ${kb(m.raw)} KB | ${kb(m.gzip)} KB | ${kb(m.brotli)} KB | ${limit === undefined ? '–' : `${kb(limit)} KB`}${flag} |`);
}
if (over) {
  console.error(`size: ${over} file(s) over budget (size-budget.json, gzip bytes)`);
  process.exit(1);
}
