import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderStoryStatus } from '../src/shared/story-status.js';
import { en } from '../src/shared/i18n/en.js';
import type { StoryState } from '../src/story/state.js';

// While a story loads (the default story is a chunk loaded on first use), a widget that has fallback HTML
// keeps showing it through a slot; a "Loading" box in its place collapsed the page and grew it again.
describe('renderStoryStatus while loading', () => {
  const loading = { status: 'loading' } as StoryState;

  it('shows the fallback (light DOM) through a slot when the host has children', () => {
    const host = document.createElement('div');
    host.innerHTML = '<p>fallback</p>';
    const out = document.createElement('div');
    render(renderStoryStatus(loading, en, host), out);
    expect(out.querySelector('slot')).to.not.equal(null);
    expect(out.querySelector('[role="status"]')).to.equal(null);
  });

  it('says "Loading" when there is no fallback to show', () => {
    const out = document.createElement('div');
    render(renderStoryStatus(loading, en, document.createElement('div')), out);
    expect(out.querySelector('slot')).to.equal(null);
    expect(out.querySelector('[role="status"]')?.textContent).to.equal(en.loading);
  });
});
