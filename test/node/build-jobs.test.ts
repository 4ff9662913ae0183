/**
 * `sahel-widgets build|check --jobs N` and `draft --manifest FILE --jobs N`: many story folders on
 * worker threads give the same output, line for line and byte for byte, as one thread, and as each
 * folder built alone; a broken folder is named and fails the run while the others are built.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/builder/cli.js';

const data = resolve(import.meta.dirname, '../../data');
// Two of the smaller articles keep the test short (the broken archive adds two folders, so a thread
// takes a second one); the code under test knows nothing of them.
const FOLDERS = ['nairobi-river-evictions-2026', 'niamey-protests-2024'];

async function run(argv: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), cwd });
  return { code, out, err };
}

let work = '';
/** A fresh folder of story folders copied from data/, without their story.json. */
function archive(name: string, broken = false): string {
  const root = join(work, name);
  for (const f of FOLDERS) {
    cpSync(join(data, f), join(root, f), { recursive: true });
    rmSync(join(root, f, 'story.json'));
  }
  if (broken) {
    // One story whose article lost its text (every quote and piece of evidence is then missing),
    // one folder with no annotation at all.
    cpSync(join(data, FOLDERS[1]), join(root, 'emptied-article'), { recursive: true });
    rmSync(join(root, 'emptied-article', 'story.json'));
    writeFileSync(join(root, 'emptied-article', 'article.txt'), 'Nothing of the original is left.\n');
    mkdirSync(join(root, 'no-annotation'));
    writeFileSync(join(root, 'no-annotation', 'article.txt'), 'An article nobody annotated.\n');
  }
  return root;
}
const jsonOf = (root: string) => Object.fromEntries(readdirSync(root).filter((f) => existsSync(join(root, f, 'story.json')))
  .map((f) => [f, readFileSync(join(root, f, 'story.json'), 'utf8')]));

before(() => (work = mkdtempSync(join(tmpdir(), 'sahel-jobs-'))));
after(() => rmSync(work, { recursive: true, force: true }));

describe('build --jobs', () => {
  it('writes the same story.json files and prints the same lines with 2 threads as with 1, and as each folder alone', async () => {
    const one = archive('one');
    const two = archive('two');
    const alone = archive('alone');
    const r1 = await run(['build', '.', '--jobs', '1'], one);
    const r2 = await run(['build', '.', '--jobs', '2'], two);
    assert.equal(r1.code, 0, r1.err.join('\n'));
    assert.equal(r2.code, 0, r2.err.join('\n'));
    assert.deepEqual(r2.out, r1.out);
    assert.equal(r1.out.length, FOLDERS.length);
    const separate = [];
    for (const f of FOLDERS) separate.push(...(await run(['build', f], alone)).out);
    assert.deepEqual(r1.out, separate);
    assert.deepEqual(jsonOf(two), jsonOf(one));
    assert.deepEqual(jsonOf(alone), jsonOf(one));
    // The committed stories are what one folder alone builds, so all three agree with them too.
    for (const f of FOLDERS) assert.equal(jsonOf(two)[f], readFileSync(join(data, f, 'story.json'), 'utf8'), f);

    const check = await run(['check', ...FOLDERS, '--jobs', 'auto'], two);
    assert.equal(check.code, 0, check.err.join('\n'));
    assert.deepEqual(check.out, r1.out.map((line) => line.replace(': written (', ': up to date (')));
  });

  it('names a broken folder with the builder\'s usual messages, exits 1, and still builds the others', async () => {
    const one = archive('broken-one', true);
    const two = archive('broken-two', true);
    const r1 = await run(['build', '.'], one);
    const r2 = await run(['build', '.', '--jobs', '2'], two);
    assert.equal(r2.code, 1);
    assert.deepEqual(r2.err, r1.err);
    assert.deepEqual(r2.out, r1.out);
    assert.match(r2.err.join('\n'), /^emptied-article\/story\.yaml: quotes\[[^\]]+\]\.text: .* is not in the article/m);
    assert.match(r2.err.join('\n'), /^no-annotation\/story\.yaml: is missing$/m);
    assert.match(r2.err.at(-1)!, /^sahel-widgets build: \d+ errors; nothing written for the stories with errors$/);
    assert.deepEqual(Object.keys(jsonOf(two)).sort(), [...FOLDERS].sort());
    assert.deepEqual(jsonOf(two), jsonOf(one));
  });

  it('refuses a --jobs that is not a number of threads', async () => {
    const bad = await run(['build', 'x', '--jobs', 'many'], work);
    assert.equal(bad.code, 2);
    assert.match(bad.err.join('\n'), /--jobs is a number of threads/);
  });
});

describe('build --changed', () => {
  it('skips a folder whose article, annotation and story.json are as its last build left them, and rebuilds on any change', async () => {
    const root = join(work, 'changed');
    const f = FOLDERS[1];
    cpSync(join(data, f), join(root, f), { recursive: true });
    rmSync(join(root, f, 'story.json'));
    const first = await run(['build', f, '--changed'], root);
    assert.equal(first.code, 0, first.err.join('\n'));
    assert.match(first.out[0], /: written \(/);
    assert.ok(existsSync(join(root, f, '.story.hash')));
    const json = readFileSync(join(root, f, 'story.json'), 'utf8');

    const again = await run(['build', f, '--changed', '--jobs', '2'], root);
    assert.deepEqual(again.out, [first.out[0].replace(': written (', ': skipped, unchanged since its last build (')]);

    // Only a build with --changed skips; a plain build still builds and checks.
    assert.match((await run(['build', f], root)).out[0], /: unchanged \(/);

    writeFileSync(join(root, f, 'story.yaml'), `${readFileSync(join(root, f, 'story.yaml'), 'utf8')}\n# reviewed\n`);
    assert.match((await run(['build', f, '--changed'], root)).out[0], /: unchanged \(/, 'a new annotation is built');
    assert.match((await run(['build', f, '--changed'], root)).out[0], /: skipped, /);

    writeFileSync(join(root, f, 'story.json'), '{}');
    assert.match((await run(['build', f, '--changed'], root)).out[0], /: written \(/, 'a story.json edited by hand is rebuilt');
    assert.equal(readFileSync(join(root, f, 'story.json'), 'utf8'), json);

    const article = join(root, f, 'article.txt');
    writeFileSync(article, `${readFileSync(article, 'utf8')}\n`);
    assert.match((await run(['build', f, '--changed'], root)).out[0], /: (unchanged|written) \(/, 'a new article is built');
  });
});

describe('draft --manifest --jobs', () => {
  it('drafts every listed article, the same files with 2 threads as with 1, and names the one it cannot draft', async () => {
    const lines = FOLDERS.map((f) => JSON.stringify({ article: join(data, f, 'article.txt'), out: `stories/${f}`, published: '2025-01-15', headline: f }));
    const outs: Record<string, string>[] = [];
    const results = [];
    for (const jobs of ['1', '2']) {
      const root = join(work, `draft-${jobs}`);
      mkdirSync(root);
      writeFileSync(join(root, 'list.jsonl'), [...lines, JSON.stringify({ article: 'gone.txt', out: 'stories/gone', published: '2025-01-15' })].join('\n'));
      const r = await run(['draft', '--manifest', 'list.jsonl', '--jobs', jobs], root);
      results.push(r);
      const stories = join(root, 'stories');
      outs.push(Object.fromEntries(readdirSync(stories).flatMap((f) => ['article.txt', 'story.yaml'].map((n) => [`${f}/${n}`, readFileSync(join(stories, f, n), 'utf8')]))));
    }
    for (const r of results) {
      assert.equal(r.code, 1);
      assert.match(r.err.join('\n'), /^sahel-widgets draft: .*stories\/gone: .*gone\.txt is missing$/m);
      assert.equal(r.out.at(-1), `${FOLDERS.length} of ${FOLDERS.length + 1} articles drafted`);
    }
    assert.equal(Object.keys(outs[0]).length, FOLDERS.length * 2);
    assert.deepEqual(outs[1], outs[0]);
    // Each draft builds as it is, as a single draft does.
    const built = await run(['build', 'stories', '--jobs', '2'], join(work, 'draft-2'));
    assert.equal(built.code, 0, built.err.join('\n'));
  });
});
