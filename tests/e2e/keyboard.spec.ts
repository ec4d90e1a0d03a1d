import { expect, test } from '@playwright/test';
import { readByName } from '../default-story';
import { openMap, openSettings } from './driver';

const placeNames = readByName('places.geojson').features.map(
  (f: { properties: { name: string } }) => f.properties.name,
) as string[];

/** What has focus: its accessible-ish name, and whether a focus ring shows. */
async function focused(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const name = (el.getAttribute('aria-label') ?? el.textContent ?? '')
      .trim()
      .replace(/\s+/g, ' ')
      .slice(0, 60);
    const style = getComputedStyle(el);
    const ring =
      (style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0) ||
      style.boxShadow !== 'none';
    return { tag: el.tagName.toLowerCase(), name, cls: el.className.toString(), ring };
  });
}

test('a keyboard-only path visits every control and every place, in a sensible order, with a visible focus ring', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openMap(page);
  // The settings start folded on a window this size; unfolded, every control is on the path.
  await openSettings(page);
  await page.locator('body').click({ position: { x: 1, y: 1 } });
  const seen: { tag: string; name: string; cls: string; ring: boolean }[] = [];
  // (The counts in the head are buttons too: a stop each.)
  for (let i = 0; i < 240; i++) {
    await page.keyboard.press('Tab');
    const f = await focused(page);
    if (!f) continue;
    if (seen.length > 3 && f.name === seen[0]?.name && f.cls === seen[0]?.cls) break;
    seen.push(f);
    // Open the Places section from the keyboard when the path reaches its button.
    if (
      f.name === 'Places' &&
      f.tag === 'button' &&
      !seen.some((s) => s.name.startsWith(placeNames[0] ?? '#'))
    )
      await page.keyboard.press('Enter');
  }
  const names = seen.map((s) => s.name);
  const at = (n: string) => names.findIndex((x) => x === n || x.startsWith(n));
  for (const n of [
    'Map',
    'Zoom in',
    'Zoom out',
    'Embed',
    'Collapse the panel',
    'Reported',
    'Computed',
    '50 km/h',
    '59 km/h',
    'km',
    'miles',
    'Claims',
    'Journey',
    'Places',
    'Map image (PNG)',
    'Data (GeoJSON)',
    'Data (CSV)',
  ]) {
    expect(at(n), `reached "${n}"`).toBeGreaterThanOrEqual(0);
  }
  expect(seen.some((s) => s.cls.includes('speed-custom'))).toBe(true);
  // The map itself takes focus (arrow keys then pan it, + and - zoom).
  expect(seen.some((s) => s.tag === 'canvas')).toBe(true);
  for (const p of placeNames) expect(at(p), `reached place "${p}"`).toBeGreaterThanOrEqual(0);
  // Order: the map and its zoom, then the panel's header, controls, sections, places, downloads.
  const order = [
    'Zoom in',
    'Embed',
    'Reported',
    '50 km/h',
    'km',
    'Claims',
    'Places',
    placeNames[0] ?? '',
    'Map image (PNG)',
  ].map(at);
  expect([...order].sort((a, b) => a - b)).toEqual(order);
  const noRing = seen.filter((s) => !s.ring).map((s) => s.name);
  expect(noRing).toEqual([]);

  // Enter on a place opens it; Escape closes it and gives focus back to its button.
  const first = placeNames[0] ?? '';
  await page.getByRole('button', { name: new RegExp(`^${first}`) }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('section.details h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: new RegExp(`^${first}`) })).toBeFocused();
});
