import { expect, test } from '@playwright/test';
import { openMap, openSettings } from './driver';

/**
 * The fact-check checks itself. The figures below are worked out by hand from the articles and
 * the railway's published figures (geo/published.json), not by the app's code: border on Tuesday
 * morning (from 00:00 Vladivostok time, UTC+10: the story's morning takes in the small hours) to
 * the cosmodrome by the end of Wednesday (Amur time, UTC+9) is 49 hours for about 1,696 km of
 * track (845 + 5 + 260 km published, 1,434 km on to the cosmodrome less the 3 km from Tumangang
 * to the bridge), so at least about 34.6 km/h.
 */
test('the timeline shows the least speed the reported days demand, per stretch and overall, with the binding times', async ({
  page,
}) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const all = page.locator('.timeline-table tfoot tr[data-least="all"]');
  await expect(all).toContainText('≥ 35 km/h');
  await expect(all).toContainText('at most 2 d 1 h');
  await expect(all).toContainText('Friendship Bridge (border) no earlier than Tue 12 Sep 00:00');
  await expect(all).toContainText('Vostochny Cosmodrome no later than Wed 13 Sep 24:00');
  // Every stretch has its own least speed; Ussuriysk's window opens with the border crossing.
  const stretches = page.locator('.timeline-table tbody tr');
  await expect(stretches).toHaveCount(3);
  for (const cell of await stretches.locator('td:nth-child(4)').allTextContents())
    expect(cell).toMatch(/^≥ \d+ km\/h$/);
  await expect(page.locator('tr[data-stretch="border--ussuriysk"]')).toContainText(
    'Tue 12 Sep 00:00',
  );
  // The last stretch includes the approximate connector to the cosmodrome, and says so.
  await expect(page.locator('tr[data-stretch="ussuriysk--vostochny"]')).toContainText(
    'includes approx. part',
  );
  await page.locator('.timeline').screenshot({ path: 'test-results/timeline.png' });
  // Without the forecast for Wednesday, the days demand far less.
  const reports = page.locator('.timeline-table tfoot tr[data-least="reports"]');
  await expect(reports).toContainText('≥ 16 km/h');
  await expect(reports).toContainText('Pyongyang');
  await expect(reports).toContainText('Ussuriysk');
  // The key figures say it too.
  await page.getByRole('button', { name: 'Claims', exact: true }).click();
  await expect(page.locator('.kf-least')).toBeVisible();
  await expect(page.locator('.kf-least')).toContainText('at least 35 km/h');
  await page.locator('#panel').screenshot({ path: 'test-results/claims-least-speed.png' });
});

test('the 60 km claim does not hold and says why; the forecast says what changes without it', async ({
  page,
}) => {
  await openMap(page);
  const sixty = page.locator('tr[data-claim="ft-ussuriysk-vladivostok-distance"]');
  await expect(sixty).toHaveAttribute('data-verdict', 'does not hold');
  await expect(sixty.locator('.verdict')).toHaveText('does not hold');
  await sixty.getByText('Why').click();
  await expect(sixty.locator('.claim-explain')).toContainText(
    'the usual measure between Ussuriysk and Vladivostok is the 77 km straight line',
  );
  await expect(sixty.locator('.claim-explain')).toContainText('so it is not impossible');
  const wednesday = page.locator('tr[data-claim="ft-vostochny-wednesday"]');
  await wednesday.getByText('Why').click();
  await expect(wednesday.locator('.claim-explain')).toContainText('This is a forecast');
  await expect(wednesday.locator('.claim-explain')).toContainText('instead of 35 km/h');
  // One railway figure everywhere: the legs add up to the route table's whole and to the conflict row.
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const conflict = page.locator('tr[data-route-conflict="pyongyang--tumangang"]');
  await expect(conflict).toContainText('851 km');
  await expect(conflict).toContainText('845 km');
  const legKm = await page
    .locator('.legs-table tbody td[data-km]')
    .evaluateAll((cells) => cells.map((c) => Number((c as HTMLElement).dataset.km)));
  const whole = Number(await page.locator('.legs-table tfoot td[data-km]').getAttribute('data-km'));
  expect(legKm.reduce((s, x) => s + x, 0)).toBeCloseTo(whole, 6);
  await expect(page.locator('tr[data-leg="pyongyang--rajin"]')).toContainText('802 km');
  await expect(page.locator('tr[data-leg="rajin--tumangang"]')).toContainText('49 km');
});

test('the map’s description says which places the articles name, and the railway’s length', async ({
  page,
}) => {
  await openMap(page);
  const d = page.locator('#map-description');
  await expect(d).toContainText(
    'The articles name 4 of them: Pyongyang, Ussuriysk, Vladivostok and Vostochny Cosmodrome.',
  );
  // The FT's "a bridge that spans the river" does not name the Friendship Bridge.
  await expect(d).toContainText('They speak of Friendship Bridge (border) without naming it.');
  await expect(d).toContainText(
    'Tumangang station and Khasan station are on the route but not named',
  );
  await expect(d).toContainText('2,550 km by rail');
  await expect(d).toContainText('approximate line');
});

test('a change of speed redraws what depends on speed, not the whole panel', async ({ page }) => {
  await openMap(page);
  await page.getByRole('button', { name: 'Journey', exact: true }).click();
  const mark = () =>
    page.evaluate(() => {
      for (const sel of ['.legs-table', '.timeline-table', '.route-table', '.key-figures'])
        (document.querySelector(sel) as HTMLElement & { mark?: boolean }).mark = true;
    });
  const marked = () =>
    page.evaluate(() =>
      Object.fromEntries(
        ['.legs-table', '.timeline-table', '.route-table', '.key-figures'].map((sel) => [
          sel,
          (document.querySelector(sel) as HTMLElement & { mark?: boolean }).mark === true,
        ]),
      ),
    );
  await mark();
  await openSettings(page);
  await page.getByRole('button', { name: /^59 km\/h/ }).click();
  await expect(page.locator('tr[data-leg="pyongyang--rajin"]')).toContainText('13 h 36 min');
  expect(await marked()).toEqual({
    '.legs-table': false,
    '.timeline-table': true,
    '.route-table': true,
    '.key-figures': true,
  });
});
