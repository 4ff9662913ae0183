/**
 * The CDN build's literal minifier: CSS literals with `${…}` interpolations are minified around them (keeping
 * the space a descendant combinator needs), nested literals inside them too; html/svg templates lose their
 * indentation (one space stays); the expressions and everything outside tagged literals stay as written.
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

  it('collapses the indentation of html and svg templates to one space, keeping their expressions', () => {
    const code = "html`<p>\n      ${a ? html`<b>\n  x</b>` : ''}\n    </p>\n    <span class=\"a  b\">${'\\n  '}</span>`; svg`<g>\n  <path d=\"M0 0\"/>\n</g>`;";
    assert.equal(minify(code), "html`<p> ${a ? html`<b> x</b>` : ''} </p> <span class=\"a  b\">${'\\n  '}</span>`; svg`<g> <path d=\"M0 0\"/> </g>`;");
  });

  it('drops the leading zero of numbers and the space before !important, but not next to an interpolation', () => {
    const code = 'css`\n  a { margin: 0.5em -0.25em 0 10.5px; opacity: 0.4 !important; color: rgb(0 0 0 / 0.85); }\n  b { width: calc(100% - 0.5rem); line-height: 1.05; }\n  c { padding: ${n}0.5em; }\n`';
    assert.equal(
      minify(code),
      'css`a{margin:.5em -.25em 0 10.5px;opacity:.4!important;color:rgb(0 0 0 / .85)}b{width:calc(100% - .5rem);line-height:1.05}c{padding:${n}0.5em}`',
    );
  });

  it('leaves a literal with a backslash escape as written', () => {
    const code = "css`\n  .a::before { content: '\\2014'; }\n`";
    assert.equal(minify(code), code);
  });
});
