// `npm run analyze` → custom-elements.json, read by Storybook's docs and by IDEs.

/**
 * The analyzer also infers events from `dispatchEvent(new SomeEvent())` calls, giving nameless or
 * misnamed duplicates of what the `@fires` tags document. The JSDoc is the public API: keep those.
 */
function documentedEventsOnly() {
  return {
    name: 'documented-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((e) => e.name && e.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/builder/**'],
  outdir: '.',
  litelement: true,
  dev: false,
  plugins: [documentedEventsOnly()],
};
