import { css } from 'lit';

export const styles = css`
  :host {
    --_selected: var(--sahel-actor-badge-selected, var(--_highlight));
    display: inline;
    position: relative;
  }
  :host([variant='full']) {
    display: block;
  }
  /* fits a line of body text: shorter than the line box, on the text's baseline */
  .badge {
    display: inline-flex;
    align-items: baseline;
    gap: 0.3em;
    padding: 0 0.45em;
    border: 1px solid var(--sahel-actor-badge-border, color-mix(in srgb, currentColor 35%, transparent));
    border-radius: 1em;
    background: var(--sahel-actor-badge-background, color-mix(in srgb, currentColor 7%, transparent));
    font-size: inherit;
    line-height: 1.25;
    text-align: start;
    cursor: pointer;
  }
  /* the anchor of the open details only: an anchor name on every badge of a page (360 in 20 actor-lists)
     doubles the page's style recalculation, though closed details are never placed */
  :host([open]) .badge {
    anchor-name: --badge;
  }
  .selected {
    background: var(--_selected);
    border-color: var(--_accent);
  }
  .selected .name,
  :host([variant='text']) .name {
    text-decoration: underline var(--_accent);
    text-underline-offset: 0.15em;
  }
  .selected .name {
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
  svg,
  .code {
    flex: none;
    align-self: center;
  }
  svg {
    inline-size: 0.9em;
    block-size: 0.9em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linecap: round;
  }
  .code {
    padding: 0 0.2em;
    border: 1px solid;
    border-radius: 2px;
    font-size: 0.68em;
    font-weight: 700;
    line-height: 1.3;
  }
  .unnamed,
  .muted,
  dt {
    color: var(--_muted);
  }
  .unnamed {
    font-size: 0.75em;
    font-style: italic;
  }
  .card,
  .details {
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_fg);
  }
  .info {
    font-size: 0.875em;
    font-weight: 400;
    font-style: normal;
    line-height: 1.45;
    white-space: normal;
    text-align: start;
  }
  .card .info {
    margin-block-start: var(--_space-m);
  }
  .details {
    inset: auto;
    inline-size: max-content;
    max-inline-size: min(var(--sahel-actor-badge-details-width, 22rem), calc(100vw - 1rem));
    margin: var(--_space-s) 0 0;
    box-shadow: 0 0.25rem 1rem #0003;
    position-anchor: --badge;
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
  }
  /* no popover in this browser: an inline disclosure under the badge */
  .details:not([popover]) {
    position: absolute;
    z-index: 9;
    inset-block-start: 100%;
    inset-inline-start: 0;
  }
  p,
  dl,
  dd,
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p + p,
  .toggle {
    margin-block-start: var(--_space-s);
  }
  dt {
    margin-block: var(--_space-m) var(--_space-s);
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  .toggle {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .toggle[aria-pressed='true'] {
    background: var(--_selected);
    border-color: var(--_accent);
  }
  .toggle[aria-pressed='true']::before {
    content: '✓ ' / '';
  }
  a,
  .link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    text-align: start;
    cursor: pointer;
    text-decoration: underline var(--_accent);
  }
  /* loading, error and "no such actor" stay as small as a badge, except in the card variant */
  :host(:not([variant='full'])) .status {
    display: inline-flex;
    gap: 0.5em;
    padding: 0 0.4em;
    font-size: 0.875em;
  }
  .anonymity,
  .correction {
    margin: 0 0 var(--_space-s);
  }
  .correction {
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px double currentColor;
  }
  .anonymity .label,
  .correction .label {
    font-weight: 600;
  }
`;
