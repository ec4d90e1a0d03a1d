import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { rendered, waitForIdle, watchForeignRequests } from './driver';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A plain static server that serves dist/ under a sub-path, as a newsroom CMS might. */
function serveDistUnder(base: string): Promise<Server> {
  const server = createServer((req, res) => {
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
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

test('dist/ works from a plain static server under a base path', async ({ page }) => {
  const base = '/graphics/2023/kim-train/';
  const server = await serveDistUnder(base);
  try {
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const foreign = watchForeignRequests(page, origin);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(r.url());
    });
    await page.goto(`${origin}${base}`);
    await waitForIdle(page);
    expect((await rendered(page, ['place-circles'], 'id')).length).toBe(7);
    expect((await rendered(page, ['place-labels'], 'name')).length).toBeGreaterThan(2);
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    server.close();
  }
});
