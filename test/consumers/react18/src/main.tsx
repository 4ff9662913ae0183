// React 18: plain tags cannot take events or boolean properties there, so the @lit/react wrappers do.
import { createRoot } from 'react-dom/client';
import { SahelStory, SahelTimeline } from 'sahel-widgets/react';
import type { Story } from 'sahel-widgets';
import { check, selected } from '../../shared/checks.ts';
import data from '../../shared/story.json';

const story = data as Story;

function App() {
  return (
    <SahelStory story={story}>
      <SahelTimeline id="off" compact={false} onSahelSelect={(e) => selected(e.selection?.kind && e.selection)} />
      <SahelTimeline id="on" compact theme="dark" />
    </SahelStory>
  );
}

// @ts-expect-error not a layout of <sahel-timeline>
export const badLayout = <SahelTimeline layout="diagonal" />;
// @ts-expect-error the handler gets a SahelSelectEvent, whose selection is not a number
export const badHandler = <SahelTimeline onSahelSelect={(e) => e.selection satisfies number} />;

createRoot(document.getElementById('root')!).render(<App />);
void check('react18 wrappers', story.id);
