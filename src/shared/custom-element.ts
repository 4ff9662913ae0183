/**
 * `@customElement(tag)` that tolerates a second registration: two copies of the library on one page
 * (the CDN script twice, or CDN plus an app bundle) must not throw. The first definition wins and the
 * page gets one console warning in all. Named like Lit's decorator so the manifest analyzer finds tags.
 */
let warned = false;

export function customElement(tag: string) {
  return (ctor: CustomElementConstructor): void => {
    const existing = customElements.get(tag);
    if (!existing) {
      customElements.define(tag, ctor);
    } else if (existing !== ctor && !warned) {
      warned = true;
      console.warn(`sahel-widgets: <${tag}> is already defined (the library is loaded twice); the first copy is used.`);
    }
  };
}
