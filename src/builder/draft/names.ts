/**
 * Named things in news prose: runs of capitalised words ("Economic Community of West African
 * States", "Gen. Michael E. Langley"), classified as people, organisations, countries and places, with
 * the titles, ages and roles the article gives them.
 */
import { ABBREVIATIONS, type Span } from './text.js';

export interface NameHit {
  paragraph: number;
  start: number;
  end: number;
  /** The words, possessive dropped. */
  text: string;
  /** A title just before ("President", "Gen."), not part of `text`. */
  title?: string;
  /** True when the run opens its sentence (so its first word's capital says nothing). */
  sentenceStart: boolean;
}

export const TITLES = [
  'President', 'Vice President', 'Prime Minister', 'Minister', 'Deputy Minister', 'Secretary', 'Secretary of State', 'Foreign Minister', 'Defense Minister', 'Defence Minister', 'Finance Minister', 'Health Minister', 'Interior Minister', 'Energy Minister',
  'Gen.', 'General', 'Lt. Gen.', 'Maj. Gen.', 'Brig. Gen.', 'Col.', 'Colonel', 'Lt.', 'Capt.', 'Captain', 'Sgt.', 'Maj.', 'Major', 'Adm.', 'Admiral', 'Cmdr.',
  'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'Professor', 'Judge', 'Justice', 'Chief Justice', 'Sen.', 'Senator', 'Rep.', 'Gov.', 'Governor', 'Mayor', 'Chief', 'King', 'Queen', 'Prince', 'Princess', 'Pope', 'Imam', 'Bishop', 'Archbishop', 'Rev.', 'Father', 'Sheikh', 'Emir', 'Sultan', 'Chairman', 'Chairwoman', 'Commissioner', 'Ambassador', 'Speaker', 'Lawmaker', 'Senior Advocate', 'Inspector', 'Superintendent', 'Sergeant', 'Corporal', 'Pastor', 'Alhaji', 'Hajiya', 'Dame', 'Sir', 'Lord', 'Lady',
];
/** "Transport Minister", "Labour Secretary", "Regional Commissioner": a portfolio before the office. */
const PORTFOLIO_TITLE = String.raw`(?:[A-Z][a-z]+\s+){1,2}(?:Minister|Secretary|Commissioner)`;
const TITLE_ALTERNATIVES = `${PORTFOLIO_TITLE}|${[...TITLES].sort((a, b) => b.length - a.length).map((t) => t.replace(/\./g, '\\.')).join('|')}`;
const LEADING_TITLE = new RegExp(`^(${TITLE_ALTERNATIVES})\\s+`);
const TITLE_RE = new RegExp(`(?:^|\\s)((?:${TITLE_ALTERNATIVES}))\\s+$`);

/** The last word of a place or a body that may be named after a titled person: "King Talal Dam", "Queen Alia International Airport". */
const NAMED_AFTER = /\s(?:Dam|Canal|Barrage|Bridge|Tunnel|Airport|Air Base|Base|Port|Harbour|Harbor|Hospital|University|College|School|Stadium|Park|Street|Avenue|Road|Boulevard|Square|Highway|Museum|Mosque|Church|Cathedral|Station|Reservoir|Lake|Bay|Gulf|Island|Foundation|Institute|Centre|Center|Hall|Palace|Library|Prize|Award)$/;
/** Words that start sentences or stand capitalised without naming anything. */
const STOP = new Set([
  'The', 'A', 'An', 'But', 'And', 'Or', 'In', 'On', 'At', 'For', 'After', 'Before', 'When', 'While', 'Since', 'As', 'If', 'This', 'That', 'These', 'Those', 'It', 'He', 'She', 'They', 'We', 'I', 'His', 'Her', 'Their', 'Its', 'Our', 'My', 'Your', 'You', 'There', 'Here', 'Then', 'So', 'Yet', 'Still', 'Now', 'Last', 'Next', 'This', 'Some', 'Many', 'Most', 'Other', 'Others', 'Another', 'One', 'Two', 'Three', 'Four', 'Five', 'Six', 'Seven', 'Eight', 'Nine', 'Ten', 'Both', 'Each', 'Every', 'All', 'No', 'Not', 'Even', 'Only', 'Also', 'Such', 'What', 'Who', 'Why', 'How', 'Where', 'Which', 'Whether', 'Although', 'Though', 'Because', 'However', 'Meanwhile', 'Instead', 'Until', 'By', 'From', 'To', 'Of', 'With', 'Without', 'Under', 'Over', 'About', 'Against', 'Among', 'Between', 'During', 'Despite', 'Through', 'Into', 'Across', 'Around', 'Like', 'Unlike', 'Once', 'Earlier', 'Later', 'Today', 'Yesterday', 'Tomorrow', 'Asked', 'Speaking', 'According', 'Correction', 'Update', 'Updated', 'Reporting', 'Editor', 'Note', 'Photo', 'Video', 'Read', 'More', 'Many', 'Few', 'Several', 'Officials', 'Police', 'Residents', 'Protesters', 'Analysts', 'Critics', 'Supporters', 'Experts', 'Witnesses', 'Doctors', 'Workers', 'Farmers', 'Mr', 'Mrs', 'Ms', 'Dr',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
]);
const MONTHS_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Ramadan|Eid)$/;
const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'du', 'des', 'al', 'el', 'es', 'bin', 'ibn', 'van', 'von', 'la', 'le', 'da', 'dos', 'do']);
/** Connectors that join only inside an organisation's name ("Ministry of Trade and Industry"). */
const ORG_CONNECTORS = new Set(['and', '&', 'on']);
// "d’Ivoire", "l’Est": a French particle elided onto a capitalised name
const WORD = /^[A-Z][\p{L}\p{M}’'.-]*$|^[A-Z]{2,}$|^[A-Z]\.$|^[dl][’'][A-Z][\p{L}\p{M}’'.-]*$/u;
/** Words that end an organisation's name ("Council", "Union"), for "the Fishermen’s Council" and "Environment and Land Court". */
const ORG_END = /^(?:Council|Union|Association|League|Party|Front|Movement|Court|Courts|Tribunal|Commission|Committee|Agency|Authority|Ministry|Department|Bank|Fund|Foundation|Institute|Society|Federation|Coalition|Congress|Assembly|Board|Bureau|Service|Services|Centre|Center|Company|Corporation|Network|Alliance|Trust|Cooperative|Syndicate|Chamber)$/;
/** "the Ministry of Lands, Public Works, Housing and Urban Development": a ministry's list of portfolios. */
const PORTFOLIO_LIST = /^((?:,\s+[A-Z][\p{L}\p{M}’'-]*(?:\s+[A-Z][\p{L}\p{M}’'-]*)*)+,?\s+(?:and|&)\s+[A-Z][\p{L}\p{M}’'-]*(?:\s+[A-Z][\p{L}\p{M}’'-]*)*)/u;

/** "Michael E." and "U.S." end with their own period; "Iran." ends a sentence. */
function keepsPeriod(words: string): boolean {
  const last = /(\S+)\.$/.exec(words)?.[1] ?? '';
  return /^[A-Z]$/.test(last) || /^(?:[A-Z]\.)+[A-Z]$/.test(last) || ABBREVIATIONS.has(last.toLowerCase());
}

/** Runs of capitalised words in one paragraph, sentences given. */
export function capitalisedRuns(text: string, paragraph: number, sentenceSpans: readonly Span[]): NameHit[] {
  const hits: NameHit[] = [];
  const tokens = [...text.matchAll(/[\p{L}\p{M}][\p{L}\p{M}’'.-]*|&/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[0] }));
  const starts = new Set(sentenceSpans.map((s) => s.start));
  const opensSentence = (at: number) => {
    for (const s of starts) {
      const lead = text.slice(s, at);
      if (/^[“"‘(]*$/.test(lead)) return true;
    }
    return false;
  };
  // "the Environment and Land Court", "the National Search and Rescue Agency": capitalised words after
  // "the", "and", then words that end an organisation's name (up to three words before "and", so that
  // a list of names is not read as one)
  const andEndsOrg = (j: number) => {
    if (j - i > 2 || !/\b[Tt]he\s+$/.test(text.slice(0, tokens[i].start)) || tokens[j + 1].word !== 'and') return false;
    let k = j + 2;
    while (k + 1 < tokens.length && WORD.test(tokens[k + 1].word) && text.slice(tokens[k].end, tokens[k + 1].start) === ' ' && !ORG_END.test(tokens[k].word)) k++;
    return k < tokens.length && WORD.test(tokens[k].word) && ORG_END.test(tokens[k].word.replace(/[.,]$/, ''));
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const w = t.word.replace(/[’']s$/, '').replace(/\.$/, '');
    if (!WORD.test(t.word) || (STOP.has(w) && !/^[A-Z]{2,}$/.test(w))) {
      i++;
      continue;
    }
    let j = i;
    let end = t.end;
    // extend over capitalised words and connectors followed by a capitalised word, within the same clause
    while (j + 1 < tokens.length) {
      const gap = text.slice(tokens[j].end, tokens[j + 1].start);
      const next = tokens[j + 1];
      // "the Lake Volta Canoe Fishermen’s Council": a possessive inside an organisation's name
      // (or "the Tigray People’s Liberation Front": capitalised words after it reach such a word)
      const reachesEnd = () => {
        for (let k = j + 1; k < tokens.length && k <= j + 4 && WORD.test(tokens[k].word) && text.slice(tokens[k - 1].end, tokens[k].start) === ' '; k++) {
          if (ORG_END.test(tokens[k].word.replace(/[.,;:]$/, ''))) return true;
          if (/[’'.,;:]/.test(tokens[k].word)) return false;
        }
        return false;
      };
      // ("the People’s Renewal Party", "the Farmers’ Union": a plural's possessive may open the name)
      const opensName = j === i && /^(?:People|Women|Men|Children)[’']s$|^\p{Lu}\p{Ll}+s[’']$/u.test(tokens[j].word);
      const possessiveInName = /[’']s$/.test(tokens[j].word) && (j > i || opensName) && (ORG_END.test(next.word.replace(/[.,;:]$/, '')) || reachesEnd());
      if (gap !== ' ' || (/[’']s$/.test(tokens[j].word) && !possessiveInName) || (tokens[j].word.endsWith('.') && !keepsPeriod(tokens[j].word))) break;
      if (WORD.test(next.word) && !MONTHS_DAYS.test(next.word.replace(/[’']s$/, ''))) {
        j++;
        end = next.end;
        continue;
      }
      const joins = CONNECTORS.has(next.word) || (ORG_CONNECTORS.has(next.word) && (ORG_WORDS.test(text.slice(t.start, tokens[j].end)) || andEndsOrg(j)));
      // ("the Tamale International Airport on Monday.": a weekday or a month, with its full stop, is no part of a name)
      const bareNext = tokens[j + 2]?.word.replace(/[.,;:]$/, '').replace(/[’']s$/, '') ?? '';
      if (joins && j + 2 < tokens.length && text.slice(next.end, tokens[j + 2].start) === ' ' && WORD.test(tokens[j + 2].word) && !STOP.has(tokens[j + 2].word) && !STOP.has(bareNext) && !MONTHS_DAYS.test(bareNext)) {
        j += 2;
        end = tokens[j].end;
        continue;
      }
      // "the Association for the Defence of the Interior", "the Society for the Protection of Birds": "of
      // the" or "for the" inside an organisation's name (its word before them), then a capitalised word
      if ((next.word === 'of' || next.word === 'for') && j + 3 < tokens.length && tokens[j + 2].word === 'the' && text.slice(next.end, tokens[j + 2].start) === ' ' && text.slice(tokens[j + 2].end, tokens[j + 3].start) === ' ' && WORD.test(tokens[j + 3].word) && !STOP.has(tokens[j + 3].word.replace(/[.,;:]$/, '')) && !MONTHS_DAYS.test(tokens[j + 3].word.replace(/[.,;:]$/, '')) && ORG_WORDS.test(text.slice(t.start, tokens[j].end))) {
        j += 3;
        end = tokens[j].end;
        continue;
      }
      // "Place de la Nation", "Jan van der Berg": two connectors in a row
      if (CONNECTORS.has(next.word) && j + 3 < tokens.length && /^(?:la|le|los|las|der|den|du)$/.test(tokens[j + 2].word) && text.slice(next.end, tokens[j + 2].start) === ' ' && text.slice(tokens[j + 2].end, tokens[j + 3].start) === ' ' && WORD.test(tokens[j + 3].word) && !STOP.has(tokens[j + 3].word)) {
        j += 3;
        end = tokens[j].end;
        continue;
      }
      break;
    }
    if (/^(?:Ministry|Department|Office) of\b/.test(text.slice(t.start, end))) {
      const list = PORTFOLIO_LIST.exec(text.slice(end))?.[1];
      if (list) {
        end += list.length;
        while (j + 1 < tokens.length && tokens[j + 1].end <= end) j++;
      }
    }
    let from = t.start;
    let words = text.slice(from, end);
    // a title opening the run is the person's title, not part of the name ("Gen. Abdourahmane Tchiani")
    // (but "King Talal Dam", "Queen Alia International Airport", "Prince Sultan Air Base": a place or a
    // body named after someone keeps the honorific as part of its name)
    const lead = NAMED_AFTER.test(words.replace(/(?:[’']s)?\.?$/, '')) ? null : LEADING_TITLE.exec(words);
    if (lead && lead[0].length < words.length) {
      from += lead[0].length;
      words = words.slice(lead[0].length);
    }
    // a trailing period belongs to the sentence unless it closes an initial or an abbreviation
    if (words.endsWith('.') && !keepsPeriod(words)) words = words.slice(0, -1);
    words = words.replace(/[’']s$/, '');
    const title = lead ? lead[1] : TITLE_RE.exec(text.slice(0, t.start))?.[1];
    if (!MONTHS_DAYS.test(words) && words !== '') {
      hits.push({ paragraph, start: from, end: from + words.length, text: words, ...(title ? { title } : {}), sentenceStart: opensSentence(t.start) });
    }
    i = j + 1;
  }
  return hits;
}

// (letter boundaries, not \b: "Fundão" holds no "Fund")
export const ORG_WORDS = /(?<![\p{L}\p{N}])(?:FM|TV|Courts|Tribunals|Ministry|Ministries|Department|Bank|Agency|Council|Union|Party|Association|Company|Corporation|Corp|Inc|Ltd|Limited|SA|AG|GmbH|PLC|Plc|LLC|SpA|SARL|Group|Authority|Court|Commission|Committee|Army|Navy|Forces|Force|Police|Institute|University|College|School|Hospital|Fund|Organization|Organisation|Network|Alliance|Front|Movement|Service|Services|News|Times|Post|Press|Agency|Office|Board|Assembly|Parliament|Senate|Congress|Government|Cabinet|Federation|Foundation|Trust|Society|Church|Mosque|Club|League|Coalition|Brigade|Corps|Guard|Industries|Holdings|Energy|Power|Mining|Mines|Resources|Minerals|Materials|Metals|Petroleum|Securities|Investments|Insurance|Motors|Steel|Chemicals|Pharmaceuticals|Shipping|Construction|Engineering|Technologies|Ventures|Brokerage|Logistics|Electric|Electricity|Airways|Airlines|Telecom|Media|Television|Radio|Watch|International|Initiative|Project|Programme|Program|Center|Centre|Tribunal|Secretariat|Directorate|Bureau|Reserve|Exchange|Partners|Capital|Consortium|Cooperative|Co-operative|Syndicate|Chamber|Red Cross|Red Crescent|Médecins|Doctors Without Borders|UNICEF|WHO|ECOWAS|NATO|IMF)(?![\p{L}\p{N}])/u;
