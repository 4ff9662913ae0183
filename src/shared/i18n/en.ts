import type { ActorKind, DatePrecision, QuoteMedium } from '../../story/types.js';

const plural = new Intl.PluralRules('en');

/**
 * English UI strings: the reference locale. `Strings` is derived from this object, so every
 * other locale must define every key. Messages with parameters are functions.
 */
export const en = {
  /** Primary language subtag these strings are written in. */
  lang: 'en',

  // States
  loading: 'Loading story…',
  errorTitle: 'This story could not be shown',
  retry: 'Try again',
  invalid: (problem: string) => `The story data is invalid: ${problem}`,
  notFound: (kind: 'actor' | 'quote' | 'event' | 'place', id: string) => `No ${kind} “${id}” in this story`,

  // Quotes and actors
  medium: {
    spoken: 'said',
    sign: 'on a protest sign',
    broadcast: 'in a television broadcast',
    statement: 'in a written statement',
  } satisfies Record<QuoteMedium, string>,
  actorKind: {
    person: 'Person',
    organization: 'Organization',
    country: 'Country',
    group: 'Group',
  } satisfies Record<ActorKind, string>,
  unnamed: 'Unnamed',
  anonymousSource: 'Anonymous source',
  affiliations: 'Affiliations',
  quotes: 'Quotes',
  mentions: (n: number) => (plural.select(n) === 'one' ? 'mentioned once' : `mentioned ${n.toLocaleString('en')} times`),

  // Sources
  showSource: 'Show source',
  hideSource: 'Hide source',
  copy: 'Copy',
  copied: 'Copied',
  source: 'Source:',
  externalDate: 'date from outside the article',

  // Timeline
  timeline: 'Timeline',
  events: 'Events',
  noEvents: 'No events',
  allActors: 'All actors',
  filterByActor: 'Filter by actor',

  // Fuzzy dates (see story/fuzzy-date.ts); `s` is an already formatted date.
  /** Spring, summer, autumn, winter, as they read inside a phrase (capitalised at the start of a label). */
  seasons: ['spring', 'summer', 'autumn', 'winter'],
  week: (s: string) => `week of ${s}`,
  /** The date as it reads after a qualifier ("around the week of …"); `range` is a day range. */
  article: (s: string, precision: DatePrecision | 'range') => (precision === 'week' ? `the ${s}` : s),
  approx: (s: string, long: boolean) => (long ? `around ${s}` : `c. ${s}`),
  uncertain: (s: string, long: boolean) => (long ? `possibly ${s}` : `${s}?`),
  /** Spoken ranges: the words before the start and between the ends ("March 12 to 14"). */
  range: (_precision: DatePrecision, _first: string): [string, string] => ['', ' to '],
};
