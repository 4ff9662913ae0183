/**
 * The chunks a CDN bundle loads on demand (`dist/sahel-widgets.fr-<hash>.js`, …): the file names its
 * dynamic imports name, each a sibling of the bundle. Whoever copies or serves the bundle (the embed pages,
 * the preview server) copies or serves these beside it. Node-only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** File names (no directory) of the chunks `bundle` imports, that exist beside it. */
export function bundleChunks(bundle: string): string[] {
  const names = new Set<string>();
  for (const m of readFileSync(bundle, 'utf8').matchAll(/\bimport\("\.\/([\w.-]+\.js)"\)/g)) names.add(m[1]);
  return [...names].filter((name) => existsSync(join(dirname(bundle), name)));
}
