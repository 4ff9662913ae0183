// Generated from custom-elements.json by `npm run build` (after `analyze`), never edited by hand:
//   lib/react/index.js + .d.ts   @lit/react wrappers, React 18 and 19 (`sahel-widgets/react`)
//   lib/react/jsx.d.ts           JSX types of the plain tags, React 19 (`sahel-widgets/react-jsx`)
//   lib/vue.d.ts                 Vue 3 GlobalComponents (`sahel-widgets/vue`)
//   lib/svelte.d.ts              Svelte 5 element types (`sahel-widgets/svelte`)
//   html-custom-data.json        VS Code custom data
//   web-types.json               JetBrains web-types
// Everything is typed from the element classes themselves (Pick<Element, …>), so a property's type
// cannot drift from the code; the manifest decides which names are public.
//   --check   exit 1 when a generated file differs from what the manifest gives (nothing is written)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const docs = `${pkg.homepage ?? ''}`.replace(/#.*$/, '');

/** The public elements and what the generators need of each, from the manifest. */
export function readElements(manifest) {
  const classes = new Map();
  for (const mod of manifest.modules) for (const d of mod.declarations ?? []) if (d.kind === 'class') classes.set(d.name, mod.path);
  const elements = [];
  for (const mod of manifest.modules) {
    for (const d of mod.declarations ?? []) {
      if (!d.customElement || !d.tagName) continue;
      const fields = (d.members ?? []).filter((m) => m.kind === 'field' && !m.static && (m.privacy ?? 'public') === 'public');
      const events = (d.events ?? []).map((e) => ({
        ...e,
        className: e.type?.text ?? 'Event',
        module: classes.get(e.type?.text),
        reactName: `on${e.name.replace(/(^|-)([a-z])/g, (_, __, c) => c.toUpperCase())}`,
      }));
      elements.push({
        tag: d.tagName,
        className: d.name,
        module: mod.path,
        summary: d.summary ?? '',
        description: d.description ?? '',
        attributes: d.attributes ?? [],
        properties: fields.filter((f) => !f.readonly),
        readonly: fields.filter((f) => f.readonly),
        events,
        slots: d.slots ?? [],
        cssParts: d.cssParts ?? [],
        cssProperties: d.cssProperties ?? [],
      });
    }
  }
  return elements.sort((a, b) => a.tag.localeCompare(b.tag));
}

/** `'a' | 'b'` → ['a', 'b']; anything else → null. */
export function enumValues(typeText) {
  const parts = (typeText ?? '').split('|').map((s) => s.trim()).filter((s) => s && s !== 'undefined');
  return parts.length > 0 && parts.every((p) => /^'[^']*'$/.test(p)) ? parts.map((p) => p.slice(1, -1)) : null;
}

const isBoolean = (a) => a.type?.text === 'boolean';
const globalAttributes = new Set(['lang', 'dir']); // already typed by every framework's HTML attributes
const q = (s) => JSON.stringify(s);
const rel = (from, to) => {
  const r = posix.relative(posix.dirname(from), to);
  return r.startsWith('.') ? r : `./${r}`;
};
const docUrl = () => (docs ? `${docs}#the-elements` : undefined);
const header = '// Generated from custom-elements.json by scripts/frameworks/generate.mjs. Do not edit.\n';

/** Imports of the element classes and event classes, as seen from the module `from` (a lib/ path). */
function typeImports(elements, from, alias = (n) => `${n}Element`) {
  const lines = [];
  const seen = new Set();
  for (const el of elements) lines.push(`import type { ${el.className} as ${alias(el.className)} } from ${q(rel(from, el.module))};`);
  for (const el of elements) {
    for (const ev of el.events) {
      if (!ev.module || seen.has(ev.className)) continue;
      seen.add(ev.className);
      lines.push(`import type { ${ev.className} } from ${q(rel(from, ev.module))};`);
    }
  }
  return lines.join('\n');
}

/** The shared attribute props (e.g. `theme`) an element takes without a property, typed from the manifest. */
function sharedAttributeProps(el) {
  const props = new Set(el.properties.map((p) => p.name));
  return el.attributes
    .filter((a) => !a.fieldName && !props.has(a.name) && !globalAttributes.has(a.name))
    .map((a) => `  /** ${a.description ?? ''} */\n  ${q(a.name)}?: ${a.type?.text ?? 'string'};`);
}

/** Attributes spelled differently from their property (`show-sources`), typed as the property. */
function kebabAttributeProps(el, elementType) {
  return el.attributes
    .filter((a) => a.fieldName && a.fieldName !== a.name)
    .map((a) => `  /** Attribute form of \`${a.fieldName}\`. */\n  ${q(a.name)}?: ${isBoolean(a) ? 'boolean' : `${elementType}[${q(a.fieldName)}] | string`};`);
}

/** The names an element types itself, left out of the framework's generic HTML attributes. */
const ownNames = (el) =>
  [...new Set([...el.properties.map((p) => p.name), ...el.attributes.map((a) => a.name)])]
    .filter((n) => !globalAttributes.has(n))
    .map(q)
    .join(' | ') || 'never';

const pickProps = (el, elementType) =>
  el.properties.length ? `Partial<Pick<${elementType}, ${el.properties.map((p) => q(p.name)).join(' | ')}>>` : '{}';

function react(elements) {
  const js = [
    header,
    "import * as React from 'react';",
    "import { createComponent } from '@lit/react';",
    ...elements.map((el) => `import { ${el.className} as ${el.className}Element } from ${q(rel('lib/react/index.js', el.module))};`),
    '',
    ...elements.map((el) => {
      const events = el.events.map((ev) => `${ev.reactName}: ${q(ev.name)}`).join(', ');
      return `/** \`<${el.tag}>\`: ${el.summary} */\nexport const ${el.className} = createComponent({ tagName: ${q(el.tag)}, elementClass: ${el.className}Element, react: React, events: { ${events} }, displayName: ${q(el.className)} });`;
    }),
    '',
  ].join('\n');
  const dts = [
    header,
    "import type { EventName, ReactWebComponent } from '@lit/react';",
    typeImports(elements, 'lib/react/index.d.ts'),
    '',
    ...elements.map((el) => {
      const shared = sharedAttributeProps(el);
      const element = shared.length ? `${el.className}Element & {\n${shared.join('\n')}\n}` : `${el.className}Element`;
      const events = el.events.map((ev) => `  /** ${ev.description ?? ''} */\n  ${ev.reactName}: EventName<${ev.module ? ev.className : 'Event'}>;`).join('\n');
      return `/**\n * \`<${el.tag}>\` for React 18 and 19: ${el.summary}\n * Properties are set as properties (so \`false\` is false and objects pass as they are); events are \`${el.events.map((e) => e.reactName).join('`, `') || 'none'}\`.\n */\nexport declare const ${el.className}: ReactWebComponent<${element}, {\n${events}\n}>;`;
    }),
    '',
  ].join('\n');
  const jsx = [
    header,
    '// React 19 sets a prop as a property when the element has it (so `compact={false}` is false and',
    '// objects pass as they are), as an attribute otherwise, and listens to `on<event-name>` props.',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    typeImports(elements, 'lib/react/jsx.d.ts'),
    '',
    ...elements.map((el) => {
      const own = [
        ...sharedAttributeProps(el),
        ...kebabAttributeProps(el, `${el.className}Element`),
        ...el.events.map((ev) => `  /** ${ev.description ?? ''} */\n  ${q(`on${ev.name}`)}?: (event: ${ev.module ? ev.className : 'Event'}) => void;`),
      ];
      const picked = pickProps(el, `${el.className}Element`);
      const names = ownNames(el);
      return `/** Props of \`<${el.tag}>\` in JSX. */\nexport type ${el.className}JSXProps = Omit<DetailedHTMLProps<HTMLAttributes<${el.className}Element>, ${el.className}Element>, ${names}> &\n  ${picked} & {\n${own.join('\n')}\n};`;
    }),
    '',
    "declare module 'react' {",
    '  namespace JSX {',
    '    interface IntrinsicElements {',
    ...elements.map((el) => `      /** ${el.summary} */\n      ${q(el.tag)}: ${el.className}JSXProps;`),
    '    }',
    '  }',
    '}',
    '',
  ].join('\n');
  return { 'lib/react/index.js': js, 'lib/react/index.d.ts': dts, 'lib/react/jsx.d.ts': jsx, 'lib/react/jsx.js': `${header}export {};\n` };
}

function vue(elements) {
  const dts = [
    header,
    '// Vue 3: `app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith(…)` (or the same option of',
    "// @vitejs/plugin-vue), then `import type {} from 'sahel-widgets/vue'` once. Vue sets a prop as a property",
    '// when the element has it; `@sahel-select` listens to the event.',
    "import type { DefineComponent } from 'vue';",
    typeImports(elements, 'lib/vue.d.ts'),
    '',
    ...elements.map((el) => {
      const own = [
        ...sharedAttributeProps(el),
        ...kebabAttributeProps(el, `${el.className}Element`),
        ...el.events.map((ev) => `  /** ${ev.description ?? ''} */\n  ${ev.reactName}?: (event: ${ev.module ? ev.className : 'Event'}) => void;`),
      ];
      return `/** Props of \`<${el.tag}>\` in Vue templates. */\nexport type ${el.className}VueProps = ${pickProps(el, `${el.className}Element`)} & {\n${own.join('\n')}\n};`;
    }),
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
    ...elements.map((el) => `    /** ${el.summary} */\n    ${q(el.tag)}: DefineComponent<${el.className}VueProps>;`),
    '  }',
    '}',
    '',
  ].join('\n');
  return { 'lib/vue.d.ts': dts, 'lib/vue.js': `${header}export {};\n` };
}

function svelte(elements) {
  const dts = [
    header,
    "// Svelte 5: `import type {} from 'sahel-widgets/svelte'` once. Svelte sets a prop as a property when the",
    '// element has it; `onsahel-select={…}` listens to the event.',
    "import type { HTMLAttributes } from 'svelte/elements';",
    typeImports(elements, 'lib/svelte.d.ts'),
    '',
    ...elements.map((el) => {
      const own = [
        ...sharedAttributeProps(el),
        ...kebabAttributeProps(el, `${el.className}Element`),
        ...el.events.map((ev) => `  /** ${ev.description ?? ''} */\n  ${q(`on${ev.name}`)}?: (event: ${ev.module ? ev.className : 'Event'}) => void;`),
      ];
      const names = ownNames(el);
      return `/** Attributes and properties of \`<${el.tag}>\` in Svelte markup. */\nexport type ${el.className}SvelteProps = Omit<HTMLAttributes<${el.className}Element>, ${names}> & ${pickProps(el, `${el.className}Element`)} & {\n${own.join('\n')}\n};`;
    }),
    '',
    "declare module 'svelte/elements' {",
    '  interface SvelteHTMLElements {',
    ...elements.map((el) => `    ${q(el.tag)}: ${el.className}SvelteProps;`),
    '  }',
    '}',
    '',
  ].join('\n');
  return { 'lib/svelte.d.ts': dts, 'lib/svelte.js': `${header}export {};\n` };
}

/** Markdown description with the element's API, as both IDEs show it on hover. */
function describe(el) {
  const parts = [el.description || el.summary];
  const list = (title, items, fmt) => items.length && parts.push(`**${title}:** ${items.map(fmt).join('; ')}`);
  list('Events', el.events, (e) => `\`${e.name}\` ${e.description ?? ''}`.trim());
  list('Slots', el.slots, (s) => `${s.name ? `\`${s.name}\`` : '(default)'} ${s.description ?? ''}`.trim());
  list('CSS parts', el.cssParts, (p) => `\`::part(${p.name})\``);
  list('CSS custom properties', el.cssProperties, (p) => `\`${p.name}\``);
  return parts.join('\n\n');
}

function vscode(elements) {
  const data = {
    $schema: 'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((el) => ({
      name: el.tag,
      description: { kind: 'markdown', value: describe(el) },
      attributes: el.attributes.map((a) => {
        const values = enumValues(a.type?.text);
        return {
          name: a.name,
          description: { kind: 'markdown', value: [a.description, a.default !== undefined ? `Default: \`${a.default}\`` : ''].filter(Boolean).join('\n\n') },
          ...(values ? { values: values.map((name) => ({ name })) } : {}),
          ...(isBoolean(a) ? { valueSet: 'v' } : {}),
        };
      }),
      ...(docUrl(el) ? { references: [{ name: 'Documentation', url: docUrl(el) }] } : {}),
    })),
  };
  return { 'html-custom-data.json': `${JSON.stringify(data, null, 2)}\n` };
}

function jetbrains(elements) {
  const data = {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((el) => ({
          name: el.tag,
          description: describe(el),
          ...(docUrl(el) ? { 'doc-url': docUrl(el) } : {}),
          source: { module: `${pkg.name}/${el.module.replace(/^lib\//, '').replace(/\.js$/, '')}`, symbol: el.className },
          attributes: el.attributes.map((a) => {
            const values = enumValues(a.type?.text);
            return {
              name: a.name,
              description: a.description ?? '',
              ...(a.default !== undefined ? { default: a.default } : {}),
              value: isBoolean(a) ? { type: 'boolean', required: false } : { type: values ? 'enum' : (a.type?.text ?? 'string'), kind: 'plain' },
              ...(values ? { values: values.map((name) => ({ name })) } : {}),
            };
          }),
          slots: el.slots.map((s) => ({ name: s.name ?? '', description: s.description ?? '' })),
          js: {
            properties: [...el.properties, ...el.readonly].map((p) => ({
              name: p.name,
              description: p.description ?? '',
              ...(p.type?.text ? { type: p.type.text } : {}),
              ...(p.readonly ? { 'read-only': true } : {}),
            })),
            events: el.events.map((e) => ({ name: e.name, description: e.description ?? '' })),
          },
          css: {
            parts: el.cssParts.map((p) => ({ name: p.name, description: p.description ?? '' })),
            properties: el.cssProperties.map((p) => ({ name: p.name, description: p.description ?? '', ...(p.default ? { default: p.default } : {}) })),
          },
        })),
      },
    },
  };
  return { 'web-types.json': `${JSON.stringify(data, null, 2)}\n` };
}

export function generate(manifest) {
  const elements = readElements(manifest);
  return { ...react(elements), ...vue(elements), ...svelte(elements), ...vscode(elements), ...jetbrains(elements) };
}

function main(argv) {
  const manifestPath = join(root, 'custom-elements.json');
  if (!existsSync(manifestPath)) {
    console.error('frameworks: custom-elements.json is missing; run `npm run analyze` first');
    return 1;
  }
  const files = generate(JSON.parse(readFileSync(manifestPath, 'utf8')));
  const stale = Object.entries(files).filter(([f, text]) => !existsSync(join(root, f)) || readFileSync(join(root, f), 'utf8') !== text);
  if (argv.includes('--check')) {
    for (const [f] of stale) console.error(`frameworks: ${f} is out of date with custom-elements.json; run \`npm run build\``);
    return stale.length ? 1 : 0;
  }
  for (const [f, text] of stale) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    writeFileSync(join(root, f), text);
  }
  console.log(`frameworks: ${Object.keys(files).length} files from custom-elements.json (${stale.length} rewritten)`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
