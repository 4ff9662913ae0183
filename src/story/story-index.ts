import { inSlices, runToEnd } from './slices.js';
import type { Actor, Correction, Figure, ItemKind, Paragraph, Place, Quote, Relation, Story, TimelineEvent } from './types.js';

/** The key of one item in the by-item look-ups: `place:niamey`. */
export const itemKey = (kind: ItemKind, id: string): string => `${kind}:${id}`;

/** Look-ups derived once from a valid story, so widgets never search lists while rendering. */
export interface StoryIndex {
  actors: ReadonlyMap<string, Actor>;
  quotes: ReadonlyMap<string, Quote>;
  events: ReadonlyMap<string, TimelineEvent>;
  places: ReadonlyMap<string, Place>;
  figures: ReadonlyMap<string, Figure>;
  relations: ReadonlyMap<string, Relation>;
  paragraphs: ReadonlyMap<string, Paragraph>;
  /** Events by `when.start`, then `when.end`, then their order in the story. */
  eventsByDate: readonly TimelineEvent[];
  /** Quotes of each speaker, in story order. */
  quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  /** Events each actor takes part in, by date. */
  eventsByActor: ReadonlyMap<string, readonly TimelineEvent[]>;
  corrections: ReadonlyMap<string, Correction>;
  /** Figures about each actor (`figure.actors`), in story order. */
  figuresByActor: ReadonlyMap<string, readonly Figure[]>;
  /** Figures each actor gives (`figure.claimedBy`), in story order. */
  figuresByClaimant: ReadonlyMap<string, readonly Figure[]>;
  /**
   * For each figure that contests or is contested: every figure of its dispute (linked through `contests`
   * either way, itself included), in story order.
   */
  contestGroups: ReadonlyMap<string, readonly Figure[]>;
  /** For each figure linked by `sameAs` (either way): every statement of the same amount, itself included, in story order. */
  sameAmount: ReadonlyMap<string, readonly Figure[]>;
  /** Places that lie directly in each place (`place.in`), in story order. */
  placesByParent: ReadonlyMap<string, readonly Place[]>;
  /** Relations at either end of each item, by {@link itemKey} (`actor:niger`), in story order. */
  relationsByItem: ReadonlyMap<string, readonly Relation[]>;
  /** Corrections concerning each item, by {@link itemKey}, in story order. */
  correctionsByItem: ReadonlyMap<string, readonly Correction[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

function groupBy<T>(items: readonly T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    for (const key of keys(item)) {
      const group = groups.get(key);
      if (group) group.push(item);
      else groups.set(key, [item]);
    }
  }
  return groups;
}

/**
 * Groups of figures joined by links (`[figure, linked ids]`, either direction), each group in story order;
 * figures without any link are left out.
 */
function linkedGroups(figures: readonly Figure[], links: (f: Figure) => readonly string[]): Map<string, Figure[]> {
  const byId = new Set(figures.map((f) => f.id));
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => next.set(a, [...(next.get(a) ?? []), b]);
  for (const f of figures) {
    for (const id of links(f)) {
      if (!byId.has(id)) continue;
      link(f.id, id);
      link(id, f.id);
    }
  }
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (groups.has(f.id) || !next.has(f.id)) continue;
    const members = new Set([f.id]);
    for (const id of members) for (const n of next.get(id) ?? []) members.add(n);
    const group = figures.filter((x) => members.has(x.id));
    for (const id of members) groups.set(id, group);
  }
  return groups;
}

/** Comparison of ISO days without parsing: they sort as strings. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.when.start !== b.when.start) return a.when.start < b.when.start ? -1 : 1;
  if (a.when.end !== b.when.end) return a.when.end < b.when.end ? -1 : 1;
  return 0;
}

/**
 * The index, pausing (yielding) after its costly parts, so that a long story can be indexed across tasks (see
 * {@link indexStoryInSlices}). Events are the long list of long stories; every other part is one quick pass.
 */
function* build(story: Story): Generator<void, StoryIndex, void> {
  // Array.prototype.sort is stable, so equal dates keep the story's order.
  const eventsByDate = [...story.events].sort(compareEvents);
  yield;
  const events = byId(story.events);
  yield;
  const eventsByActor = groupBy(eventsByDate, (e) => e.actors);
  yield;
  return {
    actors: byId(story.actors),
    quotes: byId(story.quotes),
    events,
    places: byId(story.places),
    figures: byId(story.figures),
    relations: byId(story.relations),
    paragraphs: byId(story.article.paragraphs),
    eventsByDate,
    quotesBySpeaker: groupBy(story.quotes, (q) => [q.speaker]),
    eventsByActor,
    corrections: byId(story.corrections ?? []),
    figuresByActor: groupBy(story.figures, (f) => f.actors ?? []),
    figuresByClaimant: groupBy(story.figures, (f) => (f.claimedBy === undefined ? [] : [f.claimedBy])),
    contestGroups: linkedGroups(story.figures, (f) => f.contests ?? []),
    sameAmount: linkedGroups(story.figures, (f) => (f.sameAs === undefined ? [] : [f.sameAs])),
    placesByParent: groupBy(story.places, (p) => (p.in === undefined ? [] : [p.in])),
    relationsByItem: groupBy(story.relations, (r) => [...new Set([itemKey(r.fromKind ?? 'actor', r.from), itemKey(r.toKind ?? 'actor', r.to)])]),
    correctionsByItem: groupBy(story.corrections ?? [], (c) => [...new Set(c.items.map((i) => itemKey(i.kind, i.id)))]),
  };
}

/** Pure: the same story gives an equal index. Assumes the story is valid. */
export function indexStory(story: Story): StoryIndex {
  return runToEnd(build(story));
}

/**
 * {@link indexStory} across tasks: parts are built for about `slice` ms, then `pause()` lets the page run (see
 * `inSlices`). Resolves to `null`, unfinished, once `stop()` says the story was replaced meanwhile.
 */
export function indexStoryInSlices(story: Story, stop: () => boolean, pause?: () => Promise<void>, slice?: number): Promise<StoryIndex | null> {
  const steps = build(story);
  return inSlices(() => steps.next(), stop, pause, slice);
}
