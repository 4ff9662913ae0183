import type { ActorKind, DatePrecision, PlaceKind, QuoteMedium } from '../../story/types.js';

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

  // Actor badge and list
  /** The toggle that makes every widget of the story highlight one actor. */
  highlight: 'Highlight in this article',
  /** Screen-reader state of a badge whose actor is highlighted. */
  highlighted: 'highlighted',
  /** Headings of the groups of the actor list. */
  actorKinds: {
    person: 'People',
    organization: 'Organizations',
    country: 'Countries',
    group: 'Groups',
  } satisfies Record<ActorKind, string>,
  cast: 'Who’s who',
  sortBy: 'Sort by',
  sortByMentions: 'Most mentioned',
  sortByName: 'Name',

  // Sources
  showSource: 'Show source',
  hideSource: 'Hide source',
  copy: 'Copy',
  copied: 'Copied',
  source: 'Source:',
  externalDate: 'date from outside the article',

  // Quote card
  /** Typographic quotation marks the card adds around a quote. */
  openQuote: '“',
  closeQuote: '”',
  /** Screen-reader words for the visible […] between the parts of a quote the article interrupts. */
  quoteBreak: '(the quote resumes)',
  /** The medium as a label beside its icon. */
  quoteMedium: {
    spoken: 'Spoken',
    sign: 'Protest sign',
    broadcast: 'Television broadcast',
    statement: 'Written statement',
  } satisfies Record<QuoteMedium, string>,
  /**
   * After an anonymous speaker's description ("A Western diplomat, not named in the article"). Deliberately not
   * "who spoke on condition of anonymity": the model only knows the name is withheld, not why (a protester's sign,
   * a masked trainer on television); the actor's role says more where the article does.
   */
  anonymous: 'not named in the article',
  /** A speaker's age as it follows the name ("Mara Okafor, 52"). */
  age: (n: number) => n.toLocaleString('en'),
  copyFailed: 'Could not copy',
  noQuotes: (name: string) => `No quotes by ${name} in this story`,

  // Timeline
  timeline: 'Timeline',
  events: 'Events',
  noEvents: 'No events',
  allActors: 'All actors',
  filterByActor: 'Filter by actor',
  /** The line above the timeline: how many events, from when to when, how many with approximate dates; `long` is the spoken form. */
  timelineSummary: (n: number, first: string, last: string, approx: number, long: boolean) =>
    `${n === 1 ? '1 event' : `${n.toLocaleString('en')} events`}, ${first === last ? first : first + (long ? ' to ' : ' – ') + last}` +
    (approx ? `; ${approx === 1 ? '1 with an approximate date' : `${approx.toLocaleString('en')} with approximate dates`}` : ''),
  /** The article's own words for a date. */
  timelinePhrase: (phrase: string) => `In the article: “${phrase}”`,
  timelineActors: 'Actors:',

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

  // Map
  mapTitle: 'Places in this story',
  /** Accessible name of the map drawing. */
  mapLabel: 'Map of the places in this story',
  placeKind: {
    city: 'City',
    country: 'Country',
    region: 'Region',
    site: 'Site',
    river: 'River',
    facility: 'Facility',
  } satisfies Record<PlaceKind, string>,
  /** Heading of the places that have no point on the map. */
  notShown: 'Not shown: fictional or unknown location',
  fictional: 'fictional or disguised',
  /** A place beyond the map's edges; `direction` is one of `directions`. */
  beyondMap: (direction: string) => `beyond the map, to the ${direction}`,
  directions: ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'],
  /** The text alternative: every place, with its kind and country. */
  allPlaces: 'All places, as a list',
  placeEvents: 'Events',
  placeQuotes: 'Quotes',
  noPlaceItems: 'No event or quote of this story names this place.',
  mapHint: 'Select a place to see its events and quotes.',
  clearSelection: 'Clear',
  /** Under the map: where the outlines come from. */
  mapSource: 'Outlines: Natural Earth',
  /** Accessible name of the small globe beside the map. */
  locator: 'Globe showing where the map lies',
  noMap: 'No map was prepared for this story.',
  noPlaces: 'No places in this story',
};
