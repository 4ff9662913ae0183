// The shipped Svelte element declarations, checked with tsc: what svelte-check and the editor see.
import type { SvelteHTMLElements } from 'svelte/elements';
import type {} from 'sahel-widgets/svelte';

type TimelineProps = SvelteHTMLElements['sahel-timeline'];

export const timeline: TimelineProps = { compact: false, layout: 'auto', theme: 'dark', 'onsahel-select': (e) => console.log(e.selection?.kind) };
// @ts-expect-error not a layout of <sahel-timeline>
export const badLayout: TimelineProps = { layout: 'diagonal' };
