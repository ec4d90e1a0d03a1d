import { expect, type Locator, type Page, test } from '@playwright/test';
import type { Verdict } from '../../src/journey/verdict';
import { countWords } from '../../src/words/count-words';
import { VERDICT_RULES } from '../../src/words/verdict-rules';
import { openSettings } from './driver';
import { eachStoryAndViewport, shot, storyFiles } from './first-minute';

/**
 * A reader's first minute, the panel: on a phone the counts in one compact line (two at most),
 * each a button naming its verdict, the key in reach, and a sheet pulled up to most of the
 * screen; on a desktop more than half the panel's height for a section's content, with every
 * control a click away. Default story and a made-up journey west of Greenwich, phone and
 * desktop; screenshots in test-results/first-minute/.
 */

/** The lines a row of counts takes: its visible buttons' distinct tops. */
async function lines(buttons: Locator): Promise<number> {
  const tops = await buttons.evaluateAll((els) =>
    els
      .filter((e) => e.getBoundingClientRect().height > 0)
      .map((e) => Math.round(e.getBoundingClientRect().top)),
  );
  return new Set(tops).size;
}

/** Each verdict's count summed over the articles' lines (read whether shown or not). */
async function summed(page: Page): Promise<Record<string, number>> {
  return page.locator('.verdict-summary li[data-article] .vs-count').evaluateAll((els) => {
    const out: Record<string, number> = {};
    for (const e of els) {
      const v = e.getAttribute('data-verdict') ?? '';
      out[v] = (out[v] ?? 0) + Number.parseInt(e.textContent ?? '0', 10);
    }
    return out;
  });
}

/** The share of the panel's height the shown section takes, as the panel is now scrolled. */
async function contentShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const p = document.getElementById('panel')?.getBoundingClientRect();
    const s = document.querySelector('.panel-section:not([hidden])')?.getBoundingClientRect();
    if (!p || !s) return 0;
    return (p.bottom - Math.max(s.top, p.top)) / p.height;
  });
}

eachStoryAndViewport((story, vp) => {
  const { manifest } = storyFiles(story.dir);
  const id = `${story.name}-${vp.name}`;

  test('the counts are compact, each a button naming its verdict, with the key in reach', async ({
    page,
  }) => {
    const summary = page.locator('.verdict-summary');
    const shown = summary.locator('button.vs-count:visible');
    const sums = await summed(page);
    if (vp.name === 'phone') {
      // One line of totals (two at most), every verdict the articles' lines count, summed.
      const totals = summary.locator('.vs-totals button.vs-count');
      expect(await lines(summary.locator('button.vs-count'))).toBeLessThanOrEqual(2);
      await expect(summary.locator('li[data-article]').first()).toBeHidden();
      const seen: Record<string, number> = {};
      for (const t of await totals.all()) {
        await expect(t).toBeVisible();
        const v = (await t.getAttribute('data-verdict')) ?? '';
        seen[v] = Number.parseInt((await t.textContent()) ?? '0', 10);
        // The verdict's own word, counted as the key and the ledger count it.
        await expect(t).toHaveText(countWords(seen[v] ?? 0, v as Verdict));
      }
      expect(seen).toEqual(sums);
    } else {
      // One line an article.
      for (const li of await summary.locator('li[data-article]').all())
        expect(await lines(li.locator('button.vs-count'))).toBe(1);
    }
    console.log(`${id}: the counts take ${await lines(shown)} line(s)`);
    // The key: beside the counts, each verdict in the sentence of its rule, each article's outlet.
    const key = page.locator('.verdict-key');
    await expect(key.locator('summary')).toBeVisible();
    await key.locator('summary').click();
    for (const count of await shown.all()) {
      const verdict = (await count.getAttribute('data-verdict')) as Verdict;
      await expect(key.locator('dt', { hasText: verdict }).first()).toBeVisible();
      await expect(key).toContainText(VERDICT_RULES[verdict].replace(/^[^:]*: /, ''));
    }
    for (const a of manifest.articles as { outlet: string }[])
      await expect(key).toContainText(a.outlet);
    await shot(page, `${id}-counts-key`);
    // A count is a button that shows its claims.
    const first = shown.first();
    const verdict = await first.getAttribute('data-verdict');
    await first.click();
    await expect(page.locator(`.ledger-filter [data-filter="${verdict}"]`)).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    for (const row of await page.locator('.ledger-table tbody tr').all())
      if (await row.isVisible()) await expect(row).toHaveAttribute('data-verdict', verdict ?? '');
  });

  test('a section gets the room: more than half a desktop panel, most of a phone pulled up', async ({
    page,
  }) => {
    const panel = page.locator('#panel');
    if (vp.name === 'desktop') {
      const first = await contentShare(page);
      console.log(`${id}: a section gets ${Math.round(first * 100)}% of the panel's height`);
      expect(first).toBeGreaterThan(0.5);
      await shot(page, `${id}-first-view`);
      // Folded, the settings say how they are set; unfolded, every control is there.
      const settings = page.locator('details.view-settings');
      await expect(settings).not.toHaveAttribute('open', '');
      await expect(settings.locator('summary')).toContainText('km/h');
      await openSettings(page);
    } else {
      await page.getByRole('button', { name: 'Pull the panel up' }).click();
      await expect
        .poll(async () => (await panel.boundingBox())?.height ?? 0)
        .toBeGreaterThan(vp.height * 0.8);
      await shot(page, `${id}-pulled-up`);
    }
    for (const name of ['Reported', 'Computed', 'km', 'miles'])
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    for (const sel of ['#speed-custom', '#clock-departure', '#clock-pace', '.clock-play'])
      await expect(page.locator(sel)).toBeVisible();
    if (vp.name === 'desktop') {
      await page.getByRole('button', { name: 'Journey', exact: true }).click();
      await page.getByRole('button', { name: 'Claims', exact: true }).click();
      expect(await contentShare(page)).toBeGreaterThan(0.6);
      await shot(page, `${id}-section`);
    } else {
      await page.getByRole('button', { name: 'Let the panel down' }).click();
      await expect
        .poll(async () => (await panel.boundingBox())?.height ?? 0)
        .toBeLessThanOrEqual(vp.height / 2 + 1);
    }
    await expect(page.locator('.panel-toggle')).toHaveText('Collapse the panel');
  });

  test('the two switches are named apart, and a what-if speed moves no count', async ({ page }) => {
    const summary = page.locator('.verdict-summary');
    const before = await summary.textContent();
    if (vp.name === 'phone') await page.getByRole('button', { name: 'Pull the panel up' }).click();
    await openSettings(page);
    await expect(page.locator('.controls .control-label').first()).toHaveText('On the map');
    if ((await page.locator('.hindsight-switch').count()) > 0)
      await expect(page.locator('.hindsight-switch .control-label')).toHaveText('Verdicts');
    const speed = page.locator('#speed-custom');
    await speed.fill('20');
    await speed.press('Enter');
    await expect(page).toHaveURL(/speed=20/);
    expect(await summary.textContent()).toBe(before);
  });
});
