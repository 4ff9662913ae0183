// Where things are: the repository root (a file: URL ending in `/`) and the folders the bench serves.
export const root = new URL('../../', import.meta.url);

/** Mount points of the bench server: URL prefix → folder under the root. */
export const mounts = {
  '/dist/': 'dist/',
  '/demo/': 'demo/',
  '/data/': 'data/',
  '/tljs/': 'node_modules/@knight-lab/timelinejs/dist/',
};
