/**
 * Actors news names without a proper name: institutions in lower case ("the federal government",
 * "Niger’s military-led government", "state television", "police"), people by what they are ("a
 * company engineer said", "A senior county official, who spoke …") and groups that act ("Farmers
 * fear", "mutinous soldiers seized power", "say Western diplomats and analysts"), plus the dateline.
 */
import { normalise } from './text.js';

export interface Described {
  /** What keeps two mentions one actor. */
  key: string;
  name: string;
  kind: 'person' | 'group' | 'organization';
  /** The article's own words for it. */
  aliases: string[];
  at: [number, number];
}

/** "LOKOJA, Nigeria —", "NAIROBI, Kenya (CPA) —": the place, its country and the wire agency. */
export function dateline(first: string): { place: string; country: string; agency?: string; words: string } | undefined {
  // ("NAIROBI, Kenya (CPA) —", and an agency named in words: "(Pacific Rim Press)")
  const m = /^(\p{Lu}[\p{Lu}’'. -]*\p{Lu}),\s+([A-Z][\p{L}’' .-]*?)(?:\s+\(([A-Z][A-Za-z]{1,9}|\p{Lu}[\p{L}’'.&-]*(?:\s\p{Lu}[\p{L}’'.&-]*){1,4})\))?\s+[—–-]{1,2}\s/u.exec(first);
  if (!m) return undefined;
  const place = m[1].toLowerCase().replace(/(^|[\s’'-])(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return { place, country: m[2], ...(m[3] ? { agency: m[3] } : {}), words: m[1] };
}

const INSTITUTION = 'government|ministry|parliament|military|army|navy|air force|police|utility|television|radio|broadcaster|junta|cabinet|senate|presidency|judiciary|central bank|electoral commission|regulator|office|coalition';
/** Nouns after which an institution's word is only a modifier: "government spokesman", "army troops", "the cabinet secretary". */
const MODIFIED = /^\s+(?:spokes\w+|secretary|secretaries|officials?|ministers?|troops|soldiers|forces|plans?|officers?|critics|supporters|sources?|aides?|delegation|policy|programme|program|budget|statement|website|account|buildings?|headquarters|vehicles?|concession|bonds?|workers|employees|staff|task force|panel|committee|commission)\b/;
/** Institutions a country has one of, so that "the government" needs no other word. */
const ONE_OF = /^(?:government|parliament|military|army|navy|air force|junta|cabinet|senate|presidency|judiciary|central bank|electoral commission)$/;
/** Modifiers that do not tell one institution from another of the same country. */
const GENERIC = /^(?:national|federal|central|military-led|military|civilian|interim|transitional|current|new|former)$/;
/** What a public office does: "the weather office", "the statistics office". */
const OFFICE_OF = /\b(?:weather|meteorological|statistics|labour|labor|tax|audit|lands?|immigration|passport|electoral|prosecutor’s|prosecutors’)\s+$/;
/** Modifiers that make an institution a province's or a city's, not the country's. */
const LOCAL = /\b(?:state|county|regional|provincial|local|city|municipal|district)\b/;

/** What the institution reader needs to know of the article's countries. */
export interface CountryLookup {
  /** The ISO code of a country these words name, if they do. */
  iso(words: string): string | undefined;
  /** The country's name, for a name made from "the national government". */
  name(iso: string): string;
  /** The last country a paragraph names between two offsets. */
  namedIn(paragraph: number, from: number, to: number): string | undefined;
  /** The article's own country (the dateline's, or the one it names most). */
  main?: string;
  /** The ISO code of the country whose people this word names ("Ugandan"), if it does. */
  demonym?(word: string): string | undefined;
}

/**
 * Institutions in lower case: "Niger’s military-led government", "the federal government" (the
 * country's named earlier in the sentence, or the article's), "the state agriculture ministry", and
 * "the ministry" for the ministry named last.
 */
export function institutions(paragraphs: readonly string[], countries: CountryLookup): Described[] {
  const out = new Map<string, Described>();
  const last = new Map<string, Described>();
  const add = (key: string, name: string, alias: string, at: [number, number], head: string) => {
    let d = out.get(key);
    if (!d) out.set(key, (d = { key, name, kind: 'organization', aliases: [], at }));
    if (alias !== d.name && !d.aliases.includes(alias)) d.aliases.push(alias);
    last.set(head, d);
  };
  // ("the coalition of the willing": "of the" opens another noun phrase, not a portfolio)
  const re = new RegExp(`(?:\\b([A-Z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]*){0,3})[’']s|\\b([Tt]he|[Ii]ts))\\s+(?:([A-Z][\\p{L}-]+)\\s+)?((?:[a-z][a-z-]*\\s+){0,2}?)(${INSTITUTION})((?:\\s+of\\s+(?!(?:the|a|an)\\b|[a-z]+ing\\b)[a-z]+(?:\\s+and\\s+[a-z]+)?)?)(?![\\p{L}-])`, 'gu');
  // "the country’s electoral commission", "the nation’s central bank": the institution of the article's own
  // country (its dateline's), else of the country the paragraph named last
  const ofTheCountry = new RegExp(`\\b[Tt]he\\s+(?:country|nation)[’']s\\s+((?:[a-z][a-z-]*\\s+){0,2}?)(${INSTITUTION})(?![\\p{L}-])`, 'gu');
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(ofTheCountry)) {
      const [all, mods, head] = m;
      if (MODIFIED.test(text.slice(m.index! + all.length))) continue;
      const iso = countries.main ?? countries.namedIn(p, 0, m.index!);
      if (!iso) continue;
      const distinct = [...mods.trim().split(/\s+/).filter((w) => w && !GENERIC.test(w)), head].join(' ');
      const key = `inst:${iso}:${distinct}`;
      add(key, out.get(key)?.name ?? `${countries.name(iso)}’s ${mods}${head}`, all, [p, m.index!], head);
    }
  });
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(re)) {
      const [all, owner, the, demonym, mods, head, of] = m;
      const after = text.slice(m.index! + all.length);
      if (MODIFIED.test(after) || /^\s+[A-Z]/.test(after) || /^[’']s\s+(?:spokes|officials?\b|ministers?\b)/.test(after)) continue;
      const modifiers = mods.trim().split(/\s+/).filter(Boolean);
      if (modifiers.some((w) => /^(?:whole|entire|same|other|new|previous|next|last|first)$/.test(w))) continue;
      // "the provincial weather office", "the national statistics office": an office is an institution only
      // with words that say whose and what it is (not "the head office", "a country office")
      if (head === 'office' && !(LOCAL.test(mods) || OFFICE_OF.test(mods)) && !owner) continue;
      const at: [number, number] = [p, m.index!];
      // a junta is the government that soldiers run
      const distinct = [...modifiers.filter((w) => !GENERIC.test(w)), head === 'junta' ? 'government' : head, of.trim()].filter(Boolean).join(' ');
      if (owner) {
        const words = owner.split(/\s+/);
        const named = words.map((_, k) => words.slice(k).join(' ')).find((w) => countries.iso(w));
        if (!named) continue;
        add(`inst:${countries.iso(named)}:${distinct}`, `${named}’s ${mods}${head}${of}`, all.slice(all.indexOf(named)), at, head);
        continue;
      }
      if (the === undefined) continue;
      // "the Ugandan government": the government of the country whose people the word names
      if (demonym) {
        const iso = countries.demonym?.(demonym);
        if (!iso || /^its$/i.test(the)) continue;
        const key = `inst:${iso}:${distinct}`;
        add(key, out.get(key)?.name ?? `${countries.name(iso)}’s ${mods}${head}${of}`, all, at, head);
        continue;
      }
      // "its military cooperation": after "its", the word must be the noun phrase's end
      if (/^its$/i.test(the) && !/^(?:[,.;:]|\s+(?:said|says|has|had|have|is|was|will|would|wants|wanted|asked|announced|denied|confirmed|added)\b)/.test(after)) continue;
      const phrase = all;
      // "Radio Kogi, the state broadcaster": an apposition, not another actor
      // ("In neighbouring Zimbabwe, the health ministry said": a place opening the sentence is no apposition)
      const lead = text.slice(0, m.index!);
      if (/[\p{Lu}\p{N}][\p{L}\p{N}.’'-]*,\s+$/u.test(lead) && !/\b(?:[Ii]n|[Aa]t|[Ff]rom|[Aa]cross|[Nn]ear|[Ii]nside|[Oo]utside)\s+(?:[a-z]+\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*)*,\s+$/u.test(lead)) continue;
      // "the ministry said": the one named last; a country has many ministries but one government
      const previous = last.get(head);
      if (modifiers.length === 0 && !of && previous) {
        add(previous.key, previous.name, phrase, at, head);
        continue;
      }
      if (modifiers.length === 0 && !of && !ONE_OF.test(head)) continue;
      if (LOCAL.test(mods)) {
        add(`inst:local:${distinct}`, capital(phrase.slice(4)), phrase, at, head);
        continue;
      }
      const sentenceStart = Math.max(0, ...[...text.slice(0, m.index!).matchAll(/[.!?]\s+/g)].map((x) => x.index! + x[0].length));
      // "its energy ministry": the country the paragraph named last, never a guess
      const iso = /^its$/i.test(the) ? countries.namedIn(p, 0, m.index!) : countries.namedIn(p, sentenceStart, m.index!) ?? countries.main;
      if (!iso) continue;
      const key = `inst:${iso}:${distinct}`;
      add(key, out.get(key)?.name ?? `${countries.name(iso)}’s ${mods}${head}${of}`, phrase, at, head);
    }
  });
  return [...out.values()];
}

function capital(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Verbs by which a body named by a common noun acts or speaks. */
const ACTS = '(?:(?:has|had|have|also|then|later|would|will|could|did not|does not|has not|had not)\\s+)?(?:said|says|accused|denied|rejected|called|blamed|warned|urged|demanded|announced|criticised|criticized|dismissed|responded|respond|voted|vote|passed|approved|adopted|boycotted|walked|won|lost|put|promised|insisted|argued|declined|refused|asked|wants|wanted|plans|planned|did|does|is|was|were|are)';

/** "Speaking on state television", "police fired tear gas", "a government task force". */
export function services(paragraphs: readonly string[]): Described[] {
  const out = new Map<string, Described>();
  const add = (key: string, name: string, alias: string, at: [number, number]) => {
    let d = out.get(key);
    if (!d) out.set(key, (d = { key, name, kind: 'organization', aliases: [], at }));
    if (alias !== name && !d.aliases.includes(alias)) d.aliases.push(alias);
    return d;
  };
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(/\b(?:[Ss]tate|[Nn]ational|[Pp]ublic|[Ss]tate-run|[Ss]tate-owned)\s+(?:television|radio|media)\b/g)) {
      if (/[’']s\s+$|\b(?:the\s+)?[A-Z][\p{L}-]*\s+$/u.test(text.slice(0, m.index!)) && !/^(?:On|In|At)\s+$/.test(text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
      add(`media:${normalise(m[0])}`, capital(m[0].toLowerCase()), m[0], [p, m.index!]);
    }
    // "police" as the institution, not "police officers" nor "the Kenya Police Service"
    for (const m of text.matchAll(/(?<![A-Z][\p{L}-]*\s)\b[Pp]olice\b(?!\s+(?:officers?|stations?|chief|commissioner|spokes\w+|post|vans?|vehicles?|trucks?|force|service|department|headquarters|barracks|custody|reports?|statement|sources?|officials?|[A-Z]))/gu)) {
      add('org:police', 'Police', m[0], [p, m.index!]);
    }
    // "a cooperative of women who process fish in Joal-Fadiouth": a body named by who its members are,
    // not an apposition ("MESN, a coalition of church groups") nor a mere group of people
    for (const m of text.matchAll(/\b[Aa]n?\s+((?:[\p{Ll}-]+\s+)?(cooperative|association|collective|federation|coalition|network|union|committee))\s+of\s+(\p{Ll}[\p{L}’'-]*)([^,.;:“”]{0,60}?)(?=[,.;]|\s+(?:said|says|that|which|has|had|is|was)\b)/gu)) {
      if (/,\s+$/.test(text.slice(0, m.index!))) continue;
      const [all, , noun, members] = m;
      const name = capital(all);
      const d = { key: `org:${normalise(all)}`, name, kind: 'organization' as const, aliases: [all.charAt(0).toLowerCase() + all.slice(1)].filter((a) => a !== name), at: [p, m.index!] as [number, number] };
      // "the women’s cooperative", "the cooperative": the article's later words for it
      const whole = paragraphs.join('\n');
      for (const alias of [`the ${members}’s ${noun}`, `the ${members}'s ${noun}`, `The ${members}’s ${noun}`]) if (whole.includes(alias)) d.aliases.push(alias);
      if (!out.has(d.key)) out.set(d.key, d);
    }
    for (const m of text.matchAll(/\b(presidential guard|republican guard|national guard)\b/g)) add(`org:${m[1]}`, capital(m[1]), m[1], [p, m.index!]);
    // "The opposition accused …", "the ruling party said", "The fire service did not respond": a party, the
    // opposition or a public service named by a common noun, as the subject of a clause or an owner
    for (const m of text.matchAll(new RegExp(`\\b([Tt]he)\\s+(opposition|(?:ruling|governing)\\s+(?:party|coalition)|(?:fire|forest|forestry|ambulance|health|weather|prison|coast guard|immigration|park|parks|water|rescue)\\s+service)(?=[’']s\\s|\\s+(?:${ACTS})\\b)`, 'g'))) {
      // ("The governing Malawi Progressive Alliance", "the opposition Liberal Party": the article names that party)
      if (insideQuote(text, m.index!) || (/^(?:opposition|ruling|governing)/.test(m[2]) && paragraphs.some((t) => new RegExp(`\\b${m[2].split(' ')[0]}\\s+\\p{Lu}`, 'u').test(t)))) continue;
      const kind = m[2] === 'opposition' ? 'group' : 'organization';
      const d = add(`org:${m[2]}`, capital(m[0].toLowerCase()), m[0], [p, m.index!]);
      d.kind = kind;
    }
    // "Two years later, parliament passed a law": the article's parliament, named without an article
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}’'-]\\s|\\bthe\\s|\\bits\\s)\\b(parliament)(?=\\s+(?:${ACTS})\\b)`, 'giu'))) {
      if (insideQuote(text, m.index!)) continue;
      add('org:parliament', 'Parliament', m[1], [p, m.index!]);
    }
    // "the IMF’s executive board approved", "Zanaco’s board said": an organ of an organisation the article names, when it acts
    for (const m of text.matchAll(/\b((?:[A-Z][\p{L}-]*\s+){0,3}[A-Z][\p{L}-]*)[’']s?\s+((?:executive|supervisory|governing|management|investment|monetary policy|audit)\s+(?:board|committee|council))(?=\s+(?:has|had|will|would|approved|rejected|voted|met|said|says|decided|agreed|endorsed|delayed|suspended)\b)/gu)) {
      const [all, owner, body] = m;
      if (insideQuote(text, m.index!)) continue;
      add(`org:${normalise(owner)}:${body}`, all, body, [p, m.index!]);
    }
    // "the Morowali regency council", "the Kisumu county assembly": a local body, its place's name and its kind
    for (const m of text.matchAll(/\b[Tt]he\s+((?:[A-Z][\p{L}’'-]*\s+){1,2}(?:regency|county|district|city|municipal|provincial|regional|town|village)\s+(?:council|assembly))\b/gu)) {
      add(`org:${normalise(m[1])}`, m[1], m[0].replace(/^The\s/, 'the '), [p, m.index!]);
    }
    for (const m of text.matchAll(/\b(?:[Aa]|[Tt]he)\s+((?:government|presidential|parliamentary|county|state)\s+(?:task force|commission of inquiry|commission|committee|panel|inquiry))\b/g)) {
      add(`org:${normalise(m[1])}`, capital(m[1]), m[0].replace(/^The\s/, 'the '), [p, m.index!]);
    }
  });
  return [...out.values()];
}

/** People news introduces by what they are. */
export const PERSON_NOUNS = 'resident|man|woman|protester|demonstrator|farmer|fisherman|trader|vendor|official|diplomat|witness|teacher|nurse|doctor|worker|student|soldier|officer|driver|mother|father|widow|survivor|villager|miner|engineer|lawyer|activist|analyst|source|spokesman|spokeswoman|spokesperson|aide|adviser|advisor|refugee|pastor|imam|elder|volunteer|shopkeeper|mechanic|herder|parent|neighbour|neighbor|passenger|patient|voter|employee|manager|guard|trainer|instructor|executive|economist|researcher|scientist|contractor|surveyor|negotiator|mediator|prosecutor|investigator|inspector|clerk|operator|captain|docker|dockworker|labourer|laborer|porter|cook|tailor|carpenter|mason|welder|electrician|councillor|councilor|candidate|observer|monitor|journalist|reporter|photographer|pilot|seller|butcher|baker|weaver|hunter|ranger|midwife|pharmacist|teenager|pensioner|retiree|veteran|lecturer|physician|surgeon|businessman|businesswoman|landlord|tenant|chief|headman|firefighter|paramedic|rescuer|beekeeper';
/** Employers named by a common noun after "an official at the …". */
const EMPLOYERS = 'government|ministry|company|commission|court|embassy|agency|firm|mine|port|hospital|council|bank|union|party|utility|regulator|authority|department|police|army|presidency|university|project|plant|mill|factory|refinery|site|school|station';
const SPEECH_OR_ACT = '(?:said|says|told|added|warned|explained|wrote|came|stood|spoke|confirmed|denied|declined|insisted|argued|described|estimated|acknowledged)';
const UNNAMED = new RegExp(`(?:^|[.;:!?]\\s+|[“"‘]|,\\s+|\\b(?:and|but)\\s+|\\b(?:said|says)\\s+(?:that\\s+)?(?=\\S+\\s+\\S+,\\s+\\d))((?:[Oo]ne|[Aa]n?|[Aa]nother)\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?(?:${PERSON_NOUNS})(?:\\s+(?:in|at|from|of|with|for)\\s+(?:(?:the\\s+)?[A-Z][\\p{L}-]*(?:\\s+[A-Z][\\p{L}-]*)*|the\\s+(?:[\\p{L}-]+\\s+)?(?:${EMPLOYERS})))?)(?=,\\s+who\\b|\\s+${SPEECH_OR_ACT}\\b|,\\s+${SPEECH_OR_ACT}\\b|,\\s+\\d{1,3},\\s+(?:who|had|has|was|is|${SPEECH_OR_ACT})\\b)`, 'gu');

/** A name, perhaps with an age, just before an apposition: "Bola Adeyemi, 38, ". */
export const NAMED_BEFORE = /(?:[A-Z][\p{L}’'-]+,\s+\d{1,3}|(?<!\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom|[Oo]f|[Oo]utside|[Tt]o)\s+)(?!(?:In|At|Near|From|Of|Outside|To|On|For|By|With|After|Before|During|Since|Across|Along|The)\s)[A-Z][\p{L}.’'-]*\s+[A-Z][\p{L}’'-]+),\s+$/u;

/** "A senior US official said", "a company engineer said", "A European diplomat in Accra, who …". */
export function unnamedPeople(paragraphs: readonly string[]): Described[] {
  const out = new Map<string, Described>();
  paragraphs.forEach((text, p) => {
    // "Niger’s government spokesman", "the ministry’s spokeswoman": a spokesperson by their employer
    for (const m of text.matchAll(/\b(?:[A-Z][\p{L}’'-]*\s+){0,3}[A-Z][\p{L}’'-]*[’']s\s+(?:[a-z-]+\s+){0,2}?(?:spokesman|spokeswoman|spokesperson)\b/gu)) {
      // "The MPA’s spokesman, Felix Mhango, …": the spokesman is named, and is that person
      if (/^,\s+(?:[A-Z][\p{L}.’'-]*\s+){1,3}[A-Z][\p{L}’'-]*,/u.test(text.slice(m.index! + m[0].length))) continue;
      const key = `unnamed:${normalise(m[0])}`;
      if (!out.has(key)) out.set(key, { key, name: m[0], kind: 'person', aliases: [], at: [p, m.index!] });
    }
    // "a retired seamstress who gave only her first name, Amélia", "identified only as Tiago": a person named
    // by a first name alone, which the name reader takes for no name
    for (const m of text.matchAll(/\b(?:gave\s+only\s+(?:his|her|their)\s+first\s+name|gave\s+(?:his|her|their)\s+(?:first\s+)?name\s+only\s+as|identified\s+only\s+(?:as|by\s+(?:his|her|their)\s+first\s+name))[,:]?\s+(\p{Lu}[\p{Ll}’'-]+)\b/gu)) {
      if (insideQuote(text, m.index!)) continue;
      const key = `person:${normalise(m[1])}`;
      if (!out.has(key)) out.set(key, { key, name: m[1], kind: 'person', aliases: [], at: [p, m.index! + m[0].lastIndexOf(m[1])] });
    }
    for (const m of text.matchAll(UNNAMED)) {
      const words = m[1];
      // "Bola Adeyemi, 38, a fish seller who …": a named person's apposition
      if (NAMED_BEFORE.test(text.slice(0, m.index! + m[0].indexOf(words)))) continue;
      const bare = words.replace(/^(?:one|an?|another)\s+/i, '');
      // "another protester, Amadou Soumana": a named person's apposition, not someone new
      if (/^,\s+[A-Z][\p{L}-]+\s+[A-Z]/u.test(text.slice(m.index! + m[0].length))) continue;
      const key = `unnamed:${normalise(bare)}`;
      if (out.has(key)) continue;
      const name = capital(words.replace(/^another\s/i, 'a '));
      out.set(key, { key, name, kind: 'person', aliases: [words.charAt(0).toLowerCase() + words.slice(1)].filter((a) => a !== name), at: [p, m.index! + m[0].indexOf(words)] });
    }
  });
  return [...out.values()];
}

/** Offices one person holds, by which news names someone it does not name. */
const OFFICES = 'president|vice president|prime minister|premier|governor|mayor|king|queen|emir|sultan|chancellor|attorney general|chief justice|cabinet secretary|foreign minister|finance minister|interior minister|defence minister|defense minister|health minister|energy minister|mining minister|mines minister|labour minister|labor minister|justice minister';
const HOLDER_VERB = '(?:said|says|told|added|announced|ordered|asked|wrote|declared|signed|promised|warned|visited|met|called|urged|denied|confirmed)';

/**
 * Office-holders named by their office alone: "Indonesia’s president ordered", "asked the governor of
 * Central Sulawesi", "the cabinet secretary said". Not an office before or after a name ("Kenya’s
 * president, William Ruto", "Ama Owusu, the mayor of Tamale"); the caller also drops an office a
 * person the article names holds.
 */
export function officeHolders(paragraphs: readonly string[], isCountry: (words: string) => boolean): (Described & { office: string; of?: string })[] {
  const out = new Map<string, Described & { office: string; of?: string }>();
  const named = (text: string, index: number, end: number) => NAMED_BEFORE.test(text.slice(0, index)) || /^,?\s+(?:\p{Lu}[\p{L}.’'-]*\s+){0,2}\p{Lu}[\p{Ll}’'-]+(?:,|\s+(?:said|says|told))/u.test(text.slice(end));
  const add = (key: string, name: string, alias: string, office: string, at: [number, number], of?: string) => {
    if (!out.has(key)) out.set(key, { key, name, kind: 'person', aliases: alias === name ? [] : [alias], at, office, ...(of ? { of } : {}) });
  };
  const ofCountry = new RegExp(`\\b((?:[A-Z][\\p{L}’'-]*\\s+){0,2}[A-Z][\\p{L}’'-]*)[’']s\\s+(${OFFICES})(?![\\p{L}’'-])`, 'gu');
  // ("the governor of the province, who declined to give his name, said": the area named by its kind alone)
  const ofPlace = new RegExp(`\\b([Tt]he)\\s+(governor|mayor|president|prime minister|premier|king|emir|sultan)\\s+of\\s+((?:the\\s+)?[A-Z][\\p{L}’'-]*(?:\\s+[A-Z][\\p{L}’'-]*)*|the\\s+(?:region|province|state|city|town|district|county|prefecture|governorate|municipality|island)(?![\\p{L}’'-]))`, 'gu');
  const acting = new RegExp(`\\b([Tt]he)\\s+(${OFFICES})(?=\\s+${HOLDER_VERB}\\b)`, 'gu');
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(ofCountry)) {
      const [all, owner, office] = m;
      if (!isCountry(owner) || insideQuote(text, m.index!) || named(text, m.index!, m.index! + all.length)) continue;
      add(`office:${normalise(owner)}:${office}`, all, all, office, [p, m.index!], owner);
    }
    for (const m of text.matchAll(ofPlace)) {
      const [all, , office, where] = m;
      if (insideQuote(text, m.index!) || named(text, m.index!, m.index! + all.length)) continue;
      add(`office:${normalise(where)}:${office}`, capital(all), all, office, [p, m.index!], where.replace(/^the\s+/, ''));
    }
    for (const m of text.matchAll(acting)) {
      const [all, , office] = m;
      // "the governor of X said" is read above
      if (insideQuote(text, m.index!) || named(text, m.index!, m.index! + all.length) || [...out.values()].some((d) => d.office === office)) continue;
      add(`office:${office}`, capital(all), all, office, [p, m.index!]);
    }
  });
  return [...out.values()];
}

/** True when `index` lies inside a quotation (“…”) of the paragraph. */
export function insideQuote(text: string, index: number): boolean {
  let depth = 0;
  for (let i = 0; i < index && i < text.length; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”') depth = Math.max(0, depth - 1);
  }
  return depth > 0;
}

/** Plural nouns for people who act together. */
export const GROUP_NOUNS = 'rescuers|firefighters|evacuees|charities|protesters|demonstrators|residents|workers|farmers|miners|traders|students|soldiers|troops|rebels|militants|jihadists|refugees|villagers|fishermen|nurses|doctors|teachers|lawmakers|legislators|judges|lawyers|activists|voters|officials|investors|families|herders|insurgents|mercenaries|instructors|advisers|diplomats|analysts|police officers|health workers|aid workers|engineers|drivers|parents|survivors|victims|officers|contractors|surveyors|ministers|communities|juntas|supporters|opponents|critics|women|men|youths|employees|strikers|unions|households|donors|lenders|creditors|shareholders|scientists|researchers|experts|economists|witnesses|volunteers|pilgrims|settlers|migrants|fighters|gunmen|guards|medics|patients|passengers|vendors|landlords|tenants|clerics|elders|chiefs|leaders|groups|travel agents|estate agents|relatives|pilots|savers|depositors|developers|auditors|importers|growers|borrowers|commuters|prosecutors|investigators|pensioners|bankers|journalists';
const NOT_MODIFIER = /^(?:out|up|off|down|away|back|hundred|thousand|million|dozen|several|when|while|if|after|before|since|because|but|so|then|said|says|say|told|also|only|even|just|not|now|still|where|there|here|this|the|a|an|some|many|more|most|other|all|several|few|these|those|their|its|his|her|our|my|your|about|of|and|or|than|at|least|hundreds|thousands|dozens|scores|millions|no|any|such|both|each|every|two|three|four|five|six|seven|eight|nine|ten|including|among|by|for|from|to|with|in|on|as|that|which|who|whose|fellow|angry|young|old|local)$/i;
const GROUP_VERB = '(?:say|says|said|told|fear|fears|feared|expect|expects|expected|may|might|will|would|can|could|must|should|have|had|are|were|want|wants|wanted|plan|plans|oppose|urge|demand|hope|worry|claim|insist|refuse|warn|accuse|believe|argue|blame|deny|gathered|marched|promised|returned|reported|recorded|confirmed|announced|counted|estimated|launched|seized|floated|fired|blocked|protested|fled|stormed|attacked|killed|took|came|went|began|joined|rejected|called|met|voted|filed|dug|searched|waited|walked|stayed|closed|shut|queued|occupied|refused|camped|lined|surrounded|burned|burnt|chanted|clashed|staged|rallied|boycotted|evacuated|abandoned|crossed|sheltered|slept|prayed|raided|looted|stopped|struck|sued|petitioned|resigned|put|formed|flagged|withdrew|lost|sold|bought|warned|opened|raised|moved)';
const ADVERB = '(?:first|still|also|often|later|then|now|already|have|had|never|long|once|again|too)';

/**
 * Groups that act or speak: a plural noun for people, with its modifiers ("opposition lawmakers",
 * "US troops"), its phrase ("Lawyers for the residents", "engineers from Lysvann") or "a group of …",
 * as the subject of a verb or after "say".
 */
export function actingGroups(paragraphs: readonly string[], peoples: readonly string[] = []): Described[] {
  const out = new Map<string, Described>();
  const mod = "(?:[A-Z][\\p{L}’'-]*|[a-z][a-z-]*)";
  // "Ghanaians still use a word for it": a people named by its demonym, when it acts
  const nouns = [GROUP_NOUNS, ...peoples.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('|');
  const np = `((?:${mod}\\s+){0,2}?)(${nouns})((?:\\s+and\\s+(?:${nouns}))?)`;
  const pp = "((?:\\s+(?:for|of|from|in|at|with|near)\\s+[^,.;:“”\"]{1,40}?)?)";
  // after "still", "also", "never" comes a verb, whichever it is; "Economists at X, a research group in Y, said":
  // an apposition about the place of work may stand between the group and its verb of saying
  const subject = new RegExp(`(?<![\\p{L}-])${np}${pp}(?=\\s+(?:${ADVERB}\\s+)?${GROUP_VERB}\\b|\\s+(?:still|also|often|never|already)\\s+[a-z]+|,?\\s+(?:who|which)\\b|,\\s+(?:a|an)\\s+[^,.;:“”"]{2,60},\\s+(?:${ADVERB}\\s+)?(?:say|says|said|told|warned|argued|estimated|expect|expects|expected)\\b)`, 'giu');
  const inverted = new RegExp(`\\b(?:say|says|said)\\s+${np}(?=[.,;])`, 'giu');
  // "funded by church charities in Germany", "blocked by angry farmers": the doers of a passive
  const agent = new RegExp(`\\b(?:[a-z]+ed|[a-z]+en|built|held|led|run|sent|set|paid|sold|brought|caught|fought|hit|hurt|kept|struck)\\s+by\\s+${np}${pp}(?=[.,;:]|\\s+(?:and|but|who|which|that|after|before|on|at|last|this|since|in|during|over)\\b)`, 'giu');
  // "according to traders in the capital": people a figure or a fact is sourced to
  const according = new RegExp(`\\baccording\\s+to\\s+${np}${pp}(?=[.,;])`, 'giu');
  // "The delegation left", "the crew reported": a body of people named by one collective noun
  const collective = new RegExp(`\\b[Tt]he\\s+(delegation|crowd|mission|jury|crew)(?=\\s+(?:${ADVERB}\\s+)?(?:${GROUP_VERB}|left|arrived|visited|demanded|met)\\b)`, 'gu');
  const groupOf = new RegExp(`\\b[Aa]\\s+group\\s+of\\s+(${nouns})((?:\\s+(?:at|in|from|outside)\\s+(?:the\\s+)?[a-z][^,.;:“”"]{1,30}?)?)(?=[,.;]|\\s+(?:who|which|held|said|gathered|stood)\\b)`, 'g');
  const add = (p: number, index: number, mods: string, head: string, and: string, tail: string, whole?: string) => {
    // "“The victims are always the same,” she said": people a speaker names are not actors the article names
    if (insideQuote(paragraphs[p], index)) return;
    // "who asked not to be named because state employees may not speak": the reason a source is not named,
    // not people who act in the story
    if (/\b(?:anonymity|not to be (?:named|identified))\s+(?:because|as|since)\s+(?:[a-z]+\s+){0,2}$/.test(paragraphs[p].slice(Math.max(0, index - 200), index + mods.length))) return;
    let modifiers = mods.trim().split(/\s+/).filter(Boolean);
    // "so long that Ghanaians": only the words after the last that cannot modify a noun
    const cut = modifiers.map((w) => NOT_MODIFIER.test(w) || /^\d/.test(w)).lastIndexOf(true);
    const dropped = modifiers.splice(0, cut + 1);
    // "the count left out families who fled": after a verb's particle the noun phrase is its object
    if (/^(?:out|up|off|down|away|back)$/i.test(dropped.at(-1) ?? '') || (!dropped.length && !modifiers.length && /\b(?:out|up|off|down|away|back)\s+$/i.test(paragraphs[p].slice(0, index)))) return;
    // "a sum residents say": the word after "a" heads another noun phrase
    if (modifiers.length && (dropped.some((w) => /^(?:an?|one)$/i.test(w)) || /\b(?:an?|one)\s+$/i.test(paragraphs[p].slice(0, index)))) modifiers = [];
    const owner = [...dropped, ...(/\b(its|their|his|her|our)\s+$/i.exec(paragraphs[p].slice(0, index))?.slice(1) ?? [])].find((w) => /^(?:its|their|his|her|our)$/i.test(w));
    const short = whole ? `a group of ${head}` : [...modifiers, head].join(' ') + and;
    const full = whole ?? short + tail;
    const key = `group:${normalise(whole && /^a group of/i.test(whole) ? `group of ${head}` : short)}`;
    let d = out.get(key);
    if (!d) out.set(key, (d = { key, name: capital(full), kind: 'group', aliases: [], at: [p, index] }));
    for (const a of [short, full, ...(owner && !modifiers.length ? [`${owner} ${short}`] : [])]) if (a !== d.name && !d.aliases.includes(a)) d.aliases.push(a);
  };
  // "women who smoke fish for markets in Kumasi said": the group is who the clause says it is
  const described = new RegExp(`(?<![\\p{L}-])${np}(\\s+who\\s+[^,.;:“”"]{3,50}?)(?=\\s+(?:say|says|said|told)\\b)`, 'giu');
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(described)) {
      if (/\b(?:of|with|to|by|for)\s+(?:the\s+)?$/.test(text.slice(0, m.index!))) continue;
      add(p, m.index!, m[1], m[2], m[3], m[4]);
    }
    for (const m of text.matchAll(subject)) {
      const [, mods, head, and, tail] = m;
      // a clause's subject, not the object of the verb before it ("evicted residents who …")
      // the words before the noun phrase proper: "a cooperative of women who …" has "of" before "women"
      const lead = mods.split(/(?<=\s)/).filter(Boolean);
      const cut = lead.map((w) => NOT_MODIFIER.test(w.trim())).lastIndexOf(true);
      const before = text.slice(0, m.index! + lead.slice(0, cut + 1).join('').length);
      // ("Thousands of protesters gathered": after a number word, "of" leaves the protesters the subject)
      const governor = /(?:^|\s)(\S+)\s+(?:of|with|to|by|for|among|between|against)\s+(?:the\s+)?$/.exec(before);
      if (governor && cut === lead.length - 1 && !(/of\s+(?:the\s+)?$/.test(before) && /^(?:thousands|hundreds|dozens|scores|millions|some|many|most|all|several|none|one|two|three|four|five|six|seven|eight|nine|ten|[\d,]+)$/i.test(governor[1]))) continue;
      if (!governor && /^(?:of|with|to|by|for|among|between|against)\s+(?:the\s+)?$/.test(before)) continue;
      // "the National Collective of Artisanal Fishermen": a capitalised noun inside a proper name
      if (/^\p{Lu}/u.test(head) && !/(?:^|[.!?:;“"]\s*)$/.test(text.slice(0, m.index! + m[0].indexOf(head)).replace(/(?:[A-Z][\p{L}’'-]*\s+)*$/u, '')) && /\p{Lu}/u.test(mods + text.slice(Math.max(0, m.index! - 3), m.index!))) continue;
      add(p, m.index!, mods, head, and, /\bwho\b/.test(text.slice(m.index! + m[0].length, m.index! + m[0].length + 6)) ? '' : tail);
    }
    for (const m of text.matchAll(collective)) add(p, m.index!, '', m[1], '', '');
    for (const m of text.matchAll(inverted)) add(p, m.index! + m[0].indexOf(m[2]), m[1], m[2], m[3], '');
    for (const m of text.matchAll(according)) add(p, m.index! + m[0].indexOf(m[2]), m[1], m[2], m[3], m[4]);
    for (const m of text.matchAll(agent)) add(p, m.index! + m[0].length - (m[1] + m[2] + m[3] + m[4]).length, m[1], m[2], m[3], m[4]);
    for (const m of text.matchAll(groupOf)) add(p, m.index!, '', m[1], '', '', `${m[0].charAt(0).toLowerCase()}${m[0].slice(1)}`.replace(/^a/, 'A'));
  });
  return [...out.values()];
}
