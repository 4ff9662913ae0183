import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

// The README promises demo/story.html shows every story of data/: its list is written by hand, so a story
// added to data/ without it would be unreachable from the demo (six were, until this test).
test('demo/story.js lists every story of data/, the embedded default first', () => {
  const source = readFileSync('demo/story.js', 'utf8');
  const list = /const ids = \[([^\]]*)\]/.exec(source);
  assert.ok(list, 'demo/story.js no longer has its `const ids = [...]` list');
  const ids = [...list[1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
  const stories = readdirSync('data').filter((d) => existsSync(`data/${d}/story.json`));
  assert.deepEqual([...ids].sort(), [...stories].sort());
  assert.equal(ids[0], 'niamey-protests-2024');
});
