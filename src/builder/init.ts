/**
 * `sahel-widgets init DIR`: a new story folder with the article (one paragraph per line) and a
 * commented story.yaml skeleton that builds as it is.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { normaliseArticle } from './article.js';
import { parseIsoDay } from './days.js';

export interface InitOptions {
  /** Publication day, YYYY-MM-DD: relative dates in the text are read against it. */
  published: string;
  headline: string;
  publisher?: string;
  url?: string;
  /** BCP 47 tag of the article's language (default `en`). */
  language?: string;
  /** The article as pasted; normalised to one paragraph per line. Absent: an empty article.txt to fill. */
  articleText?: string;
  /** Overwrite an existing story.yaml or article.txt. */
  force?: boolean;
}

export type InitResult = { ok: true; files: string[]; paragraphs: number } | { ok: false; error: string };

const ID = /^[a-z0-9][a-z0-9_-]*$/;
const yamlString = (text: string) => JSON.stringify(text);

/** The commented skeleton of story.yaml. */
export function storyYamlSkeleton(options: InitOptions): string {
  const optional = (key: string, value: string | undefined) => (value === undefined ? `  # ${key}: "…"\n` : `  ${key}: ${yamlString(value)}\n`);
  return `# Annotation of article.txt. Every list below is optional; the builder checks each item against the
# article's own words (quote them by copying from article.txt, never by retyping).
# Build: \`npx sahel-widgets build <this folder>\`; format: the package's data/README.md.

article:
  headline: ${yamlString(options.headline)}
${optional('publisher', options.publisher)}${optional('url', options.url)}  published: ${yamlString(options.published)}
  byline: []
  contributors: []
  language: ${options.language ?? 'en'}

actors: []
# - id: jane-doe              # lower-case letters, digits, - and _
#   name: "Jane Doe"
#   kind: person              # person | organization | country | group
#   role: "mayor of Tamale"   # as the article says it
#   aliases: ["Ms. Doe"]      # other words the article uses for her; mentions are counted from these

quotes: []
# - id: doe-1
#   text: "We will rebuild."  # verbatim, without the quotation marks
#   speaker: jane-doe
#   medium: spoken            # spoken | sign | broadcast | statement

events: []
# - id: flood
#   title: "The river bursts its banks"
#   when: { edtf: "2025-09-12", phrase: "last Friday", basis: resolved }
#   status: past              # past | ongoing | planned | expected | threatened | conditional
#   actors: []
#   places: []
#   evidence: "the river burst its banks last Friday"

places: []
# - id: tamale
#   name: "Tamale"
#   kind: city                # city | country | region | site | river | facility
#   country: GH
#   coordinates: [-0.85, 9.40] # [longitude, latitude]

figures: []
# - id: displaced
#   value: 2000
#   qualifier: more-than      # about | some | nearly | almost | more-than | at-least | no-more-than | up-to | fewer-than
#   unit: "people"
#   label: "People displaced"
#   evidence: "more than 2,000 people"

relations: []
# - id: doe-leads-council
#   from: jane-doe
#   to: city-council
#   kind: leads
#   label: "leads"
#   evidence: "Jane Doe, who leads the city council"
`;
}

export function initStory(dir: string, options: InitOptions): InitResult {
  const id = basename(dir);
  if (!ID.test(id)) return { ok: false, error: `${dir}: the folder name is the story id and must be lower-case letters, digits, - and _ (e.g. "tamale-floods-2025")` };
  if (!parseIsoDay(options.published)) return { ok: false, error: `--published must be a day YYYY-MM-DD, not ${JSON.stringify(options.published)}` };
  if (options.headline.trim() === '') return { ok: false, error: '--headline must not be empty' };
  const article = join(dir, 'article.txt');
  const yaml = join(dir, 'story.yaml');
  if (!options.force) {
    for (const file of [article, yaml]) if (existsSync(file)) return { ok: false, error: `${file} exists already (use --force to overwrite it)` };
  }
  const text = options.articleText === undefined ? '' : normaliseArticle(options.articleText);
  mkdirSync(dir, { recursive: true });
  writeFileSync(article, text);
  writeFileSync(yaml, storyYamlSkeleton(options));
  return { ok: true, files: [article, yaml], paragraphs: text === '' ? 0 : text.split('\n').length - 1 };
}
