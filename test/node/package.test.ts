/**
 * The package as it would be published: publint (strict, every level down to suggestions) finds nothing,
 * and `npm publish --dry-run` passes with no warning but the expected "not logged in", listing the files
 * the README promises. Needs `npm run build` first (the files are checked to exist).
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const run = promisify(execFile);
const repo = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8'));

describe('publishing', () => {
  it('publint (strict) has nothing to say', async () => {
    const { messages } = await publint({ pkgDir: repo, level: 'suggestion', strict: true });
    assert.deepEqual(messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`), []);
  });

  it('npm publish --dry-run passes, without warnings, with the promised files', async () => {
    const { stdout, stderr } = await run('npm', ['publish', '--dry-run', '--json'], { cwd: repo });
    const warnings = stderr.split('\n').filter((l) => /npm warn/.test(l) && !/requires you to be logged in/.test(l));
    assert.deepEqual(warnings, []);
    const report = JSON.parse(stdout.slice(stdout.indexOf('{')));
    const files = new Set((report.files ?? report[pkg.name]?.files ?? []).map((f: { path: string }) => f.path));
    for (const file of ['dist/sahel-widgets.js', 'dist/sahel-widgets.core.js', 'dist/THIRD_PARTY_NOTICES.md', 'custom-elements.json', 'html-custom-data.json', 'web-types.json', 'lib/react/index.js', 'lib/vue.d.ts', 'LICENSE', 'README.md', 'CHANGELOG.md']) {
      assert.ok(files.has(file), `${file} would not be published`);
    }
  });

  it('package.json says where the project lives and what it runs on', () => {
    for (const field of ['repository', 'homepage', 'bugs', 'keywords', 'engines', 'license', 'customElements', 'web-types']) {
      assert.ok(pkg[field], `package.json has no ${field}`);
    }
  });
});
