/**
 * Numbers the article gives: exact values, ranges, hedges and bounds, scale and number words, money
 * with its currency, and units; not ages, years, dates, times or the numbers of a correction line.
 */
import { NUMBER_WORDS } from './text.js';

export type Qualifier = 'about' | 'some' | 'nearly' | 'almost' | 'more-than' | 'at-least' | 'no-more-than' | 'up-to' | 'fewer-than';

export interface FoundFigure {
  paragraph: number;
  start: number;
  end: number;
  /** The words: "between 200 and 300 families", "4.2 billion naira". */
  text: string;
  value?: number;
  min?: number;
  max?: number;
  qualifier?: Qualifier;
  approximate?: boolean;
  unit?: string;
  currency?: string;
  doubts: string[];
}

const QUALIFIERS: [RegExp, Qualifier, boolean][] = [
  [/^(?:about|around|roughly|approximately|an estimated|estimated|close to)$/i, 'about', true],
  [/^some$/i, 'some', true],
  [/^nearly$/i, 'nearly', true],
  [/^almost$/i, 'almost', true],
  [/^(?:more than|over|upwards of|in excess of)$/i, 'more-than', false],
  [/^at least$/i, 'at-least', false],
  [/^(?:no more than|at most)$/i, 'no-more-than', false],
  [/^(?:up to|as many as|as much as)$/i, 'up-to', false],
  [/^(?:fewer than|less than|under|below)$/i, 'fewer-than', false],
];
const QUALIFIER_WORDS = 'about|around|roughly|approximately|an estimated|estimated|close to|some|nearly|almost|more than|over|upwards of|in excess of|at least|no more than|at most|up to|as many as|as much as|fewer than|less than|under|below';
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
const WORD_NUMBERS = Object.keys(NUMBER_WORDS).filter((w) => !['a', 'an', 'dozens', 'hundreds', 'thousands', 'scores'].includes(w)).join('|');
const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|a dozen|half a dozen|${WORD_NUMBERS})`;
const SCALE = String.raw`(?:\s+(?:thousand|million|billion|trillion)|(?:m|bn)\b)?`;
const SYMBOLS: Readonly<Record<string, string>> = { $: 'USD', US$: 'USD', '€': 'EUR', '£': 'GBP', '₦': 'NGN', 'GH₵': 'GHS', '₵': 'GHS', 'KSh': 'KES', R: 'ZAR', '¥': 'JPY', 'CFA': 'XOF' };
const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  dollars: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', naira: 'NGN', cedis: 'GHS', cedi: 'GHS', euros: 'EUR', euro: 'EUR', pounds: 'GBP', shillings: 'KES', 'Kenyan shillings': 'KES', shilling: 'KES', 'CFA francs': 'XOF', francs: 'XOF', rand: 'ZAR', kwacha: 'ZMW', dirhams: 'MAD', yuan: 'CNY', rupees: 'INR', birr: 'ETB', leones: 'SLL', dalasi: 'GMD',
  reais: 'BRL', soles: 'PEN', bolivianos: 'BOB', taka: 'BDT', rupiah: 'IDR', baht: 'THB', ringgit: 'MYR', dong: 'VND',
  // Central Asia and the Caucasus: each name one country's money
  soms: 'KGS', som: 'KGS', tenge: 'KZT', somoni: 'TJS', lari: 'GEL', drams: 'AMD',
  // the Middle East and North Africa: shekels are one country's; dinars, riyals and lira several (SHARED_LIST)
  shekels: 'ILS', dinars: '', dinar: '', riyals: '', rials: '', lira: '', liras: '',
  // pesos are several countries' money: which one, the article says (SHARED_LIST); no guess otherwise
  pesos: '', peso: '',
};
/**
 * Currency names that several countries share: the code of the country the article names most
 * ("kwacha" is Malawi's in a story from Lilongwe, Zambia's in one from Lusaka; CFA francs are the
 * central African XAF in Cameroon or Chad, the west African XOF in Senegal or Mali).
 */
const SHARED_LIST: Record<string, readonly (readonly [string, RegExp])[]> = {
  kwacha: [['MWK', /\bMalawi(?:an)?\b/g], ['ZMW', /\bZambia(?:n)?\b/g]],
  francs: [['XAF', /\b(?:Cameroon(?:ian)?|Chad(?:ian)?|Central African Republic|Gabon(?:ese)?|Equatorial Guinea|Congo(?:lese)?)\b/g], ['XOF', /\b(?:Senegal(?:ese)?|Mali(?:an)?|Niger(?:ien)?|Burkina Faso|Burkinab[eé]|Côte d’Ivoire|Ivory Coast|Ivorian|Benin(?:ese)?|Togo(?:lese)?|Guinea-Bissau)\b/g]],
  pesos: [['ARS', /\bArgentin(?:a|e|ian)\b/g], ['MXN', /\bMexic(?:o|an)\b/g], ['CLP', /\bChile(?:an)?\b/g], ['COP', /\bColombia(?:n)?\b/g], ['UYU', /\bUruguay(?:an)?\b/g], ['PHP', /\bPhilippines?\b|\bFilipino\b/g], ['DOP', /\bDominican Republic\b/g], ['CUP', /\bCuba(?:n)?\b/g]],
  dinars: [['JOD', /\bJordan(?:ian)?\b/g], ['IQD', /\bIraq(?:i)?\b/g], ['KWD', /\bKuwait(?:i)?\b/g], ['BHD', /\bBahrain(?:i)?\b/g], ['LYD', /\bLibya(?:n)?\b/g], ['TND', /\bTunisia(?:n)?\b/g], ['DZD', /\bAlgeria(?:n)?\b/g], ['RSD', /\bSerbia(?:n)?\b/g]],
  riyals: [['SAR', /\bSaudi\b/g], ['QAR', /\bQatar(?:i)?\b/g], ['OMR', /\bOman(?:i)?\b/g], ['YER', /\bYemen(?:i)?\b/g], ['IRR', /\bIran(?:ian)?\b/g]],
  lira: [['TRY', /\bTurk(?:ey|ish|iye)\b|\bTürkiye\b/g], ['LBP', /\bLeban(?:on|ese)\b/g]],
  dirhams: [['AED', /\bUnited Arab Emirates\b|\bEmirati?\b|\bUAE\b/g], ['MAD', /\bMorocc(?:o|an)\b/g]],
  shillings: [['KES', /\bKenya(?:n)?\b/g], ['UGX', /\bUganda(?:n)?\b/g], ['TZS', /\bTanzania(?:n)?\b/g], ['SOS', /\bSomali(?:a)?\b/g]],
  rupees: [['INR', /\bIndia(?:n)?\b/g], ['LKR', /\bSri Lanka(?:n)?\b/g], ['PKR', /\bPakistan(?:i)?\b/g], ['NPR', /\bNepal(?:i|ese)?\b/g], ['MUR', /\bMauriti(?:us|an)\b/g], ['SCR', /\bSeychell(?:es|ois)\b/g]],
};
const SHARED_NAMES: Readonly<Record<string, readonly (readonly [string, RegExp])[]>> = { ...SHARED_LIST, 'CFA francs': SHARED_LIST.francs, CFA: SHARED_LIST.francs, shilling: SHARED_LIST.shillings, rupee: SHARED_LIST.rupees, peso: SHARED_LIST.pesos, dinar: SHARED_LIST.dinars, rials: SHARED_LIST.riyals, liras: SHARED_LIST.lira };

/** The code for a currency name in an article: the country it names most, else the default. */
export function currencyIn(name: string, article: string): string | undefined {
  const choices = SHARED_NAMES[name];
  const fallback = CURRENCY_NAMES[name] || SYMBOLS[name] || undefined;
  if (!choices) return fallback;
  const counts = choices.map(([code, re]) => [code, (article.match(re) ?? []).length] as const).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return counts[0]?.[0] ?? fallback;
}

const CODES = ['USD', 'EUR', 'GBP', 'NGN', 'GHS', 'KES', 'XOF', 'XAF', 'ZAR', 'ZMW', 'MAD', 'CNY', 'INR', 'ETB', 'UGX', 'TZS', 'RWF', 'EGP', 'ARS', 'MXN', 'CLP', 'COP', 'BRL', 'PEN', 'BOB', 'BDT', 'PKR', 'LKR', 'NPR', 'IDR', 'PHP', 'JOD', 'IQD', 'KWD', 'AED', 'SAR', 'QAR', 'ILS', 'TRY'];
/**
 * Two capitalised words, or a model's name with digits, between a number and the plural it counts:
 * "six Airbus A320 jets", "two Kenya Power trucks" (case-sensitive, unlike the pattern above).
 */
const MAKER_AFTER = /^\s+((?:[A-Z][a-z]+|[A-Z]{2,6})\s+(?:[A-Z][a-z]+|[A-Z]{2,6}|[A-Z]?[A-Za-z]*\d[A-Za-z\d-]*)\s+|[A-Z][A-Za-z]*\d[A-Za-z\d-]*\s+)((?:[a-z-]+\s+)?[a-z-]{3,}s)\b/;
// ("44 degrees Celsius": the scale's name is the unit's; "two more aircraft", "four water-bombing planes": a
// word of number or a hyphenated modifier before the noun)
const UNIT = String.raw`(?:\s+(degrees Celsius|degrees Fahrenheit|percent|per cent|%|people|persons|families|households|homes|houses|villages|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|kg|kilograms|MW|megawatts|GW|gigawatts|kWh|hectares|acres|days|weeks|months|years|decades|hours|times|barrels|litres|liters|cases|deaths|dead|students|workers|miners|soldiers|troops|police officers|officers|protesters|residents|patients|children|women|men|jobs|schools|hospitals|vehicles|trucks|boats|cattle|head of cattle|doses|beds|votes|seats|members|employees|staff|refugees|migrants)\b|\s+(?:more\s+|additional\s+|extra\s+)?((?:[A-Z][a-z]+\s+|[A-Z]{2,6}\s+)?[a-z]+(?:-[a-z]+)*(?:\s+[a-z]+)?))?`;
const PATTERN = new RegExp(
  String.raw`(?:\b(${QUALIFIER_WORDS})\s+)?(?:between\s+|from\s+)?(US\$|GH₵|KSh|CFA|[$€£₦₵¥]|\b(?:${CODES.join('|')})\s?)?(${NUM})${SCALE}(?:\s*(?:-|–|to|and)\s*(?:US\$|[$€£₦₵])?(${NUM})(${SCALE}))?(%)?` + UNIT,
  'giu',
);

/** What follows a figure inside the description of the source that restates a count: "…, put the number at". */
const IN_SUBJECT = /^[^.;!?]*,\s+(?:puts?|putting|placed?|places|estimated?|estimates|gave|gives|set|sets) the\b/i;
const RESTATED = /\b(?:puts?|putting|placed?|places|estimated?|estimates|gave|gives|set|sets) the (?:number|figure|toll|death toll|total|count|tally|turnout|crowd|loss|losses|cost) at\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|at least|fewer than|less than|just|only)\s+)?$/i;
const NOT_UNITS = /^(?:of|in|and|or|to|the|a|an|on|at|by|for|from|with|was|were|is|are|has|had|have|said|says|who|which|that|after|before|since|per|than|people’s|years? old|p\.m|a\.m|percent)$/;
const UNIT_STOP = /^(?:off|out|up|down|about|against|within|without|between|among|through|towards?|onto|beyond|of|in|and|or|to|the|a|an|on|at|by|for|from|with|was|were|is|are|has|had|have|said|says|who|whose|which|that|this|these|those|since|alone|yesterday|today|tonight|last|next|per|each|every|than|more|across|along|into|over|under|near|around|after|before|during|while|when|as|because|but|so|their|its|his|her|our|them|they|it|he|she|we|will|would|could|should|may|might|can|must|do|does|did|not|no)$/i;
const COMMON_NEXT = /^(?:of|in|and|or|to|the|a|an|on|at|by|for|from|with|was|were|is|are|has|had|have|said|says|who|which|that|after|before|since|than|more|times|its|their|his|her)\b/;

/** The noun a number counts: "protesters gathered" → "protesters", "mosquito nets since" → "mosquito nets". */
function unitWords(words: string): string {
  const list = words.split(' ');
  let cut = list.findIndex((w, i) => i > 0 && (UNIT_STOP.test(w) || /(?:ed|ing|ly)$/.test(w) || /^\p{Lu}/u.test(w)));
  // "25 polling stations ballot papers ran out": the noun phrase ends at its plural head
  const plural = list.findIndex((w, i) => i < (cut === -1 ? list.length : cut) - 1 && /^[a-z]{3,}[^s’'s]s$/.test(w) && !/(?:ss|ous|ics|news)$/.test(w));
  if (plural !== -1) cut = plural + 1;
  return (cut === -1 ? list : list.slice(0, cut)).join(' ');
}

/** "60 of the assembly’s 165 deputies", "two of the seven constituencies": the noun a partitive counts. */
const PARTITIVE = new RegExp(String.raw`^\s+of\s+(?:the|its|their|his|her|our|these|those|[A-Z][\p{L}]*’s|the\s+[\p{L}-]+’s)\s+(?:(?:roughly|about|some|nearly|almost|around|estimated)\s+)?(?:(?:[\d,.]+|[a-z]+)(?:\s+(?:thousand|million|billion))?\s+)?((?:[a-z-]+\s+){0,2}?[a-z-]{3,}s)\b`, 'u');
/** "Burkina Faso and Mali, two neighbouring countries": a count of the names just listed, not a figure. */
const LISTED = /\b[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)*\s+and\s+[A-Z][\p{L}’'-]+(?:\s+[A-Z][\p{L}’'-]+)*,\s+$/u;

function toNumber(words: string, scale?: string): number | undefined {
  const w = words.toLowerCase();
  let n: number | undefined;
  if (w === 'a dozen') n = 12;
  else if (w === 'half a dozen') n = 6;
  else if (NUMBER_WORDS[w] !== undefined) n = NUMBER_WORDS[w];
  else if (/^[\d,.]+$/.test(w)) n = Number(w.replace(/,/g, ''));
  if (n === undefined || !Number.isFinite(n)) return undefined;
  const s = scale?.trim().toLowerCase();
  return s && SCALES[s] ? Math.round(n * SCALES[s] * 1000) / 1000 : n;
}

/** Figures of one article; `skip` paragraphs (a correction note) are not read. */
export function findFigures(paragraphs: readonly string[], skip: ReadonlySet<number> = new Set()): FoundFigure[] {
  const found: FoundFigure[] = [];
  paragraphs.forEach((text, p) => {
    if (skip.has(p)) return;
    const re = new RegExp(PATTERN.source, PATTERN.flags);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const [, qualWord, symbol, a, b, scaleB, pct, knownUnit] = m;
      let whole = m[0];
      let nounUnit = m[8] as string | undefined;
      // "six Airbus A320 jets": the words counted run past a maker and a model
      const maker = nounUnit && !symbol ? MAKER_AFTER.exec(text.slice(m.index + whole.length - nounUnit.length - 1)) : null;
      if (maker && nounUnit) {
        whole = whole.slice(0, whole.length - nounUnit.length - 1) + maker[0];
        nounUnit = maker[0].trimStart();
      }
      const start = m.index;
      // a match gives back the words it does not use ("$1.8 billion over three years": "three years" is
      // a figure of its own, and so is "165 deputies" in "60 of the assembly’s 165 deputies")
      const giveBack = (end: number) => {
        if (end > start) re.lastIndex = end;
      };
      giveBack(start + whole.length - (nounUnit && !maker ? nounUnit.length + 1 : 0));
      const scaleA = new RegExp(`^(?:\\S+\\s+)?[^\\s\\d,.]*(?:[\\d,.]+|${WORD_NUMBERS})(\\s+(?:thousand|million|billion|trillion)|m\\b|bn\\b)`, 'i').exec(whole.replace(/^(?:between|from)\s+/i, '').replace(new RegExp(`^(?:${QUALIFIER_WORDS})\\s+`, 'i'), ''))?.[1];
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(start + whole.length, start + whole.length + 12);
      const digits = /\d/.test(a);
      // years, dates, times, ages, ordinals, clock times, paragraph-local references
      if (digits && /^\d{4}$/.test(a) && +a >= 1800 && +a <= 2100 && !pct && !knownUnit && !symbol) continue;
      if (/(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+$/.test(before)) continue;
      if (/^\s*(?:a\.m|p\.m|GMT|am\b|pm\b|st\b|nd\b|rd\b|th\b|:)/i.test(after) || /^(?:st|nd|rd|th)\b/.test(text.slice(start + whole.length))) continue;
      if (/,\s*$/.test(before) && /^,/.test(after) && !knownUnit && !nounUnit && !symbol) continue; // "Amina Bello, 42, a trader"
      // "two of the seven constituencies": the noun after "of the" is what is counted
      const partitive = !knownUnit && !pct && !symbol && !b ? PARTITIVE.exec(text.slice(start + whole.length - (nounUnit ? nounUnit.length + 1 : 0))) : null;
      if (partitive) nounUnit = undefined;
      // a number word counts a known unit ("five tonnes") or a plural noun ("seven lawmakers"), "a dozen"
      // anything; "one" is an article; "the two countries" refers back, and "Mali and Niger, two
      // neighbouring countries" counts the names just listed
      // ("two SNU managers": an acronym may qualify the noun)
      // ("six Airbus A320 jets": a maker and a model may qualify it too, and the unit is the noun after them)
      const plainNoun = !!nounUnit && (!!maker || /^(?:[a-z-]+\s+|[A-Z]{2,6}\s+)?(?:[a-z-]{3,}s|[a-z]*(?:men|people|children|police|cattle|sheep|staff|personnel|aircraft|livestock|fish|deer|offspring))\b/.test(nounUnit)) && !/^one$/i.test(a);
      if (!digits && !scaleA && !/dozen/i.test(a) && (!(knownUnit || plainNoun || partitive) || /^one$/i.test(a))) continue;
      // ("two of the seven constituencies" does count the whole: a partitive's "of the" is not a reference back)
      if (!digits && !scaleA && ((/\b(?:the|these|those|all)\s+$/i.test(before) && !/\bof\s+the\s+$/i.test(before)) || LISTED.test(text.slice(Math.max(0, start - 80), start)))) continue;
      // "two years later", "three days ago", "aged 40 years old": time expressions and ages
      // (but "in the 24 hours before the collapse" is a span the article counts: "the" makes it a noun phrase)
      if (/^(?:days?|weeks?|months?|years?|hours?)$/.test(knownUnit ?? '') && /^\s+(?:ago|later|earlier|old|after|before|from now)\b/.test(text.slice(start + whole.length)) && !/\b(?:the|first|last|final)\s+$/i.test(before)) continue;
      if (/[:\d]$/.test(before)) continue;
      // "the M3 highway", "an A320": a number glued to letters names a thing
      if (/\p{L}$/u.test(before)) continue;
      // "three times the tents" is a multiple; "three times since 2009", "twice … three times a year" a frequency
      if (knownUnit === 'times' && !/^[”"’]?\s+(?:the|as|more|higher|larger|bigger|what|that|its|their)\b/.test(text.slice(start + whole.length))) continue;
      // "one for every two polling stations": a ratio's terms, not counts
      if (/\b(?:every|each)\s+$/i.test(before)) continue;
      // "half of 1 percent": the figure is the fraction, which the article does not write as a number
      if (/\b(?:half|a third|a quarter|two thirds|three quarters|a fraction) of\s+$/i.test(text.slice(Math.max(0, start - 20), start))) continue;
      if (/\b(?:aged|age|Article|Section|No\.|Room|Route|page|chapter|verse|Chapter|Act)\s*$/.test(before)) continue;
      let currency = symbol ? SYMBOLS[symbol.trim()] ?? symbol.trim().toUpperCase() : undefined;
      let unit: string | undefined = pct ? 'percent' : knownUnit;
      let trimmed = whole;
      let restatedFrom: number | undefined;
      if (symbol && symbol.trim() === 'CFA') currency = currencyIn('CFA', paragraphs.join('\n'));
      if (partitive) {
        unit = unitWords(partitive[1]);
        trimmed = text.slice(start, start + whole.length - (m[8] ? m[8].length + 1 : 0) + partitive.index + partitive[0].length);
      } else if (!unit && nounUnit && currency) {
        // "$1.8 billion over three years": money, and the words after it are not its unit
        trimmed = whole.slice(0, whole.length - nounUnit.length - 1);
      } else if (!unit && nounUnit) {
        const name = Object.keys(CURRENCY_NAMES).sort((x, y) => y.length - x.length).find((n) => nounUnit.startsWith(n));
        if (name) {
          currency ??= currencyIn(name, paragraphs.join('\n'));
          trimmed = whole.slice(0, whole.length - nounUnit.length + name.length);
        } else if (maker) {
          unit = maker[2];
        } else if (!NOT_UNITS.test(nounUnit.split(' ')[0]) && !COMMON_NEXT.test(nounUnit)) {
          unit = unitWords(nounUnit);
          if (unit.length < 2) continue;
          trimmed = whole.slice(0, whole.length - nounUnit.length + unit.length);
        } else trimmed = whole.slice(0, whole.length - nounUnit.length - 1);
      }
      if (unit === 'per cent' || unit === '%') unit = 'percent';
      trimmed = trimmed.replace(/\s+$/, '');
      // "4,500 cubic metres per second": a rate
      const per = unit && trimmed.endsWith(unit) ? /^ (?:per|a|an) (second|minute|hour|day|week|month|year|person|head|capita|litre|liter|kilogram|kg|tonne|barrel)\b/.exec(text.slice(start + trimmed.length)) : null;
      if (unit && per) {
        unit = `${unit}${per[0]}`;
        trimmed += per[0];
      }
      giveBack(partitive ? start + whole.length - (m[8] ? m[8].length + 1 : 0) : start + trimmed.length);
      // "VoltaSol puts the number at about 140": the count of the figure just before, by another source
      if (!unit && !currency && RESTATED.test(text.slice(Math.max(0, start - 60), start))) {
        // the evidence runs from that figure's unit, so it says what is counted
        // (not a figure inside the source's own description, "Acme, the firm that runs two of the five
        // mills, put the number at …": one that a comma and the verb of the restatement follow)
        const last = found.filter((f) => f.paragraph === p && !IN_SUBJECT.test(text.slice(f.end, start))).at(-1);
        const at = last?.unit ? last.start + last.text.lastIndexOf(last.unit) : -1;
        if (last?.unit && at >= last.start) {
          unit = last.unit;
          restatedFrom = at;
        }
      }
      if (!unit && !currency) continue; // a bare number: no telling what it counts
      const valueA = toNumber(a, scaleA ?? scaleB ?? undefined);
      const valueB = b ? toNumber(b, scaleB || scaleA || undefined) : undefined;
      if (valueA === undefined) continue;
      const q = qualWord ? QUALIFIERS.find(([re]) => re.test(qualWord)) : undefined;
      const from = restatedFrom ?? start;
      const figure: FoundFigure = {
        paragraph: p,
        start: from,
        end: start + trimmed.length,
        text: text.slice(from, start + trimmed.length),
        ...(valueB !== undefined && valueB > valueA ? { min: valueA, max: valueB } : { value: valueA }),
        ...(q ? { qualifier: q[1], ...(q[2] ? { approximate: true } : {}) } : {}),
        ...(unit ? { unit } : {}),
        ...(currency ? { currency } : {}),
        doubts: [],
      };
      if (restatedFrom !== undefined) figure.doubts.push(`unit "${unit}" taken from the figure before, which this one restates`);
      else if (!currency && unit && !knownUnit && !pct) figure.doubts.push(`unit read as "${unit}"`);
      found.push(figure);
    }
  });
  paragraphs.forEach((text, p) => {
    if (skip.has(p)) return;
    for (const m of text.matchAll(/\b((?:tens of |hundreds of )?(thousands|hundreds|dozens)) of ((?:[a-z]+ )?[a-z]+)/gi)) {
      // the builder reads "dozens" as more than 12, "hundreds" as more than 100
      const scale = { thousands: 1000, hundreds: 100, dozens: 12 }[m[2].toLowerCase() as 'thousands'];
      const value = /^tens of/i.test(m[1]) ? scale * 10 : /^hundreds of/i.test(m[1]) ? scale * 100 : scale;
      const unit = unitWords(m[3]);
      const text2 = `${m[1]} of ${unit}`;
      found.push({ paragraph: p, start: m.index!, end: m.index! + text2.length, text: text2, value, qualifier: 'more-than', approximate: true, unit, doubts: [`"${m[1]}" gives no number: the value is its order of magnitude`] });
    }
  });
  // "a 30-km stretch", "a 10-day strike": a number and its unit made one adjective (not "a 40-year-old")
  paragraphs.forEach((text, p) => {
    if (skip.has(p)) return;
    for (const m of text.matchAll(/(?<![\p{L}\d,.-])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)-(km|kilometre|kilometer|mile|metre|meter|foot|tonne|ton|megawatt|MW|gigawatt|GW|hectare|acre|hour|day|week|month|year|storey|bed|seat|page)(?![\p{L}-])/gu)) {
      if (found.some((f) => f.paragraph === p && f.start <= m.index! && m.index! < f.end)) continue;
      found.push({ paragraph: p, start: m.index!, end: m.index! + m[0].length, text: m[0], value: Number(m[1].replace(/,/g, '')), unit: m[2], doubts: [] });
    }
  });
  return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
