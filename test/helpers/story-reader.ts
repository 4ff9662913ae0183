import { html, LitElement } from 'lit';
import { StoryConsumer } from '../../src/shared/story-consumer.js';

/** A minimal widget for tests: proves the consumer controller delivers state and re-renders. */
export class TestStoryReader extends LitElement {
  readonly story = new StoryConsumer(this);
  renders = 0;

  override render() {
    this.renders++;
    const { status, story, error, selection } = this.story.state;
    return html`<p class="status">${status}</p>
      <h2>${story?.article.headline ?? ''}</h2>
      <p class="error">${error?.message ?? ''}</p>
      <p class="selection">${selection ? `${selection.kind}:${selection.id}` : ''}</p>`;
  }

  text(selector: string): string {
    return this.shadowRoot?.querySelector(selector)?.textContent ?? '';
  }
}
if (!customElements.get('test-story-reader')) customElements.define('test-story-reader', TestStoryReader);

declare global {
  interface HTMLElementTagNameMap {
    'test-story-reader': TestStoryReader;
  }
}
