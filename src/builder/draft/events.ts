/**
 * Dated events: each sentence with a time expression the date resolver reads becomes an event, titled
 * from its clause, with a status from its verbs ("will", "plans to", "would … if") and, for "two years
 * later", the event dated in the sentence before as its anchor.
 */
import { escapeRegExp } from '../article.js';
import { type Span, sentences } from './text.js';

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
}

const MONTH = '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const UNIT = '(?:days?|weeks?|months?|years?|decades?)';
const COUNT = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)';

/** Time expressions, longest forms first; each match is offered to the resolver as it stands. */
const TIME = new RegExp([
  `by the end of (?:the|this|next) (?:decade|year|month)`,
  `for most of last week`,
  `(?:earlier|later) this (?:week|month|year)`,
  `(?:late|early) (?:last|next|this) year`,
  `(?:this past|the past|last|this|next) (?:week|weekend|month|year|${SEASON})`,
  `the week before`,
  `since last ${SEASON}`,
  `(?:in )?the (?:spring|summer|autumn|fall|winter) of \\d{4}`,
  `(?:in )?the (?:early |mid-|mid |late )?(?:1[89]\\d0|20\\d0)s`,
  `(?:a|two|three|several) decades? ago`,
  `${COUNT} ${UNIT} (?:ago|later|earlier)`,
  `${COUNT} ${UNIT} (?:after|before) the \\w+`,
  `from ${MONTH} to ${MONTH}(?: \\d{4})?`,
  `(?:by|until|since|in|on|before) (?:the end of )?${MONTH}(?: \\d{1,2})?(?:,? \\d{4})?`,
  `${MONTH} \\d{1,2}(?:,? \\d{4})?`,
  `(?:by|until|since|in) \\d{4}`,
  `(?:on |last |this |next )?${WEEKDAY}(?: (?:morning|afternoon|evening|night))?`,
  `yesterday|today|tonight|last night|this morning`,
].join('|'), 'gi');

const PLANNED = /\b(?:will|(?:plans?|planned|intends?|hopes?|aims?|is due|are due|is scheduled|are scheduled|is set|are set|is to|are to|(?:is|are|was|were) due|(?:is|are|was|were) meant) to|(?:is|are) (?:scheduled|expected to be held|set) for)\b/i;
const EXPECTED = /\b(?:(?:is|are) expected to|forecasts?|projected to|(?:is|are) likely to|predicts?|predicted)\b/i;
const THREATENED = /\bthreaten(?:s|ed)? to\b/i;
const CONDITIONAL = /\bwould\b[^.]*\b(?:if|unless)\b|\b(?:if|unless)\b[^.]*\bwould\b/i;
const ONGOING = /\b(?:since|still|continues? to|ongoing|remains?|has been|have been)\b/i;

/** The sentence as a short title: attribution and the leading time phrase dropped. */
function titleOf(sentence: string, phrase: string): string {
  let t = sentence
    .replace(/^[“"‘]+|[”"’]+$/g, '')
    .replace(/,?\s+(?:according to [^,.]+|(?:he|she|they|officials|police|the \w+|[A-Z][\p{L}.’'-]+(?: [A-Z][\p{L}.’'-]+)*) (?:said|says|added|told [^,.]+))\.?$/u, '')
    .replace(new RegExp(`^${escapeRegExp(phrase)},?\\s+`, 'i'), '')
    .replace(/[.;:]+$/, '')
    .trim();
  // a dateline ("LOKOJA, Nigeria — ") is not part of the event
  t = t.replace(/^[A-Z][A-Z .'’-]+(?:,\s+[\p{L} .'’-]+?)?\s+[—–-]\s+/u, '');
  // a quotation cut by the sentence's edge leaves a lone mark: drop the marks of an unbalanced title
  if ((t.match(/“/g) ?? []).length !== (t.match(/”/g) ?? []).length) t = t.replace(/[“”]/g, '');
  t = t.charAt(0).toUpperCase() + t.slice(1);
  if (t.length > 100) t = `${t.slice(0, 97).replace(/\s+\S*$/, '')}…`;
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function findEvents(paragraphs: readonly string[], resolves: (phrase: string, planned: boolean) => boolean, skip: ReadonlySet<number> = new Set()): FoundEvent[] {
  const found: FoundEvent[] = [];
  paragraphs.forEach((text, p) => {
    if (skip.has(p)) return;
    for (const sentence of sentences(text)) {
      // the reporter's own words: quoted speech is not dated narration
      const narration = sentence.text.replace(/“[^”]*”/g, (q) => ' '.repeat(q.length));
      const status: Status = THREATENED.test(narration) ? 'threatened' : CONDITIONAL.test(narration) ? 'conditional' : EXPECTED.test(narration) ? 'expected' : PLANNED.test(narration) ? 'planned' : 'past';
      const seen = new Set<string>();
      for (const m of narration.matchAll(TIME)) {
        const phrase = m[0];
        if (seen.has(phrase.toLowerCase())) continue;
        seen.add(phrase.toLowerCase());
        const planned = status !== 'past';
        if (!resolves(phrase, planned)) continue;
        const doubts: string[] = [];
        let finalStatus: Status = status;
        if (status === 'past' && /^since\b/i.test(phrase) && ONGOING.test(narration)) finalStatus = 'ongoing';
        const condition = finalStatus === 'conditional' ? /\b(?:if|unless)\b[^,.;]*/i.exec(narration)?.[0] : undefined;
        if (finalStatus !== 'past') doubts.push(`status "${finalStatus}" read from the verbs`);
        const event: FoundEvent = { paragraph: p, sentence, phrase, status: finalStatus, ...(condition ? { condition } : {}), title: titleOf(sentence.text, phrase), doubts };
        if (/\b(?:later|earlier|after|before)$/i.test(phrase) && !/ago$/i.test(phrase)) {
          if (found.length > 0) event.anchor = found.length - 1;
          doubts.push('counts from the event dated just before it');
        }
        found.push(event);
        break; // one event per sentence: its first readable time
      }
    }
  });
  return found;
}
