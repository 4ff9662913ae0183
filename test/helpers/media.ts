import { emulateMedia } from '@web/test-runner-commands';

export const canEmulateMedia = !navigator.userAgent.includes('Firefox');

/**
 * Emulates media features where the browser can (Chromium, over CDP) and returns true; returns false
 * in Firefox, which the runner drives over WebDriver BiDi without media emulation. Tests then check
 * the same rule in the element's stylesheets instead (`hasMediaRule`), so no engine skips them.
 */
export async function tryEmulateMedia(media: Parameters<typeof emulateMedia>[0]): Promise<boolean> {
  // Asking Firefox anyway works, but the runner prints the refusal's stack trace in the log.
  if (!canEmulateMedia) return false;
  try {
    await emulateMedia(media);
    return true;
  } catch (error) {
    if (/CDP/.test(String(error))) return false;
    throw error;
  }
}

/**
 * Whether the shadow root of `el` has, inside an `@media` rule whose condition contains `condition`,
 * a style rule whose selector contains `selector` and sets `property` to `value`.
 */
export function hasMediaRule(el: Element, condition: string, selector: string, property: string, value: string): boolean {
  const sheets = [...(el.shadowRoot?.adoptedStyleSheets ?? []), ...[...(el.shadowRoot?.styleSheets ?? [])]];
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSMediaRule) || !rule.conditionText.includes(condition)) continue;
      for (const inner of rule.cssRules) {
        if (inner instanceof CSSStyleRule && inner.selectorText.includes(selector) && inner.style.getPropertyValue(property).trim().toLowerCase() === value.toLowerCase()) return true;
      }
    }
  }
  return false;
}
