/**
 * `sahel-widgets draft`: one article to one story folder (the draft and its two files), and the
 * manifest that lists many for `draft --manifest FILE --jobs N`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { draft } from './draft/draft.js';

/** One article to draft: where it is, where its story folder goes, and its metadata. */
export interface DraftEntry {
  /** The article file. */
  article: string;
  /** The article's text, when it was not read from `article` (standard input). */
  text?: string;
  /** The story folder to write; its name is the story id. */
  out: string;
  published: string;
  headline?: string;
  publisher?: string;
  url?: string;
  language?: string;
}

/** What drafting one article printed: lines for standard output and for standard error. */
export interface DraftLines {
  ok: boolean;
  out: string[];
  err: string[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9_-]*$/;

/** Drafts one article into its story folder, refusing to overwrite a story unless `force`. */
export function draftArticle(entry: DraftEntry, options: { force?: boolean } = {}): DraftLines {
  const { out } = entry;
  const refuse = (message: string): DraftLines => ({ ok: false, out: [], err: [`${out}: ${message}`] });
  if (!ID.test(basename(out))) return refuse('the folder name is the story id and must be lower-case letters, digits, - and _');
  if (!DAY.test(entry.published)) return refuse(`published ${JSON.stringify(entry.published)} is not YYYY-MM-DD`);
  if (!options.force && ['article.txt', 'story.yaml'].some((f) => existsSync(join(out, f)))) return refuse('holds a story already (use --force to overwrite it)');
  if (entry.text === undefined && !existsSync(entry.article)) return refuse(`${entry.article} is missing`);
  const text = entry.text ?? readFileSync(entry.article, 'utf8');
  const started = Date.now();
  const result = draft(text, {
    published: entry.published,
    id: basename(out),
    headline: entry.headline,
    publisher: entry.publisher,
    url: entry.url,
    language: entry.language,
  });
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'article.txt'), result.articleText);
  writeFileSync(join(out, 'story.yaml'), result.yamlText);
  const c = result.counts;
  return {
    ok: true,
    out: [`wrote ${join(out, 'article.txt')} and ${join(out, 'story.yaml')} in ${Date.now() - started} ms: ${c.actors} actors, ${c.quotes} quotes, ${c.events} events, ${c.places} places, ${c.figures} figures, ${c.relations} relations; ${c.checks} to check, ${c.leftOut} left out`],
    err: [],
  };
}

const FIELDS = ['article', 'out', 'published', 'headline', 'publisher', 'url', 'language'] as const;

/**
 * The entries of a draft manifest: JSON Lines, one object per article with `article`, `out` and
 * `published` (and optionally `headline`, `publisher`, `url`, `language`), paths relative to the
 * manifest's folder. Blank lines are skipped. Every malformed line is an error naming its line.
 */
export function readDraftManifest(file: string, text = readFileSync(file, 'utf8')): { entries: DraftEntry[]; errors: string[] } {
  const base = dirname(resolve(file));
  const entries: DraftEntry[] = [];
  const errors: string[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const at = `${file}:${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push(`${at}: not a JSON object`);
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return void errors.push(`${at}: not a JSON object`);
    const record = value as Record<string, unknown>;
    const unknown = Object.keys(record).filter((k) => !(FIELDS as readonly string[]).includes(k));
    if (unknown.length > 0) return void errors.push(`${at}: unknown field ${JSON.stringify(unknown[0])} (fields: ${FIELDS.join(', ')})`);
    const wrong = FIELDS.find((k) => record[k] !== undefined && typeof record[k] !== 'string');
    if (wrong) return void errors.push(`${at}: ${wrong} must be a string`);
    const missing = (['article', 'out', 'published'] as const).find((k) => record[k] === undefined);
    if (missing) return void errors.push(`${at}: ${missing} is required`);
    const entry = record as unknown as DraftEntry;
    entries.push({ ...entry, article: resolve(base, entry.article), out: resolve(base, entry.out) });
  });
  return { entries, errors };
}
