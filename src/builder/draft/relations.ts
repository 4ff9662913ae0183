/**
 * The simple relations an article states in so many words: "X’s president, Y", "its director, Y",
 * "Y, the president of X", "Y, a member of X", "X, funded by Z", "the Z-funded X", "Y, who leads X",
 * "X is led by Y", "Y, an economist at X", "Justice Y of X", "X’s alliance with Z", "X, a partner of Z".
 * Both ends are given as the article's words; "its"/"their" stand for the subject of the sentence
 * before. Each pattern is read within one sentence.
 */
import { sentences } from './text.js';

export interface FoundRelation {
  paragraph: number;
  evidence: string;
  from: string;
  to: string;
  kind: string;
  label: string;
  /** The words that mention `from` when they are not a name of their own ("World Bank-funded"). */
  fromMention?: string;
}

const WORD = String.raw`[A-Z][\p{L}’'.-]*`;
const NAME = String.raw`((?:the\s+)?${WORD}(?:\s+(?:of|for|the|and|de|du)?\s*${WORD})*)`;
const ROLES = 'candidate|nominee|president|vice president|leader|head|chief|chairman|chairwoman|chairperson|chair|director|director general|executive director|managing director|minister|spokesman|spokeswoman|spokesperson|governor|mayor|commander|founder|secretary-general|secretary general|general secretary|chief executive|chief executive officer|CEO|prime minister|king|emir|coordinator|boss';
const SPEAKS = /^spokes/;
const kindOf = (role: string) => (SPEAKS.test(role) ? 'speaks-for' : /^(?:candidate|nominee)$/.test(role) ? 'candidate-of' : 'leads');
const ADJ = String.raw`(?:[a-z][a-z-]*\s+){0,3}?`;
/** "the commission’s chairwoman", "Its spokesman": a possessor that is not a name. */
const POSSESSOR = String.raw`((?:[Tt]he\s+[a-z]+(?:\s+[a-z]+)?)’s|[Ii]ts|[Tt]heir)`;
const WORKS = '[a-z]+ologist|[a-z]*scientist|physician|statistician|economist|analyst|researcher|professor|lecturer|engineer|lawyer|official|officer|reporter|correspondent|adviser|advisor|scientist|doctor|teacher|employee|manager';

/** "the collective", "the women’s cooperative": an end named by a common noun, which the caller resolves to the actor it fits. */
const COMMON = String.raw`(the\s+(?:[a-z]+(?:’s|s’)\s+)?[a-z][a-z-]+)`;
/** "Moustapha Sène, 58,": an age between a name and its apposition. */
const AGE = String.raw`(?:\d{1,3},\s+)?`;
/** "a weaver from El Moreno and president of …": a first apposition before the one with the role. */
const FIRST = String.raw`(?:(?:a|an|the)\s+[^,.;“”]{1,80}?\s+and\s+)?`;
/** "the Canadian miner Kestrel Resources": a description before the name. */
// (a capitalised word is a description only before a common noun: "Nusantara Metals Group" keeps its first word)
const DESCRIBED = String.raw`(?:the\s+)?(?:(?:\p{Lu}\p{Ll}+\s+)?[a-z]+\s+(?:[a-z]+\s+)?)??`;
/** "(SNU)": an acronym in parentheses after a name. */
const ACRONYM = String.raw`(?:\s+\([A-Z][A-Za-z]{1,9}\))?`;
/** "the Morowali regency council": a local body, a proper name with its kind in lower case. */
const LOCAL_BODY = String.raw`(?:\s+(?:regency|county|district|city|municipal|provincial|regional|state|town|village)\s+(?:council|assembly))?`;
/** Offices one person holds in a country or a place: "Indonesia’s president", "the governor of X". */
const OFFICE = 'president|prime minister|premier|governor|mayor|king|queen|emir|sultan';
/** Bodies a country or an organisation has: "Ghana’s aviation regulator, Skyward". */
const BODIES = 'agency|regulator|broadcaster|airline|carrier|utility|wing|arm';
/** Words for a company another owns. */
const OWNED = 'subsidiary|unit|division|affiliate|arm';

const PATTERNS: { re: RegExp; build: (m: RegExpExecArray) => Omit<FoundRelation, 'paragraph' | 'evidence'> }[] = [
  // "Niger’s president, Mohamed Bazoum" → Bazoum leads Niger
  { re: new RegExp(String.raw`${NAME}’s\s+${ADJ}(${ROLES}),\s+${NAME}`, 'gu'), build: (m) => ({ from: m[3], to: m[1], kind: kindOf(m[2]), label: m[2] }) },
  // "The commission’s chairwoman, Justice Chikondi Banda", "Its spokesman, Peter Mwale"
  { re: new RegExp(String.raw`${POSSESSOR}\s+${ADJ}(${ROLES}),\s+${NAME}`, 'gu'), build: (m) => ({ from: m[3], to: m[1].replace(/’s$/, ''), kind: kindOf(m[2]), label: m[2] }) },
  // "Mohamed Bazoum, the democratically elected president of Niger" / "Y, a spokesman for X"
  { re: new RegExp(String.raw`${NAME},\s+${AGE}${FIRST}(?:(?:the|a|an)\s+)?${ADJ}(${ROLES})\s+(?:of|for|at)\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: kindOf(m[2]), label: m[2] }) },
  // "Moustapha Sène, 58, the collective’s secretary general": a possessor after the name
  { re: new RegExp(String.raw`${NAME},\s+${AGE}(?:the\s+|its\s+)?${POSSESSOR}\s+${ADJ}(${ROLES})\b(?!\s+(?:of|for|at)\b)`, 'gu'), build: (m) => ({ from: m[1], to: m[2].replace(/’s$/, ''), kind: kindOf(m[3]), label: m[3] }) },
  // "Hendra Wijaya, 52, SNU’s chief executive", "Col. Agus Santoso, Basarnas’s operations chief": a named possessor after the name
  { re: new RegExp(String.raw`${NAME},\s+${AGE}${NAME}’s\s+${ADJ}(${ROLES})\b(?!\s+(?:of|for|at)\b)`, 'gu'), build: (m) => ({ from: m[1], to: m[2], kind: kindOf(m[3]), label: m[3] }) },
  // "Puna Mining Ltd., a subsidiary of the Chilean group Andes Holdings"
  // ("PT Sulawesi Nikel Utama (SNU), a subsidiary of …": the acronym in parentheses between)
  { re: new RegExp(String.raw`${NAME}${ACRONYM},\s+(?:a|an|the)\s+${ADJ}(${OWNED})\s+of\s+${DESCRIBED}${NAME}(?![\p{L}’'.-])(?!\s+[a-z]+\s+(?:[a-z]+\s+)?\p{Lu})`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: 'subsidiary-of', label: m[2] }) },
  // "Andes Holdings’ subsidiary Puna Mining", "its subsidiary, Puna Mining"
  { re: new RegExp(String.raw`(?:${NAME}’s?|${POSSESSOR})\s+(?:[a-z]+\s+)?(${OWNED}),?\s+${NAME}`, 'gu'), build: (m) => ({ from: m[4], to: m[1] ?? m[2].replace(/’s$/, ''), kind: 'subsidiary-of', label: m[3] }) },
  // "The finance minister, Awa Diop Sarr": a minister leads the ministry of that name
  { re: new RegExp(String.raw`(?:^|(?<=[.!?][”"])\s+|,\s+|\b(?:and|said|says)\s+)[Tt]he\s+((?:[a-z]+\s+){0,2})minister,\s+${NAME}`, 'gu'), build: (m) => ({ from: m[2], to: `the ${m[1]}ministry`, kind: 'leads', label: `${m[1]}minister` }) },
  // "A hydrologist at the National University, Tomás Cardozo": the role before the name
  { re: new RegExp(String.raw`(?:^|(?<=[.!?][”"])\s+|,\s+|\b(?:and|said|says|told)\s+)(?:[Aa]n?|[Tt]he)\s+${ADJ}(${WORKS})\s+(?:at|with|for|of)\s+${NAME},\s+${NAME}`, 'gu'), build: (m) => ({ from: m[3], to: m[2], kind: 'works-for', label: m[1] }) },
  // "Coumba Faye, a lawyer for the collective", "Ama Owusu, who heads the women’s cooperative": the other end a common noun
  { re: new RegExp(String.raw`${NAME},\s+${AGE}(?:the|a|an)\s+${ADJ}(${WORKS})\s+(?:at|with|for|of)\s+${COMMON}(?![\p{L}’-]|\s+\p{Lu}|\s+of\b)`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: 'works-for', label: m[2] }) },
  { re: new RegExp(String.raw`${NAME},\s+${AGE}who\s+(?:leads|heads|runs|chairs|founded)\s+${COMMON}(?![\p{L}’-]|\s+\p{Lu}|\s+of\b)`, 'gu'), build: (m) => ({ from: m[1], to: m[2], kind: 'leads', label: 'leads' }) },
  // "Yousef Haddad, 41, a teacher who speaks for the committee": a role, then who the person speaks for
  { re: new RegExp(String.raw`${NAME},\s+${AGE}(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,3}?who\s+(speaks for|represents|works for|works at)\s+${COMMON}(?![\p{L}’-]|\s+\p{Lu}|\s+of\b)`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: /^(?:speaks|represents)/.test(m[2]) ? 'speaks-for' : 'works-for', label: m[2] }) },
  // "Y, a member of X", "Y, a member of the opposition X"
  // ("Yusuf Rahman, 44, the union’s chairman and a member of the Morowali regency council": after a first apposition, to a local body)
  { re: new RegExp(String.raw`(?:${NAME}|(?:^|(?<=[.!?][”"]\s))([Tt]he\s+[a-z]+)),\s+${AGE}(?:[^,.;“”]{1,60}?\s+and\s+)?(?:a|an)\s+(?:[a-z]+\s+)?member\s+of\s+(?:the\s+)?${ADJ}(${NAME.slice(1, -1)}${LOCAL_BODY})`, 'gu'), build: (m) => ({ from: m[1] ?? m[2], to: m[3], kind: 'member-of', label: 'member of' }) },
  // "X, funded by Z" / "X, which is funded by Z" / "X, a legal aid group funded by Z"
  { re: new RegExp(String.raw`${NAME},?\s+(?:which is\s+|that is\s+|(?:a|an)\s+(?:[\p{L}-]+\s+){0,4}?)?(?:funded|financed|backed|bankrolled)\s+(?:in part\s+)?by\s+${NAME}`, 'gu'), build: (m) => ({ from: m[2], to: m[1], kind: 'funds', label: 'funds' }) },
  // "Sunu Bus, a World Bank-funded company"
  { re: new RegExp(String.raw`${NAME},\s+(?:a|an)\s+(${WORD}(?:\s+${WORD})*)-(funded|financed|backed)\b`, 'gu'), build: (m) => ({ from: m[2], to: m[1], kind: 'funds', label: m[3], fromMention: `${m[2]}-${m[3]}` }) },
  // "the EU-funded Malawi Election Monitoring Network"
  { re: new RegExp(String.raw`\b(?:the|a|an)\s+(${WORD}(?:\s+${WORD})*)-(funded|financed|backed)\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: 'funds', label: m[2], fromMention: `${m[1]}-${m[2]}` }) },
  // "Y, who leads X" / "Y, who heads X" / "Y, the chief of Z, leads X"
  { re: new RegExp(String.raw`${NAME},\s+(?:who\s+(?:leads|heads|runs|chairs|founded)|[^,]{3,60},\s+(?:leads|heads|runs|chairs))\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[2], kind: 'leads', label: 'leads' }) },
  // "Mariama Ba, an economist at Cheikh Anta Diop University" (not "at the Jakarta brokerage …": below)
  { re: new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${ADJ}(${WORKS})\s+(?:at|with|for|of)\s+${NAME}(?![\p{L}’'.-])(?!\s+[a-z]+\s+\p{Lu})`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: 'works-for', label: m[2] }) },
  // "Lina Hartati, a commodities analyst at the Jakarta brokerage Mandala Securities": the employer after its description
  { re: new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${ADJ}(${WORKS})\s+(?:at|with|for|of)\s+the\s+(?:\p{Lu}[\p{L}’'-]*\s+)?[a-z]+\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: 'works-for', label: m[2] }) },
  // "A ministry spokeswoman, Dewi Lestari": a spokesperson for the body a common noun names
  { re: new RegExp(String.raw`(?:^|(?<=[.!?][”"])\s+|,\s+|\b(?:and|said|says)\s+)(?:[Aa]n?|[Tt]he)\s+([a-z]+)\s+(spokesman|spokeswoman|spokesperson),\s+${NAME}`, 'gu'), build: (m) => ({ from: m[3], to: `the ${m[1]}`, kind: 'speaks-for', label: m[2] }) },
  // "Indonesia’s president ordered", "asked the governor of Central Sulawesi": an office-holder the article names by the office alone
  { re: new RegExp(String.raw`${NAME}’s\s+(${OFFICE})\b(?!,?\s+\p{Lu})`, 'gu'), build: (m) => ({ from: `${m[1]}’s ${m[2]}`, to: m[1], kind: 'leads', label: m[2] }) },
  { re: new RegExp(String.raw`(?<!\p{Lu}[\p{L}’'-]*,\s+)\b[Tt]he\s+(${OFFICE})\s+of\s+${NAME}(?!,\s+\p{Lu})`, 'gu'), build: (m) => ({ from: `the ${m[1]} of ${m[2]}`, to: m[2], kind: 'leads', label: m[1] }) },
  // "The project is funded in part by a $400 million loan from the X Bank": the sentence's subject, funded by the lender
  { re: new RegExp(String.raw`^(${NAME.slice(1, -1)}|[Tt]he\s+[a-z]+|It|They)(?:,[^,]{1,80},)?\s+(?:is|was|are|were|has been|had been)\s+(?:funded|financed|backed|paid for)\s+(?:in part\s+|partly\s+|largely\s+|mostly\s+)?by\s+(?:a|an)\s+[^,.;]{1,40}?\s+(?:loan|grant|credit|investment)s?\s+from\s+${NAME}`, 'gu'), build: (m) => ({ from: m[2], to: m[1], kind: 'funds', label: 'funds' }) },
  // "Justice Miriam Wafula of the Environment and Land Court"
  { re: new RegExp(String.raw`\b(?:Justice|Judge|Professor|Prof\.|Dr\.)\s+(${WORD}(?:\s+${WORD})*)\s+of\s+(?:the\s+)?${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[2], kind: 'member-of', label: 'of' }) },
  // "Niger’s alliance with Russia"
  { re: new RegExp(String.raw`${NAME}’s\s+(alliance|partnership|ties|agreement|pact|deal)\s+with\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: m[2] === 'alliance' || m[2] === 'partnership' ? m[2] : 'agreement', label: m[2] }) },
  // "Volta Star FM, a radio station in Ho": where an organisation is (the place is looked up by the caller)
  { re: new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${ADJ}(?:station|newspaper|broadcaster|company|firm|group|charity|hospital|clinic|school|university|bank|cooperative|association|council|union|court)\s+(?:in|based in)\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[2], kind: 'based-in', label: 'based in' }) },
  // "Comfort Amedzro, an opposition lawmaker from the Volta Region", "Togbe Adzaku III, the chief of Dorkploame"
  { re: new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${ADJ}(lawmaker|legislator|MP|senator|deputy|village head)\s+(?:from|for|of)\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: m[2] === 'lawmaker' || m[2] === 'legislator' || m[2] === 'MP' || m[2] === 'senator' || m[2] === 'deputy' ? 'represents' : 'leads', label: m[2] }) },
  // "Ghana’s civil aviation regulator, Skyward", "the country’s state broadcaster, GBC": a body of a named owner
  { re: new RegExp(String.raw`${NAME}’s\s+${ADJ}(${BODIES}),\s+${NAME}`, 'gu'), build: (m) => ({ from: m[3], to: m[1], kind: 'part-of', label: m[2] }) },
  // "His union, the Harbour Pilots’ Guild": a body the person of the sentence before belongs to
  { re: new RegExp(String.raw`(?:^|(?<=[.!?][”"])\s+|,\s+|\b(?:and|said|says)\s+)(His|Her)\s+(union|party|church|club|association|guild|cooperative|co-operative)\b,\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: 'member-of', label: m[2] }) },
  // "France, a former key partner of Niger"
  { re: new RegExp(String.raw`${NAME},\s+(?:a|an|the)\s+${ADJ}(partner|ally|rival)\s+of\s+${NAME}`, 'gu'), build: (m) => ({ from: m[1], to: m[3], kind: m[2], label: m[2] }) },
];
/** "X is led by Y", "It is led by Y": the sentence's subject is led. */
const LED_BY = new RegExp(String.raw`^(?:${NAME}|(It|They|The\s+[a-z]+))\s+(?:is|are|was|were)\s+(?:led|headed|run|chaired)\s+by\s+${NAME}`, 'u');

/** The subject a sentence opens with: its first name, past a leading "The". */
function subjectOf(sentence: string | undefined): string | undefined {
  return sentence === undefined ? undefined : new RegExp(`^(?:The\\s+)?(?:[a-z]+\\s+){0,2}${NAME}`, 'u').exec(sentence.trim())?.[1];
}

/** A name as the actor list keeps it: no "the" before a name, no title before a person's. */
// ("the Lyon-based Rhône Freight": where it is based is no part of its name)
const bare = (words: string) => words.replace(/(\p{L}{3,})\.$/u, '$1').replace(/^[Tt]he\s+(?=\p{Lu})/u, '').replace(/^the\s+(?=\p{Ll})/u, '').replace(/^\p{Lu}[\p{L}’'.]*-based\s+(?=\p{Lu})/u, '').replace(/^(?:Justice|Judge|Gen\.|General|Dr\.|Mr\.|Mrs\.|Ms\.|Prof\.|Professor|President|Minister|Sen\.|Capt\.|Col\.)\s+(?=\p{Lu})/u, '');

export function findRelations(paragraphs: readonly string[]): FoundRelation[] {
  const found: FoundRelation[] = [];
  let previous: string | undefined;
  paragraphs.forEach((text, paragraph) => {
    for (const { text: sentence } of sentences(text)) {
      // "The MPA says its candidate, …": the subject of the words before it in the sentence, else of the sentence before
      // ("His union, …": a person's possessive stands for the subject of the sentence before)
      const pronoun = (words: string, index: number) => (/^(?:his|her)$/i.test(words) ? subjectOf(previous) : /^(?:its|their|it|they)$/i.test(words) ? (index > 0 ? subjectOf(sentence.slice(0, index)) : undefined) ?? subjectOf(previous) : words);
      const add = (evidence: string, r: Omit<FoundRelation, 'paragraph' | 'evidence'>, index = 0) => {
        const from = pronoun(r.from, index);
        const to = pronoun(r.to, index);
        if (from && to && !found.some((x) => x.paragraph === paragraph && x.from === bare(from) && x.to === bare(to))) found.push({ paragraph, evidence, ...r, from: bare(from), to: bare(to) });
      };
      for (const { re, build } of PATTERNS) for (const m of sentence.matchAll(re)) add(m[0], build(m as RegExpExecArray), m.index);
      const led = LED_BY.exec(sentence);
      if (led) add(led[0], { from: led[3], to: led[1] ?? led[2], kind: 'leads', label: 'leads' });
      previous = sentence;
    }
  });
  return found;
}
