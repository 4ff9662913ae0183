/**
 * `sahel-widgets/hydrate`: the library with Lit's hydration support loaded first, for pages whose widgets
 * were server-rendered (`sahel-widgets/ssr`, declarative shadow DOM). Each widget then adopts the DOM the
 * server wrote instead of rendering it a second time. Import this instead of `sahel-widgets`, never both
 * in one bundle after it (the support must run before Lit's `LitElement` is defined, which ES module
 * order guarantees here). Pages without server rendering should not pay for it: use `sahel-widgets`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
// the embedded story at once (not loaded on first use, as `sahel-widgets` does): hydration needs its data
import './story/default-story-sync.js';
// and the validator at once: a page-default <sahel-story> with inline JSON must show its story on first render
import './story/validator-sync.js';
export * from './index.js';
