// Rollup plugin: minifies the CSS inside Lit `css\`…\`` literals of our sources (comments, white
// space, the last semicolon of a block). Literals with `${…}` interpolations are left as they are.
// Every byte ships to every reader of every article; Lit never minifies styles itself.

/** Minifies one stylesheet's text. Exported for tests. */
export function minifyCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim();
}

export function minifyCssLiterals({ include = /\/src\/.*\.ts$/ } = {}) {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!include.test(id) || !code.includes('css`')) return null;
      const out = code.replace(/\bcss`([^`]*)`/g, (whole, body) => (body.includes('${') || body.includes('\\') ? whole : `css\`${minifyCss(body)}\``));
      return out === code ? null : { code: out, map: null };
    },
  };
}
