/**
 * `<actor-relations>`'s fallback: the box as the widget draws it (actor-relations.styles.ts): the title (or
 * "Relations of …" for an `actor`), the diagram where the layout shows one, and each kind's relations read as
 * "Niger — alliance → Russia" with the article's words, since when, and the source sentence as a native
 * disclosure; with the widget's boxes and sizes, so the upgrade keeps the height.
 *
 * The diagram is a static SVG drawn from the widget's own radial placement (`radialLayout`, radial-layout.ts), hidden from
 * assistive technology like the widget's (the list says everything it draws). `layout="auto"` shows it from a
 * 40rem content box on (a container query in the widget): inline styles hold no query, so its width is a
 * `clamp()` on the same width (see `PAST` in timeline.ts) that is 0 below it.
 */
import { formatFuzzyDate } from '../../story/fuzzy-date.js';
import type { Relation } from '../../story/types.js';
import { ACCENT, actorOf, BORDER, BOX, BUTTONISH, chip, escapeHtml, FG, heading, KIND_HEADING, MUTED, notFound, PLAIN_LIST, sourceDetails, statusNote, SURFACE, text, VISUALLY_HIDDEN } from './common.js';
import type { Ctx } from './common.js';
import { ends, H, key, radialLayout, W } from '../../elements/actor-relations/radial-layout.js';
import type { End } from '../../elements/actor-relations/radial-layout.js';

/** The name of an item of the story, as the widget's `itemName` gives it. */
function itemName(c: Ctx, end: End): string {
  const s = c.story;
  switch (end.kind) {
    case 'actor':
      return s.actors.find((a) => a.id === end.id)?.name ?? end.id;
    case 'place':
      return s.places.find((p) => p.id === end.id)?.name ?? end.id;
    case 'event':
      return s.events.find((e) => e.id === end.id)?.title ?? end.id;
    case 'figure':
      return s.figures.find((f) => f.id === end.id)?.label ?? end.id;
    case 'quote': {
      const words = s.quotes.find((q) => q.id === end.id)?.text ?? end.id;
      return words.length > 60 ? `${words.slice(0, 59)}…` : words;
    }
  }
}

/** The diagram: edges (parallel ones bent apart), dots and short names, in the widget's colours. */
function diagram(c: Ctx, relations: Relation[], ego: End | undefined, style: string): string {
  const nodes = radialLayout(relations, ego);
  const at = new Map(nodes.map((n) => [key(n.end), n]));
  const pairs = new Map<string, Relation[]>();
  for (const r of relations) {
    const k = ends(r).map(key).sort().join('|');
    pairs.set(k, [...(pairs.get(k) ?? []), r]);
  }
  const f = (n: number) => n.toFixed(0);
  const edges = relations.map((r) => {
    const [a, b] = ends(r).map((e) => at.get(key(e))!);
    const siblings = pairs.get(ends(r).map(key).sort().join('|'))!;
    const bend = (siblings.indexOf(r) - (siblings.length - 1) / 2) * 36;
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const len = Math.hypot(dx, dy) || 1;
    const [x1, y1, x2, y2] = [a.x + (dx / len) * 9, a.y + (dy / len) * 9, b.x - (dx / len) * 12, b.y - (dy / len) * 12];
    let cx = (x1 + x2) / 2 - (dy / len) * bend;
    let cy = (y1 + y2) / 2 + (dx / len) * bend;
    if (a !== nodes[0] && b !== nodes[0]) {
      const ox = cx - W / 2;
      const oy = cy - H / 2;
      const d = Math.hypot(ox, oy);
      const [ux, uy] = d > 40 ? [ox / d, oy / d] : [-dy / len, dx / len];
      cx += ux * (d > 40 ? 70 : 110);
      cy += uy * (d > 40 ? 70 : 110);
    }
    return `M${f(x1)} ${f(y1)}Q${f(cx)} ${f(cy)} ${f(x2)} ${f(y2)}`;
  });
  const name = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);
  const dots = nodes.map((n) => `<circle cx="${f(n.x)}" cy="${f(n.y)}" r="7"${n.end.kind === 'actor' ? '' : ` style="fill:${SURFACE}"`}></circle>`);
  const labels = nodes.map((n, i) => {
    const dx = n.anchor === 'start' ? 12 : n.anchor === 'end' ? -12 : 0;
    const dy = n.anchor === 'middle' ? (n.y > H / 2 || i === 0 ? 24 : -14) : 4;
    return `<text x="${f(n.x + dx)}" y="${f(n.y + dy)}" text-anchor="${n.anchor}">${escapeHtml(name(itemName(c, n.end)))}</text>`;
  });
  return (
    `<svg viewBox="0 0 ${W} ${H}" aria-hidden="true"${c.lang} style="display:block;box-sizing:border-box;inline-size:100%;block-size:auto;font-size:12px;overflow:visible;direction:ltr;${style}">` +
    `<path d="${edges.join('')}" style="fill:none;stroke:${ACCENT};stroke-width:1.5;stroke-opacity:0.75"></path>` +
    `<g style="fill:${FG};stroke:${FG};stroke-width:1.5">${dots.join('')}</g>` +
    `<g style="fill:${FG};paint-order:stroke;stroke:${SURFACE};stroke-width:3px;stroke-linejoin:round">${labels.join('')}</g></svg>`
  );
}

/** An end of a relation: an actor's chip, or the item's name drawn as the widget's button. */
function end(c: Ctx, e: End): string {
  const actor = e.kind === 'actor' ? actorOf(c, e.id) : undefined;
  if (actor) return chip(c, actor);
  return text(c, itemName(c, e), 'span', ` style="${BUTTONISH};font-weight:600;text-decoration:underline dotted"`);
}

function relation(c: Ctx, r: Relation): string {
  const [from, to] = ends(r);
  const kind = `<span${c.lang} style="${BUTTONISH};color:${ACCENT};font-style:italic;text-decoration:underline dotted;white-space:normal">${escapeHtml(r.kind.replace(/-/g, ' '))}</span>`;
  const link = `<span style="${MUTED};white-space:nowrap"><span aria-hidden="true">— </span>${kind}<span aria-hidden="true"> →</span><span style="${VISUALLY_HIDDEN}"> ${escapeHtml(c.t.relationTo)}</span></span>`;
  const since = r.since ? ` <span style="${MUTED}">(${escapeHtml(c.t.since(formatSince(c, r)))})</span>` : '';
  return (
    `<li style="display:grid;justify-items:start;gap:0.25rem;box-sizing:border-box;padding:0.25rem 0.5rem;padding-inline-start:calc(0.5rem + 5px);border-block-end:1px solid ${BORDER};overflow-wrap:anywhere">` +
    `<p style="margin:0;line-height:1.8">${end(c, from)} ${link} ${end(c, to)}</p>` +
    `<p style="margin:0;font-size:0.9em">${text(c, r.label)}${since}</p>` +
    `${sourceDetails(c, [r.source])}</li>`
  );
}

const formatSince = (c: Ctx, r: Relation) => formatFuzzyDate(r.since!, c.ui);

export function relations(c: Ctx): string {
  const { actor = '', kind = '' } = c.attrs;
  const ego = actor ? actorOf(c, actor) : undefined;
  if (actor && !ego) return notFound(c, 'actor', actor);
  const kinds = kind.split(/\s+/).filter(Boolean);
  const chosen = c.story.relations.filter((r) => (!kinds.length || kinds.includes(r.kind)) && (!ego || ends(r).some((e) => e.kind === 'actor' && e.id === ego.id)));
  if (!chosen.length) return statusNote(c.t.noRelations);
  const groups = new Map<string, Relation[]>();
  for (const r of chosen) groups.set(r.kind, [...(groups.get(r.kind) ?? []), r]);
  const known = (k: string) => Object.hasOwn(c.t.relationKinds, k);
  const layout = c.attrs.layout === 'list' || c.attrs.layout === 'diagram' ? c.attrs.layout : 'auto';
  const past = '(100% - 40rem + 0.01px) * 1000000';
  const drawn =
    layout === 'list'
      ? ''
      : diagram(c, chosen, ego ? { kind: 'actor', id: ego.id } : undefined, layout === 'diagram' ? 'max-inline-size:40rem;margin:0.5rem auto 0' : `max-inline-size:clamp(0px, ${past}, 40rem);margin:clamp(0px, ${past}, 0.5rem) auto 0`);
  const [before, after] = c.t.relationsOf('\u0000').split('\u0000');
  const title = ego ? `${escapeHtml(before)}${text(c, ego.name)}${escapeHtml(after)}` : escapeHtml(c.t.relations);
  return (
    `<section aria-label="${ego ? escapeHtml(c.t.relationsOf(ego.name)) : escapeHtml(c.t.relations)}" style="${BOX}">` +
    `<h2 style="${heading('1.15em')}">${title}</h2>${drawn}` +
    [...groups]
      .map(
        ([k, list]) =>
          `<h3${known(k) ? '' : c.lang} style="${KIND_HEADING}">${escapeHtml(known(k) ? c.t.relationKinds[k] : k.replace(/-/g, ' '))}</h3>` +
          `<ul style="${PLAIN_LIST};display:grid;gap:0.25rem">${list.map((r) => relation(c, r)).join('')}</ul>`,
      )
      .join('') +
    `</section>`
  );
}
