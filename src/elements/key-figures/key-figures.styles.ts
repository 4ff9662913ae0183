import { css } from 'lit';

export const styles = css`
  :host {
    --_k-accent: var(--sahel-key-figures-accent, var(--_accent));
    --_k-bg: var(--sahel-key-figures-background, var(--_surface));
    --_k-border: var(--sahel-key-figures-border-color, var(--_border));
    --_k-size: var(--sahel-key-figures-value-size, 1.5em);
    display: block;
  }
  :host([variant='inline']) {
    display: inline;
  }
  .base {
    container-type: inline-size;
    padding: var(--_space-m) var(--_space-l) var(--_space-l);
    border: 1px solid var(--_k-border);
    border-radius: var(--_radius);
    background: var(--_k-bg);
  }
  h2 {
    margin: 0 0 var(--_space-m);
    font-size: 1.15em;
    line-height: 1.25;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  .groups {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sahel-key-figures-column-width, 14rem)), 1fr));
    gap: var(--_space-l);
  }
  .group {
    grid-column: 1 / -1;
    display: grid;
    gap: var(--_space-m);
    padding: var(--_space-m);
    border: 1px dashed var(--_k-border);
    border-radius: var(--_radius);
  }
  .group.holds {
    border: 3px double var(--_k-accent);
  }
  .disagree {
    font-weight: 700;
  }
  .claims {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--sahel-key-figures-column-width, 14rem)), 1fr));
    gap: var(--_space-m) var(--_space-l);
  }
  .claim {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space-s);
    padding: var(--_space-m);
    padding-inline-start: calc(var(--_space-m) + 4px);
    border: 1px solid var(--_k-border);
    border-radius: var(--_radius);
    background: var(--_k-bg);
    overflow-wrap: anywhere;
  }
  /* the non-colour cue: a thick rule on the inline start, and the visible word "Selected" */
  .claim.related {
    border-inline-start: 6px solid var(--_k-accent);
    padding-inline-start: calc(var(--_space-m) - 1px);
    background: var(--_highlight);
  }
  .tag {
    order: -1;
    justify-self: start;
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .value {
    padding: 0;
    border: 0;
    background: none;
    color: var(--_k-accent);
    font-size: var(--_k-size);
    font-weight: 700;
    line-height: 1.2;
    text-align: start;
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .value:hover,
  .value[aria-pressed='true'] {
    text-decoration: underline 2px;
    text-underline-offset: 0.15em;
  }
  .unit,
  .same {
    font-size: 0.7em;
    font-weight: 400;
  }
  .same {
    display: block;
    color: var(--_fg);
  }
  .label {
    line-height: 1.35;
  }
  .by,
  .ratio {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .toggle {
    margin-block-start: auto;
    padding: 0.125em 0.625em;
    border: 1px solid var(--_k-border);
    border-radius: var(--_radius);
    background: none;
    font-size: 0.875em;
    cursor: pointer;
  }
  .toggle:hover {
    border-color: var(--_k-accent);
  }
  .context {
    padding-block-start: var(--_space-s);
    border-block-start: 1px solid var(--_k-border);
    font-size: 0.9em;
  }
  .context[hidden] {
    display: none;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    text-decoration: underline 2px var(--_k-accent);
  }
  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.6rem;
  }
  /* a bar grows from where the line starts: from the right in right-to-left text */
  :host(:dir(rtl)) .bar {
    transform: scaleX(-1);
  }
  .bar .track {
    fill: color-mix(in srgb, currentColor 12%, transparent);
  }
  .bar .fill {
    fill: var(--_k-accent);
  }
  .bar .range {
    fill: var(--_k-accent);
    fill-opacity: 0.45;
  }

  /* list: one row per figure, the value in a column of its own */
  :host([variant='list']) .groups {
    display: block;
  }
  :host([variant='list']) .groups > li + li {
    margin-block-start: var(--_space-m);
  }
  :host([variant='list']) .claims {
    display: block;
  }
  :host([variant='list']) .claim {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) 1fr;
    grid-auto-flow: dense;
    column-gap: var(--_space-l);
    row-gap: var(--_space-s);
    align-items: baseline;
    border-width: 0 0 1px;
    border-radius: 0;
    background: none;
  }
  :host([variant='list']) .claim.related {
    border-inline-start-width: 6px;
  }
  :host([variant='list']) .claim > :not(.value, .tag) {
    grid-column: 2;
  }
  :host([variant='list']) .value {
    grid-area: 1 / 1;
    font-size: 1.125em;
  }
  :host([variant='list']) .tag {
    grid-area: 2 / 1;
  }
  :host([variant='list']) .toggle {
    justify-self: start;
  }
  @container (max-width: 30rem) {
    :host([variant='list']) .claim {
      display: flex;
    }
  }

  /* inline: a figure inside a sentence */
  .inline .value {
    color: inherit;
    font-size: inherit;
    font-weight: 600;
    text-decoration: underline dotted;
    text-underline-offset: 0.15em;
  }
  .inline .value[aria-pressed='true'],
  .inline.related .value {
    text-decoration: underline solid 2px;
    background: var(--_highlight);
    outline: 1px solid currentColor;
  }
  .inline .unit,
  .inline .same {
    display: inline;
    font-size: inherit;
    font-weight: inherit;
  }
  .note {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .bar .fill,
    .bar .range {
      fill: CanvasText;
    }
    .bar .track {
      fill: Canvas;
      stroke: CanvasText;
    }
    .claim.related {
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    .claim {
      break-inside: avoid;
    }
    /* the value is a button, and buttons are not printed (host styles): this one carries the figure */
    .value {
      display: inline-block;
      color: inherit;
    }
    .context[hidden] {
      display: block;
    }
  }
`;
