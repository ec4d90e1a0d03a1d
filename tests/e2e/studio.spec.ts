import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { readZip } from '../../src/studio/zip';
import { viteBuild } from '../../tools/site/vite-build';

/**
 * The studio, as an editor uses it: paste a made-up article, draft it, correct it (another
 * Frankfurt, a dragged marker, a rejected claim), download the story; the zip unpacked passes
 * story:check and builds with STORY=.
 */
const ARTICLE = readFileSync('tests/fixtures/studio/oder-express.txt', 'utf8');
const OUT = 'test-results/studio';
const STORY = join(OUT, 'story');
/** Frankfurt am Main in GeoNames (the draft reads "Frankfurt" here as Frankfurt (Oder), 2925535). */
const FRANKFURT_AM_MAIN = 2925533;

const place = (page: Page, id: string) => page.locator(`#places li[data-place="${id}"]`);
const json = (files: Record<string, Uint8Array>, name: string) =>
  JSON.parse(new TextDecoder().decode(files[name]));
const axe = async (page: Page) =>
  (await new AxeBuilder({ page }).include('main').analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

test('paste, draft, correct, download: the zip passes story:check and builds', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/studio/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  expect(await axe(page)).toEqual([]);
  await page.getByLabel('Article', { exact: true }).fill(ARTICLE);
  await page.getByRole('button', { name: 'Draft the map' }).click();
  await expect(page.locator('#status')).toContainText('Drafted 4 places', { timeout: 90_000 });
  await expect(place(page, 'frankfurt')).toContainText('GeoNames 2925535');
  // The quotes of the claims are marked in the article.
  expect(await page.locator('#article-view mark').count()).toBeGreaterThan(3);

  // Another place of the name: Frankfurt am Main, chosen from the menu.
  await page.getByRole('button', { name: 'Other places named Frankfurt' }).click();
  const menu = page.getByLabel('Instead of Frankfurt');
  await menu.selectOption(String(FRANKFURT_AM_MAIN));
  await expect(menu.locator('option:checked')).toContainText('Hesse');
  await page.getByRole('button', { name: 'Use this place' }).click();
  await expect(place(page, 'frankfurt')).toContainText(`GeoNames ${FRANKFURT_AM_MAIN}`);

  // Drag Poznań's marker 80 px down.
  const latitude = page.getByLabel('Latitude of Poznań');
  const before = Number(await latitude.inputValue());
  const marker = page.locator('.maplibregl-marker[data-place="poznan"]');
  const box = await marker.boundingBox();
  if (!box) throw new Error('no marker for Poznań');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 40, { steps: 5 });
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 80, { steps: 5 });
  await page.mouse.up();
  await expect.poll(async () => Number(await latitude.inputValue())).toBeLessThan(before - 0.05);

  // A marker moves by keyboard too: focused, Shift + arrow keys.
  const warsaw = page.getByLabel('Latitude of Warsaw');
  const north = Number(await warsaw.inputValue());
  await page.locator('.maplibregl-marker[data-place="warsaw"]').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowDown');
  await expect.poll(async () => Number(await warsaw.inputValue())).toBeLessThan(north - 0.05);

  // Reject the first claim: it leaves the list and is offered back.
  const claim = (await page.locator('#claims li.claim').first().getAttribute('data-claim')) ?? '';
  await page.getByRole('button', { name: `Reject the claim ${claim}` }).click();
  await expect(page.getByRole('button', { name: `Restore the claim ${claim}` })).toBeVisible();
  await expect(page.locator(`#claims li.claim[data-claim="${claim}"]`)).toHaveCount(0);
  expect(await axe(page)).toEqual([]);

  // The work survives a reload.
  await page.reload();
  await expect(place(page, 'frankfurt')).toContainText(`GeoNames ${FRANKFURT_AM_MAIN}`, {
    timeout: 90_000,
  });
  await expect(page.getByRole('button', { name: `Restore the claim ${claim}` })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download the story' }).click(),
  ]);
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(STORY, { recursive: true });
  const zipPath = join(OUT, download.suggestedFilename());
  await download.saveAs(zipPath);
  const files = await readZip(new Uint8Array(readFileSync(zipPath)));
  for (const [name, bytes] of Object.entries(files)) writeFileSync(join(STORY, name), bytes);
  expect(Object.keys(files)).toEqual(
    expect.arrayContaining(['article.txt', 'REVIEW.md', 'studio-work.txt']),
  );
  const places = json(files, 'places.geojson').features as {
    properties: { id: string; coordSource: string };
    geometry: { coordinates: number[] };
  }[];
  const at = (id: string) => places.find((p) => p.properties.id === id);
  expect(at('frankfurt')?.properties.coordSource).toContain(`GeoNames ${FRANKFURT_AM_MAIN}`);
  expect(at('poznan')?.properties.coordSource).toContain('placed on the map by the editor');
  expect(json(files, 'claims.json').claims.map((c: { id: string }) => c.id)).not.toContain(claim);
  // The stops routed on the world rail network: a leg between each two, on track.
  const legs = json(files, 'rail.geojson').features as { properties: { routed?: unknown } }[];
  expect(legs).toHaveLength(3);
  expect(legs.some((l) => l.properties.routed)).toBe(true);

  // The preview: the reader's page as the build writes it.
  await page.getByRole('button', { name: 'Preview the page' }).click();
  const preview = page.frameLocator('iframe.preview-frame');
  await expect(preview.locator('h1')).toHaveText(json(files, 'story.json').title);
  await page.getByRole('button', { name: 'Close the preview' }).click();

  // Started afresh, the zip opens again where the work was.
  await page.getByRole('button', { name: 'Start again' }).click();
  await expect(page.locator('#places li')).toHaveCount(0);
  await page.getByLabel('Open a story (.zip)').setInputFiles(zipPath);
  await expect(place(page, 'frankfurt')).toContainText(`GeoNames ${FRANKFURT_AM_MAIN}`, {
    timeout: 90_000,
  });
  await expect(page.getByRole('button', { name: `Restore the claim ${claim}` })).toBeVisible();

  const run = (args: string[], env: NodeJS.ProcessEnv = process.env) =>
    spawnSync(process.execPath, args, { env, encoding: 'utf8' });
  const check = run(['--import', 'tsx', 'scripts/story-check.ts', STORY]);
  expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  expect(check.stdout).toContain('story:check: no problems.');
  const dist = join(OUT, 'dist');
  viteBuild(dist, { env: { STORY } });
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(json(files, 'story.json').title);
});

test("the reader's page loads none of the studio's code or data", () => {
  const html = readFileSync('dist/index.html', 'utf8');
  expect(html).not.toMatch(/studio/);
  expect(readdirSync('dist/studio/assets').length).toBeGreaterThan(0);
  const reader = readdirSync('dist/assets');
  for (const f of reader.filter((x) => /\.(js|mjs|css)$/.test(x))) {
    const text = readFileSync(join('dist/assets', f), 'utf8');
    expect(text, f).not.toContain('places.tsv.bin');
    expect(text, f).not.toContain('Other places named');
  }
});
