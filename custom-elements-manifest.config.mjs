import { posix } from 'node:path';

// `npm run analyze` → custom-elements.json, read by Storybook's docs, IDEs and the generated framework
// entries (scripts/frameworks/generate.mjs). test/manifest.test.ts checks it against the real elements.

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

/**
 * Our `customElement(tag)` decorator (src/shared/custom-element.ts) calls `customElements.define(tag, ctor)`,
 * which the analyzer reads as the definition of an element named `tag`. Only definitions whose declaration
 * is a class of the manifest marked as a custom element are real.
 */
function realDefinitionsOnly() {
  return {
    name: 'real-definitions-only',
    packageLinkPhase({ customElementsManifest }) {
      const elements = new Set();
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) if (decl.customElement) elements.add(`${mod.path}#${decl.name}`);
      }
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || elements.has(`${e.declaration.module ?? mod.path}#${e.declaration.name}`),
        );
      }
    },
  };
}

/**
 * `this._store.onRetry = …` in a constructor is read as a public field `onRetry` of the element. A member
 * the analyzer found only that way has neither a type, a description nor an attribute: not public API.
 */
function declaredMembersOnly() {
  return {
    name: 'declared-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.members) continue;
          decl.members = decl.members.filter(
            (m) => m.kind !== 'field' || m.privacy || m.type || m.description || m.attribute || m.inheritedFrom,
          );
        }
      }
    },
  };
}

/**
 * Attributes every widget takes without declaring them as properties: read by the shared host styles
 * (src/shared/host-styles.ts) or inherited from the page like any HTML global attribute. Listed on every
 * element so that IDEs, the framework types and the docs show them; test/manifest.test.ts checks that each
 * one really has its effect on every element.
 */
export const sharedAttributes = [
  {
    name: 'theme',
    type: { text: "'light' | 'dark'" },
    description: "Forces a colour scheme ('light' or 'dark'); by default the page's inherited `color-scheme` decides.",
  },
  {
    name: 'lang',
    type: { text: 'string' },
    description:
      'HTML global attribute, inherited: the widget\'s UI strings (English, French, …) follow the nearest `lang`, on the element or any ancestor. The story\'s own text keeps the story\'s language.',
  },
  {
    name: 'dir',
    type: { text: "'ltr' | 'rtl' | 'auto'" },
    description: 'HTML global attribute, inherited: the widget lays out in the direction of the nearest `dir`.',
  },
];

function sharedAttributesOnEveryElement() {
  return {
    name: 'shared-attributes',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement || !decl.tagName || decl.tagName === 'sahel-story') continue; // the provider renders nothing
          decl.attributes ??= [];
          for (const shared of sharedAttributes) {
            const own = decl.attributes.find((a) => a.name === shared.name);
            if (own) own.description ||= shared.description;
            else decl.attributes.push({ ...shared, type: { ...shared.type } });
          }
        }
      }
    },
  };
}

/**
 * The analyzer names the TypeScript sources (`src/…/x.ts`), which are not in the package: point every
 * path at the shipped module (`lib/…/x.js`, tsc's output beside its `.d.ts`).
 */
function shippedPaths() {
  // re-exports keep their specifier (`./elements/x/x.js`): resolved against the module that re-exports
  const shipped = (path, from) =>
    (path.startsWith('.') ? posix.join(posix.dirname(from), path) : path).replace(/^src\/(.*)\.[jt]s$/, 'lib/$1.js');
  const visit = (node, from) => {
    if (Array.isArray(node)) return node.forEach((n) => visit(n, from));
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value, from);
      else visit(value, from);
    }
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const from = mod.path;
        visit(mod, from);
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
  plugins: [documentedEventsOnly(), realDefinitionsOnly(), declaredMembersOnly(), sharedAttributesOnEveryElement(), shippedPaths()],
};
