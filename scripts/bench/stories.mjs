// The stories the benchmark renders: the real first story, and generated stories of N events built
// from its shape (one paragraph, its actors and places, events `e1`…`eN` with varied fuzzy dates).
// Every story is checked with the library's own validator before use, so a page never benchmarks an
// error state.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { root } from './paths.mjs';

export const STORY_FILE = 'data/niamey-protests-2024/story.json';

/** The real story (13 events). */
export function realStory() {
  return JSON.parse(readFileSync(new URL(STORY_FILE, root), 'utf8'));
}

const pad = (n, w = 2) => String(n).padStart(w, '0');
const iso = (d) => `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const lastDay = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A valid fuzzy date for event `i`: precisions, qualifiers and bases rotate, years spread over 35 years. */
export function fuzzyDate(i) {
  const y = 1990 + ((i * 7) % 35);
  const m = 1 + ((i * 5) % 12);
  const d = 1 + ((i * 11) % 28);
  const basis = ['article', 'article', 'resolved', 'external'][i % 4];
  const extra = basis === 'resolved' ? { phrase: 'that spring' } : basis === 'external' ? { note: 'From outside the article.' } : {};
  const day = `${y}-${pad(m)}-${pad(d)}`;
  switch (i % 6) {
    case 0:
      return { edtf: day, start: day, end: day, precision: 'day', basis, ...extra };
    case 1: {
      const end = iso(new Date(Date.UTC(y, m - 1, d + 6)));
      return { edtf: `${day}/${end}`, start: day, end, precision: 'week', basis, ...extra };
    }
    case 2:
      return { edtf: `${y}-${pad(m)}`, start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${lastDay(y, m)}`, precision: 'month', basis, ...extra };
    case 3: {
      const code = 21 + (i % 4);
      const first = code * 3 - 60;
      const last = first + 2;
      const ey = y + (last > 12 ? 1 : 0);
      const em = last > 12 ? last - 12 : last;
      const end = `${ey}-${pad(em)}-${lastDay(ey, em)}`;
      return { edtf: `${y}-${code}`, start: `${y}-${pad(first)}-01`, end, precision: 'season', basis, ...extra };
    }
    case 4:
      return { edtf: `${y}~`, start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', approximate: true, basis, ...extra };
    default:
      return { edtf: `${y}`, start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', basis, ...extra };
  }
}

/** A story with `n` events `e1`…`eN`, shaped like the real one but with its first paragraph only. */
export function generateStory(n, base = realStory()) {
  const paragraph = base.article.paragraphs[0];
  const inP = (ref) => ref.paragraph === paragraph.id;
  // an actor's cited reason for anonymity stays only when it is in that paragraph (the validator checks it)
  const actors = base.actors.map(({ anonymityReason, ...a }) => ({ ...a, ...(anonymityReason && !inP(anonymityReason) ? {} : anonymityReason ? { anonymityReason } : {}), mentions: a.mentions.filter(inP) }));
  const places = base.places.map((p) => ({ ...p, mentions: p.mentions.filter(inP) }));
  const quotes = base.quotes.filter((q) => inP(q.source) && (!q.continues || base.quotes.some((c) => c.id === q.continues && inP(c.source))));
  const len = paragraph.text.length;
  const events = [];
  for (let i = 0; i < n; i++) {
    const model = base.events[i % base.events.length];
    const start = (i * 13) % Math.max(1, len - 40);
    events.push({
      id: `e${i + 1}`,
      title: `${model.title} (${i + 1})`,
      ...(model.summary && i % 2 ? { summary: model.summary } : {}),
      when: fuzzyDate(i),
      actors: model.actors,
      places: model.places,
      source: { paragraph: paragraph.id, start, end: Math.min(len, start + 40) },
    });
  }
  return {
    version: 1,
    id: `generated-${n}`,
    article: { ...base.article, headline: `${base.article.headline} (${n} generated events)`, paragraphs: [paragraph] },
    actors,
    quotes,
    events,
    places,
    figures: base.figures.filter((f) => inP(f.source)),
    relations: base.relations.filter((r) => inP(r.source)),
  };
}

let validator;

/** The library's validator (src/story/validate.ts), bundled for node on first use. */
async function loadValidator() {
  if (!validator) {
    const out = await build({
      entryPoints: [new URL('src/story/validate.ts', root).pathname],
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
    });
    const code = Buffer.from(out.outputFiles[0].contents).toString('base64');
    validator = (await import(`data:text/javascript;base64,${code}`)).validateStory;
  }
  return validator;
}

/** Throws when the story does not pass the library's validation, naming the first problems. */
export async function assertValid(story) {
  const result = (await loadValidator())(story);
  if (!result.ok) {
    const shown = result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`);
    throw new Error(`story ${story.id} is invalid: ${shown.join('; ')}`);
  }
}
