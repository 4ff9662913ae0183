import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  section {
    padding: var(--_space-m) var(--_space-l) var(--_space-l);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s) var(--_space-l);
    align-items: baseline;
    justify-content: space-between;
  }
  [part='title'],
  [part='heading'] {
    margin: 0;
    line-height: 1.25;
  }
  [part='title'] {
    font-size: 1.15em;
  }
  [part='heading'] {
    margin-block: var(--_space-l) var(--_space-s);
    color: var(--_muted);
    font-size: 0.8em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  .sort {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
    align-items: baseline;
    color: var(--_muted);
    font-size: 0.875em;
  }
  [part='sort'] {
    padding: 0.1em 0.6em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: none;
    color: var(--_fg);
    cursor: pointer;
  }
  [part='sort'][aria-pressed='true'] {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    [part='sort'][aria-pressed='true'] {
      border-color: Highlight;
      box-shadow: inset 0 0 0 1px Highlight;
    }
  }
  [part='list'] {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--sahel-actor-list-column-width, 16rem)), 1fr));
    gap: var(--_space-s) var(--_space-l);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part='item'] {
    display: flex;
    gap: var(--_space-m);
    align-items: baseline;
    justify-content: space-between;
  }
  .count {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  @media print {
    .sort {
      display: none;
    }
  }
`;
