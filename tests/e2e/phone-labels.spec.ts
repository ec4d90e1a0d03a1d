import { expect, test } from '@playwright/test';
import { readByName } from '../default-story';
import { openMap, rendered } from './driver';
import {
  type Box,
  boxesMeet,
  circleMeetsBox,
  labelsMeet,
  named,
  placedLabels,
  shapes,
} from './labels';

/**
 * On a phone, the map's labels (the story's and the basemap's) must each be readable: none drawn
 * over another, none under a map control, and every place of the story named.
 */

const places = readByName('places.geojson') as {
  features: { properties: { id: string } }[];
};
const placeIds = places.features.map((f) => f.properties.id).sort();

test.use({ viewport: { width: 390, height: 844 } });

test('on a phone, every label is clear of the others and of the controls, and every place is named', async ({
  page,
}) => {
  await openMap(page);
  const { labels, controls, size } = await placedLabels(page);
  const [width, height] = size as [number, number];
  // The labels on the map (the index also holds some just beyond its edges).
  const screen: Box = [0, 0, width, height];
  const shown = labels.filter(
    (l) =>
      l.boxes.some((b) => boxesMeet(b, screen)) || l.circles.some((c) => circleMeetsBox(c, screen)),
  );
  // The story's labels and the basemap's are all there, claim labels included.
  expect([...new Set(shown.map((l) => l.layer))]).toEqual(
    expect.arrayContaining(['place-labels', 'claim-labels', 'city-labels', 'country-labels']),
  );
  await page.screenshot({ path: 'test-results/phone-labels-390x844.png' });

  // (a) No two labels overlap.
  const overlaps: string[] = [];
  shown.forEach((a, i) => {
    for (const b of shown.slice(i + 1))
      if (labelsMeet(a, b)) overlaps.push(`${named(a)} × ${named(b)}`);
  });
  expect.soft(overlaps).toEqual([]);

  // (b) None lies under a control (zoom buttons, scale, credits).
  expect(controls.length).toBeGreaterThanOrEqual(3);
  const covered = shown.flatMap((l) =>
    controls
      .filter((c) => shapes(l).some((b) => boxesMeet(b, c.box)))
      .map((c) => `${named(l)} under ${c.name}`),
  );
  expect.soft(covered).toEqual([]);

  // (c) Every place of the story has its label placed, on the map.
  const placeLabels = shown.filter((l) => l.layer === 'place-labels').map((l) => l.id);
  expect(placeLabels.sort()).toEqual(placeIds);
  // The same places as MapLibre's own query of what it drew.
  expect([...new Set(await rendered(page, ['place-labels'], 'id'))].sort()).toEqual(
    placeLabels.sort(),
  );
});
