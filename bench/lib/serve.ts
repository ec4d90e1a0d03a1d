import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by extension, for the loopback servers (bench and browser tests). */
export const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.svg': 'image/svg+xml',
  '.pbf': 'application/x-protobuf',
  '.png': 'image/png',
};
/**
 * What a static host compresses: text, and glyph PBFs (map hosts list application/x-protobuf
 * among the types to compress). PNG is compressed already.
 */
const COMPRESS = new Set(['.html', '.js', '.mjs', '.css', '.json', '.geojson', '.svg', '.pbf']);

export interface Server {
  origin: string;
  close: () => void;
}

/**
 * The file a URL path names inside `dir` (a folder's index.html for a folder), or the HTTP
 * status to answer instead: 403 for a path that leaves the folder, 404 for nothing there.
 */
export function resolveFile(
  dir: string,
  urlPath: string,
): { file: string } | { status: 403 | 404 } {
  const root = normalize(dir);
  let file = normalize(join(root, urlPath));
  if (file !== root && !file.startsWith(`${root}/`)) return { status: 403 };
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? { file } : { status: 404 };
}

/** Serves a folder on loopback the way a static host would: gzip for text, cached in memory. */
export function serveStatic(dir: string): Promise<Server> {
  const cache = new Map<string, Buffer>();
  const server = createServer((req, res) => {
    const found = resolveFile(
      dir,
      decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname),
    );
    if ('status' in found) {
      res.writeHead(found.status).end();
      return;
    }
    const { file } = found;
    const ext = extname(file);
    const gzip = COMPRESS.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    let body = cache.get(`${file}:${gzip}`);
    if (!body) {
      body = gzip ? gzipSync(readFileSync(file), { level: 9 }) : readFileSync(file);
      cache.set(`${file}:${gzip}`, body);
    }
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
      ...(gzip ? { 'content-encoding': 'gzip' } : {}),
    });
    res.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => server.close(),
      }),
    ),
  );
}
