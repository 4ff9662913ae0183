// The CDN builds: self-contained, minified ES modules (Lit bundled in), each with its licence banner and
// dist/THIRD_PARTY_NOTICES.md:
//   dist/sahel-widgets.js        every element and the embedded default story
//   dist/sahel-widgets.core.js   every element, no embedded story (for pages that always bring their own)
// English is in both; the French, Hausa and Arabic strings are chunks of their own beside them
// (dist/sahel-widgets.<lang>-<hash>.js), and so is the embedded story of the first
// (dist/sahel-widgets.embedded-story-<hash>.js), each loaded on first use by a dynamic import relative to
// the bundle's URL: same origin as the bundle, nothing else to configure. Each chunk holds only its data
// (no import), so both builds write the same file for a locale.
import { readFileSync } from 'node:fs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import json from '@rollup/plugin-json';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { cleanChunks } from './scripts/rollup/clean-chunks.mjs';
import { minifyCssLiterals } from './scripts/rollup/minify-css-literals.mjs';
import { sharedDecorateHelper } from './scripts/rollup/shared-decorate-helper.mjs';
import { thirdPartyNotices } from './scripts/rollup/third-party-notices.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** src/index.ts without its `import './story/default-story.js'`: the elements, no embedded story. */
function withoutEmbeddedStory() {
  let dropped = false;
  return {
    name: 'without-embedded-story',
    resolveId(source, importer) {
      if (source === './story/default-story.js' && importer?.endsWith('/src/index.ts')) {
        dropped = true;
        return '\0no-embedded-story';
      }
      return null;
    },
    load: (id) => (id === '\0no-embedded-story' ? 'export {};' : null),
    buildEnd() {
      if (!dropped) this.error('src/index.ts no longer imports ./story/default-story.js: update rollup.config.mjs');
    },
  };
}

const build = (file, extra = []) => ({
  input: { [file.replace(/^dist\/|\.js$/g, '')]: 'src/index.ts' },
  output: {
    dir: 'dist',
    format: 'es',
    sourcemap: true,
    entryFileNames: '[name].js',
    chunkFileNames: 'sahel-widgets.[name]-[hash:8].js',
    hashCharacters: 'hex',
  },
  plugins: [
    ...extra,
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    json({ preferConst: true, compact: true }),
    minifyCssLiterals(),
    esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' }),
    sharedDecorateHelper(),
    thirdPartyNotices({ name: pkg.name, version: pkg.version, license: pkg.license }),
    terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: /^!/ } }),
  ],
});

// the first build clears the chunks of earlier builds (rollup runs the two in turn)
export default [build('dist/sahel-widgets.js', [cleanChunks()]), build('dist/sahel-widgets.core.js', [withoutEmbeddedStory()])];
