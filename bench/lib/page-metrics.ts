import type { Browser, Page, Route } from '@playwright/test';

export type Kind = 'js' | 'css' | 'data' | 'fonts' | 'html' | 'other';
export interface PageRun {
  idleMs: number;
  fcpMs: number;
  heapBytes: number;
  bytes: Record<Kind, number>;
}

function kindOf(url: string): Kind {
  const path = new URL(url).pathname;
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.css')) return 'css';
  if (/\.(geo)?json$/.test(path)) return 'data';
  if (path.endsWith('.pbf')) return 'fonts';
  if (path.endsWith('.html') || path.endsWith('/')) return 'html';
  return 'other';
}

/**
 * One cold load of a page in a fresh browser context: time from navigation to the map's first
 * `idle` (the page marks it as `map-idle`), first contentful paint, bytes transferred by type
 * (as encoded on the wire), and the JS heap after a garbage collection.
 */
export async function measure(
  browser: Browser,
  url: string,
  opts: { route?: (page: Page) => Promise<void>; timeoutMs?: number } = {},
): Promise<PageRun> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await opts.route?.(page);
  const bytes: Record<Kind, number> = { js: 0, css: 0, data: 0, fonts: 0, html: 0, other: 0 };
  const pending: Promise<void>[] = [];
  page.on('requestfinished', (req) => {
    pending.push(
      Promise.all([req.sizes(), req.response()]).then(
        ([s, response]) => {
          // A worker's script reports a body of 0 here: its length on the wire is taken from
          // the response's content-length (the loopback server sends it, compressed or not).
          const body =
            s.responseBodySize || Number(response?.headers()['content-length'] ?? 0) || 0;
          bytes[kindOf(req.url())] += body + s.responseHeadersSize;
        },
        () => {},
      ),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('map-idle').length > 0, null, {
    timeout: opts.timeoutMs ?? 60_000,
    polling: 50,
  });
  const timing = await page.evaluate(() => ({
    idle: performance.getEntriesByName('map-idle')[0]?.startTime ?? Number.NaN,
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  }));
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await Promise.all(pending);
  await context.close();
  return { idleMs: timing.idle, fcpMs: timing.fcp, heapBytes: heap.usedSize, bytes };
}

/** Serves a replacement body for requests whose path matches. */
export function replace(pattern: RegExp, body: string, type = 'application/json') {
  return async (page: Page) => {
    await page.route(pattern, (route: Route) => route.fulfill({ body, contentType: type }));
  };
}
