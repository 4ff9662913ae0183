import { expect } from '@open-wc/testing';
import { indexStory, indexStoryInSlices, itemKey } from '../src/story/story-index.js';
import type { Figure, Place, Story, TimelineEvent } from '../src/story/types.js';

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

  describe('look-ups of the model for real news', () => {
    const src = { paragraph: 'p1', start: 0, end: 1 };
    const fig = (id: string, more: Partial<Figure> = {}): Figure => ({ id, value: 1, unit: 'u', label: id, source: src, ...more });
    const place = (id: string, parent?: string): Place => ({ id, name: id, kind: 'site', ...(parent ? { in: parent } : {}), mentions: [] });
    const rich: Story = {
      ...story,
      figures: [
        fig('police', { claimedBy: 'cops', actors: ['crowd'] }),
        fig('organizers', { claimedBy: 'org', actors: ['crowd'], contests: ['police'] }),
        fig('naira', { currency: 'NGN' }),
        fig('dollars', { currency: 'USD', sameAs: 'naira' }),
        fig('third', { contests: ['organizers'] }),
        fig('alone'),
      ],
      places: [place('country'), place('city', 'country'), place('square', 'city'), place('dam', 'country')],
      relations: [
        { id: 'r1', from: 'a', to: 'city', toKind: 'place', kind: 'k', label: 'l', source: src },
        { id: 'r2', from: 'a', to: 'b', kind: 'k', label: 'l', source: src },
        { id: 'r3', from: 'late', fromKind: 'event', to: 'a', kind: 'k', label: 'l', source: src },
      ],
      corrections: [
        { id: 'c1', text: 'x', source: src, items: [{ kind: 'figure', id: 'naira' }, { kind: 'actor', id: 'a' }] },
        { id: 'c2', text: 'x', source: src, items: [{ kind: 'actor', id: 'a' }, { kind: 'actor', id: 'a' }] },
      ],
    };
    const index = indexStory(rich);
    const ids = (list: readonly { id: string }[] | undefined) => list?.map((x) => x.id);

    it('finds figures by the actors they count and by who claims them', () => {
      expect(ids(index.figuresByActor.get('crowd'))).to.deep.equal(['police', 'organizers']);
      expect(ids(index.figuresByClaimant.get('org'))).to.deep.equal(['organizers']);
      expect(index.figuresByClaimant.has('crowd')).to.equal(false);
    });

    it('groups contested figures through links either way, and same amounts', () => {
      for (const id of ['police', 'organizers', 'third']) expect(ids(index.contestGroups.get(id))).to.deep.equal(['police', 'organizers', 'third']);
      expect(index.contestGroups.has('alone')).to.equal(false);
      expect(ids(index.sameAmount.get('naira'))).to.deep.equal(['naira', 'dollars']);
      expect(index.sameAmount.get('dollars')).to.equal(index.sameAmount.get('naira'));
      expect(index.sameAmount.has('police')).to.equal(false);
    });

    it('finds places by parent, and relations and corrections by item', () => {
      expect(ids(index.placesByParent.get('country'))).to.deep.equal(['city', 'dam']);
      expect(ids(index.placesByParent.get('city'))).to.deep.equal(['square']);
      expect(ids(index.relationsByItem.get(itemKey('actor', 'a')))).to.deep.equal(['r1', 'r2', 'r3']);
      expect(ids(index.relationsByItem.get('place:city'))).to.deep.equal(['r1']);
      expect(ids(index.relationsByItem.get('event:late'))).to.deep.equal(['r3']);
      expect(index.relationsByItem.has('actor:city')).to.equal(false);
      expect(ids(index.correctionsByItem.get('actor:a'))).to.deep.equal(['c1', 'c2']);
      expect(ids(index.correctionsByItem.get('figure:naira'))).to.deep.equal(['c1']);
      expect(index.corrections.get('c2')?.id).to.equal('c2');
    });

    it('is empty for a story without the new fields', () => {
      const plain = indexStory(story);
      for (const map of [plain.corrections, plain.contestGroups, plain.sameAmount, plain.placesByParent, plain.relationsByItem, plain.correctionsByItem]) {
        expect(map.size).to.equal(0);
      }
    });
  });

  describe('in slices (indexStoryInSlices)', () => {
    const long: Story = { ...story, events: Array.from({ length: 2000 }, (_, i) => event(`e${i}`, `20${String(i % 30).padStart(2, '0')}-01-01`, '2030-01-01', [`a${i % 7}`])) };

    it('gives the index indexStory gives, pausing between parts', async () => {
      let pauses = 0;
      const index = await indexStoryInSlices(long, () => false, async () => void pauses++, 0);
      expect(pauses).to.equal(3);
      expect(index).to.deep.equal(indexStory(long));
    });

    it('stops, resolving to null, once told the story was replaced', async () => {
      expect(await indexStoryInSlices(long, () => true, () => Promise.resolve(), 0)).to.equal(null);
    });
  });
});
