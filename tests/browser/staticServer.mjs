import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { createGzip } from 'node:zlib';

/** @type {Readonly<Record<string, string>>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * A plain static file server, like a school's intranet: files only (a folder's index.html for its
 * address), under a sub-path, with no CORS or other special headers (unlike `vite preview`), so
 * the tests and benches see what such a host does. Plain JavaScript, so the .mjs benches share it.
 * @param {string} directory
 * @param {import('./staticServer.d.mts').ServeOptions} [options]
 * @returns {Promise<import('./staticServer.d.mts').StaticSite>}
 */
export async function serveStatic(directory, options = {}) {
  const subPath = options.subPath ?? '/who-gains/';
  const root = normalize(directory);
  const server = createServer((request, response) => {
    void (async () => {
      let path;
      try {
        path = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname);
      } catch {
        response.writeHead(400).end();
        return;
      }
      if (!path.startsWith(subPath)) {
        response.writeHead(404).end();
        return;
      }
      const relative = path.slice(subPath.length);
      const file = normalize(join(root, relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative));
      if (!file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      try {
        if (!(await stat(file)).isFile()) throw new Error('not a file');
        const type = types[extname(file)] ?? 'application/octet-stream';
        const gzip = options.compress === true && /gzip/.test(String(request.headers['accept-encoding'])) && !type.startsWith('image/png');
        const headers = typeof options.headers === 'function' ? options.headers(relative) : options.headers;
        response.writeHead(200, { ...headers, 'Content-Type': type, ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
        const body = createReadStream(file);
        if (gzip) body.pipe(createGzip()).pipe(response);
        else body.pipe(response);
      } catch {
        response.writeHead(404).end();
      }
    })();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${subPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
