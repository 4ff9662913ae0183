/**
 * Issue 16: a widget's fallback HTML is as tall as the widget it becomes, so the upgrade shifts nothing.
 * In Chromium, for two stories and two widths, each case's block before the bundle loads and after every
 * element upgraded (test/node/fallback-layout.ts measures; `npx tsx test/node/fallback-layout.ts` prints all).
 * Every widget kind and layout of `casesFor` is asserted: the timeline's four layouts, the quote card's three
 * variants, the badge's two, the cast list in two orders and heading levels, the key figures' cards, list and
 * inline (and a disputed group in each), the map, and the relations' auto, list and diagram layouts and an ego network.
 * Needs `npm run build` first (dist/sahel-widgets.js).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { BUNDLE, casesFor, launch, loadStory, measure } from './fallback-layout.js';
import type { Measure } from './fallback-layout.js';

const STORIES = ['niamey-protests-2024', 'lokoja-flood-2025'];
const WIDTHS = [1280, 390];

let browser: Browser;
const results = new Map<string, Measure[]>();

before(async () => {
  assert.ok(existsSync(BUNDLE), 'dist/sahel-widgets.js is missing: run `npm run build` first');
  browser = await launch();
  for (const dir of STORIES) {
    const story = loadStory(dir);
    results.set(dir, await measure(browser, story, WIDTHS, casesFor(story)));
  }
});

after(() => browser?.close());

for (const dir of STORIES) {
  describe(`fallback height: ${dir}`, () => {
    for (const c of casesFor(loadStory(dir))) {
      for (const width of WIDTHS) {
        it(`${c.name} at ${width} px: the upgrade keeps the height (±1 px)`, () => {
          const m = results.get(dir)?.find((x) => x.name === c.name && x.width === width);
          assert.ok(m, 'measured');
          assert.ok(m.after > 10, `the widget rendered (${m.after} px)`);
          assert.ok(Math.abs(m.after - m.before) <= 1, `fallback ${m.before.toFixed(1)} px, widget ${m.after.toFixed(1)} px`);
          // an inline widget keeps its width too, or the words after it move
          if (m.inlineBefore !== undefined) assert.ok(Math.abs(m.inlineAfter! - m.inlineBefore) <= 1, `width ${m.inlineBefore.toFixed(1)} → ${m.inlineAfter!.toFixed(1)} px`);
        });
      }
    }
  });
}
