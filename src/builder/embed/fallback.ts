/**
 * The static fallback HTML put inside each embed's tag. It comes from the builder's `fallbackHtml`
 * (src/builder/html/); until that is merged this returns an empty string and the page shows the widget
 * only once the bundle has run.
 */
import type { Story } from '../../story/types.js';

export function fallbackFor(_story: Story, _widget: string, _attributes: Record<string, string>): string {
  return '';
}
