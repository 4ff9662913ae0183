import { css } from 'lit';

export const styles = css`
  :host {
    --_r-accent: var(--sahel-actor-relations-accent, var(--_accent));
    --_r-bg: var(--sahel-actor-relations-background, var(--_surface));
    --_r-border: var(--sahel-actor-relations-border-color, var(--_border));
    display: block;
  }
  .base {
    container-type: inline-size;
    padding: var(--_space-m) var(--_space-l) var(--_space-l);
    border: 1px solid var(--_r-border);
    border-radius: var(--_radius);
    background: var(--_r-bg);
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.15em;
  }
  h3 {
    margin-block: var(--_space-l) var(--_space-s);
    color: var(--_muted);
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  ul {
    display: grid;
    gap: var(--_space-s);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  p {
    margin: 0;
  }
  .relation {
    display: grid;
    justify-items: start;
    gap: var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    padding-inline-start: calc(var(--_space-m) + 5px);
    border-block-end: 1px solid var(--_r-border);
    overflow-wrap: anywhere;
  }
  /* the non-colour cue: a thick rule and the visible word "Selected" */
  .relation.related {
    padding-inline-start: var(--_space-m);
    border-inline-start: 5px solid var(--_r-accent);
    background: var(--_highlight);
  }
  .tag {
    padding: 0 var(--_space-s);
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .line {
    line-height: 1.8;
  }
  .line > .link {
    color: var(--_muted);
    white-space: nowrap;
  }
  .kind,
  .item {
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
    text-align: start;
  }
  .kind {
    color: var(--_r-accent);
    font-style: italic;
    text-decoration: underline dotted;
    white-space: normal;
  }
  .item {
    font-weight: 600;
    text-decoration: underline dotted;
  }
  .kind[aria-pressed='true'],
  .item[aria-pressed='true'] {
    text-decoration: underline solid 2px;
    outline: 1px solid currentColor;
  }
  .relation > .label {
    font-size: 0.9em;
  }
  .since {
    color: var(--_muted);
  }
  .relation > .toggle {
    padding: 0.125em 0.625em;
    border: 1px solid var(--_r-border);
    border-radius: var(--_radius);
    background: none;
    font-size: 0.875em;
    cursor: pointer;
  }
  .relation > .toggle:hover {
    border-color: var(--_r-accent);
  }
  .context {
    font-size: 0.9em;
  }
  .context[hidden] {
    display: none;
  }
  mark {
    background: var(--_highlight);
    color: inherit;
    text-decoration: underline 2px var(--_r-accent);
  }

  /* "from — kind → to": in right-to-left text "to" is on the left, and so must the arrow point */
  :host(:dir(rtl)) .arrow {
    display: inline-block;
    transform: scaleX(-1);
  }

  .diagram {
    display: block;
    inline-size: 100%;
    max-inline-size: var(--sahel-actor-relations-diagram-width, 40rem);
    block-size: auto;
    margin: var(--_space-m) auto 0;
    font-size: 12px;
    overflow: visible;
    /* geometry, not text: the layout's text-anchor start/end are physical (a label east of its node starts at
       the node), and right-to-left text would flip them onto the dots and the edges */
    direction: ltr;
  }
  :host([layout='auto']) .diagram {
    display: none;
  }
  @container (min-width: 40rem) {
    :host([layout='auto']) .diagram {
      display: block;
    }
  }
  .edge {
    fill: none;
    stroke: var(--_r-accent);
    stroke-width: 1.5;
    stroke-opacity: 0.75;
  }
  .edge.on {
    stroke-width: 3.5;
    stroke-opacity: 1;
  }
  .edge.off {
    stroke-dasharray: 4 4;
    stroke-opacity: 0.5;
  }
  .head {
    fill: var(--_r-accent);
  }
  .node {
    cursor: pointer;
  }
  .node circle {
    fill: var(--_r-bg);
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .node.actor circle {
    fill: var(--_fg);
  }
  .node.on circle {
    stroke-width: 4;
    stroke: var(--_r-accent);
  }
  .node.rel circle {
    stroke-width: 3;
    stroke-dasharray: 3 2;
  }
  .node text {
    fill: var(--_fg);
    paint-order: stroke;
    stroke: var(--_r-bg);
    stroke-width: 3px;
    stroke-linejoin: round;
  }
  /* edges leave the centre every way, so some cross its label: a halo as wide as a plate keeps it readable */
  .node.centre text {
    stroke-width: 14px;
  }
  .node.on text {
    font-weight: 700;
    text-decoration: underline;
  }

  @media (forced-colors: active) {
    .edge,
    .node circle,
    .node.on circle {
      stroke: CanvasText;
    }
    .head,
    .node.actor circle,
    .node text {
      fill: CanvasText;
    }
    .node text {
      stroke: Canvas;
    }
    .relation.related {
      border-inline-start-color: Highlight;
    }
  }
  @media print {
    .base {
      border: 0;
      padding: 0;
    }
    .relation {
      break-inside: avoid;
    }
    .context[hidden] {
      display: block;
    }
    .kind,
    .item {
      display: inline;
      text-decoration: none;
    }
  }
`;
