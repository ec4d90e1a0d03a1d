import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type OutgoingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { TYPES } from '../../bench/lib/serve';

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

/** A plain static server for dist/, under a base path, with extra response headers. */
export function serveDist(base = '/', headers: OutgoingHttpHeaders = {}): Promise<Served> {
  return listen(
    createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (!path.startsWith(base)) {
        res.writeHead(404).end();
        return;
      }
      let file = normalize(join('dist', path.slice(base.length)));
      if (!file.startsWith('dist')) {
        res.writeHead(403).end();
        return;
      }
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...headers,
      });
      createReadStream(file).pipe(res);
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
