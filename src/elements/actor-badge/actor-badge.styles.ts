import { css } from 'lit';

/** The badge's host and variants; the chip and its details are `actorChipStyles` (shared with `<actor-relations>`). */
export const styles = css`
  :host {
    --_selected: var(--sahel-actor-badge-selected, var(--_highlight));
    display: inline;
    position: relative;
  }
  :host([variant='full']) {
    display: block;
  }
  /* the anchor of the open details only: an anchor name on every badge of a page (360 in 20 actor-lists)
     doubles the page's style recalculation, though closed details are never placed */
  :host([open]) .badge {
    anchor-name: --badge;
  }
  :host([variant='text']) .name {
    text-decoration: underline var(--_accent);
    text-underline-offset: 0.15em;
  }
  :host([variant='text']) .selected .name {
    text-decoration-thickness: 2px;
  }
  :host([variant='text']) .badge {
    display: inline;
    padding: 0;
    border: 0;
    line-height: inherit;
  }
  :host([variant='text']) .badge:not(.selected) {
    background: none;
  }
  .card {
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  .card .info {
    margin-block-start: var(--_space-m);
  }
  /* loading, error and "no such actor" stay as small as a badge, except in the card variant */
  :host(:not([variant='full'])) .status {
    display: inline-flex;
    gap: 0.5em;
    padding: 0 0.4em;
    font-size: 0.875em;
  }
`;
