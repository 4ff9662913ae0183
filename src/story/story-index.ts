import type { Actor, Figure, Paragraph, Place, Quote, Relation, Story, TimelineEvent } from './types.js';

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

/** Comparison of ISO days without parsing: they sort as strings. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  if (a.when.start !== b.when.start) return a.when.start < b.when.start ? -1 : 1;
  if (a.when.end !== b.when.end) return a.when.end < b.when.end ? -1 : 1;
  return 0;
}

/** Pure: the same story gives an equal index. Assumes the story is valid. */
export function indexStory(story: Story): StoryIndex {
  // Array.prototype.sort is stable, so equal dates keep the story's order.
  const eventsByDate = [...story.events].sort(compareEvents);
  return {
    actors: byId(story.actors),
    quotes: byId(story.quotes),
    events: byId(story.events),
    places: byId(story.places),
    figures: byId(story.figures),
    relations: byId(story.relations),
    paragraphs: byId(story.article.paragraphs),
    eventsByDate,
    quotesBySpeaker: groupBy(story.quotes, (q) => [q.speaker]),
    eventsByActor: groupBy(eventsByDate, (e) => e.actors),
  };
}
