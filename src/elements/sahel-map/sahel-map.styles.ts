import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    container-type: inline-size;
    --_sea: var(--sahel-map-sea, light-dark(#d7e6f0, #15222c));
    --_land: var(--sahel-map-land, light-dark(#f3f0e8, #2b2b2d));
    --_story-country: var(--sahel-map-story-country, light-dark(#f2dfc6, #4a3a28));
    --_map-border: var(--sahel-map-border, light-dark(#9e978c, #77736c));
    --_coast: var(--sahel-map-coast, light-dark(#5f8299, #6f93aa));
    --_marker: var(--sahel-map-marker, var(--_accent));
    --_halo: light-dark(rgb(255 255 255 / 0.85), rgb(20 20 22 / 0.85));
  }
  section[part='base'] {
    padding: var(--_space-m) var(--_space-l) var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  h2,
  h3,
  h4 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.15em;
    margin-block-end: var(--_space-m);
  }
  h3 {
    font-size: 1em;
  }
  h4 {
    margin-block: var(--_space-m) var(--_space-s);
    color: var(--_muted);
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.1em;
  }
  li + li {
    margin-block-start: var(--_space-s);
  }
  .muted {
    color: var(--_muted);
  }
  .layout {
    display: grid;
    gap: var(--_space-l);
  }
  @container (min-width: 46rem) {
    .layout {
      grid-template-columns: minmax(0, 2.2fr) minmax(14rem, 1fr);
      align-items: start;
    }
  }

  /* The map: an SVG drawing with HTML markers over it, so labels keep their size while the map scales. */
  .frame {
    position: relative;
    overflow: hidden;
    inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_sea);
    /* geography does not mirror in right-to-left text */
    direction: ltr;
  }
  .chart {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    display: block;
  }
  .chart .sea {
    fill: var(--_sea);
  }
  .chart .land {
    fill: var(--_land);
    stroke: var(--_map-border);
    stroke-width: 0.8px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .chart .land.story {
    fill: var(--_story-country);
  }
  .chart .land.selected {
    fill: var(--_highlight);
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }
  .chart .coast {
    fill: none;
    stroke: var(--_coast);
    stroke-width: 1.2px;
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .country-label {
    position: absolute;
    transform: translate(-50%, -50%);
    color: var(--_muted);
    font-size: 0.66rem;
    letter-spacing: 0.08em;
    text-transform: uppercase;
    white-space: nowrap;
    pointer-events: none;
    text-shadow: 0 0 2px var(--_halo), 0 0 2px var(--_halo);
  }
  .marker {
    position: absolute;
    inline-size: 0;
    block-size: 0;
    padding: 0;
    margin: 0;
    border: 0;
    background: none;
    cursor: pointer;
    overflow: visible;
  }
  .marker:focus-visible {
    outline: none;
  }
  .marker .dot {
    position: absolute;
    left: -5px;
    top: -5px;
    inline-size: 10px;
    block-size: 10px;
    border-radius: 50%;
    background: var(--_marker);
    border: 2px solid var(--_surface);
    box-shadow: 0 0 0 1px var(--_marker);
  }
  .marker .label {
    position: absolute;
    padding: 0 4px;
    white-space: nowrap;
    font-size: 0.8125rem;
    line-height: 1.35;
    font-weight: 600;
    color: var(--_fg);
    text-shadow: 0 0 2px var(--_halo), 0 0 3px var(--_halo), 0 0 4px var(--_halo);
    border-radius: 3px;
  }
  .marker.country .label {
    font-size: 0.75rem;
    letter-spacing: 0.1em;
    text-transform: uppercase;
    font-weight: 700;
  }
  /* a label moved out of a cluster is tied to its dot */
  .marker .leader {
    position: absolute;
    left: 0;
    top: 0;
    block-size: 0;
    border-block-start: 1px solid var(--_marker);
    transform-origin: 0 0;
  }
  /* a label with no free spot near its dot shows when its marker is pointed at, focused or selected */
  .marker .label.tucked {
    display: none;
  }
  .marker:is(:hover, :focus-visible, .selected) .label.tucked {
    display: block;
    z-index: 2;
    background: var(--_surface);
  }
  .marker .arrow {
    position: absolute;
    left: -0.5em;
    top: -0.7em;
    inline-size: 1em;
    text-align: center;
    color: var(--_marker);
    font-weight: 700;
    line-height: 1.4;
  }
  .marker:hover .label,
  .marker.related .label {
    text-decoration: underline dotted;
  }
  .marker.related .dot {
    box-shadow: 0 0 0 3px var(--_highlight), 0 0 0 4px var(--_marker);
  }
  .marker.selected .label {
    background: var(--_highlight);
    text-decoration: underline;
    text-shadow: none;
  }
  .marker.selected .dot {
    box-shadow: 0 0 0 3px var(--_surface), 0 0 0 5px var(--_fg);
  }
  .marker:focus-visible .label {
    outline: 2px solid var(--_focus);
    outline-offset: 1px;
  }
  .marker:focus-visible .dot {
    box-shadow: 0 0 0 3px var(--_focus);
  }
  .inset {
    position: absolute;
    top: 6px;
    right: 6px;
    inline-size: min(22%, 120px);
    block-size: auto;
    aspect-ratio: 1;
  }
  .inset .sea {
    fill: var(--_sea);
    stroke: var(--_map-border);
    stroke-width: 1;
  }
  .inset .land {
    fill: var(--_land);
    stroke: var(--_map-border);
    stroke-width: 0.4;
  }
  .inset .box {
    fill: none;
    stroke: var(--_marker);
    stroke-width: 2;
  }
  .scale {
    position: absolute;
    left: 8px;
    bottom: 8px;
    block-size: 6px;
    border: 1.5px solid var(--_fg);
    border-block-start: 0;
    font-size: 0.7rem;
    line-height: 1;
  }
  .scale span {
    position: absolute;
    left: 0;
    bottom: 8px;
    white-space: nowrap;
    color: var(--_fg);
    text-shadow: 0 0 2px var(--_halo), 0 0 2px var(--_halo);
  }

  /* Beside the map */
  .side {
    display: grid;
    gap: var(--_space-l);
    align-content: start;
    font-size: 0.9375em;
  }
  .hint {
    margin: 0;
  }
  .details {
    padding: var(--_space-m);
    border-inline-start: 3px solid var(--_marker);
    background: color-mix(in srgb, var(--_highlight) 35%, transparent);
    border-radius: var(--_radius);
  }
  .details p {
    margin: var(--_space-s) 0 0;
  }
  .details-top {
    display: flex;
    gap: var(--_space-m);
    align-items: baseline;
    justify-content: space-between;
  }
  .clear,
  .place {
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
  }
  .clear {
    color: var(--_accent);
    font-size: 0.875em;
    text-decoration: underline;
  }
  .place {
    color: var(--_fg);
    text-align: start;
    text-decoration: underline;
    text-decoration-color: var(--_border);
    text-underline-offset: 0.15em;
  }
  .place[aria-pressed='true'] {
    background: var(--_highlight);
    text-decoration-color: currentColor;
  }
  .not-shown h3 {
    font-size: 0.875em;
    color: var(--_muted);
    margin-block-end: var(--_space-s);
  }
  details {
    margin-block-start: var(--_space-m);
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
  }
  details ul {
    margin-block-start: var(--_space-s);
  }
  .source {
    margin: var(--_space-s) 0 0;
    font-size: 0.75em;
  }

  @media (forced-colors: active) {
    .chart .sea,
    .inset .sea {
      fill: Canvas;
    }
    .chart .land,
    .inset .land,
    .chart .land.story {
      fill: Canvas;
      stroke: GrayText;
    }
    .chart .land.selected {
      fill: Canvas;
      stroke: Highlight;
      stroke-width: 3px;
    }
    .chart .coast {
      stroke: CanvasText;
    }
    .inset .box {
      stroke: CanvasText;
    }
    .marker .dot {
      forced-color-adjust: none;
      background: CanvasText;
      border-color: Canvas;
      box-shadow: 0 0 0 1px CanvasText;
    }
    .marker.selected .dot {
      background: Highlight;
      box-shadow: 0 0 0 3px Canvas, 0 0 0 5px Highlight;
    }
    .marker .label {
      color: CanvasText;
      text-shadow: none;
    }
    .marker.selected .label {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    .marker .arrow {
      color: CanvasText;
    }
    .scale {
      border-color: CanvasText;
    }
  }
  @media print {
    /* the shared print rule hides buttons; markers and place names are content here */
    .marker {
      display: block;
    }
    .place {
      display: inline;
    }
    .frame {
      break-inside: avoid;
    }
    .clear {
      display: none;
    }
    details > ul {
      display: block;
    }
  }
`;
