/**
 * Issue 16, item 5: the WordPress plugin renders each widget's fallback HTML in PHP
 * (wordpress/sahel-widgets/includes/fallback.php). For `<sahel-timeline>`, `<quote-card>` and `<actor-badge>` it
 * must be the builder's `fallbackHtml` (whose boxes match the upgraded widget's height, see
 * fallback-height.test.ts): same elements, attributes, inline styles and words. This runs the PHP
 * (scripts/wordpress/fallback-driver.php, with WordPress's own esc_html/esc_attr/esc_url when Debian's
 * `wordpress` is installed) over every story of data/ and a set of attribute combinations taken from each
 * story, and over a table of fuzzy dates of every precision and qualifier, and compares.
 *
 * Needs `php` (php-cli) on PATH, as `npm run test:wordpress` does; without it the test fails, unless
 * SAHEL_SKIP_WORDPRESS=1 says that the WordPress suite is not run here.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fallbackHtml } from '../../src/builder/html/index.js';
import type { FallbackWidget } from '../../src/builder/html/index.js';
import { formatFuzzyDate, fuzzyDateTimeAttr } from '../../src/story/fuzzy-date.js';
import { fuzzyDateBound, fuzzyDateInSentence } from '../../src/story/fuzzy-date-inline.js';
import type { FuzzyDate, Story } from '../../src/story/types.js';

const repo = resolve(import.meta.dirname, '../..');
const DRIVER = resolve(repo, 'scripts/wordpress/fallback-driver.php');
const PHP = process.env.PHP || 'php';
const probe = spawnSync(PHP, ['-r', 'echo PHP_VERSION;'], { encoding: 'utf8' });
const phpVersion = probe.status === 0 ? probe.stdout.trim() : '';
const notRun = process.env.SAHEL_SKIP_WORDPRESS === '1';
const MISSING = `"${PHP}" is not on PATH (${probe.error?.message ?? probe.stderr}): the WordPress plugin's fallback HTML cannot be checked. Install php-cli (apt-get install php-cli, as npm run test:wordpress does) or set SAHEL_SKIP_WORDPRESS=1 where the WordPress suite is not run.`;

type Job = { story: string; widget: FallbackWidget; attrs: Record<string, string> } | { storyJson: Story; widget: FallbackWidget; attrs: Record<string, string> } | { date: FuzzyDate };

/** Runs the PHP driver over `jobs` (one process); its results in order. */
function php<T>(jobs: Job[]): T[] {
  // every notice and warning on stderr, where they fail the test (php-cli's own php.ini may hide them)
  const run = spawnSync(PHP, ['-d', 'display_errors=stderr', '-d', 'error_reporting=-1', '-d', 'log_errors=0', DRIVER], { input: JSON.stringify(jobs), encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  assert.equal(run.status, 0, `php ${DRIVER} failed: ${run.stderr}`);
  assert.doesNotMatch(run.stderr.split('\n').slice(1).join('\n'), /\S/, `PHP warnings: ${run.stderr}`);
  return JSON.parse(run.stdout) as T[];
}

// ---------------------------------------------------------------- HTML compared as tokens

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1)) : (ENTITIES[e.toLowerCase()] ?? m),
  );
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The HTML as a list of tokens that are equal when the markup means the same: tags with their attributes in
 * order and values decoded (`&#039;` = `&#39;`, `&#038;` = `&amp;`), text decoded, runs of ASCII white space as one.
 */
function tokens(html: string): string[] {
  const out: string[] = [];
  for (const [, tag, text] of html.matchAll(/(<[^>]*>)|([^<]+)/g)) {
    if (text !== undefined) {
      out.push(encode(decode(text).replace(/[ \t\n\r\f]+/g, ' ')));
      continue;
    }
    const m = /^<(\/?)([a-zA-Z][\w-]*)([\s\S]*?)\/?>$/.exec(tag);
    if (!m) {
      out.push(tag);
      continue;
    }
    const attrs = [...m[3].matchAll(/([^\s="'>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map(([, name, a, b, c]) => {
      const value = a ?? b ?? c;
      return value === undefined ? ` ${name.toLowerCase()}` : ` ${name.toLowerCase()}="${encode(decode(value))}"`;
    });
    out.push(`<${m[1]}${m[2].toLowerCase()}${attrs.join('')}>`);
  }
  return out;
}

/** '' when equal after normalising, else where they first part and what follows on each side. */
function difference(node: string, wp: string): string {
  const a = tokens(node);
  const b = tokens(wp);
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return '';
  // invisible differences made visible: "Jan 1 – Apr 19" with thin spaces or plain ones
  const shown = (x: string) => x.replace(/[\u00a0\u2000-\u200f\u202f\u2060\ufeff]/g, (ch) => `\\u{${ch.charCodeAt(0).toString(16)}}`);
  const around = (t: string[]) => shown(t.slice(i, i + 2).join('') || '(end)');
  return `token ${i} after …${a.slice(Math.max(0, i - 2), i).join('').slice(-160)}\n      node: ${around(a).slice(0, 300)}\n      php:  ${around(b).slice(0, 300)}`;
}

// ---------------------------------------------------------------- what is compared

const storyDirs = readdirSync(resolve(repo, 'data'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .filter((d) => {
    try {
      return readFileSync(resolve(repo, 'data', d, 'story.json')).length > 0;
    } catch {
      return false;
    }
  });

interface Case {
  name: string;
  widget: FallbackWidget;
  attrs: Record<string, string>;
}

/** The widgets' attributes worth telling apart, with ids and dates from the story itself. */
function casesFor(story: Story): Case[] {
  const cases: Case[] = [];
  const add = (widget: FallbackWidget, attrs: Record<string, string>) =>
    cases.push({ name: `${widget} ${Object.entries(attrs).map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join(' ') || '(default)'}`, widget, attrs });
  for (const layout of [undefined, 'vertical', 'horizontal', 'auto']) {
    for (const compact of [false, true]) add('timeline', { ...(layout ? { layout } : {}), ...(compact ? { compact: '' } : {}) });
  }
  add('timeline', { compact: 'false', layout: 'auto' });
  // actor filters: the actor with the most events, one with a few, two at once, one with none
  const byEvents = [...story.actors].map((a) => [a.id, story.events.filter((e) => e.actors.includes(a.id)).length] as const).sort((x, y) => y[1] - x[1]);
  const some = byEvents.filter(([, n]) => n > 0);
  if (some.length) {
    add('timeline', { actor: some[0][0] });
    add('timeline', { actor: some[some.length - 1][0], layout: 'horizontal' });
    if (some.length > 1) add('timeline', { actor: `${some[0][0]}, ${some[some.length - 1][0]}`, layout: 'auto', compact: '' });
  }
  const none = byEvents.find(([, n]) => n === 0);
  if (none) add('timeline', { actor: none[0] });
  // from/to: around the middle event, the publication day, a year, a month
  const starts = story.events.map((e) => e.when.start).sort();
  const mid = starts[Math.floor(starts.length / 2)];
  const published = story.article.published;
  add('timeline', { from: mid });
  add('timeline', { to: mid, layout: 'auto' });
  add('timeline', { from: published, layout: 'horizontal' });
  add('timeline', { to: published.slice(0, 4) });
  add('timeline', { from: starts[0].slice(0, 7), to: published.slice(0, 7), compact: '' });
  add('timeline', { from: '9999-01-01' });
  // quotes: every passage as a card, the first few in each variant, a later part of a split quote, speakers
  const firsts = story.quotes.filter((q) => !q.continues);
  for (const q of firsts) add('quote', { quote: q.id });
  for (const q of firsts.slice(0, 4)) for (const variant of ['card', 'compact', 'pull']) add('quote', { quote: q.id, variant });
  for (const q of story.quotes.filter((x) => x.continues).slice(0, 3)) add('quote', { quote: q.id, variant: 'compact' });
  const speakers = [...new Set(story.quotes.map((q) => q.speaker))];
  for (const s of speakers) add('quote', { speaker: s });
  for (const s of speakers.slice(0, 3)) add('quote', { speaker: s, all: '', variant: 'pull' });
  const silent = story.actors.find((a) => !speakers.includes(a.id));
  if (silent) add('quote', { speaker: silent.id, all: '' });
  add('quote', { quote: 'no-such-quote' });
  add('quote', { speaker: 'no-such-actor' });
  add('quote', {});
  // badges: every actor as a chip and as text
  for (const a of story.actors) {
    add('badge', { actor: a.id });
    add('badge', { actor: a.id, variant: 'text' });
  }
  add('badge', { actor: 'no-such-actor' });
  add('badge', {});
  return cases;
}

/**
 * A story that stresses the escaping and the rarer paths: markup, entities and quotes in every kind of text,
 * a `javascript:` article URL, corrections of an event and of a long quote, a condition, an unnamed speaker
 * without an article URL or publisher.
 */
function hostile(story: Story, url: string | undefined): Story {
  const s = structuredClone(story);
  const evil = `<script>alert("x")</script> & &amp; &lt;b&gt; 'q' "qq"`;
  s.article.url = url;
  s.article.publisher = url ? `Press & <Co> "quoted"` : undefined;
  s.events[0].title = `Title ${evil}`;
  s.events[0].summary = `Summary ${evil}`;
  s.events[1].status = 'conditional';
  const e = s.events[1];
  const p = s.article.paragraphs[0];
  e.condition = { paragraph: p.id, start: 0, end: Math.min(40, p.text.length) };
  s.actors[0].name = `Name ${evil}`;
  s.actors[0].role = `Role ${evil}`;
  s.actors[0].anonymous = true;
  s.quotes[0].text = `Quoted ${evil}`;
  s.quotes[0].speaker = s.actors[0].id;
  s.quotes[0].context = `Context ${evil}`;
  const long = s.quotes.find((q) => q.text.split(/\s+/).length > 8) ?? s.quotes[0];
  s.corrections = [
    { id: 'c-event', text: `Corrected ${evil}`, says: `Says ${evil}`, items: [{ kind: 'event', id: e.id }, { kind: 'quote', id: long.id }] },
    { id: 'c-none', text: 'No item.', items: [] },
  ] as Story['corrections'];
  return s;
}

const at = (start: string, end: string, precision: FuzzyDate['precision'], edtf: string, extra: Partial<FuzzyDate> = {}): FuzzyDate => ({ edtf, start, end, precision, basis: 'article', ...extra });

/** Fuzzy dates of every precision, range and qualifier the labels tell apart, besides those of the stories. */
const SYNTHETIC: FuzzyDate[] = [
  at('2024-04-13', '2024-04-13', 'day', '2024-04-13'),
  at('2024-04-13', '2024-04-13', 'day', '2024-04-13~', { approximate: true }),
  at('2024-04-13', '2024-04-13', 'day', '2024-04-13?', { uncertain: true }),
  at('2024-04-13', '2024-04-13', 'day', '2024-04-13%'),
  at('2024-04-13', '2024-04-13', 'day', '2024-04-13/2024-04-13'),
  at('2024-03-12', '2024-03-14', 'day', '2024-03-12/2024-03-14'),
  at('2024-03-30', '2024-04-02', 'day', '2024-03-30/2024-04-02', { approximate: true }),
  at('2023-12-30', '2024-01-02', 'day', '2023-12-30/2024-01-02', { uncertain: true }),
  at('2024-02-30', '2024-02-30', 'day', '2024-02-30'),
  at('2024-04-07', '2024-04-13', 'week', '2024-04-07/2024-04-13'),
  at('2024-04-07', '2024-04-13', 'week', '2024-04-07?/2024-04-13?', { uncertain: true }),
  at('2024-04-07', '2024-04-13', 'week', '2024-04-07%/2024-04-13%'),
  at('2024-12-30', '2025-01-05', 'week', '2024-12-30/2025-01-05'),
  at('2021-01-01', '2021-01-07', 'week', '2021-01-01/2021-01-07'),
  at('2027-01-01', '2027-01-07', 'week', '2027-01-01/2027-01-07'),
  at('1969-12-29', '1970-01-04', 'week', '1969-12-29/1970-01-04'),
  at('2024-03-01', '2024-03-31', 'month', '2024-03'),
  at('2024-03-01', '2024-03-31', 'month', '2024-03~', { approximate: true }),
  at('2024-03-01', '2024-03-31', 'month', '2024-03?', { uncertain: true }),
  at('2025-11-01', '2026-02-28', 'month', '2025-11/2026-02'),
  at('2027-03-01', '2027-05-31', 'month', '2027-03/2027-05', { approximate: true }),
  at('2027-03-01', '2027-03-31', 'month', '2027-03/2027-03'),
  at('2018-01-01', '2018-12-31', 'year', '2018'),
  at('2018-01-01', '2018-12-31', 'year', '2018?', { uncertain: true }),
  at('2018-01-01', '2018-12-31', 'year', '2018%'),
  at('2016-01-01', '2018-12-31', 'year', '2016/2018'),
  at('2016-01-01', '2016-12-31', 'year', '2016/2016'),
  at('2016-01-01', '2018-12-31', 'year', '2016~/2018~', { approximate: true }),
  at('2023-06-01', '2023-08-31', 'season', '2023-22'),
  at('2023-03-01', '2023-05-31', 'season', '2023-21', { approximate: true }),
  at('2023-09-01', '2023-11-30', 'season', '2023-23?', { uncertain: true }),
  at('2023-12-01', '2024-02-29', 'season', '2023-24'),
  at('2023-12-01', '2024-02-29', 'season', '2023-24~', { approximate: true }),
  at('2023-06-01', '2023-08-31', 'season', '2023-06/2023-08'),
  at('2023-01-01', '2023-02-28', 'season', '2023-01/2023-02'),
  at('1990-01-01', '1999-12-31', 'decade', '199X'),
  at('1987-01-01', '1989-12-31', 'decade', '1987/1989'),
  at('1980-01-01', '1983-12-31', 'decade', '1980/1983'),
  at('1984-01-01', '1986-12-31', 'decade', '1984/1986', { approximate: true }),
  at('1987-01-01', '2003-12-31', 'decade', '1987/2003'),
  at('1990-01-01', '1999-12-31', 'decade', '199X?', { uncertain: true }),
  at('2019-01-01', '2026-02-11', 'year', '2019/..', { open: 'end' }),
  at('2026-02-11', '2030-12-31', 'year', '[..2030]', { open: 'start' }),
  at('2026-02-11', '2026-03-31', 'month', '../2026-03', { open: 'start' }),
  at('2026-02-11', '2026-06-30', 'month', '[..2026-06]', { open: 'start' }),
  at('2025-06-01', '2026-04-20', 'season', '2025-22/..', { open: 'end' }),
  at('2025-12-01', '2026-04-20', 'season', '2025-24/..', { open: 'end' }),
  at('1980-01-01', '2026-02-11', 'decade', '198X/..', { open: 'end' }),
  at('2026-02-11', '2039-12-31', 'decade', '[..203X]', { open: 'start' }),
  at('2026-02-11', '2039-12-31', 'decade', '../203X', { open: 'start' }),
  at('2026-02-11', '2026-04-13', 'day', '../2026-04-13', { open: 'start' }),
  at('2026-02-11', '2026-04-13', 'day', '[..2026-04-13~]', { open: 'start' }),
  at('2019-01-01', '2026-02-11', 'year', '2019?/..', { open: 'end' }),
  at('2019-01-01', '2026-02-11', 'year', 'garbage/..', { open: 'end' }),
  at('nope', 'nope', 'day', 'not-a-date'),
  at('2024-13-01', '2024-13-01', 'month', '2024-13'),
  at('2016-01-01', 'nope', 'year', '2016'),
  at('2016-01-01', 'nope', 'season', '2016-21'),
];

const stories = storyDirs.map((dir) => ({ dir, file: resolve(repo, 'data', dir, 'story.json'), story: JSON.parse(readFileSync(resolve(repo, 'data', dir, 'story.json'), 'utf8')) as Story }));

describe(`WordPress plugin fallback (PHP ${phpVersion || 'missing'}) = fallbackHtml`, () => {
  if (!phpVersion) {
    if (notRun) it('php is missing and SAHEL_SKIP_WORDPRESS=1: the WordPress suite is not run here', { skip: MISSING }, () => {});
    else it('php is on PATH', () => assert.fail(MISSING));
    return;
  }

  it('finds the stories of data/ and gives each case a result', () => {
    assert.ok(stories.length >= 5, `stories in data/: ${storyDirs.join(', ')}`);
  });

  for (const { dir, file, story } of stories) {
    it(`${dir}: timeline, quote-card and actor-badge, every case the same markup and styles`, () => {
      const cases = casesFor(story);
      const out = php<string>(cases.map((c) => ({ story: file, widget: c.widget, attrs: c.attrs })));
      assert.equal(out.length, cases.length);
      const diffs = cases.flatMap((c, i) => {
        const d = difference(fallbackHtml(story, c.widget, c.attrs), out[i]);
        return d ? [`${c.name}: ${d}`] : [];
      });
      assert.deepEqual(diffs, [], `${diffs.length} of ${cases.length} cases differ:\n  ${diffs.join('\n  ')}`);
      // the comparison has something to compare: every event, quote and actor came out of PHP
      const all = out.join('');
      for (const e of story.events) assert.ok(all.includes(`>${e.title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#039;')}</strong>`), `event ${e.id} in the PHP timeline`);
    });
  }

  for (const url of ['javascript:alert(1)', "https://news.example/a?x=1&y='2'#top", undefined]) {
    it(`escaping and the rarer paths (article URL ${String(url)}): the same markup, no markup from the story`, () => {
      const { story } = stories.find((s) => s.story.article.paragraphs.length) ?? stories[0];
      const s = hostile(story, url);
      const cases = casesFor(s).filter((c) => c.widget !== 'timeline' || !c.attrs.actor);
      const out = php<string>(cases.map((c) => ({ storyJson: s, widget: c.widget, attrs: c.attrs })));
      const diffs = cases.flatMap((c, i) => {
        const d = difference(fallbackHtml(s, c.widget, c.attrs), out[i]);
        return d ? [`${c.name}: ${d}`] : [];
      });
      assert.deepEqual(diffs, [], `${diffs.length} of ${cases.length} cases differ:\n  ${diffs.join('\n  ')}`);
      const all = out.join('\n');
      assert.doesNotMatch(all, /<script|<b>|javascript:/i);
      assert.match(all, /Title &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; &amp;amp; &amp;lt;b&amp;gt; &#0?39;q&#0?39;/, 'story text escaped once, entities shown as written');
      assert.match(all, /Corrected<\/span>/, 'the corrected event is marked');
      if (url?.startsWith('https:')) assert.match(all, /<a href="https:\/\/news\.example\/a\?x=1(&#038;|&amp;)y=(&#039;|%27)2(&#039;|%27)#top" lang=/);
      else assert.doesNotMatch(all, /<a /, 'no link without an http(s) article URL');
    });
  }

  it('partial quotes: the reporter\'s sentence is cut where Intl.Segmenter (ICU) cuts it, on prose with abbreviations, decimals, closing quotes, an emoji', () => {
    const { story } = stories.find((s) => s.story.quotes.length && s.story.article.paragraphs.length) ?? stories[0];
    const texts = [
      'The U.S. embassy said on Monday that “the talks had stalled” after 3.5 hours. Officials left.',
      'Dr. Bah, 61, said the deal was “a promise on paper.” Later, the ministry disagreed. It gave no reason.',
      'Was it over? He said “not yet” and left at 6 p.m. on Tuesday. The crowd stayed!',
      'Prices rose again... and traders called the rise “unbearable” in Kano. Nobody answered.',
      '😀 Residents, who called it “a slow flood,” waited; water rose (again). By night it stopped.',
      '“Leave now!” the sign read. Police said the march was “peaceful, mostly.” Then it rained.',
      'Le ministre a parlé d’« un accord historique ». Les syndicats ont refusé, selon l’AFP.',
    ];
    const s = structuredClone(story);
    const fragments = ['the talks had stalled', 'a promise on paper.', 'not yet', 'unbearable', 'a slow flood,', 'peaceful, mostly.', 'un accord historique'];
    s.article.paragraphs = texts.map((text, i) => ({ id: `px${i}`, text }));
    const base = s.quotes[0];
    s.quotes = fragments.map((f, i) => {
      const start = texts[i].indexOf(f);
      assert.ok(start >= 0, f);
      return { ...base, id: `partial-${i}`, text: f, partial: true, continues: undefined, nested: undefined, source: { paragraph: `px${i}`, start, end: start + f.length } };
    });
    const cases = s.quotes.flatMap((q) => ['card', 'compact', 'pull'].map((variant) => ({ widget: 'quote' as const, attrs: { quote: q.id, variant } })));
    const out = php<string>(cases.map((c) => ({ storyJson: s, widget: c.widget, attrs: c.attrs })));
    const diffs = cases.flatMap((c, i) => {
      const d = difference(fallbackHtml(s, c.widget, c.attrs), out[i]);
      return d ? [`${c.attrs.quote} ${c.attrs.variant}: ${d}`] : [];
    });
    assert.deepEqual(diffs, [], `${diffs.length} of ${cases.length} cases differ:\n  ${diffs.join('\n  ')}`);
    const all = out.join('\n');
    assert.equal((all.match(/>Partial quote</g) ?? []).length, cases.length, 'each partial quote under its label');
    assert.match(all, /The U\.S\. embassy said on Monday that “<mark[^>]*>the talks had stalled<\/mark>” after 3\.5 hours\.<\/p>/, 'the sentence, not the paragraph, around the words');
  });

  it('fuzzy dates: every date of the stories and a table of every precision, qualifier and open span, as formatFuzzyDate writes them', () => {
    const dates: FuzzyDate[] = [...SYNTHETIC];
    for (const { story } of stories) {
      dates.push(...story.events.map((e) => e.when), ...story.relations.flatMap((r) => (r.since ? [r.since] : [])));
      const p = story.article.published;
      dates.push({ edtf: p, start: p, end: p, precision: 'day', basis: 'article' });
    }
    const precisions = new Set(dates.map((d) => d.precision));
    for (const p of ['day', 'week', 'month', 'season', 'year', 'decade']) assert.ok(precisions.has(p as FuzzyDate['precision']), p);
    const out = php<{ short: string; long: string; datetime: string; sentence: string }>(dates.map((date) => ({ date })));
    const diffs = dates.flatMap((d, i) => {
      const want = { short: formatFuzzyDate(d, 'en'), long: formatFuzzyDate(d, 'en', 'long'), datetime: fuzzyDateTimeAttr(d), sentence: fuzzyDateInSentence(fuzzyDateBound(d), 'en') };
      return (Object.keys(want) as (keyof typeof want)[]).filter((k) => want[k] !== out[i][k]).map((k) => `${d.edtf} (${d.precision}${d.open ? `, open ${d.open}` : ''}) ${k}: node ${JSON.stringify(want[k])}, php ${JSON.stringify(out[i][k])}`);
    });
    assert.deepEqual(diffs, [], `${diffs.length} labels differ:\n  ${diffs.join('\n  ')}`);
  });
});
