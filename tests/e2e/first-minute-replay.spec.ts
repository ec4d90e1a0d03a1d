import { expect, type Page, test } from '@playwright/test';
import { openSettings } from './driver';
import { eachStoryAndViewport, shot, storyFiles } from './first-minute';

/**
 * A reader's first minute, the replay: as it opens it is the journey as reported (it leaves
 * within the reported days and keeps every reported time as it plays, the compact clock telling
 * the same); a what-if speed that cannot keep a time says which and why before Play, and moves
 * no verdict. Default story and a made-up journey west of Greenwich, phone and desktop;
 * screenshots in test-results/first-minute/.
 */

const status = (page: Page) => page.locator('#clock-status');

eachStoryAndViewport((story, vp) => {
  const { manifest, places } = storyFiles(story.dir);
  const id = `${story.name}-${vp.name}`;
  const name = (s: string) => places.find((p) => p.properties.id === s)?.properties.name ?? s;
  const stops = (manifest.stops as string[]).map(name);

  test('the replay opens within the reported days and keeps every reported time as it plays', async ({
    page,
  }) => {
    test.setTimeout(150_000);
    await expect(status(page)).toHaveAttribute('data-status', 'within');
    await expect(status(page)).toHaveText(/^Within what the reported days allow/);
    if (vp.name === 'phone')
      await expect(page.locator('.compact-status')).toHaveAttribute('data-status', 'within');
    // The opening departure is the one that keeps the times, and says so.
    const chosen = page.locator('#clock-departure option:checked');
    await expect(chosen).toContainText('keeps every reported time at this speed');
    // The clock names zones by the route's own cities or as UTC±n.
    const zone = /\d\d:\d\d (.+?) —/.exec((await page.locator('.clock-text').textContent()) ?? '');
    const z = zone?.[1] ?? '';
    expect(z).toMatch(/ time$|^UTC[+−]\d+(:\d\d)?$/);
    if (z.endsWith(' time')) expect(stops.some((n) => n.startsWith(z.slice(0, -5)))).toBe(true);
    await shot(page, `${id}-replay-opens`);
    // At every reported time (Page Up jumps between them), the train is where the articles
    // put it.
    const slider = page.locator('#clock-time');
    await slider.focus();
    await slider.press('Home');
    let last = '';
    let steps = 0;
    for (let i = 0; i < 40; i++) {
      await slider.press('PageUp');
      const v = (await slider.getAttribute('aria-valuetext')) ?? '';
      if (v === last) break;
      last = v;
      steps++;
      await expect(status(page), v).toHaveAttribute('data-status', 'within');
    }
    expect(steps).toBeGreaterThan(1);
    // Played through (at 4×), no frame is ahead of or behind the reported times.
    await slider.press('Home');
    if (vp.name === 'desktop') await openSettings(page);
    else await page.getByRole('button', { name: 'Pull the panel up' }).click();
    await page.locator('#clock-pace').selectOption('4');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { seen: string[] }).seen = seen;
      const text = document.querySelector('.clock-text');
      const note = () => {
        seen.push(document.getElementById('clock-status')?.dataset.status ?? '');
        const compact = document.querySelector<HTMLElement>('.compact-status');
        if (compact?.offsetParent) seen.push(compact.dataset.status ?? '');
      };
      if (text) new MutationObserver(note).observe(text, { childList: true, subtree: true });
    });
    const play = page.locator('.clock-play');
    await play.click();
    await expect(play).toHaveAttribute('aria-pressed', 'true');
    await expect(play).toHaveAttribute('aria-pressed', 'false', { timeout: 120_000 });
    const seen = await page.evaluate(() => (window as unknown as { seen: string[] }).seen);
    expect(seen.length).toBeGreaterThan(5);
    expect([...new Set(seen)]).toEqual(['within']);
    // It ends at the journey's last stop.
    await expect(page.locator('.clock-text')).toContainText(`at ${stops.at(-1)}`);
    await shot(page, `${id}-replay-played`);
  });

  test('a what-if speed that cannot keep a reported time says which and why before Play, and moves no verdict', async ({
    page,
  }) => {
    const summary = await page.locator('.verdict-summary').textContent();
    if (vp.name === 'phone') await page.getByRole('button', { name: 'Pull the panel up' }).click();
    await openSettings(page);
    const speed = page.locator('#speed-custom');
    await speed.fill('20');
    await speed.press('Enter');
    await expect(page).toHaveURL(/speed=20/);
    await expect(status(page)).toHaveAttribute('data-status', 'forecast');
    const said = (await status(page).textContent()) ?? '';
    const missed =
      /^This speed cannot keep every reported time: the train reaches (.+?) on .+, after the latest the articles allow there \(.+\)\. The .+ at 20 km\/h take \d+ h from (.+?), .*keeping it needs at least (\d+) km\/h/.exec(
        said,
      );
    expect(missed, said).not.toBeNull();
    expect(places.map((p) => p.properties.name)).toContain(missed?.[1]);
    const need = Number(missed?.[3]);
    expect(need).toBeGreaterThan(20);
    if (vp.name === 'phone')
      await expect(page.locator('.compact-status')).toHaveAttribute('data-status', 'forecast');
    await shot(page, `${id}-replay-cannot-keep`);
    // The headline's counts do not move with a what-if speed.
    expect(await page.locator('.verdict-summary').textContent()).toBe(summary);
    // At the speed it names, that time is kept (another may still be named, never this one).
    await speed.fill(String(need));
    await speed.press('Enter');
    await expect(page).toHaveURL(new RegExp(`speed=${need}`));
    const now = (await status(page).textContent()) ?? '';
    expect(now).not.toContain(`reaches ${missed?.[1]} on`);
  });
});
