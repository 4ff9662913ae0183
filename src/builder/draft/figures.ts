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
  dollars: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', naira: 'NGN', cedis: 'GHS', cedi: 'GHS', euros: 'EUR', euro: 'EUR', pounds: 'GBP', shillings: 'KES', 'Kenyan shillings': 'KES', 'CFA francs': 'XOF', francs: 'XOF', rand: 'ZAR', kwacha: 'ZMW', dirhams: 'MAD', yuan: 'CNY', rupees: 'INR', birr: 'ETB', leones: 'SLL', dalasi: 'GMD',
};
const CODES = ['USD', 'EUR', 'GBP', 'NGN', 'GHS', 'KES', 'XOF', 'XAF', 'ZAR', 'ZMW', 'MAD', 'CNY', 'INR', 'ETB', 'UGX', 'TZS', 'RWF', 'EGP'];
const UNIT = String.raw`(?:\s+(percent|per cent|%|people|persons|families|households|homes|houses|villages|km|kilometres|kilometers|miles|metres|meters|tonnes|tons|kg|kilograms|MW|megawatts|GW|gigawatts|kWh|hectares|acres|days|weeks|months|years|hours|barrels|litres|liters|cases|deaths|dead|students|workers|miners|soldiers|troops|police officers|officers|protesters|residents|patients|children|women|men|jobs|schools|hospitals|vehicles|trucks|boats|cattle|head of cattle|doses|beds|votes|seats|members|employees|staff|refugees|migrants)\b|\s+((?:[A-Z][a-z]+\s+)?[a-z]+(?:\s+[a-z]+)?))?`;
const PATTERN = new RegExp(
  String.raw`(?:\b(${QUALIFIER_WORDS})\s+)?(?:between\s+|from\s+)?(US\$|GH₵|KSh|CFA|[$€£₦₵¥]|\b(?:${CODES.join('|')})\s?)?(${NUM})${SCALE}(?:\s*(?:-|–|to|and)\s*(?:US\$|[$€£₦₵])?(${NUM})(${SCALE}))?(%)?` + UNIT,
  'giu',
);

const NOT_UNITS = /^(?:of|in|and|or|to|the|a|an|on|at|by|for|from|with|was|were|is|are|has|had|have|said|says|who|which|that|after|before|since|per|than|people’s|years? old|p\.m|a\.m|percent)$/;
const UNIT_STOP = /^(?:of|in|and|or|to|the|a|an|on|at|by|for|from|with|was|were|is|are|has|had|have|said|says|who|whose|which|that|this|these|those|since|alone|yesterday|today|tonight|last|next|per|each|every|than|more|across|along|into|over|under|near|around|after|before|during|while|when|as|because|but|so|their|its|his|her|our|them|they|it|he|she|we|will|would|could|should|may|might|can|must|do|does|did|not|no)$/i;
const COMMON_NEXT = /^(?:of|in|and|or|to|the|a|an|on|at|by|for|from|with|was|were|is|are|has|had|have|said|says|who|which|that|after|before|since|than|more|times|its|their|his|her)\b/;

/** The noun a number counts: "protesters gathered" → "protesters", "mosquito nets since" → "mosquito nets". */
function unitWords(words: string): string {
  const list = words.split(' ');
  const cut = list.findIndex((w, i) => i > 0 && (UNIT_STOP.test(w) || /(?:ed|ing|ly)$/.test(w)));
  return (cut === -1 ? list : list.slice(0, cut)).join(' ');
}

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
    for (const m of text.matchAll(PATTERN)) {
      const [whole, qualWord, symbol, a, b, scaleB, pct, knownUnit, nounUnit] = m;
      const start = m.index!;
      const scaleA = /^(?:\S+\s+)?[^\s\d,.]*[\d,.]+(\s+(?:thousand|million|billion|trillion)|m\b|bn\b)/i.exec(whole.replace(/^(?:between|from)\s+/i, '').replace(new RegExp(`^(?:${QUALIFIER_WORDS})\\s+`, 'i'), ''))?.[1];
      const before = text.slice(Math.max(0, start - 12), start);
      const after = text.slice(start + whole.length, start + whole.length + 12);
      const digits = /\d/.test(a);
      // years, dates, times, ages, ordinals, clock times, paragraph-local references
      if (digits && /^\d{4}$/.test(a) && +a >= 1800 && +a <= 2100 && !pct && !knownUnit && !symbol) continue;
      if (/(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)\s+$/.test(before)) continue;
      if (/^\s*(?:a\.m|p\.m|GMT|am\b|pm\b|st\b|nd\b|rd\b|th\b|:)/i.test(after) || /^(?:st|nd|rd|th)\b/.test(text.slice(start + whole.length))) continue;
      if (/,\s*$/.test(before) && /^,/.test(after) && !knownUnit && !symbol) continue; // "Amina Bello, 42, a trader"
      // a number word counts only a known unit ("five tonnes"), "a dozen" anything; "one" is an article
      if (!digits && !scaleA && !/dozen/i.test(a) && (!knownUnit || /^one$/i.test(a))) continue;
      // "two years later", "three days ago", "aged 40 years old": time expressions and ages
      if (/^(?:days?|weeks?|months?|years?|hours?)$/.test(knownUnit ?? '') && /^\s+(?:ago|later|earlier|old|after|before|from now)\b/.test(text.slice(start + whole.length))) continue;
      if (/[:\d]$/.test(before)) continue;
      if (/\b(?:aged|age|Article|Section|No\.|Room|Route|page|chapter|verse|Chapter|Act)\s*$/.test(before)) continue;
      let currency = symbol ? SYMBOLS[symbol.trim()] ?? symbol.trim().toUpperCase() : undefined;
      let unit: string | undefined = pct ? 'percent' : knownUnit;
      let trimmed = whole;
      if (!unit && nounUnit) {
        const name = Object.keys(CURRENCY_NAMES).find((n) => nounUnit.startsWith(n));
        if (name) {
          currency ??= CURRENCY_NAMES[name];
          trimmed = whole.slice(0, whole.length - nounUnit.length + name.length);
        } else if (!NOT_UNITS.test(nounUnit.split(' ')[0]) && !COMMON_NEXT.test(nounUnit)) {
          unit = unitWords(nounUnit);
          if (unit.length < 2) continue;
          trimmed = whole.slice(0, whole.length - nounUnit.length + unit.length);
        } else trimmed = whole.slice(0, whole.length - nounUnit.length - 1);
      }
      if (unit === 'per cent' || unit === '%') unit = 'percent';
      trimmed = trimmed.replace(/\s+$/, '');
      if (!unit && !currency) continue; // a bare number: no telling what it counts
      const valueA = toNumber(a, scaleA ?? scaleB ?? undefined);
      const valueB = b ? toNumber(b, scaleB || scaleA || undefined) : undefined;
      if (valueA === undefined) continue;
      const q = qualWord ? QUALIFIERS.find(([re]) => re.test(qualWord)) : undefined;
      const figure: FoundFigure = {
        paragraph: p,
        start,
        end: start + trimmed.length,
        text: trimmed,
        ...(valueB !== undefined && valueB > valueA ? { min: valueA, max: valueB } : { value: valueA }),
        ...(q ? { qualifier: q[1], ...(q[2] ? { approximate: true } : {}) } : {}),
        ...(unit ? { unit } : {}),
        ...(currency ? { currency } : {}),
        doubts: [],
      };
      if (!currency && unit && !knownUnit && !pct) figure.doubts.push(`unit read as "${unit}"`);
      found.push(figure);
    }
  });
  paragraphs.forEach((text, p) => {
    if (skip.has(p)) return;
    for (const m of text.matchAll(/\b((?:tens of |hundreds of )?(thousands|hundreds|dozens)) of ((?:[a-z]+ )?[a-z]+)/gi)) {
      const scale = { thousands: 1000, hundreds: 100, dozens: 24 }[m[2].toLowerCase() as 'thousands'];
      const value = /^tens of/i.test(m[1]) ? scale * 10 : /^hundreds of/i.test(m[1]) ? scale * 100 : scale;
      const unit = unitWords(m[3]);
      const text2 = `${m[1]} of ${unit}`;
      found.push({ paragraph: p, start: m.index!, end: m.index! + text2.length, text: text2, value, qualifier: 'more-than', approximate: true, unit, doubts: [`"${m[1]}" gives no number: the value is its order of magnitude`] });
    }
  });
  return found.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
}
