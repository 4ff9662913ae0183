// Rollup plugin: removes the chunks of earlier builds from the output folder before a build writes new
// ones. Chunk names carry a hash of their content (`sahel-widgets.fr-<hash>.js`), so a changed chunk gets a
// new name and the old file would otherwise stay in dist/ and in the npm package.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export function cleanChunks({ dir = 'dist', pattern = /^sahel-widgets\.[\w-]+-[0-9a-f]{8}\.js(\.map)?$/ } = {}) {
  return {
    name: 'clean-chunks',
    buildStart() {
      let files = [];
      try {
        files = readdirSync(dir);
      } catch {
        return; // no output folder yet
      }
      for (const file of files) if (pattern.test(file)) rmSync(join(dir, file));
    },
  };
}
