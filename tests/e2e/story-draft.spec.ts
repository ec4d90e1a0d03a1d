import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { viteBuild } from '../../tools/site/vite-build';
import { rendered, waitForIdle } from './driver';
import { type Served, serveDist } from './servers';

/**
 * The draft of the two seed articles, as `npm run story:draft` writes it, built with `STORY=`
 * and no edit: the page shows its title, its places on the map, every drafted claim with its
 * quote, and a route with no track data.
 */
const SEED = '../shared/articles';
const STORY = 'test-results/draft-seed';
const OUT = 'dist-draft';
const read = (f: string) => JSON.parse(readFileSync(join(STORY, f), 'utf8'));

// The seed articles are not in the repository: beside a checkout that has them, this test drafts
// them; in a clone with nothing beside it, it says so and skips.
const present = existsSync(SEED);
const absent = `${SEED} is not beside the checkout: the seed articles' draft is not built`;
if (!present) console.log(`story-draft.spec.ts: ${absent}`);
test.skip(!present, absent);

let server: Served;
test.beforeAll(() => {
  if (!present) return;
  const draft = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/story-draft.ts',
      '--out',
      STORY,
      '--force',
      '--published',
      '2023-09-12',
      '--outlet',
      'Live news page',
      join(SEED, '000_4e508b13e52c11e8.txt'),
      '--outlet',
      'Financial Times (as republished)',
      join(SEED, '004_9d374928d60337d4.txt'),
    ],
    { encoding: 'utf8' },
  );
  if (draft.status !== 0) throw new Error(`story:draft failed:\n${draft.stdout}\n${draft.stderr}`);
  viteBuild(OUT, { env: { STORY } });
});
test.beforeEach(async () => {
  server = await serveDist('/', {}, OUT);
});
test.afterEach(async () => server.close());

test('the draft of the seed articles builds and shows its places and claims', async ({ page }) => {
  const manifest = read('story.json');
  const places = read('places.geojson').features;
  const claims = read('claims.json').claims;
  expect(claims.length).toBeGreaterThan(10);
  await page.goto(`${server.origin}/`);
  await waitForIdle(page);
  await expect(page).toHaveTitle(new RegExp(manifest.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await expect(page.locator('#panel h1')).toHaveText(manifest.title);
  expect((await rendered(page, ['place-circles'], 'id')).sort()).toEqual(
    places.map((p: { properties: { id: string } }) => p.properties.id).sort(),
  );
  await expect(page.locator('.ledger-table tbody tr')).toHaveCount(claims.length);
  for (const c of claims)
    await expect(page.locator(`tr[data-claim="${c.id}"]`)).toContainText(c.quote);
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  await expect(page.locator('.legs-table tbody tr')).toHaveCount(manifest.stops.length - 1);
  await page.screenshot({ path: 'test-results/story-draft-seed.png' });
});
