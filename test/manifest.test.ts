/**
 * custom-elements.json tells the truth: Storybook's docs, the IDE data and the React/Vue/Svelte types are
 * all generated from it, so a wrong manifest means wrong docs and wrong types everywhere. Compared here
 * with the real elements (their observed attributes, Lit's reactive properties, their instances), every
 * discrepancy collected into one list so that a failure names them all.
 * Needs `npm run build` (lib/ and custom-elements.json); `npm test` builds first.
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as lib from '../src/index.js';


interface Attribute { name: string; fieldName?: string; type?: { text: string } }
interface Member { kind: string; name: string; privacy?: string; static?: boolean; attribute?: string; reflects?: boolean; type?: { text: string } }
interface Declaration { kind: string; name: string; tagName?: string; customElement?: boolean; attributes?: Attribute[]; members?: Member[]; events?: { name: string; type?: { text: string } }[] }
interface Module { path: string; declarations?: Declaration[]; exports?: { kind: string; name: string; declaration: { name: string; module?: string } }[] }

const manifest: { modules: Module[] } = await (await fetch('/custom-elements.json')).json();
const elements = manifest.modules.flatMap((mod) => (mod.declarations ?? []).filter((d) => d.customElement).map((decl) => ({ mod, decl })));
/** Attributes every widget takes without a property: read by the host styles, or HTML global ones. */
const shared = new Set(['theme', 'lang', 'dir']);

type ReactiveClass = typeof HTMLElement & {
  observedAttributes: string[];
  elementProperties: Map<string, { attribute?: string | boolean; reflect?: boolean; type?: unknown; state?: boolean }>;
};

describe('custom-elements.json', () => {
  it('names only shipped modules, and every one of them exists', async () => {
    const problems: string[] = [];
    for (const mod of manifest.modules) {
      if (!/^lib\/.+\.js$/.test(mod.path)) problems.push(`${mod.path}: not a shipped module (lib/…/*.js)`);
      else if (!(await fetch(`/${mod.path}`, { method: 'HEAD' })).ok) problems.push(`${mod.path}: no such file (run \`npm run build\`)`);
      for (const e of mod.exports ?? []) {
        if (e.declaration.module && !/^lib\/.+\.js$/.test(e.declaration.module)) problems.push(`${mod.path}: export ${e.name} from ${e.declaration.module}`);
      }
    }
    expect(problems).to.deep.equal([]);
  });

  it('defines exactly the elements the package registers, each under its real tag', () => {
    const problems: string[] = [];
    const definitions = manifest.modules.flatMap((mod) => (mod.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
    for (const def of definitions) {
      const ctor = customElements.get(def.name);
      if (!ctor) problems.push(`<${def.name}>: declared but never registered`);
      else if (ctor.name !== def.declaration.name) problems.push(`<${def.name}>: registered as ${ctor.name}, declared as ${def.declaration.name}`);
    }
    const classes = Object.entries(lib).filter(([, v]) => typeof v === 'function' && v.prototype instanceof HTMLElement);
    for (const [name, ctor] of classes) {
      const tag = customElements.getName(ctor as CustomElementConstructor);
      const decl = elements.find((e) => e.decl.name === name)?.decl;
      if (!decl) problems.push(`${name}: registered as <${tag}> but missing from the manifest`);
      else if (decl.tagName !== tag) problems.push(`${name}: manifest tag <${decl.tagName}>, registered as <${tag}>`);
    }
    expect(classes.length).to.be.greaterThan(4);
    expect(problems).to.deep.equal([]);
  });

  it('lists each element’s real attributes and properties, and nothing else', () => {
    const problems: string[] = [];
    for (const { decl } of elements) {
      const tag = decl.tagName!;
      const ctor = customElements.get(tag) as ReactiveClass | undefined;
      if (!ctor) continue; // reported above
      const el = document.createElement(tag);
      const attributes = new Map((decl.attributes ?? []).map((a) => [a.name, a]));
      const fields = new Map((decl.members ?? []).filter((m) => !m.static && (m.privacy ?? 'public') === 'public').map((m) => [m.name, m]));
      const observed = new Set(ctor.observedAttributes);
      for (const name of observed) if (!attributes.has(name)) problems.push(`<${tag}> observes [${name}], the manifest does not list it`);
      for (const name of attributes.keys()) {
        if (!observed.has(name) && !shared.has(name)) problems.push(`<${tag}> [${name}]: in the manifest, not an attribute of the element`);
      }
      if (tag !== 'sahel-story') for (const name of shared) if (!attributes.has(name)) problems.push(`<${tag}>: shared attribute [${name}] missing`);
      for (const [name, options] of ctor.elementProperties) {
        if (options.state) continue;
        const field = fields.get(name);
        if (!field) {
          problems.push(`<${tag}>.${name}: a public reactive property the manifest does not list`);
          continue;
        }
        const attribute = options.attribute === false ? undefined : typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
        if (field.attribute !== attribute) problems.push(`<${tag}>.${name}: attribute ${attribute} in the element, ${field.attribute} in the manifest`);
        if (Boolean(field.reflects) !== Boolean(options.reflect)) problems.push(`<${tag}>.${name}: reflects ${Boolean(options.reflect)} in the element, ${Boolean(field.reflects)} in the manifest`);
        if ((options.type === Boolean) !== (field.type?.text === 'boolean')) problems.push(`<${tag}>.${name}: type ${field.type?.text} in the manifest`);
      }
      for (const [name, member] of fields) {
        if (!(name in el)) problems.push(`<${tag}>.${name}: in the manifest, not on the element`);
        else if (member.kind === 'method' && typeof (el as unknown as Record<string, unknown>)[name] !== 'function') problems.push(`<${tag}>.${name}(): not a method`);
        else if (member.kind === 'field' && name.startsWith('on') && !member.type) problems.push(`<${tag}>.${name}: an undocumented field`);
      }
      for (const event of decl.events ?? []) {
        const cls = event.type?.text && (lib as Record<string, unknown>)[event.type.text];
        if (typeof cls !== 'function') problems.push(`<${tag}> fires ${event.name}: its class ${event.type?.text} is not exported`);
      }
    }
    expect(elements.length).to.be.greaterThan(4);
    expect(problems).to.deep.equal([]);
  });

  it('the shared attributes have their effect on every widget', async () => {
    const problems: string[] = [];
    for (const { decl } of elements) {
      if (!decl.attributes?.some((a) => a.name === 'theme')) continue;
      const tag = decl.tagName!;
      const host = await fixture<HTMLElement>(html`<div style="color-scheme: light" lang="en"></div>`);
      const el = document.createElement(tag);
      el.setAttribute('theme', 'dark');
      host.append(el);
      await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
      if (getComputedStyle(el).colorScheme !== 'dark') problems.push(`<${tag} theme="dark">: color-scheme is ${getComputedStyle(el).colorScheme}`);
      for (const name of ['lang', 'dir']) if (!(name in HTMLElement.prototype)) problems.push(`[${name}] is not an HTML global attribute`);
    }
    expect(problems).to.deep.equal([]);
  });
});
