import { englishNumber as num, englishPlural } from './en-numbers.js';
import type { ActorKind, BroadcastChannel, DatePrecision, EventStatus, FigureQualifier, PlaceKind, QuoteMedium } from '../../story/types.js';


/**
 * Dates written from the strings, for a locale whose `Intl` data the browser may lack (Debian's Chromium
 * formats Hausa months as "M04"): month names, and the order of the parts. `null`: `Intl` alone.
 */
export interface ShippedDates {
  months: readonly string[];
  shortMonths: readonly string[];
  /** A day: `d` the day of the month, `m` a month name, `y` the year. */
  day: (d: number, m: string, y: number) => string;
  month: (m: string, y: number) => string;
  /** A range of days in one month ("12–14 Mar, 2024"). */
  days: (d1: number, d2: number, m: string, y: number) => string;
}

/**
 * English UI strings: the reference locale. `Strings` is derived from this object, so every
 * other locale must define every key. Messages with parameters are functions.
 */
export const en = {
  /** Primary language subtag these strings are written in. */
  lang: 'en',
  /** Whether a native speaker has reviewed these strings (machine-assisted drafts say `false`). */
  reviewed: true as boolean,
  /** See `ShippedDates`. */
  dates: null as ShippedDates | null,

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
  affiliations: 'Affiliations',
  quotes: 'Quotes',
  mentions: (n: number) => (englishPlural(n) === 'one' ? 'mentioned once' : `mentioned ${num(n)} times`),

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
  /** Announced (politely) after the reader re-sorts the list; `by` is the option chosen. */
  sorted: (by: string) => `Sorted: ${by}`,

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
  /** Accessible name of a quote card's `<figure>` (the attribution is read right after it anyway). */
  quoteFigure: 'Quote',
  /** The medium as a label beside its icon. */
  quoteMedium: {
    spoken: 'Spoken',
    sign: 'Protest sign',
    broadcast: 'Broadcast',
    statement: 'Written statement',
  } satisfies Record<QuoteMedium, string>,
  /**
   * After an anonymous speaker's description ("A Western diplomat, not named in the article"). Deliberately not
   * "who spoke on condition of anonymity": the model only knows the name is withheld, not why (a protester's sign,
   * a masked trainer on television); the actor's role says more where the article does.
   */
  anonymous: 'not named in the article',
  /** A speaker's age as it follows the name ("Mara Okafor, 52"). */
  age: num,
  copyFailed: 'Could not copy',
  noQuotes: (name: string) => `No quotes by ${name} in this story`,

  // Timeline
  timeline: 'Timeline',
  events: 'Events',
  noEvents: 'No events',
  /** The article's own words for a date. */
  timelinePhrase: (phrase: string) => `In the article: “${phrase}”`,
  timelineActors: 'Actors:',
  /** Visible hint of the horizontal layout. */
  timelineKeys: 'Arrow keys move between events',

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
  /** A decade (`y` its first year, formatted) or its early (years 0–3), mid (4–6) or late (7–9) part. */
  decade: (y: string, part: 'early' | 'mid' | 'late' | undefined) => (part === 'mid' ? `mid-${y}s` : part ? `${part} ${y}s` : `${y}s`),
  /**
   * An open span around its closed side `s` (precision `precision`): `since` ("since 2019"), `by` a deadline
   * ("by the end of 2030", "by June 2026"), `until` ("until March 2026").
   */
  openSpan: (kind: 'since' | 'by' | 'until', s: string, precision: DatePrecision, _long: boolean) =>
    kind === 'since' ? `since ${precision === 'decade' ? 'the ' : ''}${s}`
    : kind === 'by' ? (precision === 'year' ? `by the end of ${s}` : `by ${precision === 'decade' ? 'the end of the ' : ''}${s}`)
    : `until ${precision === 'decade' ? 'the end of the ' : ''}${s}`,
  /** A date as it reads inside a sentence ("from the late 1980s"). */
  inText: (s: string, precision: DatePrecision) => (precision === 'decade' || precision === 'week' ? `the ${s}` : s),
  /** Two dates in running text, joined with words (never a dash). */
  fromTo: (a: string, b: string) => `from ${a} to ${b}`,

  // The story model for real news (issue 13): event statuses, the publication day, quotes, corrections
  /** The mark of an event that has not (or not only) happened; a past event has none. */
  eventStatus: {
    past: '',
    ongoing: 'Ongoing',
    planned: 'Planned',
    expected: 'Expected',
    threatened: 'Threatened',
    conditional: 'Conditional',
  } satisfies Record<EventStatus, string>,
  /** Before the article's words for the condition of a conditional event ("if the rains fail to ease"). */
  eventCondition: 'Condition:',
  /** The timeline's row for the publication day; `date` is already formatted. */
  published: (date: string) => `Published ${date}`,
  /**
   * The line above the timeline: how many events, from when to when (words, never
   * a dash: a label may hold one), how many have not happened, by status, and how many have approximate dates.
   * `first`/`last` read inside a sentence; `long` is the spoken form.
   */
  timelineOverview: (n: number, first: string, last: string, approx: number, statuses: [EventStatus, number][], _long: boolean) =>
    `${n === 1 ? '1 event' : `${num(n)} events`}, ${first === last ? first : `from ${first} to ${last}`}` +
    (statuses.length ? `; ${statuses.map(([status, k]) => `${num(k)} ${status}`).join(', ')}` : '') +
    (approx ? `; ${approx === 1 ? '1 with an approximate date' : `${num(approx)} with approximate dates`}` : ''),
  /** A broadcast quote's medium when the article says which channel. */
  broadcastChannel: {
    radio: 'Broadcast on radio',
    television: 'Broadcast on television',
    online: 'Broadcast online',
  } satisfies Record<BroadcastChannel, string>,
  /** The label of a fragment quoted inside the reporter's own sentence. */
  partialQuote: 'Partial quote',
  /** Marks around words the speaker quotes from someone else, inside `openQuote`…`closeQuote`. */
  innerOpenQuote: '‘',
  innerCloseQuote: '’',
  /** Before the article's words for why a source is not named ("because she was not authorised…"). */
  anonymityReason: 'Not named:',
  /** Before a correction note the article carries. */
  correction: 'Correction:',
  /** Before what the article now says, where the note does not say it plainly. */
  correctionSays: 'The article now says:',
  /** The heading of the story's list of corrections. */
  corrections: 'Corrections',
  /** Before the items a correction concerns. */
  correctionConcerns: 'Concerns:',
  /** Beside an item a correction concerns. */
  corrected: 'Corrected',
  // Key figures
  keyFigures: 'Key figures',
  noFigures: 'No figures in this story',
  noFigure: (id: string) => `No figure “${id}” in this story`,
  /** A number as the article bounds or hedges it; `n` is already formatted. */
  qualifier: {
    about: (n: string) => `about ${n}`,
    some: (n: string) => `some ${n}`,
    nearly: (n: string) => `nearly ${n}`,
    almost: (n: string) => `almost ${n}`,
    'more-than': (n: string) => `more than ${n}`,
    'at-least': (n: string) => `at least ${n}`,
    'no-more-than': (n: string) => `no more than ${n}`,
    'up-to': (n: string) => `up to ${n}`,
    'fewer-than': (n: string) => `fewer than ${n}`,
  } satisfies Record<FigureQualifier, (n: string) => string>,
  /** Before the badge of whoever gives a number. */
  claimedBy: 'According to',
  /** The plain-words line over disputed figures; `names` is a list ("The police and the organisers"). */
  disagree: (names: string) => `${names} disagree`,
  sourcesDisagree: 'Sources disagree',
  /** The name of a group of claims about one quantity. */
  disputedFigure: 'Disputed figure',
  /** Inline variant: after a figure another source disputes. */
  disputed: 'disputed',
  /** Text equivalent of the proportional bar; `r` is already formatted ("5", "1.3"). */
  ratio: (r: string) => `The highest figure is ${r} times the lowest.`,
  sameRatio: 'The figures are the same size.',
  /** Visible marker of an item that concerns the selection. */
  selected: 'Selected',

  // Actor relations
  relations: 'Relations',
  noRelations: 'No relations in this story',
  /** Headings of the usual relation kinds; other kinds are shown as written, hyphens as spaces. */
  relationKinds: {
    alliance: 'Alliances',
    funds: 'Funding',
    finances: 'Funding',
    opposes: 'Opposition',
    leads: 'Leadership',
    'member-of': 'Membership',
    represents: 'Representation',
  } as Record<string, string>,
  /** Screen-reader words for the arrow between the two ends of a relation. */
  relationTo: 'to',
  since: (date: string) => `since ${date}`,
  relationsOf: (name: string) => `Relations of ${name}`,

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
  /** Heading of the places that have no point on the map (each says why: fictional, beyond the edge, or no coordinates given). */
  notShown: 'Not on the map',
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
