/**
 * `sahel-widgets preview DIR`: the editor's review page for a story folder, served on 127.0.0.1. The
 * article with every item highlighted in its text (a colour and an underline style per kind), the items
 * the draft marked `# check:` first, and every widget rendering the story beside it. When story.yaml or
 * article.txt changes, the story is built again and the page updates in place (server-sent events).
 */
import { existsSync, readFileSync, watch, type FSWatcher } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildStory } from './build.js';
import { bundleChunks } from './bundle-chunks.js';
import { formatBuildError } from './errors.js';
import { previewPage } from './preview-page.js';

export interface PreviewOptions {
  /** Port on 127.0.0.1 (0: any free port). */
  port?: number;
  /** The widget bundle to serve; by default the package's own `dist/sahel-widgets.core.js`. */
  bundle?: string;
}

export interface Preview {
  url: string;
  close(): Promise<void>;
}

/** What the page fetches: the built story, or the builder's errors, and the draft's `# check:` notes. */
export interface PreviewState {
  id: string;
  story: unknown;
  errors: string[];
  checks: { list: string; id: string; why: string }[];
  builtAt: number;
}

/** `# check: why` lines standing before `- id: x` in story.yaml, with the list they are in. */
export function checksOf(yamlText: string): PreviewState['checks'] {
  const checks: PreviewState['checks'] = [];
  let list = '';
  let pending: string[] = [];
  for (const line of yamlText.split('\n')) {
    const top = /^([a-z]+):/.exec(line);
    if (top) list = top[1];
    const check = /^\s*# check: (.*)$/.exec(line);
    if (check) pending.push(check[1]);
    const item = /^\s*- id: (\S+)/.exec(line);
    if (item) {
      for (const why of pending) checks.push({ list, id: item[1], why });
      pending = [];
    } else if (!check && line.trim() !== '' && !/^\s*#/.test(line)) pending = [];
  }
  return checks;
}

function defaultBundle(): string {
  // lib/builder/preview.js → dist/; src/builder/preview.ts (in the repository) → dist/ too
  return fileURLToPath(new URL('../../dist/sahel-widgets.core.js', import.meta.url));
}

export async function startPreview(dir: string, options: PreviewOptions = {}): Promise<Preview> {
  const folder = resolve(dir);
  const id = basename(folder);
  const bundle = options.bundle ?? defaultBundle();
  if (!existsSync(join(folder, 'story.yaml')) || !existsSync(join(folder, 'article.txt'))) throw new Error(`${dir}: needs article.txt and story.yaml`);
  if (!existsSync(bundle)) throw new Error(`the widget bundle ${bundle} is missing (run \`npm run build\`)`);

  let state: PreviewState;
  const rebuild = () => {
    const yamlText = readFileSync(join(folder, 'story.yaml'), 'utf8');
    const result = buildStory({ id, articleText: readFileSync(join(folder, 'article.txt'), 'utf8'), yamlText, articleFile: 'article.txt', yamlFile: 'story.yaml' });
    state = { id, story: result.story ?? null, errors: result.errors.map(formatBuildError), checks: checksOf(yamlText), builtAt: Date.now() };
  };
  rebuild();

  const listeners = new Set<ServerResponse>();
  let timer: NodeJS.Timeout | undefined;
  const watchers: FSWatcher[] = ['story.yaml', 'article.txt'].map((file) => watch(join(folder, file), () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      try {
        rebuild();
      } catch (error) {
        state = { ...state, errors: [String(error)], builtAt: Date.now() };
      }
      for (const res of listeners) res.write(`data: ${state.builtAt}\n\n`);
    }, 80);
  }));

  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    const send = (status: number, type: string, body: string | Buffer) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
      res.end(body);
    };
    if (req.method !== 'GET') return send(405, 'text/plain', 'GET only');
    if (path === '/') return send(200, 'text/html; charset=utf-8', previewPage(id));
    if (path === '/state.json') return send(200, 'application/json', JSON.stringify(state));
    if (path === '/sahel-widgets.js') return send(200, 'text/javascript; charset=utf-8', readFileSync(bundle));
    // the chunks the bundle loads on demand (the fr, ha, ar strings), beside it
    if (bundleChunks(bundle).includes(path.slice(1))) return send(200, 'text/javascript; charset=utf-8', readFileSync(join(dirname(bundle), path.slice(1))));
    if (path === '/events') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': connected\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    send(404, 'text/plain', 'not found');
  });
  await new Promise<void>((ok) => server.listen(options.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((done) => {
      clearTimeout(timer);
      for (const w of watchers) w.close();
      for (const res of listeners) res.end();
      server.close(() => done());
      server.closeAllConnections();
    }),
  };
}
