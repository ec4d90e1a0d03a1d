import { expect, test } from '@playwright/test';
import { contentHeight, frameOf, hostPage } from './embed-host';
import { type Served, serveDist, serveHost } from './servers';

let app: Served;
test.beforeAll(async () => {
  app = await serveDist('/');
});
test.afterAll(async () => {
  await app.close();
});

for (const width of [320, 640, 1024]) {
  test(`the host script sizes the iframe to its content at ${width} px, and again when the panel opens`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 900 });
    const host = await serveHost(hostPage(app.origin, `${app.origin}/?embed=1`));
    try {
      const events: string[] = [];
      await page.exposeFunction('recordEvent', (t: string) => events.push(t));
      await page.goto(host.origin);
      await page.evaluate(() => {
        const f = document.getElementById('f0');
        for (const t of ['mode.change', 'panel.toggle', 'place.select', 'speed.change']) {
          f?.addEventListener(`kim-train-map:${t}`, () =>
            (window as unknown as { recordEvent: (x: string) => void }).recordEvent(t),
          );
        }
      });
      const frame = await frameOf(page, 'f0');
      await frame.waitForFunction(() => Boolean(window.kimTrainMap?.map));
      const iframe = page.locator('#f0');
      const fits = async () =>
        Math.abs(
          (await iframe.evaluate((e) => e.getBoundingClientRect().height)) -
            (await contentHeight(frame)),
        );
      await expect.poll(fits).toBeLessThanOrEqual(2);
      const closed = await contentHeight(frame);
      await frame.locator('.panel-toggle').click();
      await expect.poll(async () => contentHeight(frame)).toBeGreaterThan(closed + 100);
      await expect.poll(fits).toBeLessThanOrEqual(2);
      await frame.getByRole('button', { name: 'Computed' }).click();
      await expect
        .poll(() => events)
        .toEqual(expect.arrayContaining(['panel.toggle', 'mode.change']));
      await page.screenshot({ path: `test-results/embed-${width}.png`, fullPage: true });
    } finally {
      await host.close();
    }
  });
}

test('a host script that arrives after the embed has reported still sizes it', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 900 });
  // The host page without its script at first.
  const html = hostPage(app.origin, `${app.origin}/?embed=1`).replace(
    /<script src=[^>]*><\/script>/,
    '',
  );
  const host = await serveHost(html);
  try {
    await page.goto(host.origin);
    const frame = await frameOf(page, 'f0');
    await frame.waitForFunction(() => Boolean(window.kimTrainMap?.map));
    const iframe = page.locator('#f0');
    expect(await iframe.evaluate((e) => e.getBoundingClientRect().height)).toBe(150);
    await page.evaluate((src) => {
      const s = document.createElement('script');
      s.src = src;
      document.body.append(s);
    }, `${app.origin}/embed.js`);
    await expect
      .poll(async () =>
        Math.abs(
          (await iframe.evaluate((e) => e.getBoundingClientRect().height)) -
            (await contentHeight(frame)),
        ),
      )
      .toBeLessThanOrEqual(2);
  } finally {
    await host.close();
  }
});

test('the host script ignores height messages from windows that are not its iframes', async ({
  page,
}) => {
  const host = await serveHost(hostPage(app.origin, `${app.origin}/?embed=1`));
  try {
    await page.goto(host.origin);
    const frame = await frameOf(page, 'f0');
    await frame.waitForFunction(() => Boolean(window.kimTrainMap?.map));
    const iframe = page.locator('#f0');
    await expect
      .poll(async () => iframe.evaluate((e) => e.getBoundingClientRect().height))
      .toBeGreaterThan(200);
    const before = await iframe.evaluate((e) => e.getBoundingClientRect().height);
    // The host page itself (not an iframe) posts a height: ignored.
    await page.evaluate(() =>
      window.postMessage({ sentinel: 'amp', type: 'embed-size', height: 99999 }, '*'),
    );
    // The iframe posts an absurd height: clamped.
    await frame.evaluate(() =>
      window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: 1e9 }, '*'),
    );
    await expect
      .poll(async () => iframe.evaluate((e) => e.getBoundingClientRect().height))
      .toBeLessThanOrEqual(10000);
    expect(before).toBeGreaterThan(200);
  } finally {
    await host.close();
  }
});

test('embedded at 300 px wide: nothing overflows sideways, attribution is visible, the panel opens', async ({
  page,
}) => {
  await page.setViewportSize({ width: 300, height: 700 });
  await page.goto('/?embed=1');
  await page.waitForFunction(() => Boolean(window.kimTrainMap?.map));
  await expect(page.locator('.maplibregl-ctrl-attrib')).toBeInViewport();
  await page.locator('.panel-toggle').click();
  for (const tab of ['Claims', 'Journey', 'Places']) {
    await page.getByRole('button', { name: tab, exact: true }).click();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, tab).toBeLessThanOrEqual(0);
  }
  await page.getByRole('button', { name: 'Claims', exact: true }).click();
  await page.screenshot({ path: 'test-results/embed-300.png', fullPage: true });
});
