/**
 * The embedded default story is the lean one: only the sentences widgets can show, every span still equal
 * to its paragraph text (the browser validator's check), each widget's sentence the same as in the full
 * article, the credit whole.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { leanStory, punctuationSentence, segmenterSentence } from '../../src/story/lean-story.js';
import { validateStory } from '../../src/story/validate.js';
import { embeddedStory } from '../../src/story/embedded-story.js';
import type { SourceRef, Story } from '../../src/story/types.js';

const repo = resolve(import.meta.dirname, '../..');
const read = (path: string): Story => JSON.parse(readFileSync(resolve(repo, path), 'utf8'));
const stories = { 'the embedded article': read('data/niamey-protests-2024/story.json'), 'the test fixture': read('test/fixtures/mini-story.json') };

/** Every span with its path, in a fixed order (the same for a story and its lean copy). */
function spans(node: unknown, path = '', out: [string, SourceRef][] = []): [string, SourceRef][] {
  if (Array.isArray(node)) node.forEach((n, i) => spans(n, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.paragraph === 'string' && typeof o.start === 'number') out.push([path, o as unknown as SourceRef]);
    else for (const [k, v] of Object.entries(o)) if (k !== 'paragraphs') spans(v, `${path}.${k}`, out);
  }
  return out;
}
const text = (story: Story, id: string) => story.article.paragraphs.find((p) => p.id === id)!.text;
const slice = (t: string, [a, b]: [number, number]) => t.slice(a, b).trim();

for (const [name, full] of Object.entries(stories)) {
  describe(`leanStory: ${name}`, () => {
    const before = JSON.stringify(full);
    const lean = leanStory(full);

    it('is a valid story, smaller, and leaves its input alone', () => {
      const result = validateStory(lean);
      assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
      assert.equal(JSON.stringify(full), before);
      const chars = (s: Story) => s.article.paragraphs.reduce((n, p) => n + p.text.length, 0);
      assert.ok(chars(lean) < chars(full), `${chars(lean)} characters, not fewer than ${chars(full)}`);
    });

    it('keeps the credit and every item whole', () => {
      const credit = (s: Story) => ({ ...s.article, paragraphs: undefined });
      assert.deepEqual(credit(lean), credit(full));
      for (const key of ['actors', 'quotes', 'events', 'places', 'figures', 'relations'] as const) {
        assert.equal((lean[key] as unknown[]).length, (full[key] as unknown[]).length, key);
      }
    });

    it('every span shows the same words, in the same sentence by both widget rules', () => {
      const old = spans(full);
      const now = spans(lean);
      assert.equal(now.length, old.length);
      assert.ok(old.length > 0);
      old.forEach(([path, s], i) => {
        const [, l] = now[i];
        const [t, u] = [text(full, s.paragraph), text(lean, l.paragraph)];
        assert.equal(u.slice(l.start, l.end), t.slice(s.start, s.end), `${path}: the span's words`);
        const lang = full.article.language;
        assert.equal(slice(u, segmenterSentence(u, l.start, l.end, lang)), slice(t, segmenterSentence(t, s.start, s.end, lang)), `${path}: <quote-card>'s sentence`);
        assert.equal(slice(u, punctuationSentence(u, l.start, l.end)), slice(t, punctuationSentence(t, s.start, s.end)), `${path}: <sahel-timeline>'s sentence`);
      });
    });
  });
}

describe('the embedded default story', () => {
  it('is the lean copy of its article (npm run data writes it)', () => {
    assert.deepEqual(embeddedStory, leanStory(stories['the embedded article']));
  });

  it('passes the validator as it is committed: the browser shows it without validating it (src/story/validator.ts)', () => {
    const result = validateStory(embeddedStory);
    assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  });
});
