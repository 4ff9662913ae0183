/**
 * The static fallback HTML put inside each embed's tag: the builder's `fallbackHtml` (src/builder/html/),
 * with its inline `style` attributes moved into classes of the embed pages' style sheet, because the
 * strict CSP (`style-src 'self'`) blocks `style` attributes.
 */
import type { Story } from '../../story/types.js';
import { fallbackHtml, type FallbackWidget } from '../html/index.js';

/** Collects the style attributes of every fallback into classes `sahel-f0`, `sahel-f1`, … */
export class FallbackStyles {
  private readonly classes = new Map<string, string>();

  /** The fallback of `widget` with each `style="…"` turned into `class="sahel-fN"`. */
  html(story: Story, widget: FallbackWidget, attributes: Record<string, string>): string {
    return fallbackHtml(story, widget, attributes).replace(/ style="([^"]*)"/g, (_, css: string) => {
      let name = this.classes.get(css);
      if (!name) this.classes.set(css, (name = `sahel-f${this.classes.size}`));
      return ` class="${name}"`;
    });
  }

  /** The rules of the collected classes (style values come from fallbackHtml's own constants, never from the story). */
  css(): string {
    // the attributes were HTML-escaped; CSS text in a style sheet is not
    const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    return [...this.classes].map(([css, name]) => `.${name} { ${unescape(css).replace(/[{}<]/g, '')} }`).join('\n');
  }
}
