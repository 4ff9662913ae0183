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

  showSource: 'Afficher la source',
  hideSource: 'Masquer la source',
  copy: 'Copier',
  copied: 'Copié',
  source: 'Source\u00a0:',
  externalDate: 'date extérieure à l’article',

  timeline: 'Chronologie',
  events: 'Événements',
  noEvents: 'Aucun événement',
  allActors: 'Tous les acteurs',
  filterByActor: 'Filtrer par acteur',

  seasons: ['printemps', 'été', 'automne', 'hiver'],
  week: (s) => `semaine du ${s}`,
  article: (s, precision) =>
    precision === 'day' ? `le ${s}` : precision === 'week' ? `la ${s}` : precision === 'season' ? (vowel(s) ? 'l’' : 'le ') + s : s,
  approx: (s, long) => (long ? `environ ${s}` : `vers ${s}`),
  uncertain: (s, long) => (long ? `peut-être ${s}` : `${s}\u202f?`),
  range: (precision, first) => (precision === 'day' ? ['du ', ' au '] : [vowel(first) ? 'd’' : 'de ', ' à ']),
};
