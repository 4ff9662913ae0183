/**
 * The CDN build's one copy of esbuild's decorator helper: each decorated module imports it instead of
 * defining its own, including a module where esbuild renamed a parameter; a helper that reads differently
 * stays in place.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { transformSync } from 'esbuild';
// @ts-expect-error: a plain .mjs module without types
import { sharedDecorateHelper } from '../../scripts/rollup/shared-decorate-helper.mjs';

const compile = (source: string) =>
  transformSync(source, { loader: 'ts', target: 'es2022', tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } } }).code;
const decorated = (extra = '') => compile(`${extra}\nconst d = (t: object, k: string) => {};\nexport class A { @d x = 1; }`);

describe('shared-decorate-helper', () => {
  it('replaces each module’s helper with an import of one shared copy, lines kept', () => {
    const plugin = sharedDecorateHelper();
    const warnings: string[] = [];
    const ctx = { warn: (w: string) => warnings.push(w) };
    const plain = decorated();
    const shadowed = decorated('export const key = 1;'); // esbuild names the helper's parameter `key2`
    assert.match(shadowed, /key2/);
    for (const code of [plain, shadowed]) {
      const out = plugin.transform.call(ctx, code, '/src/x.ts');
      assert.ok(out, 'transformed');
      assert.doesNotMatch(out.code, /=>\s*\{\n\s*var result/);
      assert.match(out.code, /^import \{ __decorateClass as __decorateClass\w* \} from "\\u0000esbuild-decorate-class";/m);
      assert.equal(out.code.split('\n').length, code.split('\n').length);
    }
    const shared = plugin.load(plugin.resolveId('\0esbuild-decorate-class'));
    assert.match(shared, /export var __decorateClass = \(decorators, target, key, kind\) =>/);
    assert.deepEqual(warnings, []);
  });

  it('keeps a helper that reads differently, and says so', () => {
    const plugin = sharedDecorateHelper();
    const warnings: string[] = [];
    const ctx = { warn: (w: string) => warnings.push(w) };
    plugin.transform.call(ctx, decorated(), '/src/a.ts');
    const odd = decorated().replace('var result = kind > 1', 'var result = kind > 2');
    assert.equal(plugin.transform.call(ctx, odd, '/src/b.ts'), null);
    assert.equal(warnings.length, 1);
  });
});
