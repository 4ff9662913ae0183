// Writes the fallback HTML (src/builder/html) of every widget on demo/index.html inside its tag, from
// the story the bundle embeds (package.json `sahelWidgets.embeddedStory`): the page then shows the
// article's widgets as plain HTML before (or without) the script, and nothing shifts when they upgrade.
// `tsx scripts/demo-fallback.ts` rewrites the page (only when its bytes change); `--check` exits 1 when
// the page is out of date with the story or the fallback code (test/node/demo-fallback.test.ts runs it).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FALLBACK_TAGS, fallbackHtml } from '../src/builder/html/index.js';
import type { FallbackWidget } from '../src/builder/html/index.js';
import type { Story } from '../src/story/types.js';

const root = new URL('..', import.meta.url);
const WIDGET_OF = Object.fromEntries(Object.entries(FALLBACK_TAGS).map(([w, tag]) => [tag, w as FallbackWidget]));

/** `page` with the content of every widget tag replaced by its fallback for `story`. */
export function withFallbacks(page: string, story: Story): string {
  const tags = Object.keys(WIDGET_OF).join('|');
  return page.replace(new RegExp(`<(${tags})(\\s[^>]*)?>[\\s\\S]*?</\\1>`, 'g'), (_, tag: string, attrText = '') => {
    const attributes: Record<string, string> = {};
    for (const [, name, value] of (attrText as string).matchAll(/([a-z][a-z0-9-]*)(?:="([^"]*)")?/g)) attributes[name] = value ?? '';
    return `<${tag}${attrText}>${fallbackHtml(story, WIDGET_OF[tag], attributes)}</${tag}>`;
  });
}

export function demoPage(): { file: string; current: string; expected: string } {
  const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { sahelWidgets: { embeddedStory: string } };
  const story = JSON.parse(readFileSync(new URL(`data/${pkg.sahelWidgets.embeddedStory}/story.json`, root), 'utf8')) as Story;
  const file = fileURLToPath(new URL('demo/index.html', root));
  const current = readFileSync(file, 'utf8');
  return { file, current, expected: withFallbacks(current, story) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { file, current, expected } = demoPage();
  if (process.argv.includes('--check')) {
    if (current !== expected) {
      console.error('demo/index.html: the fallback HTML is out of date; run `npm run demo:fallback`');
      process.exit(1);
    }
  } else if (current !== expected) {
    writeFileSync(file, expected);
    console.log('wrote demo/index.html');
  }
}
