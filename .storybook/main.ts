import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * package.json `sideEffects` describes the published files (`lib/`, `dist/`), so to a bundler every module
 * under `src/` looks side-effect free, and the static build drops `import '../src/index.js'` and the element
 * modules: no element is defined and every story is an empty tag (the build still "succeeds").
 * Here our own sources keep their side effects (registration, the embedded story, the context root).
 */
function sourcesHaveSideEffects(): Plugin {
  return {
    name: 'sahel-sources-have-side-effects',
    enforce: 'post',
    transform(code, id) {
      const file = id.split('?')[0];
      if (!/\/src\/.*\.ts$/.test(file) || file.includes('/node_modules/')) return null;
      return { code, map: null, moduleSideEffects: true };
    },
  };
}

/**
 * Storybook for the widgets. The project uses legacy decorators (`experimentalDecorators`,
 * `useDefineForClassFields: false`), which Vite 8's Oxc transform lowers by itself, reading tsconfig.json:
 * no decorator plugin is needed (TOOLCHAIN.md §6). `scripts/storybook/check-stories.mjs` proves the
 * stories really render.
 */
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/docs/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // The fixture stories (a second, non-Niger story; invalid and non-JSON files) are fetched by
  // `<sahel-story src>` like any story a CMS hosts: served as plain files under /fixtures/.
  // The story JSON Schema is served too, so the "Story format" page can link to it.
  staticDirs: [
    { from: '../test/fixtures', to: '/fixtures' },
    { from: '../schema', to: '/schema' },
  ],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  async viteFinal(config) {
    config.plugins = [...(config.plugins ?? []), sourcesHaveSideEffects()];
    // Dev server: pre-bundle Lit together with Storybook's renderer, so both use one copy of lit-html
    // (otherwise Lit warns "Multiple versions of Lit loaded": the renderer's lit/directive-helpers.js
    // would load a second lit-html). The static build bundles one copy anyway.
    config.optimizeDeps = {
      ...config.optimizeDeps,
      include: [...(config.optimizeDeps?.include ?? []), 'lit', 'lit/decorators.js', 'lit/directives/if-defined.js', 'lit/directives/style-map.js', 'lit/directives/guard.js', 'lit/directive-helpers.js', '@lit/context'],
    };
    // The preview bundle is large by nature (Storybook, axe for the a11y panel, the docs renderer).
    config.build = { ...config.build, chunkSizeWarningLimit: 2500 };
    return config;
  },
};

export default config;
