// Serves the demo page (demo/) with the built bundle (dist/) and story data (data/) on localhost.
// Zero dependencies; read-only; refuses paths outside the three folders.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const port = Number(process.env.PORT ?? 8000);
const host = process.env.HOST ?? '127.0.0.1';
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** `/` and `/demo/…` → demo/, `/dist/…` → dist/, `/data/…` → data/. */
export function fileFor(urlPath) {
  const path = normalize(decodeURIComponent(urlPath.split('?')[0]));
  for (const folder of ['dist', 'data', 'demo']) {
    if (path === `/${folder}` || path.startsWith(`/${folder}/`)) return join(root, path);
  }
  return join(root, 'demo', path === '/' ? 'index.html' : path);
}

const server = createServer(async (req, res) => {
  try {
    let file = fileFor(req.url ?? '/');
    if (!file.startsWith(root)) throw new Error('outside');
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found');
  }
});

server.listen(port, host, () => {
  console.log(`sahel-widgets demo: http://${host === '0.0.0.0' ? 'localhost' : host}:${port}/`);
});
