/**
 * `sahel-widgets preview` in Chromium (issue 15, item 4): a drafted article is served with its items
 * highlighted (a mark of each kind, the `# check:` list before the article) and the widgets rendering
 * the draft beside it; an edit of story.yaml shows up on the open page without a reload.
 * Needs `npm run build` first (the page loads dist/sahel-widgets.core.js).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import type { Browser, Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { draft } from '../../src/builder/draft/draft.js';
import { startPreview, type Preview } from '../../src/builder/preview.js';

const repo = resolve(import.meta.dirname, '../..');
const ARTICLE = 'lokoja-flood-2025';
const bundle = join(repo, 'dist/sahel-widgets.core.js');

describe('preview page in Chromium', { skip: existsSync(bundle) ? false : 'run `npm run build` first' }, () => {
  let root: string;
  let dir: string;
  let preview: Preview;
  let browser: Browser;
  let page: Page;

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'sahel-preview-'));
    dir = join(root, ARTICLE); // the folder's name is the story id
    mkdirSync(dir);
    const gold = JSON.parse(readFileSync(join(repo, 'data', ARTICLE, 'story.json'), 'utf8')) as { article: { published: string } };
    const r = draft(readFileSync(join(repo, 'data', ARTICLE, 'article.txt'), 'utf8'), { published: gold.article.published, id: ARTICLE });
    writeFileSync(join(dir, 'article.txt'), r.articleText);
    writeFileSync(join(dir, 'story.yaml'), r.yamlText);
    preview = await startPreview(dir, { port: 0 });
    browser = await puppeteer.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 1000 });
    await page.goto(preview.url, { waitUntil: 'load' });
    await page.waitForSelector('#article mark', { timeout: 20_000 });
  });
  after(async () => {
    await browser?.close();
    await preview?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('highlights every kind of item in the article, the check list first', async () => {
    const kinds = await page.$$eval('#article mark', (ms) => [...new Set(ms.map((m) => (m as HTMLElement).dataset.kind))].sort());
    assert.deepEqual(kinds, ['actor', 'event', 'figure', 'place', 'quote']);
    assert.ok((await page.$$('#article mark.k-check')).length > 0, 'items to check are outlined');
    const checks = await page.$$eval('#checks li', (li) => li.length);
    assert.ok(checks > 0, 'the # check: items are listed');
    const checksFirst = await page.evaluate(() => Boolean(document.getElementById('checks')!.compareDocumentPosition(document.getElementById('article')!) & Node.DOCUMENT_POSITION_FOLLOWING));
    assert.ok(checksFirst, 'the check list stands before the article');
    assert.equal(await page.$$eval('#errors li', (li) => li.length), 0);
  });

  it('renders the widgets with the draft story', async () => {
    await page.waitForFunction(() => (document.querySelector('sahel-timeline')?.shadowRoot?.querySelectorAll('li, [part~="event"]').length ?? 0) > 0, { timeout: 20_000 });
    await page.waitForFunction(() => (document.querySelector('actor-list')?.shadowRoot?.textContent ?? '').trim().length > 0, { timeout: 20_000 });
    assert.ok((await page.$$('#quotes quote-card')).length > 0);
  });

  it('shows an edit of story.yaml without a reload', async () => {
    await page.evaluate(() => { (window as unknown as { marker: string }).marker = 'still here'; });
    const builtAt = await page.evaluate(() => document.documentElement.dataset.builtAt);
    const yaml = readFileSync(join(dir, 'story.yaml'), 'utf8');
    const title = /^ {4}title: (.+)$/m.exec(yaml.slice(yaml.indexOf('\nevents:')));
    assert.ok(title, 'the draft has an event title');
    writeFileSync(join(dir, 'story.yaml'), yaml.replace(title[0], '    title: An edited title for the preview test'));
    await page.waitForFunction((t) => document.documentElement.dataset.builtAt !== t, { timeout: 20_000 }, builtAt);
    await page.waitForFunction(() => (document.querySelector('sahel-timeline')?.shadowRoot?.textContent ?? '').includes('An edited title for the preview test'), { timeout: 20_000 });
    assert.equal(await page.evaluate(() => (window as unknown as { marker?: string }).marker), 'still here', 'the page was not reloaded');
    if (process.env.PREVIEW_SCREENSHOT) await page.screenshot({ path: process.env.PREVIEW_SCREENSHOT, fullPage: false });
  });
});
