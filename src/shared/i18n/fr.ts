import type { Strings } from './strings.js';

const plural = new Intl.PluralRules('fr');
/** French elides before a vowel or a mute h: "l'été", "d'avril". */
const vowel = (s: string) => /^[aeiouyhàâéèêëîïôûü]/i.test(s);

/** French UI strings (typography: a narrow no-break space before `?`, `:` takes a no-break space). */
export const fr: Strings = {
  lang: 'fr',

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
  anonymousSource: 'Source anonyme',
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

  showSource: 'Afficher la source',
  hideSource: 'Masquer la source',
  copy: 'Copier',
  copied: 'Copié',
  source: 'Source\u00a0:',
  externalDate: 'date extérieure à l’article',

  openQuote: '«\u00a0',
  closeQuote: '\u00a0»',
  quoteBreak: '(la citation reprend)',
  quoteMedium: {
    spoken: 'Propos oraux',
    sign: 'Pancarte de manifestation',
    broadcast: 'Émission télévisée',
    statement: 'Déclaration écrite',
  },
  anonymous: 'dont l’article ne donne pas le nom',
  age: (n) => `${n.toLocaleString('fr')}\u00a0ans`,
  copyFailed: 'Échec de la copie',
  noQuotes: (name) => `Aucune citation de ${name} dans cet article`,

  timeline: 'Chronologie',
  events: 'Événements',
  noEvents: 'Aucun événement',
  allActors: 'Tous les acteurs',
  filterByActor: 'Filtrer par acteur',
  timelineSummary: (n, first, last, approx) =>
    `${n.toLocaleString('fr')} ${plural.select(n) === 'one' ? 'événement' : 'événements'}, ${first === last ? first : `${first} – ${last}`}` +
    (approx ? `, dont ${approx.toLocaleString('fr')} ${plural.select(approx) === 'one' ? 'à date approximative' : 'à dates approximatives'}` : ''),
  timelinePhrase: (phrase) => `Dans l’article\u00a0: «\u00a0${phrase}\u00a0»`,
  timelineActors: 'Acteurs\u00a0:',

  seasons: ['printemps', 'été', 'automne', 'hiver'],
  week: (s) => `semaine du ${s}`,
  article: (s, precision) =>
    precision === 'day' ? `le ${s}` : precision === 'week' ? `la ${s}` : precision === 'season' ? (vowel(s) ? 'l’' : 'le ') + s : s,
  approx: (s, long) => (long ? `environ ${s}` : `vers ${s}`),
  uncertain: (s, long) => (long ? `peut-être ${s}` : `${s}\u202f?`),
  range: (precision, first) => (precision === 'day' ? ['du ', ' au '] : [vowel(first) ? 'd’' : 'de ', ' à ']),

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
  notShown: 'Non représentés : lieu fictif ou inconnu',
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
