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
  /** Other names the article uses; mentions are found from `name` and these. */
  aliases: string[];
  mentions: SourceRef[];
}

export type QuoteMedium = 'spoken' | 'sign' | 'broadcast' | 'statement';

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
  /** Id of the quote this one continues (the same speaker, the same passage). */
  continues?: Id;
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

export interface TimelineEvent {
  id: Id;
  /** @minLength 1 */
  title: string;
  summary?: string;
  when: FuzzyDate;
  /** Actor ids. */
  actors: Id[];
  /** Place ids. */
  places: Id[];
  source: SourceRef;
}

export type PlaceKind = 'city' | 'country' | 'region' | 'site';

export interface Place {
  id: Id;
  /** @minLength 1 */
  name: string;
  kind: PlaceKind;
  /** @pattern ^[A-Z]{2}$ */
  country?: string;
  /** [longitude, latitude] in degrees. */
  coordinates?: [number, number];
  mentions: SourceRef[];
}

export interface Figure {
  id: Id;
  value: number;
  approximate?: boolean;
  /** What is counted ("personnel", "instructors"). */
  unit: string;
  /** @minLength 1 */
  label: string;
  source: SourceRef;
}

export interface Relation {
  id: Id;
  /** Actor id. */
  from: Id;
  /** Actor id. */
  to: Id;
  /** Machine-readable kind (`alliance`, `suspended-cooperation`, `leads`…). */
  kind: string;
  /** @minLength 1 */
  label: string;
  since?: FuzzyDate;
  source: SourceRef;
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
}
