// Rollup plugin, after esbuild: esbuild writes its `__decorateClass` helper (TypeScript's legacy decorators,
// which Lit's `@property` uses) into every module that has a decorator, so the CDN build carried one copy per
// element. This moves the helper into one shared module that each of them imports. The shared copy is
// esbuild's own text, taken from the first module; a module whose helper reads differently (another esbuild
// version) keeps its own, with a warning, so the build never changes behaviour, only size.

const ID = '\0esbuild-decorate-class';
const HELPER = /^var (__defProp\w*) = Object\.defineProperty;\nvar (__getOwnPropDesc\w*) = Object\.getOwnPropertyDescriptor;\nvar (__decorateClass\w*) = (\((\w+), (\w+), (\w+), (\w+)\) => \{\n[\s\S]*?\n\});\n/m;

export function sharedDecorateHelper() {
  let body = null;
  return {
    name: 'shared-decorate-helper',
    resolveId: (source) => (source === ID ? ID : null),
    load(id) {
      if (id !== ID) return null;
      return `var __defProp = Object.defineProperty;\nvar __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nexport var __decorateClass = ${body};\n`;
    },
    transform(code, id) {
      if (id === ID) return null;
      const m = HELPER.exec(code);
      if (!m) {
        if (/\bvar __decorateClass\w* =/.test(code)) this.warn(`${id}: esbuild's decorator helper reads differently; kept in place`);
        return null;
      }
      const [whole, defProp, getDesc, name, fn, ...params] = m;
      // esbuild renames a parameter that a module-level name shadows (`key2`): compare with canonical names
      let generic = fn.replaceAll(defProp, '__defProp').replaceAll(getDesc, '__getOwnPropDesc');
      params.forEach((p, i) => (generic = generic.replace(new RegExp(`\\b${p}\\b`, 'g'), ['decorators', 'target', 'key', 'kind'][i])));
      body ??= generic;
      const rest = code.slice(0, m.index) + code.slice(m.index + whole.length);
      // the import takes the helper's place, padded to its line count: the rest of the module keeps its lines,
      // so the source map of the earlier transforms still holds (`map: null`)
      const lines = whole.split('\n').length - 1;
      const uses = (v) => new RegExp(`\\b${v.replace(/\$/g, '\\$')}\\b`).test(rest);
      if (generic !== body || uses(defProp) || uses(getDesc)) {
        this.warn(`${id}: esbuild's decorator helper differs from the shared one; kept in place`);
        return null;
      }
      const imported = `import { __decorateClass as ${name} } from ${JSON.stringify(ID)};${'\n'.repeat(lines)}`;
      return { code: code.slice(0, m.index) + imported + code.slice(m.index + whole.length), map: null };
    },
  };
}
