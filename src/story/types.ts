/**
 * The story model, version 1: everything the widgets know about one article.
 *
 * This file is the single source of truth for the model: `schema/story.schema.json`
 * is generated from it (`npm run schema`), and a test fails when the two drift.
 * The JSDoc tags `@pattern`, `@minimum`, `@minLength`, `@minItems` and `@asType` below
 * become schema keywords, so keep them accurate.
 */

/**
 * An identifier, unique within its list; used in attributes and URL hashes.
 * @pattern ^[a-z0-9][a-z0-9_-]*$
 */
export type Id = string;

/**
 * A calendar day, ISO 8601 (`2024-04-13`).
 * @pattern ^\d{4}-\d{2}-\d{2}$
 */
export type IsoDay = string;

/** A span of one paragraph of the article: `text.slice(start, end)`, in UTF-16 code units. */
export interface SourceRef {
  /** Id of a paragraph of `article.paragraphs`. */
  paragraph: Id;
  /**
   * @asType integer
   * @minimum 0
   */
  start: number;
  /**
   * Exclusive; greater than `start`, at most the paragraph's length.
   * @asType integer
   * @minimum 0
   */
  end: number;
}

export interface Paragraph {
  id: Id;
  text: string;
}

export interface Article {
  /** @minLength 1 */
  headline: string;
  publisher?: string;
  /** Canonical URL of the article; only `http:` and `https:` are accepted. */
  url?: string;
  /** Publication day; relative phrases in the text are resolved against it. */
  published: IsoDay;
  byline: string[];
  contributors: string[];
  /**
   * BCP 47 language tag of the article text.
   * @pattern ^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$
   */
  language: string;
  /** @minItems 1 */
  paragraphs: Paragraph[];
}

export type ActorKind = 'person' | 'organization' | 'country' | 'group';

export interface Actor {
  id: Id;
  /** @minLength 1 */
  name: string;
  kind: ActorKind;
  /** Role as the article states it ("civil society activist"). */
  role?: string;
  /** Age as the article states it. @minimum 0 */
  age?: number;
  /**
   * ISO 3166-1 alpha-2 code.
   * @pattern ^[A-Z]{2}$
   */
  country?: string;
  /** Ids of actors this one belongs to or works for. */
  affiliations: Id[];
  /** True when the article withholds the name (the `name` is then a description). */
  anonymous?: boolean;
  /** The article's words for why the name is withheld ("because he was not authorized to speak publicly"). */
  anonymityReason?: SourceRef;
  /**
   * Place names the article uses for this actor by metonymy ("Washington said…" for the US government);
   * mentions are found from them too, and the map does not count them as the place.
   */
  metonyms?: string[];
  /** Other names the article uses; mentions are found from `name` and these. */
  aliases: string[];
  mentions: SourceRef[];
}

/** `statement`: written or emailed; `sign`: a placard, banner or sign; `broadcast`: see `channel`. */
export type QuoteMedium = 'spoken' | 'sign' | 'broadcast' | 'statement';
export type BroadcastChannel = 'radio' | 'television' | 'online';

/** Words the speaker quotes from someone else (‘…’ inside the quote), as offsets into the quote's `text`. */
export interface NestedQuote {
  /** @asType integer @minimum 0 */
  start: number;
  /** Exclusive. @asType integer @minimum 0 */
  end: number;
  /** Actor id of whoever is quoted, when the article says. */
  speaker?: Id;
}

export interface Quote {
  id: Id;
  /** Verbatim words, without the surrounding quotation marks. @minLength 1 */
  text: string;
  /** Actor id. */
  speaker: Id;
  medium: QuoteMedium;
  /** Where or how it was said, as the article says it. */
  context?: string;
  source: SourceRef;
  /**
   * Id of the quote this one continues: the same utterance split by its attribution
   * ("…,” she said, “…"). Widgets join the parts without an ellipsis.
   */
  continues?: Id;
  /** A fragment inside the reporter's own sentence (he called it “a betrayal”), not a whole utterance. */
  partial?: boolean;
  /** For `broadcast`: radio, television or online, where the article says which. */
  channel?: BroadcastChannel;
  /** Quotes within the quote. */
  nested?: NestedQuote[];
}

export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'year' | 'decade';
/**
 * `article`: stated; `resolved`: computed from a relative phrase; `external`: from outside the article
 * (see `note`); `editor`: `start`/`end` given by hand where no resolver reads the phrase (see `note`).
 */
export type DateBasis = 'article' | 'resolved' | 'external' | 'editor';

/**
 * A date as honest as the article: an EDTF string for machines, a day range for sorting
 * and layout (so the browser never parses EDTF), and the article's own phrase.
 */
export interface FuzzyDate {
  /** ISO 8601-2 / EDTF: `2024-04-13`, `2023-07`, `2023-22` (summer), `2018~`, `2024-03-12/2024-03-14`. */
  edtf: string;
  /** First day the date may denote. */
  start: IsoDay;
  /** Last day the date may denote (inclusive). */
  end: IsoDay;
  precision: DatePrecision;
  approximate?: boolean;
  uncertain?: boolean;
  /** The article's own words ("last summer"). */
  phrase?: string;
  basis: DateBasis;
  note?: string;
  /**
   * The side the article leaves open: `end` for "since 2019" (`2019/..`), `start` for a deadline such as
   * "by 2030" (`[..2030-12-31]`). That side of `start`/`end` is closed at the publication day.
   */
  open?: 'start' | 'end';
  /** Id of the event this date counts from ("two years later"). */
  anchor?: Id;
}

/**
 * Whether the event has happened: `past` (the default), `ongoing`, or not yet: `planned` (announced,
 * scheduled), `expected` (forecast by someone), `threatened` (announced as a threat) and `conditional`
 * (would happen if…; see `condition`). A past event may not end after the publication day; an event
 * that has not happened may not start before it.
 */
export type EventStatus = 'past' | 'ongoing' | 'planned' | 'expected' | 'threatened' | 'conditional';

export interface TimelineEvent {
  id: Id;
  /** @minLength 1 */
  title: string;
  summary?: string;
  when: FuzzyDate;
  /** Absent means `past`. */
  status?: EventStatus;
  /** The article's words for the condition of a `conditional` event ("if the rains fail again"). */
  condition?: SourceRef;
  /** Actor ids. */
  actors: Id[];
  /** Place ids. */
  places: Id[];
  source: SourceRef;
}

export type PlaceKind = 'city' | 'country' | 'region' | 'site' | 'river' | 'facility';

export interface Place {
  id: Id;
  /** @minLength 1 */
  name: string;
  kind: PlaceKind;
  /** @pattern ^[A-Z]{2}$ */
  country?: string;
  /** [longitude, latitude] in degrees. */
  coordinates?: [number, number];
  /** Id of the place this one lies in (a dam in a region, a city in a country). */
  in?: Id;
  /** A fictional, disguised or unknown place: no coordinates, no ISO code needed. */
  fictional?: boolean;
  /** A place whose status is disputed (a country not widely recognised): an ISO code is not required. */
  disputed?: boolean;
  mentions: SourceRef[];
}

/** How the article bounds or hedges a number: "about 1,000", "more than 10,000", "up to 300". */
export type FigureQualifier =
  | 'about'
  | 'some'
  | 'nearly'
  | 'almost'
  | 'more-than'
  | 'at-least'
  | 'no-more-than'
  | 'up-to'
  | 'fewer-than';

/**
 * A number the article gives: exactly one `value`, or a range `min`–`max` ("between 200 and 300").
 * Scale words are resolved ("2.5 billion" is 2500000000) and the builder checks that the number, its
 * scale word and its unit or currency appear in the cited words.
 */
export interface Figure {
  id: Id;
  value?: number;
  /** Lower end of a range. */
  min?: number;
  /** Upper end of a range. */
  max?: number;
  qualifier?: FigureQualifier;
  /** True when the article hedges the number ("about", "some", "nearly", "almost"). */
  approximate?: boolean;
  /** What is counted ("personnel", "percent", "km", "tonnes", "MW"); may be omitted for money. */
  unit?: string;
  /**
   * ISO 4217 code for money ("NGN", "USD").
   * @pattern ^[A-Z]{3}$
   */
  currency?: string;
  /** @minLength 1 */
  label: string;
  /** Actor id of whoever gives the number ("according to the police"). */
  claimedBy?: Id;
  /** Actor ids the figure is about. */
  actors?: Id[];
  /** Id of a figure that states the same amount in another currency or unit ("4.2 billion naira, about $2.7 million"). */
  sameAs?: Id;
  /** Ids of figures this one disputes (another source's count of the same quantity). */
  contests?: Id[];
  source: SourceRef;
}

/** The kinds of item a relation or a correction can point at. */
export type ItemKind = 'actor' | 'place' | 'event' | 'quote' | 'figure';

/** One item of the story, by kind and id. */
export interface ItemRef {
  kind: ItemKind;
  id: Id;
}

export interface Relation {
  id: Id;
  /** Id of an actor, or of the item of kind `fromKind`. */
  from: Id;
  /** Absent means `actor`. */
  fromKind?: ItemKind;
  /** Id of an actor, or of the item of kind `toKind`. */
  to: Id;
  /** Absent means `actor`. */
  toKind?: ItemKind;
  /** Machine-readable kind (`alliance`, `suspended-cooperation`, `leads`…). */
  kind: string;
  /** @minLength 1 */
  label: string;
  since?: FuzzyDate;
  source: SourceRef;
}

/** A correction note the article carries ("An earlier version of this article misstated…"). */
export interface Correction {
  id: Id;
  /** The note, verbatim. @minLength 1 */
  text: string;
  /** Where the note stands in the article. */
  source: SourceRef;
  /** What the article now says, in the editor's words, when the note does not say it plainly. */
  says?: string;
  /** The items the correction concerns, so that the widgets showing them can show it. */
  items: ItemRef[];
}

/**
 * Path data in integer map units, as the builder writes it: only the commands `M m L l H h V v Z z`
 * and whole numbers (the browser validator rejects anything else).
 * @pattern ^(?:[MmLlHhVvZz](?:-?\d+(?:(?: |,|(?=-))-?\d+)*)?)*$
 */
export type MapPathData = string;

/** `[x, y, width, height]` in map units. */
export type MapRect = [number, number, number, number];

/** One country outline of a {@link StoryMap}, clipped to the map. */
export interface MapCountry {
  /** ISO 3166-1 alpha-2 code, when the country has one. @pattern ^[A-Z]{2}$ */
  iso?: string;
  /** The country's name in the article's language. @minLength 1 */
  name: string;
  d: MapPathData;
  /** Where its name goes, `[x, y]`; absent when too little of the country shows to name it. */
  label?: [number, number];
}

/** Where a place with coordinates lies on a {@link StoryMap}: outside the `viewBox` when it is beyond the map's edges. */
export interface MapPlace {
  /** Id of a place of the story. */
  id: Id;
  x: number;
  y: number;
}

/**
 * The story's locator map, prepared by the builder (`sahel-widgets build`) from Natural Earth outlines
 * around the places with coordinates, projected (azimuthal equal-area, centred on the region) and
 * rounded to integer map units, so `<sahel-map>` draws it as inline SVG without any request.
 */
export interface StoryMap {
  /** `[0, 0, width, height]`. */
  viewBox: MapRect;
  /** Country outlines, clipped to the map (a little beyond the `viewBox`, so clipped edges never show). */
  countries: MapCountry[];
  /** Coastlines: the edges of land that no other country shares. */
  coast?: MapPathData;
  /** A small globe centred on the region: its `viewBox` (the globe fills it), the land, and the region's box on it. */
  inset: { viewBox: MapRect; d: MapPathData; box: MapRect };
  places: MapPlace[];
  /** A scale bar measured at the map's centre: `km` kilometres are `length` map units. */
  scale?: { km: number; length: number };
}

export interface Story {
  version: 1;
  id: Id;
  article: Article;
  actors: Actor[];
  quotes: Quote[];
  events: TimelineEvent[];
  places: Place[];
  figures: Figure[];
  relations: Relation[];
  /** Absent means none. */
  corrections?: Correction[];
  /** The locator map the builder prepares when some place has coordinates; absent otherwise. */
  map?: StoryMap;
}
