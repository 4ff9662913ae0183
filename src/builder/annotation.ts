/**
 * Reads `story.yaml` into typed annotation items, reporting every missing, misspelt or
 * mistyped field (unknown keys are errors, so a typo such as `evidance:` cannot pass silently).
 */
import { parseDocument } from 'yaml';
import type {
  ActorKind, BroadcastChannel, DateBasis, EventStatus, FigureQualifier, ItemKind, ItemRef, PlaceKind, QuoteMedium,
} from '../story/types.js';
import type { ErrorList } from './errors.js';
import { numbersIn } from './figures.js';

/** Words of the article to locate: `"words"`, or `{ evidence: "words", paragraph: p5 }` when they occur more than once. */
export interface WordsInput {
  words: string;
  paragraph?: string;
}

export interface DateInput {
  edtf: string;
  phrase?: string;
  basis: DateBasis;
  note?: string;
  /** Id of the event a relative phrase ("two years later") counts from. */
  relativeTo?: string;
}

export interface ArticleInput {
  headline: string;
  publisher?: string;
  url?: string;
  published: string;
  byline: string[];
  contributors: string[];
  language: string;
}

export interface ActorInput {
  id: string;
  name: string;
  kind: ActorKind;
  role?: string;
  age?: number;
  country?: string;
  affiliations: string[];
  anonymous?: boolean;
  anonymityReason?: WordsInput;
  metonyms: string[];
  aliases: string[];
  ignore: string[];
}

export interface PlaceInput {
  id: string;
  name: string;
  kind: PlaceKind;
  country?: string;
  coordinates?: [number, number];
  in?: string;
  fictional?: boolean;
  disputed?: boolean;
  aliases: string[];
  ignore: string[];
}

export interface QuoteInput {
  id: string;
  text: string;
  speaker: string;
  medium: QuoteMedium;
  context?: string;
  continues?: string;
  partial?: boolean;
  channel?: BroadcastChannel;
  nested: Array<{ text: string; speaker?: string }>;
  paragraph?: string;
}

export interface EventInput {
  id: string;
  title: string;
  summary?: string;
  when: DateInput;
  status?: EventStatus;
  condition?: WordsInput;
  actors: string[];
  places: string[];
  evidence: string;
  paragraph?: string;
}

/** A number of a figure: as a number, or in words as the article writes it ("2.5 billion", "a dozen"). */
export interface AmountInput {
  value: number;
  /** The words given in the YAML, when a string. */
  written?: string;
}

export interface FigureInput {
  id: string;
  value?: AmountInput;
  min?: AmountInput;
  max?: AmountInput;
  /** A scale word that multiplies value, min and max given as numbers (`value: 2.5, scale: billion`). */
  scale?: string;
  qualifier?: FigureQualifier;
  approximate?: boolean;
  unit?: string;
  currency?: string;
  label: string;
  claimedBy?: string;
  actors: string[];
  sameAs?: string;
  contests: string[];
  evidence: string;
  paragraph?: string;
}

export interface RelationInput {
  id: string;
  from: string;
  fromKind?: ItemKind;
  to: string;
  toKind?: ItemKind;
  kind: string;
  label: string;
  since?: DateInput;
  evidence: string;
  paragraph?: string;
}

export interface Annotation {
  id?: string;
  article: ArticleInput;
  actors: ActorInput[];
  quotes: QuoteInput[];
  events: EventInput[];
  places: PlaceInput[];
  figures: FigureInput[];
  relations: RelationInput[];
  corrections: CorrectionInput[];
}

export interface CorrectionInput {
  id: string;
  text: string;
  paragraph?: string;
  says?: string;
  items: ItemRef[];
}

type Obj = Record<string, unknown>;

const ACTOR_KINDS: readonly ActorKind[] = ['person', 'organization', 'country', 'group'];
const PLACE_KINDS: readonly PlaceKind[] = ['city', 'country', 'region', 'site', 'river', 'facility'];
const CHANNELS: readonly BroadcastChannel[] = ['radio', 'television', 'online'];
export const STATUSES: readonly EventStatus[] = ['past', 'ongoing', 'planned', 'expected', 'threatened', 'conditional'];
export const QUALIFIERS: readonly FigureQualifier[] = [
  'about', 'some', 'nearly', 'almost', 'more-than', 'at-least', 'no-more-than', 'up-to', 'fewer-than',
];
export const ITEM_KINDS: readonly ItemKind[] = ['actor', 'place', 'event', 'quote', 'figure'];
/** Scale words a figure's `scale` may name. */
const SCALE_WORDS = ['thousand', 'million', 'billion', 'trillion'];
const MEDIA: readonly QuoteMedium[] = ['spoken', 'sign', 'broadcast', 'statement'];
const BASES: readonly DateBasis[] = ['article', 'resolved', 'external'];

function isObj(value: unknown): value is Obj {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Field readers that report into an error list and return undefined when the field is unusable. */
class Fields {
  constructor(private readonly errors: ErrorList, private readonly obj: Obj, private readonly path: string) {}

  private at(key: string): string {
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  raw(key: string): unknown {
    return this.obj[key];
  }

  only(allowed: readonly string[]): void {
    for (const key of Object.keys(this.obj)) {
      if (!allowed.includes(key)) this.errors.add(this.at(key), `unknown field (expected one of: ${allowed.join(', ')})`);
    }
  }

  string(key: string, required: true): string;
  string(key: string, required?: false): string | undefined;
  string(key: string, required = false): string | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) {
      if (required) this.errors.add(this.at(key), 'is required');
      return undefined;
    }
    if (typeof value !== 'string' || value.trim() === '') {
      const hint = typeof value === 'number' || typeof value === 'boolean' ? ` (write it in quotes: "${String(value)}")` : '';
      this.errors.add(this.at(key), `must be a non-empty string, not ${JSON.stringify(value)}${hint}`);
      return undefined;
    }
    return value;
  }

  oneOf<T extends string>(key: string, options: readonly T[], required: true): T;
  oneOf<T extends string>(key: string, options: readonly T[], required?: false): T | undefined;
  oneOf<T extends string>(key: string, options: readonly T[], required = false): T | undefined {
    const value = required ? this.string(key, true) : this.string(key);
    if (value === undefined) return undefined;
    if (!options.includes(value as T)) {
      this.errors.add(this.at(key), `${JSON.stringify(value)} is not one of: ${options.join(', ')}`);
      return undefined;
    }
    return value as T;
  }

  number(key: string, required = false): number | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) {
      if (required) this.errors.add(this.at(key), 'is required');
      return undefined;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      this.errors.add(this.at(key), `must be a number, not ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  }

  boolean(key: string): boolean | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'boolean') {
      this.errors.add(this.at(key), `must be true or false, not ${JSON.stringify(value)}`);
      return undefined;
    }
    return value;
  }

  /** A figure's number: a number, or a string of the article's own notation ("2.5 billion", "a dozen", "1,000"). */
  amount(key: string): AmountInput | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return { value };
    if (typeof value === 'string') {
      const found = numbersIn(value);
      if (found.length === 1 && found[0].text === value.trim() && !found[0].vague) return { value: found[0].value, written: value };
    }
    this.errors.add(this.at(key), `must be a number or the article's words for one ("1,000", "2.5 billion", "five", "a dozen"), not ${JSON.stringify(value)}`);
    return undefined;
  }

  /** Words to locate: a string, or a mapping `{ evidence, paragraph }`. */
  words(key: string, required = false): WordsInput | undefined {
    const value = this.obj[key];
    if (isObj(value)) {
      const f = new Fields(this.errors, value, this.at(key));
      f.only(['evidence', 'paragraph']);
      const words = f.string('evidence', true);
      return words === undefined ? undefined : { words, paragraph: f.string('paragraph') };
    }
    const words = required ? this.string(key, true) : this.string(key);
    return words === undefined ? undefined : { words };
  }

  strings(key: string): string[] {
    const value = this.obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || v === '')) {
      this.errors.add(this.at(key), 'must be a list of non-empty strings');
      return [];
    }
    return value as string[];
  }

  object(key: string, required = false): Fields | undefined {
    const value = this.obj[key];
    if (value === undefined || value === null) {
      if (required) this.errors.add(this.at(key), 'is required');
      return undefined;
    }
    if (!isObj(value)) {
      this.errors.add(this.at(key), 'must be a mapping');
      return undefined;
    }
    return new Fields(this.errors, value, this.at(key));
  }

  /** Items of a list of mappings, each with its path (`actors[niger]`, or `actors[3]` without an id). */
  list(key: string): Array<{ fields: Fields; path: string }> {
    const value = this.obj[key];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) {
      this.errors.add(this.at(key), 'must be a list');
      return [];
    }
    return value.flatMap((item, i) => {
      const id = isObj(item) && typeof item.id === 'string' ? item.id : String(i);
      const path = `${this.at(key)}[${id}]`;
      if (!isObj(item)) {
        this.errors.add(path, 'must be a mapping');
        return [];
      }
      return [{ fields: new Fields(this.errors, item, path), path }];
    });
  }
}

/**
 * A date mapping. With `basis: editor`, `start` and `end` (ISO days) are required and `edtf` may be
 * left out: it is then `start/end` (or `start` for one day). `buildDate` (dates.ts) checks the rest.
 */
function readDate(f: Fields | undefined): (DateInput & { start?: string; end?: string }) | undefined {
  if (!f) return undefined;
  f.only(['edtf', 'phrase', 'basis', 'note', 'relativeTo', 'start', 'end']);
  const basis = f.oneOf('basis', [...BASES, 'editor'] as readonly DateBasis[], true);
  const editor = basis === 'editor';
  let edtf = editor ? f.string('edtf') : f.string('edtf', true);
  const start = editor ? f.string('start', true) : f.string('start');
  const end = editor ? f.string('end', true) : f.string('end');
  const phrase = f.string('phrase');
  const note = f.string('note');
  const relativeTo = f.string('relativeTo');
  if (editor && edtf === undefined && start !== undefined && end !== undefined) edtf = start === end ? start : `${start}/${end}`;
  if (edtf === undefined || basis === undefined) return undefined;
  return { edtf, basis, phrase, note, relativeTo, ...(start !== undefined ? { start } : {}), ...(end !== undefined ? { end } : {}) };
}

/**
 * Parses YAML text into an annotation; `undefined` (with errors) when it cannot be read at all.
 * Items with errors are still returned where possible so later checks can report more.
 */
export function readAnnotation(yamlText: string, errors: ErrorList): Annotation | undefined {
  const doc = parseDocument(yamlText, { prettyErrors: true, uniqueKeys: true });
  for (const e of doc.errors) errors.add('', `YAML: ${e.message.split('\n')[0].replace(/:$/, '')}`);
  if (doc.errors.length > 0) return undefined;
  const root = doc.toJS() as unknown;
  if (!isObj(root)) {
    errors.add('', 'the annotation must be a mapping with article, actors, quotes, events, places, figures and relations');
    return undefined;
  }
  const top = new Fields(errors, root, '');
  top.only(['id', 'article', 'actors', 'quotes', 'events', 'places', 'figures', 'relations', 'corrections']);
  const id = top.string('id');
  const a = top.object('article', true);
  if (!a) return undefined;
  a.only(['headline', 'publisher', 'url', 'published', 'byline', 'contributors', 'language']);
  const article: ArticleInput = {
    headline: a.string('headline', true) ?? '',
    publisher: a.string('publisher'),
    url: a.string('url'),
    published: a.string('published', true) ?? '',
    byline: a.strings('byline'),
    contributors: a.strings('contributors'),
    language: a.string('language', true) ?? '',
  };

  const actors = top.list('actors').map(({ fields: f }): ActorInput => {
    f.only(['id', 'name', 'kind', 'role', 'age', 'country', 'affiliations', 'anonymous', 'anonymityReason', 'metonyms', 'aliases', 'ignore']);
    return {
      id: f.string('id', true) ?? '',
      name: f.string('name', true) ?? '',
      kind: f.oneOf('kind', ACTOR_KINDS, true) ?? 'person',
      role: f.string('role'),
      age: f.number('age'),
      country: f.string('country'),
      affiliations: f.strings('affiliations'),
      anonymous: f.boolean('anonymous'),
      anonymityReason: f.words('anonymityReason'),
      metonyms: f.strings('metonyms'),
      aliases: f.strings('aliases'),
      ignore: f.strings('ignore'),
    };
  });

  const places = top.list('places').map(({ fields: f, path }): PlaceInput => {
    f.only(['id', 'name', 'kind', 'country', 'coordinates', 'in', 'fictional', 'disputed', 'aliases', 'ignore']);
    const coords = f.raw('coordinates');
    let coordinates: [number, number] | undefined;
    if (coords !== undefined && coords !== null) {
      const valid = Array.isArray(coords) && coords.length === 2 && coords.every((c) => typeof c === 'number' && Number.isFinite(c))
        && Math.abs(coords[0] as number) <= 180 && Math.abs(coords[1] as number) <= 90;
      if (valid) coordinates = coords as [number, number];
      else errors.add(`${path}.coordinates`, 'must be [longitude, latitude] in degrees (longitude -180..180, latitude -90..90)');
    }
    return {
      id: f.string('id', true) ?? '',
      name: f.string('name', true) ?? '',
      kind: f.oneOf('kind', PLACE_KINDS, true) ?? 'site',
      country: f.string('country'),
      coordinates,
      in: f.string('in'),
      fictional: f.boolean('fictional'),
      disputed: f.boolean('disputed'),
      aliases: f.strings('aliases'),
      ignore: f.strings('ignore'),
    };
  });

  const quotes = top.list('quotes').map(({ fields: f, path }): QuoteInput => {
    f.only(['id', 'text', 'speaker', 'medium', 'context', 'continues', 'partial', 'channel', 'nested', 'paragraph']);
    const nestedRaw = f.raw('nested');
    const nested: QuoteInput['nested'] = [];
    if (nestedRaw !== undefined && nestedRaw !== null && !Array.isArray(nestedRaw)) errors.add(`${path}.nested`, 'must be a list');
    else if (Array.isArray(nestedRaw)) {
      nestedRaw.forEach((item, i) => {
        if (typeof item === 'string' && item !== '') return nested.push({ text: item });
        if (!isObj(item)) return errors.add(`${path}.nested[${i}]`, 'must be the quoted words, or a mapping with text and speaker');
        const n = new Fields(errors, item, `${path}.nested[${i}]`);
        n.only(['text', 'speaker']);
        const text = n.string('text', true);
        if (text !== undefined) nested.push({ text, speaker: n.string('speaker') });
      });
    }
    return {
      id: f.string('id', true) ?? '',
      text: f.string('text', true) ?? '',
      speaker: f.string('speaker', true) ?? '',
      medium: f.oneOf('medium', MEDIA, true) ?? 'spoken',
      context: f.string('context'),
      continues: f.string('continues'),
      partial: f.boolean('partial'),
      channel: f.oneOf('channel', CHANNELS),
      nested,
      paragraph: f.string('paragraph'),
    };
  });

  const events = top.list('events').map(({ fields: f }): EventInput => {
    f.only(['id', 'title', 'summary', 'when', 'status', 'condition', 'actors', 'places', 'evidence', 'paragraph']);
    return {
      id: f.string('id', true) ?? '',
      title: f.string('title', true) ?? '',
      summary: f.string('summary'),
      when: readDate(f.object('when', true)) ?? { edtf: '', basis: 'article' },
      status: f.oneOf('status', STATUSES),
      condition: f.words('condition'),
      actors: f.strings('actors'),
      places: f.strings('places'),
      evidence: f.string('evidence', true) ?? '',
      paragraph: f.string('paragraph'),
    };
  });

  const figures = top.list('figures').map(({ fields: f }): FigureInput => {
    f.only([
      'id', 'value', 'min', 'max', 'scale', 'qualifier', 'approximate', 'unit', 'currency', 'label',
      'claimedBy', 'actors', 'sameAs', 'contests', 'evidence', 'paragraph',
    ]);
    return {
      id: f.string('id', true) ?? '',
      value: f.amount('value'),
      min: f.amount('min'),
      max: f.amount('max'),
      scale: f.oneOf('scale', SCALE_WORDS),
      qualifier: f.oneOf('qualifier', QUALIFIERS),
      approximate: f.boolean('approximate'),
      unit: f.string('unit'),
      currency: f.string('currency'),
      label: f.string('label', true) ?? '',
      claimedBy: f.string('claimedBy'),
      actors: f.strings('actors'),
      sameAs: f.string('sameAs'),
      contests: f.strings('contests'),
      evidence: f.string('evidence', true) ?? '',
      paragraph: f.string('paragraph'),
    };
  });

  const relations = top.list('relations').map(({ fields: f }): RelationInput => {
    f.only(['id', 'from', 'fromKind', 'to', 'toKind', 'kind', 'label', 'since', 'evidence', 'paragraph']);
    return {
      id: f.string('id', true) ?? '',
      from: f.string('from', true) ?? '',
      fromKind: f.oneOf('fromKind', ITEM_KINDS),
      to: f.string('to', true) ?? '',
      toKind: f.oneOf('toKind', ITEM_KINDS),
      kind: f.string('kind', true) ?? '',
      label: f.string('label', true) ?? '',
      since: readDate(f.object('since')),
      evidence: f.string('evidence', true) ?? '',
      paragraph: f.string('paragraph'),
    };
  });

  const corrections = top.list('corrections').map(({ fields: f, path }): CorrectionInput => {
    f.only(['id', 'text', 'paragraph', 'says', 'items']);
    const items: ItemRef[] = [];
    const raw = f.raw('items');
    if (!Array.isArray(raw)) errors.add(`${path}.items`, raw === undefined || raw === null ? 'is required (a list of { kind, id }; [] when it concerns no annotated item)' : 'must be a list');
    else {
      raw.forEach((item, i) => {
        if (!isObj(item)) return errors.add(`${path}.items[${i}]`, 'must be a mapping with kind and id');
        const n = new Fields(errors, item, `${path}.items[${i}]`);
        n.only(['kind', 'id']);
        const kind = n.oneOf('kind', ITEM_KINDS, true);
        const id = n.string('id', true);
        if (kind !== undefined && id !== undefined) items.push({ kind, id });
      });
    }
    return {
      id: f.string('id', true) ?? '',
      text: f.string('text', true) ?? '',
      paragraph: f.string('paragraph'),
      says: f.string('says'),
      items,
    };
  });

  return { id, article, actors, quotes, events, places, figures, relations, corrections };
}
