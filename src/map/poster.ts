import type { FeatureCollection } from 'geojson';
import type { Palette } from '../config';
import type { GeoData } from '../data/load';
import { type Box, mercY, renderSvgMap } from './svg-fallback';

export { writtenFrame } from './written-frame';

/** The poster's height in its own units for a frame taller than the widest box (else less). */
const HEIGHT = 450;
/** Points closer than this (in those units) to the last one drawn are left out. */
const STEP = 1.5;
/** The backdrop is an image: finer, since its vertices cost the page nothing. */
const BACKDROP_STEP = 0.25;
/**
 * The layers under the places, the route and the claims' lines among them: the backdrop, drawn
 * at build time as an image. Lines drawn as vectors made a phone's first paint a third slower.
 */
const BACKDROP = new Set(['land', 'lakes', 'rivers', 'borders', 'rail', 'claims']);
/** The layer over it, left as vectors: the places and their names (text stays text). */
const OVERLAY = new Set(['places']);
/**
 * How far round the frame the backdrop reaches, in poster heights: sideways, what a window as
 * wide as 2.6 times its height shows beside a frame fitted to its height (with the panel's
 * side); up and down, the frame padding's share of a phone's screen.
 */
const REACH = { x: 1.3, y: 0.25 };
/** The backdrop draws every feature: its image's edges clip them. */
const WORLD: Box = [-180, -85, 180, 85];
const NONE = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The shapes of box the poster is shown in (width / height): from a phone's map above its sheet
 * to a wide window beside the panel. The poster's frame is at most as wide as the widest, and
 * its backdrop reaches as far as the frame fitted in any of them shows.
 */
const BOX = { tallest: 0.55, widest: 2.6 };
/** The backdrop's largest image, in pixels: a long, thin frame gets a coarser one. */
const MAX_PIXELS = 3.3e6;

/** The poster's size in its units, and the box (lon/lat) round the frame it draws. */
function layout([w, s, e, n]: Box) {
  const dx = Math.max(1e-6, ((e - w) * Math.PI) / 180);
  const dy = Math.max(1e-6, mercY(n) - mercY(s));
  const unit = Math.min(HEIGHT / dy, (BOX.widest * HEIGHT) / dx);
  const width = Math.max(1, Math.round(dx * unit));
  const height = Math.max(1, Math.round(dy * unit));
  const spanX = e - w + 2;
  const spanY = n - s + 1;
  const keep: Box = [w - 2 * spanX, s - spanY, e + 2 * spanX, n + spanY];
  return { size: { width, height }, keep };
}

/**
 * Where the backdrop lies round the frame: as wide as the frame fitted to the widest box shows
 * (and the frame's padding beside it), as high as the frame fitted to the tallest one shows
 * (and the padding's share of a phone's screen above and below).
 */
function reach({ width, height }: { width: number; height: number }): Region {
  const w = Math.max(2 * REACH.x * height, width * (1 + 2 * REACH.y));
  const h = Math.max(height * (1 + 2 * REACH.y), (width / BOX.tallest) * (1 + REACH.y));
  const x = Math.round(width / 2 - w / 2);
  const y = Math.round(height / 2 - h / 2);
  return [x, y, width - 2 * x, height - 2 * y];
}

/** Where the backdrop's image lies, in the poster's units: x, y, width, height. */
export type Region = [number, number, number, number];

/** The backdrop's images, one a theme (URLs), and where they lie. */
export interface Backdrop {
  light: string;
  dark: string;
  region: Region;
}

/**
 * The layers under the places (land, lakes, rivers, borders, the route and the claims' lines)
 * as a standalone SVG document,
 * `scale` pixels a poster unit, covering the box round the frame that the poster draws; the
 * build makes it an image (tools/site/poster-image.ts), so the page ships a picture and not
 * thousands of vertices for the browser to raster before its first paint.
 */
export function renderBackdrop(
  data: GeoData,
  lines: FeatureCollection,
  frame: Box,
  palette: Palette,
  scale: number,
): { svg: string; region: Region } {
  const { size } = layout(frame);
  const region = reach(size);
  const px = Math.min(scale, Math.sqrt(MAX_PIXELS / (region[2] * region[3])));
  const svg = renderSvgMap(data, lines, frame, palette, size, NONE, {
    step: BACKDROP_STEP,
    keep: WORLD,
    layers: BACKDROP,
  });
  svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  svg.setAttribute('viewBox', region.join(' '));
  svg.setAttribute('width', String(Math.round(region[2] * px)));
  svg.setAttribute('height', String(Math.round(region[3] * px)));
  for (const a of ['class', 'role', 'aria-labelledby']) svg.removeAttribute(a);
  svg.querySelector('title')?.remove();
  return { svg: svg.outerHTML, region };
}

/**
 * The picture of the map that stands in the map's place until the map's first frame (and for
 * good without JavaScript): the static SVG map, framed on the first view's bounds. Its box is
 * exactly the frame, so the stylesheet can place it where the map fits the frame (beside or
 * above the panel); it draws the land and rivers round the frame too, past its own box, and
 * leaves the sea to the map's background. With a backdrop, those layers are its images (the
 * dark one under a dark system theme; src/ui/theme.ts follows a chosen theme), and only the
 * places and their names are vectors.
 */
export function renderPoster(
  data: GeoData,
  lines: FeatureCollection,
  frame: Box,
  palette: Palette,
  backdrop?: Backdrop,
): SVGSVGElement {
  const { size, keep } = layout(frame);
  const svg = renderSvgMap(data, lines, frame, palette, size, NONE, {
    step: STEP,
    keep,
    ...(backdrop ? { layers: OVERLAY } : {}),
  });
  // The map is made on this frame before the data arrives (writtenFrame).
  svg.setAttribute('data-frame', JSON.stringify(frame));
  if (!backdrop) return svg;
  const [x, y, width, height] = backdrop.region;
  const holder = document.createElementNS('http://www.w3.org/2000/svg', 'foreignObject');
  for (const [k, v] of Object.entries({ x, y, width, height })) holder.setAttribute(k, String(v));
  holder.setAttribute('class', 'backdrop');
  const picture = document.createElement('picture');
  const dark = document.createElement('source');
  dark.setAttribute('media', '(prefers-color-scheme: dark)');
  dark.setAttribute('srcset', backdrop.dark);
  dark.dataset.theme = 'dark';
  const img = document.createElement('img');
  img.setAttribute('src', backdrop.light);
  img.setAttribute('alt', '');
  img.setAttribute('width', String(width));
  img.setAttribute('height', String(height));
  picture.append(dark, img);
  holder.append(picture);
  svg.querySelector('title')?.after(holder);
  return svg;
}
