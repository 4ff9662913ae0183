/**
 * Every locale's strings, registered synchronously: for Node (the builder's fallback HTML, which is
 * rendered in one call) and for apps and tests that want no on-demand loading. Browsers otherwise load
 * a locale on first use (`loadStrings` in `strings.ts`).
 */
import { ar } from './ar.js';
import { fr } from './fr.js';
import { ha } from './ha.js';
import { registerStrings } from './strings.js';

for (const strings of [fr, ha, ar]) registerStrings(strings);

export { ar, fr, ha };
export { en } from './en.js';
