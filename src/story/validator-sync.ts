/**
 * The story validator bundled in, available at once (`validator.ts` loads it on first use instead). For
 * `sahel-widgets/hydrate`: a server-rendered widget hydrates on its first render, which must meet the story
 * the server rendered, so a `<sahel-story page-default>` with inline JSON has to validate it without waiting.
 */
import * as validate from './validate.js';
import { setValidator } from './validator.js';

setValidator(validate);
