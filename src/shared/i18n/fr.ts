import type { Strings } from './strings.js';

// Made on first use: every page loads every locale's strings, and each Intl object costs (ICU data) to create.
let rules: Intl.PluralRules | undefined;
const plural = { select: (n: number) => (rules ??= new Intl.PluralRules('fr')).select(n) };
/** French elides before a vowel or a mute h: "l'été", "d'avril". */
const vowel = (s: string) => /^[aeiouyhàâéèêëîïôûü]/i.test(s);

/** French UI strings (typography: a narrow no-break space before `?`, `:` takes a no-break space). */
export const fr: Strings = {
  lang: 'fr',
  reviewed: true,
  dates: null,

  loading: 'Chargement de l’article…',
  errorTitle: 'Impossible d’afficher cet article',
  retry: 'Réessayer',
  invalid: (problem) => `Les données de l’article ne sont pas valides\u00a0: ${problem}`,
  notFound: (kind, id) =>
    `${{ actor: 'Aucun acteur', quote: 'Aucune citation', event: 'Aucun événement', place: 'Aucun lieu' }[kind]} «\u00a0${id}\u00a0» dans cet article`,

  medium: {
    spoken: 'a déclaré',
    sign: 'sur une pancarte de manifestation',
    broadcast: 'dans une émission télévisée',
    statement: 'dans une déclaration écrite',
  },
  actorKind: {
    person: 'Personne',
    organization: 'Organisation',
    country: 'Pays',
    group: 'Groupe',
  },
  unnamed: 'Sans nom',
  affiliations: 'Affiliations',
  quotes: 'Citations',
  mentions: (n) => `${n.toLocaleString('fr')} ${plural.select(n) === 'one' ? 'mention' : 'mentions'}`,

  highlight: 'Surligner dans l’article',
  highlighted: 'surligné',
  actorKinds: {
    person: 'Personnes',
    organization: 'Organisations',
    country: 'Pays',
    group: 'Groupes',
  },
  cast: 'Qui est qui',
  sortBy: 'Trier par',
  sortByMentions: 'Les plus cités',
  sortByName: 'Nom',
  sorted: (by) => `Tri\u00a0: ${by.toLocaleLowerCase('fr')}`,

  showSource: 'Afficher la source',
  hideSource: 'Masquer la source',
  copy: 'Copier',
  copied: 'Copié',
  source: 'Source\u00a0:',
  externalDate: 'date extérieure à l’article',

  openQuote: '«\u00a0',
  closeQuote: '\u00a0»',
  quoteFigure: 'Citation',
  quoteMedium: {
    spoken: 'Propos oraux',
    sign: 'Pancarte de manifestation',
    broadcast: 'Émission',
    statement: 'Déclaration écrite',
  },
  anonymous: 'dont l’article ne donne pas le nom',
  age: (n) => `${n.toLocaleString('fr')}\u00a0ans`,
  copyFailed: 'Échec de la copie',
  noQuotes: (name) => `Aucune citation de ${name} dans cet article`,

  timeline: 'Chronologie',
  events: 'Événements',
  noEvents: 'Aucun événement',
  // spoken: "d’environ 2009 à été 2025" (no dash, which screen readers say as "tiret" or skip)
  timelinePhrase: (phrase) => `Dans l’article\u00a0: «\u00a0${phrase}\u00a0»`,
  timelineActors: 'Acteurs\u00a0:',
  timelineKeys: 'Les flèches passent d’un événement à l’autre',

  seasons: ['printemps', 'été', 'automne', 'hiver'],
  week: (s) => `semaine du ${s}`,
  article: (s, precision) =>
    precision === 'day' ? `le ${s}` : precision === 'week' ? `la ${s}` : precision === 'season' ? (vowel(s) ? 'l’' : 'le ') + s : s,
  approx: (s, long) => (long ? `environ ${s}` : `vers ${s}`),
  uncertain: (s, long) => (long ? `peut-être ${s}` : `${s}\u202f?`),
  range: (precision, first) => (precision === 'day' ? ['du ', ' au '] : [vowel(first) ? 'd’' : 'de ', ' à ']),
  decade: (y, part) => (part ? `${{ early: 'début', mid: 'milieu', late: 'fin' }[part]} des années ${y}` : `années ${y}`),
  openSpan: (kind, s, precision) => {
    if (kind === 'since') return `depuis ${withArticle(s, precision)}`;
    if (kind === 'by') return precision === 'year' ? `d’ici fin ${s}` : `d’ici ${withArticle(s, precision)}`;
    if (precision === 'year' || precision === 'month') return `jusqu’en ${s}`;
    return contract('à', withArticle(s, precision)).replace(/^à/, 'jusqu’à').replace(/^au/, 'jusqu’au');
  },
  inText: (s, precision) => withArticle(s, precision),
  fromTo: (a, b) => `${contract('de', a)} ${contract('à', b)}`,

  eventStatus: {
    past: '',
    ongoing: 'En cours',
    planned: 'Prévu',
    expected: 'Attendu',
    threatened: 'Menace',
    conditional: 'Conditionnel',
  },
  eventCondition: 'Condition\u00a0:',
  published: (date) => `Publié le ${date}`,
  // "de vers 2009" does not read: "d’environ 2009"
  timelineOverview: (n, first, last, approx, statuses) =>
    `${n.toLocaleString('fr')} ${plural.select(n) === 'one' ? 'événement' : 'événements'}, ${first === last ? first : `${vowel((first = first.replace(/^vers /, 'environ '))) ? 'd’' : 'de '}${first} à ${last}`}` +
    (statuses.length
      ? `\u00a0; ${statuses
          .map(([status, k]) => {
            const many = plural.select(k) !== 'one';
            const word = { past: '', ongoing: 'en cours', planned: 'prévu', expected: 'attendu', threatened: 'menace', conditional: 'conditionnel' }[status];
            return `${k.toLocaleString('fr')} ${word}${many && status !== 'ongoing' ? 's' : ''}`;
          })
          .join(', ')}`
      : '') +
    (approx ? `, dont ${approx.toLocaleString('fr')} ${plural.select(approx) === 'one' ? 'à date approximative' : 'à dates approximatives'}` : ''),
  broadcastChannel: {
    radio: 'Diffusé à la radio',
    television: 'Diffusé à la télévision',
    online: 'Diffusé en ligne',
  },
  partialQuote: 'Citation partielle',
  // inside « … », the inner quotation marks are English double quotes (Imprimerie nationale)
  innerOpenQuote: '“',
  innerCloseQuote: '”',
  anonymityReason: 'Nom non cité\u00a0:',
  correction: 'Rectificatif\u00a0:',
  correctionSays: 'L’article dit désormais\u00a0:',
  corrections: 'Rectificatifs',
  correctionConcerns: 'Concerne\u00a0:',
  corrected: 'Rectifié',
  keyFigures: 'Chiffres clés',
  noFigures: 'Aucun chiffre dans cet article',
  noFigure: (id) => `Aucun chiffre «\u00a0${id}\u00a0» dans cet article`,
  qualifier: {
    about: (n) => `environ ${n}`,
    some: (n) => `quelque ${n}`,
    nearly: (n) => `près de ${n}`,
    almost: (n) => `presque ${n}`,
    'more-than': (n) => `plus de ${n}`,
    'at-least': (n) => `au moins ${n}`,
    'no-more-than': (n) => `pas plus de ${n}`,
    'up-to': (n) => `jusqu’à ${n}`,
    'fewer-than': (n) => `moins de ${n}`,
  },
  claimedBy: 'Selon',
  disagree: (names) => `${names} ne donnent pas le même chiffre`,
  sourcesDisagree: 'Les sources divergent',
  disputedFigure: 'Chiffre contesté',
  disputed: 'contesté',
  ratio: (r) => `Le chiffre le plus élevé vaut ${r}\u00a0fois le plus bas.`,
  sameRatio: 'Les chiffres sont de même taille.',
  selected: 'Sélectionné',

  relations: 'Relations',
  noRelations: 'Aucune relation dans cet article',
  relationKinds: {
    alliance: 'Alliances',
    funds: 'Financement',
    finances: 'Financement',
    opposes: 'Opposition',
    leads: 'Direction',
    'member-of': 'Appartenance',
    represents: 'Représentation',
  },
  relationTo: 'vers',
  since: (date) => `depuis ${date}`,
  relationsOf: (name) => `Relations de ${name}`,

  mapTitle: 'Les lieux de l’article',
  mapLabel: 'Carte des lieux de l’article',
  placeKind: {
    city: 'Ville',
    country: 'Pays',
    region: 'Région',
    site: 'Site',
    river: 'Fleuve ou rivière',
    facility: 'Installation',
  },
  notShown: 'Absents de la carte',
  fictional: 'lieu fictif ou masqué',
  beyondMap: (direction) => `hors de la carte, vers ${direction}`,
  directions: ['le nord', 'le nord-est', 'l’est', 'le sud-est', 'le sud', 'le sud-ouest', 'l’ouest', 'le nord-ouest'],
  allPlaces: 'Tous les lieux, sous forme de liste',
  placeEvents: 'Événements',
  placeQuotes: 'Citations',
  noPlaceItems: 'Aucun événement ni aucune citation de l’article ne nomme ce lieu.',
  mapHint: 'Choisissez un lieu pour voir ses événements et ses citations.',
  clearSelection: 'Effacer',
  mapSource: 'Contours : Natural Earth',
  locator: 'Globe situant la carte',
  noMap: 'Aucune carte n’a été préparée pour cet article.',
  noPlaces: 'Aucun lieu dans cet article',
};

/** A date with the article French puts before it in a sentence: "le 9 avril", "l’été 2025", "les années 1990". */
function withArticle(s: string, precision: string): string {
  if (precision === 'day') return `le ${s}`;
  if (precision === 'week') return `la ${s}`;
  if (precision === 'season') return (vowel(s) ? 'l’' : 'le ') + s;
  if (precision === 'decade') return /^années/.test(s) ? `les ${s}` : /^fin/.test(s) ? `la ${s}` : `le ${s}`;
  return s;
}

/** "de" or "à" before `s`, contracted with its article: du, des, au, aux, d’. */
function contract(p: 'de' | 'à', s: string): string {
  if (s.startsWith('le ')) return (p === 'de' ? 'du ' : 'au ') + s.slice(3);
  if (s.startsWith('les ')) return (p === 'de' ? 'des ' : 'aux ') + s.slice(4);
  if (p === 'de' && vowel(s)) return `d’${s}`;
  return `${p} ${s}`;
}
