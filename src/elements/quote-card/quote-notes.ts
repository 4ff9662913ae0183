/** What a quote card says beside the quote: why its speaker is not named, and corrections that concern it. */
import { renderCorrections } from '../../shared/corrections.js';
import type { Strings } from '../../shared/i18n/strings.js';
import type { Quote, Story } from '../../story/types.js';

export { renderAnonymity } from '../../shared/anonymity.js';

/** The corrections of the story that concern any part of the passage. */
export const renderQuoteCorrections = (parts: readonly Quote[], story: Story, t: Strings) =>
  renderCorrections(story, 'quote', parts.map((q) => q.id), t);
