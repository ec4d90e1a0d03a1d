import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { openMap, rendered } from './driver';

/**
 * The fact-check at a glance: each article's verdicts counted in the first view (a phone, a
 * laptop, a collapsed embed, the page before its scripts), the ledger as cards on a phone and
 * filterable by verdict, what happened next, and the compact clock.
 */

/**
 * The counts as shown (each article's line, or a narrow screen's one line of totals), each
 * article's line as text, and whether they lie inside the first view with the page unscrolled.
 */
async function glance(page: Page) {
  return page.locator('.verdict-summary').evaluate((el) => {
    const r = el.getBoundingClientRect();
    return {
      shown: (el as HTMLElement).innerText.replace(/\s+/g, ' ').trim(),
      articles: [...el.querySelectorAll('li[data-article]')].map((li) => li.textContent ?? ''),
      inView: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth,
      scrolled: scrollY !== 0 || document.scrollingElement?.scrollTop !== 0,
    };
  });
}

for (const [label, size, query] of [
  ['a phone', { width: 390, height: 844 }, ''],
  ['1280×800', { width: 1280, height: 800 }, ''],
  ['a collapsed embed', { width: 600, height: 500 }, '?embed=1'],
] as const) {
  test(`the verdict counts show without scrolling on ${label}`, async ({ page }) => {
    await page.setViewportSize(size);
    await openMap(page, query);
    const g = await glance(page);
    expect(g.scrolled).toBe(false);
    expect(g.inView).toBe(true);
    expect(g.articles).toEqual([
      'Live page: 1 loose · 2 consistent · 2 hold · 1 no figure',
      'FT: 1 does not hold · 1 loose · 7 consistent · 5 hold · 1 no figure',
    ]);
    // Narrow, the two articles' counts summed in one line; wide, a line an article.
    if (size.width <= 640)
      expect(g.shown).toBe('1 does not hold 2 loose 9 consistent 7 hold 2 no figure');
    else
      expect(g.shown).toBe(
        'Live page: 1 loose 2 consistent 2 hold 1 no figure FT: 1 does not hold 1 loose 7 consistent 5 hold 1 no figure',
      );
    if (query) await expect(page.locator('#panel')).toHaveClass(/collapsed/);
  });
}

test('the page written at build time counts the same verdicts, as text', async ({ browser }) => {
  const off = await browser.newContext({ javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto('/');
  const written = await page.locator('.verdict-summary').innerText();
  await off.close();
  const live = await browser.newPage();
  await openMap(live);
  expect(await live.locator('.verdict-summary').innerText()).toBe(written);
  await live.close();
});

test('each claim label on the map carries its verdicts in words', async ({ page }) => {
  await openMap(page);
  const labels = await rendered(page, ['claim-labels'], 'label');
  expect(labels.length).toBeGreaterThan(0);
  expect(labels.join('\n')).toContain('60 km (FT): does not hold');
  for (const l of labels) expect(l).toMatch(/: (holds|loose|does not hold|impossible|consistent)/);
});

test('on a phone the ledger is a card a claim, still a table for screen readers; axe finds nothing', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await openMap(page, '?hindsight=1');
  const table = page.getByRole('table', { name: /Every checkable figure/ });
  await expect(table).toBeVisible();
  for (const name of ['Claim', 'Reported', 'Computed', 'What happened', 'Verdict'])
    await expect(table.getByRole('columnheader', { name, exact: true })).toHaveCount(1);
  const widths = await page
    .locator('.ledger-table tbody tr:not([hidden]) > *')
    .evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().width));
  expect(widths.length).toBeGreaterThan(20 * 4);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(120);
  // One card a claim: each row its own box, the next one below it.
  const rows = await page
    .locator('.ledger-table tbody tr')
    .evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect()));
  for (let i = 1; i < rows.length; i++)
    expect(rows[i]?.top ?? 0).toBeGreaterThanOrEqual(rows[i - 1]?.bottom ?? 0);
  await page.locator('details').evaluateAll((ds) => {
    for (const d of ds) (d as HTMLDetailsElement).open = true;
  });
  const result = await new AxeBuilder({ page }).analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});

test('the ledger filters by verdict', async ({ page }) => {
  await openMap(page);
  const rows = page.locator('.ledger-table tbody tr');
  const all = await rows.count();
  await page.locator('.ledger-filter').getByRole('button', { name: '1 does not hold' }).click();
  await expect(page.locator('.ledger-table tbody tr:not([hidden])')).toHaveCount(1);
  await expect(page.locator('.ledger-table tbody tr:not([hidden])')).toHaveAttribute(
    'data-claim',
    'ft-ussuriysk-vladivostok-distance',
  );
  await page.locator('.ledger-filter').getByRole('button', { name: /^All / }).click();
  await expect(page.locator('.ledger-table tbody tr:not([hidden])')).toHaveCount(all);
});

test('?hindsight=1 refutes “about 50 km/h” with the least speed what happened demands', async ({
  page,
}) => {
  await openMap(page, '?hindsight=1');
  await expect(page.getByRole('button', { name: 'As it happened' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const row = page.locator('.ledger-table tr[data-claim="live-speed"]');
  await expect(row).toHaveAttribute('data-verdict', 'refuted');
  await expect(row.locator('.col-verdict')).toContainText('refuted');
  await expect(row.locator('.col-verdict')).toContainText('as reported: consistent');
  await expect(row.locator('.col-happened')).toContainText('at least 55.4 km/h on average');
  await row.getByText('Why').click();
  await expect(row.locator('.claim-happened')).toContainText(
    'Ussuriysk no earlier than Tue 12 Sep 12:15',
  );
  await expect(row.locator('.claim-happened')).toContainText(
    'Vostochny Cosmodrome no later than Wed 13 Sep 13:09',
  );
  await expect(row.locator('.claim-happened')).toContainText('(45–55 km/h): refuted');
  await expect(row.locator('.claim-happened')).toContainText('TASS');
  await expect(page.locator('.verdict-summary li[data-article="live"]')).toHaveText(
    'Live page: 1 refuted · 1 loose · 3 hold · 1 no figure',
  );
  await expect(page.locator('.verdict-summary li[data-article="ft"]')).toHaveText(
    'FT: 1 does not hold · 1 loose · 1 consistent · 11 hold · 1 no figure',
  );
  // The border claims hold as it happened: Khasan at 06:00 bounds the bridge before it.
  const border = page.locator('.ledger-table tr[data-claim="ft-crossed-border"]');
  await expect(border).toHaveAttribute('data-verdict', 'holds');
  await border.getByText('Why').click();
  await expect(border.locator('.claim-happened')).toContainText('even at walking pace');
  // Back to the articles' own days: the verdict as reported, the column gone.
  await page.getByRole('button', { name: 'As reported' }).click();
  await expect(row).toHaveAttribute('data-verdict', 'consistent');
  await expect(page.locator('.ledger-table .col-happened')).toHaveCount(0);
  expect(await page.evaluate(() => window.kimTrainMap?.state.hindsight)).toBe(false);
});

test('the sources of what happened are credited, linked, in the claims section', async ({
  page,
}) => {
  await openMap(page);
  const sources = page.locator('.outcome-sources');
  await expect(sources.getByRole('link', { name: /Putin, Kim Jong Un wrap up/ })).toHaveAttribute(
    'href',
    'https://tass.com/politics/1674463/amp',
  );
  await expect(sources.locator('li')).toHaveCount(5);
  await expect(sources.getByRole('link', { name: /train has arrived in Russia/ })).toHaveAttribute(
    'href',
    'https://pledgetimes.com/kim-jong-un-arrived-in-russia/',
  );
});

test('in hindsight the replay shows the train as it happened beside the reported one', async ({
  page,
}) => {
  await openMap(page, '?hindsight=1&t=2023-09-12T12:00Z');
  await expect.poll(async () => (await rendered(page, ['replay-happened'], 'kind')).length).toBe(1);
  await expect(page.locator('.clock-happened')).toContainText('As it happened (the ring): km 1,');
});

test('the compact clock plays the replay in a collapsed embed', async ({ page }) => {
  await page.setViewportSize({ width: 600, height: 500 });
  await openMap(page, '?embed=1');
  await expect(page.locator('#panel')).toHaveClass(/collapsed/);
  const clock = page
    .getByRole('group', { name: 'Replay' })
    .filter({ has: page.locator('.compact-play') });
  await expect(clock).toBeVisible();
  const before = await clock.locator('.compact-time').innerText();
  await clock.getByRole('button', { name: 'Play the replay' }).click();
  await expect
    .poll(() => page.evaluate(() => window.kimTrainMap?.state.time ?? null))
    .not.toBeNull();
  await expect.poll(() => clock.locator('.compact-time').innerText()).not.toBe(before);
  await clock.getByRole('button', { name: 'Pause the replay' }).click();
  await expect(clock.getByRole('button', { name: 'Play the replay' })).toBeVisible();
  await expect(page.locator('#panel')).toHaveClass(/collapsed/);
});
