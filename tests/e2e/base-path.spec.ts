import { expect, test } from '@playwright/test';
import { rendered, waitForIdle, watchForeignRequests } from './driver';
import { serveDist } from './servers';

test('dist/ works from a plain static server under a base path', async ({ page }) => {
  const base = '/graphics/2023/kim-train/';
  const server = await serveDist(base);
  try {
    const foreign = watchForeignRequests(page, server.origin);
    const failed: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(r.url());
    });
    await page.goto(`${server.origin}${base}`);
    await waitForIdle(page);
    expect((await rendered(page, ['place-circles'], 'id')).length).toBe(7);
    expect((await rendered(page, ['place-labels'], 'name')).length).toBeGreaterThan(2);
    expect(failed).toEqual([]);
    expect(foreign).toEqual([]);
  } finally {
    await server.close();
  }
});
