/**
 * `<actor-list>`'s fallback: the cast box as the widget draws it (actor-list.styles.ts): the title at the
 * `heading-level` the element uses (default 2) and each kind's heading one level below, the actors as chips
 * with their mention counts, in the element's order (`sort`), in the same grid, so the upgrade keeps the height.
 *
 * The sort control needs script: its place is kept by boxes of the same size as its two buttons, invisible and out
 * of the accessibility tree, so the title line wraps where the widget's does.
 */
import type { Actor, ActorKind } from '../../story/types.js';
import { BOX, chip, escapeHtml, heading, KIND_HEADING, MUTED, PLAIN_LIST, VISUALLY_HIDDEN } from './common.js';
import type { Ctx } from './common.js';

const KINDS: ActorKind[] = ['person', 'organization', 'country', 'group'];

/** The element's `headingLevel` from its attribute: a number, rounded and clamped to 1–6; 2 when absent or not a number. */
export const headingLevel = (attr: string | undefined) => Math.min(6, Math.max(1, Math.round(Number(attr ?? 2)) || 2));

export function list(c: Ctx): string {
  const level = headingLevel(c.attrs['heading-level']);
  const sub = Math.min(6, level + 1);
  const byName = c.attrs.sort === 'name';
  let collator: Intl.Collator;
  try {
    collator = new Intl.Collator(c.ui);
  } catch {
    collator = new Intl.Collator('en');
  }
  const actors = [...c.story.actors].sort((a, b) => (byName ? collator.compare(a.name, b.name) : b.mentions.length - a.mentions.length));
  const item = (a: Actor) =>
    `<li style="display:flex;gap:0.5rem;align-items:baseline;justify-content:space-between"><span>${chip(c, a)}</span>` +
    `<span style="${MUTED};font-size:0.875em;font-variant-numeric:tabular-nums"><span aria-hidden="true">${a.mentions.length}</span><span style="${VISUALLY_HIDDEN}">${escapeHtml(c.t.mentions(a.mentions.length))}</span></span></li>`;
  const groups = KINDS.map((kind) => {
    const group = actors.filter((a) => a.kind === kind);
    if (!group.length) return '';
    return (
      `<h${sub} style="${KIND_HEADING}">${escapeHtml(c.t.actorKinds[kind])}</h${sub}>` +
      `<ul style="${PLAIN_LIST};display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,16rem),1fr));gap:0.25rem 1rem">${group.map(item).join('')}</ul>`
    );
  });
  // the two sort buttons, as boxes of the same size (the current one in bold, as the widget draws it)
  const button = (label: string, current: boolean) =>
    `<span style="display:inline-block;padding:0.1em 0.6em;border:1px solid;${current ? 'font-weight:600' : ''}">${escapeHtml(label)}</span>`;
  const sort =
    `<div aria-hidden="true" style="visibility:hidden;display:flex;flex-wrap:wrap;gap:0.25rem;align-items:baseline;${MUTED};font-size:0.875em">` +
    `<span>${escapeHtml(c.t.sortBy)}</span>${button(c.t.sortByMentions, !byName)}${button(c.t.sortByName, byName)}</div>`;
  return (
    `<section aria-label="${escapeHtml(c.t.cast)}" style="${BOX}">` +
    `<div style="display:flex;flex-wrap:wrap;gap:0.25rem 1rem;align-items:baseline;justify-content:space-between"><h${level} style="${heading('1.15em')}">${escapeHtml(c.t.cast)}</h${level}>${sort}</div>` +
    `${groups.join('')}</section>`
  );
}
