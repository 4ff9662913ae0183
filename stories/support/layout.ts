import { html } from 'lit';
import type { TemplateResult } from 'lit';

/** The narrowest column the widgets support (a phone, or a CMS sidebar). Story names spell it out (CSF names must be literals). */
export const NARROW = 280;
/** A wide slot (a full-bleed block of a desktop article page). */
export const WIDE = 1100;

/** Puts `content` in a block of a fixed width, outlined, as a CMS column would hold it. */
export function column(width: number, content: TemplateResult, label = `${width} px column`): TemplateResult {
  // data-fixed-width: a column wider than a phone on purpose, which the 320 px reflow check does not hold against the story
  return html`<section
    aria-label=${label}
    data-fixed-width=${width}
    style="inline-size: ${width}px; max-inline-size: none; outline: 1px dashed GrayText; outline-offset: 4px"
  >
    ${content}
  </section>`;
}

/**
 * A run of article text, as a CMS page puts between widget blocks. The widgets must look right
 * between ordinary paragraphs in the page's own font.
 */
export const prose = (text: string): TemplateResult => html`<p style="max-inline-size: 38rem">${text}</p>`;
