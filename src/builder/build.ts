/**
 * From an article and its annotation to a verified story: every quote found verbatim, every
 * event, figure and relation located by the article's own words, mentions found from names,
 * dates resolved; then the result is checked by the story validator.
 */
import { formatProblem } from '../story/problems.js';
import type { Actor, Figure, Paragraph, Place, Quote, Relation, SourceRef, Story, TimelineEvent } from '../story/types.js';
import { validateStory } from '../story/validate.js';
import { readAnnotation } from './annotation.js';
import { excerpt, findMentions, locateOnce, nearest, occurrences, splitParagraphs } from './article.js';
import { buildDate } from './dates.js';
import { parseIsoDay } from './days.js';
import { type BuildError, ErrorList } from './errors.js';
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

/** Reports an alias or ignore phrase that never matches, with the nearest paragraph. */
function checkNamesFound(paragraphs: readonly Paragraph[], path: string, names: readonly string[], ignore: readonly string[], errors: ErrorList): void {
  for (const alias of names) {
    if (findMentions(paragraphs, [alias]).length === 0) {
      const anywhere = occurrences(paragraphs, alias).length > 0;
      errors.add(`${path}.aliases`, anywhere
        ? `alias ${excerpt(alias)} occurs only inside longer words (mentions match whole words)`
        : `alias ${excerpt(alias)} is not in the article; ${nearest(paragraphs, alias)}`);
    }
  }
  for (const phrase of ignore) {
    if (occurrences(paragraphs, phrase).length === 0) errors.add(`${path}.ignore`, `${excerpt(phrase)} is not in the article`);
  }
}

function mentionsOf(paragraphs: readonly Paragraph[], item: { name: string; aliases: string[]; ignore: string[] }, path: string, what: string, errors: ErrorList): SourceRef[] {
  checkNamesFound(paragraphs, path, item.aliases, item.ignore, errors);
  const mentions = findMentions(paragraphs, [item.name, ...item.aliases], item.ignore);
  if (mentions.length === 0) {
    errors.add(`${path}.mentions`, `the ${what} is never mentioned: neither its name ${excerpt(item.name)} nor an alias occurs as whole words; add the article's own words for it to "aliases"`);
  }
  return mentions;
}

/** Numbers written in digits in `words` ("1,000" → 1000). */
function numbersIn(words: string): number[] {
  return [...words.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) => Number(m[0].replace(/,/g, '')));
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

  for (const [list, items] of Object.entries({ actors: a.actors, quotes: a.quotes, events: a.events, places: a.places, figures: a.figures, relations: a.relations })) {
    checkIds(items, list, errors);
  }
  const actorIds = new Set(a.actors.map((x) => x.id));
  const placeIds = new Set(a.places.map((x) => x.id));
  const quoteById = new Map(a.quotes.map((q) => [q.id, q]));
  const paragraphById = new Map(paragraphs.map((p) => [p.id, p]));

  const actors = a.actors.map((x): Actor => {
    const path = `actors[${x.id}]`;
    if (x.country !== undefined && !COUNTRY.test(x.country)) errors.add(`${path}.country`, `"${x.country}" is not an ISO 3166-1 alpha-2 code`);
    if (x.age !== undefined && !(Number.isInteger(x.age) && x.age >= 0)) errors.add(`${path}.age`, 'must be a whole number of years');
    checkRefs(x.affiliations, actorIds, 'actor', `${path}.affiliations`, errors);
    if (x.affiliations.includes(x.id)) errors.add(`${path}.affiliations`, 'an actor cannot be affiliated with itself');
    const mentions = mentionsOf(paragraphs, x, path, 'actor', errors);
    return {
      id: x.id,
      name: x.name,
      kind: x.kind,
      ...(x.role !== undefined ? { role: x.role } : {}),
      ...(x.age !== undefined ? { age: x.age } : {}),
      ...(x.country !== undefined ? { country: x.country } : {}),
      affiliations: x.affiliations,
      ...(x.anonymous !== undefined ? { anonymous: x.anonymous } : {}),
      aliases: x.aliases,
      mentions,
    };
  });

  const places = a.places.map((x): Place => {
    const path = `places[${x.id}]`;
    if (x.country !== undefined && !COUNTRY.test(x.country)) errors.add(`${path}.country`, `"${x.country}" is not an ISO 3166-1 alpha-2 code`);
    const mentions = mentionsOf(paragraphs, x, path, 'place', errors);
    return {
      id: x.id,
      name: x.name,
      kind: x.kind,
      ...(x.country !== undefined ? { country: x.country } : {}),
      ...(x.coordinates !== undefined ? { coordinates: x.coordinates } : {}),
      mentions,
    };
  });

  /** Locates evidence or quote text; reports under `path` and returns a placeholder (end 0) on failure. */
  const locate = (words: string, paragraph: string | undefined, path: string): SourceRef => {
    const placeholder = { paragraph: paragraph ?? 'p1', start: 0, end: 0 };
    if (words === '') return placeholder; // missing: already reported
    const found = locateOnce(paragraphs, words, paragraph);
    if (found.ok) return found.ref;
    errors.add(path, found.error);
    return placeholder;
  };
  const located = (ref: SourceRef) => ref.end > 0;

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
    return {
      id: x.id,
      text: x.text,
      speaker: x.speaker,
      medium: x.medium,
      ...(x.context !== undefined ? { context: x.context } : {}),
      source,
      ...(x.continues !== undefined ? { continues: x.continues } : {}),
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
  const dateContext = (ref: SourceRef, selfId?: string) => ({
    published,
    paragraph: located(ref) ? paragraphById.get(ref.paragraph) : undefined,
    anchors,
    selfId,
  });
  const canDate = publishedOk;

  const events = a.events.map((x): TimelineEvent | undefined => {
    const path = `events[${x.id}]`;
    const source = locate(x.evidence, x.paragraph, `${path}.evidence`);
    checkRefs(x.actors, actorIds, 'actor', `${path}.actors`, errors);
    checkRefs(x.places, placeIds, 'place', `${path}.places`, errors);
    const when = x.when.edtf === '' || !canDate ? undefined : buildDate(x.when, `${path}.when`, dateContext(source, x.id), errors);
    if (!when) return undefined;
    return {
      id: x.id,
      title: x.title,
      ...(x.summary !== undefined ? { summary: x.summary } : {}),
      when,
      actors: x.actors,
      places: x.places,
      source,
    };
  });

  const figures = a.figures.map((x): Figure => {
    const path = `figures[${x.id}]`;
    const source = locate(x.evidence, x.paragraph, `${path}.evidence`);
    const written = numbersIn(x.evidence);
    if (written.length > 0 && !written.includes(x.value)) {
      errors.add(`${path}.value`, `${x.value} is not a number the evidence gives (it has ${written.join(', ')})`);
    }
    return {
      id: x.id,
      value: x.value,
      ...(x.approximate !== undefined ? { approximate: x.approximate } : {}),
      unit: x.unit,
      label: x.label,
      source,
    };
  });

  const relations = a.relations.map((x): Relation => {
    const path = `relations[${x.id}]`;
    const source = locate(x.evidence, x.paragraph, `${path}.evidence`);
    checkRefs([x.from], actorIds, 'actor', `${path}.from`, errors);
    checkRefs([x.to], actorIds, 'actor', `${path}.to`, errors);
    const since = x.since && canDate ? buildDate(x.since, `${path}.since`, dateContext(source), errors) : undefined;
    return {
      id: x.id,
      from: x.from,
      to: x.to,
      kind: x.kind,
      label: x.label,
      ...(since !== undefined ? { since } : {}),
      source,
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
