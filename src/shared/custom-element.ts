import { isServer } from 'lit';
import { hold, insideWidget, queueRender, reconnected, release, shouldQueue } from './render-queue.js';

/**
 * `@customElement(tag)` that tolerates a second registration: two copies of the library on one page
 * (the CDN script twice, or CDN plus an app bundle) must not throw. The first definition wins and the
 * page gets one console warning in all. Named like Lit's decorator so the manifest analyzer finds tags.
 *
 * It also puts the element's renders on the page's shared render queue (`./render-queue.ts`): the
 * first render, and a re-render its story defers, wait for their turn in a slice of the page's
 * rendering, so that hundreds of widgets do not render in one long task. `updateComplete` resolves
 * after that render, as in plain Lit; every other update runs at once.
 */
let warned = false;

const QUEUED = Symbol('sahel-widgets.queued');

type Queued = HTMLElement & {
  hasUpdated: boolean;
  scheduleUpdate(): unknown;
  connectedCallback?(): void;
};

/** Whether `host` is an element whose renders go through the queue (one of ours). */
const isWidget = (host: Element): boolean => QUEUED in host;

function queueRenders(ctor: CustomElementConstructor): void {
  const proto = ctor.prototype as Partial<Queued> & { [QUEUED]?: true };
  if (isServer || typeof proto.scheduleUpdate !== 'function' || Object.hasOwn(proto, QUEUED)) return;
  const schedule = proto.scheduleUpdate;
  const connected = proto.connectedCallback;
  Object.defineProperty(proto, QUEUED, { value: true });
  proto.scheduleUpdate = function (this: Queued) {
    if (shouldQueue(this, isWidget)) return queueRender(this, () => schedule.call(this));
    release(this);
    return schedule.call(this);
  };
  proto.connectedCallback = function (this: Queued) {
    connected?.call(this);
    // until its first render, the element shows its light DOM (its fallback) as before it was defined
    if (!this.hasUpdated && !insideWidget(this, isWidget)) hold(this);
    reconnected(this);
  };
}

export function customElement(tag: string) {
  return (ctor: CustomElementConstructor): void => {
    const existing = customElements.get(tag);
    if (!existing) {
      queueRenders(ctor);
      customElements.define(tag, ctor);
    } else if (existing !== ctor && !warned) {
      warned = true;
      console.warn(`sahel-widgets: <${tag}> is already defined (the library is loaded twice); the first copy is used.`);
    }
  };
}
