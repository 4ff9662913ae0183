/**
 * Dated events: each sentence with a time expression the date resolver reads becomes an event, titled
 * from its clause, with a status from its verbs ("will", "plans to", "would … if") and, for "two years
 * later", the event dated in the sentence before as its anchor.
 */
import { escapeRegExp } from '../article.js';
import { type Span, sentences, withoutDateline } from './text.js';

export type Status = 'past' | 'ongoing' | 'planned' | 'expected' | 'threatened' | 'conditional';

export interface FoundEvent {
  paragraph: number;
  sentence: Span;
  phrase: string;
  status: Status;
  /** The "if …" words of a conditional event. */
  condition?: string;
  title: string;
  /** Index in the list of the event this one's phrase counts from. */
  anchor?: number;
  doubts: string[];
  /** "Saturday’s demonstration": the time names an event rather than dating the clause. */
  possessive?: boolean;
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const UNIT = '(?:days?|weeks?|months?|years?|decades?)';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)';
const PART = '(?:early|mid|late)[- ]';
/** News agencies' short months before a day: "Feb. 3", "Sept. 14" (read by the draft's calendar). */
const MONTH_ABBR = '(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\.';

/** Time expressions, longest forms first; each match is offered to the resolver as it stands. */
const BASE = [
  `the end of (?:(?:the|this|next) (?:decade|year|month|week|${SEASON})|${MONTH}(?: \\d{4})?|\\d{4})`,
  // read by the draft's calendar, as "by the end of …"
  `before the end of (?:(?:the|this) (?:year|month|week)|${MONTH}(?: \\d{4})?)`,
  `(?:in |during )?the (?:first|second|third|fourth|last|final) week of ${MONTH}(?: \\d{4})?`,
  // read by the draft's own calendar (calendar.ts), not by the resolver
  `(?:on )?${WEEKDAY} of (?:last|this|next) week`,
  `(?:(?:over|in|during) )?the past (?:${COUNT} )?(?:hours|days|weeks|months|years|decades|year|month|decade)`,
  `within (?:the next )?${COUNT} ${UNIT}`,
  `(?:well )?into ${MONTH}`,
  `(?:in )?${MONTH},? (?:of )?(?:last|this|next) year`,
  `(?:over|at|during) the weekend`,
  `since the (?:start|beginning) of (?:the|this) (?:year|month|week)`,
  `(?:in |over |during )?the (?:year|12 months|twelve months) (?:to|through|ending(?: in)?) (?:the end of )?${MONTH}(?: \\d{4})?`,
  `in (?:the )?${SEASON}(?: of \\d{4}| \\d{4})?`,
  `(?:for )?most of last week`,
  `(?:earlier|later) this (?:week|month|year)|(?:earlier|later) in the week`,
  // read by the draft's calendar: quarters and halves of a year, the edges of a month, two months
  `(?:in |during )?the (?:first|second|third|fourth|final|last) (?:quarter|half) of (?:\\d{4}|(?:this|last|next|the) year)`,
  `(?:in |during )?the (?:first|second|third|fourth|final|last) quarter(?! of\\b)`,
  `(?:at|around|towards?) the (?:end|start|beginning) of ${MONTH}(?:,? \\d{4})?`,
  `(?:in )?${MONTH} or ${MONTH}(?:,? \\d{4})?`,
  `${PART}(?:last|next|this) year`,
  `${PART}\\d{4}`,
  // "weekend" before "week": "this weekend" is not "this week"
  `(?:this past|the past|this coming|last|this|next) (?:weekend|week|month|year|${SEASON})`,
  `the week before`,
  `(?:in )?the ${SEASON} of \\d{4}`,
  `(?:in )?the (?:early |mid-|mid |late )?(?:1[89]\\d0|20\\d0)s`,
  `(?:a|two|three|several) decades? ago|decades ago`,
  `${COUNT} ${UNIT} (?:ago|later|earlier|afterwards)`,
  // "two weeks after the vote": counted from the event the noun names
  `${COUNT} ${UNIT} (?:after|before) the [\\p{L}-]+`,
  `the (?:following|next|previous|preceding) (?:day|week|month|year)|the (?:day|month|year) (?:after|before)|the day after`,
  // read by the draft's calendar from the event dated before (anchoredDay)
  `(?:in )?${MONTH},? (?:of )?(?:that|the same) year`,
  `(?:(?:later|earlier) )?(?:that|the same) (?:day|night|morning|afternoon|evening|week|month|year)`,
  `(?:from |between )?${MONTH}(?: \\d{4})? (?:to|and|through|until) ${MONTH}(?: \\d{4})?`,
  `(?:from |between )?\\d{4} (?:to|and|through|until) \\d{4}`,
  `(?:from |between )${WEEKDAY} (?:to|and|through|until) ${WEEKDAY}`,
  `(?:in |on |this |last |next )?(?:${PART})?${MONTH} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?`,
  `(?:on )?\\d{1,2} ${MONTH}(?:,? \\d{4})?`,
  `(?:on )?${MONTH_ABBR} \\d{1,2}(?:st|nd|rd|th)?(?:,? \\d{4})?`,
  `(?:in |this |last |next )?(?:${PART})?${MONTH}(?:,? \\d{4})?`,
  `(?:in )?\\d{4}`,
  `(?:on |last |this |next |this coming )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?`,
  `yesterday(?: (?:morning|afternoon|evening))?|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)`,
];
/**
 * "since", "until", "by", "from" open any of them on one side (not "from" before a run, "from May to
 * July", which is one phrase); a bare year or month only counts after one.
 */
const TIME = new RegExp(`(?<![\\p{L}\\d’'-])(?:(?:since|until|by) |from (?!\\S+(?: \\d{4})? (?:to|and|through|until) ))?(?:${BASE.join('|')})(?![\\p{L}\\d]|,\\d)`, 'giu');
const DEICTIC = /^(?:today|tonight|tomorrow|yesterday(?: \w+)?|last night|this (?:morning|afternoon|evening))$/i;
const NEEDS_PREPOSITION = new RegExp(`^(?:\\d{4}|${MONTH})$`, 'i');
const MONTH_WORD = new RegExp(`\\b${MONTH}\\b`, 'i');
/** Phrases counted from another event: "two years later", "the following day", "since then". */
const ANCHORED = new RegExp(`^(?:${COUNT} ${UNIT} (?:later|earlier|afterwards|after|before)|the (?:following|next|previous|preceding) (?:day|week|month|year)|the (?:day|month|year) (?:after|before)|the day after|(?:(?:later|earlier) )?(?:that|the same) (?:day|night|morning|afternoon|evening|week|month|year)|(?:in )?${MONTH},? (?:of )?(?:that|the same) year)$`, 'i');

const PLANNED = /\b(?:will|starting|takes? effect|comes? into (?:force|effect)|(?:begins|starts|opens|closes|ends|expires|resumes|reopens)\s+(?:on|in|next|this|at|from)\b|(?:plans?|planned|intends?|intended|hopes?|hoped|aims?|aimed|promised|promises|pledged|pledges|vowed|vows|is due|are due|is scheduled|are scheduled|is set|are set|(?:is|are|was|were) due|(?:is|are|was|were) meant) to|(?:is|are) (?:scheduled|expected to be held|set) for|(?:set|scheduled|slated) for|(?:is|are) due\b|pending|upcoming|(?:is|are) to (?!blame\b)[a-z]{3,})\b/i;
/**
 * "The judge set a hearing for August 11": the act is past, the hearing it fixes is to come; the time
 * right after "set … for" dates the thing set.
 */
const FIXED_FOR = /\b(?:set|scheduled|fixed|booked|slated|rescheduled|postponed|adjourned)\s+(?:(?:a|an|the|its|his|her|their|new|fresh|further)\s+)*(?:[\p{L}-]+\s+){0,2}?(?:for|to|until)\s+$/iu;
const EXPECTED = /\b(?:(?:is|are) expected to|(?:is|are) expected\b|expects?|expected\s+(?:[\p{L}-]+\s+){1,3}to|could(?!\s+(?:not|have|be reached)\b)(?=\s+[a-z]+)|forecasts?|projected to|(?:is|are) likely to|predicts?|predicted)\b/iu;
const THREATENED = /\bthreaten(?:s|ed)? to\b/i;
const BACKWARD = /\b(?:last|past|ago|yesterday|earlier|previous)\b/i;
const ONGOING = /\b(?:since|still|continues? to|ongoing|remains?|has been|have been)\b/i;

/** Where a sentence's clauses meet: commas, semicolons, colons, dashes, brackets. */
// a comma between thousands ("200,000") is not a boundary
const BOUNDARY = /(?<!\d),|,(?!\d{3}(?!\d))|[;:()]|\s[–—-]\s/g;
const FILLER = /\b(?:and|but|or|then|so|yet|when|while|after|before|which|who|that)\b/gi;

/**
 * The clause of a time expression: the stretch between the sentence's boundaries that holds it; a
 * leading "In March," or "Two years later," carries over to the clause it introduces.
 */
export function clauseOf(sentence: string, start: number, end: number): Span {
  const cuts = [0, ...[...sentence.matchAll(BOUNDARY)].map((m) => m.index! + m[0].length), sentence.length + 1];
  let i = cuts.findIndex((c, k) => c <= start && start < cuts[k + 1]);
  if (i < 0) i = 0;
  let from = cuts[i];
  let to = cuts[i + 1] - 1;
  const rest = (sentence.slice(from, start) + sentence.slice(end, Math.min(to, sentence.length))).replace(FILLER, '').trim();
  const restWords = rest.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  // ("The ban, imposed in November, will be lifted …": a participle is a clause of its own, in the past)
  if (restWords.length < 2 && !(restWords.length === 1 && PAST_VERB.test(restWords[0]) && i > 0) && i + 2 < cuts.length) to = cuts[i + 2] - 1;
  to = Math.min(to, sentence.length);
  while (from < to && /[\s,;:()–—-]/.test(sentence[from])) from++;
  while (to > from && /[\s,;:()–—-]/.test(sentence[to - 1])) to--;
  return { start: from, end: to, text: sentence.slice(from, to) };
}

const CONJUNCTION = /\b(?:and|but|then|while|after|before|until|as)\s+/g;

/**
 * "met the minister on Wednesday and will meet her again on Friday": a clause holding two times is cut at
 * the conjunction between them, so that each time has its own verbs (its status) and its own title.
 */
export function sharedClause(sentence: string, clause: Span, m: RegExpExecArray | RegExpMatchArray, times: readonly (RegExpExecArray | RegExpMatchArray)[]): Span {
  const at = m.index!;
  const end = at + m[0].length;
  const inClause = times.filter((t) => t !== m && t.index! >= clause.start && t.index! + t[0].length <= clause.end);
  const before = inClause.filter((t) => t.index! + t[0].length <= at).at(-1);
  const after = inClause.find((t) => t.index! >= end);
  let from = clause.start;
  let to = clause.end;
  if (before) {
    const gap = sentence.slice(before.index! + before[0].length, at);
    const cut = [...gap.matchAll(CONJUNCTION)].at(-1);
    if (cut) from = before.index! + before[0].length + cut.index! + cut[0].length;
  }
  if (after) {
    const gap = sentence.slice(end, after.index);
    const cut = [...gap.matchAll(CONJUNCTION)][0];
    if (cut) to = end + cut.index!;
  }
  if (from === clause.start && to === clause.end) return clause;
  while (to > from && /[\s,;:]/.test(sentence[to - 1])) to--;
  return { start: from, end: to, text: sentence.slice(from, to) };
}

/**
 * The status a clause's verbs give its event; `sentence` holds the "if" of a "would". `at`, the offset of
 * the time expression in the clause, tells a reported future ("said it would appeal on Monday": the
 * "would" comes first, and the time is the appeal's) from a report dated by its own time ("said on
 * Monday that it would appeal": the time is the saying's).
 */
export function statusOf(clause: string, sentence: string, at = clause.length): Status {
  if (FIXED_FOR.test(clause.slice(0, at))) return 'planned';
  // "threatened on Tuesday to strike": a time right after the verb dates the threat itself
  if (/\b(?:threatened|promised|pledged|vowed|announced|said|agreed|decided|voted|planned|hoped)\s+$/i.test(clause.slice(0, at))) return 'past';
  // "threatened on Tuesday to strike": the verbs read without the times between them
  const verbs = clause.replace(new RegExp(TIME.source, TIME.flags), ' ').replace(/\s+/g, ' ');
  // "voted in May to close the market in September": the act decided on, dated after its "to"
  if (/\b(?:voted|decided|agreed|promised|pledged|vowed|resolved|undertook|ordered)\b[^,;]*\bto\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|them|him|me|us|court)\b)[a-z]+\b/i.test(clause.slice(0, at)) && !/\b(?:had|was|were)\s+(?:\w+\s+)?(?:to|been)\b/i.test(clause.slice(0, at))) return THREATENED.test(verbs) ? 'threatened' : 'planned';
  if (THREATENED.test(verbs) || THREATENED.test(clause)) return 'threatened';
  if (/\b(?:would|could|will)\b/i.test(clause) && /\b(?:if|unless)\b/i.test(sentence)) return 'conditional';
  // "If approved in July, the plant would open": the condition is itself still to come
  if (/^(?:if|unless)\b/i.test(clause.trim()) && /\b(?:will|would|could)\b/i.test(sentence)) return 'conditional';
  // "hoped to reopen in May if the court agreed": a plan with a condition is conditional
  if (/\b(?:hopes?|hoped|plans?|planned|intends?|intended|aims?|aimed) to\s+[a-z]/i.test(clause) && /\b(?:if|unless)\b/i.test(sentence)) return 'conditional';
  if (EXPECTED.test(verbs) || EXPECTED.test(clause)) return 'expected';
  if (PLANNED.test(verbs) || PLANNED.test(clause)) return 'planned';
  if (/\bwould\b(?!\s+have\b)/i.test(clause.slice(0, at))) return 'planned';
  return 'past';
}

/** "the largest demonstration … since the spring of 2021": a comparison with a time, not an event dated by it. */
// ("at least four times since 2023" is a bound on a count, no superlative: the time dates the count's events)
const SUPERLATIVE = /\b(?:largest|biggest|highest|lowest|worst|best|deadliest|strongest|weakest|heaviest|longest|shortest|fewest|first|most|(?<!\bat )least|(?!least\b)\w+est) (?:[\p{L}’'-]+ ){0,8}$/iu;
/** "the disputed 2019 presidential election": a year written as a modifier of an event noun. */
const YEAR_EVENT_NOUN = '(?:elections?|votes?|polls?|referendum|coup|floods?|drought|war|crisis|census|strike|protests?|uprising|famine|earthquake|cyclone|outbreak|epidemic|pandemic|agreement|accord|deal|treaty|budget|constitution|championship|games|tournament|summit|conference|reforms?|law|ruling|decision|ban|devaluation|ceasefire|amendment|invasion|massacre|merger|default|bailout|blackout|spill|collapse|fire|explosion|attack|raid|crackdown|lockdown|shutdown|recession)';
const YEAR_EVENT = new RegExp(`^(?:\\s+[a-z-]+){0,2}?\\s+${YEAR_EVENT_NOUN}\\b`);
/** "the food crisis of 2008", "the floods of 1999": the year of an event noun, written after it. */
const EVENT_OF_YEAR = new RegExp(`\\b(?:the|a|its|their)\\s+(?:[\\p{L}-]+\\s+){0,2}${YEAR_EVENT_NOUN}\\s+of\\s+$`, 'u');
/**
 * "By Wednesday evening the gap had narrowed": a "by" that closes a past clause dates it on that day,
 * not as a deadline still to come; not where the sentence speaks of a duty or a plan ("must be paid by Friday").
 */
const PAST_BY_VERB = /\b(?:had|was|were)\b|\b(?!(?:need|feed|seed|speed|bleed|breed|proceed|succeed|exceed)\b)[a-z]{3,}ed\b/;
const OBLIGATION = /\b(?:must|should|shall|will|would|could|can|may|might|needs? to|has to|have to|ought|deadline|due|expects?|expected|aims?|plans?|promised|pledged|vowed|hopes?|intends?|wants?|asked|ordered|told to)\b/i;
/** Past-tense verbs of a main clause, for "X happened last summer, when Y": both are events of that time. */
const PAST_VERB = /\b(?:\w{3,}ed|began|came|went|took|gave|made|rose|fell|left|held|sent|told|won|lost|met|paid|struck|broke|fled|fought|saw|sold|bought|built|drove|ran|shut|set|cut|hit|put|led|seized|signed|died|shot|spread|sank|flew|grew|swept|spoke|stood|became|burst)\b/;
const NOT_AN_EVENT_CLAUSE = /\b(?:was|were|is|are|would|could|will|had been|has been|have been)\b/;

/** The sentence as a short title: attribution and the leading time phrase dropped. */
function titleOf(sentence: string, phrase: string): string {
  let t = sentence
    .replace(/^[“"‘]+|[”"’]+$/g, '')
    .replace(/,?\s+(?:according to [^,.]+|(?:he|she|they|officials|police|the \w+|[A-Z][\p{L}.’'-]+(?: [A-Z][\p{L}.’'-]+)*) (?:said|says|added|told [^,.]+))\.?$/u, '')
    .replace(new RegExp(`^${escapeRegExp(phrase)},?\\s+`, 'i'), '')
    .replace(/[.;:,]+$/, '')
    .trim();
  // a dateline ("LOKOJA, Nigeria — ") is not part of the event
  t = withoutDateline(t);
  // a quotation cut by the sentence's edge leaves a lone mark: drop the marks of an unbalanced title
  if ((t.match(/“/g) ?? []).length !== (t.match(/”/g) ?? []).length) t = t.replace(/[“”]/g, '');
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length > 100) t = `${t.slice(0, 97).replace(/\s+\S*$/, '')}…`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * "will meet her again on Friday", cut from "Nurses met the governor on Wednesday and will meet him again
 * on Friday": a clause that starts with its verb gets the sentence's subject back, for its title.
 */
export function withSubject(clause: string, sentence: string): string {
  // "The president, who took office in 2021, has promised …": the subject before its relative clause
  const relative = /^((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\p{L}.’'-]*)(?:\s+[\p{L}.’'-]+){0,5}),\s+(?:who|which)\s+[^,;:“”]+,\s+/u.exec(sentence);
  if (relative && !sentence.trimStart().startsWith(clause)) {
    const subject = relative[1];
    if (/^(?:who|which)\s/.test(clause)) return `${subject} ${clause.replace(/^(?:who|which)\s+/, '')}`;
    if (/^(?:will|would|had|has|have|was|were|is|are|could|should|may|might)\b/.test(clause)) return `${subject} ${clause}`;
  }
  const rest = clause.replace(/^(?:then|later)\s+/, '');
  if (!/^(?:will|would|had|has|have|was|were|is|are|could|should|may|might)\b/.test(rest) && !/^[a-z]{3,}ed\b/.test(rest)) return clause;
  const verb = /\s(?:said|says|is|are|was|were|will|would|has|have|had|could|should|met|began|came|went|took|gave|made|rose|fell|left|held|won|lost|\p{Ll}{3,}ed)\b/u.exec(sentence);
  // ("The ban, imposed in November, …": the comma that opens a participle is not the subject's)
  const subject = verb ? withoutDateline(sentence.slice(0, verb.index)).trim().replace(/,$/, '') : '';
  if (!subject || subject.split(/\s+/).length > 8 || /[,;:“”]/.test(subject) || sentence.trimStart().startsWith(clause)) return clause;
  return `${subject} ${rest}`;
}

/** A noun's stem, to find the event it names: "the vote" → "vot" (voted), "the ruling" → "rul" (ruled). */
const stem = (noun: string) => {
  const s = noun.toLowerCase().replace(/(?:ings?|ions?|ments?|es|e|s)$/, '');
  return s.length >= 3 ? s : noun.toLowerCase();
};

const clauses = new WeakMap<FoundEvent, string>();
/** The start of what a speaker added, after the quotation or the report it follows: "adding that", "saying". */
const REPORTED_CLAUSE = /^(?:(?:and|but)\s+)?(?:adding|saying|noting|warning|explaining|insisting)\s+(?:that\s+)?(?=\S+\s+\S)/i;
/** Events titled from the clause their times extend, whose title is already whole. */
const titled = new WeakSet<FoundEvent>();

/** A clause that holds nothing but times and the small words between them: "in April and in June". */
function onlyTimes(clause: string): boolean {
  return clause.replace(new RegExp(TIME.source, TIME.flags), ' ').replace(/\b(?:and|or|in|on|at|during|then|again|also)\b/gi, ' ').replace(/[\s,;:.()–—-]+/g, '') === '';
}

/** Nouns that name an event another sentence may date: "the hearing", "the vote". */
export const EVENT_NOUN = '(?:hearing|vote|voting|election|elections|trial|summit|referendum|meeting|talks|census|strike|polls?|ruling|verdict|inauguration|launch|deadline)';

/**
 * "threatened to sue if a home was demolished before the hearing": a clause bounded by an event the
 * noun names. Returns the clause, the noun and where it stands; the caller finds the event and dates
 * the clause from the publication day to that event's first day.
 */
export interface BeforeEvent {
  paragraph: number;
  sentence: Span;
  /** The noun that names the bounding event ("hearing"). */
  noun: string;
  /** The article's words: "before the hearing". */
  words: string;
  status: Status;
  condition?: string;
  title: string;
}

export function beforeEvents(paragraphs: readonly string[], skip: ReadonlySet<number> = new Set()): BeforeEvent[] {
  const out: BeforeEvent[] = [];
  const re = new RegExp(`\\b(?:before|ahead of|until) the (?:next |upcoming |planned |full )?((?:[a-z]+ )?${EVENT_NOUN})\\b`, 'g');
  paragraphs.forEach((text, p) => {
    if (skip.has(p)) return;
    for (const sentence of sentences(text)) {
      for (const m of sentence.text.matchAll(re)) {
        const clause = clauseOf(sentence.text, m.index!, m.index! + m[0].length);
        const status = statusOf(sentence.text.slice(0, m.index), sentence.text);
        if (status === 'past') continue;
        const condition = status === 'conditional' ? /\b(?:if|unless)\b[^,.;]*/i.exec(sentence.text)?.[0] : undefined;
        out.push({ paragraph: p, sentence, noun: m[1].split(' ').at(-1)!, words: m[0], status, ...(condition ? { condition } : {}), title: titleOf(clause.text, m[0]) });
      }
    }
  });
  return out;
}

export function findEvents(paragraphs: readonly string[], resolves: (phrase: string, planned: boolean) => boolean, skip: ReadonlySet<number> = new Set()): FoundEvent[] {
  const found: FoundEvent[] = [];
  paragraphs.forEach((text, p) => {
    if (skip.has(p)) return;
    for (const sentence of sentences(text)) {
      // quoted speech dates events too ("We asked for boats last year"), counted from the publication day
      const narration = sentence.text;
      const quoted = [...narration.matchAll(/“[^”]*”?/g)].map((q) => [q.index!, q.index! + q[0].length] as const);
      const seen = new Set<string>();
      const inSentence: FoundEvent[] = [];
      const words = new Map<FoundEvent, string>();
      const times = [...narration.matchAll(TIME)];
      for (const m of times) {
        let phrase = m[0];
        // "on Monday, March 3, 2025": the weekday of the calendar day that follows, one date
        if (new RegExp(`^(?:on )?${WEEKDAY}$`, 'i').test(phrase) && new RegExp(`^,?\\s+(?:${MONTH}|${MONTH_ABBR})\\s+\\d{1,2}\\b|^,?\\s+\\d{1,2}\\s+${MONTH}\\b`).test(narration.slice(m.index! + m[0].length))) continue;
        // "every Saturday", "each spring": a habit, not a date
        if (/\b(?:every|each)\s+$/i.test(narration.slice(0, m.index))) continue;
        const bare = phrase.replace(/^(?:since|until|by|before|from) /i, '');
        // "up from 2019 levels", "down from March": a comparison with a time, not a state that starts then
        if (/^from /i.test(phrase) && NEEDS_PREPOSITION.test(bare) && (/\b(?:up|down|rose|risen|fell|fallen|dropped|climbed|jumped|grew|grown|increased|decreased)\s+$/i.test(narration.slice(Math.max(0, m.index! - 12), m.index)) || /^\s+(?:levels?|figures?|prices?|rates?|numbers?|data|highs?|lows?)\b/i.test(narration.slice(m.index! + m[0].length)))) continue;
        // "2019" alone is a number, "March" alone a name: they count after "in", "since", "by", or
        // as the year of an event noun ("the disputed 2019 presidential election")
        const yearOfEvent = /^\d{4}$/.test(phrase) && ((/\b(?:the|a|an|its|their|his|her)\s+(?:[a-z-]+\s+){0,2}$/.test(narration.slice(Math.max(0, m.index! - 40), m.index)) && YEAR_EVENT.test(narration.slice(m.index! + 4))) || EVENT_OF_YEAR.test(narration.slice(Math.max(0, m.index! - 60), m.index)));
        // "the dispute dates back to 2023": the year it began
        const backTo = /^\d{4}$/.test(phrase) && /\b(?:dates?|dating|goes|go|going|went)\s+back\s+to\s+$/i.test(narration.slice(Math.max(0, m.index! - 30), m.index));
        if (bare === phrase && NEEDS_PREPOSITION.test(phrase) && !yearOfEvent && !backTo) continue;
        // "who has lived in Mathare since the 1980s": how long a state has lasted, not an event
        if (/^since\b/i.test(phrase) && /\b(?:has|have|had)\s+(?:lived|resided|worked|served|stayed|taught|farmed)\b[^,;]*$/i.test(narration.slice(0, m.index))) continue;
        // "the largest … since the spring of 2021": a comparison, not an event of that time
        if (/^since\b/i.test(phrase) && SUPERLATIVE.test(narration.slice(Math.max(0, m.index! - 80), m.index).split(/[,;:]/).at(-1) ?? '')) {
          // "the worst since 2010, when 300 people died": the "when" clause is an event of that time
          const when = /^,\s+when\s+([^,;:.]+)/.exec(narration.slice(m.index! + m[0].length));
          const then = phrase.replace(/^since\s+/i, '');
          if (when && PAST_VERB.test(when[1]) && !NOT_AN_EVENT_CLAUSE.test(when[1]) && !seen.has(then.toLowerCase()) && resolves(then, false)) {
            seen.add(then.toLowerCase());
            const event: FoundEvent = { paragraph: p, sentence, phrase: then, status: 'past', title: when[1].trim(), doubts: [`dated by the time "${m[0]}" compares with`] };
            words.set(event, then);
            clauses.set(event, when[1]);
            titled.add(event);
            inSentence.push(event);
          }
          continue;
        }
        // "may", "march": a month is written with a capital
        const month = MONTH_WORD.exec(phrase)?.[0];
        if (month && !/^[A-Z]/.test(month)) continue;
        // "two weeks after the vote": the resolver reads "two weeks after", the noun picks the anchor
        const named = new RegExp(`^(${COUNT} ${UNIT} (?:after|before)) the ([\\p{L}-]+)$`, 'iu').exec(phrase);
        if (named) {
          // "before the bulldozers arrived" counts from a clause, not from an event the noun names
          if (!/^\s*(?:[,.;:)]|$|(?:of|in|on|at|and|to|for|by)\b)/.test(narration.slice(m.index! + m[0].length))) continue;
          phrase = named[1];
        }
        // "on Friday, 26 June": the clause of the weekday that names the day
        const weekdayBefore = new RegExp(`(?:on )?${WEEKDAY},\\s+$`, 'i').exec(narration.slice(Math.max(0, m.index! - 20), m.index));
        const from = weekdayBefore ? m.index! - weekdayBefore[0].length : m.index!;
        let clause = sharedClause(narration, clauseOf(narration, from, m.index! + m[0].length), m, times);
        // "will pay the arrears in two instalments, in April and in June", "arrived in late 2023 and early
        // 2024": a clause of times alone is dated by the clause it extends, its verbs and its words
        let hostTitle: string | undefined;
        if (clause.start > 1 && onlyTimes(clause.text)) {
          let host = clauseOf(narration, clause.start - 2, clause.start - 2);
          // ("in April and in June": the clause of both times is itself one of times alone)
          while (onlyTimes(host.text) && host.start > 1) host = clauseOf(narration, host.start - 2, host.start - 2);
          const firstTime = [...host.text.matchAll(new RegExp(TIME.source, TIME.flags))][0];
          const lead = (firstTime ? host.text.slice(0, firstTime.index) : host.text).replace(/\s+(?:in|on|at|during|and|by)\s*$/i, '').replace(/[\s,;:]+$/, '');
          if (lead.split(/\s+/).length >= 2) {
            hostTitle = `${lead}${firstTime ? ' ' : ', '}${m[0]}`;
            clause = { start: host.start, end: clause.end, text: narration.slice(host.start, clause.end) };
          }
        }
        // “Today, for once, the judges listened”: a quotation's "today" is the day it was said, which the
        // publication day need not be; kept in a hypothetical (“I would resign tomorrow if …”), where the
        // day is the speaker's figure of speech, read from the publication day
        const inQuote = quoted.some(([a, b]) => a < m.index! && m.index! < b);
        const byVerbs = statusOf(clause.text, narration, m.index! - clause.start);
        if (DEICTIC.test(phrase) && inQuote && byVerbs !== 'conditional') continue;
        // “In 2012 it crept up over days”: a quotation's bare year that the narration has already dated
        // (“… the level reached in 2012, when floods killed …”) refers back to that event; it is no new one,
        // unless the speakers tell of their own doing then (“I voted in 2014 and in 2019”)
        const quotedYear = inQuote && !/\b(?:I|we|my|our|me|us)\b/.test(clause.text) ? /^(?:in )?(\d{4})$/i.exec(phrase)?.[1] : undefined;
        if (quotedYear && found.some((e) => e.paragraph < p && new RegExp(`^(?:in )?${quotedYear}$`, 'i').test(e.phrase))) continue;
        // "the arrival this past week will make …": a phrase that looks back dates a past event, whatever the verbs
        const status = BACKWARD.test(phrase) ? 'past' : byVerbs;
        // "By Wednesday evening the gap had narrowed": the day itself, read back
        if (/^by /i.test(phrase) && status === 'past' && PAST_BY_VERB.test(narration.slice(m.index! + m[0].length)) && !OBLIGATION.test(narration)) phrase = phrase.slice(3);
        if (seen.has(phrase.toLowerCase())) continue;
        seen.add(phrase.toLowerCase());
        // "its fares would not change this year": a future denied is no event (not "until", which dates the state)
        if (status !== 'past' && !/^(?:until|till|through) /i.test(phrase) && /\b(?:will|would|shall)\s+not\b|\b(?:won|wouldn|shan)[’']t\b|\bnever\b/i.test(narration.slice(clause.start, m.index))) continue;
        const anchored = ANCHORED.test(phrase);
        // "from Monday": a "from" the calendar does not read leaves the time it opens
        if (/^from /i.test(phrase) && !resolves(phrase, status !== 'past')) phrase = phrase.slice(5);
        if (!anchored && !resolves(phrase, status !== 'past')) continue;
        const doubts: string[] = [];
        let finalStatus: Status = status;
        if (status === 'past' && /^since\b/i.test(phrase) && ONGOING.test(clause.text)) finalStatus = 'ongoing';
        // "the court halted the demolitions until March": a state from today until then
        if (status === 'past' && /^(?:until|till|through) /i.test(phrase) && PAST_BY_VERB.test(clause.text)) finalStatus = 'ongoing';
        const condition = finalStatus === 'conditional' ? /\b(?:if|unless)\b[^,.;]*/i.exec(narration)?.[0] : undefined;
        if (finalStatus !== 'past') doubts.push(`status "${finalStatus}" read from the verbs`);
        if (inQuote) doubts.push('dated inside a quotation: the speaker’s words, read from the publication day');
        const event: FoundEvent = { paragraph: p, sentence, phrase, status: finalStatus, ...(condition ? { condition } : {}), title: hostTitle ?? sentence.text.slice(clause.start, clause.end), doubts };
        if (/^[’']s\b/.test(narration.slice(m.index! + m[0].length))) event.possessive = true;
        words.set(event, m[0]);
        clauses.set(event, clause.text);
        if (hostTitle) titled.add(event);
        if (anchored) {
          // "after the vote": the latest event of an earlier sentence whose clause names it ("voted");
          // otherwise the event dated just before
          const noun = named ? new RegExp(`\\b${escapeRegExp(stem(named[2]))}`, 'i') : undefined;
          // (a past clause, "A week earlier, a blackout had hit …", counts from the last event that
          // happened, not from a plan or a condition reported in between)
          const before = [...found, ...inSentence];
          const lastHappened = finalStatus === 'past' ? before.map((e) => e.status === 'past' || e.status === 'ongoing').lastIndexOf(true) : -1;
          let index = noun ? found.map((e) => noun.test(clauses.get(e) ?? '')).lastIndexOf(true) : lastHappened >= 0 ? lastHappened : before.length - 1;
          // "On March 3, the agency warned that last winter had been the driest. The following week, …": a
          // time that opens an earlier sentence frames it, and the next sentence counts from that time, not
          // from one reported inside the sentence
          if (!noun && index >= 0 && before[index].sentence !== sentence) {
            const frame = before[index].sentence;
            const opens = (e: FoundEvent) => new RegExp(`^(?:(?:on|in|at|during)\\s+)?${escapeRegExp(e.phrase.replace(/^(?:on|in|at|during)\s+/i, ''))}\\b`, 'i').test(frame.text.trimStart());
            const opener = before.findIndex((e) => e.sentence === frame && (e.status === 'past' || e.status === 'ongoing') && opens(e));
            if (opener >= 0) index = opener;
          }
          if (index >= 0) event.anchor = index;
          doubts.push(named ? `counts from the event of "the ${named[2]}"` : 'counts from the event dated just before it');
        }
        inSentence.push(event);
        // "suspended its cooperation last summer, when soldiers seized power": the "when" clause is a second
        // event of the same time, if the main clause reports one (not "That was decades ago, when …")
        const when = /^,\s+when\s+([^,;:.]+)/.exec(narration.slice(m.index! + m[0].length));
        const main = narration.slice(clause.start, m.index);
        if (when && !anchored && PAST_VERB.test(main) && !NOT_AN_EVENT_CLAUSE.test(main) && PAST_VERB.test(when[1])) {
          const second: FoundEvent = { ...event, title: when[1].trim(), doubts: [...event.doubts, `dated by the time of the clause before it ("${phrase}")`] };
          Reflect.deleteProperty(second, 'possessive');
          words.set(second, m[0]);
          clauses.set(second, when[1]);
          inSentence.push(second);
        }
      }
      // one time in the sentence: the sentence is its title; several: each its own clause; and a time in what a
      // speaker added ("“…,” Gelashvili said, adding that talks would resume on Thursday") titles what was added
      for (const e of inSentence) {
        const added = titled.has(e) ? null : REPORTED_CLAUSE.exec(e.title);
        e.title = titleOf(added ? e.title.slice(added[0].length) : inSentence.length === 1 ? sentence.text : titled.has(e) ? e.title : withSubject(e.title, narration), words.get(e) ?? e.phrase);
      }
      found.push(...inSentence);
    }
  });
  return found;
}
