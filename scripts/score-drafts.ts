/**
 * `npm run score:drafts`: drafts every article of data/ with `sahel-widgets draft` and scores each draft
 * against the reviewed story, the tuning articles first and the held-back ones apart (data/README.md).
 * A report, not a test: the held-back scores are read to measure the extractor, never to tune it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildStory } from '../src/builder/build.js';
import { draft } from '../src/builder/draft/draft.js';
import { formatScores, scoreStory } from '../src/builder/draft/score.js';
import type { Story } from '../src/story/types.js';

/** The held-back articles (data/README.md): one list, data/held-back.json, read here and by test/node/draft.test.ts. */
const HELD_BACK = new Set(JSON.parse(readFileSync('data/held-back.json', 'utf8')) as string[]);
const ids = readdirSync('data', { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
for (const group of [ids.filter((id) => !HELD_BACK.has(id)), ids.filter((id) => HELD_BACK.has(id))]) {
  console.log(group.some((id) => HELD_BACK.has(id)) ? '\n# held back (never tuned on)' : '# tuning articles');
  for (const id of group) {
    const gold = JSON.parse(readFileSync(join('data', id, 'story.json'), 'utf8')) as Story;
    const started = performance.now();
    const result = draft(readFileSync(join('data', id, 'article.txt'), 'utf8'), { published: gold.article.published, id });
    const ms = Math.round(performance.now() - started);
    const built = buildStory({ id, articleText: result.articleText, yamlText: result.yamlText });
    if (!built.story) {
      console.log(`${id}: the draft does not build: ${built.errors.length} errors`);
      process.exitCode = 1;
      continue;
    }
    const words = result.articleText.split(/\s+/).filter(Boolean).length;
    const lines = formatScores(scoreStory(built.story, gold), `${id} (${words} words, drafted in ${ms} ms)`);
    // a held-back article shows its one summary line only: what tuning may read of it, and no more
    console.log((HELD_BACK.has(id) ? lines.slice(-1) : lines).join('\n'));
  }
}
