/** Helpers shared by the fallback HTML of every widget (see index.ts). */
import { formatFuzzyDate } from '../../story/fuzzy-date.js';
import type { Strings } from '../../shared/i18n/strings.js';
import { sentenceBounds } from '../../shared/sentence-bounds.js';
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

// The widgets' colours (host-styles.ts), for the fallbacks' inline styles.
export const FG = 'light-dark(#1b1b1b,#ededed)';
export const MUTED = 'color:light-dark(#585858,#bdbdbd)';
export const SURFACE = 'light-dark(#fff,#1d1d1f)';
export const BORDER = 'light-dark(#d4d4d4,#48484a)';
export const ACCENT = 'light-dark(#9a3412,#fdba74)';

/** The box most widgets draw (`section[part=base]`: padding, border, radius, surface), in border-box sizing as in the shadow DOM. */
export const BOX = `display:block;box-sizing:border-box;padding:0.5rem 1rem 1rem;border:1px solid ${BORDER};border-radius:0.375rem;background:${SURFACE};color:${FG}`;

/**
 * A heading as the widgets style it (page rules for headings must not change its size): `margin`, `color`,
 * `letter-spacing` and `text-transform` as given, else none.
 */
export const heading = (size: string, { margin = '0', color = 'color:inherit', spacing = 'normal', transform = 'none' } = {}) =>
  `margin:${margin};font:inherit;font-size:${size};font-weight:700;line-height:1.25;letter-spacing:${spacing};text-transform:${transform};${color}`;

/** The kind headings of the list widgets (muted, small capitals: `[part=heading]`). */
export const KIND_HEADING = heading('0.8em', { margin: '1rem 0 0.25rem', color: MUTED, spacing: '0.04em', transform: 'uppercase' });

/** A list with no bullets or indentation, as the widgets' `ul`. */
export const PLAIN_LIST = 'margin:0;padding:0;list-style:none';

/**
 * The widgets' "status" box (no figures, no relations…): a short note in its place and at its size.
 */
export const statusNote = (message: string) =>
  `<p role="note" style="margin:0;box-sizing:border-box;padding:0.5rem 1rem;border:1px solid ${BORDER};border-radius:0.375rem;${MUTED}">${escapeHtml(message)}</p>`;

/** Like a button of the widgets (no padding, border or background): an inline box that wraps inside itself, on its first line's baseline. */
export const BUTTONISH = 'display:inline-flex;flex-wrap:wrap;text-align:start';

/**
 * The "Show source" toggle of a figure or relation as a native disclosure (works without script): the summary
 * is drawn as the widgets' button, and the disclosed sentences are the article's words around the cited span.
 */
export function sourceDetails(c: Ctx, refs: readonly { paragraph: string; start: number; end: number }[], extra = ''): string {
  const sentences = refs.map((ref) => {
    const text = c.story.article.paragraphs.find((p) => p.id === ref.paragraph)?.text ?? '';
    const [from, to] = sentenceBounds(text, ref.start, ref.end, c.story.article.language || c.ui);
    return `<p${c.lang} style="margin:0">${escapeHtml(text.slice(from, ref.start))}<mark>${escapeHtml(text.slice(ref.start, ref.end))}</mark>${escapeHtml(text.slice(ref.end, to).trimEnd())}</p>`;
  });
  return (
    `<details style="margin:0${extra}"><summary style="display:block;inline-size:fit-content;box-sizing:border-box;padding:0.125em 0.625em;border:1px solid ${BORDER};border-radius:0.375rem;font-size:0.875em;cursor:pointer">${escapeHtml(c.t.showSource)}</summary>` +
    `<div style="font-size:0.9em">${sentences.join('')}</div></details>`
  );
}
