/**
 * The CDN build's CSS minifier: literals with `${…}` interpolations are minified around them (keeping the
 * space a descendant combinator needs), nested `css` literals inside them too, and the expressions and
 * everything outside `css` literals stay as written.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error: a plain .mjs module without types
import { minifyCssLiteralsIn } from '../../scripts/rollup/minify-css-literals.mjs';

const minify = minifyCssLiteralsIn as (code: string) => string;

describe('minify-css-literals', () => {
  it('minifies the text between interpolations and keeps each interpolation’s descendant combinator', () => {
    const code = 'const h = (host) => css`\n  ${host} .list { display: flex; }\n  ${host} .item > b { color: red; }\n`;';
    assert.equal(minify(code), 'const h = (host) => css`${host} .list{display:flex}${host} .item>b{color:red}`;');
  });

  it('minifies nested css literals inside an interpolation, and leaves other templates and strings alone', () => {
    const code = "export const s = css`\n  a { color: red; }\n  @media screen {\n    ${h(css`:host([x='1'])`)}\n    ${`  keep  `} ${'}'}\n  }\n`;\nconst t = `  not css  `;";
    assert.equal(minify(code), "export const s = css`a{color:red}@media screen{${h(css`:host([x='1'])`)} ${`  keep  `} ${'}'}}`;\nconst t = `  not css  `;");
  });

  it('leaves a literal with a backslash escape as written', () => {
    const code = "css`\n  .a::before { content: '\\2014'; }\n`";
    assert.equal(minify(code), code);
  });
});
