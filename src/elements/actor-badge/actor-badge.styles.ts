import { css } from 'lit';

/** The badge's host and variants; the chip, its details and the `full` card's box are `actorChipStyles` (shared with `<actor-list>` and `<actor-relations>`). */
export const styles = css`
  :host {
    --_selected: var(--sahel-actor-badge-selected, var(--_highlight));
    display: inline;
    position: relative;
  }
  :host([variant='full']) {
    display: block;
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
