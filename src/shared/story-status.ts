import { html, nothing } from 'lit';
import type { TemplateResult } from 'lit';
import type { StoryState } from '../story/state.js';
import type { Strings } from './i18n/strings.js';

/**
 * The loading and error states every widget shows while its story is not ready; `nothing` once it is.
 * While loading, a `host` with light-DOM children (the fallback HTML) shows them through a slot instead.
 * The error names the bad field (the validator's first problem) and offers a retry; it is announced
 * politely so a page with many widgets does not interrupt the reader several times.
 */
export function renderStoryStatus(state: StoryState, strings: Strings, host?: Element): TemplateResult | typeof nothing {
  if (state.status === 'loading') {
    // a widget with fallback HTML keeps showing it until its story is there: no "Loading" box that
    // collapses the page and grows it again (the default story is a chunk loaded on first use)
    if (host?.firstElementChild) return html`<slot></slot>`;
    return html`<div class="status" part="status" role="status">${strings.loading}</div>`;
  }
  if (state.status === 'error') {
    const { error } = state;
    return html`<div class="status error" part="status" role="status">
      <strong>${strings.errorTitle}</strong>
      <p>${error?.message}</p>
      ${error?.kind === 'missing' ? nothing : html`<button type="button" @click=${() => state.retry()}>${strings.retry}</button>`}
    </div>`;
  }
  return nothing;
}

/** A visible, accessible "no such item" state that names the missing id (the console gets it too). */
export function renderNotFound(message: string): TemplateResult {
  return html`<div class="status error" part="status" role="status"><strong>${message}</strong></div>`;
}
