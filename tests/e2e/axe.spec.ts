import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { openMap } from './driver';

const VIEWS = [
  ['main, light', '?theme=light'],
  ['main, dark', '?theme=dark'],
  ['embed, light', '?embed=1&theme=light&panel=open'],
  ['embed, dark', '?embed=1&theme=dark&panel=open'],
] as const;

for (const [label, query] of VIEWS) {
  test(`axe finds no violations: ${label}, every section, a place open`, async ({ page }) => {
    await openMap(page, `${query}&place=ussuriysk`);
    for (const section of ['Claims', 'Journey', 'Places']) {
      await page.getByRole('button', { name: section, exact: true }).click();
      // Reasons unfolded, so their text is checked too.
      await page.locator('details').evaluateAll((ds) => {
        for (const d of ds) (d as HTMLDetailsElement).open = true;
      });
      const result = await new AxeBuilder({ page }).analyze();
      const found = result.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
      expect(found, `${label} / ${section}`).toEqual([]);
    }
  });
}

test('axe finds no violations in the Embed dialog', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => v.id)).toEqual([]);
});
