/**
 * How much of the world a story's basemap draws finely, and how finely: from the views in which
 * the map first shows the story's region. The numbers are the map's own: 512 px tiles, a page
 * map box of 1280 × 800 px and a phone's of 390 × 844 px (the sizes the browser tests use).
 */
import type { BBox } from 'geojson';

const TILE = 512;
export const VIEWS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

const mercatorY = (lat: number) =>
  Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI);
const latitude = (y: number) => (Math.atan(Math.sinh(y * 2 * Math.PI)) * 180) / Math.PI;
const clampLat = (lat: number) => Math.max(-85, Math.min(85, lat));

/** The zoom at which `box` just fits a map of `width` × `height` px. */
export function fitZoom(box: BBox, width: number, height: number): number {
  const dx = (box[2] - box[0]) / 360;
  const dy = mercatorY(box[3]) - mercatorY(box[1]);
  return Math.min(Math.log2(width / (dx * TILE)), Math.log2(height / (dy * TILE)));
}

export interface View {
  /** The zoom at which the region fits the view's map box. */
  zoom: number;
  /** What that view shows, with `margin` of the region's size more on every side. */
  box: BBox;
}

/** Each first view of the region, closest first. */
export function firstViews(region: BBox, margin = 0.25): View[] {
  const [w, s, e, n] = region;
  const [y0, y1] = [mercatorY(s), mercatorY(n)];
  const [cx, cy] = [(w + e) / 2, (y0 + y1) / 2];
  const [mx, my] = [(e - w) * margin, (y1 - y0) * margin];
  return VIEWS.map((v) => {
    const zoom = fitZoom(region, v.width, v.height);
    const half = (px: number) => px / (TILE * 2 ** zoom) / 2;
    const hx = half(v.width) * 360 + mx;
    const hy = half(v.height) + my;
    // Rounded outwards to 0.1°, so that rounding what is clipped to its edges keeps it there.
    const box: BBox = [
      Math.max(-180, Math.floor((cx - hx) * 10) / 10),
      clampLat(Math.floor(latitude(cy - hy) * 10) / 10),
      Math.min(180, Math.ceil((cx + hx) * 10) / 10),
      clampLat(Math.ceil(latitude(cy + hy) * 10) / 10),
    ];
    return { zoom, box };
  }).sort((a, b) => b.zoom - a.zoom);
}

/** The smallest box holding all of `boxes`. */
export const union = (boxes: BBox[]): BBox => [
  Math.min(...boxes.map((b) => b[0])),
  Math.min(...boxes.map((b) => b[1])),
  Math.max(...boxes.map((b) => b[2])),
  Math.max(...boxes.map((b) => b[3])),
];

/**
 * The simplification tolerance for a view, in degrees of latitude (the same ground distance
 * both ways): half a pixel at the view's zoom, at the box's middle latitude. Lines stay within
 * one pixel of the data one zoom in, two pixels two zooms in.
 */
export function toleranceAt(view: View): number {
  const lat = (view.box[1] + view.box[3]) / 2;
  return (0.5 * 360 * Math.cos((lat * Math.PI) / 180)) / (TILE * 2 ** view.zoom);
}
