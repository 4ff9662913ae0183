/**
 * The first words of a quote (eight, then "…"), between the locale's quotation marks: how an actor's details and
 * a correction's "concerns" line name a quote. Shared by the widgets and the builder's fallback HTML.
 */
export function quoteStart(text: string, s: { openQuote: string; closeQuote: string }): string {
  const words = text.split(/\s+/);
  return s.openQuote + (words.length > 8 ? `${words.slice(0, 8).join(' ')}…` : text) + s.closeQuote;
}
