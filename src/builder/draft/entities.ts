/**
 * Actors and places of an article, from its capitalised runs, the gazetteer and the patterns news
 * uses to introduce people ("Amina Bello, 42, a trader"), organisations ("the National Emergency
 * Management Agency (NEMA)") and places ("the Niger River", "Kainji Dam", "in Gao, in northern Mali").
 */
import type { City, Country, Gazetteer } from './gazetteer.js';
import { ORG_WORDS, capitalisedRuns, type NameHit } from './names.js';
import { escapeRegExp } from '../article.js';
import { hasWords, normalise, sentences } from './text.js';
import { coordinatedSites, describedSites, kindOfSites } from './sites.js';
import { type Described, actingGroups, dateline, insideQuote, institutions, officeHolders, services, unnamedPeople } from './descriptions.js';

export type ActorKind = 'person' | 'organization' | 'country' | 'group';
export type PlaceKind = 'city' | 'country' | 'region' | 'site' | 'river' | 'facility';

export interface DraftActor {
  key: string;
  name: string;
  kind: ActorKind;
  role?: string;
  age?: number;
  country?: string;
  anonymous?: boolean;
  /** The article's words for why the name is withheld. */
  anonymityReason?: string;
  aliases: Set<string>;
  /** Where it is first named: paragraph index and offset. */
  first: [number, number];
  doubts: string[];
  /** A relative ("her husband"): whose, the noun, and the words that say so. */
  kin?: { of: DraftActor; noun: string; paragraph: number; words: string };
}

export interface DraftPlace {
  key: string;
  name: string;
  kind: PlaceKind;
  country?: string;
  coordinates?: [number, number];
  aliases: Set<string>;
  first: [number, number];
  doubts: string[];
}

export interface Entities {
  actors: DraftActor[];
  places: DraftPlace[];
  /** Every naming of a person, in article order: for "he", "she", "the minister". */
  personMentions: { actor: DraftActor; at: [number, number] }[];
}

const REGIONS = new Set(['Sahel', 'Sahara', 'West Africa', 'East Africa', 'Central Africa', 'North Africa', 'Southern Africa', 'Horn of Africa', 'Lake Chad', 'Lake Chad Basin', 'Maghreb', 'Middle East', 'Africa', 'Europe', 'Asia', 'Latin America', 'Gulf of Guinea', 'Niger Delta', 'Rift Valley', 'Copperbelt', 'Great Lakes', 'Persian Gulf', 'Arabian Peninsula', 'Balkans', 'Caribbean', 'Caucasus', 'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Levant', 'Mediterranean', 'Arctic', 'Scandinavia', 'Baltics', 'Central America', 'South America', 'North America', 'Amazon', 'Andes', 'Himalayas', 'Sinai', 'Kashmir', 'Siberia', 'Patagonia', 'Oceania', 'Gaza Strip', 'West Bank', 'Donbas', 'Kurdistan', 'Punjab', 'Balochistan']);
/** Regions named by a common word after "the": "migrant workers in the Gulf", "ships in the Pacific". */
const THE_REGIONS = new Set(['Gulf', 'Pacific', 'Atlantic']);
const FACILITY = /\b(?:Law Courts|Dam|Port|Airport|Bridge|Base|Air Base|Refinery|Mine|Power Station|Power Plant|Plant|Barracks|Prison|Stadium|Market|Terminal|Pipeline|Camp|Harbour|Harbor|Station|Farm|Canal|Barrage|Tunnel|Aqueduct)\b/;
const RIVER = /\bRiver\b|^River\b/;
/** The last word of a feature of the land: "Canary Islands", "Zomba Plateau", "Aïr Mountains". */
const GEO = /\s(Islands?|Plateau|Mountains?|Hills?|Highlands|Valley|Coast|Desert|Forest|Gulf|Bay|Peninsula|Delta|Escarpment|Lagoon|Falls|Gorge|Reservoir|Sea|Ocean|Strait|Straits)$/;
const PLURAL_GROUP = /\b(countries|protesters|demonstrators|residents|workers|farmers|miners|traders|students|soldiers|troops|rebels|militants|jihadists|refugees|villagers|fishermen|nurses|doctors|teachers|lawmakers|judges|lawyers|activists|voters|officials|investors|families|herders|insurgents|mercenaries|instructors|advisers|diplomats|analysts|police officers|health workers|aid workers|engineers|drivers|parents|survivors|victims|officers|leaders)\b/gi;
const GROUP_WORDS = /\b(?:State|Qaeda|Shabab|Haram|Brotherhood|Front|Army|Islam|Jihad|Movement|Revolution|Republic|Kingdom|Empire|Road|Street|Avenue|Square|Hill|Island|Islands|Valley|Mountains|Lake|Ocean|Sea|Coast|Desert|Forest|Park|Day|Week|Cup|Games|Prize|Award)\b/;
const PLURAL_GROUP_ONLY = new RegExp(`^${PLURAL_GROUP.source}$`, 'i');
/** More plural nouns for people, which are a group only where they act ("Shopkeepers closed their shutters"). */
const MORE_PEOPLE = /^(?:shopkeepers|vendors|merchants|passengers|patients|pilgrims|commuters|tenants|landlords|pensioners|retirees|veterans|dockworkers|dockers|labourers|laborers|truckers|bakers|butchers|consumers|customers|shoppers|worshippers|pupils|graduates|firefighters|rescuers|volunteers|medics|paramedics|settlers|migrants|evacuees|landowners|growers|ranchers|fishers|sailors|seafarers|shareholders|depositors|borrowers|creditors|economists|scientists|researchers|experts|critics|supporters|opponents|campaigners|environmentalists|senators|deputies|councillors|councilors|mayors|prosecutors|investigators|detectives|witnesses|relatives|mourners|pastoralists|smallholders|growers|owners|operators|employees|staff|crews|guards|inspectors)$/i;
/** People who open a sentence or a coordinated clause and act: "Shopkeepers closed …", ", and fishermen stayed …", "Angry commuters blocked …" (not "as traders passed on the cost": a clause of circumstance); the dateline's dash opens the first sentence ("KANO, Nigeria — Traders shut …"). */
const ACTING_GROUP = /(?:^|[.;!?]\s+|[.!?][”"]\s+|\)?\s+—\s+|,\s+(?:and|but|while)\s+)(?:(?:Some|Many|Most|Several|Angry|Local|Hundreds of|Thousands of|Dozens of|Scores of|some|many|most|several|angry|local)\s+)?((?:[A-Z][a-z]+|[a-z]+)(?<=s|people|men|staff))\s+(?:also\s+|then\s+|later\s+|had\s+|have\s+|were\s+|are\s+)?(?:[a-z]+ed|closed|stayed|fled|left|kept|held|took|went|began|sent|set|met|came|ran|sold|bought|built|stood|brought|spent|fought|lost|won|gave|made|threw|burned|burnt|broke|drove|rode|sang|wore|slept|ate|drank|lit|hid|stuck|tore|dug|shut|cut|put|struck|sat|fell|rose|chose|wrote)\b/gu;
/**
 * Businesses and bodies named by their trade, a modifier and a plural noun, that open a sentence or a
 * coordinated clause and act: "Shipping lines have begun …", "and cocoa exporters warned …", "Three
 * pension funds that hold bonds have said …". The plural alone ("lines", "funds") names no one; with its
 * modifier it is a group, as the article names it.
 */
const TRADE_GROUP = /(?:^|[.;!?]\s+|[.!?][”"]\s+|\s+—\s+|,?\s+(?:and|but|while)\s+)(?:(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Some|Many|Most|Several|two|three|four|five|six|seven|eight|nine|ten|some|many|most|several|\d+)\s+)?((?:[A-Z][a-z]+|[a-z]+)\s+(?:exporters|importers|growers|producers|lines|carriers|funds|companies|firms|airlines|banks|lenders|insurers|unions|cooperatives|operators|owners))\s+(?:(?:that|which|who)\s+[a-z]+(?:\s+[a-z]+){0,3}\s+)?(?:also\s+|had\s+|have\s+|has\s+)?(?:[a-z]+ed|said|begun|began|sent|kept|held|took|shut|cut|sold|stopped|threatened)\b/gu;
const ADMIN_REGION = /^(?:[A-Z][\p{L}’'-]*\s+)+(?:Region|Province|District|Prefecture|Governorate)$|^[A-Z][\p{L}’'-]*\s+State$/u;
// (the kind is the head of the apposition's first noun phrase: "Sara Lind, a spokeswoman for the ministry" is a person)
const ORG_APPOSITION = /^,\s+(?:a|an|the)\s+(?:(?!(?:for|at|of|with|in|to|from|on|by|and|or|who|which|that)\s)[\p{L}’'-]+\s+){0,3}(?:station|broadcaster|newspaper|company|firm|bank|agency|charity|group|organi[sz]ation|consortium|network|union|party|movement|coalition|association|cooperative|co-operative|utility|operator|ministry|council|committee|regulator|lender|insurer|developer|contractor|manufacturer|producer|exporter|importer|supplier|channel|outlet|website|magazine|institute|university|school|hospital|court|body|board)\b(?![’'])/u;
/** The start of a predicate: an auxiliary or a verb in the past ("will take over", "resigned on Friday"), which a role never is. */
const PREDICATE = /^(?:will|would|has|have|had|is|was|were|are|can|could|should|may|might|must|did|does|do|also|then|later|now)\b|^[a-z]+ed\b(?!\s+(?:[a-z]+\s+)?(?:teacher|nurse|worker|officer|soldier|farmer|engineer|official|minister|judge|doctor|lawyer|miner|banker|diplomat|general|colonel|pilot|driver|journalist))/;
/** Nouns of an apposition that name a person's trade as well as a firm's. */
const AGENT_NOUN = /\b(?:exporter|importer|supplier|manufacturer|producer|developer|contractor|operator|lender|insurer|trader)$/;
const STOP_PLACE = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|Parliament|Court)$/;
const SEAT = /^(?:City Hall|Town Hall|State House|White House|Government House|Élysée|Kremlin)$/;
const SUFFIX = /^(?:[IVX]{2,4}|Jr\.?|Sr\.?)$/;
/** A company's legal form at the end of its name: "Puna Lithium Corp." is "Puna Lithium" in running text. */
const LEGAL_FORM = /\s+(?:Corp\.?|Corporation|Inc\.?|Ltd\.?|Limited|PLC|Plc|LLC|SA|S\.A\.|AG|GmbH|Co\.)$/;
/** A company's last word that its first word alone stands for: "Kestrel Resources" is "Kestrel". */
const BUSINESS_LAST = /^\S+\s(?:Resources|Holdings|Group|Minerals|Mining|Metals|Energy|Petroleum|Industries|Logistics|Capital|Partners)$/;
/** The last word of a company's name, before "of" and the city it is of: "Gulfstone Holdings of Dubai". */
const BUSINESS_WORD = /^(?:Holdings?|Group|Ports|Lines|Airlines|Airways|Motors|Foods|Mines|Railways|Telecom|Systems|Technologies|Enterprises|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|Company|PLC|Plc|LLC|Partners|Capital|Industries|Investments|Ventures|Logistics|Resources|Shipping|Trading)$/;
/** The last word of a body's name, after the place it is named for: "Litani River Authority", "Kariba Dam Operators". */
const BODY_LAST = /\s(?:Authority|Commission|Company|Corporation|Operators?|Board|Council|Agency|Association|Union|Initiative|Trust|Consortium|Cooperative|Co-operative|Committee|Administration|Directorate|Management|Workers|Users|Ltd\.?|Limited|Inc\.?|PLC|Group|Holdings)$/;
/** Ranges, peaks and capes named by the word before: "Sierra de Aguilar", "Mount Kenya", "Cape Verde". */
const GEO_FIRST = /^(?:Sierra|Cordillera|Serra|Mount|Mt\.|Cerro|Monte|Cape|Sea of|Strait of|Straits of|Bay of)\s+(?:(?:de|del|de la|do|da|dos|das)\s+)?\p{Lu}/u;
/** The office in a titled alias: "President" in "President Bola Tinubu". */
const LEADING_OFFICE = /^((?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+)\s+\p{Lu}/u;
/** A compass word before one proper name: "Central Sulawesi", "North Kivu", "Upper Nile". */
const DIRECTION_NAME = /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|North-East|North-West|South-East|South-West|Northeast|Northwest|Southeast|Southwest|Upper|Lower)\s+(\p{Lu}[\p{Ll}\p{M}’'-]+)$/u;
const PERSON_VERB = /^\s+(?:said|says|told|added|wrote|asked|warned|argued|declined|did not|has|had|was|is|who|,\s+who)\b/;

/** One-word institutions that act: "Parliament will vote", "Police said". */
const INSTITUTION = /^(?:Parliament|Congress|Senate|Police|Government|Cabinet|Army|Navy|Presidency|Judiciary|Military)$/;
/** Institutions named for their buildings: after `TO_BUILDING` they are the building. */
const BUILDING = /\s(?:Hospital|Clinic|Assembly|Stadium|Palace|Hall|Cathedral|Mosque|Church|Prison|Courthouse|Barracks)$/;
/** Words that go to or stand at a building: "the gates of the", "to reach the", "outside the" (not "at": "a physician at"). */
const TO_BUILDING = /\b(?:gates? of|doors? of|steps of|front of|reach|reached|reaching|outside|near|towards?|into|inside|entrance to|walls of)\s+(?:the\s+)?$/i;
/** Prepositions before a place: "in Yeji", "off Akosombo", "near Koton Karfe". */
// ("east of Tavira": a compass point from a place)
const LOCATIVE = /\b(?:in|at|near|off|outside|inside|around|across|towards?|into|(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)\s+of)\s+$/i;
/** Offices named after the official who heads them: "the Attorney General’s office". */
const OFFICE_TITLE = /^(?:Attorney|Auditor|Solicitor|Inspector|Prosecutor|Accountant|Surveyor|Registrar|Director)[ -]General$|^(?:Ombudsman|Public Protector|Public Prosecutor|Director of Public Prosecutions|Comptroller|Controller and Auditor General)$/;
/** The towns listed before a name after a place's preposition: "in Galle, Matara and ", "between Ho, ". */
const TOWN_LIST = /\b(?:in|at|near|from|between)\s+((?:\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?,\s+)*\p{Lu}[\p{L}’'-]*(?:\s\p{Lu}[\p{L}’'-]*)?)(?:,\s+|,?\s+(?:and|or)\s+)$/u;
/** Organisations whose name ends "of <country>" as a whole: "Central Bank of Nigeria", "University of Ghana". */
const GENERIC_FIRST = /^(?:Central|National|Federal|Reserve|Supreme|High|Royal|Republic|University|Bank|Commercial|Development|Electoral|Independent|Democratic|Catholic|Methodist|Anglican|Presbyterian|Episcopal|United|Union|Federation|Government|Parliament|Embassy|High Commission)\b/;

/** The country a possessive names just before: "Burkina Faso’s " in "… Burkina Faso’s energy ministry". */
export function ownerOf(before: string, countryByName: ReadonlyMap<string, Country>): { words: string; country: Country } | undefined {
  const m = /((?:[A-Z][\p{L}’'-]*\s+){0,3}[A-Z][\p{L}’'-]*)[’']s\s+$/u.exec(before);
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    const country = countryByName.get(normalise(tail));
    if (country) return { words: tail, country };
  }
  return undefined;
}

/** "Ria Novosti the Russian personnel" read as one run: a demonym before a common noun belongs to that noun. */
function trimDemonym(run: NameHit, text: string, demonyms: ReadonlySet<string>): NameHit {
  const m = /^(.+)\s+(\S+)$/.exec(run.text);
  if (!m || !demonyms.has(m[2]) || !/^\s+[a-z]/.test(text.slice(run.end))) return run;
  return { ...run, end: run.start + m[1].length, text: m[1] };
}

function capital(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function findEntities(paragraphs: readonly string[], gaz: Gazetteer): Entities {
  const countryByName = new Map<string, Country>();
  const demonyms = new Set<string>();
  const demonymIso = new Map<string, string>();
  for (const c of gaz.countries) {
    for (const n of [c.name, ...c.names]) countryByName.set(normalise(n), c);
    for (const d of c.demonyms) {
      demonymIso.set(d, c.iso);
      demonyms.add(d);
      demonyms.add(`${d}s`);
    }
  }
  for (const d of ['French', 'British', 'Dutch', 'Swiss', 'Chinese', 'Japanese', 'Western', 'African', 'European', 'Arab', 'Asian', 'Sahelian', 'West African', 'East African', 'Americans', 'Africans', 'Europeans']) demonyms.add(d);
  const citiesByName = new Map<string, City[]>();
  for (const c of gaz.cities) {
    // "Washington, D.C." is "Washington" in running text
    for (const k of new Set([normalise(c.name), normalise(c.name.split(',')[0])])) {
      const list = citiesByName.get(k);
      if (list) list.push(c);
      else citiesByName.set(k, [c]);
    }
  }
  /** The town of that name the gazetteer knows, the one in `iso` first, then the largest (sorting a copy: the shared lists keep their order). */
  const townNamed = (name: string, iso: string | undefined) => [...(citiesByName.get(normalise(name)) ?? [])].sort((a, b) => Number(b.iso === iso) - Number(a.iso === iso) || b.population - a.population)[0] as City | undefined;

  const runs: NameHit[] = paragraphs.flatMap((p, i) => capitalisedRuns(p, i, sentences(p))).map((run) => trimDemonym(run, paragraphs[run.paragraph], demonyms));
  const actors = new Map<string, DraftActor>();
  const places = new Map<string, DraftPlace>();
  const personMentions: Entities['personMentions'] = [];
  const mentionedCountries = new Set<string>();

  const addPlace = (key: string, init: Omit<DraftPlace, 'key' | 'aliases' | 'doubts'>, alias?: string) => {
    let place = places.get(key);
    if (!place) places.set(key, (place = { key, ...init, aliases: new Set(), doubts: [] }));
    if (alias && alias !== place.name) place.aliases.add(alias);
    return place;
  };
  const addActor = (key: string, init: Omit<DraftActor, 'key' | 'aliases' | 'doubts'>, alias?: string) => {
    let actor = actors.get(key);
    if (!actor) actors.set(key, (actor = { key, ...init, aliases: new Set(), doubts: [] }));
    if (alias && alias !== actor.name) actor.aliases.add(alias);
    return actor;
  };

  // countries first, so that cities can be chosen in the article's countries
  for (const run of runs) {
    const c = countryByName.get(normalise(run.text.replace(/^the\s+/i, ''))) ?? countryByName.get(normalise(/\sof\s+(.+)$/.exec(run.text)?.[1] ?? ''));
    if (c) mentionedCountries.add(c.iso);
  }
  // rivers and facilities by name, so that "the Niger" and "Lagdo’s gates" can be read as them
  const riverByName = new Map<string, string>();
  const facilityByName = new Map<string, string>();
  for (const run of runs) {
    const river = /^(?:River\s+)?(.+?)(?:\s+River)?$/.exec(run.text)![1];
    if (RIVER.test(run.text) && river !== run.text) riverByName.set(river, run.text);
    const facility = new RegExp(`^(.+?)\\s+(?:${FACILITY.source.replace(/\\b/g, '')})$`).exec(run.text)?.[1];
    if (facility && !ORG_WORDS.test(facility)) facilityByName.set(facility, run.text);
  }

  const main1 = paragraphs.length ? countryByName.get(normalise(dateline(paragraphs[0])?.country ?? ''))?.iso : undefined;
  // (not "Central Lima": a compass word before a known city or country is only a part of it)
  const directionRegion = (name: string) => {
    const m = DIRECTION_NAME.exec(name);
    return !!m && !ORG_WORDS.test(name) && !countryByName.has(normalise(name)) && !citiesByName.has(normalise(name)) && !citiesByName.has(normalise(m[1])) && !countryByName.has(normalise(m[1]));
  };
  const directionBare = new Set(runs.filter((r) => directionRegion(r.text)).map((r) => DIRECTION_NAME.exec(r.text)![1]).filter((bare) => runs.some((r) => r.text === bare)));
  const persons: DraftActor[] = [];
  const surnameOf = new Map<string, DraftActor>();
  const acronyms = new Map<string, DraftActor>();

  // "the Kainji and Jebba dams": the names inside are the dams', not towns of the same name
  const coordinated = coordinatedSites(paragraphs);
  for (const site of coordinated) addPlace(`${site.kind}:${normalise(site.name)}`, { name: site.name, kind: site.kind, first: [site.paragraph, site.start] }, site.short);
  // "the Zomba Central constituency", "the Chikanda area", "the M3 highway": the names inside are the place's
  // (a known city's "area" is the city's, so it is left to the city)
  const named = describedSites(paragraphs, () => false).filter((x) => !demonyms.has(x.name.split(' ')[0]) && !(/\sarea$/.test(x.name) && (citiesByName.has(normalise(x.name.replace(/\s+area$/, ''))) || countryByName.has(normalise(x.name.replace(/\s+area$/, ''))))));
  // "the Salinas Grandes salt flat … The Salinas Grandes basin": one proper name with two heads is one place
  const byProper = new Map<string, DraftPlace>();
  for (const site of named) {
    const proper = paragraphs[site.paragraph].slice(site.start, site.end);
    const same = byProper.get(proper);
    if (same && same.name !== site.name && same.kind === site.kind) {
      same.aliases.add(site.name);
      continue;
    }
    // "outside Sa Dec city": the town of the gazetteer, where it knows one of that name (the article's country's first)
    const town = site.kind === 'city' ? townNamed(proper, main1) : undefined;
    const place = addPlace(`${site.kind}:${normalise(site.name)}`, { name: site.name, kind: site.kind, ...(town ? { country: town.iso, coordinates: town.coordinates } : main1 && site.kind === 'city' ? { country: main1 } : {}), first: [site.paragraph, site.start] }, site.words);
    if (!place.doubts.length) place.doubts.push(town ? `the gazetteer's ${town.name} (${town.iso}), named with "${site.name.slice(proper.length + 1)}" after it` : 'not in the gazetteer: read as a place from the words around it');
    if (!byProper.has(proper)) byProper.set(proper, place);
  }
  // "the village of El Moreno", "the provinces of Jujuy and Salta": a town the gazetteer lacks, and a
  // province even where a city has its name
  const allKinded = kindOfSites(paragraphs);
  // "the port of Kolonodale": the port is a facility of the town ("Port of Tema"), whether or not the gazetteer knows the town
  for (const site of allKinded.filter((x) => x.port)) {
    const port = addPlace(`facility:port of ${normalise(site.name)}`, { name: `Port of ${site.name}`, kind: 'facility', ...(main1 ? { country: main1 } : {}), first: [site.paragraph, site.start] }, `the port of ${site.name}`);
    if (!port.doubts.length) port.doubts.push('not in the gazetteer: read as a port from "the port of"');
  }
  const kinded = allKinded.filter((x) => x.kind === 'region' || !citiesByName.has(normalise(x.name)));
  const kindedByName = new Map<string, string>();
  for (const site of kinded) {
    if (countryByName.has(normalise(site.name))) continue;
    const key = `${site.kind}:${normalise(site.name)}`;
    const place = addPlace(key, { name: site.name, kind: site.kind, ...(main1 ? { country: main1 } : {}), first: [site.paragraph, site.start] });
    if (!place.doubts.length) place.doubts.push(`not in the gazetteer: read as a ${site.kind === 'city' ? 'town' : 'region'} from the words before it`);
    kindedByName.set(site.name, key);
  }
  const inSite = (run: NameHit) => [...coordinated, ...named, ...kinded].some((x) => x.paragraph === run.paragraph && x.start <= run.start && run.end <= x.end);
  // "in Kogi" once Kogi State is named
  const regionByName = new Map<string, string>();
  for (const run of runs) {
    const short = /^(.+?)\s+(?:State|Region|Province|County|District)$/.exec(run.text)?.[1];
    if (short && ADMIN_REGION.test(run.text) && !ORG_WORDS.test(run.text) && !RIVER.test(short)) regionByName.set(short, run.text);
  }

  for (const run of runs) {
    if (inSite(run)) continue;
    const text = paragraphs[run.paragraph];
    const after = text.slice(run.end);
    const at: [number, number] = [run.paragraph, run.start];
    let name = run.text.replace(/^The\s+/, '');
    if (demonyms.has(name)) continue;
    // "a World Bank-funded company", "the EU-funded Malawi Election Network": the funder, named inside
    // the adjective (the adjective is its mention); the name after it is read on
    const funded = /^(.+?)-(?:funded|backed|financed|owned|sponsored|supported)(?:\s+(\p{Lu}.*))?$/u.exec(name);
    if (funded) {
      const [adjective, funder, rest] = [funded[0].slice(0, funded[0].length - (funded[2]?.length ?? -1) - 1), funded[1], funded[2]];
      const c = countryByName.get(normalise(funder));
      if (c) addActor(`country:${c.iso}`, { name: c.name, kind: 'country', country: c.iso, first: at }, adjective);
      else if (!acronyms.has(funder)) addActor(`org:${normalise(funder)}`, { name: funder, kind: 'organization', first: at }, adjective);
      else acronyms.get(funder)!.aliases.add(adjective);
      if (!rest) continue;
      name = rest;
    }
    // "the Lyon-based Rhône Freight Holding": where it is based is an adjective, not part of its name
    const based = /^\p{Lu}[\p{L}’'.]*(?:\s\p{Lu}[\p{L}’'.]*)?-based\s+(\p{Lu}.*)$/u.exec(name);
    if (based) name = based[1];
    // "1,150 CFA francs": a currency's name
    if (/^\s+(?:francs?|dollars?|euros?|pounds?|shillings?|naira|cedis?|kwacha|rand|dirhams?)\b/.test(after)) continue;
    const before = text.slice(0, run.start);
    const locative = LOCATIVE.test(before);
    // "the Attorney General’s office", "the Auditor General’s office": the office is an organisation, not the person
    const office = /^[’']s\s+(office|department|chambers)\b/.exec(after);
    if (office && OFFICE_TITLE.test(name)) {
      addActor(`org:${normalise(`${name}’s ${office[1]}`)}`, { name: `${name}’s ${office[1]}`, kind: 'organization', first: at }, `${name}${after.slice(0, office[0].length)}`);
      continue;
    }
    // "the Niger" once the Niger River is named; "Lagdo’s gates" once the Lagdo Dam is
    const river = riverByName.get(name);
    if (river && /\bthe\s+$/i.test(before)) {
      addPlace(`river:${normalise(river)}`, { name: river, kind: 'river', first: at }, `the ${name}`);
      continue;
    }
    // "Jujuy" once "the province of Jujuy" is named
    const kindedKey = kindedByName.get(name);
    if (kindedKey) {
      places.get(kindedKey)!.aliases.add(name);
      continue;
    }
    const region = regionByName.get(name);
    if (region && !countryByName.has(normalise(name))) {
      addPlace(`region:${normalise(region)}`, { name: region, kind: 'region', first: at });
      continue;
    }
    const facility = facilityByName.get(name);
    if (facility && !locative && !countryByName.has(normalise(name))) {
      addPlace(`facility:${normalise(facility)}`, { name: facility, kind: 'facility', first: at });
      continue;
    }
    // "to the gates of the National Assembly", "to reach the Principal Hospital": the building, a place
    // (and so it stays, where it does not speak)
    if (BUILDING.test(name) && name.includes(' ') && (TO_BUILDING.test(before) || places.has(`facility:${normalise(name)}`)) && !PERSON_VERB.test(after)) {
      addPlace(`facility:${normalise(name)}`, { name, kind: 'facility', first: at });
      continue;
    }
    // "the French Embassy", "the US Embassy in Dakar": an embassy is a building, a facility (data/README.md
    // counts embassies among facilities), named with the city it is in where the article says so; one that
    // speaks ("the French Embassy said") is the mission it houses as well, an organisation; never a person
    const mission = /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,3}(?:Embassy|Consulate|High Commission)$/u.test(name) ? name : undefined;
    if (mission) {
      const city = /^\s+in\s+(\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)/u.exec(after)?.[1];
      const full = city && citiesByName.has(normalise(city)) ? `${mission} in ${city}` : mission;
      addPlace(`facility:${normalise(full)}`, { name: full, kind: 'facility', first: at }, mission);
      if (/^(?:\s+in\s+\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)?)?(?:,\s+[^,]+,)?\s+(?:said|says|told|warned|issued|urged|advised|announced|confirmed|denied|declined|did not)\b/u.test(after)) {
        addActor(`org:${normalise(mission)}`, { name: mission, kind: 'organization', first: at });
      }
      continue;
    }
    // "Parliament’s finance committee", "the Senate’s ethics panel": a body of the institution, named by its own words
    const body = INSTITUTION.test(name) ? /^[’']s\s+((?:[a-z][a-z-]*\s+){0,2}(?:committee|subcommittee|commission|panel|caucus))\b/.exec(after)?.[1] : undefined;
    if (body) {
      const org = addActor(`org:${normalise(`${name}’s ${body}`)}`, { name: `${name}’s ${body}`, kind: 'organization', first: at });
      const head = body.split(' ').at(-1)!;
      for (const w of [`the ${head}`, `The ${head}`]) if (hasWords(paragraphs.join('\n'), w)) org.aliases.add(w);
      continue;
    }
    // "Ghana’s Parliament": a country's own institution, named by one word
    const owner = ownerOf(before, countryByName);
    if (owner && /^(?:Parliament|Senate|Congress|Cabinet|Army|Navy|Police|Presidency|Judiciary|Government|Military)$/.test(name)) {
      addActor(`inst:${owner.country.iso}:${normalise(name)}`, { name: `${owner.words}’s ${name}`, kind: 'organization', first: at });
      continue;
    }
    // "the Lindqvist Foundation of Sweden": the organisation, and the country it is of
    const of = /^(.+\s(\S+))\s+of\s+(.+)$/.exec(name);
    const ofCountry = of && ORG_WORDS.test(of[2]) && of[1].includes(' ') && !GENERIC_FIRST.test(of[1]) ? countryByName.get(normalise(of[3])) : undefined;
    if (ofCountry) {
      addActor(`country:${ofCountry.iso}`, { name: ofCountry.name, kind: 'country', country: ofCountry.iso, first: at }, of![3]);
      addPlace(`country:${ofCountry.iso}`, { name: ofCountry.name, kind: 'country', country: ofCountry.iso, coordinates: ofCountry.center, first: at }, of![3]);
      addActor(`org:${normalise(of![1])}`, { name: of![1], kind: 'organization', first: at }, name);
      continue;
    }
    // "Gulfstone Holdings of Dubai", "Baltic Shipping Group of Riga": a company, and the known city it is of
    const ofCity = of && BUSINESS_WORD.test(of[2]) && !GENERIC_FIRST.test(of[1]) ? citiesByName.get(normalise(of[3])) : undefined;
    if (ofCity) {
      const best = [...ofCity].sort((a, b) => Number(mentionedCountries.has(b.iso)) - Number(mentionedCountries.has(a.iso)) || (b.capital ?? 0) - (a.capital ?? 0) || b.population - a.population)[0];
      addActor(`org:${normalise(of![1])}`, { name: of![1], kind: 'organization', first: at }, name);
      addPlace(`city:${normalise(best.name)}:${best.iso}`, { name: of![3], kind: 'city', country: best.iso, coordinates: best.coordinates, first: at });
      continue;
    }
    const country = countryByName.get(normalise(name));
    if (country) {
      // "Côte d’Ivoire" where the article never says "Ivory Coast": the article's name for it
      const own = name !== country.name && !/[.]|^[A-Z]{2,}$/.test(name) && !hasWords(paragraphs.join('\n'), country.name) ? name : country.name;
      addActor(`country:${country.iso}`, { name: own, kind: 'country', country: country.iso, first: at }, name);
      addPlace(`country:${country.iso}`, { name: own, kind: 'country', country: country.iso, coordinates: country.center, first: at }, name);
      continue;
    }
    // "the National Emergency Management Agency (NEMA)" and "known as NEMA"
    // ("the National Search and Rescue Agency, known as Basarnas": a short name in one word, for an organisation)
    const acronym = /^\s*\(([A-Z][A-Za-z]{1,9})\)/.exec(after)?.[1] ?? /^,?\s+(?:known as|or)\s+([A-Z]{2,10})\b/.exec(after)?.[1] ?? (ORG_WORDS.test(name) ? /^,?\s+known as\s+([A-Z][a-z]{3,11})(?=[,.;]|\s+(?:said|says|has|had|is|was)\b)/.exec(after)?.[1] : undefined);
    if (acronym && (ORG_WORDS.test(name) || name.split(' ').length >= 2)) {
      const org = addActor(`org:${normalise(name)}`, { name, kind: 'organization', first: at }, acronym);
      acronyms.set(acronym, org);
      continue;
    }
    if (acronyms.has(name)) continue;
    // "Puna Lithium" after "Puna Lithium Corp.", "Kestrel" after "Kestrel Resources": the company's short name
    // ("Celvale" after "Celvale Papel SA": the first word of a name with a legal form)
    const company = [...actors.values()].find((a) => a.kind === 'organization' && a.name !== name && (a.name.replace(LEGAL_FORM, '') === name || ((BUSINESS_LAST.test(a.name) || (LEGAL_FORM.test(a.name) && a.name.split(' ').length >= 3)) && a.name.split(' ')[0] === name)));
    if (company) {
      company.aliases.add(name);
      continue;
    }
    // "Islamic State": a movement's name, not an administrative state
    if (/^Islamic\s/.test(name)) {
      addActor(`group:${normalise(name)}`, { name, kind: 'group', first: at });
      continue;
    }
    // "the Place de la Nation", "Independence Square", "Kenyatta Avenue": a square or a street is a place
    if (/^(?:Place|Plaza|Rue|Avenue|Boulevard)\s|\s(?:Square|Avenue|Boulevard|Street|Road|Plaza|Roundabout)$/.test(name) && !ORG_WORDS.test(name)) {
      addPlace(`site:${normalise(name)}`, { name, kind: 'site', first: at });
      continue;
    }
    // "the Canary Islands", "the Zomba Plateau", "the Rift Valley": a feature of the land is a place
    if (GEO_FIRST.test(name) && !ORG_WORDS.test(name)) {
      addPlace(`site:${normalise(name)}`, { name, kind: 'site', first: at });
      continue;
    }
    const feature = GEO.exec(name)?.[1];
    if (feature && !ORG_WORDS.test(name) && name !== feature) {
      addPlace(`${/^(?:Islands|Coast|Desert|Delta|Valley|Highlands|Peninsula)$/.test(feature) ? 'region' : 'site'}:${normalise(name)}`, { name, kind: /^(?:Islands|Coast|Desert|Delta|Valley|Highlands|Peninsula)$/.test(feature) ? 'region' : 'site', first: at });
      continue;
    }
    if (/^Lake\s|\sLake$/.test(name) && !ORG_WORDS.test(name)) {
      addPlace(`site:${normalise(name)}`, { name, kind: 'site', first: at });
      continue;
    }
    // "the Wagner group", "the Lysvann company": a name with its kind in lower case after it
    const kindAfter = /^\s+(group|company|firm|party|movement|militia|network|consortium|agency|newspaper|magazine|broadcaster|website)\b/.exec(after)?.[1];
    if (kindAfter && !countryByName.has(normalise(name)) && !citiesByName.has(normalise(name))) {
      // "the Daily Nation newspaper" is the Daily Nation; "the Wagner group" keeps its word
      addActor(`org:${normalise(name)}`, { name: /^(?:newspaper|magazine|broadcaster|website)$/.test(kindAfter) ? name : `${name} ${kindAfter}`, kind: 'organization', first: at }, name);
      continue;
    }
    // "the news outlet Ria Novosti", "the mining company Zamcu": the kind named before the name
    // ("another airline, Sokol Avia,", "the country’s rail agency, Railnet,": the kind, a comma, the name, a comma)
    if ((/\b(?:outlet|agency|broadcaster|newspaper|channel|station|company|firm|group|lender|bank|charity|consortium|developer|operator|contractor|insurer|utility|party|militia|movement|miner|producer|exporter|manufacturer|retailer|carrier|airline|trader|consultancy|brokerage|publisher|shipper|regulator)\s+$/.test(before) || (/(?:^|[.;:]\s+|(?<!\b(?:for|of|at|with|from|by|to)\s+)\b(?:another|an?|the|its|their|[\p{Lu}][\p{L}’'-]*[’']s)\s+)(?:[\p{Ll}-]+\s+){0,3}(?:agency|broadcaster|newspaper|company|firm|lender|bank|charity|consortium|developer|operator|insurer|utility|carrier|airline|consultancy|brokerage|regulator),\s+$/u.test(before) && /^,/.test(after) && !(name.split(' ').length >= 2 && name.split(' ').length <= 3 && name.split(' ').every((w) => /^\p{Lu}\p{Ll}+$/u.test(w)) && !ORG_WORDS.test(name)))) && !countryByName.has(normalise(name))) {
      addActor(`org:${normalise(name)}`, { name, kind: 'organization', first: at });
      continue;
    }
    // "the Litani River Authority", "the Tema Port Company", "Kariba Dam Operators": a body named after a
    // river, a dam or a port is the body (an organisation), not the place its name holds
    if ((RIVER.test(name) || FACILITY.test(name)) && BODY_LAST.test(name)) {
      addActor(`org:${normalise(name)}`, { name, kind: 'organization', first: at });
      continue;
    }
    // "the Río Grande", "the Rio Doce": a river named by the Spanish or Portuguese word (never "the Rio de Janeiro")
    if ((RIVER.test(name) || (/^R[ií]o\s/.test(name) && /\bthe\s+$/i.test(before))) && !/\s(?:County|Region|Province|District|State)$/.test(name)) {
      addPlace(`river:${normalise(name)}`, { name: /^the /i.test(text.slice(Math.max(0, run.start - 4), run.start)) ? name : name, kind: 'river', first: at });
      continue;
    }
    // ("Kotoka International Airport": "International" names the airport's kind, not an organisation)
    if (FACILITY.test(name) && !ORG_WORDS.test(name.replace(FACILITY, '').replace(/\bInternational\b/, ''))) {
      addPlace(`facility:${normalise(name)}`, { name, kind: 'facility', first: at });
      continue;
    }
    // "the Volta Region", "Kogi State", "Nairobi County": an administrative region
    if (ADMIN_REGION.test(name) && !ORG_WORDS.test(name)) {
      addPlace(`region:${normalise(name)}`, { name, kind: 'region', first: at });
      continue;
    }
    if (REGIONS.has(name) || (THE_REGIONS.has(name) && /\bthe\s+$/.test(before) && !/^\s+[A-Z]/.test(after))) {
      addPlace(`region:${normalise(name)}`, { name, kind: 'region', first: at });
      continue;
    }
    // "the Kulon Progo regency council": the name before a local body's kind is its place, not a person
    if (/^\s+(?:regency|county|district|municipal|provincial|regional|town|village)\s+(?:council|assembly|government|administration)\b/.test(after) && !ORG_WORDS.test(name) && !citiesByName.has(normalise(name)) && !countryByName.has(normalise(name))) {
      if (![...places.values()].some((x) => x.name === name || x.aliases.has(name))) addPlace(`region:${normalise(name)}`, { name, kind: 'region', ...(main1 ? { country: main1 } : {}), first: at });
      continue;
    }
    // "Central Sulawesi", "North Kivu", "West Java": a compass word before a proper name is a region (never
    // a person), and the name alone ("the coast of Sulawesi"), once the article uses it, the larger one
    if ((directionRegion(name) || directionBare.has(name)) && !run.title) {
      addPlace(`region:${normalise(name)}`, { name, kind: 'region', ...(main1 ? { country: main1 } : {}), first: at });
      continue;
    }
    // "the UN children’s agency": a short run in capitals is an acronym, not the town of that name
    const cities = /^[A-Z]{2,3}$/.test(name) && !(run.paragraph === 0 && run.start === 0) ? undefined : citiesByName.get(normalise(name));
    // a capital or a large city "has" or "said" as its government does; a small town's name may be a person's
    const bigCity = cities?.some((c) => c.capital || c.population >= 500000);
    const placeWord = cities && (LOCATIVE.test(before) || /\b(?:to|from)\s+$/.test(before));
    // "Cocoa farmers say …": a small town abroad, named where no preposition makes it a place, is a word
    const foreignTown = cities && !bigCity && !placeWord && mentionedCountries.size > 0 && !cities.some((c) => mentionedCountries.has(c.iso));
    if (!foreignTown && (cities && !run.title && (bigCity || !PERSON_VERB.test(after)) || placeWord)) {
      const best = [...cities!].sort((a, b) => Number(mentionedCountries.has(b.iso)) - Number(mentionedCountries.has(a.iso)) || (b.capital ?? 0) - (a.capital ?? 0) || b.population - a.population)[0];
      // "LOKOJA, Nigeria —": a dateline's capitals are not the city's name
      addPlace(`city:${normalise(best.name)}:${best.iso}`, { name: /^[A-Z\s’'.-]+$/.test(name) && /[A-Z]{2}/.test(name) ? best.name : name, kind: 'city', country: best.iso, coordinates: best.coordinates, first: at }, name);
      continue;
    }
    // "Union leader Joyce Banda", "Company spokesman Peter Banda": a common noun opening the sentence
    // ("Parliament will vote" is the legislature, "Mining has divided" a trade)
    if (!name.includes(' ') && run.sentenceStart && ORG_WORDS.test(name) && /^\s+\p{Ll}/u.test(after) && (!INSTITUTION.test(name) || /^\s+\p{Ll}[\p{L}-]*\s+\p{Lu}/u.test(after))) continue;
    // "its member of Parliament": a seat, not the legislature acting
    if (/^(?:Parliament|Congress|Senate|National Assembly)$/.test(name) && /\bmembers?\s+of\s+(?:the\s+)?$/i.test(before)) continue;
    if (ORG_WORDS.test(name) || /\sNations$/.test(name) || /^[A-Z]{2,6}$/.test(name) && runs.filter((r) => r.text === name).length >= 2) {
      const org = addActor(`org:${normalise(name)}`, { name, kind: 'organization', first: at });
      if (/^[A-Z]{2,6}$/.test(name)) acronyms.set(name, org);
      continue;
    }
    // "the budget carrier Condor Air … Condor Air, a subsidiary of …": a name already read as an
    // organisation is that organisation again, whatever follows it
    if (actors.get(`org:${normalise(name)}`)?.kind === 'organization') continue;
    // "Condor Air", "Sokol Avia", "the Harbour Pilots’ Guild": the last word of an airline's, a guild's or a wire's name
    if (name.includes(' ') && /\s(?:Air|Avia|Aviation|Holding|Guild|Wire)$/.test(name) && !run.title) {
      addActor(`org:${normalise(name)}`, { name, kind: 'organization', first: at });
      continue;
    }
    const words = name.split(' ');
    const single = words.length === 1;
    const known = surnameOf.get(name) ?? persons.find((p) => p.name === name || p.aliases.has(name));
    // "Shire, a town near the border", "Kpong, a fishing village": an apposition that says what kind of place
    const placeNoun = /^,\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,2}?(town|city|port|village|hamlet|settlement|camp|neighbourhood|neighborhood|suburb|district|region|province|commune|municipality|island)(?=[,.;]|\s+(?:near|in|on|of|north|south|east|west|about|some|outside|close|along|by|at|that|where|which|with|known)\b)/u.exec(after)?.[1];
    const samePlace = [...places.values()].find((p) => p.name === name || p.aliases.has(name));
    if (!known && samePlace && (placeNoun || locative)) continue;
    if (!known && placeNoun && !run.title) {
      const kind: PlaceKind = /^(?:town|city|port)$/.test(placeNoun) ? 'city' : /^(?:district|region|province|commune|municipality|island)$/.test(placeNoun) ? 'region' : 'site';
      const place = addPlace(`${kind}:${normalise(name)}`, { name, kind, ...(main1 ? { country: main1 } : {}), first: at });
      if (!place.doubts.length) place.doubts.push(`not in the gazetteer: read as a place from the apposition "${placeNoun}"`);
      continue;
    }
    // (before the preposition's reading: "an economist at Zanaco, the largest local lender")
    // "Volta Star FM, a radio station in Ho": an apposition that names a kind of organisation
    const apposition = ORG_APPOSITION.exec(after)?.[0];
    // "Pape Ba, a fish-meal exporter": an exporter, a contractor or a developer may be a person
    if (!known && apposition && !(AGENT_NOUN.test(apposition) && words.length >= 2 && words.length <= 3 && words.every((w) => /^[A-Z][\p{Ll}’'-]+$/u.test(w)))) {
      addActor(`org:${normalise(name)}`, { name, kind: 'organization', first: at });
      continue;
    }
    // "in Galle, Matara and Hambantota": an unknown name listed with towns of the gazetteer is a town too
    const list = TOWN_LIST.exec(before)?.[1].split(/,\s+/);
    if (!known && !run.title && list && list.every((x) => citiesByName.has(normalise(x)) && !countryByName.has(normalise(x)))) {
      const place = addPlace(`city:${normalise(name)}`, { name, kind: 'city', ...(main1 ? { country: main1 } : {}), first: at });
      if (!place.doubts.length) place.doubts.push(`not in the gazetteer: read as a town from the towns listed with it (${list.join(', ')})`);
      continue;
    }
    // "near Koton Karfe", "In Yeji, …", "off Akosombo": an unknown name after a place's preposition
    if (!known && locative && !run.title && !/^\s*(?:,\s+)?(?:\d{1,3},|who\b)/.test(after) && !acronyms.has(name)) {
      const place = addPlace(`site:${normalise(name)}`, { name, kind: 'site', ...(main1 ? { country: main1 } : {}), first: at });
      if (!place.doubts.length) place.doubts.push('not in the gazetteer: read as a place from the preposition before it');
      continue;
    }
    // "City Hall has defended …": a seat of government standing for the government
    if (SEAT.test(name)) {
      const seat = addActor(`org:${normalise(name)}`, { name, kind: 'organization', first: at });
      if (!seat.doubts.length) seat.doubts.push('a building named for the authority it houses');
      continue;
    }
    if (known) {
      personMentions.push({ actor: known, at });
      if (run.title) known.aliases.add(`${run.title} ${name}`);
      if (single) known.aliases.add(name);
      continue;
    }
    const personish = !!run.title || /^,\s+(?:\d{1,3},|a |an |the |who )/.test(after) || PERSON_VERB.test(after) || /\b(?:said|told|according to)\s+$/.test(text.slice(0, run.start));
    if (single && !run.title) continue; // one capitalised word alone says too little
    if (!personish && run.sentenceStart && single) continue;
    // "Yevgeny V Prigozhin": a middle initial may lack its period
    // letters with accents are letters: "Laura Gómez", "Venâncio Mondlane"
    const nameWord = (w: string, k: number) => /^\p{Lu}[\p{Ll}\p{M}’'-]+$|^\p{Lu}\.$/u.test(w) || (k > 0 && k < words.length - 1 && /^\p{Lu}$/u.test(w));
    if (!personish && !words.every((w, k) => nameWord(w, k) || /^\p{Lu}[\p{Ll}\p{M}’'.-]+$/u.test(w))) continue;
    const nameLike = words.length <= 4 && words.every(nameWord) && !GROUP_WORDS.test(name) && !/^(?:Al|El)\s/.test(name);
    if (!personish && !nameLike) {
      // two or more capitalised words, no sign of a person: a group or movement, to check
      const group = addActor(`group:${normalise(name)}`, { name, kind: 'group', first: at });
      if (!group.doubts.length) group.doubts.push('kind guessed: a name with no title, age, role or speech');
      continue;
    }
    const person = addActor(`person:${normalise(name)}`, { name, kind: 'person', first: at });
    if (!personish && !person.doubts.length) person.doubts.push('taken as a person from the shape of the name alone');
    persons.push(person);
    personMentions.push({ actor: person, at });
    if (run.title) {
      person.aliases.add(`${run.title} ${name}`);
      person.role ??= /^(?:Mr|Mrs|Ms|Dr|Sir|Dame)\.?$/.test(run.title) ? undefined : run.title.replace(/\.$/, '') === 'Gen' ? 'General' : run.title;
    }
    const age = /^,\s+(\d{1,3}),/.exec(after)?.[1];
    if (age && +age < 120) person.age = +age;
    const role = /^,\s+(?:\d{1,3},\s+)?(?:who (?:is|was|described (?:himself|herself|themselves) as)\s+)?((?:a|an|the)\s+[^,.;“”]{3,80}?|[a-z][^,.;“”]{3,60}?)(?=,|\.|;|$| who\b)/.exec(after)?.[1];
    // ("The airline's chief executive, Peter Olsen, resigned on Friday": after a name set off by commas comes the
    // sentence's predicate, not a role)
    if (role && !/^(?:said|says|told|added)\b/.test(role) && !PREDICATE.test(role)) person.role = role.replace(/^(?:a|an|the)\s+/, '');
    // "The union's leader, Tomas Ruiz,", "Olsen's deputy, Kari Berg,": a possessive role opening the sentence
    const roleOwned = /(?:^|[.!?]\s+)(?:the\s+)?(\p{L}[\p{L}.-]*[’']s\s+[a-z][a-z\s-]{2,40}),\s+$/iu.exec(before)?.[1];
    const roleBefore = roleOwned ?? /(?:^|\s)(?:[A-Z][\p{L}’'.-]*’s\s+|the\s+)([a-z][a-z\s-]{2,40}),\s+$/u.exec(before)?.[1];
    if (roleBefore && !person.role) person.role = roleBefore;
    // "Police spokeswoman Ruth Nyirenda", "union leader Joyce Banda": the role in lower case before the name
    const roleRight = /(?:^|[.!?]\s+|\s)((?:[A-Z][\p{Ll}]+\s+|[\p{Ll}]+\s+)?(?:spokesman|spokeswoman|spokesperson|leader|chief|head|director|secretary|chairman|chairwoman|official|economist|analyst|lawyer|commander|coordinator|manager|treasurer|organi[sz]er|negotiator|activist|researcher|engineer))\s+$/u.exec(text.slice(0, run.start))?.[1];
    if (roleRight && !person.role && !run.title) person.role = roleRight.replace(/^(?:the|a|an)\s+/i, '');
    // "Togbe Adzaku III" is also "Togbe Adzaku"; his surname is not "III"
    const plain = words.filter((w, k) => k === 0 || !SUFFIX.test(w));
    if (plain.length < words.length) person.aliases.add(plain.join(' '));
    if (plain.length >= 2) {
      const surname = plain[plain.length - 1];
      if (!surnameOf.has(surname)) surnameOf.set(surname, person);
      if (plain.length < words.length && !surnameOf.has(plain.join(' '))) surnameOf.set(plain.join(' '), person);
    }
  }

  // surnames used alone, and "Mr. Bello"
  for (const p of persons) {
    const surname = p.name.split(' ').at(-1)!;
    if (surname === p.name) continue;
    for (const text of paragraphs) {
      if (hasWords(text.replace(p.name, ''), surname)) p.aliases.add(surname);
    }
  }

  // groups: "Russian instructors", and plural nouns named twice or more
  const groupCounts = new Map<string, { words: string; at: [number, number]; n: number }>();
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(new RegExp(`(?:\\b(?:${[...demonyms].filter((d) => !/s$/.test(d)).map(escapeRegExp).join('|')})\\s+)?${PLURAL_GROUP.source}`, 'giu'))) {
      const words = m[0];
      if (insideQuote(text, m.index!)) continue;
      const key = normalise(words);
      const entry = groupCounts.get(key);
      if (entry) entry.n++;
      else groupCounts.set(key, { words, at: [i, m.index!], n: 1 });
    }
  });
  // "Shopkeepers closed their shutters on Tuesday, and fishermen stayed in port": people who act as the
  // subject of a clause are a group, even named once
  const acting = new Set<string>();
  paragraphs.forEach((text) => {
    for (const m of text.matchAll(ACTING_GROUP)) if (!insideQuote(text, m.index!)) acting.add(normalise(m[1]));
  });
  for (const [key, entry] of groupCounts) if (acting.has(key) && PLURAL_GROUP_ONLY.test(entry.words)) entry.n = Math.max(entry.n, 3);
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(ACTING_GROUP)) {
      const key = normalise(m[1]);
      if (groupCounts.has(key) || insideQuote(text, m.index!) || !MORE_PEOPLE.test(m[1])) continue;
      groupCounts.set(key, { words: m[1], at: [i, m.index! + m[0].indexOf(m[1])], n: 3 });
    }
  });
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(TRADE_GROUP)) {
      const key = normalise(m[1]);
      if (groupCounts.has(key) || insideQuote(text, m.index!) || /^(?:the|a|an|its|their|his|her|our|these|those|other|such)\s/i.test(m[1])) continue;
      groupCounts.set(key, { words: m[1], at: [i, m.index! + m[0].indexOf(m[1])], n: 3 });
    }
  });
  for (const [key, { words, at, n }] of groupCounts) {
    const qualified = !PLURAL_GROUP_ONLY.test(words);
    // "Western countries" are a group; "countries" alone are not
    if (!qualified && (n < 3 || /^countries$/i.test(words))) continue;
    const group = addActor(`group:${key}`, { name: capital(words), kind: 'group', first: at }, words);
    if (n < 2) group.doubts.push('named once');
  }

  // "according to the harbour master’s office", "according to the provincial agriculture department": a body
  // cited as a source, named by its common nouns, is an organisation
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(/\baccording to the ((?:[a-z][a-z’'-]*\s+){1,3}(?:office|department|agency|ministry|authority|service|directorate|bureau|inspectorate))\b/g)) {
      const words = m[1];
      if (insideQuote(text, m.index!) || [...actors.values()].some((a) => [a.name, ...a.aliases].some((n) => normalise(n.replace(/^the\s+/i, '')) === normalise(words)))) continue;
      addActor(`org:${normalise(words)}`, { name: capital(words), kind: 'organization', first: [i, m.index! + 'according to '.length] }, `the ${words}`);
    }
  });
  // bodies named by a possessive pronoun: "Kenya said on Monday that its own aviation committee would …" (the
  // body of the country that opens the sentence), "Trade Minister Ada Obi said … Her ministry estimates …"
  // (the ministry of the portfolio of the last minister named)
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(/\b[Ii]ts\s+(?:own\s+)?((?:[a-z][a-z-]*\s+){0,2}?)(committee|ministry|agency|regulator|department|authority)\b/g)) {
      if (insideQuote(text, m.index!)) continue;
      const sentenceStart = Math.max(0, ...['. ', '; ', '? ', '! '].map((b) => text.lastIndexOf(b, m.index!) + b.length));
      const subject = /^(?:The\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,3})(?=[,\s])/u.exec(text.slice(sentenceStart === 1 ? 0 : sentenceStart, m.index!))?.[1];
      const country = subject ? countryByName.get(normalise(subject)) : undefined;
      if (!country || !m[1].trim()) continue;
      addActor(`inst:${country.iso}:${normalise(`${m[1]}${m[2]}`)}`, { name: `${subject}’s ${m[1]}${m[2]}`, kind: 'organization', country: country.iso, first: [i, m.index!] }, `${m[1]}${m[2]}`);
    }
    for (const m of text.matchAll(/\b(?:[Hh]er|[Hh]is)\s+ministry\b/g)) {
      if (insideQuote(text, m.index!)) continue;
      const before = [...paragraphs.slice(Math.max(0, i - 1), i), text.slice(0, m.index!)].join('\n');
      const portfolio = [...before.matchAll(/\b((?:\p{Lu}\p{Ll}+\s+and\s+)?\p{Lu}\p{Ll}+)\s+Minister\s+\p{Lu}/gu)].at(-1)?.[1];
      if (!portfolio || /^(?:Prime|Deputy|Foreign|The|A|Former|Acting|Chief)$/.test(portfolio)) continue;
      addActor(`org:${normalise(`${portfolio} Ministry`)}`, { name: `${portfolio} Ministry`, kind: 'organization', first: [i, m.index!] }, m[0]);
    }
  });

  // the dateline: "LOKOJA, Nigeria —", "NAIROBI, Kenya (CPA) —"
  const line = paragraphs.length ? dateline(paragraphs[0]) : undefined;
  const datelineCountry = line ? countryByName.get(normalise(line.country)) : undefined;
  if (line) {
    const at: [number, number] = [0, 0];
    const city = townNamed(line.place, datelineCountry?.iso);
    const known = [...places.values()].find((p) => normalise(p.name) === normalise(line.place));
    // ("SERTÃ, Portugal —": the dateline's capitals are the place's mention)
    if (city && !known) addPlace(`city:${normalise(city.name)}:${city.iso}`, { name: city.name, kind: 'city', country: city.iso, coordinates: city.coordinates, first: at }, line.words);
    else if (!known) addPlace(`site:${normalise(line.place)}`, { name: line.place, kind: 'site', ...(datelineCountry ? { country: datelineCountry.iso } : {}), first: at }, line.words);
    if (line.agency && ![...actors.values()].some((a) => a.aliases.has(line.agency!))) {
      const agency = addActor(`org:${normalise(line.agency)}`, { name: line.agency, kind: 'organization', first: at });
      agency.doubts.push('the wire agency of the dateline: give its full name');
    }
  }
  // the article's country: the dateline's, or the one it names most
  const countryCounts = new Map<string, number>();
  for (const run of runs) {
    const c = countryByName.get(normalise(run.text.replace(/^the\s+/i, '')));
    if (c) countryCounts.set(c.iso, (countryCounts.get(c.iso) ?? 0) + 1);
  }
  const ranked = [...countryCounts].sort((a, b) => b[1] - a[1]);
  const main = datelineCountry?.iso ?? (ranked.length && (ranked.length === 1 || ranked[0][1] > ranked[1][1]) ? ranked[0][0] : undefined);
  // "the US Embassy" with no city: an embassy is in a capital, the capital of the article's country where
  // the article names it ("US Embassy in Niamey"); a consulate may be anywhere
  const capitalCity = main ? gaz.cities.find((c) => c.iso === main && c.capital) : undefined;
  if (capitalCity && paragraphs.some((t) => hasWords(t, capitalCity.name))) {
    for (const place of places.values()) {
      if (place.kind !== 'facility' || !/\s(?:Embassy|High Commission)$/.test(place.name)) continue;
      place.aliases.add(place.name);
      place.name = `${place.name} in ${capitalCity.name}`;
    }
  }
  // "The Mekong Delta Farmers’ Union … No farmer in the delta": a feature of the land an organisation is named
  // for is a place where the article speaks of it by its common noun
  for (const org of [...actors.values()]) {
    const m = org.kind === 'organization' ? /^(?:The\s+)?((?:\p{Lu}[\p{L}’'-]*\s+){1,2}(Delta|Valley|Basin|Plateau|Highlands))\s+\p{Lu}/u.exec(org.name) : null;
    if (!m || [...places.values()].some((x) => normalise(x.name) === normalise(m[1]) || [...x.aliases].some((a) => normalise(a) === normalise(m[1])))) continue;
    const word = new RegExp(`\\bthe\\s+${m[2].toLowerCase()}\\b`);
    const i = paragraphs.findIndex((t) => word.test(t));
    if (i < 0) continue;
    const place = addPlace(`region:${normalise(m[1])}`, { name: m[1], kind: 'region', ...(main ? { country: main } : {}), first: [i, word.exec(paragraphs[i])!.index] }, `the ${m[2].toLowerCase()}`);
    if (!place.doubts.length) place.doubts.push(`read from the name of ${org.name} and the article's "the ${m[2].toLowerCase()}"`);
  }
  const nameOfIso = new Map(gaz.countries.map((c) => [c.iso, c.name]));
  const described: Described[] = [
    ...institutions(paragraphs, {
      iso: (words) => countryByName.get(normalise(words))?.iso,
      name: (iso) => nameOfIso.get(iso) ?? iso,
      // a country, or its capital standing for it ("Ouagadougou has asked … its energy ministry")
      namedIn: (paragraph, from, to) => runs.filter((r) => r.paragraph === paragraph && r.start >= from && r.start < to).map((r) => countryByName.get(normalise(r.text))?.iso ?? citiesByName.get(normalise(r.text))?.find((c) => c.capital)?.iso).filter(Boolean).at(-1),
      ...(main ? { main } : {}),
      demonym: (word) => demonymIso.get(word),
    }),
    ...services(paragraphs),
    ...unnamedPeople(paragraphs),
    // "the finance minister said" is Finance Minister Dawit Alemu where the article names him
    // ("Kim Joon-ho, the president of Hanbit" holds another office than Indonesia’s president)
    ...officeHolders(paragraphs, (words) => countryByName.has(normalise(words))).filter((d) => !persons.some((x) => [x.role, ...[...x.aliases].map((a) => LEADING_OFFICE.exec(a)?.[1])].some((r) => r !== undefined && [d.office, `${d.office} of ${d.of ?? ''}`.toLowerCase()].includes(r.toLowerCase().replace(/^the\s+/, ''))))),
    ...actingGroups(paragraphs, [...demonyms].filter((d) => /[^s]s$/.test(d) && /^\p{Lu}/u.test(d) && countryByName.size > 0)),
  ];
  const bareName = (n: string) => normalise(n).replace(/^(?:the|a|an|one)\s+/, '');
  const spoken = new Set([...actors.values()].flatMap((a) => [a.name, ...a.aliases].map(bareName)));
  for (const d of described) {
    if ([d.name, ...d.aliases].some((n) => spoken.has(bareName(n)))) continue;
    // "the Niger Army" is "Niger’s military"; "Niger’s government" the "Niger’s military-led government"
    const [, iso, head] = /^inst:([A-Z]{2}):(.+)$/.exec(d.key) ?? [];
    // ("Sri Lanka’s central bank" is "the Central Bank of Sri Lanka" the article names)
    const country = iso ? escapeRegExp(nameOfIso.get(iso) ?? iso) : '';
    const same = iso && [...actors.values()].find((a) => a.kind === 'organization' && (new RegExp(`^(?:the\\s+)?${country}(?:[’']s)?\\s+(?:${/^(?:military|army)$/.test(head) ? 'military|army|armed forces' : escapeRegExp(head)})$`, 'i').test(a.name) || (head.includes(' ') && new RegExp(`^(?:the\\s+)?${escapeRegExp(head)}\\s+of\\s+(?:the\\s+)?${country}$`, 'i').test(a.name))));
    // "the fisheries ministry" is the "Ministry of Fisheries and Maritime Economy" the article named
    const portfolio = head && /^([a-z]+)\s+(ministry|department)$/.exec(head);
    const byPortfolio = portfolio && (!main || iso === main) ? [...actors.values()].find((a) => a.kind === 'organization' && new RegExp(`^(?:the\\s+)?${portfolio[2]}\\s+of\\s+(?:the\\s+)?${escapeRegExp(portfolio[1])}\\b`, 'i').test(a.name)) : undefined;
    const actor = same || byPortfolio || addActor(d.key, { name: d.name, kind: d.kind, first: d.at });
    // ("who gave only her first name, Amélia": a person named, whom a later "she" stands for)
    if (d.key.startsWith('person:')) personMentions.push({ actor, at: d.at });
    for (const a of [d.name, ...d.aliases]) if (a !== actor.name) actor.aliases.add(a);
    for (const a of [d.name, ...d.aliases]) spoken.add(bareName(a));
  }
  // "Ama Mensah, 38, whose son was hurt", "she waited with a photograph of her husband": a relative of the
  // person last named, in the narration (a speaker's "my son" is the speaker's way of speaking), is an actor
  // of the story, named for that person
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(/\b(his|her|whose)\s+(father|mother|son|daughter|husband|wife|brother|sister|uncle|aunt|grandson|granddaughter|nephew|niece|sons|daughters|brothers|sisters|parents|children)\b/g)) {
      if (insideQuote(text, m.index!)) continue;
      // (the person last named in this paragraph or the one before: "his" reaches no further back)
      const last = personMentions.filter((x) => x.at[0] < i || (x.at[0] === i && x.at[1] < m.index!)).at(-1);
      if (!last || last.at[0] < i - 1 || last.actor.kind !== 'person') continue;
      const owner = last.actor;
      const plural = /s$/.test(m[2]) || m[2] === 'children';
      const relative = addActor(`person:${normalise(owner.name)}:${m[2]}`, { name: `${owner.name}’s ${m[2]}`, kind: plural ? 'group' : 'person', first: [i, m.index!] }, m[0]);
      if (!relative.doubts.length) relative.doubts.push(`a relative of ${owner.name}, who is named just before`);
      relative.kin ??= { of: owner, noun: m[2], paragraph: i, words: m[0] };
    }
  });
  // "residents" alone, or "Western diplomats", is the one fuller group the article names with those words
  for (const part of [...actors.values()].filter((a) => a.kind === 'group')) {
    const words = bareName(part.name);
    const fuller = [...actors.values()].filter((a) => a !== part && a.kind === 'group' && [a.name, ...a.aliases].some((n) => { const b = bareName(n); return b !== words && ((b.endsWith(` ${words}`) && !/\b(?:for|of|from|in|at|with|the|who|and)\s+$/.test(b.slice(0, -words.length))) || b.startsWith(`${words} `)); }));
    if (fuller.length !== 1) continue;
    for (const a of [part.name, ...part.aliases]) fuller[0].aliases.add(a);
    actors.delete(part.key);
  }
  // "an official at NEMA … the official said"; "Mainland Hydro Power, the private company … the company said"
  const whole = paragraphs.join('\n');
  for (const a of actors.values()) {
    const noun = a.key.startsWith('unnamed:')
      ? /(?:^|\s)(\p{Ll}+)(?:\s+(?:in|at|from|of|with)\s.*)?$/u.exec(a.name)?.[1]
      : a.kind === 'organization'
        ? (() => { const p = paragraphs[a.first[0]]; const i = p.indexOf(a.name, a.first[1]); return i < 0 ? undefined : /^,\s+(?:a|an|the)\s+(?:[\p{Ll}-]+\s+){0,3}?(company|firm|agency|consortium|bank|lender|developer|utility|operator|ministry|council|association|union|party|group|charity|broadcaster|station|court|authority|regulator)\b/u.exec(p.slice(i + a.name.length))?.[1]; })()
        : undefined;
    if (noun && new RegExp(`\\b[Tt]he ${noun}\\b`).test(whole)) a.aliases.add(`the ${noun}`);
  }

  // "the Ministry of Health … the ministry said", "the Malawi Electoral Commission … the commission": the
  // head noun of an organisation's name, when no other organisation the article names has that head
  const HEADS = 'Ministry|Department|Commission|Agency|Authority|Council|Tribunal|Committee|Board|Fund|Bank|Union|Party|Court|Coalition|Network|Association|Federation|Company|Corporation';
  const headOf = (name: string) => new RegExp(`(?:^|\\s)(${HEADS})$`).exec(name.replace(/\s+of\s.*$/, ''))?.[1];
  const byHead = new Map<string, DraftActor[]>();
  for (const a of actors.values()) {
    const h = a.kind === 'organization' && a.key.startsWith('org:') ? headOf(a.name)?.toLowerCase() : undefined;
    if (h) byHead.set(h, [...(byHead.get(h) ?? []), a]);
  }
  for (const [h, list] of byHead) {
    const others = [...actors.values()].some((a) => !list.includes(a) && a.kind === 'organization' && new RegExp(`\\b${h}\\b`, 'i').test(a.name));
    if (list.length !== 1 || others) continue;
    for (const w of [`the ${h}`, `The ${h}`]) if (hasWords(whole, w)) list[0].aliases.add(w);
  }
  // "Maersk, the Danish shipping group … The company said": a business by the common nouns for any
  // business, when the article names one business only
  const businesses = [...actors.values()].filter((a) => {
    if (a.kind !== 'organization') return false;
    if (/\b(?:Ltd|Limited|Inc|PLC|Plc|Corp|Corporation|Holdings|LLC|SA|AG|GmbH)\.?$/.test(a.name)) return true;
    const p = paragraphs[a.first[0]];
    const i = p.indexOf(a.name, a.first[1]);
    return i >= 0 && /^,\s+(?:a|an|the)\s+(?:[\p{L}’'-]+\s+){0,3}?(?:company|firm|group|operator|consortium|developer|utility|lender|insurer|contractor|manufacturer|producer|exporter|carrier|airline|shipper|miner)(?=[,.;]|\s+(?:based|whose|which|that|said|in|of|with|from|owned|run)\b)/u.test(p.slice(i + a.name.length));
  });
  if (businesses.length === 1) for (const w of ['the company', 'The company', 'the firm', 'The firm']) if (hasWords(whole, w)) businesses[0].aliases.add(w);

  // "in Mathare, in eastern Nairobi", "at Dorkploame, near Ho": a place named inside a known one
  const knownPlace = new Set([...places.values()].flatMap((p) => [p.name, ...p.aliases]));
  paragraphs.forEach((text, i) => {
    for (const m of text.matchAll(/\b(?:in|at|near|from)\s+([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?),\s+(?:in|near|outside|north of|south of|east of|west of)?\s*(?:(?:the\s+)?(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)\s+)?([A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)?)/gu)) {
      const [, inner, outer] = m;
      if (!knownPlace.has(outer) || knownPlace.has(inner) || actors.has(`person:${normalise(inner)}`) || STOP_PLACE.test(inner)) continue;
      const container = [...places.values()].find((p) => p.name === outer || p.aliases.has(outer));
      const place = addPlace(`site:${normalise(inner)}`, { name: inner, kind: 'site', ...(container?.country ? { country: container.country } : {}), first: [i, m.index!] });
      if (!place.doubts.length) place.doubts.push(`not in the gazetteer: read as a place in ${outer}`);
      knownPlace.add(inner);
    }
  });

  const isKnown = (name: string) => countryByName.has(normalise(name)) || [...places.values()].some((p) => p.name === name || p.aliases.has(name));
  for (const site of describedSites(paragraphs, isKnown)) {
    if (actors.has(`org:${normalise(site.name)}`)) continue;
    if ([...places.values()].some((p) => p.aliases.has(site.name))) continue;
    if (/\sarea$/.test(site.name) && isKnown(site.name.replace(/\s+area$/, ''))) continue;
    // "the Eritrean border" names no place of its own
    if (demonyms.has(site.name.split(' ')[0])) continue;
    // "the northern Tigray region" is Tigray, read with its kind word above
    if (kinded.some((k) => k.paragraph === site.paragraph && k.start === site.start)) continue;
    const within = site.within ? [...places.values()].find((p) => p.name === site.within || p.aliases.has(site.within!)) ?? countryByName.get(normalise(site.within)) : undefined;
    const country = within && ('iso' in within ? within.iso : within.country);
    const place = addPlace(`${site.kind}:${normalise(site.name)}`, { name: site.name, kind: site.kind, ...(country ? { country } : {}), first: [site.paragraph, site.start] }, site.words);
    if (!place.doubts.length) place.doubts.push('not in the gazetteer: read as a place from the words around it');
  }
  // "IMF" where the article wrote "the International Monetary Fund" without "(IMF)": an acronym made of
  // the initials of an organisation named before
  const initials = (name: string) => name.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
  for (const short of [...actors.values()].filter((a) => a.kind === 'organization' && /^[A-Z]{2,6}$/.test(a.name))) {
    const full = [...actors.values()].filter((a) => a !== short && a.kind === 'organization' && a.name.includes(' ') && initials(a.name) === short.name);
    if (full.length !== 1) continue;
    full[0].aliases.add(short.name);
    for (const x of short.aliases) full[0].aliases.add(x);
    actors.delete(short.key);
  }
  // "the Red Cross" after "the Nigerian Red Cross Society": the shorter name of one named before
  for (const short of [...actors.values()].filter((a) => a.kind === 'organization' && a.key.startsWith('org:'))) {
    // ("the police" after "the provincial police": a described one, in lower case)
    const longer = [...actors.values()].filter((a) => a !== short && a.kind === 'organization' && a.name.length > short.name.length && (hasWords(a.name, short.name) || (!a.key.startsWith('org:') && hasWords(a.name.toLowerCase(), short.name.toLowerCase()))) && (a.first[0] < short.first[0] || (a.first[0] === short.first[0] && a.first[1] < short.first[1])));
    if (!longer.length) continue;
    longer[0].aliases.add(short.name);
    for (const x of short.aliases) longer[0].aliases.add(x);
    actors.delete(short.key);
  }

  const byPosition = <T extends { first: [number, number] }>(a: T, b: T) => a.first[0] - b.first[0] || a.first[1] - b.first[1];
  return {
    actors: [...actors.values()].sort(byPosition),
    places: [...places.values()].sort(byPosition),
    personMentions: personMentions.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]),
  };
}
