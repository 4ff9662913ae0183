/**
 * demo/index.html carries the fallback HTML of every widget (scripts/demo-fallback.ts), with no
 * blocking="render": the page must stay in step with the story and the fallback code.
 */
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { demoPage, withFallbacks } from '../../scripts/demo-fallback.js';
import type { Story } from '../../src/story/types.js';

it('demo/index.html is up to date (npm run demo:fallback)', () => {
  const { current, expected } = demoPage();
  assert.ok(current === expected, 'demo/index.html: the fallback HTML is out of date; run `npm run demo:fallback`');
  assert.doesNotMatch(current, /blocking="render"\s*>/);
  assert.match(current, /<quote-card quote="sign-1"><figure/);
  assert.match(current, /<sahel-timeline layout="auto"><section aria-label="Timeline"[^>]*><p[^>]*>[^<]*<\/p>(?:<div[^>]*><\/div>)?<div[^>]*><ol/);
});

it('replaces stale content inside a tag and leaves other markup alone', () => {
  const { current } = demoPage();
  const story = { ...JSON.parse('{}'), article: { language: 'en', headline: 'h', published: '2024-01-01', paragraphs: [] }, actors: [{ id: 'a', name: 'A&B', kind: 'person', affiliations: [], aliases: [], mentions: [] }], quotes: [], events: [], places: [], figures: [], relations: [] } as Story;
  assert.equal(withFallbacks('<p>x <actor-badge actor="a" variant="text">old</actor-badge> y</p>', story), '<p>x <actor-badge actor="a" variant="text"><span lang="en">A&amp;B</span></actor-badge> y</p>');
  assert.ok(current.length > 0);
});
