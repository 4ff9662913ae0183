/**
 * `Intl` objects built once per locale and options, and shared by every widget of the page: a busy
 * page made hundreds of identical `Intl.Segmenter`s, `DisplayNames` and `NumberFormat`s, and creating one
 * costs far more than using it. A constructor that throws (a language tag or currency code the engine
 * refuses) throws here too, and nothing is cached for it.
 */
const made = new Map<string, unknown>();

/** The shared `new C(lang, options)`; `C` is one of `Intl`'s constructors. */
export function shared<T, O extends object>(C: new (locales: string, options: O) => T, lang: string, options?: NoInfer<O>): T {
  const key = `${C.name}\u0000${lang}\u0000${options ? JSON.stringify(options) : ''}`;
  let o = made.get(key) as T | undefined;
  if (!o) {
    o = new C(lang, options as O);
    made.set(key, o);
  }
  return o;
}
