// The shipped GlobalComponents declarations, checked with tsc: what Volar shows in templates.
import type { GlobalComponents } from 'vue';
import type {} from 'sahel-widgets/vue';

type TimelineProps = InstanceType<GlobalComponents['sahel-timeline']>['$props'];
type StoryProps = InstanceType<GlobalComponents['sahel-story']>['$props'];

export const timeline: TimelineProps = { compact: false, layout: 'auto', theme: 'dark', onSahelSelect: (e) => console.log(e.selection?.kind) };
export const provider: StoryProps = { src: '/story.json', 'page-default': true, onSahelStoryLoad: (e) => console.log(e.story.id) };
// @ts-expect-error not a layout of <sahel-timeline>
export const badLayout: TimelineProps = { layout: 'diagonal' };
// @ts-expect-error compact is a boolean
export const badCompact: TimelineProps = { compact: 'yes' };
