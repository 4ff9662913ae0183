/**
 * Hausa and Arabic (issue 18): every element's strings in both, dates through Intl or the shipped Hausa month
 * names (Debian's Chromium writes Hausa months as "M04"), Arabic plurals, right-to-left layout, keys and quote marks.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/elements/sahel-story/sahel-story.js';
import '../src/elements/sahel-timeline/sahel-timeline.js';
import '../src/elements/quote-card/quote-card.js';
import '../src/elements/actor-badge/actor-badge.js';
import '../src/elements/actor-list/actor-list.js';
import type { ActorBadge } from '../src/elements/actor-badge/actor-badge.js';
import type { SahelTimeline } from '../src/elements/sahel-timeline/sahel-timeline.js';
import { ar } from '../src/shared/i18n/ar.js';
import { fr } from '../src/shared/i18n/fr.js';
import { ha } from '../src/shared/i18n/ha.js';
import { en, loadStrings, stringsFor } from '../src/shared/i18n/strings.js';
import { formatFuzzyDate } from '../src/story/fuzzy-date.js';
import { fallbackStore, setEmbeddedStory } from '../src/story/story-sources.js';
import type { FuzzyDate } from '../src/story/types.js';
import { miniStory } from './fixtures/mini-story.js';
import { auditStory, deepActive, deepElements } from './helpers/a11y.js';

const story = auditStory(miniStory);
setEmbeddedStory(story);

const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector<T>(s);
const $$ = <T extends Element = HTMLElement>(el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<T>(s)];
const ready = async (root: Element) => {
  for (let i = 0; i < 3; i++) {
    await Promise.all(deepElements(root).map((e) => (e as Partial<{ updateComplete: Promise<unknown> }>).updateComplete));
    await new Promise((r) => requestAnimationFrame(r));
  }
};
const plain = (s: string | null | undefined) => (s ?? '').replace(/[\u00a0\u2009\u202f\u200f\u061c]/g, ' ').replace(/\s+/g, ' ').trim();
const date = (edtf: string, start: string, end: string, precision: FuzzyDate['precision']): FuzzyDate => ({ edtf, start, end, precision, basis: 'article' });
const day = date('2024-04-13', '2024-04-13', '2024-04-13', 'day');
const days = date('2024-03-12/2024-03-14', '2024-03-12', '2024-03-14', 'day');
const month = date('2024-04', '2024-04-01', '2024-04-30', 'month');
const week = date('2024-03-04/2024-03-10', '2024-03-04', '2024-03-10', 'week');

afterEach(async () => {
  fallbackStore().select(null);
  await setViewport({ width: 800, height: 600 });
});

describe('Hausa and Arabic', () => {
  describe('strings', () => {
    it('every locale defines every key; the new translations are marked as needing native review', async () => {
      for (const t of [fr, ha, ar]) expect(Object.keys(t).sort(), t.lang).to.deep.equal(Object.keys(en).sort());
      expect([en.reviewed, fr.reviewed, ha.reviewed, ar.reviewed]).to.deep.equal([true, true, false, false]);
      expect(await loadStrings('ha-NE')).to.equal(ha);
      expect(await loadStrings('ar-TD')).to.equal(ar);
      expect([stringsFor('ha'), stringsFor('ar')]).to.deep.equal([ha, ar]);
    });

    it('Arabic plurals take their six forms; Hausa its two', () => {
      // digits as the engine's Intl writes Arabic numbers (Latin or Arabic-Indic, depending on its CLDR)
      const n = (x: number) => x.toLocaleString('ar');
      expect([0, 1, 2, 3, 11, 100].map((n) => ar.mentions(n))).to.deep.equal(['لم يُذكر', 'ذُكر مرة واحدة', 'ذُكر مرتين', `ذُكر ${n(3)} مرات`, `ذُكر ${n(11)} مرة`, `ذُكر ${n(100)} مرة`]);
      expect(ar.timelineOverview(2, 'أ', 'ب', 0, [], true)).to.equal('حدثان، من أ إلى ب');
      expect(ar.timelineOverview(5, 'أ', 'ب', 0, [], false)).to.equal(`${n(5)} أحداث، من أ إلى ب`);
      expect(ar.timelineOverview(11, 'أ', 'أ', 0, [], false)).to.equal(`${n(11)} حدثًا، أ`);
      expect([1, 4].map((n) => ha.mentions(n))).to.deep.equal(['an ambata sau ɗaya', 'an ambata sau 4']);
    });
  });

  describe('dates', () => {
    // formatFuzzyDate is synchronous: it uses the strings of a language once they are loaded
    before(() => Promise.all([loadStrings('ha'), loadStrings('ar')]));
    it('Hausa: month names in every engine (never "M04"), the CLDR order, ranges in words when spoken', () => {
      for (const d of [day, days, month, week]) for (const style of ['short', 'long'] as const) {
        expect(formatFuzzyDate(d, 'ha', style), `${d.edtf} ${style}`).not.to.match(/\bM\d/);
      }
      expect(plain(formatFuzzyDate(day, 'ha', 'long'))).to.equal('13 Afirilu, 2024');
      expect(plain(formatFuzzyDate(day, 'ha'))).to.equal('13 Afi, 2024');
      expect(plain(formatFuzzyDate(month, 'ha'))).to.equal('Afirilu 2024');
      expect(plain(formatFuzzyDate(days, 'ha'))).to.match(/^12\s?[–-]\s?14 Mar, 2024$/);
      expect(plain(formatFuzzyDate(days, 'ha', 'long'))).to.match(/^daga 12 zuwa 14 Maris,? 2024$/);
      expect(plain(formatFuzzyDate(week, 'ha', 'long'))).to.equal('Makon 4 Maris, 2024');
      expect(plain(formatFuzzyDate(date('2018~', '2018-01-01', '2018-12-31', 'year'), 'ha'))).to.equal('kusan 2018');
    });

    it('Arabic: Intl’s Arabic months and digits, Arabic words', () => {
      const label = formatFuzzyDate(day, 'ar', 'long');
      expect(label).to.match(/\p{Script=Arabic}/u);
      expect(label).not.to.match(/April|M0?4/);
      expect(formatFuzzyDate(days, 'ar', 'long')).to.match(/^من .* إلى /);
      expect(formatFuzzyDate(date('2025-22', '2025-06-01', '2025-08-31', 'season'), 'ar')).to.match(/^صيف /);
    });
  });

  describe('every element in Hausa and in Arabic', () => {
    for (const lang of ['ha', 'ar'] as const) {
      it(`${lang}: UI strings, story text still in English, and axe clean`, async () => {
        const t = stringsFor(lang);
        const dir = lang === 'ar' ? 'rtl' : 'ltr';
        const wrap = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
          <sahel-timeline show-sources></sahel-timeline>
          <quote-card quote="okafor-biggest"></quote-card>
          <p><actor-badge actor="mara-okafor"></actor-badge></p>
          <actor-list></actor-list>
        </div>`);
        await ready(wrap);
        const [timeline, card, badge, list] = ['sahel-timeline', 'quote-card', 'actor-badge', 'actor-list'].map((s) => wrap.querySelector(s)!);
        expect($(timeline, '[part="list"]')!.getAttribute('aria-label')).to.equal(t.timeline);
        expect(plain($(timeline, '.source .label')!.textContent)).to.equal(plain(t.source));
        expect(plain($(card, '.actions button')!.textContent)).to.equal(t.showSource);
        expect(plain($(card, '.mark')!.textContent)).to.equal(t.openQuote);
        expect(plain($$(card, '.mark')[1].textContent)).to.equal(t.closeQuote);
        expect($(badge, '.visually-hidden')!.textContent).to.contain(t.actorKind.person);
        expect(plain($(list, '[part="title"]')!.textContent)).to.equal(t.cast);
        expect($(timeline, '.title')!.getAttribute('lang')).to.equal('en-CA');
        for (const el of [timeline, card, badge, list]) await expect(el).to.be.accessible();
      });
    }
  });

  describe('right to left', () => {
    it('the vertical rail and dots are on the right, chevrons on the left', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="width: 400px"><sahel-timeline></sahel-timeline></div>`);
      const el = wrap.querySelector<SahelTimeline>('sahel-timeline')!;
      await ready(el);
      const item = $(el, '.item')!;
      const style = getComputedStyle(item);
      expect(parseFloat(style.paddingRight), 'room for the rail on the right').to.be.greaterThan(parseFloat(style.paddingLeft));
      expect(style.backgroundImage, 'the dot').to.match(/circle at (right|calc\(100% - )/);
      expect(style.backgroundImage, 'the rail').to.contain('to left');
      const ev = getComputedStyle($(el, '.ev')!);
      expect(parseFloat(ev.paddingLeft), 'room for the chevron on the left').to.be.greaterThan(parseFloat(ev.paddingRight));
      // `left 1em center` (an offset from the left edge), not `right …` (computed as `calc(100% - …)` or `100%`)
      expect(ev.backgroundPosition).to.match(/^(left|[\d.]+px)/);
      expect(ev.backgroundPosition).not.to.contain('100%');
    });

    it('horizontally: the first event is rightmost, and ArrowLeft moves to the next event', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl" style="width: 700px"><sahel-timeline layout="horizontal"></sahel-timeline></div>`);
      const el = wrap.querySelector<SahelTimeline>('sahel-timeline')!;
      await ready(el);
      const buttons = $$(el, 'button.ev');
      const [a, b] = buttons.map((x) => x.getBoundingClientRect());
      expect(a.right, 'reading order runs right to left').to.be.greaterThan(b.right);
      buttons[0].focus();
      await sendKeys({ press: 'ArrowLeft' });
      expect(deepActive() === buttons[1], 'ArrowLeft: next').to.equal(true);
      await sendKeys({ press: 'ArrowRight' });
      expect(deepActive() === buttons[0], 'ArrowRight: previous').to.equal(true);
    });

    it('a badge’s details open inside the viewport, under the badge, aligned to its right edge', async () => {
      await setViewport({ width: 390, height: 800 });
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><p>نص <actor-badge actor="mara-okafor"></actor-badge> نص</p></div>`);
      const badge = wrap.querySelector<ActorBadge>('actor-badge')!;
      await ready(badge);
      const button = $<HTMLButtonElement>(badge, '.badge')!;
      button.click();
      await ready(badge);
      const p = $(badge, '[part="details"]')!.getBoundingClientRect();
      const r = button.getBoundingClientRect();
      expect(p.left).to.be.at.least(0);
      expect(p.right).to.be.at.most(innerWidth + 0.5);
      expect(p.top, 'below the badge').to.be.at.least(r.bottom - 0.5);
      expect(Math.abs(p.right - r.right) < Math.abs(p.left - r.left) || p.left <= 8, 'grows towards the start (left in RTL)').to.equal(true);
    });

    it('an English quote on an Arabic page keeps its own direction inside the card', async () => {
      const wrap = await fixture<HTMLElement>(html`<div lang="ar" dir="rtl"><quote-card quote="okafor-biggest"></quote-card></div>`);
      const card = wrap.querySelector('quote-card')!;
      await ready(card);
      const quote = $(card, 'blockquote')!;
      expect(getComputedStyle(quote).direction).to.equal('ltr');
      expect(getComputedStyle($(card, 'figcaption')!).direction).to.equal('rtl');
      expect(getComputedStyle($(card, 'figure')!).borderRightWidth, 'the accent rule is on the start side').to.equal('4px');
    });
  });
});
