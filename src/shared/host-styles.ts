import { css } from 'lit';

/**
 * Shared by every widget: the global design tokens mapped once to private properties, light and dark
 * from the inherited `color-scheme` (so a page that switches its root scheme switches every widget),
 * a `theme` attribute that forces one, and honest defaults when no theme is loaded.
 *
 * Global tokens (all optional): `--sahel-color-text`, `--sahel-color-muted`, `--sahel-color-surface`,
 * `--sahel-color-accent`, `--sahel-color-border`, `--sahel-color-highlight`, `--sahel-color-focus`,
 * `--sahel-color-danger`, `--sahel-radius`, `--sahel-space-s`, `--sahel-space-m`, `--sahel-space-l`.
 */
export const hostStyles = css`
  :host {
    --_fg: var(--sahel-color-text, light-dark(#1b1b1b, #ededed));
    --_muted: var(--sahel-color-muted, light-dark(#585858, #bdbdbd));
    --_surface: var(--sahel-color-surface, light-dark(#ffffff, #1d1d1f));
    --_accent: var(--sahel-color-accent, light-dark(#9a3412, #fdba74));
    --_border: var(--sahel-color-border, light-dark(#d4d4d4, #48484a));
    --_highlight: var(--sahel-color-highlight, light-dark(#fff0b8, #4d3d00));
    --_focus: var(--sahel-color-focus, light-dark(#0b57d0, #8ab4f8));
    --_danger: var(--sahel-color-danger, light-dark(#b3261e, #f2b8b5));
    --_radius: var(--sahel-radius, 0.375rem);
    --_space-s: var(--sahel-space-s, 0.25rem);
    --_space-m: var(--sahel-space-m, 0.5rem);
    --_space-l: var(--sahel-space-l, 1rem);
    color: var(--_fg);
    font: inherit;
    box-sizing: border-box;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .status {
    padding: var(--_space-m) var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .status.error {
    color: var(--_fg);
    border-color: var(--_danger);
  }
  .status.error strong {
    color: var(--_danger);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @media print {
    :host {
      color-scheme: light;
    }
    button {
      display: none;
    }
  }
`;
