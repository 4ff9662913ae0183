// Runs in the page after the framework rendered: what a team would check by hand. Reports through
// `window.__result`, which test/node/frameworks.test.ts reads.
interface TimelineLike extends HTMLElement { compact: boolean; updateComplete: Promise<unknown> }
interface StoryLike extends HTMLElement { story: unknown }

declare global {
  interface Window { __result?: Record<string, unknown>; __selections: unknown[] }
}
window.__selections ??= [];

/** What a framework's `sahel-select` handler calls. */
export function selected(selection: unknown): void {
  window.__selections.push(selection);
}

const until = async (test: () => unknown, what: string) => {
  for (let i = 0; i < 100; i++) {
    if (test()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out: ${what}`);
};

export async function check(framework: string, storyId: string): Promise<void> {
  const result: Record<string, unknown> = { framework };
  try {
    await Promise.all(['sahel-story', 'sahel-timeline'].map((t) => customElements.whenDefined(t)));
    await until(() => document.querySelector('#off') && document.querySelector('#on'), 'the framework rendered both timelines');
    const provider = document.querySelector('sahel-story') as StoryLike;
    const off = document.querySelector('#off') as TimelineLike;
    const on = document.querySelector('#on') as TimelineLike;
    await until(() => off.shadowRoot?.querySelector('button.ev') && on.shadowRoot?.querySelector('button.ev'), 'the timelines rendered events');
    result.storyIsObject = typeof provider.story === 'object' && (provider.story as { id?: string } | null)?.id === storyId;
    result.storyAttribute = provider.getAttribute('story');
    result.offCompact = off.compact;
    result.offHasAttribute = off.hasAttribute('compact');
    result.offDescriptions = off.shadowRoot!.querySelectorAll('.desc').length;
    result.onCompact = on.compact;
    result.onDescriptions = on.shadowRoot!.querySelectorAll('.desc').length;
    (off.shadowRoot!.querySelector('button.ev') as HTMLButtonElement).click();
    await until(() => window.__selections.length > 0, 'a sahel-select event reached the handler');
    result.selections = window.__selections;
  } catch (e) {
    result.error = String(e);
  }
  window.__result = result;
}
