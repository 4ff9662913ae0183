import { expect } from '@open-wc/testing';
import { indexStory } from '../src/story/story-index.js';
import type { Story, TimelineEvent } from '../src/story/types.js';

function event(id: string, start: string, end: string, actors: string[] = []): TimelineEvent {
  return {
    id, title: id, actors, places: [],
    when: { edtf: start, start, end, precision: 'day', basis: 'article' },
    source: { paragraph: 'p1', start: 0, end: 1 },
  };
}

describe('indexStory', () => {
  const story: Story = {
    version: 1, id: 's',
    article: { headline: 'h', published: '2024-01-01', byline: [], contributors: [], language: 'en', paragraphs: [{ id: 'p1', text: 'x' }] },
    actors: [], quotes: [], places: [], figures: [], relations: [],
    events: [event('late', '2024-03-01', '2024-03-01', ['a']), event('year', '2023-01-01', '2023-12-31', ['a']), event('day', '2023-01-01', '2023-01-01')],
  };

  it('sorts events by start, then end', () => {
    expect(indexStory(story).eventsByDate.map((e) => e.id)).to.deep.equal(['day', 'year', 'late']);
  });

  it('groups an actor\'s events by date', () => {
    expect(indexStory(story).eventsByActor.get('a')?.map((e) => e.id)).to.deep.equal(['year', 'late']);
  });
});
