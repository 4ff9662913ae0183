// React 19: the @lit/react wrappers (`sahel-widgets/react`) and the plain tags typed by `sahel-widgets/react-jsx`.
import { createRoot } from 'react-dom/client';
import type {} from 'sahel-widgets/react-jsx';
import { SahelStory, SahelTimeline } from 'sahel-widgets/react';
import type { SahelSelectEvent, Story } from 'sahel-widgets';
import { check, selected } from '../../shared/checks.ts';
import data from '../../shared/story.json';

const story = data as Story;
const wrappers = new URLSearchParams(location.search).has('wrappers');

function Wrapped() {
  return (
    <SahelStory story={story}>
      <SahelTimeline id="off" compact={false} onSahelSelect={(e: SahelSelectEvent) => selected(e.selection)} />
      <SahelTimeline id="on" compact layout="vertical" />
    </SahelStory>
  );
}

function Plain() {
  return (
    <sahel-story story={story}>
      <sahel-timeline id="off" compact={false} theme="light" onsahel-select={(e) => selected(e.selection?.kind && e.selection)} />
      <sahel-timeline id="on" compact show-sources={false} />
    </sahel-story>
  );
}

// Types that must be refused: if these compiled, the declarations would be `any`.
// @ts-expect-error not a layout of <sahel-timeline>
export const badLayout = <SahelTimeline layout="diagonal" />;
// @ts-expect-error not a layout of <sahel-timeline>
export const badPlainLayout = <sahel-timeline layout="diagonal" />;
// @ts-expect-error compact is a boolean
export const badCompact = <sahel-timeline compact="yes" />;
// @ts-expect-error no such element
export const unknownTag = <sahel-nothing />;

createRoot(document.getElementById('root')!).render(wrappers ? <Wrapped /> : <Plain />);
void check(wrappers ? 'react19 wrappers' : 'react19 jsx', story.id);
