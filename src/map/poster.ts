import type { FeatureCollection } from 'geojson';
import type { Palette } from '../config';
import type { GeoData } from '../data/load';
import { type Box, mercY, renderSvgMap } from './svg-fallback';

/** The poster's height in its own units (its width follows the frame's shape). */
const HEIGHT = 450;
/** Points closer than this (in those units) to the last one drawn are left out. */
const STEP = 1.5;

/**
 * The picture of the map that stands in the map's place until the map's first frame (and for
 * good without JavaScript): the static SVG map, framed on the first view's bounds. Its box is
 * exactly the frame, so the stylesheet can place it where the map fits the frame (beside or
 * above the panel); it draws the land and rivers round the frame too, past its own box, and
 * leaves the sea to the map's background.
 */
export function renderPoster(
  data: GeoData,
  lines: FeatureCollection,
  frame: Box,
  palette: Palette,
): SVGSVGElement {
  const [w, s, e, n] = frame;
  const dx = Math.max(1e-6, ((e - w) * Math.PI) / 180);
  const dy = Math.max(1e-6, mercY(n) - mercY(s));
  const width = Math.max(1, Math.round((HEIGHT * dx) / dy));
  const spanX = e - w + 2;
  const spanY = n - s + 1;
  const keep: Box = [w - 2 * spanX, s - spanY, e + 2 * spanX, n + spanY];
  const none = { top: 0, right: 0, bottom: 0, left: 0 };
  return renderSvgMap(data, lines, frame, palette, { width, height: HEIGHT }, none, {
    step: STEP,
    keep,
  });
}
