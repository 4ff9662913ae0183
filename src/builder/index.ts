/**
 * `sahel-widgets/builder`: the story builder as a typed API for Node (never for the browser).
 * The `sahel-widgets` command is a thin layer over these functions.
 */
export { buildStory, serializeStory, type BuildInput, type BuildResult } from './build.js';
export { runBuild, runBuildJobs, buildFolder, resolveStoryFolders, storyFolders, type RunOptions, type RunResult, type FolderResult } from './run.js';
export { jobCount } from './jobs.js';
export { draftArticle, readDraftManifest, type DraftEntry, type DraftLines } from './draft-command.js';
export { formatBuildError, type BuildError } from './errors.js';
export { initStory, storyYamlSkeleton, type InitOptions, type InitResult } from './init.js';
export { normaliseArticle, splitParagraphs } from './article.js';
export { resolveDateForCli, type CliDateOptions, type CliDate, type CliDateResult } from './date-command.js';
export { main as runCli, type CliIO } from './cli.js';
export { draft, type DraftOptions, type DraftResult } from './draft/draft.js';
export { scoreStory, formatScores, type Scores, type SectionScore } from './draft/score.js';
export { startPreview, checksOf, type Preview, type PreviewOptions, type PreviewState } from './preview.js';
export { fallbackHtml, escapeHtml, httpUrl, FALLBACK_TAGS, FALLBACK_WIDGETS, type FallbackWidget } from './html/index.js';
export { writeEmbeds, embedPage, oembedJson, EMBED_WIDGETS, FRAME_SCRIPT, PARENT_SCRIPT, type EmbedOptions, type EmbedResult, type EmbedPage, type EmbedWidget } from './embed/index.js';
