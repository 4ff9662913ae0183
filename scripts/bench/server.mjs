// A zero-dependency localhost server for the bench: static folders (paths.mjs `mounts`) and pages
// generated in memory. Nothing is compressed and nothing is cached (`cache-control: no-store`), so
// every run loads every byte; localhost makes transfer time negligible next to parse and render.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { mounts, root } from './paths.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.map': 'application/json; charset=utf-8',
};

/**
 * Starts the server on 127.0.0.1 at a free port.
 * @param {(path: string, query: URLSearchParams) => Promise<{ body: string | Uint8Array, type: string } | null>} generate
 *   answers generated paths (it is asked first, for every path); `null` falls back to the static mounts.
 * @returns {Promise<{ origin: string, close: () => Promise<void> }>}
 */
export async function startServer(generate) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = decodeURIComponent(url.pathname);
    try {
      let answer = await generate(path, url.searchParams);
      if (!answer && !path.includes('..')) {
        const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
        if (prefix) {
          const body = await readFile(new URL(mounts[prefix] + path.slice(prefix.length), root));
          answer = { body, type: TYPES[extname(path)] ?? 'application/octet-stream' };
        }
      }
      if (!answer) throw new Error('not found');
      res.writeHead(200, { 'content-type': answer.type, 'cache-control': 'no-store' });
      res.end(answer.body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('Not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
