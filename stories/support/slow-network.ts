/**
 * A slow network for the loading-state stories, without any server: fetches of URLs under
 * `__slow__/` wait (for `?delay=` ms, or until aborted), then fetch the same path without the prefix.
 * Every other request goes to the real `fetch` untouched. Nothing leaves the page.
 */
const PREFIX = '/__slow__/';
const marker = Symbol.for('sahel-widgets.storybook.slow-network');
const page = globalThis as unknown as Record<symbol, boolean>;

function install(): void {
  if (page[marker]) return;
  page[marker] = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (!url.pathname.includes(PREFIX)) return realFetch(input, init);
    const delay = Number(url.searchParams.get('delay') ?? Infinity);
    url.pathname = url.pathname.replace(PREFIX, '/');
    url.searchParams.delete('delay');
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal;
      const timer = Number.isFinite(delay) ? setTimeout(() => resolve(realFetch(url, init)), delay) : undefined;
      signal?.addEventListener('abort', () => {
        clearTimeout(timer);
        reject(signal.reason); // what fetch rejects with: an AbortError, or the reason given
      });
    });
  };
}

/**
 * `url`, answered only after `delay` ms (by default never: the provider stays in its loading state until
 * its own `timeout`). Relative to the preview iframe, like the fixture URLs.
 */
export function slowUrl(url: string, delay = Infinity): string {
  install();
  return `__slow__/${url}${Number.isFinite(delay) ? `?delay=${delay}` : ''}`;
}
