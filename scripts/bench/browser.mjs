// Drives the machine's Chromium (playwright-core, no downloaded browser) and measures one page load.
/* global window */
import { setTimeout as sleep } from 'node:timers/promises';
import { chromium } from 'playwright-core';
import { HARNESS } from './pages.mjs';
import { measure } from './bundles.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

export const CHROMIUM = CHROMIUM_PATH;

const ARGS = [...CHROMIUM_FLAGS, '--enable-precise-memory-info'];

/** Settings for every page load of the run: `throttle` slows the page's CPU that many times (CDP `Emulation.setCPUThrottlingRate`, as Lighthouse's mobile preset does with 4). */
export const settings = { throttle: 1 };

export const launch = () => chromium.launch({ executablePath: CHROMIUM, args: ARGS, headless: true });

const isLocal = (url) => /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url.href ?? url) || /^(data|blob|about):/.test(url.href ?? url);

/**
 * Loads `url` in a fresh browser context (empty cache) and waits for the harness to report the
 * page ready (`dom`) and painted (`frame`), then reads the main thread's CPU time so far (`cpu`:
 * CDP Performance `TaskDuration` in thread ticks, within 50 ms of `frame`), the long tasks, layout shifts and the JS heap
 * after a full garbage collection (CDP `HeapProfiler.collectGarbage`, then `Runtime.getHeapUsage`).
 * Every request that is not to localhost is aborted by `context.route` and counted in `blocked`.
 *
 * Options: `timeout` (ms; a page that is not ready by then is `{ ok: false, timedOut: true }`),
 * `viewport`, `settle` (ms to wait after `frame` before reading, for late long tasks and shifts),
 * `delay` ({ pattern, ms }: hold matching requests that long, e.g. a slow CDN), `initScripts`
 * (more scripts to inject after the harness), `weigh` (also record every response and its size).
 */
export async function loadPage(browser, url, opts = {}) {
  const { timeout = 30_000, viewport = { width: 1280, height: 800 }, settle = 300, delay, initScripts = [], weigh = false } = opts;
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const blocked = [];
  const responses = [];
  const pageErrors = [];
  try {
    await context.addInitScript(HARNESS);
    for (const script of initScripts) await context.addInitScript(script);
    await context.route(
      (u) => !isLocal(u),
      (route) => {
        blocked.push(route.request().url());
        return route.abort('blockedbyclient');
      },
    );
    if (delay) {
      await context.route(delay.pattern, async (route) => {
        await sleep(delay.ms);
        return route.fallback();
      });
    }
    const page = await context.newPage();
    page.on('pageerror', (e) => pageErrors.push(String(e.message ?? e)));
    page.on('console', (m) => m.type() === 'error' && pageErrors.push(`console: ${m.text()}`));
    if (weigh) {
      page.on('response', (r) => {
        responses.push(
          r.body().then(
            (body) => ({ url: r.url(), status: r.status(), type: r.request().resourceType(), ...measure(body) }),
            () => ({ url: r.url(), status: r.status(), type: r.request().resourceType(), raw: 0, gzip: 0, brotli: 0 }),
          ),
        );
      });
    }
    const cdp = await context.newCDPSession(page);
    // Durations in main-thread CPU time (threadTicks): far less sensitive than wall time to other
    // processes competing for the CPU.
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    if (settings.throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: settings.throttle });
    const started = Date.now();
    await page.goto(url, { waitUntil: 'commit', timeout });
    try {
      await page.waitForFunction(() => window.__bench?.frame != null, null, { timeout: Math.max(1, timeout - (Date.now() - started)), polling: 50 });
    } catch (error) {
      if (!/Timeout/i.test(String(error))) throw error;
      const partial = await page.evaluate(() => ({ checks: window.__bench?.checks, errors: window.__bench?.errors }), null).catch(() => ({}));
      return { ok: false, timedOut: true, wall: Date.now() - started, blocked, pageErrors, ...partial };
    }
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    const cpu = {
      task: metrics.TaskDuration * 1000,
      script: metrics.ScriptDuration * 1000,
      compile: metrics.V8CompileDuration * 1000,
      style: metrics.RecalcStyleDuration * 1000,
      layout: metrics.LayoutDuration * 1000,
    };
    await sleep(settle);
    const bench = await page.evaluate(() => {
      const titles = window.__benchTitles?.() ?? [];
      const { dom, frame, checks, longtasks, shifts, errors } = window.__bench;
      return { dom, frame, checks, longtasks, shifts, errors, titles: [...titles] };
    });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    return {
      ok: true,
      wall: Date.now() - started,
      ...bench,
      cpu: cpu.task,
      cpuDetail: cpu,
      heap: heap.usedSize,
      blocked,
      pageErrors,
      responses: weigh ? await Promise.all(responses) : undefined,
    };
  } finally {
    await context.close().catch(() => {});
  }
}
