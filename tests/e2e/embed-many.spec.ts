import { expect, test } from '@playwright/test';
import { frameOf, hostPage } from './embed-host';
import { type Served, serveDist, serveHost } from './servers';

let app: Served;
test.beforeAll(async () => {
  app = await serveDist('/');
});
test.afterAll(async () => {
  await app.close();
});

test('twenty embeds on one page: those far from view wait at their height, maps near the viewport, placeholders elsewhere, no WebGL context warning', async ({
  page,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 800, height: 900 });
  const host = await serveHost(hostPage(app.origin, `${app.origin}/?embed=1`, 20));
  try {
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => {
      if (/WebGL|context/i.test(m.text())) warnings.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.origin);
    // An embed far below the fold has told the host its height, shows its page written at build
    // time, and has not started its app.
    const far = page.locator('#f8');
    await expect
      .poll(() => far.evaluate((e) => e.getBoundingClientRect().height))
      .toBeGreaterThan(200);
    await expect(far).not.toBeInViewport();
    const farFrame = await frameOf(page, 'f8');
    await expect(farFrame.locator('.poster img')).toHaveCount(1);
    await expect(farFrame.locator('.panel-head h1')).not.toBeEmpty();
    // Its panel closed as the app will start it, and its toggle says so.
    await expect(farFrame.locator('.panel-toggle')).toHaveAttribute('aria-expanded', 'false');
    await expect(farFrame.locator('.panel-toggle')).toHaveText('Open the panel');
    const top = await frameOf(page, 'f0');
    await top.waitForFunction(() => Boolean(window.kimTrainMap?.map), null, { timeout: 60_000 });
    const fetched = await farFrame.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name),
    );
    expect(fetched.filter((url) => /\.(geojson|json)$|\/main-/.test(url))).toEqual([]);
    expect(await farFrame.evaluate(() => 'kimTrainMap' in window)).toBe(false);
    const farHeight = await far.evaluate((e) => e.getBoundingClientRect().height);
    const live = async () => {
      let maps = 0;
      let placeholders = 0;
      for (const f of page.frames().filter((x) => x !== page.mainFrame())) {
        const s = await f
          .evaluate(() => ({
            map: Boolean(window.kimTrainMap?.map),
            placeholder: Boolean(document.querySelector('.map-placeholder')),
          }))
          .catch(() => null);
        if (s?.map) maps += 1;
        else if (s?.placeholder) placeholders += 1;
      }
      return { maps, placeholders };
    };
    for (let i = 0; i < 20; i += 2) {
      await page.locator(`#f${i}`).scrollIntoViewIfNeeded();
      await page.waitForTimeout(400);
    }
    const last = await frameOf(page, 'f19');
    await last.waitForFunction(() => Boolean(window.kimTrainMap?.map), null, { timeout: 60_000 });
    await page.locator('#f0').scrollIntoViewIfNeeded();
    const first = await frameOf(page, 'f0');
    await first.waitForFunction(() => Boolean(window.kimTrainMap?.map), null, { timeout: 60_000 });
    const counts = await live();
    // Once reached, the far embed started in the place its page had kept for it.
    expect(await farFrame.evaluate(() => 'kimTrainMap' in window)).toBe(true);
    expect(await far.evaluate((e) => e.getBoundingClientRect().height)).toBe(farHeight);
    expect(counts.maps + counts.placeholders).toBe(20);
    expect(counts.maps).toBeLessThan(16);
    expect(warnings.filter((w) => /too many active webgl contexts/i.test(w))).toEqual([]);
    expect(errors).toEqual([]);
  } finally {
    await host.close();
  }
});

test('an embed below the fold, dark and without its title, keeps its look and height when its app starts', async ({
  page,
}) => {
  await page.setViewportSize({ width: 640, height: 700 });
  const src = `${app.origin}/?embed=1&title=0&theme=dark`;
  const host = await serveHost(
    `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
<div style="height:1500px">The article.</div>
<iframe data-kim-train-map id="e" src="${src}" title="Map" width="100%" height="150" frameborder="0"></iframe>
<script src="${app.origin}/embed.js" async></script></body></html>`,
  );
  try {
    await page.goto(host.origin);
    const iframe = page.locator('#e');
    await expect
      .poll(() => iframe.evaluate((e) => e.getBoundingClientRect().height))
      .toBeGreaterThan(200);
    const frame = await frameOf(page, 'e');
    const look = () =>
      frame.evaluate(() => ({
        theme: document.documentElement.dataset.theme,
        titleHidden: document
          .querySelector('.panel-head h1')
          ?.classList.contains('visually-hidden'),
        open: document.querySelector('.panel-toggle')?.getAttribute('aria-expanded'),
        ink: getComputedStyle(document.body).color,
      }));
    const before = await look();
    expect(await frame.evaluate(() => 'kimTrainMap' in window)).toBe(false);
    expect(before).toMatchObject({ theme: 'dark', titleHidden: true, open: 'false' });
    const height = await iframe.evaluate((e) => e.getBoundingClientRect().height);
    await iframe.scrollIntoViewIfNeeded();
    await frame.waitForFunction(() => Boolean(window.kimTrainMap?.map), null, { timeout: 60_000 });
    expect(await look()).toEqual(before);
    expect(await iframe.evaluate((e) => e.getBoundingClientRect().height)).toBe(height);
  } finally {
    await host.close();
  }
});
