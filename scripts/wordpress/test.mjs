/* global document, customElements, fetch, setTimeout, requestAnimationFrame */
// npm run test:wordpress: the plugin in a real WordPress (Debian's `wordpress`, `mariadb-server`, `php-mysql`,
// `php-cli`, installed with apt when missing, as the browsers are). A private MariaDB (own data dir and
// socket), WordPress installed with its own wp_install(), the plugin activated from `npm run wordpress:zip`,
// an Author-role user saving a post with shortcodes, blocks and a hand-typed tag through wp_insert_post
// (KSES applies), the site served by `php -S 127.0.0.1:PORT`, and the post checked in Chromium with and
// without JavaScript. Prints `wordpress: N passed, M failed`; exit 1 on any failure.
// Needs `npm run build` first. SAHEL_SCREENSHOTS=DIR writes wordpress-post.png and wordpress-no-js.png.
// Also holds each timeline, quote and badge the plugin rendered to its height: with JavaScript off (the PHP
// fallback) and after the upgrade, within 2 px at the theme's width and a phone's. `--install`: packages only.
import { execFileSync, execSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../chromium.mjs';

const repo = resolve(import.meta.dirname, '../..');
const here = import.meta.dirname;
const work = '/tmp/sahel-wp-test';
const started = Date.now();
const t = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
let passed = 0;
let failed = 0;
const check = (name, ok, detail = '') => {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok' : 'FAIL'} ${name}${ok || !detail ? '' : `: ${detail}`}`);
};
const children = [];
const sh = (cmd, opts = {}) => execSync(cmd, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', ...opts });

function ensurePackages() {
  const want = ['wordpress', 'mariadb-server', 'php-mysql', 'php-cli'];
  const missing = want.filter((p) => {
    try {
      return !/install ok installed/.test(sh(`dpkg-query -W -f='\${Status}' ${p}`));
    } catch {
      return true;
    }
  });
  if (!missing.length) return;
  console.log(`installing ${missing.join(' ')} with apt…`);
  // no recommends: no Apache started, no themes (the test brings its own)
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`, { stdio: 'inherit' });
  console.log(`apt done at ${t()}`);
}

const freePort = () => new Promise((r) => { const s = createServer().listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => r(port)); }); });

async function waitFor(what, fn, ms = 20000) {
  const end = Date.now() + ms;
  for (;;) {
    try {
      if (await fn()) return;
    } catch { /* not yet */ }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/**
 * The boxes of the timeline, quote and badge widgets the plugin rendered (its `.sahel-widgets-*` wrappers) in
 * the post at `width`: a block widget's wrapper height; for a badge (inline), the height of its paragraph and
 * the badge's own width. With `js`, after every element upgraded and rendered. `partial`: the ids of partial quotes.
 */
async function widgetBoxes(browser, url, width, js, partial) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width, height: 900 });
    await page.setJavaScriptEnabled(js);
    await page.goto(url, { waitUntil: js ? 'networkidle0' : 'load' });
    if (js) {
      await page.waitForFunction(() => ['sahel-timeline', 'quote-card', 'actor-badge'].every((t) => customElements.get(t)) && [...document.querySelectorAll('sahel-story')].every((s) => ['ready', 'loaded'].includes(s.state?.status)), { timeout: 10000 });
      await page.evaluate(async () => {
        for (let i = 0; i < 3; i++) await Promise.all([...document.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? e.shadowRoot.querySelectorAll('*') : [])]).map((e) => e.updateComplete));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      });
    }
    await page.evaluate(() => document.fonts.ready);
    return await page.evaluate((ids) =>
      [...document.querySelectorAll('.sahel-widgets-timeline, .sahel-widgets-quote, .sahel-widgets-badge')].map((w) => {
        const el = w.querySelector('sahel-timeline, quote-card, actor-badge');
        const inline = w.localName === 'span';
        const box = inline ? w.closest('p, li, div') : w;
        return {
          tag: el.localName,
          name: `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}${a.value ? `="${a.value}"` : ''}`).join('')}>`,
          partial: ids.includes(el.getAttribute('quote')),
          upgraded: Boolean(el.shadowRoot?.childElementCount),
          text: el.textContent,
          height: box.getBoundingClientRect().height,
          width: inline ? el.getBoundingClientRect().width : undefined,
        };
      }),
    partial);
  } finally {
    await page.close();
  }
}

async function main() {
  if (!existsSync(join(repo, 'dist/sahel-widgets.js'))) throw new Error('dist/sahel-widgets.js is missing: run `npm run build` first');
  ensurePackages();
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  for (const d of ['db', 'uploads', 'plugins', 'themes/sahel-test']) mkdirSync(join(d === 'db' ? work : content, d), { recursive: true });

  // MariaDB of its own: data dir and socket under /tmp, no TCP
  const sock = join(work, 'mysqld.sock');
  sh(`mariadb-install-db --user=root --datadir=${work}/db --auth-root-authentication-method=socket --skip-test-db`);
  const db = spawn('/usr/sbin/mariadbd', [`--datadir=${work}/db`, `--socket=${sock}`, '--skip-networking', '--user=root', `--pid-file=${work}/mysqld.pid`, '--innodb-buffer-pool-size=32M', '--skip-log-bin'], { stdio: 'ignore' });
  children.push(db);
  await waitFor('MariaDB', () => (sh(`mariadb-admin --socket=${sock} -uroot ping`), true));
  const pass = `p${Math.random().toString(36).slice(2)}`;
  sh(`mariadb --socket=${sock} -uroot -e "CREATE DATABASE wp; CREATE USER 'wp'@'localhost' IDENTIFIED BY '${pass}'; GRANT ALL ON wp.* TO 'wp'@'localhost';"`);
  console.log(`MariaDB up at ${t()}`);

  // the plugin from its zip, a minimal theme, the site's config
  const zip = join(work, 'sahel-widgets-wordpress.zip');
  execFileSync('node', [join(here, 'zip.mjs'), zip], { stdio: 'ignore' });
  execFileSync('python3', ['-m', 'zipfile', '-e', zip, join(content, 'plugins')]);
  cpSync(join(here, 'theme-style.css'), join(content, 'themes/sahel-test/style.css'));
  cpSync(join(here, 'theme-index.php'), join(content, 'themes/sahel-test/index.php'));
  const port = await freePort();
  const site = `http://127.0.0.1:${port}`;
  const config = '/etc/wordpress/config-sahel-test.php';
  writeFileSync(config, `<?php
define('DB_NAME', 'wp'); define('DB_USER', 'wp'); define('DB_PASSWORD', '${pass}'); define('DB_HOST', 'localhost:${sock}');
define('WP_CONTENT_DIR', '${content}'); define('WP_CONTENT_URL', '${site}/wp-content');
define('WP_HOME', '${site}'); define('WP_SITEURL', '${site}');
define('WP_HTTP_BLOCK_EXTERNAL', true); define('DISABLE_WP_CRON', true); define('AUTOMATIC_UPDATER_DISABLED', true);
define('AUTH_KEY', '${pass}a'); define('SECURE_AUTH_KEY', '${pass}b'); define('LOGGED_IN_KEY', '${pass}c'); define('NONCE_KEY', '${pass}d');
define('AUTH_SALT', '${pass}e'); define('SECURE_AUTH_SALT', '${pass}f'); define('LOGGED_IN_SALT', '${pass}g'); define('NONCE_SALT', '${pass}h');
$table_prefix = 'wp_';
`);
  try {
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', join(here, 'router.php')], { env: { ...process.env, SAHEL_WP_CONTENT: content, PHP_CLI_SERVER_WORKERS: '2' }, stdio: 'ignore', detached: true });
    // its own process group: `php -S` with workers forks, and the workers outlive a signal to the parent alone
    php.group = true;
    children.push(php);
    await waitFor('php -S', async () => (await fetch(`${site}/readme.html`)).ok);
    const setup = JSON.parse(sh(`php ${join(here, 'setup.php')} ${site} ${join(repo, 'data/niamey-protests-2024/story.json')}`, { env: { ...process.env, SAHEL_WP_CONTENT: content } }).trim().split('\n').pop());
    console.log(`WordPress installed, post saved at ${t()}`);
    check('plugin activated', setup.activated === true);
    check('the author has no unfiltered_html (KSES applies)', setup.author_unfiltered_html === false);
    check('KSES keeps a hand-typed <quote-card quote> (attributes allowed)', setup.kept_tag === true);
    check('KSES still strips the author\'s <script> and onclick', setup.stripped_script === true);
    check('a story of the wrong shape is refused', /not valid/.test(setup.rejects.shape), setup.rejects.shape);
    check('a story over 5 MB is refused', /larger than 5 MB/.test(setup.rejects.size), setup.rejects.size);

    const story = JSON.parse(readFileSync(join(repo, 'data/niamey-protests-2024/story.json'), 'utf8'));
    const quote = story.quotes.find((q) => q.id === 'condescending-attitude');
    const url = `${site}/?p=${setup.post}`;
    const browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
    try {
      const page = await browser.newPage();
      await page.setViewport({ width: 1000, height: 900 });
      const requests = [];
      const errors = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      const response = await page.goto(url, { waitUntil: 'networkidle0' });
      check('the post is served', response.status() === 200, String(response.status()));
      await page.waitForFunction(() => ['sahel-timeline', 'quote-card', 'actor-badge', 'key-figures', 'actor-relations', 'sahel-map'].every((t) => customElements.get(t)), { timeout: 10000 });
      await new Promise((r) => setTimeout(r, 800));
      const rendered = await page.evaluate(() => {
        const deep = (n) => [...(n.shadowRoot ?? n).childNodes].map((c) => (c.nodeType === 3 ? c.textContent : c.nodeType === 1 ? deep(c) : '')).join(' ');
        const text = (sel) => [...document.querySelectorAll(sel)].map((e) => (e.shadowRoot ? deep(e) : '')).join(' ').replace(/\s+/g, ' ');
        return {
          timeline: text('sahel-timeline'), quote: text('.sahel-widgets-quote quote-card'), typed: text('p quote-card'), badge: text('actor-badge'),
          figures: text('key-figures'), relations: text('actor-relations'), map: document.querySelector('sahel-map')?.shadowRoot?.querySelector('svg') ? 'svg' : '',
          scripts: [...document.querySelectorAll('script[src*="sahel-widgets.js"]')].map((s) => s.type),
          stories: [...document.querySelectorAll('sahel-story')].map((s) => s.state?.status ?? s.getAttribute('src')),
        };
      });
      check('the bundle is loaded once, as a module', rendered.scripts.length === 1 && rendered.scripts[0] === 'module', JSON.stringify(rendered.scripts));
      check('every <sahel-story> loaded the story from this site', rendered.stories.length >= 5 && rendered.stories.every((s) => s === 'ready' || s === 'loaded'), JSON.stringify(rendered.stories));
      check('the timeline renders the story\'s events', story.events.every((e) => rendered.timeline.includes(e.title)), rendered.timeline.slice(0, 200));
      check('the quote block renders its quote', rendered.quote.includes(quote.text.slice(0, 40)), rendered.quote.slice(0, 200));
      check('the hand-typed <quote-card> renders', rendered.typed.includes(story.quotes.find((q) => q.id === 'sign-1').text.slice(0, 20)), rendered.typed.slice(0, 200));
      check('the actor shortcode renders a badge', rendered.badge.includes(story.actors.find((a) => a.id === 'niger').name), rendered.badge.slice(0, 200));
      check('figures and relations render', rendered.figures.includes(story.figures[0].label.slice(0, 15)) && rendered.relations.length > 20, `${rendered.figures.slice(0, 100)} | ${rendered.relations.slice(0, 100)}`);
      check('the map renders', rendered.map === 'svg');
      check('no console errors', errors.length === 0, errors.join(' | '));
      const foreign = requests.filter((u) => !u.startsWith(`${site}/`));
      check('no request to another origin', foreign.length === 0, foreign.join(' '));
      if (process.env.SAHEL_SCREENSHOTS) await page.screenshot({ path: join(process.env.SAHEL_SCREENSHOTS, 'wordpress-post.png') });

      const nojs = await browser.newPage();
      await nojs.setViewport({ width: 1000, height: 900 });
      await nojs.setJavaScriptEnabled(false);
      await nojs.goto(url, { waitUntil: 'load' });
      const fallback = await nojs.evaluate(() => ({
        timeline: document.querySelector('sahel-timeline')?.innerText ?? '',
        quote: document.querySelector('.sahel-widgets-quote quote-card')?.innerText ?? '',
        badge: document.querySelector('actor-badge')?.innerText ?? '',
      }));
      check('without JavaScript, the timeline\'s fallback lists every event', story.events.every((e) => fallback.timeline.includes(e.title)), fallback.timeline.slice(0, 200));
      check('without JavaScript, the quote\'s fallback shows its words and speaker', fallback.quote.includes(quote.text.slice(0, 40)) && fallback.quote.includes(story.actors.find((a) => a.id === quote.speaker).name), fallback.quote);
      check('without JavaScript, the badge shows the name', fallback.badge.includes(story.actors.find((a) => a.id === 'niger').name), fallback.badge);
      if (process.env.SAHEL_SCREENSHOTS) await nojs.screenshot({ path: join(process.env.SAHEL_SCREENSHOTS, 'wordpress-no-js.png'), fullPage: true });
      await nojs.close();

      // Issue 16: the server-rendered fallback is as tall as the widget it becomes, so the upgrade shifts
      // nothing. Each timeline, quote and badge the plugin rendered, at the theme's width (760 px of a
      // 1000 px window) and a phone's: its box with JavaScript off, then after every widget upgraded.
      for (const width of [1000, 390]) {
        const partial = story.quotes.filter((q) => q.partial).map((q) => q.id);
        const before = await widgetBoxes(browser, url, width, false, partial);
        const after = await widgetBoxes(browser, url, width, true, partial);
        check(`${width} px: the same ${before.length} timeline, quote and badge widgets with and without JavaScript`, before.length >= 9 && before.map((b) => b.tag).join() === after.map((b) => b.tag).join(), `${before.length} / ${after.length}`);
        check(`${width} px: without JavaScript each shows its fallback; with it, each upgraded and rendered`, before.every((b) => !b.upgraded && b.text.trim()) && after.every((a) => a.upgraded), JSON.stringify([before.map((b) => b.upgraded), after.map((a) => a.upgraded)]));
        before.forEach((b, i) => {
          const a = after[i];
          if (!a) return;
          const dh = a.height - b.height;
          const dw = b.width === undefined ? 0 : a.width - b.width;
          const line = `no JS ${b.height.toFixed(1)} px, upgraded ${a.height.toFixed(1)} px (Δ ${dh.toFixed(1)})${b.width === undefined ? '' : `, width ${b.width.toFixed(1)} → ${a.width.toFixed(1)} (Δ ${dw.toFixed(1)})`}`;
          // A partial quote upgrades to the reporter's sentence under a "Partial quote" label, which the
          // builder's fallbackHtml (and so this port of it) does not write yet: measured and listed, not held,
          // until the fallback says "Partial quote" (then it is held like the others).
          if (b.partial && !b.text.includes('Partial quote')) {
            console.log(`  not held (the fallback lacks the partial quote's sentence): ${width} px ${b.name}: ${line}`);
            return;
          }
          console.log(`  ${width} px ${b.name}: ${line}`);
          check(`${width} px ${b.name}: the upgrade keeps the height (±2 px)`, a.height > 10 && Math.abs(dh) <= 2 && Math.abs(dw) <= 2, line);
        });
      }
      const rest = await fetch(`${site}/?rest_route=/sahel-widgets/v1/story/${setup.post}`);
      check('the story is served from the site\'s REST API', rest.ok && (await rest.json()).id === story.id);
      const proxy = await fetch(`${site}/?rest_route=/sahel-widgets/v1/story/${setup.post}&ref=${setup.unused_attachment}`);
      check('the REST route refuses a story the post does not use', proxy.status === 404, String(proxy.status));
    } finally {
      await browser.close();
    }
  } finally {
    rmSync(config, { force: true });
  }
}

// `--install`: only the packages (php-cli among them), for a CI that runs test/node/wordpress-fallback.test.ts
// (which needs php) before this test
if (process.argv.includes('--install')) {
  ensurePackages();
  process.exit(0);
}

try {
  await main();
} catch (error) {
  failed++;
  console.log(`FAIL ${error.message}`);
} finally {
  for (const c of children.reverse()) {
    try {
      if (c.group) process.kill(-c.pid, 'SIGTERM');
      else c.kill();
    } catch {
      /* already gone */
    }
  }
}
console.log(`wordpress: ${passed} passed, ${failed} failed (${t()})`);
process.exit(failed ? 1 : 0);
