import type { Strings } from './strings.js';

// NEEDS NATIVE REVIEW: these Arabic strings are a careful draft in Modern Standard Arabic, not yet read by a
// native speaker or an Arabic newsroom editor. Check especially: the plural forms (zero/one/two/few/many), the
// gender-neutral wording of "Unnamed" and of the anonymity phrase, and the short qualifiers "نحو" / "ربما".

// Made on first use: every page loads every locale's strings, and each Intl object costs (ICU data) to create.
let rules: Intl.PluralRules | undefined;
const plural = { select: (n: number) => (rules ??= new Intl.PluralRules('ar')).select(n) };
const num = (n: number) => n.toLocaleString('ar');

/** "7 events" with Arabic's six plural forms. */
function events(n: number): string {
  switch (plural.select(n)) {
    case 'zero': return 'لا أحداث';
    case 'one': return 'حدث واحد';
    case 'two': return 'حدثان';
    case 'few': return `${num(n)} أحداث`;
    default: return `${num(n)} حدثًا`;
  }
}

/** Arabic UI strings (right to left: the direction comes from the page's `dir`, as for every locale). Not yet reviewed. */
export const ar: Strings = {
  lang: 'ar',
  reviewed: false,
  dates: null,

  loading: 'جارٍ تحميل القصة…',
  errorTitle: 'تعذّر عرض هذه القصة',
  retry: 'أعد المحاولة',
  invalid: (problem) => `بيانات القصة غير صالحة: ${problem}`,
  notFound: (kind, id) => `لا يوجد ${{ actor: 'طرف', quote: 'اقتباس', event: 'حدث', place: 'مكان' }[kind]} «${id}» في هذه القصة`,

  medium: {
    spoken: 'قال',
    sign: 'على لافتة احتجاج',
    broadcast: 'في بث تلفزيوني',
    statement: 'في بيان مكتوب',
  },
  actorKind: {
    person: 'شخص',
    organization: 'منظمة',
    country: 'دولة',
    group: 'جماعة',
  },
  unnamed: 'بلا اسم',
  affiliations: 'الانتماءات',
  quotes: 'الاقتباسات',
  mentions: (n) => {
    switch (plural.select(n)) {
      case 'zero': return 'لم يُذكر';
      case 'one': return 'ذُكر مرة واحدة';
      case 'two': return 'ذُكر مرتين';
      case 'few': return `ذُكر ${num(n)} مرات`;
      default: return `ذُكر ${num(n)} مرة`;
    }
  },

  highlight: 'إبراز في هذا المقال',
  highlighted: 'مُبرَز',
  actorKinds: {
    person: 'أشخاص',
    organization: 'منظمات',
    country: 'دول',
    group: 'جماعات',
  },
  cast: 'من هو من',
  sortBy: 'الترتيب حسب',
  sortByMentions: 'الأكثر ذكرًا',
  sortByName: 'الاسم',
  sorted: (by) => `الترتيب: ${by}`,

  showSource: 'إظهار المصدر',
  hideSource: 'إخفاء المصدر',
  copy: 'نسخ',
  copied: 'تم النسخ',
  source: 'المصدر:',
  externalDate: 'تاريخ من خارج المقال',

  // Guillemets in logical order: the bidi algorithm mirrors them in right-to-left text, so they point outwards.
  openQuote: '«',
  closeQuote: '»',
  quoteFigure: 'اقتباس',
  quoteMedium: {
    spoken: 'كلام منطوق',
    sign: 'لافتة احتجاج',
    broadcast: 'بث تلفزيوني',
    statement: 'بيان مكتوب',
  },
  anonymous: 'لم يذكر المقال الاسم',
  age: (n) => `${num(n)} عامًا`,
  copyFailed: 'تعذّر النسخ',
  noQuotes: (name) => `لا اقتباسات لـ${name} في هذه القصة`,

  timeline: 'التسلسل الزمني',
  events: 'الأحداث',
  noEvents: 'لا أحداث',
  timelinePhrase: (phrase) => `في المقال: «${phrase}»`,
  timelineActors: 'الأطراف:',
  timelineKeys: 'تنقّل بين الأحداث بمفاتيح الأسهم',

  seasons: ['ربيع', 'صيف', 'خريف', 'شتاء'],
  week: (s) => `أسبوع ${s}`,
  article: (s) => s,
  approx: (s, long) => (long ? `حوالي ${s}` : `نحو ${s}`),
  uncertain: (s, long) => (long ? `ربما ${s}` : `${s}؟`),
  range: () => ['من ', ' إلى '],
  // needs native review, like the rest of this file
  decade: (y, part) => `${part === 'early' ? 'أوائل ' : part === 'mid' ? 'منتصف ' : part === 'late' ? 'أواخر ' : ''}عقد ${y}`,
  openSpan: (kind, s, precision) => (kind === 'since' ? `منذ ${s}` : kind === 'by' ? (precision === 'year' ? `بحلول نهاية ${s}` : `بحلول ${s}`) : `حتى ${s}`),
  inText: (s) => s,
  fromTo: (a, b) => `من ${a} إلى ${b}`,
  eventStatus: { past: '', ongoing: 'جارٍ', planned: 'مُخطَّط له', expected: 'متوقَّع', threatened: 'مُهدَّد به', conditional: 'مشروط' },
  eventCondition: 'الشرط:',
  published: (date) => `نُشر في ${date}`,
  timelineOverview: (n, first, last, approx, statuses) =>
    `${events(n)}، ${first === last ? first : `من ${first} إلى ${last}`}` +
    (statuses.length ? `؛ ${statuses.map(([status, k]) => `${num(k)} ${{ past: '', ongoing: 'جارٍ', planned: 'مُخطَّط له', expected: 'متوقَّع', threatened: 'مُهدَّد به', conditional: 'مشروط' }[status]}`).join('، ')}` : '') +
    (approx ? `؛ ${num(approx)} بتاريخ تقريبي` : ''),
  broadcastChannel: { radio: 'بُثّ على الإذاعة', television: 'بُثّ على التلفزيون', online: 'بُثّ عبر الإنترنت' },
  partialQuote: 'اقتباس جزئي',
  innerOpenQuote: '“',
  innerCloseQuote: '”',
  anonymityReason: 'لم يُذكر الاسم:',
  correction: 'تصحيح:',
  correctionSays: 'يقول المقال الآن:',
  corrections: 'تصحيحات',
  correctionConcerns: 'يخص:',
  corrected: 'مُصحَّح',
  keyFigures: 'أرقام رئيسية',
  noFigures: 'لا أرقام في هذا المقال',
  noFigure: (id) => `لا رقم «${id}» في هذا المقال`,
  qualifier: {
    about: (n) => `حوالي ${n}`,
    some: (n) => `نحو ${n}`,
    nearly: (n) => `ما يقارب ${n}`,
    almost: (n) => `تقريبًا ${n}`,
    'more-than': (n) => `أكثر من ${n}`,
    'at-least': (n) => `ما لا يقل عن ${n}`,
    'no-more-than': (n) => `ما لا يزيد عن ${n}`,
    'up-to': (n) => `حتى ${n}`,
    'fewer-than': (n) => `أقل من ${n}`,
  },
  claimedBy: 'حسب',
  disagree: (names) => `${names} لا يتفقون على الرقم`,
  sourcesDisagree: 'المصادر مختلفة',
  disputedFigure: 'رقم متنازع عليه',
  disputed: 'متنازع عليه',
  ratio: (r) => `أعلى رقم يساوي ${r} أضعاف أدناها.`,
  sameRatio: 'الأرقام متساوية.',
  selected: 'محدَّد',
  relations: 'العلاقات',
  noRelations: 'لا علاقات في هذا المقال',
  relationKinds: { alliance: 'تحالفات', funds: 'تمويل', finances: 'تمويل', opposes: 'معارضة', leads: 'قيادة', 'member-of': 'عضوية', represents: 'تمثيل' },
  relationTo: 'إلى',
  since: (date) => `منذ ${date}`,
  relationsOf: (name) => `علاقات ${name}`,
  mapTitle: 'أماكن المقال',
  mapLabel: 'خريطة أماكن المقال',
  placeKind: { city: 'مدينة', country: 'دولة', region: 'منطقة', site: 'موقع', river: 'نهر', facility: 'منشأة' },
  notShown: 'غير معروضة على الخريطة',
  fictional: 'مكان خيالي أو مُخفى',
  beyondMap: (direction) => `خارج الخريطة، باتجاه ${direction}`,
  directions: ['الشمال', 'الشمال الشرقي', 'الشرق', 'الجنوب الشرقي', 'الجنوب', 'الجنوب الغربي', 'الغرب', 'الشمال الغربي'],
  allPlaces: 'كل الأماكن في قائمة',
  placeEvents: 'الأحداث',
  placeQuotes: 'الاقتباسات',
  noPlaceItems: 'لا يذكر أي حدث أو اقتباس في المقال هذا المكان.',
  mapHint: 'اختر مكانًا لرؤية أحداثه واقتباساته.',
  clearSelection: 'مسح',
  mapSource: 'الحدود: Natural Earth',
  locator: 'كرة أرضية تحدد موقع الخريطة',
  noMap: 'لم تُعَدّ خريطة لهذا المقال.',
  noPlaces: 'لا أماكن في هذا المقال',
};
