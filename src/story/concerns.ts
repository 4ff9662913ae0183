import type { Selection } from './state.js';
import type { StoryIndex } from './story-index.js';
import { itemKey } from './story-index.js';
import type { ItemKind, Relation } from './types.js';

/**
 * What a selection concerns, by kind of item: the ids every widget highlights. The selected item is in
 * the set of its own kind.
 */
export interface Concerned {
  actors: ReadonlySet<string>;
  events: ReadonlySet<string>;
  quotes: ReadonlySet<string>;
  places: ReadonlySet<string>;
  figures: ReadonlySet<string>;
  relations: ReadonlySet<string>;
}

const lists = { actor: 'actors', event: 'events', quote: 'quotes', place: 'places', figure: 'figures' } as const satisfies Record<ItemKind, keyof Concerned>;

const none: Concerned = Object.freeze({
  actors: new Set<string>(),
  events: new Set<string>(),
  quotes: new Set<string>(),
  places: new Set<string>(),
  figures: new Set<string>(),
  relations: new Set<string>(),
});

/** One cached answer per index: a selection changes often, the index rarely, and every widget asks. */
const cache = new WeakMap<StoryIndex, { kind: string; id: string; value: Concerned }>();

/**
 * What the selection concerns in the story, for linked selection across widgets (pure; cached per index):
 * - an actor: its events, quotes, figures it gives or is about, its relations, the places of its events and relations;
 * - a place: the places inside it, the events there, the quotes and figures cited from paragraphs that mention it,
 *   the actors of that country (for a country) or tied to it by a relation, its relations;
 * - an event: its actors and places, the quotes and figures cited from its paragraph, its relations;
 * - a quote: its speaker (and the parts of the same utterance), the places its paragraph mentions, the events
 *   cited from that paragraph, its relations;
 * - a figure: the same amount in another currency or unit (not the claims disputing it), who gives it and whom it is about, the places its paragraph
 *   mentions, its relations;
 * - a relation: the items at its two ends.
 * Relations touching any item above are included for the item itself only (not transitively).
 */
export function concerned(selection: Selection | null, index: StoryIndex | null): Concerned {
  if (!selection || !index) return none;
  const hit = cache.get(index);
  if (hit && hit.kind === selection.kind && hit.id === selection.id) return hit.value;
  const value = compute(selection, index);
  cache.set(index, { kind: selection.kind, id: selection.id, value });
  return value;
}

function compute({ kind, id }: Selection, index: StoryIndex): Concerned {
  const out = { actors: new Set<string>(), events: new Set<string>(), quotes: new Set<string>(), places: new Set<string>(), figures: new Set<string>(), relations: new Set<string>() };
  const ends = (r: Relation): [ItemKind, string][] => [
    [r.fromKind ?? 'actor', r.from],
    [r.toKind ?? 'actor', r.to],
  ];
  /** Relations of one item, and (when `withEnds`) the items at their other ends. */
  const relationsOf = (k: ItemKind, itemId: string, withEnds: boolean) => {
    for (const r of index.relationsByItem.get(itemKey(k, itemId)) ?? []) {
      out.relations.add(r.id);
      if (withEnds) for (const [ek, eid] of ends(r)) if (ek === 'place' || ek === 'actor') out[lists[ek]].add(eid);
    }
  };
  /** Places mentioned in a paragraph. */
  const placesIn = (paragraph: string) => {
    for (const p of index.places.values()) if (p.mentions.some((m) => m.paragraph === paragraph)) out.places.add(p.id);
  };
  const citedFrom = (paragraph: string, kinds: ('events' | 'quotes' | 'figures')[]) => {
    if (kinds.includes('events')) for (const e of index.events.values()) if (e.source.paragraph === paragraph) out.events.add(e.id);
    if (kinds.includes('quotes')) for (const q of index.quotes.values()) if (q.source.paragraph === paragraph) out.quotes.add(q.id);
    if (kinds.includes('figures')) for (const f of index.figures.values()) if (f.source.paragraph === paragraph) out.figures.add(f.id);
  };

  if (kind === 'actor') {
    if (!index.actors.has(id)) return out;
    out.actors.add(id);
    for (const e of index.eventsByActor.get(id) ?? []) {
      out.events.add(e.id);
      for (const p of e.places) out.places.add(p);
    }
    for (const q of index.quotesBySpeaker.get(id) ?? []) out.quotes.add(q.id);
    for (const f of [...(index.figuresByActor.get(id) ?? []), ...(index.figuresByClaimant.get(id) ?? [])]) out.figures.add(f.id);
    for (const r of index.relationsByItem.get(itemKey('actor', id)) ?? []) {
      out.relations.add(r.id);
      for (const [ek, eid] of ends(r)) if (ek === 'place') out.places.add(eid);
    }
  } else if (kind === 'place') {
    const place = index.places.get(id);
    if (!place) return out;
    // the place and every place inside it, however deep
    out.places.add(id);
    for (const p of out.places) for (const child of index.placesByParent.get(p) ?? []) out.places.add(child.id);
    for (const e of index.events.values()) if (e.places.some((p) => out.places.has(p))) out.events.add(e.id);
    for (const paragraph of new Set(place.mentions.map((m) => m.paragraph))) citedFrom(paragraph, ['quotes', 'figures']);
    if (place.kind === 'country' && place.country) for (const a of index.actors.values()) if (a.kind === 'country' && a.country === place.country) out.actors.add(a.id);
    for (const p of [...out.places]) relationsOf('place', p, true);
  } else if (kind === 'event') {
    const event = index.events.get(id);
    if (!event) return out;
    out.events.add(id);
    for (const a of event.actors) out.actors.add(a);
    for (const p of event.places) out.places.add(p);
    citedFrom(event.source.paragraph, ['quotes', 'figures']);
    relationsOf('event', id, false);
  } else if (kind === 'quote') {
    const quote = index.quotes.get(id);
    if (!quote) return out;
    out.quotes.add(id);
    // the other parts of one utterance split by its attribution
    for (const q of index.quotes.values()) if (q.continues === id || quote.continues === q.id) out.quotes.add(q.id);
    out.actors.add(quote.speaker);
    placesIn(quote.source.paragraph);
    citedFrom(quote.source.paragraph, ['events']);
    relationsOf('quote', id, false);
  } else if (kind === 'figure') {
    const figure = index.figures.get(id);
    if (!figure) return out;
    out.figures.add(id);
    for (const f of index.sameAmount.get(id) ?? []) out.figures.add(f.id);
    if (figure.claimedBy) out.actors.add(figure.claimedBy);
    for (const a of figure.actors ?? []) out.actors.add(a);
    placesIn(figure.source.paragraph);
    relationsOf('figure', id, false);
  } else if (kind === 'relation') {
    const relation = index.relations.get(id);
    if (!relation) return out;
    out.relations.add(id);
    for (const [ek, eid] of ends(relation)) out[lists[ek]].add(eid);
  }
  return out;
}
