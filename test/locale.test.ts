import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LocaleController, holdForStrings, langOf } from '../src/shared/locale.js';
import { fr } from '../src/shared/i18n/fr.js';
import { ha } from '../src/shared/i18n/ha.js';
import { englishNumber, englishPlural } from '../src/shared/i18n/en-numbers.js';
import { en, hasStrings, loadStrings, stringsFor } from '../src/shared/i18n/strings.js';
import type { FuzzyDate } from '../src/story/types.js';

const summer: FuzzyDate = { edtf: '2023-22', start: '2023-06-01', end: '2023-08-31', precision: 'season', basis: 'article' };

/** A tiny widget: its title and a date in its own language, and how often it rendered. */
class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this);
  renders = 0;

  protected override scheduleUpdate(): Promise<unknown> | undefined {
    return holdForStrings(this.locale, () => super.scheduleUpdate());
  }

  override render() {
    this.renders++;
    return html`<h2>${this.locale.strings.timeline}</h2>
      <p>${this.locale.format(summer)}</p>`;
  }

  get text(): string {
    return [...(this.shadowRoot?.querySelectorAll('h2, p') ?? [])].map((n) => n.textContent).join(' | ');
  }
}
if (!customElements.get('locale-probe')) customElements.define('locale-probe', LocaleProbe);

/** The first match of `selector`, which the test expects to exist. */
function one<T extends Element = HTMLElement>(root: ParentNode, selector: string): T {
  const el = root.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
}

/** A host element with an open shadow root holding `content`; returns the shadow root. */
function shadowHost(host: Element, content: string): ShadowRoot {
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = content;
  return root;
}

const settle = (probe: LocaleProbe, text: string) =>
  waitUntil(() => probe.text === text, `probe never showed "${text}" (shows "${probe.text}")`, { timeout: 2000 });

describe('langOf', () => {
  let rootLang: string | null;
  beforeEach(() => (rootLang = document.documentElement.getAttribute('lang')));
  afterEach(() => {
    if (rootLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', rootLang);
  });

  it('reads the nearest ancestor across a shadow root boundary', async () => {
    const outer = await fixture(html`<div lang="fr"><section><div class="host"></div></section></div>`);
    const root = shadowHost(one(outer, '.host'), '<p><span>x</span></p>');
    expect(langOf(one(root, 'span'))).to.equal('fr');
    expect(langOf(root)).to.equal('fr');
  });

  it('prefers a closer lang, inside the shadow root or on the node itself', async () => {
    const outer = await fixture(html`<div lang="fr"><div class="host"></div></div>`);
    const root = shadowHost(one(outer, '.host'), '<div lang="en-GB"><span>x</span><b lang="de">y</b></div>');
    expect(langOf(one(root, 'span'))).to.equal('en-GB');
    expect(langOf(one(root, 'b'))).to.equal('de');
  });

  it('falls back to <html lang>, then to en', async () => {
    const detached = document.createElement('span');
    document.documentElement.setAttribute('lang', 'fr-CA');
    expect(langOf(detached)).to.equal('fr-CA');
    const inPage = await fixture(html`<p>x</p>`);
    expect(langOf(inPage)).to.equal('fr-CA');
    document.documentElement.removeAttribute('lang');
    expect(langOf(detached)).to.equal('en');
    expect(langOf(inPage)).to.equal('en');
  });

  it('reads an empty lang (unknown language) as en', async () => {
    const el = await fixture(html`<div lang="fr"><p lang="">x</p></div>`);
    expect(langOf(one(el, 'p'))).to.equal('en');
  });
});

// Runs before anything else of this page asks for French or Hausa: they are not loaded yet.
describe('locales on demand', () => {
  it('French is not in the page until asked for; a widget in French renders once, in French, once it has loaded', async () => {
    expect(hasStrings('fr')).to.equal(false);
    expect(stringsFor('fr')).to.equal(en);
    const outer = await fixture<HTMLElement>(html`<div lang="fr"></div>`);
    const probe = document.createElement('locale-probe') as LocaleProbe;
    outer.append(probe);
    expect(probe.locale.pending).to.be.instanceOf(Promise);
    await probe.updateComplete;
    expect(probe.text).to.equal('Chronologie | Été 2023');
    expect(probe.renders, 'no English render before the French one').to.equal(1);
    expect([hasStrings('fr-CA'), stringsFor('fr-CA'), probe.locale.pending]).to.deep.equal([true, fr, null]);
  });

  it('loads a language once, whatever its region, and answers English for languages with no strings of their own', async () => {
    expect(hasStrings('ha')).to.equal(false);
    const a = loadStrings('ha');
    expect(loadStrings('HA-ne')).to.equal(a);
    expect(await a).to.equal(ha);
    expect(stringsFor('ha-NE')).to.equal(ha);
    expect(hasStrings('de')).to.equal(true);
    expect(await loadStrings('de')).to.equal(en);
  });

  it('a widget in a language with no strings of its own renders at once, in English', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="de"><locale-probe></locale-probe></div>`);
    const probe = one<LocaleProbe>(outer, 'locale-probe');
    expect(probe.locale.pending).to.equal(null);
    await probe.updateComplete;
    expect(probe.text).to.equal('Timeline | Summer 2023');
    expect(probe.locale.lang).to.equal('de');
  });
});

describe('stringsFor', () => {
  it('matches the primary language subtag', () => {
    expect(stringsFor('fr')).to.equal(fr);
    expect(stringsFor('fr-CA')).to.equal(fr);
    expect(stringsFor('FR_be')).to.equal(fr);
    expect(stringsFor('en-GB')).to.equal(en);
  });

  it('falls back to English', () => {
    expect(stringsFor('de')).to.equal(en);
    expect(stringsFor('')).to.equal(en);
    expect(stringsFor('constructor')).to.equal(en);
  });

  it('defines every English key in French', () => {
    expect(Object.keys(fr).sort()).to.deep.equal(Object.keys(en).sort());
    expect(Object.keys(fr.medium).sort()).to.deep.equal(Object.keys(en.medium).sort());
    expect(Object.keys(fr.actorKind).sort()).to.deep.equal(Object.keys(en.actorKind).sort());
  });

  it('words counts with plural rules', () => {
    expect(en.mentions(1)).to.equal('mentioned once');
    expect(en.mentions(0)).to.equal('mentioned 0 times');
    expect(en.mentions(3)).to.equal('mentioned 3 times');
    expect(en.mentions(1200)).to.equal('mentioned 1,200 times');
    expect(fr.mentions(0)).to.equal('0 mention');
    expect(fr.mentions(1)).to.equal('1 mention');
    expect(fr.mentions(3)).to.equal('3 mentions');
  });

  it('writes English counts as Intl does, without making a NumberFormat or PluralRules', () => {
    const numbers = [0, -0, 1, -1, 2, 7, 10, 99, 100, 999, 1000, 1001, 9999, 10_000, 12_345, 999_999, 1_000_000, 1_234_567_890, -1234, -1_000_000,
      Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 2 ** 53, 1e21, 1.5, 0.0004, 1.23456, -2.5, 1234.5678, NaN, Infinity, -Infinity];
    for (let i = 0, x = 11; i < 500; i++) numbers.push((x = (x * 48271) % 2147483647) % 10 ** (1 + (i % 15)));
    const rules = new Intl.PluralRules('en');
    for (const n of numbers) {
      expect(englishNumber(n), String(n)).to.equal(n.toLocaleString('en'));
      expect(englishPlural(n), String(n)).to.equal(rules.select(n));
    }
    expect(en.timelineOverview(12_345, 'a', 'b', 1_001, [['planned', 2_000]], false)).to.equal('12,345 events, from a to b; 2,000 planned; 1,001 with approximate dates');
  });

  it('fills in parameters', () => {
    expect(en.notFound('quote', 'q9')).to.equal('No quote “q9” in this story');
    expect(fr.notFound('quote', 'q9').replace(/\u00a0/g, ' ')).to.equal('Aucune citation « q9 » dans cet article');
    expect(en.invalid('quotes[3].speaker: no actor "x"')).to.contain('quotes[3].speaker: no actor "x"');
    expect(fr.invalid('events[0].when')).to.contain('events[0].when');
  });
});

describe('LocaleController', () => {
  it('gives a widget its language, strings and date formatting', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="fr-CA"><locale-probe></locale-probe></div>`);
    const probe = one<LocaleProbe>(outer, 'locale-probe');
    await probe.updateComplete;
    expect(probe.locale.lang).to.equal('fr-CA');
    expect(probe.locale.strings).to.equal(fr);
    expect(probe.text).to.equal('Chronologie | Été 2023');
    expect(probe.locale.format(summer, 'long')).to.equal('Été 2023');
  });

  it('re-renders when the lang of an ancestor beyond a shadow root changes', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="en"><div class="host"></div></div>`);
    const root = shadowHost(one(outer, '.host'), '<locale-probe></locale-probe>');
    const probe = one<LocaleProbe>(root, 'locale-probe');
    await settle(probe, 'Timeline | Summer 2023');
    outer.lang = 'fr';
    await settle(probe, 'Chronologie | Été 2023');
    expect(probe.locale.lang).to.equal('fr');
    outer.lang = 'en-GB';
    await settle(probe, 'Timeline | Summer 2023');
    expect(probe.locale.lang).to.equal('en-GB');
  });

  it('re-renders when a lang inside an enclosing shadow root changes', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = shadowHost(host, '<div lang="en"><locale-probe></locale-probe></div>');
    const probe = one<LocaleProbe>(root, 'locale-probe');
    await settle(probe, 'Timeline | Summer 2023');
    one(root, 'div').lang = 'fr';
    await settle(probe, 'Chronologie | Été 2023');
  });

  it('does not re-render for a lang change that does not concern it', async () => {
    const outer = await fixture<HTMLElement>(html`<div><p lang="en">x</p><div lang="en"><locale-probe></locale-probe></div></div>`);
    const probe = one<LocaleProbe>(outer, 'locale-probe');
    await settle(probe, 'Timeline | Summer 2023');
    const renders = probe.renders;
    one(outer, 'p').lang = 'fr';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(probe.renders).to.equal(renders);
    // The same strings, but another region may format dates differently: it re-renders.
    one(outer, 'div[lang]').lang = 'en-GB';
    await waitUntil(() => probe.renders > renders, 'no re-render for en-GB');
    expect(probe.locale.lang).to.equal('en-GB');
  });

  it('observes the document and each enclosing shadow root once, however many widgets sit in it', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const targets: Node[] = [];
    const observe = MutationObserver.prototype.observe;
    MutationObserver.prototype.observe = function (this: MutationObserver, target: Node, options?: MutationObserverInit) {
      if (options?.attributeFilter?.includes('lang')) targets.push(target);
      return observe.call(this, target, options);
    };
    let root: ShadowRoot;
    try {
      root = shadowHost(host, `<div lang="en">${'<locale-probe></locale-probe>'.repeat(20)}</div>`);
      await Promise.all([...root.querySelectorAll<LocaleProbe>('locale-probe')].map((p) => p.updateComplete));
    } finally {
      MutationObserver.prototype.observe = observe;
    }
    expect(targets.filter((t) => t === root), 'the shadow root').to.have.length(1);
    expect(targets.filter((t) => t !== root && t !== document), 'nothing else').to.have.length(0);
    expect(targets.filter((t) => t === document).length, 'the document at most once').to.be.at.most(1);
    // and every widget in it still follows a change there
    one(root, 'div').lang = 'fr';
    for (const probe of root.querySelectorAll<LocaleProbe>('locale-probe')) await settle(probe, 'Chronologie | Été 2023');
  });

  it('watches an enclosing shadow root again after every widget had left the page (the observer was stopped)', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = shadowHost(host, '<div lang="en"><locale-probe></locale-probe></div>');
    const probe = one<LocaleProbe>(root, 'locale-probe');
    await settle(probe, 'Timeline | Summer 2023');
    const div = one(root, 'div');
    probe.remove(); // the last widget of the page: the observer stops
    div.append(probe);
    await probe.updateComplete;
    div.lang = 'fr';
    await settle(probe, 'Chronologie | Été 2023');
  });

  it('catches up with a change made while it was disconnected', async () => {
    const outer = await fixture<HTMLElement>(html`<div lang="en"><locale-probe></locale-probe></div>`);
    const probe = one<LocaleProbe>(outer, 'locale-probe');
    await settle(probe, 'Timeline | Summer 2023');
    probe.remove();
    outer.lang = 'fr';
    outer.append(probe);
    await settle(probe, 'Chronologie | Été 2023');
  });
});
