import type { Story } from '../../src/story/types.js';

/** A tiny valid story, unrelated to any real article, with a headline to tell stories apart. */
export function tinyStory(id: string, headline: string): Story {
  const text = 'Ana Reyes opened the bridge on Monday.';
  return {
    version: 1,
    id,
    article: { headline, published: '2025-05-05', byline: [], contributors: [], language: 'en', paragraphs: [{ id: 'p1', text }] },
    actors: [{ id: 'reyes', name: 'Ana Reyes', kind: 'person', affiliations: [], aliases: [], mentions: [{ paragraph: 'p1', start: 0, end: 9 }] }],
    quotes: [],
    events: [{
      id: 'opening', title: 'Bridge opens', actors: ['reyes'], places: [],
      when: { edtf: '2025-05-05', start: '2025-05-05', end: '2025-05-05', precision: 'day', phrase: 'on Monday', basis: 'resolved' },
      source: { paragraph: 'p1', start: 0, end: text.length },
    }],
    places: [], figures: [], relations: [],
  };
}

/**
 * Gives an actor of `story` another name, keeping the old one as an alias: the validator checks that every
 * mention reads as one of the actor's names, so a test that renames an actor keeps its mentions valid.
 */
export function renameActor(story: Story, id: string, name: string): void {
  const actor = story.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`no actor "${id}"`);
  actor.aliases = [...actor.aliases, actor.name];
  actor.name = name;
}
