/** Helpers shared by the fallback HTML of every widget (see index.ts). */
import { formatFuzzyDate } from '../../story/fuzzy-date.js';
import type { Strings } from '../../shared/i18n/strings.js';
import type { Story } from '../../story/types.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/** `url` if it is an absolute `http:`/`https:` URL, else `undefined`. */
export function httpUrl(url: string | undefined): string | undefined {
  try {
    return url && /^https?:$/.test(new URL(url).protocol) ? url : undefined;
  } catch {
    return undefined;
  }
}

export interface Ctx {
  story: Story;
  attrs: Record<string, string>;
  /** UI language (the `lang` attribute, else the story's language). */
  ui: string;
  t: Strings;
  /** `lang="…"` for story text. */
  lang: string;
}

/** Story text in a span (or `tag`) that carries the story's language. */
export const text = (c: Ctx, value: string, tag = 'span', extra = '') => `<${tag}${c.lang}${extra}>${escapeHtml(value)}</${tag}>`;

/** For words that only screen readers need (inline, since the fallback has no stylesheet). */
export const VISUALLY_HIDDEN = 'position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap';

export const actorOf = (c: Ctx, id: string) => c.story.actors.find((a) => a.id === id);

export function notFound(c: Ctx, kind: 'actor' | 'quote' | 'event' | 'place', id: string): string {
  return `<p role="note">${escapeHtml(c.t.notFound(kind, id))}</p>`;
}

export function sourceLine(c: Ctx): string {
  const { article } = c.story;
  const url = httpUrl(article.url);
  const day = { edtf: article.published, start: article.published, end: article.published, precision: 'day', basis: 'article' } as const;
  const headline = url ? `<a href="${escapeHtml(url)}"${c.lang}>${escapeHtml(article.headline)}</a>` : text(c, article.headline, 'cite');
  const publisher = article.publisher ? `, ${text(c, article.publisher)}` : '';
  return `${escapeHtml(c.t.source)} ${headline}${publisher}, <time datetime="${escapeHtml(article.published)}">${escapeHtml(formatFuzzyDate(day, c.ui, 'long'))}</time>.`;
}

const CHIP =
  'display:inline-flex;align-items:baseline;gap:0.3em;padding:0 0.45em;border:1px solid color-mix(in srgb,currentColor 35%,transparent);border-radius:1em;background:color-mix(in srgb,currentColor 7%,transparent);line-height:1.25';

/**
 * An actor as `<actor-badge>`'s chip draws it (actor-badge.styles.ts `.badge`): kind icon (an empty box as
 * large) or country code, name, "Unnamed"; as wide and as tall, so the line wraps as it will. The role is
 * in the chip's pop-up: here it is for screen readers and crawlers.
 */
export function chip(c: Ctx, actor: Story['actors'][number]): string {
  const mark =
    actor.kind === 'country' && actor.country
      ? `<span aria-hidden="true" style="flex:none;align-self:center;padding:0 0.2em;border:1px solid;border-radius:2px;font-size:0.68em;font-weight:700;line-height:1.3">${escapeHtml(actor.country)}</span>`
      : `<span aria-hidden="true" style="flex:none;align-self:center;box-sizing:border-box;inline-size:0.9em;block-size:0.9em;border:1.5px solid currentColor;border-radius:50%"></span>`;
  const unnamed = actor.anonymous ? `<span style="font-size:0.75em;font-style:italic;color:light-dark(#585858,#bdbdbd)">${escapeHtml(c.t.unnamed)}</span>` : '';
  const role = actor.role ? `<span style="${VISUALLY_HIDDEN}">, ${text(c, actor.role)}</span>` : '';
  return `<span style="${CHIP}">${mark}${text(c, actor.name)}${unnamed}${role}</span>`;
}
