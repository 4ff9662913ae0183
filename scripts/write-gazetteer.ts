/**
 * Part of `npm run build`: the draft extractor's offline gazetteer as one compact file in lib/, so the
 * npm package needs neither data package at run time (see src/builder/draft/gazetteer.ts).
 */
import { statSync } from 'node:fs';
import { writeGazetteer } from '../src/builder/draft/gazetteer.js';

const file = 'lib/builder/draft/gazetteer.json';
writeGazetteer(file);
console.log(`gazetteer: ${file} (${Math.round(statSync(file).size / 1024)} KB)`);
