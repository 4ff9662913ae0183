/* global document, requestAnimationFrame -- the function given to page.evaluate runs in the page */
// Screenshots of every element in forced colours (Chromium, CDP Emulation.setEmulatedMedia `forced-colors: active`,
// light and dark) and in Arabic right to left, for a person to look at (issue 18). Not part of CI: nothing
// here compares pixels. Writes PNGs to $SHOTS_DIR (default /tmp/sahel-shots), one per element and mode.
//   node scripts/a11y/screenshots.mjs [forced|forced-dark|rtl|light ...]
import { build } from 'esbuild';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const root = new URL('../../', import.meta.url);
const out = process.env.SHOTS_DIR ?? '/tmp/sahel-shots';
const modes = process.argv.slice(2).length ? process.argv.slice(2) : ['forced', 'forced-dark', 'rtl'];

const json = async (path) => (await readFile(new URL(path, root), 'utf8')).replace(/</g, '\\u003c');
const [news, kano, niger] = await Promise.all(['test/fixtures/news-story.json', 'test/fixtures/figures-story.json', 'data/niamey-protests-2024/story.json'].map(json));

const inline = (story, body, selection = '') => `<sahel-story${selection ? ` selection="${selection}"` : ''}><script type="application/json">${story}</script>${body}</sahel-story>`;

/** One block per element (the 8 tags), each in a state that shows its cues: selected, highlighted, expanded. */
const blocks = {
  'sahel-timeline': inline(news, '<sahel-timeline show-sources highlight="council-vote"></sahel-timeline>', 'actor:tomas-ekwe'),
  'quote-card': inline(news, '<quote-card quote="ekwe-budget"></quote-card><quote-card quote="ekwe-promise" variant="compact"></quote-card>', 'quote:ekwe-budget'),
  'actor-badge': inline(news, '<p style="min-height: 320px">Said <actor-badge actor="tomas-ekwe" open></actor-badge> and <actor-badge actor="council-engineer"></actor-badge>.</p>', 'actor:council-engineer'),
  'actor-list': inline(news, '<actor-list></actor-list>', 'actor:halima-dore'),
  'key-figures': inline(kano, '<key-figures></key-figures><key-figures variant="list"></key-figures>', 'figure:crowd-police'),
  'actor-relations': inline(kano, '<actor-relations layout="diagram"></actor-relations><actor-relations layout="list"></actor-relations>', 'actor:workers-alliance'),
  'sahel-map': inline(niger, '<sahel-map></sahel-map>', 'place:niamey'),
  // <sahel-story> renders nothing of its own: what it shows is its widgets' states (here: an invalid story)
  'sahel-story': '<sahel-story><script type="application/json">{"version": 1}</script><quote-card quote="x"></quote-card><sahel-timeline></sahel-timeline></sahel-story>',
};

const { outputFiles } = await build({
  entryPoints: [new URL('src/index.ts', root).pathname],
  bundle: true, format: 'esm', write: false, target: 'es2022', minify: false,
  tsconfig: new URL('tsconfig.json', root).pathname, logLevel: 'warning',
});
const bundle = outputFiles[0].text;

await mkdir(out, { recursive: true });
const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
try {
  for (const mode of modes) {
    const rtl = mode === 'rtl';
    const scheme = mode === 'forced-dark' ? 'dark' : 'light';
    // one page per element, so that one element's popover never lies over another's screenshot
    for (const [name, body] of Object.entries(blocks)) {
      const page = await browser.newPage();
      await page.setViewport({ width: 900, height: 900 });
      const cdp = await page.createCDPSession();
      const features = [{ name: 'prefers-color-scheme', value: scheme }];
      if (mode.startsWith('forced')) features.push({ name: 'forced-colors', value: 'active' });
      await cdp.send('Emulation.setEmulatedMedia', { features });
      await page.setContent(`<!doctype html><html lang="${rtl ? 'ar' : 'en'}" dir="${rtl ? 'rtl' : 'ltr'}" style="color-scheme: ${scheme}"><meta charset="utf-8">
        <body style="font: 16px system-ui, sans-serif; margin: 16px; ${scheme === 'dark' ? 'background: #111; color: #eee' : ''}">
        <section data-shot="${name}" style="width: 820px; padding: 8px">${body}</section>`);
      await page.addScriptTag({ content: bundle, type: 'module' });
      await page.evaluate(async () => {
        const deep = (root) => [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? deep(e.shadowRoot) : [])]);
        for (let i = 0; i < 4; i++) {
          await Promise.all(deep(document).map((e) => e.updateComplete));
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        }
      });
      await (await page.$('section')).screenshot({ path: join(out, `${name}-${mode}.png`) });
      await page.close();
    }
  }
} finally {
  await browser.close();
}
console.log(`screenshots in ${out}`);
