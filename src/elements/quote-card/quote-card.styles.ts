import { css } from 'lit';

export const styles = css`
  :host {
    --_q-accent: var(--sahel-quote-card-accent, var(--_accent));
    --_q-bg: var(--sahel-quote-card-background, var(--_surface));
    --_q-border: var(--sahel-quote-card-border-color, var(--_border));
    --_q-pad: var(--sahel-quote-card-padding, var(--_space-l));
    --_q-size: var(--sahel-quote-card-font-size, 1.125em);
    display: grid;
    gap: var(--_space-l);
  }
  figure {
    margin: 0;
    padding: var(--_q-pad);
    border: 1px solid var(--_q-border);
    border-inline-start: 4px solid var(--_q-accent);
    border-radius: var(--_radius);
    background: var(--_q-bg);
    transition: background-color 0.2s;
  }
  figure.selected {
    background: var(--_highlight);
    outline: 2px solid var(--_q-accent);
    outline-offset: 2px;
  }
  blockquote {
    margin: 0;
    text-align: match-parent;
    font-size: var(--_q-size);
    line-height: 1.45;
  }
  p {
    margin: 0;
  }
  .mark,
  a {
    color: var(--_q-accent);
  }
  .mark {
    font-weight: 700;
  }
  figcaption {
    display: grid;
    gap: var(--_space-s);
    margin-block-start: var(--_space-m);
    font-size: 0.9em;
  }
  .break,
  .role,
  .medium,
  .source {
    color: var(--_muted);
  }
  .role {
    display: block;
  }
  .speaker {
    padding: 0;
    border: 0;
    background: none;
    font-weight: 700;
    text-decoration: underline dotted;
    cursor: pointer;
  }
  .speaker:hover,
  .speaker[aria-pressed='true'] {
    color: var(--_q-accent);
    text-decoration-style: solid;
  }
  .icon {
    inline-size: 1.1em;
    block-size: 1.1em;
    margin-inline: 0 var(--_space-s);
    vertical-align: -0.2em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.5;
    stroke-linejoin: round;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-m);
  }
  .actions button {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_q-border);
    border-radius: var(--_radius);
    background: none;
    cursor: pointer;
  }
  .actions button:hover {
    border-color: var(--_q-accent);
  }
  .failed {
    color: var(--_danger);
  }
  .context {
    display: grid;
    gap: var(--_space-s);
    padding-block-start: var(--_space-m);
    border-block-start: 1px solid var(--_q-border);
  }
  .context[hidden] {
    display: none;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    text-decoration: underline 2px var(--_q-accent);
  }

  :host([variant='pull']) figure {
    padding-inline: 0;
    border: 0;
    border-block: 3px solid var(--_q-accent);
    border-radius: 0;
    text-align: center;
  }
  :host([variant='pull']) blockquote {
    font-size: var(--sahel-quote-card-pull-font-size, 1.625em);
    line-height: 1.25;
    text-wrap: balance;
  }
  :host([variant='pull']) .actions {
    justify-content: center;
  }

  :host([variant='compact']) figure {
    padding: var(--_space-s) var(--_space-m);
    border-width: 0;
    border-inline-start-width: 3px;
    border-radius: 0;
  }
  :host([variant='compact']) :is(blockquote, p, figcaption, .attribution, .medium) {
    display: inline;
    font-size: 1em;
  }
  :host([variant='compact']) :is(.role, .words) {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  :host([variant='compact']) .actions {
    margin-block-start: var(--_space-s);
    font-size: 0.9em;
  }

  @media (forced-colors: active) {
    figure.selected {
      outline: 2px solid Highlight;
      outline-offset: 2px;
    }
  }

  @media print {
    figure {
      break-inside: avoid;
    }
    .speaker {
      display: inline;
    }
    a::after {
      content: ' <' attr(href) '>';
    }
  }
  .partial-label {
    display: block;
    inline-size: fit-content;
    margin-block-end: var(--_space-s);
    padding-inline: 0.4em;
    border: 1px dashed currentColor;
    border-radius: 1em;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 600;
  }
  .partial-words {
    background: var(--_highlight);
    color: inherit;
    text-decoration: underline 1px var(--_q-accent);
    text-underline-offset: 0.2em;
  }
  q::before,
  q::after {
    content: none;
  }
  .anonymity,
  .correction {
    color: var(--_muted);
  }
  .correction {
    margin: 0;
    padding-inline-start: var(--_space-m);
    border-inline-start: 3px double currentColor;
  }
  .anonymity .label,
  .correction .label {
    font-weight: 600;
  }
`;
