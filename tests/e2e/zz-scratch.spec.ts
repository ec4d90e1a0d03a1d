import { test } from '@playwright/test';
import { waitForIdle } from './driver';
import { serveDist } from './servers';

for (const [name, dir] of [
  ['kim', 'dist'],
  ['us', '/tmp/i36/dist-us'],
] as const)
  for (const vp of [
    { width: 390, height: 844 },
    { width: 1280, height: 800 },
  ])
    test(`shot ${name} ${vp.width}`, async ({ page }) => {
      const s = await serveDist('/', {}, dir);
      await page.setViewportSize(vp);
      await page.goto(`${s.origin}/`);
      await waitForIdle(page);
      await page.screenshot({ path: `/tmp/i36/shot-${name}-${vp.width}.png` });
      await page.getByRole('button', { name: 'Places', exact: true }).click();
      await page.locator('.place-button').nth(3).click();
      await page.waitForTimeout(1500);
      await page.screenshot({ path: `/tmp/i36/shot-${name}-${vp.width}-place.png` });
      await s.close();
    });
