import { ar } from './ar.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { ha } from './ha.js';

/** Every UI string of one locale; derived from English, so each locale defines every key. */
export type Strings = typeof en;

const locales = new Map<string, Strings>([
  ['en', en],
  ['fr', fr],
  ['ha', ha],
  ['ar', ar],
]);

/** Primary language subtag of a BCP 47 tag, lower-cased: `fr-CA` → `fr`. */
export const primaryLang = (lang: string) => lang.split(/[-_]/)[0].toLowerCase();

/** The strings for a language tag, by primary subtag (`fr-CA` → French); English otherwise. */
export function stringsFor(lang: string): Strings {
  return locales.get(primaryLang(lang)) ?? en;
}

export { ar, en, fr, ha };
