/**
 * The `sahel-widgets` command: in-process for every sub-command's behaviour, then as a newsroom runs
 * it: the packed tarball installed into an empty folder outside the repository, `npx sahel-widgets …`.
 * The tarball part needs `npm run build` first (lib/).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { main } from '../../src/builder/cli.js';
import { normaliseArticle } from '../../src/builder/article.js';

const repo = resolve(import.meta.dirname, '../..');
const ARTICLE = `Floodwaters rose across Tamale on Friday, officials said.

“We have never seen the river this high,”
said Amina Bello, 42, a trader.
`;

async function run(argv: string[], stdin = '', cwd?: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (l) => out.push(l), err: (l) => err.push(l), stdin: () => stdin, cwd });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let work = '';
before(() => (work = mkdtempSync(join(tmpdir(), 'sahel-cli-'))));
after(() => rmSync(work, { recursive: true, force: true }));

describe('sahel-widgets, in process', () => {
  it('lists its commands with --help, and each command has its own --help', async () => {
    const top = await run(['--help']);
    assert.equal(top.code, 0);
    for (const name of ['build', 'check', 'init', 'date']) assert.match(top.out, new RegExp(`^ {2}${name} `, 'm'));
    for (const name of ['build', 'check', 'init', 'date']) {
      const help = await run([name, '--help']);
      assert.equal(help.code, 0);
      assert.match(help.out, new RegExp(`^usage: sahel-widgets ${name} `));
    }
    assert.equal((await run([])).code, 2, 'no command is a usage error');
  });

  it('refuses an unknown command or option with exit 2 and says what is wrong', async () => {
    const unknown = await run(['bild', 'x']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown command "bild"/);
    const option = await run(['date', 'today', '--published', '2024-04-13', '--tomorrow']);
    assert.equal(option.code, 2);
    assert.match(option.err, /--tomorrow/);
    assert.match(option.err, /^usage: sahel-widgets date /m);
  });

  it('init writes the article one paragraph per line and a skeleton that builds as it is', async () => {
    const dir = join(work, 'tamale-floods');
    const init = await run(['init', dir, '--published', '2025-09-15', '--headline', 'Floods in Tamale', '--article', '-'], ARTICLE);
    assert.equal(init.code, 0, init.err);
    assert.equal(readFileSync(join(dir, 'article.txt'), 'utf8'),
      'Floodwaters rose across Tamale on Friday, officials said.\n“We have never seen the river this high,” said Amina Bello, 42, a trader.\n');
    assert.match(readFileSync(join(dir, 'story.yaml'), 'utf8'), /^ {2}headline: "Floods in Tamale"$/m);
    const build = await run(['build', dir]);
    assert.equal(build.code, 0, build.err);
    const story = JSON.parse(readFileSync(join(dir, 'story.json'), 'utf8'));
    assert.equal(story.id, 'tamale-floods');
    assert.equal(story.article.published, '2025-09-15');
    assert.equal(story.article.paragraphs.length, 2);
    assert.equal((await run(['check', dir])).code, 0);

    const again = await run(['init', dir, '--published', '2025-09-15', '--headline', 'x']);
    assert.equal(again.code, 1);
    assert.match(again.err, /exists already \(use --force/);
  });

  it('init refuses a folder name that cannot be a story id, and a bad day', async () => {
    const id = await run(['init', join(work, 'Bad Name'), '--published', '2025-09-15', '--headline', 'x']);
    assert.equal(id.code, 1);
    assert.match(id.err, /must be lower-case letters/);
    const day = await run(['init', join(work, 'ok'), '--published', '15/09/2025', '--headline', 'x']);
    assert.equal(day.code, 1);
    assert.match(day.err, /--published must be a day YYYY-MM-DD/);
    assert.equal(existsSync(join(work, 'ok')), false, 'nothing written on error');
  });

  it('check fails on a stale story.json and on a bad annotation, one error per line, and writes nothing', async () => {
    const dir = join(work, 'stale');
    assert.equal((await run(['init', dir, '--published', '2025-09-15', '--headline', 'First', '--article', '-'], ARTICLE)).code, 0);
    assert.equal((await run(['build', dir])).code, 0);
    const yaml = join(dir, 'story.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('"First"', '"Second"'));
    const stale = await run(['check', dir]);
    assert.equal(stale.code, 1);
    assert.match(stale.err, /story\.json: is out of date with story\.yaml and article\.txt; run `sahel-widgets build [^`]*stale`/);
    assert.match(readFileSync(join(dir, 'story.json'), 'utf8'), /"First"/, 'check writes nothing');

    writeFileSync(yaml, `${readFileSync(yaml, 'utf8').replace('quotes: []', 'quotes:\n  - { id: q1, text: "never said", speaker: nobody, medium: spoken }')}`);
    const bad = await run(['build', dir]);
    assert.equal(bad.code, 1);
    const lines = bad.err.split('\n');
    assert.ok(lines.some((l) => /story\.yaml: quotes\[q1\]\.text: "never said" is not in the article/.test(l)), bad.err);
    assert.ok(lines.some((l) => /story\.yaml: quotes\[q1\]\.speaker: .*nobody/.test(l)), bad.err);
    assert.match(lines.at(-1)!, /^sahel-widgets build: \d+ errors; nothing written/);
  });

  it('build takes a folder of story folders as data/ is laid out, and says when a folder is not one', async () => {
    const result = await run(['check', join(repo, 'data')]);
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /niamey-protests-2024\/story\.json: up to date/);
    const missing = await run(['build', join(work, 'no-such-folder')]);
    assert.equal(missing.code, 1);
    assert.match(missing.err, /no-such-folder: is not a folder/);
  });

  it('date prints one JSON object, and exits 2 with a one-line reason when it cannot', async () => {
    const ok = await run(['date', 'yesterday', '--published', '2024-04-13']);
    assert.equal(ok.code, 0, ok.err);
    const parsed = JSON.parse(ok.out);
    assert.deepEqual([parsed.edtf, parsed.start, parsed.end, parsed.precision, parsed.basis], ['2024-04-12', '2024-04-12', '2024-04-12', 'day', 'resolved']);
    const no = await run(['date', 'when pigs fly', '--published', '2024-04-13']);
    assert.equal(no.code, 2);
    assert.equal(no.out, '');
    assert.equal(no.err.split('\n').length, 1);
    assert.match(no.err, /cannot resolve "when pigs fly"/);
    const anchor = await run(['date', 'two years later', '--published', '2024-04-13']);
    assert.equal(anchor.code, 2);
    assert.match(anchor.err, /--anchor/);
  });

  it('normalises pasted articles: hard-wrapped paragraphs joined, characters kept, CRLF and BOM gone', () => {
    assert.equal(normaliseArticle('\uFEFFOne “a”\r\nline.\r\n\r\nTwo —\r\nend.  \r\n'), 'One “a” line.\nTwo — end.\n');
    assert.equal(normaliseArticle('First.\nSecond.\n\n\nThird.\n'), 'First.\nSecond.\nThird.\n', 'a line that ends a sentence ends its paragraph');
    assert.equal(normaliseArticle('A headline\nFirst.\nSecond\n'), 'A headline\nFirst.\nSecond\n', 'no blank lines: every line is a paragraph');
    assert.equal(normaliseArticle('  \n\n'), '');
  });
});

describe('sahel-widgets from the packed tarball, outside the repository', () => {
  let dir = '';
  before(() => {
    assert.ok(existsSync(join(repo, 'lib/builder/bin.js')), 'lib/builder/bin.js is missing: run `npm run build` first');
    dir = mkdtempSync(join(tmpdir(), 'sahel-cli-pack-'));
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', dir], { cwd: repo, encoding: 'utf8' }).trim().split('\n').pop()!;
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'newsroom', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', `./${name}`], { cwd: dir, stdio: 'pipe' });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const npx = (args: string[], input?: string) =>
    spawnSync('npx', ['--no-install', 'sahel-widgets', ...args], { cwd: dir, encoding: 'utf8', input });

  it('init, build, check and date work as documented', () => {
    const init = npx(['init', 'tamale-floods', '--published', '2025-09-15', '--headline', 'Floods in Tamale', '--article', '-'], ARTICLE);
    assert.equal(init.status, 0, init.stderr);
    const build = npx(['build', 'tamale-floods']);
    assert.equal(build.status, 0, build.stderr);
    assert.match(build.stdout, /tamale-floods\/story\.json: written/);
    assert.equal(npx(['check', 'tamale-floods']).status, 0);
    writeFileSync(join(dir, 'tamale-floods/article.txt'), 'Changed.\n');
    const check = npx(['check', 'tamale-floods']);
    assert.equal(check.status, 1);
    const date = npx(['date', 'yesterday', '--published', '2024-04-13']);
    assert.equal(date.status, 0, date.stderr);
    assert.deepEqual(Object.keys(JSON.parse(date.stdout)).slice(0, 5), ['edtf', 'start', 'end', 'precision', 'basis']);
    const bad = npx(['date', 'someday', '--published', '2024-04-13']);
    assert.equal(bad.status, 2);
    assert.ok(npx(['--help']).stdout.includes('usage: sahel-widgets COMMAND'));
  });

  it('the typed API sahel-widgets/builder builds a story in a plain Node script', () => {
    writeFileSync(join(dir, 'api.mjs'), `import { buildStory, normaliseArticle } from 'sahel-widgets/builder';
const r = buildStory({ id: 'api', articleText: normaliseArticle(${JSON.stringify(ARTICLE)}), yamlText: 'article: { headline: H, published: "2025-09-15", byline: [], contributors: [], language: en }' });
console.log(JSON.stringify({ errors: r.errors.length, paragraphs: r.story?.article.paragraphs.length }));`);
    const out = execFileSync(process.execPath, ['api.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.deepEqual(JSON.parse(out), { errors: 0, paragraphs: 2 });
  });
});
