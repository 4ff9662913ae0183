import { html } from 'lit';
import type { TemplateResult } from 'lit';
import type { QuoteMedium } from '../../story/types.js';

/** One stroked path per medium on a 16-unit grid: speech bubble, placard on a stick, television, written page. */
const paths: Record<QuoteMedium, string> = {
  spoken: 'M2 3h12v8H7l-3 3v-3H2z',
  sign: 'M2 2h12v7H2zM8 9v6',
  broadcast: 'M1.5 5h13v9h-13zM5 1.5 8 5l3-3.5',
  statement: 'M3 1.5h7l3 3v10H3zM5.5 8h5m-5 3h5',
};

/**
 * A tiny decorative icon for a quote's medium (the words beside it carry the meaning): inline, no requests.
 * An `html` template, not `svg`: Lit's `svg` is for fragments inside an `<svg>`, and the HTML parser already
 * puts an outer `<svg>` in the SVG namespace. Stroke and size come from the element's styles (`.icon`).
 */
export const mediumIcon = (medium: QuoteMedium): TemplateResult =>
  html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true"><path d=${paths[medium] ?? paths.spoken}></path></svg>`;
