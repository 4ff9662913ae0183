import type { Strings } from './strings.js';

// NEEDS NATIVE REVIEW: these Hausa strings are a careful draft, not yet read by a native speaker or a Hausa
// newsroom editor (BBC/VOA/RFI/DW Hausa style). Check especially: the seasons (bazara/damina/kaka/hunturu for
// spring/summer/autumn/winter), gender-neutral wording ("in ji"), and the plural "abubuwa".

/** Hausa month names (CLDR): Debian's Chromium has no Hausa date data and would write "M04". */
const months = ['Janairu', 'Faburairu', 'Maris', 'Afirilu', 'Mayu', 'Yuni', 'Yuli', 'Agusta', 'Satumba', 'Oktoba', 'Nuwamba', 'Disamba'];
const shortMonths = ['Jan', 'Fab', 'Mar', 'Afi', 'May', 'Yun', 'Yul', 'Agu', 'Sat', 'Okt', 'Nuw', 'Dis'];
const num = (n: number) => n.toLocaleString('ha');

/** Hausa UI strings (ha: Niger, Nigeria, Ghana). Marked `reviewed: false` until a native speaker has read them. */
export const ha: Strings = {
  lang: 'ha',
  reviewed: false,
  // CLDR patterns: d MMM, y · d MMMM, y · MMMM y
  dates: {
    months,
    shortMonths,
    day: (d, m, y) => `${d} ${m}, ${y}`,
    month: (m, y) => `${m} ${y}`,
    days: (d1, d2, m, y) => `${d1}–${d2} ${m}, ${y}`,
  },

  loading: 'Ana loda labarin…',
  errorTitle: 'Ba a iya nuna wannan labarin ba',
  retry: 'Sake gwadawa',
  invalid: (problem) => `Bayanan labarin ba su da inganci: ${problem}`,
  notFound: (kind, id) => `Babu ${{ actor: 'mai ruwa da tsaki', quote: 'furuci', event: 'lamari', place: 'wuri' }[kind]} “${id}” a wannan labarin`,

  medium: {
    spoken: 'in ji',
    sign: 'a kan allon zanga-zanga',
    broadcast: 'a shirin talabijin',
    statement: 'a wata sanarwa a rubuce',
  },
  actorKind: {
    person: 'Mutum',
    organization: 'Ƙungiya',
    country: 'Ƙasa',
    group: 'Gungu',
  },
  unnamed: 'Ba suna',
  affiliations: 'Alaƙa',
  quotes: 'Furuci',
  mentions: (n) => (n === 1 ? 'an ambata sau ɗaya' : `an ambata sau ${num(n)}`),

  highlight: 'Haskaka a wannan labarin',
  highlighted: 'an haskaka',
  actorKinds: {
    person: 'Mutane',
    organization: 'Ƙungiyoyi',
    country: 'Ƙasashe',
    group: 'Gungu-gungu',
  },
  cast: 'Su waye a labarin',
  sortBy: 'Jera ta',
  sortByMentions: 'Waɗanda aka fi ambata',
  sortByName: 'Suna',
  sorted: (by) => `An jera: ${by}`,

  showSource: 'Nuna majiya',
  hideSource: 'Ɓoye majiya',
  copy: 'Kwafa',
  copied: 'An kwafa',
  source: 'Majiya:',
  externalDate: 'kwanan wata daga wajen labarin',

  openQuote: '“',
  closeQuote: '”',
  quoteFigure: 'Furuci',
  quoteMedium: {
    spoken: 'Magana ta baki',
    sign: 'Allon zanga-zanga',
    broadcast: 'Shirin talabijin',
    statement: 'Sanarwa a rubuce',
  },
  anonymous: 'labarin bai bayyana sunan ba',
  age: (n) => `shekara ${num(n)}`,
  copyFailed: 'Ba a iya kwafa ba',
  noQuotes: (name) => `Babu furucin ${name} a wannan labarin`,

  timeline: 'Jerin lokuta',
  events: 'Abubuwan da suka faru',
  noEvents: 'Babu abin da ya faru',
  timelinePhrase: (phrase) => `A labarin: “${phrase}”`,
  timelineActors: 'Masu ruwa da tsaki:',
  timelineKeys: 'Kibiyoyi suna motsawa daga wani abu zuwa wani',

  seasons: ['bazara', 'damina', 'kaka', 'hunturu'],
  week: (s) => `makon ${s}`,
  article: (s) => s,
  approx: (s) => `kusan ${s}`,
  uncertain: (s, long) => (long ? `watakila ${s}` : `${s}?`),
  range: () => ['daga ', ' zuwa '],
  // needs native review, like the rest of this file
  decade: (y, part) => `${part === 'early' ? 'farkon ' : part === 'mid' ? 'tsakiyar ' : part === 'late' ? 'ƙarshen ' : ''}shekarun ${y}`,
  openSpan: (kind, s, precision) => (kind === 'since' ? `tun ${s}` : kind === 'by' ? (precision === 'year' ? `kafin ƙarshen ${s}` : `kafin ${s}`) : `har zuwa ${s}`),
  inText: (s) => s,
  fromTo: (a, b) => `daga ${a} zuwa ${b}`,
  eventStatus: { past: '', ongoing: 'Ana ci gaba', planned: 'An shirya', expected: 'Ana sa ran', threatened: 'An yi barazana', conditional: 'Da sharaɗi' },
  eventCondition: 'Sharaɗi:',
  published: (date) => `An wallafa ${date}`,
  timelineOverview: (n, first, last, approx, statuses) =>
    `abubuwa ${n.toLocaleString('ha')}, ${first === last ? first : `daga ${first} zuwa ${last}`}` +
    (statuses.length ? `; ${statuses.map(([status, k]) => `${k.toLocaleString('ha')} ${{ past: '', ongoing: 'ana ci gaba', planned: 'an shirya', expected: 'ana sa ran', threatened: 'an yi barazana', conditional: 'da sharaɗi' }[status]}`).join(', ')}` : '') +
    (approx ? `; ${approx.toLocaleString('ha')} da kwanan wata na kusan` : ''),
  broadcastChannel: { radio: 'An watsa a rediyo', television: 'An watsa a talabijin', online: 'An watsa a intanet' },
  partialQuote: 'Wani ɓangare na magana',
  innerOpenQuote: '‘',
  innerCloseQuote: '’',
  anonymityReason: 'Ba a ambaci suna ba:',
  correction: 'Gyara:',
  correctionSays: 'Labarin yanzu ya ce:',
  corrections: 'Gyare-gyare',
  correctionConcerns: 'Ya shafi:',
  corrected: 'An gyara',
  keyFigures: 'Muhimman alƙaluma',
  noFigures: 'Babu alƙaluma a wannan labari',
  noFigure: (id) => `Babu alƙalami “${id}” a wannan labari`,
  qualifier: {
    about: (n) => `kusan ${n}`,
    some: (n) => `wajen ${n}`,
    nearly: (n) => `kusan ${n}`,
    almost: (n) => `kusan ${n}`,
    'more-than': (n) => `fiye da ${n}`,
    'at-least': (n) => `aƙalla ${n}`,
    'no-more-than': (n) => `bai wuce ${n}`,
    'up-to': (n) => `har zuwa ${n}`,
    'fewer-than': (n) => `ƙasa da ${n}`,
  },
  claimedBy: 'A cewar',
  disagree: (names) => `${names} ba su yarda da adadin ba`,
  sourcesDisagree: 'Majiyoyi sun saɓa',
  disputedFigure: 'Alƙalamin da ake jayayya a kai',
  disputed: 'ana jayayya',
  ratio: (r) => `Babban adadi ya ninka ƙaramin sau ${r}.`,
  sameRatio: 'Adadin daidai suke.',
  selected: 'An zaɓa',
  relations: 'Alaƙoƙi',
  noRelations: 'Babu alaƙoƙi a wannan labari',
  relationKinds: { alliance: 'Ƙawance', funds: 'Tallafi', finances: 'Tallafi', opposes: 'Adawa', leads: 'Jagoranci', 'member-of': 'Mamba', represents: 'Wakilci' },
  relationTo: 'zuwa',
  since: (date) => `tun ${date}`,
  relationsOf: (name) => `Alaƙoƙin ${name}`,
  mapTitle: 'Wuraren labarin',
  mapLabel: 'Taswirar wuraren labarin',
  placeKind: { city: 'Birni', country: 'Ƙasa', region: 'Yanki', site: 'Wuri', river: 'Kogi', facility: 'Cibiya' },
  notShown: 'Ba a nuna a taswira ba',
  fictional: 'wurin ƙage ko ɓoyayye',
  beyondMap: (direction) => `a wajen taswira, zuwa ${direction}`,
  directions: ['arewa', 'arewa maso gabas', 'gabas', 'kudu maso gabas', 'kudu', 'kudu maso yamma', 'yamma', 'arewa maso yamma'],
  allPlaces: 'Duk wuraren, a jeri',
  placeEvents: 'Abubuwan da suka faru',
  placeQuotes: 'Maganganu',
  noPlaceItems: 'Babu wani abu ko magana a labarin da ya ambaci wannan wuri.',
  mapHint: 'Zaɓi wuri don ganin abubuwansa da maganganunsa.',
  clearSelection: 'Share',
  mapSource: 'Iyakoki: Natural Earth',
  locator: 'Duniya mai nuna inda taswirar take',
  noMap: 'Ba a shirya taswira don wannan labari ba.',
  noPlaces: 'Babu wurare a wannan labari',
};
