// Keeps the licence notices of the third-party code bundled into a CDN file: a `/*! … */` banner (kept by
// terser) naming each bundled package, its version and licence, and `THIRD_PARTY_NOTICES.md` beside the
// bundle with each package's full licence text, as BSD-3-Clause (Lit) requires for redistribution.
import { readFileSync, readdirSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The package (name, version, licence, licence text) a bundled module file belongs to, or null for ours. */
function packageOf(id, cache) {
  const at = id.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0 || id.startsWith('\0')) return null;
  const rest = id.slice(at + 14).split(sep);
  const dir = id.slice(0, at + 14) + (rest[0].startsWith('@') ? join(rest[0], rest[1]) : rest[0]);
  if (!cache.has(dir)) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const file = readdirSync(dir).find((f) => /^(licen[sc]e|copying)(\.(md|txt))?$/i.test(f));
    cache.set(dir, { name: pkg.name, version: pkg.version, license: pkg.license, text: file ? readFileSync(join(dir, file), 'utf8').trim() : '' });
  }
  return cache.get(dir);
}

export function thirdPartyNotices({ name, version, license, file = 'THIRD_PARTY_NOTICES.md' }) {
  const cache = new Map();
  const bundled = (ids) =>
    [...new Map(ids.map((id) => packageOf(id, cache)).filter(Boolean).map((p) => [p.name, p])).values()].sort((a, b) => a.name.localeCompare(b.name));
  return {
    name: 'third-party-notices',
    banner(chunk) {
      const list = bundled(chunk.moduleIds).map((p) => `${p.name} ${p.version} (${p.license})`).join(', ');
      if (!list) return `/*! ${name} ${version} (${license}) */`;
      return `/*! ${name} ${version} (${license}) | bundles ${list}; licence texts: ${file} (beside this file, and in the npm package) */`;
    },
    generateBundle(_options, bundle) {
      const ids = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? c.moduleIds : []));
      const packages = bundled(ids);
      const missing = packages.filter((p) => !p.text);
      if (missing.length) this.error(`no licence file in ${missing.map((p) => p.name).join(', ')}`);
      const body = packages.map((p) => `## ${p.name} ${p.version} (${p.license})\n\n\`\`\`\n${p.text}\n\`\`\``).join('\n\n');
      this.emitFile({
        type: 'asset',
        fileName: file,
        source: `# Third-party notices\n\nThe CDN builds of ${name} (\`dist/*.js\`) bundle the following packages. Their licences require these notices to be kept.\n\n${body}\n`,
      });
    },
  };
}

