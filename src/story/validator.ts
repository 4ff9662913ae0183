/**
 * The story validator (`validate.ts`), loaded on first use. Every story from outside the bundle (a
 * `<sahel-story>`'s `story` property, `src` URL or inline JSON) is validated in the browser; the embedded
 * default story is not, because the build validated it (`npm run data` refuses to write one with a problem),
 * so a page that shows only the default never downloads the validator. In the CDN build `validate.ts` is a
 * chunk beside `sahel-widgets.js` (`sahel-widgets.validate-<hash>.js`), imported relative to it like the
 * locale chunks.
 */
import { inSlices } from './slices.js';
import type * as ValidateModule from './validate.js';
import type { StoryValidation } from './validate.js';

type Validator = typeof ValidateModule;

let loaded: Validator | null = null;
let loading: Promise<Validator> | null = null;

/** The validator module, once it has loaded (then validation need not wait); `null` before. */
export const loadedValidator = (): Validator | null => loaded;

/** Makes the validator available at once, without a load (`validator-sync.ts`, for `sahel-widgets/hydrate`). */
export function setValidator(module: Validator): void {
  loaded = module;
  loading = Promise.resolve(module);
}

/** The validator module, loading it the first time; a failed load is tried again on the next call. */
export function validatorModule(): Promise<Validator> {
  loading ??= import('./validate.js').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Loads the story validator (in the CDN build, a chunk beside `sahel-widgets.js`) and resolves to
 * `validateStory`: `(input: unknown) => { ok: true, story } | { ok: false, problems }`, which never throws.
 * The package's `sahel-widgets/story` entry exports `validateStory` itself, for apps and build tools.
 *
 * @example const validateStory = await loadValidator(); const result = validateStory(JSON.parse(text));
 */
export async function loadValidator(): Promise<(input: unknown) => StoryValidation> {
  return (await validatorModule()).validateStory;
}

/**
 * `validateStory` across tasks, in slices of about `slice` ms with `pause()` between them (see `inSlices`), so
 * that a long story never blocks the page: the same outcome, the same problems in the same order. Another
 * validation may run during a pause. Resolves to `null`, unfinished, once `stop()` says the story was replaced.
 * Loads the validator first if needed (a failed load rejects).
 */
export async function validateStoryInSlices(input: unknown, stop: () => boolean, pause?: () => Promise<void>, slice?: number): Promise<StoryValidation | null> {
  const { validationSteps } = await validatorModule();
  return stop() ? null : inSlices(validationSteps(input), stop, pause, slice);
}
