import { test } from '@playwright/test';
import { openMap } from './driver';

test('dbg', async ({ page }) => {
  await openMap(page);
  await page.locator('.route').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/dbg.png' });
  await page.evaluate(() => window.kimTrainMap?.map.jumpTo({ center: [130.9, 42.8], zoom: 7 }));
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'test-results/dbg2.png' });
});
