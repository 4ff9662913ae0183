// Rollup plugin: minifies the CSS inside Lit `css\`…\`` literals of our sources (comments, white
// space, the last semicolon of a block), including literals with `${…}` interpolations (the text between
// them is minified, the expressions are kept, and nested literals inside them are minified too). In
// `html`, `staticHtml` and `svg` literals, white space that holds a line break (the source's indentation)
// becomes one space: the same DOM (every text node stays, a white-space-only one stays white space) and
// the same rendering, since no template has preformatted text. Literals with a backslash escape are left
// as they are. Every byte ships to every reader of every article; Lit minifies neither.

/** Minifies one stylesheet's text. Exported for tests. */
export function minifyCss(text) {
  return minifyCssPart(text).trim();
}

/**
 * Minifies a piece of stylesheet text that an interpolation may follow or precede: white space at its
 * edges is kept as one space (`${host} .list` needs its descendant combinator), except next to `{};,>`.
 * A number's leading zero goes (`0.5em` → `.5em`) after a space, `:`, `,` or `(` only, never at the edge
 * (after an interpolation it may be the end of another number), and `!important` loses its space.
 */
function minifyCssPart(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .replace(/([ :,(]-?)0\.(\d)/g, '$1.$2')
    .replace(/ !important/g, '!important');
}

/** Template text of an `html`/`svg` literal: indentation and line breaks collapsed to one space. */
const minifyMarkupPart = (text) => text.replace(/\s*\n\s*/g, ' ');

/** What a tag's literals are: `css`, `markup` (html, staticHtml, svg) or neither (null). */
const TAGS = /\b(?:(css)|(html|staticHtml|svg))$/;
const kindOf = (before) => {
  const m = TAGS.exec(before);
  return m ? (m[1] ? 'css' : 'markup') : null;
};

/**
 * Reads the template literal whose text starts at `i` (just after its backtick), of `kind` (see `kindOf`).
 * Returns its rewritten text (without backticks) and the index of its closing backtick, or null if the
 * source ends first.
 */
function readTemplate(code, i, kind) {
  const parts = [];
  const exprs = [];
  let cur = '';
  let escaped = false;
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      escaped = true;
      cur += c + code[i + 1];
      i += 2;
    } else if (c === '`') {
      parts.push(cur);
      const last = parts.length - 1;
      const minify =
        !kind || escaped ? (p) => p
        : kind === 'markup' ? minifyMarkupPart
        : (p, k) => {
            let m = minifyCssPart(p);
            if (k === 0) m = m.trimStart();
            if (k === last) m = m.trimEnd();
            return m;
          };
      return { text: parts.map((p, k) => (k ? `\${${exprs[k - 1]}}` : '') + minify(p, k)).join(''), end: i };
    } else if (c === '$' && code[i + 1] === '{') {
      const expr = readExpression(code, i + 2);
      if (!expr) return null;
      parts.push(cur);
      exprs.push(expr.text);
      cur = '';
      i = expr.end + 1;
    } else {
      cur += c;
      i++;
    }
  }
  return null;
}

/** Reads a `${…}` expression from `i` (after `${`): its rewritten text and the index of its closing brace. */
function readExpression(code, i) {
  let depth = 1;
  let text = '';
  while (i < code.length) {
    const c = code[i];
    if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < code.length && code[j] !== c) j += code[j] === '\\' ? 2 : 1;
      text += code.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      const inner = readTemplate(code, i + 1, kindOf(text));
      if (!inner) return null;
      text += `\`${inner.text}\``;
      i = inner.end + 1;
    } else {
      if (c === '{') depth++;
      else if (c === '}' && --depth === 0) return { text, end: i };
      text += c;
      i++;
    }
  }
  return null;
}

/** Every `css`, `html`, `staticHtml` and `svg` literal of a module's source, minified. Exported for tests. */
export function minifyCssLiteralsIn(code) {
  let out = '';
  let at = 0;
  const start = /\b(?:css|html|staticHtml|svg)`/g;
  for (let m = start.exec(code); m; m = start.exec(code)) {
    const open = m.index + m[0].length;
    const literal = readTemplate(code, open, kindOf(m[0].slice(0, -1)));
    if (!literal) break;
    out += code.slice(at, open) + literal.text;
    at = literal.end;
    start.lastIndex = literal.end + 1;
  }
  return out + code.slice(at);
}

export function minifyCssLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !/\b(?:css|html|staticHtml|svg)`/.test(code)) return null;
      const out = minifyCssLiteralsIn(code);
      return out === code ? null : { code: out, map: null };
    },
  };
}
