/**
 * Places news names with common nouns around a proper one: "the Kainji and Jebba dams", "the
 * Adankolo district", "the Lokoja–Abuja highway", "Nairobi’s informal settlements", "northern Cameroon".
 */

export interface Site {
  name: string;
  kind: 'site' | 'facility' | 'region' | 'river' | 'city';
  paragraph: number;
  /** Offsets of the proper names inside it, which name nothing else. */
  start: number;
  end: number;
  /** The article's words, when the name is not them ("eastern Nairobi" for "Eastern Nairobi"). */
  words?: string;
  /** The known place it lies in, for "northern Cameroon" and "Nairobi’s informal settlements". */
  within?: string;
  /** Its proper name alone, which mentions it inside a coordination ("Jebba" in "the Kainji and Jebba dams"). */
  short?: string;
}

const CAP = "[A-Z][\\p{L}’'-]*";
/** A proper name that may hold digits: "the M3 highway", "the N2 road". */
const CAP_N = "[A-Z][\\p{L}\\p{N}’'-]*";
/** Heads whose coordination names one thing each: "the Kainji and Jebba dams" are two dams. */
const EACH: Readonly<Record<string, [string, Site['kind']]>> = { dams: ['Dam', 'facility'], rivers: ['River', 'river'], bridges: ['Bridge', 'facility'], ports: ['Port', 'facility'], mines: ['Mine', 'facility'], airports: ['Airport', 'facility'], lakes: ['Lake', 'site'] };
/** Heads whose coordination names one area: "the Niger and Benue basins". */
const JOINT = 'basins|local government areas|areas|districts|states|regions|provinces|counties|valleys';

/** "the Kainji and Jebba dams", "the Niger and Benue basins". */
export function coordinatedSites(paragraphs: readonly string[]): Site[] {
  const out: Site[] = [];
  const re = new RegExp(`\\bthe\\s+(${CAP}(?:\\s+${CAP})?)\\s+and\\s+(${CAP}(?:\\s+${CAP})?)\\s+(dams|rivers|bridges|ports|mines|airports|lakes|${JOINT})\\b`, 'gu');
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(re)) {
      const [all, a, b, head] = m;
      const start = m.index! + all.indexOf(a);
      const end = m.index! + all.length - head.length - 1;
      const each = EACH[head];
      if (each) {
        const [noun, kind] = each;
        for (const name of [a, b]) out.push({ name: noun === 'Lake' ? `Lake ${name}` : `${name} ${noun}`, kind, paragraph: p, start, end, short: name });
      } else out.push({ name: all.slice(4), kind: 'region', paragraph: p, start, end });
    }
  });
  return out;
}

/** Words that say what kind of camp, mine or hospital: "refugee camp", "copper mine", "district hospital". */
const KIND_WORD = 'refugee|displacement|displaced|transit|copper|gold|cobalt|coal|iron|uranium|lithium|diamond|open-pit|underground|health|district|general|referral|teaching|military|army|fishing|cattle|weekly|central';
// ("in Tra Vinh province", "the Kakamega county", "outside Ben Tre city": an administrative area's noun in lower case is its name's)
const NOUN_AFTER = 'city|town|province|county|prefecture|regency|governorate|hospital|clinic|health centre|health center|smelter|shaft|border post|gate|constituency|ward|municipality|commune|area|district|highway|road|expressway|riverfront|waterfront|corridor|chapel|church|cathedral|mosque|temple|market|camp|neighbourhood|neighborhood|estate|settlement|quarter|suburb|township|valley|basin|plateau|delta|coast|border crossing|border|crossing|junction|bridge|railway|motorway|freeway|canal|reservoir|lagoon|peninsula|island|forest|park|reserve|mine|embassy|consulate|salt flat|salt flats|salt pan|wetlands|wetland|glacier|oasis';
/** Heads that make the named place an electoral or administrative area. */
const REGION_NOUN = /^(?:constituency|ward|municipality|commune|province|county|prefecture|regency|governorate)$/;
const FACILITY_NOUN = /^(?:hospital|clinic|health centre|health center|smelter|shaft|chapel|church|cathedral|mosque|temple|market|camp|bridge|mine|embassy|consulate|border post)$/;
// (not "central": "central Dakar" is Dakar)
const DIRECTION = 'northern|southern|eastern|western|north-eastern|north-western|south-eastern|south-western|northeastern|northwestern|southeastern|southwestern';
const AREA_AFTER = 'settlements|informal settlements|outskirts|suburbs|slums|neighbourhoods|neighborhoods|districts|villages|camps|coast|coastline|hinterland|borderlands|waterfront|riverfront|old town|city centre|city center|downtown';

/** A numbered road: "National Route 52", "Highway 1", "State Road 7A". */
const ROUTE = /(?<![\p{L}\p{N}])(?:(?:National|State|Provincial|Federal|Regional|Trunk|County)\s+)?(?:Route|Highway|Road|Motorway|Expressway|Interstate|Ruta|Rodovia)\s+\d{1,4}[A-Z]?(?![\p{L}\p{N}])/gu;

/** A place the words before it give the kind of (`kindOfSites`). */
export interface KindedSite {
  name: string;
  kind: 'city' | 'region';
  paragraph: number;
  start: number;
  end: number;
  /** "the port of Kolonodale": the town has a port, a facility of its own ("Port of Kolonodale"). */
  port?: true;
}

/**
 * "the village of El Moreno", "the town of Tilcara", "the provinces of Jujuy and Salta": a place the
 * words before it give the kind of. Villages, towns and cities are `city`; provinces, states,
 * districts and the like `region`.
 */
export function kindOfSites(paragraphs: readonly string[]): KindedSite[] {
  const out: KindedSite[] = [];
  const one = `${CAP}(?:\\s+(?:(?:de|del|de la|do|da|des|du|el|la|al)\\s+)?${CAP}){0,3}`;
  const re = new RegExp(`\\bthe\\s+(villages?|towns?|city|cities|hamlets?|ports?|provinces?|states?|regions?|regencies|regency|districts?|departments?|municipality)\\s+of\\s+(${one})(?:\\s+and\\s+(${one}))?(?![\\p{L}’'-])`, 'gu');
  // "the northern Tigray region", "the Morowali regency": the kind after the name (not "the Lagos state
  // government", where the words name an institution)
  const after = new RegExp(`\\bthe\\s+(?:(?:${DIRECTION})\\s+)?(${CAP}(?:\\s+${CAP})?)\\s+(region|province|regency|prefecture|governorate)(?![\\p{L}’'-])(?!\\s+[a-z])`, 'gu');
  paragraphs.forEach((text, p) => {
    for (const m of text.matchAll(after)) {
      const start = m.index! + m[0].indexOf(m[1], 4);
      out.push({ name: m[1], kind: 'region', paragraph: p, start, end: start + m[1].length });
    }
    for (const m of text.matchAll(re)) {
      const [all, noun, a, b] = m;
      const kind = /^(?:village|town|city|cities|hamlet|port)s?$/.test(noun) ? 'city' : 'region';
      const starts = [m.index! + all.indexOf(a, all.indexOf(' of ') + 4), ...(b ? [m.index! + all.lastIndexOf(b)] : [])];
      for (const [k, name] of (b ? [a, b] : [a]).entries()) {
        const start = starts[k];
        out.push({ name, kind, paragraph: p, start, end: start + name.length, ...(/^ports?$/.test(noun) ? { port: true as const } : {}) });
      }
    }
  });
  return out;
}

/**
 * "the Adankolo district", "the Presbyterian chapel", "the Lokoja–Abuja highway"; and, with the places
 * already known, "Nairobi’s informal settlements" and "northern Cameroon".
 */
export function describedSites(paragraphs: readonly string[], known: (name: string) => boolean): Site[] {
  const out: Site[] = [];
  // "the Adankolo district", "at Kalembe refugee camp", "the Kasenga copper mine": a kind word may stand between
  const named = new RegExp(`(?:\\b[Tt]he|\\b(?:at|in|near|from|outside|inside|to)(?=\\s+${CAP_N}(?:[–-]${CAP})?(?:\\s+${CAP}){0,2}\\s+(?:(?:${KIND_WORD})\\s+)?(?:camp|mine|hospital|clinic|market|border post|gate|district|province|county|prefecture|regency|governorate|city|town)\\b))\\s+(${CAP_N}(?:[–-]${CAP})?(?:\\s+${CAP}){0,2})\\s+((?:(?:${KIND_WORD})\\s+)?)(${NOUN_AFTER})\\b(?![\\p{L}-])(?!\\s+(?:council|assembly|government|administration|authorities|police|court|office|department|board|committee|officials?|governor|chief|head|executive|hall|mayor)\\b)`, 'gu');
  const possessive = new RegExp(`\\b(${CAP}(?:\\s+${CAP}){0,2})[’']s\\s+((?:[a-z][a-z-]*\\s+){0,1}?(?:${AREA_AFTER}))\\b`, 'gu');
  const direction = new RegExp(`(?<![\\p{L}-])(${DIRECTION})\\s+(${CAP}(?:\\s+${CAP}){0,2})(?![\\p{L}’'-])`, 'gu');
  paragraphs.forEach((text, p) => {
    // "National Route 52", "Highway 1", "Interstate 95": a numbered road
    for (const m of text.matchAll(ROUTE)) out.push({ name: m[0], kind: 'site', paragraph: p, start: m.index!, end: m.index! + m[0].length });
    for (const m of text.matchAll(named)) {
      const [all, name, kindWord, noun] = m;
      // "Mzuzu’s central hospital": a possessive names the owner, not the place
      if (/[’']s$/.test(name)) continue;
      const start = m.index! + all.indexOf(name);
      out.push({ name: `${name} ${kindWord}${noun}`, kind: FACILITY_NOUN.test(noun) ? 'facility' : REGION_NOUN.test(noun) ? 'region' : /^(?:city|town)$/.test(noun) ? 'city' : 'site', paragraph: p, start, end: start + name.length });
    }
    for (const m of text.matchAll(possessive)) {
      const [all, place] = m;
      if (!known(place)) continue;
      out.push({ name: all, kind: 'region', paragraph: p, start: m.index!, end: m.index! + place.length, within: place });
    }
    for (const m of text.matchAll(direction)) {
      const [, dir, place] = m;
      if (!known(place)) continue;
      const start = m.index! + dir.length + 1;
      out.push({ name: `${dir.charAt(0).toUpperCase()}${dir.slice(1)} ${place}`, kind: 'region', paragraph: p, start, end: start + place.length, within: place, words: `${dir} ${place}` });
    }
  });
  return out;
}
