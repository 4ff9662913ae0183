/**
 * `npm run data`: builds `data/<id>/story.json` from `article.txt` and `story.yaml` for every
 * folder under `data/`, verifying every quote, evidence, mention and date (see data/README.md).
 *
 * Options:
 *   --check            verify only; exit 1 when a story.json is missing or out of date (CI)
 *   --data-dir <path>  build another folder of stories (default: data/ of this repository)
 *
 * Exits 1 after listing every error, one per line.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBuild } from '../src/builder/run.js';

function main(argv: readonly string[]): number {
  let check = false;
  let dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--check') check = true;
    else if (arg === '--data-dir' && argv[i + 1] !== undefined) dataDir = resolve(argv[++i]);
    else {
      console.error(`build-story: unknown argument "${arg}" (use --check, --data-dir <path>)`);
      return 2;
    }
  }
  const result = runBuild({ dataDir, check });
  for (const line of result.report) console.log(line);
  if (!result.ok) {
    for (const line of result.errors) console.error(line);
    console.error(`build-story: ${result.errors.length} error${result.errors.length === 1 ? '' : 's'}${check ? '' : '; nothing written for the stories with errors'}`);
    return 1;
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
