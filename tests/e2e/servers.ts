import { createReadStream } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { resolveFile, TYPES } from '../../bench/lib/serve';

export interface Served {
  origin: string;
  close: () => Promise<void>;
}

function listen(server: Server): Promise<Served> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((r) => server.close(() => r())),
      }),
    ),
  );
}

/** A plain static server for dist/ (or another build), under a base path, with extra headers. */
export function serveDist(
  base = '/',
  headers: OutgoingHttpHeaders = {},
  dir = 'dist',
): Promise<Served> {
  return listen(
    createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base)) {
        res.writeHead(404).end();
        return;
      }
      const found = resolveFile(dir, path.slice(base.length));
      if ('status' in found) {
        res.writeHead(found.status).end();
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(found.file)] ?? 'application/octet-stream',
        ...headers,
      });
      createReadStream(found.file).pipe(res);
    }),
  );
}

/** A host page (a news article, say) on its own origin. */
export function serveHost(html: string): Promise<Served> {
  return listen(
    createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    }),
  );
}
