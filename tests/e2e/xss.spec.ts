import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { readByName } from '../default-story';
import { openMap } from './driver';

/**
 * The untrusted-text fixture: the story and the basemap with an HTML or script payload in every free-text field.
 * (Fields with a fixed form, such as ids and kinds, are checked by the schemas and would only
 * be refused.) Each payload would set window.__xss or add an element if it ever ran or parsed.
 */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3"></svg>',
  '<iframe src="javascript:window.__xss=4"></iframe>',
  '=HYPERLINK("https://example.invalid","x")',
];
let n = 0;
const payload = (original: string) => `${PAYLOADS[n++ % PAYLOADS.length]} ${original}`;
const FREE_TEXT = new Set([
  'name',
  'ko',
  'ru',
  'quote',
  'coordSource',
  'title',
  'outlet',
  'short',
  'text',
  'note',
  'line',
  'source',
  'license',
  'reason',
  'description',
  'mapLabel',
  'region',
  'assumptions',
]);

function poison(value: unknown, key = '', depth = 0): unknown {
  if (typeof value === 'string') return FREE_TEXT.has(key) ? payload(value) : value;
  if (Array.isArray(value)) return value.map((v) => poison(v, key, depth + 1));
  if (value && typeof value === 'object') {
    // Geometry is numbers; a file's own `name` is a fixed label the loader checks.
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === 'geometry' || (depth === 0 && k === 'name') ? v : poison(v, k, depth + 1),
      ]),
    );
  }
  return value;
}

const FILES = [
  'places.geojson',
  'stations.geojson',
  'rail.geojson',
  'claims.json',
  'story.json',
  'published.json',
  'labels.geojson',
  'rivers.geojson',
];

async function serveFixture(page: Page) {
  for (const f of FILES) {
    const [base, ext] = f.split('.');
    const body = JSON.stringify(poison(readByName(f)));
    await page.route(new RegExp(`/${base}-[^/]*\\.${ext}$`), (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
  }
}

test('payloads in every text field stay inert text: in the panel, on the map, in the exports', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await serveFixture(page);
  await openMap(page, '?place=ussuriysk');
  // The payloads are on the page, as text.
  await expect(page.locator('section.details')).toContainText('<img src=x onerror=');
  for (const section of ['Claims', 'Journey', 'Places']) {
    await page.getByRole('button', { name: section, exact: true }).click();
    await page.locator('details').evaluateAll((ds) => {
      for (const d of ds) (d as HTMLDetailsElement).open = true;
    });
  }
  await page.getByRole('button', { name: 'Claims', exact: true }).click();
  await expect(page.locator('.ledger-table')).toContainText('<script>window.__xss=2</script>');
  // Labels on the map carry the text too, drawn as glyphs.
  const labels = await page.evaluate(
    () =>
      window.kimTrainMap?.map
        ?.queryRenderedFeatures({ layers: ['place-labels'] })
        .map((f) => String(f.properties.name)) ?? [],
  );
  expect(labels.join(' ')).toContain('<');
  // Nothing ran, and no element from the payloads exists.
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  expect(await page.locator('img[src="x"], iframe, svg[onload], [onerror], [onload]').count()).toBe(
    0,
  );
  // The page's entry, the data block naming the story's files and the ClaimReview data (never run).
  expect(
    await page
      .locator('script:not([type="application/json"]):not([type="application/ld+json"])')
      .count(),
  ).toBe(1);
  expect(await page.locator('script[type="application/json"]').count()).toBe(1);

  // The buttons are pressed as a script would: this test is about what the payloads do, and the
  // panel it opened section by section may still be settling.
  const [csv] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Data (CSV)' }).dispatchEvent('click'),
  ]);
  const text = readFileSync(await csv.path(), 'utf8');
  expect(text).toContain('<img src=x onerror=');
  // A spreadsheet never reads a cell as a formula: it starts with a quote mark instead.
  expect(text).not.toMatch(/(^|,)"=/m);
  expect(text).toMatch(/(^|,)"'=HYPERLINK/m);
  const [gj] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Data (GeoJSON)' }).dispatchEvent('click'),
  ]);
  expect(JSON.parse(readFileSync(await gj.path(), 'utf8')).features.length).toBeGreaterThan(10);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(errors).toEqual([]);
});
