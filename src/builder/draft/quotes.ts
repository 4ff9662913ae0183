/**
 * Quotations in news prose and who said them: whole quotes, quotes split by their attribution
 * (“…,” she said, “…”), partial quotes inside the reporter's sentence, signs, broadcasts and written
 * statements. Speakers are returned as the article's own words ("Mariama Saley", "she", "the
 * minister", "a Western diplomat"); resolving them to actors is the caller's job.
 */
import { type Span, sentences } from './text.js';

export type Medium = 'spoken' | 'sign' | 'broadcast' | 'statement';

export interface FoundQuote {
  paragraph: number;
  /** Offsets of the quoted words (without the quotation marks) in the paragraph. */
  start: number;
  end: number;
  text: string;
  partial: boolean;
  medium: Medium;
  channel?: 'radio' | 'television' | 'online';
  /** The attribution clause as the article words it ("a Russian trainer said in a broadcast …"). */
  context?: string;
  /** Who, in the article's words; absent when no attribution was found. */
  speaker?: string;
  /** True when the quote continues the one before it in the same paragraph (one utterance, split). */
  continues: boolean;
  /** Words quoted inside the quote (‘…’). */
  nested: string[];
  /** Why a reviewer should look at it. */
  doubts: string[];
}

const VERBS = 'said|says|say|added|adds|told|tells|asked|asks|wrote|writes|explained|explains|warned|warns|insisted|insists|noted|notes|argued|argues|declared|declares|announced|announces|stated|states|replied|replies|recalled|recalls|shouted|chanted|continued|acknowledged|conceded|complained|urged|vowed|promised|predicted|claimed|claims|suggested|admitted|stressed|remarked|observed|posted|tweeted|testified|ruled|concluded|cautioned|pledged|joked|whispered|yelled|recounted|lamented|boasted|countered|responded|responds';
const SIGN = /^,?\s*(?:read|reads|said|proclaimed|declared)\s+(?:a|an|the|one|another)\s+(?:hand-?(?:written|painted)\s+|large\s+|cardboard\s+)?(sign|banner|placard|poster|slogan|T-shirt|billboard|message|note|notice|graffiti)\b(?:\s+(?:waved|held|carried|hoisted|raised|painted|written)(?:\s+up)?\s+by\s+([^,.;“”]+))?/i;
const SIGN_ANOTHER = /^,?\s*(?:read|reads|said)\s+(another|a second|a third|one more)\b()/i;
/** "a handwritten sign taped to the shutter of a pharmacy read: “…”": the sign named before the quotation. */
const SIGN_BEFORE = /\b(?:a|an|the|one|another)\s+(?:[\p{L}-]+\s+){0,2}?(?:sign|banner|placard|poster|T-shirt|billboard|slogan|notice)\b([^“”.;]*?)\s+(?:read|reads|said|says|proclaimed|declared)\s*:?\s*$/iu;
/** A crowd that opens a sentence: "Hundreds of residents blocked …", "Protesters marched …", "Thousands of farmers, some on tractors, …". */
const CROWD = /^((?:(?:Hundreds|Thousands|Dozens|Scores|Tens of thousands|Crowds|Groups) of |(?:Some|Many|Angry|The) )?\p{Ll}*[\p{L}-]+(?:ers|ors|ists|ents|ants|ians|ees|ies|men|people|women|youths|students|villagers|families))(?=[,\s])(?!\s+(?:said|say|says|told)\b)/u;
/** Who put a sign up: "held by one fisherman"; else whose wall it is on: "the shutter of a pharmacy". */
const SIGN_HOLDER = /\b(?:waved|held|carried|hoisted|raised|painted|written|put up|taped|hung|pinned|left)(?:\s+up)?\s+by\s+([^,“”]+)$/i;
const SIGN_OWNER = /\b(?:shutters?|doors?|windows?|walls?|gates?|fence|front|stall|counter|desk|office|shop|roof|entrance)\s+(?:of|outside)\s+((?:a|an|the|one)\s+[^,“”]+)$/i;
const NP = String.raw`((?:[A-Z][\p{L}’'.-]*|a|an|the|one|another|his|her|their|its|he|she|they|we|it|I)(?:\s+(?:[\p{L}’'.-]+|\d+))*?)`;
/** A title that ends in a full stop, before a name: "said Dr. Halima Idriss" is not "said Dr". */
const TITLE = String.raw`(?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Col|Lt|Sgt|Capt|Maj|Rev|Sen|Gov|Rep|Adm|Cmdr|Hon|Sr|St)\.\s+)`;
// ("…,” said its president, Rosa Lima": an owner's role and the name in apposition)
const AFTER_VERB_NP = new RegExp(String.raw`^,?\s*(?:${VERBS})\s+(${TITLE}?(?:[A-Z]|an?\s|the\s|one\s|another\s|(?:its|his|her|their)\s+\p{Ll}[^.;:“”]*?,\s+[A-Z])[^.;:“”]*)`, 'u');
const AFTER_NP_VERB = new RegExp(String.raw`^,?\s*${NP}\s+(?:also\s+|later\s+|then\s+|once\s+)?(?:${VERBS})\b`, 'u');
/** "…,” the commission’s chairwoman, Justice Grace Mkandawire, told reporters": a noun phrase, its apposition, the verb. */
const AFTER_NP_APPOSITION_VERB = new RegExp(String.raw`^,?\s*${NP},\s+([^,“”]{2,80}?),\s+(?:also\s+|later\s+|then\s+)?(?:${VERBS})\b`, 'u');
/** "One Western diplomat, who spoke on condition of anonymity, said: “…”": a speaker, appositions, the verb. */
const BEFORE_NP_APPOSITION_VERB = new RegExp(String.raw`(?:^|[.;,]\s+|\bwhen\s+|\bas\s+)(?!(?:In|On|At|After|Before|During|Since|From|With|For|By|Asked|Speaking|Writing|When|While|Although|Though|But|And|If|As|Once|Later|Earlier)\b)${NP}((?:,\s+[^,“”]+){1,3}),\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:${VERBS})\b[^“”]*?[,:]?\s*$`, 'u');
const BEFORE_NP_VERB = new RegExp(String.raw`(?:^|[.,;]\s+|\bwhen\s+|\bas\s+)${NP}\s+(?:\w+ly\s+|also\s+|later\s+|then\s+)?(?:${VERBS}|has said|had said|was quoted as saying|is quoted as saying|put it)\b[^“”]*?[,:]?\s*$`, 'u');
const ACCORDING = /according to\s+([^,“”]+?),?\s*$/i;
const STATEMENT = /\b(?:statement|e-?mail|letter|written|wrote|writes|posted|tweet(?:ed)?|on X\b|on Facebook|social media|communiqu[ée]|press release|text message|memo)\b/i;
const BROADCAST = /\b(?:television|TV|radio|broadcast|video|podcast|livestream|live stream|YouTube|televised|on air|BBC|VOA|RFI|Al Jazeera)\b/i;

const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** Quotations of one paragraph: typographic “…” (with ‘…’ nested) or straight "…". */
function quoteSpans(text: string): { open: number; close: number }[] {
  const spans: { open: number; close: number }[] = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '“') stack.push(i);
    else if (text[i] === '”' && stack.length > 0) {
      const open = stack.pop()!;
      if (stack.length === 0) spans.push({ open, close: i });
    }
  }
  // a quotation that runs on into the next paragraph has no closing mark in this one (news style)
  if (stack.length > 0) spans.push({ open: stack[0], close: text.length });
  if (spans.length === 0 && !text.includes('“')) {
    const straight = [...text.matchAll(/"/g)].map((m) => m.index!);
    for (let i = 0; i + 1 < straight.length; i += 2) spans.push({ open: straight[i], close: straight[i + 1] });
  }
  return spans;
}

function sentenceAt(all: readonly Span[], index: number): Span {
  return all.find((s) => s.start <= index && index < s.end) ?? all[all.length - 1];
}

/** The speaker words of an attribution: "Mariama Saley, 40, who…" → "Mariama Saley". */
function trimSpeaker(words: string): string {
  // "a statement from the health ministry": the ministry
  words = words.replace(/^(?:a|an|the)\s+(?:(?:joint|written|brief)\s+)?(?:statement|letter|post|report|e-?mail|message|release|press release|communiqu[ée]|note)\s+(?:from|by|issued by|of)\s+/i, '');
  // "another protester, Amadou Soumana": the name in apposition is the speaker
  // ("its president, Rosa Lima", "the union’s secretary, Rui Sá": an owner's role, too)
  const apposition = /^(?:another|an?|one|the|its|his|her|their)\s+(?:\p{Ll}[\p{Ll}-]*[’']s\s+)?[\p{Ll}\s-]+,\s+((?:[A-Z][\p{L}.’'-]*\s?){2,})/u.exec(words);
  if (apposition) return apposition[1].trim();
  // "a group of women at the court gates", "a European diplomat in Accra": a description keeps its place
  if (/^(?:another|an?|one)\s/i.test(words)) {
    const described = words.replace(/,.*$/s, '').replace(/\s+(?:who|which|that|because|adding|according|based|living|working|stationed|posted|familiar|involved|close|standing|speaking|sitting|referring|citing|whose|during|after|before|while|when|on|last|this|yesterday|today)\b.*$/s, '').trim();
    if (described.split(/\s+/).length <= 9) return described;
  }
  return words
    // "The National Bank of Ethiopia": a name's own "of" (a capital follows) is kept
    .replace(/\s+(?:in|on|at|during|after|before|while|when|from|to|of(?!\s+(?:the\s+)?[A-Z])|as|who|which|that|because|adding|according|based|standing|speaking|sitting|referring|citing|whose)\b.*$/s, '')
    // "Police have vowed": the auxiliary is not the speaker's
    .replace(/(?:\s+(?:have|has|had|also|later|then|again|once|will|would|could|did))+$/, '')
    .replace(/,.*$/s, '')
    .replace(/\s+(?:on Saturday|on Sunday|last week|this week|yesterday|today)$/i, '')
    .trim();
}

/**
 * A speaker named with an apposition: "the commission’s chairwoman, Justice Grace Mkandawire" is the
 * name; "Ms. Banda, the candidate" and "Kofi Mensah, 61, a farmer" are the name before.
 */
function speakerOfApposition(head: string, apposition: string): string {
  const named = /^(?:[A-Z][\p{L}.’'-]*\s?){2,}$/u.test(apposition.trim());
  if (named && DESCRIPTION_HEAD.test(head)) return apposition.trim();
  return trimSpeaker(head);
}

/**
 * A head that describes rather than names: "the commission’s chairwoman", "its chairman", and a role
 * owned by a name, "Kestrel’s chief executive" (a capital, its "’s", then lower-case words), whose
 * apposition is the speaker's name.
 */
const DESCRIPTION_HEAD = /^(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s|(?:[A-Z][\p{L}.-]*\s+){0,3}[A-Z][\p{L}.-]*[’']s\s+\p{Ll})/u;

/** "Dr. Amina Juma, the clinic’s director, was blunt: “…”": the subject of a sentence that ends in a colon. */
const COLON_SUBJECT = new RegExp(String.raw`^\s*((?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Gen|Col)\.\s+)?[A-Z][\p{L}’'.-]*(?:\s+[A-Z][\p{L}’'.-]*){0,3}|(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}?)((?:,\s+[^,“”]+){0,2}),?\s+(?:was|were|is|are|had|has|put it|kept it|gave|offered)\b[^“”]*:\s*$`, 'u');
/** "which the company has called “illegal”": the subject of a relative clause of naming. */
const RELATIVE_SAYER = /\b(?:which|what|that|whom)\s+((?:the|a|an|its|his|her|their)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+){0,3}?|[A-Z][\p{L}.’'-]*(?:\s+[A-Z][\p{L}.’'-]*)*|he|she|they|(?:many|some|most)?\s*\p{Ll}[\p{Ll}-]+s(?:\s+(?:in|of|from|at|for|on)\s+(?:the\s+)?[\p{L}’'-]+)?)\s+(?:has\s+|have\s+|had\s+)?(?:called|calls|call|described|describes|describe|termed|dubbed|branded|labell?ed|denounced|hailed)(?:\s+(?:as|it|them|an?|the))?\s*$/u;
/** "For Mr. Banda, the offer is “an insult”": the person the sentence opens on. */
const FOR_SAYER = /^\s*(?:For|To)\s+((?:[A-Z][\p{L}.’'-]*\s?){1,4}|(?:the|many|some)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?),\s+[^“”]*$/u;
/** "The minister’s promise of “zero tolerance”", "Mr. Banda’s message was simple: “…”": whose words. */
const POSSESSIVE_SAYER = /(?:^|[.;,]\s+)((?:[Tt]he\s+)?(?:[A-Z][\p{L}.-]*\s+){0,3}[\p{L}.-]+)[’']s\s+(?:(?:[a-z-]+\s+){0,1})(?:promise|pledge|message|reply|answer|response|verdict|advice|demand|plea|warning|words|call|claim|vow|description|slogan|motto|request|explanation|argument)\b[^“”]*$/u;

/** A finite verb: the words before the appositions are a clause of their own, not the speaker. */
const CLAUSE_VERB = /\b(?:is|are|was|were|will|would|has|have|had|could|can|should|must|may|might)\b/;

/**
 * "The board meets next week, an IMF spokeswoman, Julia Kessler, said": after a clause, the attribution
 * is its appositions: the name among them, else the description.
 */
function speakerOfTrailingAppositions(appositions: string): string | undefined {
  const parts = appositions.split(/,\s+/).map((x) => x.trim()).filter(Boolean);
  const name = parts.filter((x) => /^(?:[A-Z][\p{L}.’'-]*\s?){2,}$/u.test(x)).at(-1);
  if (name) return name;
  const described = parts.filter((x) => /^(?:an?|the|one|another)\s/i.test(x) || /^[A-Z]/.test(x)).at(-1);
  return described ? trimSpeaker(described) : undefined;
}

/** Verbs by which the reporter's sentence hands words to its subject: "called the plan “a trap”". */
const SAYING_VERBS = String.raw`(?:${VERBS}|called|calls|call|described|describes|describe|accused|accuses|denounced|denounces|termed|dubbed|branded|labelled|labeled|hailed|critici[sz]ed|blamed|pledged|threatened|dismissed|rejected|demanded|demands|defended|offered|needed|needs|wants|wanted|insisted)`;
const DETERMINED = String.raw`(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+[\p{L}’'-]+(?:\s+(?:[\p{Ll}’'-]+|[A-Z][\p{L}’'-]*)){0,5}?`;
const NAMED = String.raw`(?:[Tt]he\s+)?[A-Z][\p{L}’'.-]*(?:\s+(?:[A-Z][\p{L}’'.-]*|of|for|and|the|de))*`;
/** "Observers from the Malawi Election Support Network", "Lawyers for the families": people by what they are and whose. */
const PEOPLE_OF = String.raw`[A-Z]\p{Ll}+s\s+(?:from|of|for|at|with)\s+(?:the\s+)?[\p{L}’'-]+(?:\s+(?:[A-Z][\p{L}’'-]*|of|for|and))*`;
// up to three appositions: "Observers from the Network, or MESN, a coalition of church groups, said"
// "The opposition Citizens’ Forum (ECF) called …": an acronym in brackets after the subject
const SUBJECT = new RegExp(String.raw`^(${PEOPLE_OF}|${DETERMINED}|${NAMED}|[Hh]e|[Ss]he|[Tt]hey)(?:\s+\([A-Z][\p{L}.&-]*\))?((?:,\s+[^,“”]+){0,3}),?\s+(?:[a-z]+ly\s+|later\s+|also\s+|then\s+|had\s+|has\s+|have\s+)?(${SAYING_VERBS})\b`, 'u');

/**
 * The speaker of a partial quote: the subject of its sentence, when the sentence hands words to it
 * with a verb of saying ("Brian Otieno, a lawyer for the families, called the offer “an insult”").
 * A leading phrase ("Speaking on radio on Monday, …", "In a statement, …") is passed over, and a
 * name in apposition to a description ("Its chairman, Ama Ofori, said …") is the speaker.
 */
export function subjectOf(before: string): string | undefined {
  return lastClauseSubject(before) ?? subjectOfClause(before);
}

/**
 * "Tom Baker said he was “confident”, while the union’s leader, Ruth Allen, called that “…”": the subject
 * of the last clause (after "while", "but", ", and", ";") that hands words over, not of the sentence.
 */
export function lastClauseSubject(before: string): string | undefined {
  const joints = [...before.matchAll(/(?:,\s+|\s)(?:while|whereas|but)\s+|;\s+|,\s+and\s+/g)].map((m) => m.index! + m[0].length).reverse();
  for (const at of joints) {
    const found = subjectOfClause(before.slice(at));
    if (found) return found;
  }
  return undefined;
}

function subjectOfClause(before: string): string | undefined {
  const clause = before.trim().replace(/^(?:[A-Z][a-z]+ing|In|On|At|After|Before|During|Asked|Writing|Interviewed)\b[^,“”]*,\s+/, '');
  const m = SUBJECT.exec(clause);
  if (!m) return undefined;
  const [, subject, appositions] = m;
  // one apposition, closed by its comma, may name the subject ("Its chairman, Kwame Boateng, said")
  const apposition = /^,\s+([^,“”]+)$/.exec(appositions)?.[1];
  if (apposition && /^(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[Oo]ne)\s/.test(subject) && /^(?:[A-Z][\p{L}.’'-]*\s?){2,}$/u.test(apposition.trim())) return apposition.trim();
  return trimSpeaker(subject);
}

function mediumOf(context: string): Pick<FoundQuote, 'medium' | 'channel'> {
  if (STATEMENT.test(context)) return { medium: 'statement' };
  if (BROADCAST.test(context)) {
    const channel = /\bradio\b/i.test(context) ? 'radio' : /\b(?:television|TV|televised)\b/i.test(context) ? 'television' : /\b(?:video|online|YouTube|livestream|podcast|social media)\b/i.test(context) ? 'online' : undefined;
    return { medium: 'broadcast', ...(channel ? { channel } : {}) };
  }
  return { medium: 'spoken' };
}

export function findQuotes(paragraphs: readonly string[]): FoundQuote[] {
  const found: FoundQuote[] = [];
  paragraphs.forEach((text, p) => {
    const all = sentences(text);
    let previous: FoundQuote | undefined;
    for (const { open, close } of quoteSpans(text)) {
      let start = open + 1;
      let end = close;
      while (start < end && text[start] === ' ') start++;
      while (end > start && /[\s,]/.test(text[end - 1])) end--;
      if (end <= start) continue;
      const words = text.slice(start, end);
      const sentence = sentenceAt(all, open);
      const before = text.slice(sentence.start, open);
      const nextOpen = text.indexOf('“', close + 1);
      const afterEnd = Math.min(nextOpen === -1 ? text.length : nextOpen, sentenceAt(all, close).end);
      const after = text.slice(close + 1, Math.max(close + 1, afterEnd));
      const prevChar = before.trimEnd().slice(-1);
      const wordCount = words.split(/\s+/).length;
      const partial = /[\p{L}\d’']/u.test(prevChar) && !new RegExp(`\\b(?:${VERBS})$`).test(before.trimEnd()) || (prevChar === '' && /^[a-z]/.test(words) && wordCount < 6);
      const nested = [...words.matchAll(/‘([^‘’]+?)’(?!\p{L})/gu)].map((m) => m[1]);
      const doubts: string[] = [];

      let speaker: string | undefined;
      let context: string | undefined;
      let medium: Pick<FoundQuote, 'medium' | 'channel'> = { medium: 'spoken' };
      // "“…,” read one placard. “…,” read another.": a second sign
      const sign = SIGN.exec(after) ?? (previous?.medium === 'sign' && previous.paragraph === p ? SIGN_ANOTHER.exec(after) : null);
      const signBefore = sign ? null : SIGN_BEFORE.exec(before);
      const afterVerb = AFTER_VERB_NP.exec(after);
      const afterNp = AFTER_NP_VERB.exec(after);
      const afterApposition = afterNp ? null : AFTER_NP_APPOSITION_VERB.exec(after);
      const beforeNp = BEFORE_NP_VERB.exec(before);
      const beforeApposition = beforeNp ? null : BEFORE_NP_APPOSITION_VERB.exec(before);
      const according = ACCORDING.exec(before) ?? /^,?\s*according to\s+([^,.“”]+)/i.exec(after);
      if (sign) {
        medium = { medium: 'sign' };
        speaker = sign[2] ? trimSpeaker(sign[2]) : undefined;
        context = after.replace(/^,?\s*/, '').replace(/[.,]\s*$/, '');
        if (!speaker) doubts.push('a sign with no one named as holding it');
      } else if (signBefore) {
        medium = { medium: 'sign' };
        const by = SIGN_HOLDER.exec(signBefore[1]) ?? SIGN_OWNER.exec(signBefore[1]);
        speaker = by ? trimSpeaker(by[1]) : undefined;
        context = before.slice(signBefore.index).trim().replace(/[,:]\s*$/, '');
        // "Hundreds of residents blocked the road. One banner read: “…”": the crowd of the sentence before
        if (!speaker) {
          const prior = all.filter((x) => x.end <= sentence.start).at(-1);
          const crowd = prior ? CROWD.exec(text.slice(prior.start, prior.end))?.[1] : undefined;
          if (crowd) {
            // (the crowd's noun alone, "residents", which names the group the sentence before made)
            speaker = crowd.split(' ').at(-1)!;
            doubts.push('a sign with no one named as holding it: taken as the crowd of the sentence before');
          }
        }
        if (!speaker) doubts.push('a sign with no one named as holding it');
      } else if (afterVerb && !/^(?:that|it|to)\b/i.test(afterVerb[1])) {
        speaker = trimSpeaker(afterVerb[1]);
        context = after.replace(/^,?\s*/, '').replace(/[.,]\s*$/, '');
      } else if (afterNp) {
        speaker = trimSpeaker(afterNp[1]);
        context = after.replace(/^,?\s*/, '').replace(/[.,]\s*$/, '');
      } else if (afterApposition) {
        speaker = speakerOfApposition(afterApposition[1], afterApposition[2]);
        context = after.replace(/^,?\s*/, '').replace(/[.,]\s*$/, '');
      } else if (according) {
        speaker = trimSpeaker(according[1]);
        context = according[0].replace(/^,?\s*/, '').replace(/[,.]\s*$/, '');
      } else if (!partial && COLON_SUBJECT.test(before)) {
        // "Dr. Amina Juma, the clinic’s director, was blunt: “…”"
        const [, head, appositions] = COLON_SUBJECT.exec(before)!;
        const one = /^,\s+([^,“”]+)$/.exec(appositions)?.[1];
        // "Her message was simple: “…”": the one "her" stands for
        const pronoun = /^(Her|His|Their)\s+(?:message|reply|answer|response|verdict|advice|demand|plea|warning|words|explanation)$/.exec(head.trim())?.[1];
        speaker = pronoun ? { Her: 'she', His: 'he', Their: 'they' }[pronoun] : one ? speakerOfApposition(head, one) : trimSpeaker(head);
        context = before.trim().replace(/:\s*$/, '');
        doubts.push('the speaker is the subject of the sentence that introduces the quotation');
      } else if (partial && (RELATIVE_SAYER.test(before) || FOR_SAYER.test(before))) {
        speaker = trimSpeaker((RELATIVE_SAYER.exec(before) ?? FOR_SAYER.exec(before))![1].trim());
        context = before.trim();
        doubts.push('partial quote: the speaker is taken from the words that hand it over');
      } else if (POSSESSIVE_SAYER.test(before)) {
        speaker = trimSpeaker(POSSESSIVE_SAYER.exec(before)![1].trim());
        context = before.trim().replace(/[,:]\s*$/, '');
        doubts.push('the speaker is the one whose words the sentence names');
      } else if (partial && lastClauseSubject(before)) {
        speaker = lastClauseSubject(before);
        context = before.trim();
        doubts.push('partial quote: the speaker is taken from the subject of its clause');
      } else if (beforeApposition) {
        const [, head, appositions] = beforeApposition;
        const one = /^,\s+([^,“”]+)$/.exec(appositions)?.[1];
        speaker = CLAUSE_VERB.test(head) ? speakerOfTrailingAppositions(appositions) : one ? speakerOfApposition(head, one) : trimSpeaker(head);
        context = before.trim().replace(/[,:]\s*$/, '');
      } else if (beforeNp) {
        speaker = trimSpeaker(beforeNp[1]);
        context = before.trim().replace(/[,:]\s*$/, '');
      } else if (partial) {
        const subject = subjectOf(before);
        if (subject) {
          speaker = subject;
          context = before.trim();
          doubts.push('partial quote: the speaker is taken from the subject of the sentence');
        }
      }
      if (speaker !== undefined && medium.medium !== 'sign') medium = mediumOf(`${before} ${after}`);
      if (speaker !== undefined && /^(?:it|this|that)$/i.test(speaker)) speaker = undefined;

      const another = sign !== null && SIGN_ANOTHER.test(after);
      const continues = speaker === undefined && previous !== undefined && previous.paragraph === p && !partial && !another;
      if (continues) {
        speaker = previous!.speaker;
        medium = { medium: previous!.medium, ...(previous!.channel ? { channel: previous!.channel } : {}) };
        context = previous!.context;
      }
      if (speaker === undefined) doubts.push('no attribution found in its sentence');
      else if (PRONOUNS.has(speaker.toLowerCase())) doubts.push(`attributed to "${speaker}": resolved to the last person named`);
      const quote: FoundQuote = { paragraph: p, start, end, text: words, partial, ...medium, ...(context ? { context } : {}), ...(speaker ? { speaker } : {}), continues, nested, doubts };
      found.push(quote);
      previous = quote;
    }
  });
  // A quotation left open at the end of its paragraph, continued by the next paragraph's opening one:
  // the speaker the continuation names ("“… / “…,” he said.").
  for (let i = found.length - 2; i >= 0; i--) {
    const q = found[i];
    const next = found[i + 1];
    if (q.speaker !== undefined || q.partial || next.paragraph !== q.paragraph + 1 || next.speaker === undefined) continue;
    // (a quotation closed in its paragraph, “…”, does not run on)
    if (q.end < paragraphs[q.paragraph].trimEnd().length - 1 || /^[”"]/.test(paragraphs[q.paragraph].slice(q.end).trimStart()) || !/^\s*“/.test(paragraphs[next.paragraph])) continue;
    q.speaker = next.speaker;
    q.medium = next.medium;
    if (next.channel) q.channel = next.channel;
    q.doubts = [`a quotation running on into the next paragraph: taken as ${JSON.stringify(next.speaker)}, who is named there`];
  }
  // A quotation standing alone in the paragraph right after a quoted speaker's: the same speaker.
  for (let i = 1; i < found.length; i++) {
    const q = found[i];
    const prev = found[i - 1];
    // (a sign's words are not the last speaker's)
    if (q.speaker === undefined && !q.partial && q.medium !== 'sign' && prev.speaker !== undefined && q.paragraph === prev.paragraph + 1) {
      q.speaker = prev.speaker;
      q.medium = prev.medium;
      q.doubts = [`no attribution: taken as ${JSON.stringify(prev.speaker)}, who is quoted in the paragraph before`];
    }
  }
  return found;
}
