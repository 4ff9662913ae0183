/**
 * Reference tables for the MDX docs, read from the code so they cannot drift: the story fields from the
 * JSON Schema (generated from src/story/types.ts), the global tokens from the shared host styles, and each
 * element's CSS custom properties from custom-elements.json (the `@cssprop` tags of its JSDoc).
 */
import { getCustomElements } from '@storybook/web-components-vite';
import { hostStyles } from '../../../src/shared/host-styles.js';
import schema from '../../../schema/story.schema.json';

export interface Row {
  name: string;
  type: string;
  required: boolean;
  description: string;
}

interface SchemaNode {
  type?: string;
  $ref?: string;
  enum?: string[];
  const?: unknown;
  items?: SchemaNode;
  description?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  pattern?: string;
  minLength?: number;
  minItems?: number;
  minimum?: number;
}

const definitions = (schema as { definitions: Record<string, SchemaNode> }).definitions;

function typeOf(node: SchemaNode): string {
  if (node.$ref) {
    const name = node.$ref.split('/').pop() ?? '';
    const target = definitions[name];
    // small aliases (Id, IsoDay, enums) read better spelled out
    if (target && !target.properties) return target.enum ? target.enum.map((v) => `"${v}"`).join(' | ') : name;
    return name;
  }
  if (node.const !== undefined) return JSON.stringify(node.const);
  if (node.enum) return node.enum.map((v) => `"${v}"`).join(' | ');
  if (node.type === 'array') return `${node.items ? typeOf(node.items) : 'unknown'}[]`;
  return node.type ?? 'unknown';
}

function constraints(node: SchemaNode): string {
  const target = node.$ref ? definitions[node.$ref.split('/').pop() ?? ''] : undefined;
  const notes: string[] = [];
  const pattern = node.pattern ?? target?.pattern;
  if (pattern) notes.push(`pattern \`${pattern}\``);
  if (node.minLength) notes.push('not empty');
  if (node.minItems) notes.push(`at least ${node.minItems}`);
  return notes.length ? ` (${notes.join('; ')})` : '';
}

/** The fields of one object of the story format (`Story`, `Article`, `Actor`, …). */
export function fields(name: string): Row[] {
  const node = name === 'Story' ? (schema as SchemaNode) : definitions[name];
  if (!node?.properties) throw new Error(`no object "${name}" in schema/story.schema.json`);
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties).map(([field, prop]) => {
    const target = prop.$ref ? definitions[prop.$ref.split('/').pop() ?? ''] : undefined;
    return {
      name: field,
      type: typeOf(prop),
      required: required.has(field),
      description: (prop.description ?? target?.description ?? '') + constraints(prop),
    };
  });
}

/** Every object type of the format, in the order the schema defines them. */
export const objectTypes = ['Story', ...Object.keys(definitions).filter((k) => definitions[k].properties)];

export interface Token {
  name: string;
  default: string;
  description?: string;
}

/** What each global token is for. The list of tokens and their defaults come from the code. */
export const tokenMeanings: Record<string, string> = {
  '--sahel-color-text': 'Text of every widget.',
  '--sahel-color-muted': 'Secondary text: dates, roles, labels, summaries.',
  '--sahel-color-surface': 'Background of cards, boxes and popovers.',
  '--sahel-color-accent': 'Quotation marks, timeline dots and rules, links, source bars.',
  '--sahel-color-border': 'Borders, the timeline rail, button outlines.',
  '--sahel-color-highlight': 'Background of what concerns the selected actor, and of cited words.',
  '--sahel-color-focus': 'The keyboard focus outline.',
  '--sahel-color-danger': 'Error states.',
  '--sahel-radius': 'Corner radius of cards, chips and buttons.',
  '--sahel-space-s': 'Small gaps: between a label and its value, icon and text.',
  '--sahel-space-m': 'Medium gaps: between the lines of a card, list items, status messages.',
  '--sahel-space-l': 'Large gaps: card and box padding, between groups.',
};

/** The global `--sahel-*` tokens every widget reads (from src/shared/host-styles.ts), with their defaults. */
export function globalTokens(): Token[] {
  const css = hostStyles.cssText;
  return [...css.matchAll(/var\((--sahel-[\w-]+),\s*([^;]+)\);/g)].map((m) => ({
    name: m[1],
    default: m[2].trim(),
    description: tokenMeanings[m[1]],
  }));
}

interface ManifestDeclaration {
  tagName?: string;
  summary?: string;
  cssProperties?: { name: string; default?: string; description?: string }[];
  cssParts?: { name: string; description?: string }[];
}

function declarations(): ManifestDeclaration[] {
  const manifest = getCustomElements() as { modules?: { declarations?: ManifestDeclaration[] }[] } | undefined;
  return (manifest?.modules ?? []).flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
}

/** Each element's own custom properties (`@cssprop`), from custom-elements.json. */
export function elementTokens(): { tag: string; tokens: Token[] }[] {
  return declarations()
    .filter((d) => d.cssProperties?.length)
    .map((d) => ({ tag: d.tagName ?? '', tokens: (d.cssProperties ?? []).map((p) => ({ name: p.name, default: p.default ?? '', description: p.description })) }));
}

/** Each element's parts (`@csspart`), from custom-elements.json. */
export function elementParts(): { tag: string; parts: { name: string; description?: string }[] }[] {
  return declarations()
    .filter((d) => d.cssParts?.length)
    .map((d) => ({ tag: d.tagName ?? '', parts: d.cssParts ?? [] }));
}
