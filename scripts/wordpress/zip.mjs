// npm run wordpress:zip: wordpress/sahel-widgets/ plus the bundle (dist/sahel-widgets.js and the locale chunks
// it imports on demand, dist/sahel-widgets.<lang>-<hash>.js → assets/) as
// dist/sahel-widgets-wordpress.zip, ready for Plugins → Add New → Upload Plugin. Needs `npm run build` first.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const bundle = join(repo, 'dist/sahel-widgets.js');
if (!existsSync(bundle)) {
  console.error('wordpress:zip: dist/sahel-widgets.js is missing: run `npm run build` first');
  process.exit(1);
}
const out = resolve(repo, process.argv[2] ?? 'dist/sahel-widgets-wordpress.zip');
const work = mkdtempSync(join(tmpdir(), 'sahel-wp-zip-'));
try {
  cpSync(join(repo, 'wordpress/sahel-widgets'), join(work, 'sahel-widgets'), { recursive: true });
  cpSync(bundle, join(work, 'sahel-widgets/assets/sahel-widgets.js'));
  for (const [, chunk] of readFileSync(bundle, 'utf8').matchAll(/import\("\.\/(sahel-widgets\.[\w-]+\.js)"\)/g)) {
    cpSync(join(repo, 'dist', chunk), join(work, 'sahel-widgets/assets', chunk));
  }
  cpSync(join(repo, 'LICENSE'), join(work, 'sahel-widgets/assets/LICENSE-sahel-widgets.txt'));
  rmSync(out, { force: true });
  // python3's zipfile is everywhere Debian is; `zip` may not be
  execFileSync('python3', ['-m', 'zipfile', '-c', out, 'sahel-widgets'], { cwd: work });
  console.log(`wrote ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
