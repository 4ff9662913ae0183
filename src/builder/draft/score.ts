/**
 * `sahel-widgets score DRAFT GOLD`: how close a draft story is to a reviewed one, section by section:
 * quotes by their exact words; speakers of the quotes both have; actors and places by name or alias;
 * events by date span and precision; figures by value and unit; relations by the pair they join.
 */
import type { Actor, FuzzyDate, Place, Story } from '../../story/types.js';
import { normalise } from './text.js';

export interface SectionScore {
  precision: number;
  recall: number;
  /** Items of the draft that match, items of the draft, items of the gold story. */
  matched: number;
  drafted: number;
  gold: number;
}

export type Scores = Record<'quotes' | 'speakers' | 'actors' | 'events' | 'figures' | 'places' | 'relations', SectionScore>;

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
const section = (matchedDraft: number, drafted: number, matchedGold: number, gold: number): SectionScore => ({
  precision: ratio(matchedDraft, drafted),
  recall: ratio(matchedGold, gold),
  matched: matchedDraft,
  drafted,
  gold,
});

/** One-to-one matching, greedy in list order. */
function match<A, B>(draft: readonly A[], gold: readonly B[], same: (a: A, b: B) => boolean): Map<A, B> {
  const pairs = new Map<A, B>();
  const taken = new Set<B>();
  for (const a of draft) {
    const b = gold.find((g) => !taken.has(g) && same(a, g));
    if (b !== undefined) {
      pairs.set(a, b);
      taken.add(b);
    }
  }
  return pairs;
}

const bare = (name: string) => normalise(name).replace(/^(?:the|a|an|one)\s+/, '').replace(/[’']s$/, '');
const names = (x: Actor | Place | undefined): Set<string> => new Set(x ? [x.name, ...("aliases" in x ? x.aliases : [])].map(bare) : []);
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((n) => b.has(n));
/** "families" ~ "riverside families", "personnel" ~ "US military personnel". */
const head = (unit: string | undefined) => {
  const word = (unit ?? '').toLowerCase().trim().split(/\s+/).at(-1)?.replace(/(?:ies)$/, 'y').replace(/s$/, '') ?? '';
  // the usual forms the builder accepts for one unit (data/README.md): "km" is "kilometres"
  return UNIT_FORMS[word] ?? word;
};
const UNIT_FORMS: Readonly<Record<string, string>> = { kilometre: 'km', kilometer: 'km', mw: 'mw', megawatt: 'mw', gw: 'gw', gigawatt: 'gw', tonne: 'tonne', ton: 'tonne', '%': 'percent', metre: 'metre', meter: 'metre', person: 'people' };

/**
 * The same days at the same precision. A date given as a run of days (an editor's `start`/`end`
 * has precision `day`) says nothing of precision, so it matches the very same days at any precision:
 * `2025-10-01..2025-10-31` is October (`2025-10`).
 */
export function sameWhen(a: Pick<FuzzyDate, 'start' | 'end' | 'precision'>, b: Pick<FuzzyDate, 'start' | 'end' | 'precision'>): boolean {
  if (a.start !== b.start || a.end !== b.end) return false;
  return a.precision === b.precision || a.precision === 'day' || b.precision === 'day';
}

export function scoreStory(draft: Story, gold: Story): Scores {
  const dActors = new Map(draft.actors.map((a) => [a.id, a]));
  const gActors = new Map(gold.actors.map((a) => [a.id, a]));
  const dPlaces = new Map(draft.places.map((p) => [p.id, p]));
  const gPlaces = new Map(gold.places.map((p) => [p.id, p]));

  const quotes = match(draft.quotes, gold.quotes, (a, b) => normalise(a.text) === normalise(b.text));
  let speakersRight = 0;
  for (const [d, g] of quotes) if (overlaps(names(dActors.get(d.speaker)), names(gActors.get(g.speaker)))) speakersRight++;

  const actors = match(draft.actors, gold.actors, (a, b) => overlaps(names(a), names(b)));
  const places = match(draft.places, gold.places, (a, b) => overlaps(names(a), names(b)));
  const events = match(draft.events, gold.events, (a, b) => sameWhen(a.when, b.when) && a.source.paragraph === b.source.paragraph);
  const eventsAnywhere = match(draft.events.filter((e) => !events.has(e)), gold.events.filter((g) => ![...events.values()].includes(g)), (a, b) => sameWhen(a.when, b.when));
  const sameValue = (a: Story['figures'][number], b: Story['figures'][number]) => (a.value !== undefined && a.value === b.value) || (a.min !== undefined && a.min === b.min && a.max === b.max);
  const figures = match(draft.figures, gold.figures, (a, b) => sameValue(a, b) && ((a.currency !== undefined && a.currency === b.currency) || (a.unit !== undefined && b.unit !== undefined && head(a.unit) === head(b.unit))));
  const endNames = (s: Story, id: string, kind: string | undefined, actorsById: Map<string, Actor>, placesById: Map<string, Place>) =>
    kind === 'place' ? names(placesById.get(id)) : kind === undefined || kind === 'actor' ? names(actorsById.get(id)) : new Set([`${kind}:${id}`]);
  const relations = match(draft.relations, gold.relations, (a, b) => {
    const [af, at] = [endNames(draft, a.from, a.fromKind, dActors, dPlaces), endNames(draft, a.to, a.toKind, dActors, dPlaces)];
    const [bf, bt] = [endNames(gold, b.from, b.fromKind, gActors, gPlaces), endNames(gold, b.to, b.toKind, gActors, gPlaces)];
    return (overlaps(af, bf) && overlaps(at, bt)) || (overlaps(af, bt) && overlaps(at, bf));
  });

  const withSpeaker = [...quotes.keys()].length;
  const eventMatches = events.size + eventsAnywhere.size;
  return {
    quotes: section(quotes.size, draft.quotes.length, quotes.size, gold.quotes.length),
    speakers: section(speakersRight, withSpeaker, speakersRight, gold.quotes.length),
    actors: section(actors.size, draft.actors.length, actors.size, gold.actors.length),
    events: section(eventMatches, draft.events.length, eventMatches, gold.events.length),
    figures: section(figures.size, draft.figures.length, figures.size, gold.figures.length),
    places: section(places.size, draft.places.length, places.size, gold.places.length),
    relations: section(relations.size, draft.relations.length, relations.size, gold.relations.length),
  };
}

const pct = (n: number) => n.toFixed(2);

/** A table, then one summary line. */
export function formatScores(scores: Scores, label = ''): string[] {
  const rows = Object.entries(scores).map(([name, s]) => `${name.padEnd(9)}  P ${pct(s.precision)}  R ${pct(s.recall)}  (${s.matched} of ${s.drafted} drafted match; ${s.gold} in the gold story)`);
  const summary = `score${label ? ` ${label}` : ''}: ${Object.entries(scores).map(([name, s]) => `${name} ${pct(s.precision)}/${pct(s.recall)}`).join(', ')}`;
  return [...rows, summary];
}
