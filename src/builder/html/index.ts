/**
 * Static fallback HTML of a widget's content (issue 16, item 1): light-DOM children for the widget's tag,
 * shown when JavaScript is off, read by search engines and feed readers, and hidden in place when the
 * element upgrades (the element renders in its shadow root; `hostStyles` hides light children).
 *
 * Node-only (never imported by src/elements). Every story string is HTML-escaped, story text carries the
 * story's `lang`, and only `http:`/`https:` URLs become links (DESIGN §8). The markup is semantic and
 * unstyled except for a few inline `style` attributes that give it roughly the widget's size, so that
 * the upgrade shifts nothing measurable (CMS sanitisers that strip `style` keep the content).
 */
import { formatFuzzyDate } from '../../story/fuzzy-date.js';
import '../../shared/i18n/all.js';
import { stringsFor } from '../../shared/i18n/strings.js';
import type { Actor, ActorKind, Figure, Quote, Story } from '../../story/types.js';
import { actorOf, chip, escapeHtml, notFound, sourceLine, text, VISUALLY_HIDDEN } from './common.js';
import type { Ctx } from './common.js';
import { timeline } from './timeline.js';

export { escapeHtml, httpUrl } from './common.js';

export type FallbackWidget = 'timeline' | 'quote' | 'badge' | 'list' | 'figures' | 'map' | 'relations';

/** The tag of each widget, for callers that write the element around the fallback. */
export const FALLBACK_TAGS: Readonly<Record<FallbackWidget, string>> = {
  timeline: 'sahel-timeline',
  quote: 'quote-card',
  badge: 'actor-badge',
  list: 'actor-list',
  figures: 'key-figures',
  map: 'sahel-map',
  relations: 'actor-relations',
};

export const FALLBACK_WIDGETS = Object.keys(FALLBACK_TAGS) as FallbackWidget[];

// ---------------------------------------------------------------- quote

/**
 * One passage, laid out like `<quote-card>`'s card (padding, borders, quote size, caption lines; the
 * buttons row becomes the source line, with the buttons' padding) so that the upgrade keeps its height.
 */
const CARD_FIGURE = 'padding:1rem;border:1px solid light-dark(#d4d4d4,#48484a);border-inline-start:4px solid light-dark(#9a3412,#fdba74);border-radius:0.375rem';
const COMPACT_FIGURE = 'padding:0.25rem 0.5rem;border-inline-start:3px solid light-dark(#9a3412,#fdba74)';
const PULL_FIGURE = 'padding:1rem 0;border-block:3px solid light-dark(#9a3412,#fdba74);text-align:center';

function quotePassage(c: Ctx, quote: Quote, last = true): string {
  const { variant } = c.attrs;
  const pull = variant === 'pull';
  const compact = variant === 'compact';
  const parts = [quote];
  for (let next; (next = c.story.quotes.find((q) => q.continues === parts[parts.length - 1].id)); ) parts.push(next);
  const actor = actorOf(c, quote.speaker);
  const words = parts.map((q) => q.text).join(' ');
  const hidden = (s: string) => (compact ? `<span style="${VISUALLY_HIDDEN}">${s}</span>` : s);
  const who = actor
    ? [chip(c, actor), actor.age === undefined ? '' : escapeHtml(c.t.age(actor.age)), actor.anonymous ? escapeHtml(c.t.anonymous) : ''].filter(Boolean).join(', ')
    : '';
  const muted = 'color:light-dark(#585858,#bdbdbd)';
  const role = actor?.role ? hidden(`<span style="display:block;${muted}">${text(c, actor.role)}</span>`) : '';
  const medium = quote.medium === 'broadcast' && quote.channel ? c.t.broadcastChannel[quote.channel] : c.t.quoteMedium[quote.medium];
  const context = quote.context ? ` · ${text(c, quote.context)}` : '';
  // compact: quote, speaker and icon run on in one paragraph (the role and medium words are hidden there)
  const line = compact ? 'display:inline;margin:0' : 'margin:0';
  const r = actor?.anonymous ? actor.anonymityReason : undefined;
  const reason = r && c.story.article.paragraphs.find((p) => p.id === r.paragraph)?.text.slice(r.start, r.end);
  const anonymity = reason ? `<p style="margin:0;${muted}"><span style="font-weight:600">${escapeHtml(c.t.anonymityReason)}</span> ${text(c, reason)}</p>` : '';
  const icon = '<span aria-hidden="true" style="display:inline-block;inline-size:1.1em;block-size:1.1em;margin-inline-end:0.25rem;vertical-align:-0.2em"></span>';
  const figure = pull ? PULL_FIGURE : compact ? COMPACT_FIGURE : CARD_FIGURE;
  const size = pull ? 'font-size:1.625em;line-height:1.25;text-wrap:balance' : compact ? 'display:inline;font-size:1em;line-height:1.45' : 'font-size:1.125em;line-height:1.45';
  return (
    `<figure style="margin:0 0 ${last ? '0' : '1rem'};${figure}">` +
    `<blockquote${c.lang} style="margin:0;${size}"><p style="${line}">${escapeHtml(c.t.openQuote)}${escapeHtml(words)}${escapeHtml(c.t.closeQuote)}</p></blockquote> ` +
    `<figcaption style="${compact ? 'display:inline' : 'display:grid;gap:0.25rem;margin-block-start:0.5rem;font-size:0.9em'}">` +
    `<p style="${line}">— ${who}${role}</p> ${anonymity}<p style="${line};${muted}">${icon}${hidden(`${escapeHtml(medium)}${context}`)}</p>` +
    // one line, like the card's buttons row: the whole source stays in the text for readers and crawlers
    `<p style="margin:${compact ? '0.25rem 0 0;font-size:0.9em' : '0'};padding-block:calc(0.125em + 1px);white-space:nowrap;overflow:hidden;text-overflow:ellipsis">${sourceLine(c)}</p></figcaption>` +
    `</figure>`
  );
}

function quote(c: Ctx): string {
  const { quote: id, speaker } = c.attrs;
  const all = 'all' in c.attrs && c.attrs.all !== 'false';
  if (id) {
    let q = c.story.quotes.find((x) => x.id === id);
    if (!q) return notFound(c, 'quote', id);
    for (let prev; q.continues && (prev = c.story.quotes.find((x) => x.id === q?.continues)); ) q = prev;
    return quotePassage(c, q);
  }
  if (speaker) {
    const actor = actorOf(c, speaker);
    if (!actor) return notFound(c, 'actor', speaker);
    const starts = c.story.quotes.filter((q) => q.speaker === speaker && !(q.continues && c.story.quotes.some((p) => p.id === q.continues)));
    if (!starts.length) return `<p role="note">${escapeHtml(c.t.noQuotes(actor.name))}</p>`;
    const shown = all ? starts : starts.slice(0, 1);
    return shown.map((q, i) => quotePassage(c, q, i === shown.length - 1)).join('');
  }
  return '';
}

// ---------------------------------------------------------------- badge

function badge(c: Ctx): string {
  const id = c.attrs.actor;
  if (!id) return '';
  const actor = actorOf(c, id);
  if (!actor) return `<span role="note">${escapeHtml(c.t.notFound('actor', id))}</span>`;
  // Phrasing content only: badges sit inside paragraphs.
  if (c.attrs.variant === 'text') return text(c, actor.name);
  return chip(c, actor);
}

// ---------------------------------------------------------------- list

const KINDS: ActorKind[] = ['person', 'organization', 'country', 'group'];

function list(c: Ctx): string {
  const level = Math.min(6, Math.max(2, Number(c.attrs['heading-level']) || 3));
  const byName = c.attrs.sort === 'name';
  const groups = KINDS.map((kind) => {
    const actors = c.story.actors
      .filter((a) => a.kind === kind)
      .sort((a, b) => (byName ? a.name.localeCompare(b.name, c.story.article.language) : b.mentions.length - a.mentions.length));
    if (!actors.length) return '';
    const item = (a: Actor) => `<li>${text(c, a.name, 'strong')}${a.role ? `, ${text(c, a.role)}` : ''}</li>`;
    return `<h${level} style="margin:0.75rem 0 0.25rem;font-size:1em">${escapeHtml(c.t.actorKinds[kind])}</h${level}><ul style="margin:0;padding-inline-start:1.25rem">${actors.map(item).join('')}</ul>`;
  });
  return `<section aria-label="${escapeHtml(c.t.cast)}">${groups.join('')}</section>`;
}

// ---------------------------------------------------------------- figures

function figureValue(c: Ctx, f: Figure): string {
  let nf: Intl.NumberFormat | undefined;
  try {
    nf = new Intl.NumberFormat(c.ui, f.currency ? { style: 'currency', currency: f.currency, maximumFractionDigits: 2 } : {});
  } catch {
    // a currency code Intl refuses: the plain number
  }
  const num = (n: number) => nf?.format(n) ?? String(n);
  let value = f.value !== undefined ? num(f.value) : f.min !== undefined && f.max !== undefined ? `${num(f.min)}–${num(f.max)}` : num(f.min ?? f.max ?? NaN);
  if (f.qualifier) value = c.t.qualifier[f.qualifier](value);
  else if (f.approximate) value = c.t.qualifier.about(value);
  return value;
}

function figures(c: Ctx): string {
  const { figure: id, actor } = c.attrs;
  const chosen = c.story.figures.filter((f) => (!id || f.id === id) && (!actor || f.claimedBy === actor || f.actors?.includes(actor)));
  if (!chosen.length) return `<p role="note">${escapeHtml(id ? c.t.noFigure(id) : c.t.noFigures)}</p>`;
  const item = (f: Figure) => {
    const who = f.claimedBy && actorOf(c, f.claimedBy);
    const claim = who ? ` <small>(${escapeHtml(c.t.claimedBy)} ${text(c, who.name)})</small>` : '';
    const unit = f.unit && !f.currency ? ` ${text(c, f.unit)}` : '';
    return `<li><strong>${escapeHtml(figureValue(c, f))}</strong>${unit}: ${text(c, f.label)}${claim}</li>`;
  };
  // the inline variant stands inside a sentence (a <p>): phrasing content only, or the parser would close
  // the paragraph and put the list after the widget
  if (c.attrs.variant === 'inline') {
    const f = chosen[0];
    return `<span><strong>${escapeHtml(figureValue(c, f))}</strong>${f.unit && !f.currency ? ` ${text(c, f.unit)}` : ''}</span>`;
  }
  return `<section aria-label="${escapeHtml(c.t.keyFigures)}"><ul style="margin:0;padding-inline-start:1.25rem">${chosen.map(item).join('')}</ul></section>`;
}

// ---------------------------------------------------------------- map

function map(c: Ctx): string {
  if (!c.story.places.length) return `<p role="note">${escapeHtml(c.t.noPlaces)}</p>`;
  const name = (id: string | undefined) => c.story.places.find((p) => p.id === id)?.name;
  const item = (p: Story['places'][number]) => {
    const within = name(p.in);
    return `<li>${text(c, p.name, 'strong')} <small>(${escapeHtml(c.t.placeKind[p.kind])}${within ? `, ${text(c, within)}` : ''})</small></li>`;
  };
  return `<section aria-label="${escapeHtml(c.t.mapTitle)}"><ul style="margin:0;padding-inline-start:1.25rem">${c.story.places.map(item).join('')}</ul></section>`;
}

// ---------------------------------------------------------------- relations

function relations(c: Ctx): string {
  const { actor, kind } = c.attrs;
  const chosen = c.story.relations.filter((r) => (!actor || r.from === actor || r.to === actor) && (!kind || r.kind === kind));
  if (!chosen.length) return `<p role="note">${escapeHtml(c.t.noRelations)}</p>`;
  const nameOf = (id: string) =>
    c.story.actors.find((a) => a.id === id)?.name ??
    c.story.places.find((p) => p.id === id)?.name ??
    c.story.events.find((e) => e.id === id)?.title ??
    c.story.figures.find((f) => f.id === id)?.label ??
    id;
  const item = (r: Story['relations'][number]) => {
    const since = r.since ? ` <small>(${escapeHtml(c.t.since(formatFuzzyDate(r.since, c.ui)))})</small>` : '';
    return `<li>${text(c, nameOf(r.from), 'strong')} — ${text(c, r.label)} <span aria-hidden="true">→</span><span style="${VISUALLY_HIDDEN}"> ${escapeHtml(c.t.relationTo)}</span> ${text(c, nameOf(r.to), 'strong')}${since}</li>`;
  };
  return `<section aria-label="${escapeHtml(c.t.relations)}"><ul style="margin:0;padding-inline-start:1.25rem">${chosen.map(item).join('')}</ul></section>`;
}

/** A BCP 47 tag `Intl` accepts, else `undefined`. */
function validLocale(tag: string | undefined): string | undefined {
  try {
    return tag ? Intl.getCanonicalLocales(tag)[0] : undefined;
  } catch {
    return undefined;
  }
}

const RENDER: Record<FallbackWidget, (c: Ctx) => string> = { timeline, quote, badge, list, figures, map, relations };

/**
 * The static HTML of `widget`'s content for `story`, to be placed inside the widget's tag:
 * `<quote-card quote="q1">${fallbackHtml(story, 'quote', { quote: 'q1' })}</quote-card>`.
 * `attributes` are the element's own (`quote`, `speaker`, `all`, `actor`, `figure`, `kind`, `from`, `to`,
 * `variant`, `sort`, `heading-level`, `lang` for the UI words); unknown ones are ignored.
 * An unknown id gives a short note instead of content; the function never throws for story content.
 */
export function fallbackHtml(story: Story, widget: FallbackWidget, attributes: Record<string, string> = {}): string {
  const render = RENDER[widget];
  if (!render) throw new Error(`fallbackHtml: unknown widget "${String(widget)}" (one of ${FALLBACK_WIDGETS.join(', ')})`);
  const ui = validLocale(attributes.lang) ?? validLocale(story.article.language) ?? 'en';
  const lang = story.article.language ? ` lang="${escapeHtml(story.article.language)}"` : '';
  return render({ story, attrs: attributes, ui, t: stringsFor(ui), lang });
}
