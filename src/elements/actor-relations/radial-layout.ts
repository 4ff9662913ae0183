/**
 * The relations diagram's geometry, shared by `<actor-relations>` and the builder's fallback HTML (which
 * draws the same diagram as static SVG): pure, no DOM, no custom element.
 */
import type { ItemKind, Relation } from '../../story/types.js';

/** One end of a relation. */
export interface End {
  kind: ItemKind;
  id: string;
}
export const ends = (r: Relation): [End, End] => [
  { kind: r.fromKind ?? 'actor', id: r.from },
  { kind: r.toKind ?? 'actor', id: r.to },
];
export const key = (e: End) => `${e.kind}:${e.id}`;

/** A node of the diagram, placed in the 640 × 440 box. */
export interface Node {
  end: End;
  x: number;
  y: number;
  /** Where the label goes: `start` to the right of the node, `end` to the left, `middle` below. */
  anchor: 'start' | 'end' | 'middle';
}

export const W = 640;
export const H = 440;

/**
 * A radial layout: the ego (or else the most connected item) in the centre, every other item on a circle,
 * in breadth-first order from the centre so that neighbours sit together. Pure; a few dozen items at most.
 */
export function radialLayout(relations: readonly Relation[], ego?: End): Node[] {
  const nodes = new Map<string, End>();
  const links = new Map<string, Set<string>>();
  for (const r of relations) {
    const [a, b] = ends(r).map((e) => (nodes.set(key(e), e), key(e)));
    links.set(a, (links.get(a) ?? new Set()).add(b));
    links.set(b, (links.get(b) ?? new Set()).add(a));
  }
  if (!nodes.size) return [];
  let centre = ego && nodes.has(key(ego)) ? key(ego) : '';
  if (!centre) for (const k of nodes.keys()) if (!centre || (links.get(k)?.size ?? 0) > (links.get(centre)?.size ?? 0)) centre = k;
  // breadth-first from the centre, then whatever is not connected to it
  const order: string[] = [centre];
  for (let i = 0; i < order.length || order.length < nodes.size; i++) {
    if (i >= order.length) order.push([...nodes.keys()].find((k) => !order.includes(k)) as string);
    for (const next of links.get(order[i]) ?? []) if (!order.includes(next)) order.push(next);
  }
  const ring = order.slice(1);
  const r = Math.min(W, H) / 2 - 48;
  const placed: Node[] = [{ end: nodes.get(centre) as End, x: W / 2, y: H / 2, anchor: 'middle' }];
  ring.forEach((k, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
    const x = W / 2 + r * 1.25 * Math.cos(angle);
    const y = H / 2 + r * Math.sin(angle);
    const c = Math.cos(angle);
    placed.push({ end: nodes.get(k) as End, x, y, anchor: Math.abs(c) < 0.2 ? 'middle' : c > 0 ? 'start' : 'end' });
  });
  return placed;
}
