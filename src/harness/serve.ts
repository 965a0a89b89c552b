/**
 * A static file server for a built site on 127.0.0.1, as a CDN would serve it: text gzipped for a
 * client that accepts it, so what a browser (or Lighthouse) measures is what visitors download.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createGzip } from 'node:zlib';

/** Already compressed, or too small to gain: sent as they are. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg)/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

async function file(p: string): Promise<string | undefined> {
  const s = await stat(p).catch(() => undefined);
  if (s?.isFile()) return p;
  if (s?.isDirectory()) return file(path.join(p, 'index.html'));
  return undefined;
}

/**
 * Serves `root` at `prefix` (default `/`), as a project site is served under `/<repo>/`: a request
 * outside the prefix gets the 404 page. `url` is the server's origin; paths given to it include the
 * prefix.
 */
export async function serve(
  root: string,
  prefix = '/',
): Promise<{ url: string; close: () => Promise<void> }> {
  if (!prefix.startsWith('/') || !prefix.endsWith('/')) {
    throw new Error(`a prefix starts and ends with "/", not ${JSON.stringify(prefix)}`);
  }
  const server: Server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = pathname.startsWith(prefix);
    const target = path.join(root, path.normalize(pathname.slice(prefix.length - 1)));
    void (async () => {
      const found = inside && target.startsWith(root) ? await file(target) : undefined;
      const status = found ? 200 : 404;
      const body = found ?? path.join(root, '404.html');
      const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
      const gzip =
        COMPRESSIBLE.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, {
        'content-type': type,
        vary: 'accept-encoding',
        ...(gzip ? { 'content-encoding': 'gzip' } : {}),
      });
      const stream = createReadStream(body);
      if (gzip) stream.pipe(createGzip()).pipe(res);
      else stream.pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
