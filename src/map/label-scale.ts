import type { ExpressionSpecification } from 'maplibre-gl';
import { FONT_BOLD } from './layers';

/**
 * Below this zoom (the whole journey on a phone, where the places near the border are a few
 * pixels apart) the story's labels are smaller and one line each, and a place's name may stand a
 * line above or below its point, so that every place is named and no label covers another.
 * Tiles are laid out at whole zooms, so layout values change at this one.
 */
export const SMALL_ZOOM = 4;

/**
 * Below SMALL_ZOOM, the ems at which the frame's outermost names wrap (the rest keep one line):
 * "Portland, Oregon" at a phone's edge takes two short lines, not a long one the frame must
 * leave room for (padding.ts).
 */
export const EDGE_WRAP_SMALL = 7;

/** A layout value by scale: `small` below SMALL_ZOOM, `large` from it on. */
export const byZoom = (small: unknown, large: unknown) =>
  ['step', ['zoom'], small, SMALL_ZOOM, large] as ExpressionSpecification;

/** A text size that grows from `small` to `large` just above SMALL_ZOOM. */
export const sizeByZoom = (small: number, large: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  SMALL_ZOOM,
  small,
  SMALL_ZOOM + 0.5,
  large,
];

const name = [['get', 'name'], { 'text-font': ['literal', FONT_BOLD] }];

/** A place's label: the name in bold over the local name; the name alone when small. */
export const placeName = byZoom(
  ['format', ...name],
  ['format', ...name, '\n', {}, ['get', 'local'], { 'font-scale': 0.85 }],
);

/** Beside the point (first choice), then above or below it; offsets in ems. */
const BESIDE = ['left', [0.7, 0], 'right', [-0.7, 0], 'top', [0, 0.7], 'bottom', [0, -0.7]];
/** Beside the point a line lower or higher, for names stacked by places close together. */
const STACKED = [
  'left',
  [0.7, 1.5],
  'right',
  [-0.7, 1.5],
  'left',
  [0.7, -1.5],
  'right',
  [-0.7, -1.5],
];

/** The same anchors with those that set the text to the point's left first. */
const westward = (anchors: unknown[]) => {
  const pairs: [unknown, unknown][] = [];
  for (let i = 0; i < anchors.length; i += 2) pairs.push([anchors[i], anchors[i + 1]]);
  const rank = (a: unknown) => (a === 'right' ? 0 : a === 'left' ? 2 : 1);
  return pairs.sort((x, y) => rank(x[0]) - rank(y[0])).flat();
};
/**
 * By the label's side (style.ts, `side`): a point east of the view's middle reads westward
 * (toward it), and so does the frame's west-most place (away from the route, outward).
 */
const inward = (anchors: unknown[]): ExpressionSpecification => [
  'match',
  ['get', 'side'],
  ['east', 'out-west'],
  ['literal', westward(anchors)],
  ['literal', anchors],
];

/** Where a place's label may stand, in order of preference (text toward the view's middle). */
export const PLACE_ANCHORS = byZoom(inward([...BESIDE, ...STACKED]), inward(BESIDE));

/** Where a claim's label may stand round its point (1.2 ems off): toward the view's middle first. */
const CLAIM_AROUND = ['left', [1.2, 0], 'right', [-1.2, 0], 'top', [0, 1.2], 'bottom', [0, -1.2]];
export const CLAIM_ANCHORS = inward(CLAIM_AROUND);
