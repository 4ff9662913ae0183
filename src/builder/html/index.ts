/**
 * Static fallback HTML of a widget's content (issue 16, item 1): light-DOM children for the widget's tag,
 * shown when JavaScript is off, read by search engines and feed readers, and hidden in place when the
 * element upgrades (the element renders in its shadow root; `hostStyles` hides light children).
 *
 * Node-only (never imported by src/elements). Every story string is HTML-escaped, story text carries the
 * story's `lang`, and only `http:`/`https:` URLs become links (DESIGN §8). The markup is semantic; inline
 * `style` attributes lay it out like the widget's first view (its boxes, paddings, fonts and line heights;
 * container queries as `clamp()`s on the same widths), so the upgrade keeps the height to the pixel
 * (test/node/fallback-height.test.ts). CMS sanitisers that strip `style` keep the content.
 * One file per widget: timeline.ts, figures.ts, list.ts, map.ts, relations.ts; quote and badge below.
 */
// every language's strings, synchronously: the fallback is written in Node, in one go
import '../../shared/i18n/all.js';
import { stringsFor } from '../../shared/i18n/strings.js';
import type { Quote, Story } from '../../story/types.js';
import { actorOf, chip, escapeHtml, notFound, sourceLine, text, VISUALLY_HIDDEN } from './common.js';
import type { Ctx } from './common.js';
import { figures } from './figures.js';
import { list } from './list.js';
import { map } from './map.js';
import { relations } from './relations.js';
import { timeline } from './timeline.js';
import { sentenceBounds } from '../../shared/sentence-bounds.js';

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

const PARTIAL_LABEL =
  'display:block;inline-size:fit-content;margin-block-end:0.25rem;padding-inline:0.4em;border:1px dashed currentColor;border-radius:1em;color:light-dark(#585858,#bdbdbd);font-size:0.75em;font-weight:600';
const PARTIAL_WORDS = 'background:light-dark(#fff0b8,#4d3d00);color:inherit;text-decoration:underline 1px light-dark(#9a3412,#fdba74);text-underline-offset:0.2em';

/**
 * A partial quote as the card shows it (quote-words.ts): the "Partial quote" label, then the reporter's sentence
 * with the quoted words marked; never the fragment alone between quotation marks, as if it were all that was said.
 */
function partialWords(c: Ctx, quote: Quote): string {
  const { paragraph, start, end } = quote.source;
  const all = c.story.article.paragraphs.find((p) => p.id === paragraph)?.text ?? '';
  const [a, b] = sentenceBounds(all, start, end, c.story.article.language || c.ui, true);
  return (
    `<span lang="${escapeHtml(c.ui)}" style="${PARTIAL_LABEL}">${escapeHtml(c.t.partialQuote)}</span> ` +
    `${escapeHtml(all.slice(a, start))}<mark style="${PARTIAL_WORDS}">${escapeHtml(all.slice(start, end))}</mark>${escapeHtml(all.slice(end, b))}`
  );
}

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
    `<blockquote${c.lang} style="margin:0;${size}"><p style="${line}">${parts.length === 1 && quote.partial ? partialWords(c, quote) : `${escapeHtml(c.t.openQuote)}${escapeHtml(words)}${escapeHtml(c.t.closeQuote)}`}</p></blockquote> ` +
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
 * `attributes` are the element's own (`quote`, `speaker`, `all`, `actor`, `figure`, `contested`, `kind`, `from`,
 * `to`, `variant`, `layout`, `compact`, `sort`, `heading-level`, `lang` for the UI words); unknown ones are ignored.
 * An unknown id gives a short note instead of content; the function never throws for story content.
 */
export function fallbackHtml(story: Story, widget: FallbackWidget, attributes: Record<string, string> = {}): string {
  const render = RENDER[widget];
  if (!render) throw new Error(`fallbackHtml: unknown widget "${String(widget)}" (one of ${FALLBACK_WIDGETS.join(', ')})`);
  const ui = validLocale(attributes.lang) ?? validLocale(story.article.language) ?? 'en';
  const lang = story.article.language ? ` lang="${escapeHtml(story.article.language)}"` : '';
  return render({ story, attrs: attributes, ui, t: stringsFor(ui), lang });
}
