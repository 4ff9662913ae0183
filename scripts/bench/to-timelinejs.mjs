// Converts a story's events to TimelineJS 3's JSON format, so that both timelines show the same events.
//
// Each event becomes { start_date, text: { headline, text }, group }: the start date carries as much as
// the event's precision says (day and week: year/month/day; month and season: year/month; year: year),
// a `display_date` keeps seasons, weeks, ranges and approximate years honest ("Summer 2023",
// "Week of 2024-04-07", "c. 2018"), and events are grouped by year. Text is HTML-escaped, since
// TimelineJS renders headlines and text as (sanitized) HTML.
//
// CLI: node scripts/bench/to-timelinejs.mjs [story.json] > timeline.json
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SEASONS = { 21: 'Spring', 22: 'Summer', 23: 'Autumn', 24: 'Winter' };

const escape = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** TimelineJS's date object for an ISO day, cut to the precision. */
function dateOf(iso, precision) {
  const [year, month, day] = iso.split('-').map(Number);
  if (precision === 'year') return { year };
  if (precision === 'month' || precision === 'season') return { year, month };
  return { year, month, day };
}

/** A label for the dates TimelineJS cannot show as they are; undefined where its own label is honest. */
function displayDate(when) {
  const approx = when.approximate || when.uncertain ? 'c. ' : '';
  const year = when.start.slice(0, 4);
  if (when.precision === 'season') {
    const code = /^\d{4}-(2[1-4])/.exec(when.edtf)?.[1];
    return `${approx}${SEASONS[code] ?? 'Season of'} ${year}`;
  }
  if (when.precision === 'week') return `${approx}Week of ${when.start}`;
  if (when.start !== when.end && when.precision === 'day') return `${approx}${when.start} – ${when.end}`;
  if (approx) return `${approx}${when.precision === 'year' ? year : when.start.slice(0, 7)}`;
  return undefined;
}

/**
 * @param {{ article: { headline: string }, events: Array<{ id: string, title: string, summary?: string, when: any }> }} story
 * @returns {{ title?: object, events: object[] }} TimelineJS data
 */
export function toTimelineJS(story) {
  return {
    events: story.events.map((e) => {
      const event = {
        unique_id: e.id,
        start_date: dateOf(e.when.start, e.when.precision),
        text: { headline: escape(e.title), text: e.summary ? escape(e.summary) : '' },
        group: e.when.start.slice(0, 4),
      };
      const label = displayDate(e.when);
      if (label) event.display_date = label;
      return event;
    }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2] ?? 'data/niamey-protests-2024/story.json';
  process.stdout.write(JSON.stringify(toTimelineJS(JSON.parse(readFileSync(file, 'utf8'))), null, 2) + '\n');
}
