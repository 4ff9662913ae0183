import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { BroadcastChannel, QuoteMedium } from '../../story/types.js';

/** One stroked path per medium on a 16-unit grid: speech bubble, placard on a stick, television, written page. */
const paths: Record<QuoteMedium, string> = {
  spoken: 'M2 3h12v8H7l-3 3v-3H2z',
  sign: 'M2 2h12v7H2zM8 9v6',
  broadcast: 'M1.5 5h13v9h-13zM5 1.5 8 5l3-3.5',
  statement: 'M3 1.5h7l3 3v10H3zM5.5 8h5m-5 3h5',
};

/** A broadcast whose channel the article gives: a radio set, a television, a globe for online. */
const channels: Record<BroadcastChannel, string> = {
  radio: 'M1.5 6h13v8h-13zM4 6l8-4.5M4.5 9.5h3m-3 2h3M11.5 10.5h.01',
  television: paths.broadcast,
  online: 'M8 1.5a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM1.5 8h13M8 1.5c-2.5 3-2.5 10 0 13M8 1.5c2.5 3 2.5 10 0 13',
};

/**
 * A tiny decorative icon for a quote's medium (the words beside it carry the meaning): inline, no requests.
 * An `html` template, not `svg`: Lit's `svg` is for fragments inside an `<svg>`, and the HTML parser already
 * puts an outer `<svg>` in the SVG namespace. Stroke and size come from the element's styles (`.icon`).
 */
export const mediumIcon = (medium: QuoteMedium, channel?: BroadcastChannel): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${(medium === 'broadcast' && channel && channels[channel]) || (paths[medium] ?? paths.spoken)}></path></svg>`;
