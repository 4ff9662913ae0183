/**
 * Many article folders for `build --jobs` (bench/README.md, "Many articles"): `count` story folders
 * derived from the annotated articles of data/, each with its own id, its people renamed and its
 * years moved, so that no two are byte-identical and each still builds.
 *
 * Years move by a multiple of 28, the period after which the calendar repeats (weekdays and leap
 * years) between 1901 and 2099, so "on Friday" and "last February 29" stay true of the moved dates.
 * Decades ("the 1990s") are left as they are. A template and a shift whose result the builder
 * refuses (checked once per pair, `checkTemplates`) are not used.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildStory } from '../../src/builder/build.js';
import { storyFolders } from '../../src/builder/run.js';

export interface Template {
  id: string;
  articleText: string;
  yamlText: string;
  /** Capitalised words of the people's names, longest first. */
  nameWords: string[];
}

export const SHIFTS = [-56, -28, 0, 28, 56];
const SYLLABLES = ['ka', 'mo', 'ri', 'tu', 'sa', 'le', 'bi', 'no', 'da', 'fe', 'gu', 'hi', 'ja', 'ko', 'lu', 'ma', 'ne', 'ou', 'pa', 'ze', 'wa', 'yi', 'ro', 'ti'];

/** A small deterministic generator (mulberry32), so that one seed gives one archive. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function readTemplates(dataDir: string): Template[] {
  return storyFolders(dataDir).map((id) => {
    const articleText = readFileSync(join(dataDir, id, 'article.txt'), 'utf8');
    const yamlText = readFileSync(join(dataDir, id, 'story.yaml'), 'utf8');
    const actors = ((parse(yamlText) as { actors?: { kind?: string; name?: string }[] }).actors ?? []);
    const words = new Set<string>();
    for (const a of actors) {
      const parts = a.kind === 'person' && typeof a.name === 'string' ? a.name.split(' ') : [];
      // Only names that are all names ("Bola Adeyemi", not "An official at NEMA").
      if (parts.length > 0 && parts.every((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w))) for (const w of parts) words.add(w);
    }
    return { id, articleText, yamlText, nameWords: [...words].sort((x, y) => y.length - x.length) };
  });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The template with its years moved by `shift` and its name words replaced as `names` says. */
export function variant(t: Template, shift: number, names: ReadonlyMap<string, string>): { articleText: string; yamlText: string } {
  const words = [...names.keys()];
  const nameRe = words.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  // A bare number of a figure (value: 2000) is an amount, not a year; a year in the article that
  // is also such an amount makes the pair fail checkTemplates.
  const year = /(?<!\d|(?:value|min|max): )(?:19|20)\d\d(?!\d|s\b)/g;
  const apply = (text: string) => {
    const moved = shift === 0 ? text : text.replace(year, (y) => String(Number(y) + shift));
    return nameRe ? moved.replace(nameRe, (w) => names.get(w) ?? w) : moved;
  };
  return { articleText: apply(t.articleText), yamlText: apply(t.yamlText) };
}

/** New names for a template's name words: distinct, and never a word already in its article. */
function newNames(t: Template, next: () => number): Map<string, string> {
  const taken = new Set(t.articleText.toLowerCase().split(/[^\p{L}]+/u));
  const names = new Map<string, string>();
  for (const w of t.nameWords) {
    let name = '';
    do {
      const n = 2 + Math.floor(next() * 2);
      name = Array.from({ length: n }, () => SYLLABLES[Math.floor(next() * SYLLABLES.length)]).join('');
      name = name[0].toUpperCase() + name.slice(1);
    } while (taken.has(name.toLowerCase()));
    taken.add(name.toLowerCase());
    names.set(w, name);
  }
  return names;
}

/**
 * The shifts each template takes: those whose variant (with one set of new names) the builder
 * accepts. Costs one build per template and shift.
 */
export function checkTemplates(templates: readonly Template[]): Map<string, number[]> {
  const ok = new Map<string, number[]>();
  for (const t of templates) {
    const names = newNames(t, random(1));
    ok.set(t.id, SHIFTS.filter((shift) => {
      const v = variant(t, shift, names);
      return buildStory({ id: `${t.id}-check`, ...v }).errors.length === 0;
    }));
  }
  return ok;
}

/**
 * Writes `count` story folders into `root` (article.txt + story.yaml, no story.json), from the
 * templates in turn. Returns the folder names.
 */
export function writeArticles(root: string, count: number, templates: readonly Template[], shifts: ReadonlyMap<string, number[]>, seed = 19): string[] {
  const usable = templates.filter((t) => (shifts.get(t.id) ?? []).length > 0);
  if (usable.length === 0) throw new Error('no template builds after renaming');
  const next = random(seed);
  const width = String(count - 1).length;
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = usable[i % usable.length];
    const options = shifts.get(t.id) ?? [0];
    const shift = options[Math.floor(next() * options.length)];
    const v = variant(t, shift, newNames(t, next));
    const id = `a${String(i).padStart(width, '0')}-${t.id.replace(/-\d{4}$/, '')}`;
    mkdirSync(join(root, id), { recursive: true });
    writeFileSync(join(root, id, 'article.txt'), v.articleText);
    writeFileSync(join(root, id, 'story.yaml'), v.yamlText);
    ids.push(id);
  }
  return ids;
}

export const folderCount = (root: string) => readdirSync(root).length;
