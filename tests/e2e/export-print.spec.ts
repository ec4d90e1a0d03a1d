import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseCsv } from '../../tools/geom/csv';
import { readByName } from '../default-story';
import { openMap } from './driver';

const places = readByName('places.geojson').features.map(
  (f: { properties: { id: string } }) => f.properties.id,
) as string[];
const claims = readByName('claims.json').claims.map((c: { id: string }) => c.id) as string[];

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  ).toBe(true);
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('Download PNG gives a decodable image of the map, at least 600×400', async ({ page }) => {
  await openMap(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Map image (PNG)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kim-2023.png');
  const path = await download.path();
  const bytes = readFileSync(path);
  const { width, height } = pngSize(bytes);
  expect(width).toBeGreaterThanOrEqual(600);
  expect(height).toBeGreaterThanOrEqual(400);
  // The browser decodes it, and it is not one flat colour.
  const colours = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d') as CanvasRenderingContext2D;
    ctx.drawImage(img, 0, 0);
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const d = ctx.getImageData(
        Math.floor((i * 37) % img.width),
        Math.floor((i * 53) % img.height),
        1,
        1,
      ).data;
      seen.add(`${d[0]},${d[1]},${d[2]}`);
    }
    return seen.size;
  }, bytes.toString('base64'));
  expect(colours).toBeGreaterThan(3);
});

test('Download data: the GeoJSON and CSV parse and hold every place and claim', async ({
  page,
}) => {
  await openMap(page);
  const [gj] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Data (GeoJSON)' }).click(),
  ]);
  const geo = JSON.parse(readFileSync(await gj.path(), 'utf8'));
  expect(geo.type).toBe('FeatureCollection');
  const ids = (type: string) =>
    geo.features
      .filter((f: { properties: { type: string } }) => f.properties.type === type)
      .map((f: { properties: { id: string } }) => f.properties.id);
  expect(ids('place').sort()).toEqual([...places].sort());
  expect(ids('claim').sort()).toEqual([...claims].sort());
  expect(geo.attribution).toContain('OpenStreetMap');

  const [csvDl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Data (CSV)' }).click(),
  ]);
  // Read with the project's own CSV reader (tools/geom/csv.ts): it checks every row's width.
  const rows = parseCsv(readFileSync(await csvDl.path(), 'utf8'));
  // A reader's table: one row per claim, in plain columns, each with its quote and verdict.
  expect(Object.keys(rows[0] ?? {})).toEqual(
    expect.arrayContaining([
      'claim',
      'quote',
      'outlet',
      'reported',
      'computed',
      'verdict',
      'reason',
    ]),
  );
  expect(rows.map((r) => r.claim).sort()).toEqual([...claims].sort());
  for (const r of rows) {
    expect(r.quote, r.claim).not.toBe('');
    expect(r.verdict, r.claim).not.toBe('');
  }
});

test('print: a still image of the map and the tables, without controls', async ({ page }) => {
  await openMap(page);
  // Printing fires beforeprint (emulating print media does not): the map copies itself then.
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  const copy = page.locator('canvas.print-map');
  expect(await copy.evaluate((c: HTMLCanvasElement) => c.width)).toBeGreaterThan(600);
  // The copy holds the map: not one flat colour.
  const colours = await copy.evaluate((c: HTMLCanvasElement) => {
    const d =
      c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data ?? new Uint8ClampedArray();
    const seen = new Set<number>();
    for (let i = 0; i + 2 < d.length; i += 4 * 97)
      seen.add(((d[i] ?? 0) << 16) | ((d[i + 1] ?? 0) << 8) | (d[i + 2] ?? 0));
    return seen.size;
  });
  expect(colours).toBeGreaterThan(10);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('canvas.print-map')).toBeVisible();
  await expect(page.locator('.maplibregl-canvas')).toBeHidden();
  for (const table of ['.ledger-table', '.legs-table', '.timeline-table'])
    await expect(page.locator(table)).toBeVisible();
  for (const control of [
    '.panel-controls',
    '.section-nav',
    '.panel-toggle',
    '.maplibregl-ctrl-zoom-in',
    '.panel-footer',
  ]) {
    await expect(page.locator(control)).toBeHidden();
  }
  await page.screenshot({ path: 'test-results/print.png', fullPage: true });
});
