/**
 * The two small scripts of the iframe embeds, as source text (they are written beside the pages, never
 * bundled): `sahel-frame.js` runs inside each embed page, `sahel-embed.js` runs on the parent page.
 *
 * The resizer protocol (version 1). The embed page posts, on load and on every change of its height
 * (a ResizeObserver on the root element, the story's load, and once a second while the browser throttles an
 * off-screen frame), this message to its parent:
 *
 *     { "type": "sahel-embed:height", "version": 1, "id": "<story id>/<widget>", "height": 1257 }
 *
 * `height` is the page's content height in CSS pixels (an integer). It is posted to each origin listed in
 * the page's `<meta name="sahel-embed-parent-origin">` (space-separated; `*` by default: a height is not a
 * secret, but a newsroom can name its own sites). When the page's URL carries `amp=1` in its fragment (as
 * `amp-iframe` adds) or query, it also posts AMP's resize request
 * `{ "sentinel": "amp", "type": "embed-size", "height": N }`.
 *
 * The parent script sizes every `<iframe data-sahel-embed>` whose window sent the message, and only when
 * the message comes from the iframe's own origin (the origin of its `src`), or from one of the origins
 * listed in the script tag's `data-origins` attribute when that is given. Heights outside 0–100000 px
 * and messages of any other shape are ignored.
 */

export const FRAME_SCRIPT = `// sahel-widgets embed page: posts this page's height to the parent (protocol: see the README, "In your CMS").
(() => {
  if (window.parent === window) return;
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.getAttribute('content') ?? '';
  const id = meta('sahel-embed-id') || location.pathname;
  const origins = (meta('sahel-embed-parent-origin') || '*').split(/\\s+/).filter(Boolean);
  const amp = /(^|[?#&])amp=1(&|$)/.test(location.hash) || /(^|[?&])amp=1(&|$)/.test(location.search);
  let last = -1;
  const send = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    for (const origin of origins) window.parent.postMessage({ type: 'sahel-embed:height', version: 1, id, height }, origin);
    if (amp) window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
  };
  new ResizeObserver(send).observe(document.documentElement);
  window.addEventListener('load', send);
  document.addEventListener('sahel-story-load', () => setTimeout(send, 50));
  // Browsers do not render (so do not run ResizeObserver in) a cross-origin frame while it is off-screen:
  // a once-a-second look keeps an embed below the fold sized before it is scrolled to.
  setInterval(send, 1000);
})();
`;

export const PARENT_SCRIPT = `/* sahel-embed.js: sizes every <iframe data-sahel-embed> to its content (sahel-widgets resizer protocol v1) */
(function () {
  var s = document.currentScript, allow = ((s && s.getAttribute('data-origins')) || '').split(/\\s+/).filter(Boolean);
  addEventListener('message', function (e) {
    var d = e.data, f, i, o, all;
    if (!d || d.type !== 'sahel-embed:height' || typeof d.height !== 'number' || !(d.height >= 0 && d.height <= 1e5)) return;
    all = document.querySelectorAll('iframe[data-sahel-embed]');
    for (i = 0; i < all.length; i++) {
      f = all[i];
      if (f.contentWindow !== e.source) continue;
      try { o = new URL(f.src, location.href).origin; } catch (x) { return; }
      if (allow.length ? allow.indexOf(e.origin) >= 0 : e.origin === o) f.style.height = Math.ceil(d.height) + 'px';
    }
  });
})();
`;

/** The embed page's only style sheet: no margins, so the measured height is the widget's. */
export const PAGE_CSS = `html { color-scheme: light dark; }
html, body { margin: 0; padding: 0; background: transparent; }
body { display: flow-root; font-family: system-ui, sans-serif; }
main { padding: 1px 0; }
`;
