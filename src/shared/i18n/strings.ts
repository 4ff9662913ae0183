import { en } from './en.js';

/** Every UI string of one locale; derived from English, so each locale defines every key. */
export type Strings = typeof en;

/**
 * The languages with strings of their own besides English. English is in every bundle; each other
 * locale is a module of its own, loaded on first use (`loadStrings`), so a page pays only for the
 * languages it shows. In the CDN build each is a same-origin chunk beside `sahel-widgets.js`, imported
 * relative to the bundle's own URL; an app bundler makes a chunk of each. `all.ts` registers them all
 * synchronously (Node: the builder, tests).
 */
const loaders: Readonly<Record<string, () => Promise<Strings>>> = {
  fr: () => import('./fr.js').then((m) => m.fr),
  ha: () => import('./ha.js').then((m) => m.ha),
  ar: () => import('./ar.js').then((m) => m.ar),
};

const loaded = new Map<string, Strings>([['en', en]]);
const loading = new Map<string, Promise<Strings>>();

const primaries = new Map<string, string>();

/**
 * Primary language subtag of a BCP 47 tag, lower-cased: `fr-CA` → `fr`. Remembered per tag: every date label asks
 * (20,000 times for a 10,000-event timeline), and a page has few tags (a page that makes hundreds starts again).
 */
export function primaryLang(lang: string): string {
  let p = primaries.get(lang);
  if (p === undefined) {
    if (primaries.size > 100) primaries.clear();
    primaries.set(lang, (p = lang.split(/[-_]/)[0].toLowerCase()));
  }
  return p;
}

/**
 * The strings for a language tag, by primary subtag (`fr-CA` → French), if they are loaded; English
 * otherwise (unsupported languages, and supported ones not loaded yet: see `hasStrings`, `loadStrings`).
 */
export function stringsFor(lang: string): Strings {
  return loaded.get(primaryLang(lang)) ?? en;
}

/** Whether `stringsFor(lang)` is final: the language's strings are loaded, or it has none of its own (English). */
export function hasStrings(lang: string): boolean {
  const p = primaryLang(lang);
  return loaded.has(p) || !Object.hasOwn(loaders, p);
}

/** Makes `strings` the answer of `stringsFor` for its language (`strings.lang`). */
export function registerStrings(strings: Strings): void {
  loaded.set(strings.lang, strings);
}

/**
 * Loads the strings for a language tag (once per language; later calls share the first load) and returns
 * what `stringsFor` then answers. Never rejects: if the locale's module fails to load (offline), the
 * answer is English and the next call tries again.
 */
export function loadStrings(lang: string): Promise<Strings> {
  const p = primaryLang(lang);
  if (hasStrings(p)) return Promise.resolve(stringsFor(p));
  let load = loading.get(p);
  if (!load) {
    load = loaders[p]().then(
      (strings) => {
        registerStrings(strings);
        return strings;
      },
      (error: unknown) => {
        console.warn(`sahel-widgets: the ${p} strings did not load (${String(error)}); showing English. Host the locale chunks beside the bundle.`);
        return en;
      },
    );
    load.finally(() => loading.delete(p)).catch(() => undefined);
    loading.set(p, load);
  }
  return load;
}

export { en };
