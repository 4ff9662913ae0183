/**
 * `draft(text, options)`: from article text to a draft annotation that builds as it is. Every item
 * carries the article's exact words, so the builder verifies it; what the extractor is unsure of is
 * kept and marked `# check: <why>`; what the builder refuses is left out with a comment saying what
 * was seen. The draft is then the editor's to review (`sahel-widgets preview`) and fix.
 */
import { Document, isMap, isSeq, type YAMLMap } from 'yaml';
import { escapeRegExp, indexesOf, normaliseArticle } from '../article.js';
import { buildStory } from '../build.js';
import type { BuildError } from '../errors.js';
import { resolveDateForCli } from '../date-command.js';
import { type DraftActor, type DraftPlace, findEntities } from './entities.js';
import { NAMED_BEFORE } from './descriptions.js';
import { anchoredDay, calendarDay, plannedMonthRun } from './calendar.js';
import { daysBetween } from '../days.js';
import { EVENT_NOUN, beforeEvents, findEvents } from './events.js';
import { findFigures } from './figures.js';
import { gazetteer } from './gazetteer.js';
import { findQuotes } from './quotes.js';
import { findRelations } from './relations.js';
import { Ids, hasWords, normalise, sentences, withoutDateline } from './text.js';

export interface DraftOptions {
  /** Publication day, YYYY-MM-DD. */
  published: string;
  headline?: string;
  publisher?: string;
  url?: string;
  /** BCP 47 (default `en`; the extractor reads English). */
  language?: string;
  /** The story id (the folder's name); used to check that the draft builds. */
  id?: string;
}

export interface DraftResult {
  /** article.txt: one paragraph per line, characters as given. */
  articleText: string;
  /** story.yaml, with `# check:` comments. */
  yamlText: string;
  /** How many items of each kind the draft holds, and how many were left out. */
  counts: Record<'actors' | 'quotes' | 'events' | 'places' | 'figures' | 'relations', number> & { checks: number; leftOut: number };
}

type Item = Record<string, unknown> & { id: string };
type Lists = Record<'actors' | 'places' | 'quotes' | 'events' | 'figures' | 'relations', Item[]>;
const LISTS = ['actors', 'places', 'quotes', 'events', 'figures', 'relations'] as const;

const PRONOUNS = /^(?:he|she|him|her)$/i;
const ANONYMITY = /\b(?:on condition of anonymity|(?:asked|declined|requested) not to be (?:named|identified)|declined to be (?:named|identified)|speaking anonymously|who (?:asked|spoke) (?:for|on condition of) anonymity|(?:declined|refused|did not want) to (?:give|be identified by|have) (?:his|her|their) (?:full )?(?:name|surname)|(?:did not|does not) want (?:his|her|their) name (?:used|published))\b(?:,?\s+((?:because|to|as|since|for fear)\b[^.,;“”]*))?/i;
const CORRECTION = /^(?:Correction|Clarification|Editor’s note|Editor's note|An earlier version of this (?:article|story))\b/i;

export function draft(text: string, options: DraftOptions): DraftResult {
  const articleText = normaliseArticle(text);
  const paragraphs = articleText.split('\n').filter((p) => p !== '');
  const corrections = new Set(paragraphs.flatMap((p, i) => (CORRECTION.test(p) ? [i] : [])));
  const gaz = gazetteer();
  const entities = findEntities(paragraphs, gaz);
  const checks = new Map<Item, string[]>();
  const doubt = (item: Item, why: string[]) => {
    if (why.length) checks.set(item, [...(checks.get(item) ?? []), ...why]);
  };

  // --- actors: named ones, then the speakers the quotes add ------------------------------------------
  const actorIds = new Ids();
  const actorOf = new Map<DraftActor, string>();
  const described = new Map<string, DraftActor>();
  const sexOf = new Map<DraftActor, 'm' | 'f'>();
  const lastSpeaker: { actor?: DraftActor; at?: [number, number] } = {};
  const all = entities.actors;
  // "A senior official at the ministry, who spoke on condition of anonymity because …": the sentence
  // that introduces an unnamed person says why the name is withheld
  for (const a of all) {
    if (a.kind !== 'person' || !/^(?:an?|one|another)\s/i.test(a.name)) continue;
    const sentence = sentences(paragraphs[a.first[0]]).find((x) => x.start <= a.first[1] && a.first[1] < x.end)?.text ?? '';
    const anon = ANONYMITY.exec(sentence);
    if (!anon) continue;
    a.anonymous = true;
    if (anon[1]) a.anonymityReason = anon[1].trim();
  }
  const findActor = (words: string, at: [number, number], create: boolean): DraftActor | undefined => {
    const w = words.replace(/^(?:the|a|an)\s+/i, '').trim();
    const n = normalise(w);
    // "a company engineer" is the actor "A company engineer"
    const bare = (x: string) => normalise(x.replace(/^(?:the|a|an)\s+/i, ''));
    const byName = all.find((a) => bare(a.name) === n || [...a.aliases].some((x) => bare(x) === n));
    if (byName) return byName;
    if (PRONOUNS.test(w)) {
      // the nearest before it of: the last person named, the last speaker quoted, a person the
      // paragraph introduces by description ("one resident, a retired teacher, …"); not one of the
      // other sex when the article says so ("Mr.", "Ms.")
      const isBefore = (x: readonly [number, number]) => x[0] < at[0] || (x[0] === at[0] && x[1] < at[1]);
      const sex = /^(?:he|him)$/i.test(w) ? 'm' : 'f';
      const fits = (a: DraftActor) => a.kind === 'person' && (sexOf.get(a) ?? genderOf(a) ?? sex) === sex;
      const candidates: { actor: DraftActor; at: readonly [number, number] }[] = [];
      const mention = entities.personMentions.filter((m) => isBefore(m.at) && fits(m.actor)).at(-1);
      if (mention) candidates.push(mention);
      if (lastSpeaker.actor && lastSpeaker.at && fits(lastSpeaker.actor)) candidates.push({ actor: lastSpeaker.actor, at: lastSpeaker.at });
      const introduced = describedPerson(paragraphs[at[0]].slice(0, at[1]));
      if (introduced) candidates.push({ actor: describe(introduced.words, [at[0], introduced.index]), at: [at[0], introduced.index] });
      candidates.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
      const chosen = candidates.at(-1)?.actor;
      // once "she" is Ada Nwosu, a later "he" is someone else
      if (chosen && !sexOf.has(chosen)) sexOf.set(chosen, sex);
      return chosen ?? lastSpeaker.actor;
    }
    if (/^(?:they|we)$/i.test(w)) {
      // "Officials said the water was safe. “…,” they said": the people the paragraph last has speaking
      const plural = [...paragraphs[at[0]].slice(0, at[1]).matchAll(PLURAL_SPEAKERS)].at(-1)?.[1];
      const known = plural ? all.find((a) => bare(a.name) === normalise(plural) || [...a.aliases].some((x) => bare(x) === normalise(plural))) : undefined;
      if (plural && (known || !all.some((a) => a.kind === 'person' && a.name.endsWith(plural)))) return known ?? describe(plural, [at[0], paragraphs[at[0]].lastIndexOf(plural, at[1])]);
      return lastSpeaker.actor;
    }
    const surname = /^(?:Mr|Mrs|Ms|Dr|Gen|Col|Prof)\.?\s+(.+)$/.exec(w)?.[1] ?? w;
    const bySurname = all.find((a) => a.kind === 'person' && a.name.split(' ').at(-1) === surname);
    if (bySurname) return bySurname;
    // "the minister", "the spokesman", "the company": the last one named with that role or word
    // ("the farmers’ union": a possessive word may qualify the head noun)
    if (/^[a-z][a-z’'-]*(?: [a-z-]+)?$/.test(w) && /^the\s/i.test(words)) {
      const head = w.split(' ').at(-1)!;
      const byRole = [...entities.personMentions].reverse().find((m) => (m.at[0] < at[0] || (m.at[0] === at[0] && m.at[1] < at[1])) && (new RegExp(`\\b${escapeRegExp(head)}\\b(?![’']s)`, 'i').test(`${m.actor.role ?? ''}`) || titledBefore(head, paragraphs[m.at[0]].slice(Math.max(0, m.at[1] - 80), m.at[1]))));
      if (byRole) return byRole.actor;
      // the organisation whose name holds all the words ("Mekong Delta Farmers’ Union"), else the head noun
      const org = all.find((a) => a.kind === 'organization' && new RegExp(`\\b${escapeRegExp(w)}\\b`, 'i').test(a.name)) ?? all.find((a) => a.kind === 'organization' && new RegExp(`\\b${escapeRegExp(head)}\\b`, 'i').test(a.name));
      if (org) return org;
    }
    // "Opposition lawmaker Venâncio Mondlane", "Police spokesman Bruno Shioso": a named person after a description
    const described2 = all.find((a) => a.kind === 'person' && a.name.includes(' ') && new RegExp(`\\s${escapeRegExp(a.name)}$`).test(w));
    if (described2) return described2;
    // "The opposition Citizens’ Forum", "the state-owned Zesco": a named actor after lower-case words that describe it
    const described3 = /^(?:[a-z][\p{Ll}-]*\s+){1,3}[A-Z]/u.test(w) ? all.find((a) => [a.name, ...a.aliases].some((x) => /^[A-Z]/.test(x) && x.length > 2 && w.endsWith(` ${x}`) && /^(?:(?!(?:at|of|in|for|from|with|by|on|near|to|and|or)\s)[a-z][\p{Ll}-]*\s+){1,3}$/u.test(w.slice(0, -x.length)))) : undefined;
    if (described3) return described3;
    if (!create) return undefined;
    if (/^[A-Z]/.test(w) && w.split(' ').every((x) => /^[A-Z][\p{L}.’'-]*$/u.test(x))) {
      const person: DraftActor = { key: `person:${n}`, name: w, kind: 'person', aliases: new Set(), first: at, doubts: ['named only as a speaker'] };
      all.push(person);
      return person;
    }
    // an unnamed speaker, by the article's description: "a Western diplomat", "one protester"
    return describe(words, at);
  };
  function describe(words: string, at: [number, number]): DraftActor {
    const w = words.replace(/^(?:the|a|an)\s+/i, '').trim();
    const n = normalise(w);
    // "A 45-year-old crane operator, who declined to give his name, … “…,” he said": the one already found
    let d = described.get(n) ?? all.find((a) => normalise(a.name.replace(/^(?:the|a|an|one)\s+/i, '')) === n);
    if (!d) {
      const name = words.charAt(0).toUpperCase() + words.slice(1);
      // "a European diplomat in Accra" is also "a European diplomat"
      const head = words.replace(/\s+(?:in|at|of|from|near|outside|on)\s.*$/s, '');
      const noun = head.split(/\s+/).at(-1) ?? '';
      d = { key: `described:${n}`, name, kind: (/s$/.test(noun) && !/ss$/.test(noun)) || /^(?:group|crowd|team|delegation|family|couple)$/i.test(noun) ? 'group' : 'person', aliases: new Set([words, head]), first: at, doubts: [] };
      described.set(n, d);
      all.push(d);
    }
    return d;
  }

  // --- quotes -------------------------------------------------------------------------------------------
  const quoteIds = new Ids();
  const quotes: Item[] = [];
  let previousQuote: Item | undefined;
  for (const q of findQuotes(paragraphs)) {
    if (corrections.has(q.paragraph)) continue;
    const at: [number, number] = [q.paragraph, q.start];
    let speaker = q.speaker ? findActor(q.speaker, at, true) : undefined;
    // "Niger later criticized …": a country speaks through its government, when the article names it
    if (speaker?.kind === 'country') {
      const government = all.find((a) => a.kind === 'organization' && (a.key === `inst:${speaker!.country}:government` || /^inst:[A-Z]{2}:(?:.+ )?government$/.test(a.key) && a.key.startsWith(`inst:${speaker!.country}:`)));
      if (government) speaker = government;
    }
    // a whole quotation with no attribution in its sentence is kept, for review, as the nearest voice
    // before it: the person the paragraph names last, else the speaker quoted in the two paragraphs before
    if (!speaker && !q.partial) {
      const named = entities.personMentions.filter((m) => m.at[0] === at[0] && m.at[1] < at[1]).at(-1)?.actor;
      const recent = lastSpeaker.actor && lastSpeaker.at && at[0] - lastSpeaker.at[0] <= 2 ? lastSpeaker.actor : undefined;
      speaker = named ?? recent;
      if (speaker) q.doubts = [`no attribution found: taken as ${speaker.name}, the nearest person named or quoted before it`];
    }
    const item: Item = { id: '', text: q.text, speaker: '', medium: q.medium };
    if (!speaker) {
      doubt(item, q.doubts);
      item.speaker = '';
    } else {
      lastSpeaker.actor = speaker;
      lastSpeaker.at = at;
      item.speaker = speaker;
      const sentence = sentences(paragraphs[q.paragraph]).find((s) => s.start <= q.start && q.start < s.end)?.text ?? '';
      const anon = ANONYMITY.exec(sentence);
      if (anon) {
        speaker.anonymous = true;
        if (anon[1]) speaker.anonymityReason = anon[1].trim();
      }
    }
    item.id = quoteIds.take(`${speaker ? speaker.name.split(' ').at(-1) : 'quote'}-${q.text.split(/\s+/).slice(0, 3).join(' ')}`);
    if (q.channel) item.channel = q.channel;
    if (q.context) item.context = q.context;
    if (q.partial) item.partial = true;
    if (q.nested.length) item.nested = q.nested;
    if (q.continues && previousQuote) item.continues = previousQuote.id;
    if (occurrences(paragraphs, q.text) > 1) item.paragraph = `p${q.paragraph + 1}`;
    doubt(item, speaker ? q.doubts : []);
    quotes.push(item);
    previousQuote = item;
  }

  // --- figures ------------------------------------------------------------------------------------------
  const figureIds = new Ids();
  const figures: Item[] = [];
  const found = findFigures(paragraphs, corrections);
  for (const f of found) {
    // the sentence of the number itself: a restated count's evidence starts in the sentence before, at its unit
    // ("… 12,000 people had joined. Police put the number at 3,000 to 4,000"), and its source is in this one
    const sentence = withoutDateline(sentences(paragraphs[f.paragraph]).find((s) => s.start < f.end && f.end <= s.end)?.text ?? '');
    // the source of a figure: "according to X", "X said", "X, known as Y, said"
    const claim = /according to ([^,.;“”]+)/i.exec(sentence)?.[1] ?? /(?:^|[,.]\s+)((?:the\s+)?[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*)*|police|officials|organi[sz]ers)(?:,\s+(?:(?:also\s+)?known as|which|who)\s[^,;“”]{1,60},)?\s+(?:said|says|estimated|put|counted|reported)\b/u.exec(sentence)?.[1];
    const claimedBy = claim ? findActor(claim, [f.paragraph, f.start], false) : undefined;
    const label = f.unit ?? (f.currency ? `amount in ${f.currency}` : 'figure');
    const item: Item = {
      id: figureIds.take(`${label}-${f.value ?? f.min}`),
      ...(f.value !== undefined ? { value: f.value } : { min: f.min, max: f.max }),
      ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      ...(f.approximate ? { approximate: true } : {}),
      ...(f.unit ? { unit: f.unit } : {}),
      ...(f.currency ? { currency: f.currency } : {}),
      label: labelOf(sentence, f.text),
      ...(claimedBy ? { claimedBy } : {}),
      evidence: f.text,
    };
    if (occurrences(paragraphs, f.text) > 1) item.paragraph = `p${f.paragraph + 1}`;
    doubt(item, f.doubts);
    figures.push(item);
  }
  // the same quantity counted by two sources, in one paragraph or the next: contested
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const a = figures[i];
      const b = figures[j];
      const near = Math.abs(found[i].paragraph - found[j].paragraph) <= 1;
      if (near && a.unit && a.unit === b.unit && a.claimedBy && b.claimedBy && a.claimedBy !== b.claimedBy && (a.value ?? a.min) !== (b.value ?? b.min)) {
        b.contests = [...((b.contests as string[] | undefined) ?? []), a.id];
        doubt(b, [`read as disputing ${a.id}: the same unit claimed by another source`]);
      }
      // "6.5 billion naira, about $4.2 million": one amount in two currencies
      if (found[i].paragraph === found[j].paragraph && a.currency && b.currency && a.currency !== b.currency && found[j].start - found[i].end < 12) b.sameAs = a.id;
    }
  }

  // --- events -------------------------------------------------------------------------------------------
  const eventIds = new Ids();
  const events: Item[] = [];
  const published = options.published;
  // the resolver's phrases, else a calendar day the article states ("March 17")
  const dateOf = (phrase: string, planned: boolean, anchor?: string, anchorDays?: { start: string; end: string }) => {
    // ("from March to May", planned in April: next year's run, calendar.ts)
    const run = planned ? plannedMonthRun(phrase, published) : undefined;
    if (run) return { ...run, stated: true, nextRun: true };
    const r = resolveDateForCli(phrase, { published, planned, ...(anchor ? { anchor } : {}) });
    if (r.ok) return { ...r.result, stated: false };
    // "later that year": from the days of the event it counts from
    const day = (anchorDays && anchoredDay(phrase, anchorDays)) || calendarDay(phrase, published, planned);
    return day && { ...day, stated: true };
  };
  const dated = findEvents(paragraphs, (phrase, planned) => dateOf(phrase, planned) !== undefined, corrections);
  // the days of each event counted from the publication day, for telling a possessive that only names one
  const spans = dated.map((e) => (e.anchor === undefined ? dateOf(e.phrase, e.status !== 'past' && e.status !== 'ongoing') : undefined));
  // an anchor is an index in `dated`; some of those do not resolve and make no item
  const itemOf: (Item | undefined)[] = [];
  const daysOfItem = new Map<Item, { start: string; end: string }>();
  for (const e of dated) {
    itemOf.push(undefined);
    const anchor = e.anchor !== undefined ? itemOf[e.anchor] : undefined;
    const anchorWhen = anchor?.when as { edtf: string } | undefined;
    let status = e.status;
    const anchorDays = anchor ? daysOfItem.get(anchor) : undefined;
    let r = dateOf(e.phrase, status !== 'past' && status !== 'ongoing', anchorWhen?.edtf, anchorDays);
    if (!r) continue;
    // "Two years later, a devaluation pushed prices up": a past clause counted into the future has the wrong anchor
    if (anchor && status === 'past' && r.start > published) continue;
    // "Three days later", counted from "in 2019": days from a year name no days
    const span = anchorDays ? daysBetween(anchorDays.start, anchorDays.end) : 0;
    const offset = /^\S+\s+(days?|weeks?|months?)\s+(?:later|earlier|after|before|afterwards|on)$/i.exec(e.phrase)?.[1];
    if (anchor && offset && ((/^(?:days?|weeks?)$/i.test(offset) && span > 31) || (/^months?$/i.test(offset) && span > 366))) continue;
    // the date decides what the verbs could not: "was due to begin next month" is still to come,
    // "forecast earlier this month" is past, "since last summer … has threatened" runs to today
    const settled = statusForDate(status, r.start, r.end, published);
    if (settled !== status) {
      e.doubts = [...e.doubts.filter((d) => !/^status /.test(d)), `status "${settled}" taken from the date (${r.start}..${r.end}) against the publication day`];
      status = settled;
      r = dateOf(e.phrase, status !== 'past' && status !== 'ongoing', anchorWhen?.edtf, anchorDays) ?? r;
    }
    // "Saturday’s demonstration" after "protesters gathered on Saturday": the same event again; "last
    // week’s by-elections", when the article dates them closer ("on Tuesday of last week"), too
    const r0 = r;
    const inside = (x: { start: string; end: string }) => x.start >= r0.start && x.end <= r0.end && (x.start !== r0.start || x.end !== r0.end);
    if (e.possessive && (events.some((x) => (x.when as { edtf: string }).edtf === r0.edtf) || spans.some((x, k) => k !== dated.indexOf(e) && x !== undefined && inside(x)))) continue;
    e.status = status;
    const absolute = r.stated || (/\b\d{4}\b/.test(e.phrase) && !/\b(?:since|by|until)\b/i.test(e.phrase));
    // "Two years later", counted from "the spring of 2019": an offset in years gives a year, not a season
    const years = anchor && /\b(?:years?|decades?)\s+(?:later|earlier|after|before|afterwards|on)\b/i.test(e.phrase) && !/^(?:year|decade)$/.test('precision' in r ? r.precision : '');
    const firstYear = r.start.slice(0, 4);
    const lastYear = r.end.slice(0, 4);
    const when = years
      ? { edtf: firstYear === lastYear ? firstYear : `${firstYear}/${lastYear}`, phrase: e.phrase, basis: 'editor', start: `${firstYear}-01-01`, end: `${lastYear}-12-31`, note: `“${e.phrase}”, counted from event ${String(anchor.id)} (${anchorWhen?.edtf ?? ''}): an offset in years gives the year, not a finer date` }
      : 'nextRun' in r
        ? // the builder would read the phrase as the rest of this year's run: the date is the draft's own reading, said in a note
          { edtf: r.edtf, basis: 'article', note: `“${e.phrase}”, still to come: a run of months already begun at publication is taken as next year’s` }
        : { edtf: r.edtf, phrase: e.phrase, basis: absolute ? 'article' : 'resolved', ...(anchor ? { relativeTo: anchor.id } : {}) };
    const item: Item = {
      id: eventIds.take(e.title.split(/\s+/).slice(0, 4).join(' ')),
      title: e.title,
      when,
      ...(e.status !== 'past' ? { status: e.status } : {}),
      ...(e.condition ? { condition: e.condition } : {}),
      actors: present(all, e.sentence.text),
      places: present(entities.places, e.sentence.text),
      evidence: e.sentence.text,
    };
    if (occurrences(paragraphs, e.sentence.text) > 1) item.paragraph = `p${e.paragraph + 1}`;
    doubt(item, e.doubts);
    events.push(item);
    itemOf[itemOf.length - 1] = item;
    daysOfItem.set(item, years ? { start: `${firstYear}-01-01`, end: `${lastYear}-12-31` } : { start: r.start, end: r.end });
  }

  // "pending a full hearing in March" and "the hearing, which has been set for March 17": one event still
  // to come, named twice; the closer date is kept
  const nouns = (text: string) => new Set([...text.toLowerCase().matchAll(new RegExp(`(?<![\\p{L}-])${EVENT_NOUN}\\b`, 'gu'))].map((m) => m[0]));
  // the noun the time phrase dates: "a full hearing in March", not any noun of the sentence
  const datedNoun = (item: Item) => {
    // (a date the draft reads itself, "from March to May" next year, has no phrase and names no noun)
    const said = (item.when as { phrase?: string }).phrase;
    if (said === undefined) return new Set<string>();
    const phrase = escapeRegExp(said);
    const m = new RegExp(`(?<![\\p{L}-])(${EVENT_NOUN})(?:\\s+[\\p{L}’'-]+){0,2}\\s+${phrase}`, 'iu').exec(item.evidence as string);
    return m ? new Set([m[1].toLowerCase()]) : new Set<string>();
  };
  const daysOf = (item: Item) => ((item.when as { phrase?: string }).phrase === undefined ? daysOfItem.get(item) : dateOf((item.when as { phrase: string }).phrase, true));
  for (const item of [...events]) {
    if (item.status !== 'planned' && item.status !== 'expected') continue;
    const mine = daysOf(item);
    const named = datedNoun(item);
    if (!mine || named.size === 0 || events.some((x) => (x.when as { relativeTo?: string }).relativeTo === item.id)) continue;
    const closer = events.find((x) => {
      if (x === item || (x.status !== 'planned' && x.status !== 'expected')) return false;
      const theirs = daysOf(x);
      return !!theirs && theirs.start >= mine.start && theirs.end <= mine.end && (theirs.start !== mine.start || theirs.end !== mine.end) && [...nouns(x.evidence as string)].some((n) => named.has(n));
    });
    if (closer) events.splice(events.indexOf(item), 1);
  }
  // "threatened to sue if a home was demolished before the hearing": from today to the day of the event the noun names
  for (const b of beforeEvents(paragraphs, corrections)) {
    const noun = new RegExp(`\\b${escapeRegExp(b.noun)}\\b`, 'i');
    const target = events.find((x) => (x.status === 'planned' || x.status === 'expected') && noun.test(x.evidence as string) && (daysOf(x)?.start ?? '') >= published);
    const until = target && daysOf(target)?.start;
    if (!target || !until) continue;
    const item: Item = {
      id: eventIds.take(b.title.split(/\s+/).slice(0, 4).join(' ')),
      title: b.title,
      when: { phrase: b.words, basis: 'editor', start: published, end: until, note: `From the publication day to the day of event ${target.id} ("${b.words}")` },
      status: b.status,
      ...(b.condition ? { condition: b.condition } : {}),
      actors: present(all, b.sentence.text),
      places: present(entities.places, b.sentence.text),
      evidence: b.sentence.text,
    };
    if (occurrences(paragraphs, b.sentence.text) > 1) item.paragraph = `p${b.paragraph + 1}`;
    doubt(item, [`dated up to event ${String(target.id)}, which "${b.words}" names`]);
    events.push(item);
  }

  // --- relations ----------------------------------------------------------------------------------------
  const relationIds = new Ids();
  const relations: Item[] = [];
  for (const r of findRelations(paragraphs)) {
    // "the commission’s chairwoman": a common noun names the last actor it fits, as "the minister" does
    // "a lawyer for the collective": a common noun at an end names an organisation or group before a person
    const common = (words: string) => {
      const head = /^(?:the\s+)?\p{Ll}[\p{L}’'-]*(?:\s+\p{Ll}[\p{L}’'-]*)*$/iu.test(words) && !/\p{Lu}/u.test(words.replace(/^The\s/, '')) ? words.split(/\s+/).at(-1)! : undefined;
      const word = head && new RegExp(`(?<![\\p{L}])${escapeRegExp(head)}(?![\\p{L}])`, 'iu');
      // ("General Tchiani, the country’s leader": "the country" is a country, the one the article names first,
      // never a body whose alias holds the word, "the country’s military")
      if (head && /^(?:country|nation)$/i.test(head)) return all.find((a) => a.kind === 'country');
      if (!word) return undefined;
      // ("Kazakhstan’s aviation committee … Parliament’s transport committee will … The committee’s chairman":
      // one the relation's own paragraph names first, before the relation, else the first it fits)
      const fits = all.filter((a) => a.kind !== 'person' && [a.name, ...a.aliases].some((n) => word.test(n)));
      const sentenceAt = paragraphs[r.paragraph].indexOf(r.evidence);
      return fits.find((a) => a.first[0] === r.paragraph && sentenceAt >= 0 && a.first[1] < sentenceAt) ?? fits[0];
    };
    const end = (words: string) => common(words) ?? findActor(/^\p{Ll}/u.test(words) ? `the ${words}` : words, [r.paragraph, 0], false);
    let from = end(r.from);
    const to = end(r.to);
    // "a World Bank-funded company": the funder is named only inside the adjective
    if (!from && to && r.fromMention) {
      from = { key: `organization:${normalise(r.from)}`, name: r.from, kind: 'organization', aliases: new Set([r.fromMention]), first: [r.paragraph, 0], doubts: [`named only in "${r.fromMention}"`] };
      all.push(from);
    }
    // "a radio station in Ho", "a lawmaker from the Volta Region": the other end may be a place
    const place = !to ? entities.places.find((x) => [x.name, ...x.aliases].some((n) => normalise(n) === normalise(r.to.replace(/^the\s+/i, '')))) : undefined;
    if (from && place) {
      if (!relations.some((x) => x.from === from && x.to === place)) relations.push({ id: relationIds.take(`${from.name}-${r.kind}-${place.name}`), from, to: place, toKind: 'place', kind: r.kind, label: r.label, evidence: r.evidence });
      continue;
    }
    if (!from || !to || from === to) continue;
    if (relations.some((x) => (x.from === from && x.to === to) || (x.from === to && x.to === from))) continue;
    relations.push({ id: relationIds.take(`${from.name}-${r.kind}-${to.name}`), from, to, kind: r.kind, label: r.label, evidence: r.evidence });
  }
  // "An official at NEMA", "a spokesman for the ministry": an unnamed actor described by where it works
  for (const a of all) {
    const at = /^(?:An?|The|One)\s+(?:[\p{L}-]+\s+){0,2}?(?:official|officer|engineer|spokesman|spokeswoman|spokesperson|employee|worker|staff member|source|diplomat|aide|adviser|lawyer)\s+(?:at|of|for|with|from)\s+(.+)$/u.exec(a.name);
    const org = at ? findActor(at[1], [0, 0], false) : undefined;
    if (!at || !org || org === a || org.kind === 'person' || relations.some((x) => x.from === a && x.to === org)) continue;
    relations.push({ id: relationIds.take(`${a.name}-works-for-${org.name}`), from: a, to: org, kind: 'works-for', label: 'works for', evidence: a.name.replace(/^./, (c) => c) });
  }
  // "whose son", "her husband": the relative and the person it is named for
  for (const a of all) {
    if (!a.kin || !all.includes(a.kin.of) || relations.some((x) => x.from === a && x.to === a.kin!.of)) continue;
    const kind = `${a.kin.noun === 'children' ? 'child' : a.kin.noun.replace(/s$/, '')}-of`;
    relations.push({ id: relationIds.take(`${a.name}-${kind}-${a.kin.of.name}`), from: a, to: a.kin.of, kind, label: `${a.kin.noun} of ${a.kin.of.name}`, evidence: a.kin.words, ...(occurrences(paragraphs, a.kin.words) > 1 ? { paragraph: `p${a.kin.paragraph + 1}` } : {}) });
  }
  // two sources counting one quantity: the one who disputes the other's figure
  for (const f of figures) {
    for (const c of (f.contests as string[] | undefined) ?? []) {
      const other = figures.find((x) => x.id === c);
      const [from, to] = [f.claimedBy, other?.claimedBy] as [DraftActor | undefined, DraftActor | undefined];
      if (!from || !to || from === to || relations.some((x) => (x.from === from && x.to === to) || (x.from === to && x.to === from))) continue;
      relations.push({ id: relationIds.take(`${from.name}-disputes-${to.name}`), from, to, kind: 'disputes-figure', label: `disputes the figure of ${to.name}`, evidence: f.evidence as string, ...(f.paragraph ? { paragraph: f.paragraph } : {}) });
    }
  }

  // --- ids, and the lists as the annotation writes them ---------------------------------------------------
  const used = new Set<DraftActor>([...quotes.map((q) => q.speaker), ...figures.map((f) => f.claimedBy), ...relations.flatMap((r) => [r.from, r.to])].filter((a): a is DraftActor => typeof a === 'object' && a !== null));
  const actorsOut: Item[] = [];
  for (const a of all) {
    if (a.key.startsWith('described:') && !used.has(a)) continue;
    const id = actorIds.take(a.name.replace(/^(?:an?|the|one)\s+/i, ''));
    actorOf.set(a, id);
    const item: Item = {
      id,
      name: a.name,
      kind: a.kind,
      ...(a.role ? { role: a.role } : {}),
      ...(a.age !== undefined ? { age: a.age } : {}),
      ...(a.country ? { country: a.country } : {}),
      ...(a.anonymous ? { anonymous: true } : {}),
      ...(a.anonymityReason ? { anonymityReason: a.anonymityReason } : {}),
      aliases: [...a.aliases].filter((x) => x !== a.name && hasWords(articleText, x)),
    };
    doubt(item, a.doubts);
    actorsOut.push(item);
  }
  const idOf = (v: unknown) => (typeof v === 'object' && v !== null ? actorOf.get(v as DraftActor) ?? '' : v);
  for (const q of quotes) q.speaker = idOf(q.speaker);
  for (const f of figures) if (f.claimedBy) f.claimedBy = idOf(f.claimedBy);
  for (const r of relations) {
    r.from = idOf(r.from);
    if (r.toKind !== 'place') r.to = idOf(r.to);
  }
  for (const e of events) e.actors = (e.actors as DraftActor[]).map((a) => actorOf.get(a)).filter((x): x is string => !!x);
  const placeIds = new Ids();
  const placeOf = new Map<DraftPlace, string>();
  const placesOut: Item[] = entities.places.map((p) => {
    const id = placeIds.take(p.name);
    placeOf.set(p, id);
    const item: Item = {
      id,
      name: p.name,
      kind: p.kind,
      ...(p.country ? { country: p.country } : {}),
      ...(p.coordinates ? { coordinates: p.coordinates } : {}),
      aliases: [...p.aliases].filter((x) => x !== p.name),
    };
    doubt(item, p.doubts);
    return item;
  });
  for (const e of events) e.places = (e.places as DraftPlace[]).map((p) => placeOf.get(p)).filter((x): x is string => !!x);
  for (const r of relations) if (r.toKind === 'place') r.to = placeOf.get(r.to as DraftPlace) ?? '';

  const lists: Lists = { actors: actorsOut, places: placesOut, quotes, events, figures, relations };
  const article = {
    headline: options.headline ?? paragraphs[0]?.slice(0, 120) ?? 'Untitled',
    ...(options.publisher ? { publisher: options.publisher } : {}),
    ...(options.url ? { url: options.url } : {}),
    published,
    byline: [],
    contributors: [],
    language: options.language ?? 'en',
  };
  const leftOut = settle(options.id ?? 'draft', articleText, article, lists, checks);
  return {
    articleText,
    yamlText: toYaml(article, lists, checks, leftOut, options.headline === undefined),
    counts: { ...Object.fromEntries(LISTS.map((l) => [l, lists[l].length])) as DraftResult['counts'], checks: [...checks.keys()].filter((i) => LISTS.some((l) => lists[l].includes(i))).length, leftOut: leftOut.length },
  };
}

/** "Mr. Bello" is a man and "Ms. Achieng" a woman; otherwise the article does not say. */
function genderOf(a: DraftActor): 'm' | 'f' | undefined {
  const titles = [...a.aliases, a.role ?? ''].join(' ');
  if (/\b(?:Mr|Sir|King|Prince|Father|Sheikh|Alhaji)\b/.test(titles)) return 'm';
  if (/\b(?:Mrs|Ms|Miss|Dame|Queen|Princess|Hajiya|Lady)\b/.test(titles)) return 'f';
  return undefined;
}

/** People news sentences introduce by what they are, not by name. */
const PERSON_NOUNS = 'resident|man|woman|protester|demonstrator|farmer|fisherman|fisher|trader|vendor|official|diplomat|witness|teacher|nurse|doctor|worker|student|soldier|officer|driver|mother|father|grandmother|grandfather|widow|survivor|villager|miner|engineer|lawyer|activist|analyst|source|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|refugee|pastor|imam|elder|chief|youth|volunteer|shopkeeper|mechanic|herder|parent|neighbour|neighbor|passenger|patient|voter|employee|manager|guard|boy|girl|operator|captain|docker|dockworker|labourer|laborer|porter|cook|tailor|carpenter|mason|welder|electrician|councillor|councilor|candidate|observer|monitor|journalist|reporter|photographer|pilot|seller|butcher|baker|weaver|hunter|ranger|midwife|pharmacist|teenager|pensioner|retiree|veteran|lecturer|physician|surgeon|businessman|businesswoman|landlord|tenant|headman';
const DESCRIBED_PERSON = new RegExp(`(?:^|[.;]\\s+|,\\s+)((?:[Oo]ne|[Aa]n?|[Aa]nother)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,2}?(?:${PERSON_NOUNS})(?:\\s+(?:in|at|from|of)\\s+[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*)*)?)(?=,|\\s+who\\b|\\s+(?:said|says|told|stood|added)\\b)`, 'gu');

/** The last person a paragraph introduces by description before a pronoun: "one resident, …". */
export function describedPerson(before: string): { words: string; index: number } | undefined {
  const found = [...before.matchAll(DESCRIBED_PERSON)].filter((m) => !NAMED_BEFORE.test(before.slice(0, m.index! + m[0].indexOf(m[1])))).map((m) => ({ words: m[1], index: m.index! + m[0].indexOf(m[1]) }));
  // "one trader, a widow who …": the apposition is the same person, named first
  while (found.length >= 2 && found.at(-2)!.index + found.at(-2)!.words.length + 2 === found.at(-1)!.index) found.pop();
  return found.at(-1);
}

/** "The environment minister, Clara Nunes", "Prime Minister Elena Rossi": the role word just before a name. */
const titledBefore = (head: string, before: string) => new RegExp(`\\b${escapeRegExp(head)}(?:,\\s+|\\s+)$`, 'i').test(before);

/** The plural people who speak in a sentence: "Officials said", "Local residents told reporters". */
const PLURAL_SPEAKERS = /(?:^|[.;]\s+|,\s+)((?:[A-Z][\p{Ll}-]+\s+|(?:local|senior|some|many|several|other)\s+)?[A-Za-z][\p{Ll}-]+[^s\W]s)\s+(?:also\s+)?(?:said|say|told|have said|had said|argued|insisted|warned|added)\b/gu;

/** A status that the builder accepts for a date: past ones end by publication, planned ones start on or after it. */
export function statusForDate(status: string, start: string, end: string, published: string): 'past' | 'ongoing' | 'planned' | 'expected' | 'threatened' | 'conditional' {
  const s = status as ReturnType<typeof statusForDate>;
  if (s === 'past' && end > published) return start >= published ? 'planned' : 'ongoing';
  if (s !== 'past' && s !== 'ongoing' && start < published) return end <= published ? 'past' : 'ongoing';
  return s;
}

function occurrences(paragraphs: readonly string[], words: string): number {
  return paragraphs.reduce((n, p) => n + indexesOf(p, words).length, 0);
}

function present<T extends { name: string; aliases: Set<string> }>(items: readonly T[], sentence: string): T[] {
  return items.filter((x) => [x.name, ...x.aliases].some((n) => hasWords(sentence, n)));
}

/** A figure's label: its clause, shortened. */
function labelOf(whole: string, words: string): string {
  const sentence = withoutDateline(whole);
  const i = sentence.indexOf(words);
  const clause = sentence.slice(Math.max(0, sentence.lastIndexOf(',', i) + 1), sentence.indexOf(',', i + words.length) === -1 ? undefined : sentence.indexOf(',', i + words.length)).trim();
  const label = (clause.length > 90 ? `${clause.slice(0, 87).replace(/\s+\S*$/, '')}…` : clause).replace(/[.;:]$/, '');
  return label.charAt(0).toUpperCase() + label.slice(1) || words;
}

/**
 * Builds the draft and takes out what the builder refuses, until it builds: an unknown field is
 * dropped from its item, a dangling reference from its list, any other faulty item from the draft.
 * Returns what was left out, with the builder's words.
 */
function settle(id: string, articleText: string, article: object, lists: Lists, checks: Map<Item, string[]>): { list: string; item: Item; why: string }[] {
  const leftOut: { list: string; item: Item; why: string }[] = [];
  for (let round = 0; round < 40; round++) {
    const yamlText = toYaml(article, lists, checks, [], false);
    const result = buildStory({ id, articleText, yamlText });
    if (result.errors.length === 0) return leftOut;
    let changed = false;
    for (const error of result.errors) changed = mend(error, lists, leftOut) || changed;
    if (!changed) {
      // nothing to point at (a story-wide problem): give up on the riskiest lists, one at a time
      const list = (['relations', 'figures', 'events', 'quotes'] as const).find((l) => lists[l].length > 0);
      if (!list) return leftOut;
      for (const item of lists[list].splice(0)) leftOut.push({ list, item, why: result.errors.map((e) => e.message).join('; ') });
    }
  }
  return leftOut;
}

function mend(error: BuildError, lists: Lists, leftOut: { list: string; item: Item; why: string }[]): boolean {
  const path = error.path || /^story validation: (\S+?):/.exec(error.message)?.[1] || '';
  const m = /^(actors|places|quotes|events|figures|relations)\[([^\]]+)\](?:\.(\w+))?/.exec(path);
  if (!m) return false;
  const [, list, key, field] = m as unknown as [string, keyof Lists, string, string | undefined];
  const items = lists[list];
  const index = /^\d+$/.test(key) && !items.some((i) => i.id === key) ? Number(key) : items.findIndex((i) => i.id === key);
  const item = items[index];
  if (!item) return false;
  if (field && /^unknown field/.test(error.message)) {
    Reflect.deleteProperty(item, field);
    return true;
  }
  const ref = /no (?:actor|place|event|quote|figure) "([^"]+)"/.exec(error.message)?.[1];
  if (field && ref && Array.isArray(item[field])) {
    item[field] = (item[field] as string[]).filter((x) => x !== ref);
    return true;
  }
  if (field && ['claimedBy', 'contests', 'sameAs', 'continues', 'relativeTo', 'condition', 'anonymityReason', 'nested', 'channel', 'partial', 'role', 'age', 'coordinates', 'aliases', 'context', 'qualifier'].includes(field)) {
    Reflect.deleteProperty(item, field);
    return true;
  }
  items.splice(index, 1);
  leftOut.push({ list, item, why: `${field ? `${field}: ` : ''}${error.message}` });
  return true;
}

function toYaml(article: object, lists: Lists, checks: Map<Item, string[]>, leftOut: { list: string; item: Item; why: string }[], noHeadline: boolean): string {
  const doc = new Document({ article, ...lists });
  doc.commentBefore = ' Draft made by `sahel-widgets draft`: review every item, above all those marked "check:",\n then `sahel-widgets build` this folder. Format: the package\'s data/README.md.';
  const root = doc.contents as YAMLMap;
  if (noHeadline) {
    const a = root.get('article') as YAMLMap;
    const h = a.items.find((p) => (p.key as { value?: unknown }).value === 'headline');
    if (h) (h.value as { comment?: string }).comment = ' check: taken from the first paragraph; give the real headline';
  }
  for (const list of LISTS) {
    const seq = root.get(list);
    if (!isSeq(seq)) continue;
    seq.items.forEach((node, i) => {
      const why = checks.get(lists[list][i]);
      if (why && isMap(node)) node.commentBefore = why.map((w) => ` check: ${w}`).join('\n');
    });
    const out = leftOut.filter((l) => l.list === list);
    if (out.length) {
      seq.comment = out.map((l) => ` left out: ${JSON.stringify(l.item.text ?? l.item.name ?? l.item.evidence ?? l.item.id)}: ${l.why}`.replace(/\n/g, ' ')).join('\n');
    }
  }
  return doc.toString({ lineWidth: 0 });
}
