/**
 * From an article and its annotation to a verified story: every quote found verbatim, every
 * event, figure and relation located by the article's own words, mentions found from names,
 * dates resolved; then the result is checked by the story validator.
 */
import { formatProblem } from '../story/problems.js';
import type {
  Actor, Correction, Figure, ItemKind, NestedQuote, Paragraph, Place, Quote, Relation, SourceRef, Story, TimelineEvent,
} from '../story/types.js';
import { validateStory } from '../story/validate.js';
import { type AmountInput, type FigureInput, type WordsInput, readAnnotation } from './annotation.js';
import { excerpt, findMentions, locateOnce, nearest, occurrences, splitParagraphs } from './article.js';
import { buildDate } from './dates.js';
import { parseIsoDay } from './days.js';
import { type BuildError, ErrorList } from './errors.js';
import { HEDGES, QUALIFIER_WORDS, SCALES, currencyForms, hasCurrency, hasUnit, hasWords, isCurrency, numbersIn } from './figures.js';
import { isNotYet, statusDateConflict } from './status-dates.js';
import { buildStoryMap } from './map/index.js';

export interface BuildInput {
  /** The story id: the name of the data folder. */
  id: string;
  articleText: string;
  yamlText: string;
  /** File names used in messages. */
  articleFile?: string;
  yamlFile?: string;
}

export interface BuildResult {
  /** The story, when there were no errors. */
  story?: Story;
  /** The story as written to `story.json`: 2-space JSON and a final newline. */
  json?: string;
  errors: BuildError[];
}

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const COUNTRY = /^[A-Z]{2}$/;

/** The story as `story.json` bytes: stable key order comes from how the builder creates objects. */
export function serializeStory(story: Story): string {
  return `${JSON.stringify(story, null, 2)}\n`;
}

function checkIds(items: ReadonlyArray<{ id: string }>, list: string, errors: ErrorList): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (item.id === '') continue; // already reported as missing
    if (!ID.test(item.id)) errors.add(`${list}[${item.id}].id`, `"${item.id}" is not a valid id (lower-case letters, digits, "-" and "_", starting with a letter or digit)`);
    if (seen.has(item.id)) errors.add(`${list}[${item.id}].id`, `duplicate id "${item.id}"`);
    seen.add(item.id);
  }
}

function checkRefs(ids: readonly string[], known: ReadonlySet<string>, kind: string, path: string, errors: ErrorList): void {
  for (const id of ids) if (!known.has(id)) errors.add(path, `no ${kind} "${id}"`);
}

/** Reports an alias (or metonym) that never matches, with the nearest paragraph. */
function checkNamesFound(paragraphs: readonly Paragraph[], path: string, names: readonly string[], errors: ErrorList, field = 'aliases'): void {
  const what = field === 'aliases' ? 'alias' : 'metonym';
  for (const alias of names) {
    if (findMentions(paragraphs, [alias]).length === 0) {
      const anywhere = occurrences(paragraphs, alias).length > 0;
      errors.add(`${path}.${field}`, anywhere
        ? `${what} ${excerpt(alias)} occurs only inside longer words (mentions match whole words)`
        : `${what} ${excerpt(alias)} is not in the article; ${nearest(paragraphs, alias)}`);
    }
  }
}

function mentionsOf(
  paragraphs: readonly Paragraph[],
  item: { name: string; aliases: string[]; ignore: string[]; metonyms?: string[] },
  path: string,
  what: string,
  errors: ErrorList,
): SourceRef[] {
  checkNamesFound(paragraphs, path, item.aliases, errors);
  checkNamesFound(paragraphs, path, item.metonyms ?? [], errors, 'metonyms');
  for (const phrase of item.ignore) {
    if (occurrences(paragraphs, phrase).length === 0) errors.add(`${path}.ignore`, `${excerpt(phrase)} is not in the article`);
  }
  const mentions = findMentions(paragraphs, [item.name, ...item.aliases, ...(item.metonyms ?? [])], item.ignore);
  if (mentions.length === 0) {
    errors.add(`${path}.mentions`, `the ${what} is never mentioned: neither its name ${excerpt(item.name)} nor an alias occurs as whole words; add the article's own words for it to "aliases"`);
  }
  return mentions;
}

const sameSpan = (a: SourceRef, b: SourceRef) => a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;

/** Follows `next` from `start`; true when it comes back to a node already seen (a cycle). */
function cycles<T>(start: T, next: (x: T) => T | undefined): boolean {
  const seen = new Set<T>();
  for (let x: T | undefined = start; x !== undefined; x = next(x)) {
    if (seen.has(x)) return true;
    seen.add(x);
  }
  return false;
}

/**
 * Checks a figure's numbers, unit, currency and qualifier against its evidence; returns its amounts
 * (value, or min and max), scaled, or undefined where they are unusable.
 */
function checkFigure(x: FigureInput, path: string, errors: ErrorList): { value?: number; min?: number; max?: number } {
  const scale = x.scale === undefined ? 1 : SCALES[x.scale];
  const scaled = (a: AmountInput | undefined) => (a === undefined ? undefined : a.written === undefined ? Number((a.value * scale).toPrecision(12)) : a.value);
  if (x.scale !== undefined && [x.value, x.min, x.max].some((a) => a?.written !== undefined)) {
    errors.add(`${path}.scale`, 'multiplies numbers only; a number in words already has its scale ("2.5 billion")');
  }
  const amounts = { value: scaled(x.value), min: scaled(x.min), max: scaled(x.max) };
  if (amounts.value === undefined && amounts.min === undefined && amounts.max === undefined) {
    errors.add(`${path}.value`, 'is required (or a range: min and max)');
    return {};
  }
  if (amounts.value !== undefined && (amounts.min !== undefined || amounts.max !== undefined)) {
    errors.add(`${path}.value`, 'give either value or a range (min and max), not both');
    return {};
  }
  const { min, max } = amounts;
  if (amounts.value === undefined) {
    if (min === undefined || max === undefined) {
      errors.add(`${path}.${min === undefined ? 'min' : 'max'}`, 'is required: a range has both ends (for "at least 200" or "up to 300" give value with a qualifier)');
      return {};
    }
    if (min >= max) errors.add(`${path}.max`, `must be greater than min (${min})`);
  }

  const evidence = x.evidence;
  if (evidence === '') return amounts;
  const written = numbersIn(evidence);
  let vague = false;
  for (const key of ['value', 'min', 'max'] as const) {
    const n = amounts[key];
    if (n === undefined) continue;
    const match = written.find((w) => w.value === n);
    if (written.length === 0) {
      errors.add(`${path}.evidence`, 'gives no number; cite the words that state it ("about 1,000", "2.5 billion", "five", "a dozen")');
      break;
    }
    if (!match) {
      const list = written.map((w) => (String(w.value) === w.text ? w.text : `${JSON.stringify(w.text)} = ${w.value}`)).join(', ');
      const scaleHint = written.find((w) => Object.values(SCALES).some((f) => f > 12 && (w.value === n * f || w.value * f === n)));
      errors.add(`${path}.${key}`, `${n} is not a number the evidence gives (it writes ${list})${scaleHint ? `; check the scale word of ${JSON.stringify(scaleHint.text)}` : ''}`);
    } else if (match.vague) vague = true;
  }
  const w = written.find((n) => n.vague);
  if (w && vague && x.qualifier !== 'more-than' && x.qualifier !== 'at-least') {
    errors.add(`${path}.qualifier`, `${JSON.stringify(w.text)} gives no exact number: with value ${w.value}, say qualifier more-than (or at-least)`);
  }
  if (x.qualifier !== undefined && !(vague && (x.qualifier === 'more-than' || x.qualifier === 'at-least'))) {
    const words = QUALIFIER_WORDS[x.qualifier];
    if (!words.some((w) => hasWords(evidence, w))) {
      errors.add(`${path}.qualifier`, `${x.qualifier} needs its words in the evidence (${words.map((w) => JSON.stringify(w)).join(', ')})`);
    }
  }
  if (x.unit === undefined && x.currency === undefined) {
    errors.add(`${path}.unit`, 'is required (what is counted), unless the figure is money with a currency');
  }
  if (x.unit !== undefined && !hasUnit(evidence, x.unit)) {
    errors.add(`${path}.unit`, `${JSON.stringify(x.unit)} is not in the evidence; cite the words that say what is counted, or write the unit as the article does`);
  }
  if (x.currency !== undefined) {
    if (!isCurrency(x.currency)) errors.add(`${path}.currency`, `${JSON.stringify(x.currency)} is not an ISO 4217 currency code ("USD", "NGN", "EUR")`);
    else if (!hasCurrency(evidence, x.currency)) {
      errors.add(`${path}.currency`, `the evidence does not write ${x.currency} (as ${currencyForms(x.currency).map((f) => JSON.stringify(f)).join(', ')})`);
    }
  }
  return amounts;
}

/** Builds one story; never throws for bad input, it reports. */
export function buildStory(input: BuildInput): BuildResult {
  const yamlFile = input.yamlFile ?? 'story.yaml';
  const articleErrors = new ErrorList(input.articleFile ?? 'article.txt');
  const errors = new ErrorList(yamlFile);
  const all = () => [...articleErrors.items, ...errors.items];

  const paragraphs = splitParagraphs(input.articleText);
  if (paragraphs.length === 0) articleErrors.add('', 'the article is empty (one paragraph per non-empty line)');
  const a = readAnnotation(input.yamlText, errors);
  if (!a || paragraphs.length === 0) return { errors: all() };

  if (!ID.test(input.id)) errors.add('', `the folder name "${input.id}" is not a valid story id`);
  if (a.id !== undefined && a.id !== input.id) errors.add('id', `"${a.id}" differs from the folder name "${input.id}"; the folder name is the story id`);
  const published = a.article.published;
  const publishedOk = parseIsoDay(published) !== undefined;
  if (published !== '' && !publishedOk) errors.add('article.published', `"${published}" is not a calendar day (YYYY-MM-DD)`);

  for (const [list, items] of Object.entries({
    actors: a.actors, quotes: a.quotes, events: a.events, places: a.places, figures: a.figures, relations: a.relations, corrections: a.corrections,
  })) {
    checkIds(items, list, errors);
  }
  const actorIds = new Set(a.actors.map((x) => x.id));
  const placeIds = new Set(a.places.map((x) => x.id));
  const quoteById = new Map(a.quotes.map((q) => [q.id, q]));
  const figureById = new Map(a.figures.map((f) => [f.id, f]));
  const placeById = new Map(a.places.map((p) => [p.id, p]));
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));
  const known: Record<ItemKind, ReadonlySet<string>> = {
    actor: actorIds,
    place: placeIds,
    event: new Set(a.events.map((x) => x.id)),
    quote: new Set(quoteById.keys()),
    figure: new Set(figureById.keys()),
  };

  /** Locates evidence or quote text; reports under `path` and returns a placeholder (end 0) on failure. */
  const locate = (words: string, paragraph: string | undefined, path: string): SourceRef => {
    const placeholder = { paragraph: paragraph ?? 'p1', start: 0, end: 0 };
    if (words === '') return placeholder; // missing: already reported
    const found = locateOnce(paragraphs, words, paragraph);
    if (found.ok) return found.ref;
    errors.add(path, found.error);
    return placeholder;
  };
  const locateWords = (w: WordsInput, path: string) => locate(w.words, w.paragraph, path);
  const located = (ref: SourceRef) => ref.end > 0;

  const actors = a.actors.map((x): Actor => {
    const path = `actors[${x.id}]`;
    if (x.country !== undefined && !COUNTRY.test(x.country)) errors.add(`${path}.country`, `"${x.country}" is not an ISO 3166-1 alpha-2 code`);
    if (x.age !== undefined && !(Number.isInteger(x.age) && x.age >= 0)) errors.add(`${path}.age`, 'must be a whole number of years');
    checkRefs(x.affiliations, actorIds, 'actor', `${path}.affiliations`, errors);
    if (x.affiliations.includes(x.id)) errors.add(`${path}.affiliations`, 'an actor cannot be affiliated with itself');
    const mentions = mentionsOf(paragraphs, x, path, 'actor', errors);
    if (x.anonymityReason !== undefined && x.anonymous !== true) errors.add(`${path}.anonymityReason`, 'is only for an anonymous actor (anonymous: true)');
    const anonymityReason = x.anonymityReason && locateWords(x.anonymityReason, `${path}.anonymityReason`);
    return {
      id: x.id,
      name: x.name,
      kind: x.kind,
      ...(x.role !== undefined ? { role: x.role } : {}),
      ...(x.age !== undefined ? { age: x.age } : {}),
      ...(x.country !== undefined ? { country: x.country } : {}),
      affiliations: x.affiliations,
      ...(x.anonymous !== undefined ? { anonymous: x.anonymous } : {}),
      ...(anonymityReason !== undefined ? { anonymityReason } : {}),
      ...(x.metonyms.length > 0 ? { metonyms: x.metonyms } : {}),
      aliases: x.aliases,
      mentions,
    };
  });
  // A place name used for an actor ("Washington said…") is a mention of the actor, not of the place.
  const metonymSpans = actors.flatMap((actor, i) => {
    const m = a.actors[i].metonyms;
    return m.length === 0 ? [] : findMentions(paragraphs, m, a.actors[i].ignore).filter((r) => actor.mentions.some((x) => sameSpan(x, r)));
  });

  const places = a.places.map((x): Place => {
    const path = `places[${x.id}]`;
    if (x.country !== undefined && !COUNTRY.test(x.country)) errors.add(`${path}.country`, `"${x.country}" is not an ISO 3166-1 alpha-2 code`);
    if (x.kind === 'country' && x.country === undefined && !x.fictional && !x.disputed) {
      errors.add(`${path}.country`, 'is required for a country: its ISO 3166-1 alpha-2 code (or say fictional: true or disputed: true)');
    }
    if (x.fictional && x.coordinates !== undefined) errors.add(`${path}.coordinates`, 'a fictional place has no coordinates');
    if (x.in !== undefined) {
      if (x.in === x.id) errors.add(`${path}.in`, 'a place cannot lie in itself');
      else if (!placeIds.has(x.in)) errors.add(`${path}.in`, `no place "${x.in}"`);
      else if (cycles(x.id, (id) => placeById.get(id)?.in)) errors.add(`${path}.in`, `places lie in each other in a circle (${x.id} in ${x.in}…)`);
    }
    const mentions = mentionsOf(paragraphs, x, path, 'place', errors).filter((r) => !metonymSpans.some((m) => sameSpan(m, r)));
    return {
      id: x.id,
      name: x.name,
      kind: x.kind,
      ...(x.country !== undefined ? { country: x.country } : {}),
      ...(x.coordinates !== undefined ? { coordinates: x.coordinates } : {}),
      ...(x.in !== undefined ? { in: x.in } : {}),
      ...(x.fictional !== undefined ? { fictional: x.fictional } : {}),
      ...(x.disputed !== undefined ? { disputed: x.disputed } : {}),
      mentions,
    };
  });

  const quotes = a.quotes.map((x): Quote => {
    const path = `quotes[${x.id}]`;
    const source = locate(x.text, x.paragraph, `${path}.text`);
    if (x.speaker !== '' && !actorIds.has(x.speaker)) errors.add(`${path}.speaker`, `no actor "${x.speaker}"`);
    if (x.continues !== undefined) {
      const first = quoteById.get(x.continues);
      if (!first) errors.add(`${path}.continues`, `no quote "${x.continues}"`);
      else if (first.id === x.id) errors.add(`${path}.continues`, 'a quote cannot continue itself');
      else if (first.speaker !== x.speaker) errors.add(`${path}.continues`, `quote "${first.id}" has another speaker ("${first.speaker}", not "${x.speaker}")`);
    }
    if (x.channel !== undefined && x.medium !== 'broadcast') errors.add(`${path}.channel`, `is only for medium broadcast (this quote's medium is ${x.medium})`);
    const nested = x.nested.flatMap((n, i): NestedQuote[] => {
      const at = `${path}.nested[${i}]`;
      if (n.speaker !== undefined && !actorIds.has(n.speaker)) errors.add(`${at}.speaker`, `no actor "${n.speaker}"`);
      const found: number[] = [];
      for (let k = x.text.indexOf(n.text); k !== -1; k = x.text.indexOf(n.text, k + 1)) found.push(k);
      if (found.length !== 1) {
        errors.add(`${at}.text`, found.length === 0 ? `${excerpt(n.text)} is not in the quote's text` : `${excerpt(n.text)} occurs ${found.length} times in the quote's text; quote more words`);
        return [];
      }
      return [{ start: found[0], end: found[0] + n.text.length, ...(n.speaker !== undefined ? { speaker: n.speaker } : {}) }];
    });
    return {
      id: x.id,
      text: x.text,
      speaker: x.speaker,
      medium: x.medium,
      ...(x.context !== undefined ? { context: x.context } : {}),
      source,
      ...(x.continues !== undefined ? { continues: x.continues } : {}),
      ...(x.partial !== undefined ? { partial: x.partial } : {}),
      ...(x.channel !== undefined ? { channel: x.channel } : {}),
      ...(nested.length > 0 ? { nested } : {}),
    };
  });
  // A continuation comes after what it continues.
  const quoteSource = new Map(quotes.map((q) => [q.id, q.source]));
  for (const q of quotes) {
    const first = q.continues === undefined ? undefined : quoteSource.get(q.continues);
    if (!first || !located(first) || !located(q.source)) continue;
    const order = (r: SourceRef) => [Number(r.paragraph.slice(1)), r.start];
    const [pa, sa] = order(first);
    const [pb, sb] = order(q.source);
    if (pb < pa || (pb === pa && sb <= sa)) errors.add(`quotes[${q.id}].continues`, `quote "${q.continues}" comes after this one in the article`);
  }

  const anchors = new Map(a.events.map((e) => [e.id, e.when.edtf]));
  // Without located evidence there is no paragraph to look for the date phrase in.
  const dateContext = (ref: SourceRef, selfId?: string, planned?: boolean) => ({
    published,
    paragraph: located(ref) ? paragraphById.get(ref.paragraph) : undefined,
    anchors,
    selfId,
    ...(planned !== undefined ? { planned } : {}),
  });
  const canDate = publishedOk;

  const events = a.events.map((x): TimelineEvent | undefined => {
    const path = `events[${x.id}]`;
    const source = locate(x.evidence, x.paragraph, `${path}.evidence`);
    checkRefs(x.actors, actorIds, 'actor', `${path}.actors`, errors);
    checkRefs(x.places, placeIds, 'place', `${path}.places`, errors);
    const status = x.status ?? 'past';
    if (status === 'conditional' && x.condition === undefined) errors.add(`${path}.condition`, 'is required for a conditional event: the article\'s words for the condition ("if the rains fail")');
    if (status !== 'conditional' && x.condition !== undefined) errors.add(`${path}.condition`, 'is only for a conditional event (status: conditional)');
    const condition = x.condition && locateWords(x.condition, `${path}.condition`);
    const when = x.when.edtf === '' || !canDate ? undefined : buildDate(x.when, `${path}.when`, dateContext(source, x.id, isNotYet(status)), errors);
    if (!when) return undefined;
    const disagreement = statusDateConflict(status, when, published);
    if (disagreement) errors.add(`${path}.status`, disagreement);
    return {
      id: x.id,
      title: x.title,
      ...(x.summary !== undefined ? { summary: x.summary } : {}),
      when,
      ...(x.status !== undefined ? { status: x.status } : {}),
      ...(condition !== undefined ? { condition } : {}),
      actors: x.actors,
      places: x.places,
      source,
    };
  });

  const figures = a.figures.map((x): Figure => {
    const path = `figures[${x.id}]`;
    const source = locate(x.evidence, x.paragraph, `${path}.evidence`);
    const { value, min, max } = checkFigure(x, path, errors);
    const hedged = x.qualifier !== undefined && HEDGES.includes(x.qualifier);
    if (hedged && x.approximate === false) errors.add(`${path}.approximate`, `qualifier ${x.qualifier} hedges the number: remove approximate: false`);
    const approximate = hedged || x.approximate;
    if (x.claimedBy !== undefined) checkRefs([x.claimedBy], actorIds, 'actor', `${path}.claimedBy`, errors);
    checkRefs(x.actors, actorIds, 'actor', `${path}.actors`, errors);
    if (x.sameAs !== undefined) {
      const other = figureById.get(x.sameAs);
      if (x.sameAs === x.id) errors.add(`${path}.sameAs`, 'a figure cannot be the same amount as itself');
      else if (!other) errors.add(`${path}.sameAs`, `no figure "${x.sameAs}"`);
      else if (other.sameAs === x.id) errors.add(`${path}.sameAs`, `figure "${other.id}" already links back to this one; sameAs is one-way: write it on one of the two`);
      else if (other.currency === x.currency && other.unit === x.unit) {
        errors.add(`${path}.sameAs`, `figure "${other.id}" has the same currency and unit; sameAs links one amount given in two currencies or units`);
      }
    }
    for (const id of x.contests) {
      if (id === x.id) errors.add(`${path}.contests`, 'a figure cannot contest itself');
      else if (!figureById.has(id)) errors.add(`${path}.contests`, `no figure "${id}"`);
    }
    return {
      id: x.id,
      ...(value !== undefined ? { value } : {}),
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
      ...(x.qualifier !== undefined ? { qualifier: x.qualifier } : {}),
      ...(approximate !== undefined ? { approximate } : {}),
      ...(x.unit !== undefined ? { unit: x.unit } : {}),
      ...(x.currency !== undefined ? { currency: x.currency } : {}),
      label: x.label,
      ...(x.claimedBy !== undefined ? { claimedBy: x.claimedBy } : {}),
      ...(x.actors.length > 0 ? { actors: x.actors } : {}),
      ...(x.sameAs !== undefined ? { sameAs: x.sameAs } : {}),
      ...(x.contests.length > 0 ? { contests: x.contests } : {}),
      source,
    };
  });

  const relations = a.relations.map((x): Relation => {
    const path = `relations[${x.id}]`;
    const source = locate(x.evidence, x.paragraph, `${path}.evidence`);
    checkRefs([x.from], known[x.fromKind ?? 'actor'], x.fromKind ?? 'actor', `${path}.from`, errors);
    checkRefs([x.to], known[x.toKind ?? 'actor'], x.toKind ?? 'actor', `${path}.to`, errors);
    if (x.from === x.to && (x.fromKind ?? 'actor') === (x.toKind ?? 'actor')) errors.add(`${path}.to`, 'a relation joins two different items');
    const since = x.since && canDate ? buildDate(x.since, `${path}.since`, dateContext(source), errors) : undefined;
    return {
      id: x.id,
      from: x.from,
      ...(x.fromKind !== undefined ? { fromKind: x.fromKind } : {}),
      to: x.to,
      ...(x.toKind !== undefined ? { toKind: x.toKind } : {}),
      kind: x.kind,
      label: x.label,
      ...(since !== undefined ? { since } : {}),
      source,
    };
  });

  const corrections = a.corrections.map((x): Correction => {
    const path = `corrections[${x.id}]`;
    const source = locate(x.text, x.paragraph, `${path}.text`);
    x.items.forEach((item, i) => checkRefs([item.id], known[item.kind], item.kind, `${path}.items[${i}]`, errors));
    return {
      id: x.id,
      text: x.text,
      source,
      ...(x.says !== undefined ? { says: x.says } : {}),
      items: x.items,
    };
  });

  if (articleErrors.count + errors.count > 0) return { errors: all() };

  const story: Story = {
    version: 1,
    id: input.id,
    article: {
      headline: a.article.headline,
      ...(a.article.publisher !== undefined ? { publisher: a.article.publisher } : {}),
      ...(a.article.url !== undefined ? { url: a.article.url } : {}),
      published,
      byline: a.article.byline,
      contributors: a.article.contributors,
      language: a.article.language,
      paragraphs,
    },
    actors,
    quotes,
    events: events.filter((e): e is TimelineEvent => e !== undefined),
    places,
    figures,
    relations,
    ...(corrections.length > 0 ? { corrections } : {}),
  };

  const map = buildStoryMap(story.places, story.article.language);
  if (map) story.map = map;

  // The story must also pass the same validation the widgets apply at run time.
  const validation = validateStory(story);
  if (!validation.ok) {
    for (const problem of validation.problems) errors.add('story validation', formatProblem(problem));
    return { errors: all() };
  }
  return { story, json: serializeStory(story), errors: [] };
}
