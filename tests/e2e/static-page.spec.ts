import { expect, type Page, test } from '@playwright/test';
import { readByName } from '../default-story';
import { waitForIdle } from './driver';

// The page npm run build writes: what a reader sees before any script runs (and without one),
// and that the app takes it over without moving anything.
const manifest = readByName('story.json') as { title: string };
const places = (
  readByName('places.geojson') as {
    features: { properties: { id: string; name: string } }[];
  }
).features.map((f) => f.properties);

/** The text of the figures the panel shows: key figures, ledger, legs and timeline. */
const figures = (page: Page) =>
  page.evaluate(() =>
    ['.key-figures', '.ledger-table', '.legs-table', '.timeline-table'].map((s) => {
      const el = document.querySelector(s);
      return el ? (el.textContent ?? '').replace(/\s+/g, ' ').trim() : `(no ${s})`;
    }),
  );

test.describe('without JavaScript, at 412 px', () => {
  test.use({ javaScriptEnabled: false, viewport: { width: 412, height: 915 } });

  test('the page shows the title, every place, the reported and computed figures and a map picture', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(manifest.title);
    // Every place: named in the places section and drawn, with its name, in the picture.
    const poster = page.getByRole('img', { name: /^Map: / });
    await expect(poster).toBeVisible();
    const box = await poster.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    expect(box?.height ?? 0).toBeGreaterThan(300);
    const list = page.locator('#section-places');
    await expect(list).toBeVisible();
    for (const p of places) {
      await expect(list.getByText(p.name, { exact: false }).first()).toBeVisible();
      await expect(poster.locator(`circle[data-place="${p.id}"]`)).toHaveCount(1);
    }
    // The land, water, borders, the route and the claims' lines: the backdrop's image, loaded
    // and drawn across the picture (its unit test finds the route's colour in it).
    const backdrop = poster.locator('.backdrop img');
    await expect(backdrop).toHaveJSProperty('complete', true);
    expect(await backdrop.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(1000);
    expect(await backdrop.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/poster-light-/);
    const drawn = await backdrop.boundingBox();
    expect(drawn?.width ?? 0).toBeGreaterThan(box?.width ?? Infinity);
    // Reported and computed figures: the ledger's columns, every row filled, in view.
    const ledger = page.locator('.ledger-table');
    await expect(ledger).toBeVisible();
    const rows = ledger.locator('tbody tr');
    expect(await rows.count()).toBeGreaterThan(5);
    const cells = await rows.evaluateAll((trs) =>
      trs.map((tr) => Array.from(tr.querySelectorAll('th, td'), (td) => td.textContent ?? '')),
    );
    // Columns: claim, reported, computed, verdict.
    const heads = await ledger.locator('thead th').allTextContents();
    expect(heads.map((t) => t.trim().toLowerCase())).toEqual([
      'claim',
      'reported',
      'computed',
      'verdict',
    ]);
    const distances = cells.filter((c) => /\d\s*km/.test(c[1] ?? ''));
    expect(distances.length).toBeGreaterThan(3);
    for (const c of distances) expect(c[2]).toMatch(/\d[\d,]*\s*km/);
    for (const c of cells) expect(c[3]?.trim()).not.toBe('');
    // Legs and timeline are shown too (their section buttons need a script).
    await expect(page.locator('.legs-table')).toBeVisible();
    await expect(page.locator('.timeline-table')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play' })).toBeHidden();
    await page.screenshot({ path: 'test-results/no-script.png', fullPage: true });
  });
});

test('without JavaScript, under a dark system theme, the poster shows the dark backdrop', async ({
  browser,
}) => {
  const page = await browser.newPage({ javaScriptEnabled: false, colorScheme: 'dark' });
  await page.goto('/');
  const backdrop = page.locator('.poster .backdrop img');
  await expect(backdrop).toHaveJSProperty('complete', true);
  expect(await backdrop.evaluate((i: HTMLImageElement) => i.currentSrc)).toMatch(/poster-dark-/);
  expect(await backdrop.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(1000);
  await page.close();
});

test('a theme chosen in the link turns the page and its poster to it before the app starts', async ({
  browser,
}) => {
  const page = await browser.newPage({ colorScheme: 'light' });
  // The app's bundle is held back, so the page written at build time stays while it is looked at.
  const held: (() => Promise<void>)[] = [];
  let released = false;
  await page.route('**/assets/main-*.js', (route) =>
    released ? route.continue() : held.push(() => route.continue()),
  );
  await page.goto('/?theme=dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const backdrop = page.locator('.poster .backdrop img');
  await expect
    .poll(() => backdrop.evaluate((i: HTMLImageElement) => i.complete && i.currentSrc))
    .toMatch(/poster-dark-/);
  expect(await backdrop.evaluate((i: HTMLImageElement) => i.naturalWidth)).toBeGreaterThan(1000);
  await expect.poll(() => held.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'kimTrainMap' in window)).toBe(false);
  // The page's own colours (its ink) are the dark theme's, not only the poster's.
  const ink = await page.evaluate(() => getComputedStyle(document.body).color);
  const light = await browser.newPage({ colorScheme: 'light', javaScriptEnabled: false });
  await light.goto('/');
  expect(ink).not.toBe(await light.evaluate(() => getComputedStyle(document.body).color));
  await light.close();
  released = true;
  await Promise.all(held.map((go) => go()));
  await waitForIdle(page);
  await expect(page.locator('.poster')).toBeHidden();
  await page.close();
});

test('the page written at build time holds the same figures the app computes', async ({
  browser,
}) => {
  const off = await browser.newPage({ javaScriptEnabled: false });
  await off.goto('/');
  const written = await figures(off);
  await off.close();
  const on = await browser.newPage();
  await on.goto('/');
  await waitForIdle(on);
  expect(await figures(on)).toEqual(written);
  for (const f of written) expect(f).not.toMatch(/^\(no /);
  await on.close();
});

for (const [viewport, path] of [
  [{ width: 390, height: 844 }, '/'],
  [{ width: 1280, height: 800 }, '/'],
  // The embed's layout, opened on its own (as an editor previews it).
  [{ width: 390, height: 844 }, '/?embed=1'],
] as const) {
  test(`nothing moves from navigation to the map's first full view at ${viewport.width}×${viewport.height}${path === '/' ? '' : `, ${path}`}`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: { value: number; nodes: string[] }[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node }[];
        }[]) {
          if (e.hadRecentInput) continue;
          w.shifts.push({
            value: e.value,
            nodes: e.sources.map(
              (s) => (s.node as Element | undefined)?.className?.toString() ?? '?',
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    // Something to shift: the page written at build time is in place before the app runs.
    await expect(page.locator('.poster')).toBeAttached();
    await waitForIdle(page);
    // The poster fades out after the first full view; wait until it has gone.
    await expect(page.locator('.poster')).toBeHidden();
    const shifts = await page.evaluate(
      () => (window as unknown as { shifts: { value: number; nodes: string[] }[] }).shifts,
    );
    const sum = shifts.reduce((s, e) => s + e.value, 0);
    expect(sum, JSON.stringify(shifts)).toBeLessThanOrEqual(0.02);
    await page.close();
  });
}

// The sheet's height (phones) is the one style the app writes on the page's root, and a write
// restyles the whole page: it is written once, when the panel is put in place, and never on a
// wide screen, where the stylesheet does not read it.
for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const) {
  test(`the page's root style is written ${viewport.width <= 640 ? 'once, with the sheet’s height' : 'never'} at ${viewport.width}×${viewport.height}`, async ({
    browser,
  }) => {
    const page = await browser.newPage({ viewport });
    await page.addInitScript(() => {
      const w = window as unknown as { rootStyles: string[] };
      w.rootStyles = [];
      new MutationObserver((records) => {
        for (const r of records)
          if ((r.target as Element).classList.contains('app'))
            w.rootStyles.push((r.target as HTMLElement).getAttribute('style') ?? '');
      }).observe(document, { subtree: true, attributes: true, attributeFilter: ['style'] });
    });
    await page.goto('/');
    await waitForIdle(page);
    await expect(page.locator('.poster')).toBeHidden();
    const writes = await page.evaluate(
      () => (window as unknown as { rootStyles: string[] }).rootStyles,
    );
    if (viewport.width > 640) expect(writes).toEqual([]);
    else {
      const sheet = await page.locator('#panel').evaluate((p) => p.getBoundingClientRect().height);
      expect(writes).toEqual([`--sheet: ${Math.ceil(sheet)}px;`]);
    }
    await page.close();
  });
}
