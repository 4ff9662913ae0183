/**
 * What `<sahel-timeline>` shows of the story model for real news: event statuses, the publication day,
 * conditions, corrections and the one-line overview. Kept apart from the element so its own file changes little.
 */
import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import { correctionsFor, renderCorrection } from '../../shared/corrections.js';
import type { Strings } from '../../shared/i18n/strings.js';
import type { LocaleController } from '../../shared/locale.js';
import { quoteStart } from '../../shared/quote-start.js';
import { fuzzyDateBound, fuzzyDateInSentence } from '../../story/fuzzy-date-inline.js';
import { itemKey } from '../../story/story-index.js';
import type { StoryIndex } from '../../story/story-index.js';
import type { Correction, EventStatus, FuzzyDate, IsoDay, ItemRef, Story, TimelineEvent } from '../../story/types.js';

/** Statuses of events that have not happened (yet): drawn differently, and counted in the overview. */
const NOT_YET: readonly EventStatus[] = ['planned', 'expected', 'threatened', 'conditional'];
/** The order statuses are counted in. */
const COUNTED: readonly EventStatus[] = ['ongoing', ...NOT_YET];

/** Whether the event has not happened as of the article: planned, expected, threatened or conditional. */
export const notHappened = (e: TimelineEvent): boolean => NOT_YET.includes(e.status ?? 'past');

/** The row that marks the publication day: an event-shaped placeholder, told apart by identity. */
const publications = new WeakSet<TimelineEvent>();
export const isPublication = (e: TimelineEvent): boolean => publications.has(e);

const dayOf = (day: IsoDay): FuzzyDate => ({ edtf: day, start: day, end: day, precision: 'day', basis: 'article' });

/**
 * `events` (in date order) with the publication day's row inserted between what has happened and what has
 * not: before the first event that starts after it, or that starts on it and has not happened. None when the
 * `from`/`to` filters leave the day out or there are no events.
 */
export function withPublication(events: readonly TimelineEvent[], published: IsoDay | undefined, from: string, to: string): TimelineEvent[] {
  if (!published || !events.length || (from && published < from) || (to && published.slice(0, to.length) > to)) return [...events];
  const row: TimelineEvent = { id: '', title: '', when: dayOf(published), actors: [], places: [], source: { paragraph: '', start: 0, end: 0 } };
  publications.add(row);
  let at = events.findIndex((e) => e.when.start > published || (e.when.start === published && notHappened(e)));
  if (at < 0) at = events.length;
  return [...events.slice(0, at), row, ...events.slice(at)];
}

/** The publication day's row: "Published Apr 13, 2024" (the date in full words for screen readers). */
export function renderPublication(row: TimelineEvent, locale: LocaleController): TemplateResult {
  const t = locale.strings;
  const short = locale.format(row.when);
  const long = locale.format(row.when, 'long');
  return html`<li class="now" part="published"><span class="now-label"><span aria-hidden="true">${t.published(short)}</span><span
        class="visually-hidden">${t.published(long)}</span></span></li>`;
}

/**
 * The marks inside an event's button, so they are part of its accessible name: its status in words
 * ("Planned", "Ongoing"; a past event has none) and "Corrected" when a correction of the story concerns it.
 */
export function renderEventMarks(e: TimelineEvent, index: StoryIndex | null, t: Strings): TemplateResult | typeof nothing {
  const status = e.status && e.status !== 'past' ? t.eventStatus[e.status] : '';
  // most stories have no corrections: no key to build for each of their events
  const corrected = !!index?.correctionsByItem.size && index.correctionsByItem.has(itemKey('event', e.id));
  if (!status && !corrected) return nothing;
  return html`${status
    ? html`<span class="mark-status" part="event-status" data-status=${e.status ?? ''}>${status}</span>`
    : nothing}${corrected ? html` <span class="mark-corrected" part="event-corrected">${t.corrected}</span>` : nothing}`;
}

/** The article's words for the condition of a conditional event: "Condition: if the rains fail to ease". */
export function renderCondition(e: TimelineEvent, index: StoryIndex, lang: string, t: Strings, part = 'condition'): TemplateResult | typeof nothing {
  const c = e.condition;
  const words = c && index.paragraphs.get(c.paragraph)?.text.slice(c.start, c.end);
  return words ? html`<p class="condition" part=${part}><span class="label">${t.eventCondition}</span> <q lang=${lang} dir="auto">${words}</q></p>` : nothing;
}

/**
 * The source view's additions: the corrections that concern the event, and the condition's words where the
 * row does not show them already (a compact timeline hides them under the title).
 */
export function renderEventNotes(e: TimelineEvent, story: Story | null, index: StoryIndex, t: Strings, conditionShown: boolean): TemplateResult {
  const lang = story?.article.language ?? '';
  return html`${conditionShown ? nothing : renderCondition(e, index, lang, t, 'source-condition')}${correctionsFor(story, 'event', [e.id]).map((c) => renderCorrection(c, t, lang))}`;
}

/** The one-line overview: count, span in words ("from the late 1980s to 2030"), statuses, approximate dates. */
export function overview(events: readonly TimelineEvent[], approx: number, locale: LocaleController, long: boolean): string {
  const style = long ? 'long' : 'short';
  // the first to start and the last to end (an ongoing span may end after the last event starts)
  const last = events.reduce((a, e) => (e.when.end > a.when.end ? e : a), events[0]);
  const first = fuzzyDateInSentence(fuzzyDateBound(events[0].when), locale.lang, style);
  const end = fuzzyDateInSentence(fuzzyDateBound(last.when), locale.lang, style);
  const counts = COUNTED.map((s): [EventStatus, number] => [s, events.filter((e) => e.status === s).length]).filter(([, n]) => n);
  return locale.strings.timelineOverview(events.length, first, end, approx, counts, long);
}

/** What a correction concerns, in words: event titles, quotes' first words, names and labels. */
function itemName(item: ItemRef, index: StoryIndex, t: Strings): string {
  const { kind, id } = item;
  if (kind === 'event') return index.events.get(id)?.title ?? id;
  if (kind === 'actor') return index.actors.get(id)?.name ?? id;
  if (kind === 'place') return index.places.get(id)?.name ?? id;
  if (kind === 'figure') return index.figures.get(id)?.label ?? id;
  return quoteStart(index.quotes.get(id)?.text ?? id, t);
}

/**
 * The story's corrections, listed after the events: each note as the article gives it, what the article
 * now says, and what it concerns. `nothing` when the story has none.
 */
export function renderCorrectionsList(story: Story | null, index: StoryIndex, t: Strings): TemplateResult | typeof nothing {
  const list: readonly Correction[] = story?.corrections ?? [];
  if (!list.length) return nothing;
  const lang = story?.article.language ?? '';
  return html`<section class="corrections" part="corrections" aria-labelledby="corrections"><p class="corrections-title" id="corrections">${t.corrections}</p><ul>${list.map(
    (c) =>
      html`<li>${renderCorrection(c, t, lang, 'correction')}${c.items.length
        ? html`<p class="concerns"><span class="label">${t.correctionConcerns}</span> <span lang=${lang} dir="auto">${c.items.map((item) => itemName(item, index, t)).join(', ')}</span></p>`
        : nothing}</li>`,
  )}</ul></section>`;
}
