/**
 * fallbackHtml (issue 16): the static HTML inside a widget's tag. Checked as text and by a tiny
 * tag-balance parser (no DOM in Node): content present, story text escaped and in the story's
 * language, only http(s) links, and every widget's markup well-formed.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FALLBACK_WIDGETS, escapeHtml, fallbackHtml } from '../../src/builder/html/index.js';
import { formatFuzzyDate } from '../../src/story/fuzzy-date.js';
import type { Story } from '../../src/story/types.js';

const repo = resolve(import.meta.dirname, '../..');
const story = JSON.parse(readFileSync(resolve(repo, 'data/niamey-protests-2024/story.json'), 'utf8')) as Story;
const clone = (): Story => structuredClone(story);

const VOID = new Set(['br', 'hr', 'img', 'wbr']);
/** Throws unless every element is closed in order; returns the tag names seen. */
function balanced(html: string): string[] {
  const stack: string[] = [];
  const seen: string[] = [];
  for (const [, close, name] of html.matchAll(/<(\/?)([a-z][a-z0-9-]*)\b[^>]*>/g)) {
    if (VOID.has(name)) continue;
    if (close) assert.equal(stack.pop(), name, `unbalanced </${name}> in ${html.slice(0, 200)}`);
    else {
      stack.push(name);
      seen.push(name);
    }
  }
  assert.deepEqual(stack, [], 'unclosed elements');
  return seen;
}
const SAFE_ATTRS = new Set(['lang', 'style', 'href', 'datetime', 'title', 'aria-label', 'aria-hidden', 'role']);
/** The drawings' geometry (map and diagram): numbers and path commands only, never story text. */
const SVG_ATTRS: Record<string, RegExp> = {
  viewBox: /^-?[\d.]+ -?[\d.]+ [\d.]+ [\d.]+$/,
  d: /^[MmLlHhVvCcSsQqTtAaZz\d\s.,eE+-]*$/,
  cx: /^-?[\d.]+$/,
  cy: /^-?[\d.]+$/,
  r: /^[\d.]+$/,
  x: /^-?[\d.]+$/,
  y: /^-?[\d.]+$/,
  'text-anchor': /^(start|middle|end)$/,
};
const attrs = { quote: 'sign-1', actor: 'abdourahmane-tchiani' };

describe('fallbackHtml: content of each widget', () => {
  it('timeline: every event in date order with its formatted fuzzy date and title', () => {
    const html = fallbackHtml(story, 'timeline');
    balanced(html);
    // one row per event, and the publication day's row, as in the widget
    assert.equal(html.match(/<li\b/g)?.length, story.events.length + 1);
    assert.equal(html.match(/<time\b/g)?.length, story.events.length);
    assert.ok(html.includes(`Published ${formatFuzzyDate({ edtf: story.article.published, start: story.article.published, end: story.article.published, precision: 'day', basis: 'article' }, 'en')}`));
    const sorted = [...story.events].sort((a, b) => (a.when.start < b.when.start ? -1 : a.when.start > b.when.start ? 1 : 0));
    let at = 0;
    for (const e of sorted) {
      const title = html.indexOf(escapeHtml(e.title), at);
      assert.ok(title > at, `title of ${e.id} in order`);
      assert.ok(html.slice(at, title).includes(`>${escapeHtml(formatFuzzyDate(e.when, 'en'))}</time>`), `date of ${e.id}`);
      at = title;
    }
    assert.match(html, new RegExp(`^<section aria-label="Timeline"[^>]*><p[^>]*>${story.events.length} events, from `));
  });

  it('timeline: actor filter', () => {
    const html = fallbackHtml(story, 'timeline', { actor: 'russia' });
    const expected = story.events.filter((e) => e.actors.includes('russia')).length;
    assert.ok(expected > 0 && expected < story.events.length);
    assert.equal(html.match(/<time\b/g)?.length, expected);
  });

  it('quote: text in marks, speaker, medium and source link', () => {
    const q = story.quotes.find((x) => x.id === 'sign-1')!;
    const speaker = story.actors.find((a) => a.id === q.speaker)!;
    const html = fallbackHtml(story, 'quote', { quote: 'sign-1' });
    balanced(html);
    assert.ok(html.includes(`“${escapeHtml(q.text)}`));
    assert.ok(html.includes(escapeHtml(speaker.name)));
    assert.ok(html.includes('Protest sign'));
    assert.ok(html.includes(`<a href="${escapeHtml(story.article.url!)}" lang="en">${escapeHtml(story.article.headline)}</a>`));
    assert.match(html, /^<figure[^>]*><blockquote lang="en"/);
  });

  it('quote: speaker and all', () => {
    const speaker = story.quotes[0].speaker;
    const one = fallbackHtml(story, 'quote', { speaker });
    assert.equal(one.match(/<figure/g)?.length, 1);
    const all = fallbackHtml(story, 'quote', { speaker, all: '' });
    assert.ok((all.match(/<figure/g)?.length ?? 0) >= 1);
  });

  it('badge: name and role; text variant is the name alone (phrasing content)', () => {
    const actor = story.actors.find((a) => a.id === attrs.actor)!;
    const html = fallbackHtml(story, 'badge', { actor: actor.id });
    assert.ok(html.includes(`<span lang="en">${escapeHtml(actor.name)}</span>`));
    assert.ok(actor.role && html.includes(escapeHtml(actor.role)));
    assert.equal(fallbackHtml(story, 'badge', { actor: actor.id, variant: 'text' }), `<span lang="en">${escapeHtml(actor.name)}</span>`);
    for (const tag of balanced(html)) assert.ok(['span', 'strong', 'small'].includes(tag), `${tag} is phrasing`);
  });

  it('figures: the inline variant is phrasing content, so it can stand inside a sentence', () => {
    const html = fallbackHtml(story, 'figures', { figure: 'russian-instructors', variant: 'inline' });
    // the value and its unit as the widget's button shows them, the label for screen readers (visually hidden)
    assert.match(html, /^<span><strong style="display:inline-block;[^"]*">100 <span lang="en">Russian instructors<\/span><\/strong><span lang="en" style="position:absolute;[^"]*"> Russian instructors who arrived in Niger this past week<\/span><\/span>$/);
    for (const tag of balanced(html)) assert.ok(['span', 'strong'].includes(tag), `${tag} is phrasing`);
    // a disputed figure says so, as the widget does
    const lokoja = JSON.parse(readFileSync(resolve(repo, 'data/lokoja-flood-2025/story.json'), 'utf8')) as Story;
    const disputed = lokoja.figures.find((f) => f.contests?.length)!;
    assert.match(fallbackHtml(lokoja, 'figures', { figure: disputed.id, variant: 'inline' }), /<\/strong> <span style="[^"]*">\(disputed\)<\/span>/);
    assert.match(fallbackHtml(story, 'figures', {}), /^<section[^>]*><h2[^>]*>Key figures<\/h2><ul/);
  });

  it('list: actors under their kind headings, heading-level honoured', () => {
    const html = fallbackHtml(story, 'list', { 'heading-level': '4' });
    balanced(html);
    assert.equal(html.match(/<li\b/g)?.length, story.actors.length);
    // as the element: the box's title at heading-level, each kind one level below (at most 6; default 2)
    assert.match(html, /^<section[^>]*><div[^>]*><h4[^>]*>Who’s who<\/h4>/);
    assert.match(html, /<h5[^>]*>People<\/h5>/);
    assert.match(html, /<h5[^>]*>Countries<\/h5>/);
    assert.match(fallbackHtml(story, 'list'), /<h2[^>]*>Who’s who<\/h2>.*<h3[^>]*>People<\/h3>/);
    assert.match(fallbackHtml(story, 'list', { 'heading-level': 'x' }), /<h2[^>]*>Who’s who<\/h2>/);
    assert.match(fallbackHtml(story, 'list', { 'heading-level': '6' }), /<h6[^>]*>Who’s who<\/h6>.*<h6[^>]*>People<\/h6>/);
    // each actor with the number of mentions, most mentioned first (or by name)
    const most = [...story.actors].sort((a, b) => b.mentions.length - a.mentions.length)[0];
    assert.ok(html.includes(`${escapeHtml(most.name)}</span>`) && html.includes(`mentioned ${most.mentions.length} times`));
    const people = story.actors.filter((a) => a.kind === 'person').map((a) => a.name).sort((a, b) => a.localeCompare(b, 'en'));
    const byName = fallbackHtml(story, 'list', { sort: 'name' });
    assert.ok(people.every((n, i) => i === 0 || byName.indexOf(`>${escapeHtml(n)}<`) > byName.indexOf(`>${escapeHtml(people[i - 1])}<`)), 'people in name order');
  });

  it('figures: values as text with qualifiers', () => {
    const html = fallbackHtml(story, 'figures');
    balanced(html);
    assert.ok(html.includes('more than 1,000'), html);
    assert.equal(html.match(/<li\b/g)?.length, story.figures.length);
    assert.equal(fallbackHtml(story, 'figures', { figure: 'protesters' }).match(/<li\b/g)?.length, 1);
  });

  it('map: places as a list; relations as a list with both ends', () => {
    const map = fallbackHtml(story, 'map');
    balanced(map);
    // every place in "All places, as a list" (a native disclosure), with its kind and country
    const all = /<details[^>]*><summary[^>]*>All places, as a list<\/summary>(.*?)<\/details>/.exec(map)?.[1] ?? '';
    assert.equal(all.match(/<li\b/g)?.length, story.places.length);
    assert.ok(all.includes('<span lang="en" style="display:inline-flex;flex-wrap:wrap;text-align:start;color:light-dark(#1b1b1b,#ededed);text-decoration:underline;text-decoration-color:light-dark(#d4d4d4,#48484a);text-underline-offset:0.15em">Niamey</span><span style="color:light-dark(#585858,#bdbdbd)"> — City, Niger</span>'), all);
    assert.match(all, /Washington<\/span><span[^>]*> — City, United States \(beyond the map, to the north-west\)/);
    // the places without coordinates beside the map; the map drawn from the story's outlines, named for screen readers
    const notOnMap = story.places.filter((p) => !story.map!.places.some((m) => m.id === p.id));
    const side = map.slice(map.indexOf('>Not on the map</h3>'), map.indexOf('<details'));
    assert.ok(notOnMap.length && side.length > 0 && notOnMap.every((p) => side.includes(`>${escapeHtml(p.name)}</span>`)), 'places not on the map, beside it');
    assert.ok(map.includes(story.map!.countries.find((x) => x.iso === 'NE')!.d), 'Niger outlined');
    assert.match(map, /<div role="img" aria-label="Map of the places in this story: [^"]*Niamey[^"]*"/);
    assert.ok(map.includes('>500 km</span>'), 'scale bar');
    const rel = fallbackHtml(story, 'relations');
    balanced(rel);
    assert.equal(rel.match(/<li\b/g)?.length, story.relations.length);
    // each relation read as the widget reads it: "Niger — alliance → Russia", the article's words, since when
    const alliance = story.relations.find((r) => r.id === 'niger-russia-alliance')!;
    assert.match(rel, new RegExp(`<p[^>]*><span[^>]*>.*?<span lang="en">Niger</span>.*?</span> <span[^>]*><span aria-hidden="true">— </span><span lang="en"[^>]*>alliance</span><span aria-hidden="true"> →</span><span[^>]*> to</span></span> <span[^>]*>.*?<span lang="en">Russia</span>`));
    assert.ok(rel.includes(`<span lang="en">${escapeHtml(alliance.label)}</span> <span style="color:light-dark(#585858,#bdbdbd)">(since 2016)</span>`));
    // the source sentence, the cited words marked, behind a native disclosure
    assert.match(rel, /<details[^>]*><summary[^>]*>Show source<\/summary><div[^>]*><p lang="en"[^>]*><mark>Niger’s alliance with Russia goes back years<\/mark>/);
    // the diagram (decorative, hidden from assistive technology) unless layout="list"; every node named in it
    assert.match(rel, /<svg viewBox="0 0 640 440" aria-hidden="true"/);
    assert.doesNotMatch(fallbackHtml(story, 'relations', { layout: 'list' }), /<svg/);
    const ego = fallbackHtml(story, 'relations', { actor: 'russia' });
    assert.match(ego, /<h2[^>]*>Relations of <span lang="en">Russia<\/span><\/h2>/);
    assert.equal(ego.match(/<li\b/g)?.length, story.relations.filter((r) => [r.from, r.to].includes('russia')).length);
    assert.match(fallbackHtml(story, 'relations', { actor: 'nope' }), /role="note".*nope/);
  });

  it('French UI words with lang="fr", story text keeps the story language', () => {
    const html = fallbackHtml(story, 'quote', { quote: 'sign-1', lang: 'fr' });
    assert.ok(html.includes('Source'));
    assert.ok(html.includes('« ') || html.includes('«'), 'French quotation marks');
    assert.match(html, /<blockquote lang="en"/);
  });

  it('unknown ids give a note, never a throw; unknown widget throws', () => {
    assert.match(fallbackHtml(story, 'quote', { quote: 'nope' }), /role="note".*nope/);
    assert.match(fallbackHtml(story, 'badge', { actor: 'nope' }), /role="note"/);
    assert.throws(() => fallbackHtml(story, 'nope' as 'map'), /unknown widget/);
  });
});

describe('fallbackHtml: untrusted story text', () => {
  const evil = '<img src=x onerror=alert(1)>"\'&<script>alert(2)</script>';
  const hostile = (): Story => {
    const s = clone();
    for (const e of s.events) Object.assign(e, { title: evil, summary: evil });
    for (const a of s.actors) Object.assign(a, { name: evil, role: evil });
    for (const q of s.quotes) Object.assign(q, { text: evil, context: evil });
    for (const p of s.places) p.name = evil;
    for (const f of s.figures) Object.assign(f, { label: evil, unit: evil });
    for (const r of s.relations) r.label = evil;
    s.article.headline = evil;
    s.article.publisher = evil;
    s.article.language = 'en" onmouseover="alert(3)';
    // the map's numbers and outlines go into attributes and styles: a story that was never validated
    const m = s.map!;
    (m.viewBox as unknown[])[2] = '800" onload="alert(4)';
    (m.places[0] as { x: unknown }).x = '1%;}</style><img src=x>';
    m.countries[0].d = evil;
    m.coast = 'M0 0" onload="alert(5)';
    (m.scale as { km: unknown }).km = '<img src=x>';
    return s;
  };

  for (const widget of FALLBACK_WIDGETS) {
    it(`${widget}: every string escaped, no element or attribute injected`, () => {
      const s = hostile();
      const html = fallbackHtml(s, widget, widget === 'badge' ? { actor: attrs.actor } : { quote: attrs.quote });
      assert.ok(html.length > 0);
      assert.doesNotMatch(html, /<img|<script/i);
      for (const [tag] of html.matchAll(/<[^>]*>/g)) {
        const attrsOf = /^<\/?[a-z][a-z0-9]*((?:\s[a-zA-Z-]+="[^"]*")*)\s*>$/.exec(tag);
        assert.ok(attrsOf, `well-formed tag ${tag}`);
        for (const [, name, value] of attrsOf[1].matchAll(/\s([a-zA-Z-]+)="([^"]*)"/g)) {
          if (Object.hasOwn(SVG_ATTRS, name)) assert.match(value, SVG_ATTRS[name], `${name} holds geometry only, in ${tag}`);
          else assert.ok(SAFE_ATTRS.has(name), `attribute ${name} in ${tag}`);
        }
      }
      const tags = balanced(html);
      for (const t of tags) assert.ok(!['img', 'script'].includes(t));
      assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;'), `${widget} shows the text`);
    });
  }

  it('only http(s) links', () => {
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,x', ' javascript:x', 'vbscript:x', '//evil.example/x', 'not a url']) {
      const s = clone();
      s.article.url = url;
      const html = fallbackHtml(s, 'quote', { quote: 'sign-1' });
      assert.doesNotMatch(html, /<a\b/, url);
      assert.ok(html.includes('<cite'), url);
    }
    const s = clone();
    s.article.url = 'https://news.example/a?x=1&y="2"';
    assert.ok(fallbackHtml(s, 'quote', { quote: 'sign-1' }).includes('href="https://news.example/a?x=1&amp;y=%222%22"') ||
      fallbackHtml(s, 'quote', { quote: 'sign-1' }).includes('href="https://news.example/a?x=1&amp;y=&quot;2&quot;"'));
  });
});

describe('sahel-widgets html', () => {
  const file = resolve(repo, 'data/niamey-protests-2024/story.json');
  async function run(argv: string[]) {
    const { main } = await import('../../src/builder/cli.js');
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
    return { code, out: out.join('\n'), err: err.join('\n') };
  }

  it('prints the fallback of the widget with the given attributes', async () => {
    const r = await run(['html', file, '--widget', 'quote', '--quote', 'sign-1']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, fallbackHtml(story, 'quote', { quote: 'sign-1' }));
  });

  it('--wrap prints the tag around it', async () => {
    const r = await run(['html', file, '--widget', 'badge', '--actor', 'michael-langley', '--variant', 'text', '--wrap']);
    assert.equal(r.out, '<actor-badge actor="michael-langley" variant="text"><span lang="en">Michael E. Langley</span></actor-badge>');
  });

  it('refuses an unknown widget (2) and an invalid story (1, naming the field)', async () => {
    assert.equal((await run(['html', file, '--widget', 'nope'])).code, 2);
    const bad = resolve(repo, 'test/fixtures/invalid-story.json');
    const r = await run(['html', bad, '--widget', 'timeline']);
    assert.equal(r.code, 1);
    assert.match(r.err, /invalid-story\.json: \S+/);
  });
});
