/**
 * Signed distance fields for map labels, computed from a font's outlines: the glyphs MapLibre
 * would otherwise draw in the reader's browser (with TinySDF, one canvas at a time, on the page's
 * main thread) are made once, here, and shipped as glyph PBFs.
 *
 * The numbers are MapLibre's: glyphs at 24 px with a 3 px border, distances spread over 8 px with
 * the edge at 0.75 (its SDF shaders' `SDF_PX = 8` and edge of 192/256), and `top` measured from
 * the same origin MapLibre uses for glyphs it draws itself (27 px above the baseline).
 */

/** A drawing command of an outline, in font units with y up (as fontkit gives them). */
export interface PathCommand {
  command: 'moveTo' | 'lineTo' | 'quadraticCurveTo' | 'bezierCurveTo' | 'closePath';
  args: number[];
}

export interface SdfGlyph {
  id: number;
  /** (width + 2 × BORDER) × (height + 2 × BORDER) bytes, row by row from the top; empty for blanks. */
  bitmap: Uint8Array;
  width: number;
  height: number;
  left: number;
  top: number;
  advance: number;
}

export const FONT_SIZE = 24;
export const BORDER = 3;
/** Distance, in px, from the edge to where the field reaches 0 (outside) or 255 (inside). */
const RADIUS = 8;
const CUTOFF = 0.25;
/** MapLibre's baseline offset for glyphs it rasterizes itself (glyph_manager.ts). */
const TOP_ADJUSTMENT = 27;

type Segment = [number, number, number, number];

/** The outline as straight segments in px (y up), curves split finely enough for 24 px. */
export function flatten(commands: PathCommand[], scale: number): Segment[] {
  const segs: Segment[] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  const line = (nx: number, ny: number) => {
    if (nx !== x || ny !== y) segs.push([x, y, nx, ny]);
    x = nx;
    y = ny;
  };
  const steps = 8;
  for (const { command, args } of commands) {
    const a = args.map((v) => v * scale);
    if (command === 'moveTo') {
      if (x !== sx || y !== sy) line(sx, sy);
      x = sx = a[0] ?? 0;
      y = sy = a[1] ?? 0;
    } else if (command === 'lineTo') {
      line(a[0] ?? 0, a[1] ?? 0);
    } else if (command === 'quadraticCurveTo') {
      const [cx = 0, cy = 0, ex = 0, ey = 0] = a;
      const x0 = x;
      const y0 = y;
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        line(u * u * x0 + 2 * u * t * cx + t * t * ex, u * u * y0 + 2 * u * t * cy + t * t * ey);
      }
    } else if (command === 'bezierCurveTo') {
      const [c1x = 0, c1y = 0, c2x = 0, c2y = 0, ex = 0, ey = 0] = a;
      const x0 = x;
      const y0 = y;
      for (let i = 1; i <= steps; i++) {
        const t = i / steps;
        const u = 1 - t;
        line(
          u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * ex,
          u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * ey,
        );
      }
    } else {
      line(sx, sy);
    }
  }
  if (x !== sx || y !== sy) line(sx, sy);
  return segs;
}

function distanceToSegment(px: number, py: number, s: Segment): number {
  const [x0, y0, x1, y1] = s;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((px - x0) * dx + (py - y0) * dy) / len2));
  const ex = x0 + t * dx - px;
  const ey = y0 + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

/** Non-zero winding: font outlines mark their inside by the direction of their contours. */
function winding(px: number, py: number, segs: Segment[]): number {
  let w = 0;
  for (const [x0, y0, x1, y1] of segs) {
    if (y0 <= py) {
      if (y1 > py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) > 0) w++;
    } else if (y1 <= py && (x1 - x0) * (py - y0) - (px - x0) * (y1 - y0) < 0) w--;
  }
  return w;
}

/**
 * One glyph's field. `commands` and `advanceWidth` in font units; `unitsPerEm` scales them to
 * 24 px. Blank glyphs (a space) have an advance and no bitmap.
 */
export function sdfGlyph(
  id: number,
  commands: PathCommand[],
  advanceWidth: number,
  unitsPerEm: number,
): SdfGlyph {
  const scale = FONT_SIZE / unitsPerEm;
  const advance = Math.round(advanceWidth * scale);
  const segs = flatten(commands, scale);
  if (segs.length === 0)
    return { id, bitmap: new Uint8Array(0), width: 0, height: 0, left: 0, top: 0, advance };
  let xMin = Number.POSITIVE_INFINITY;
  let yMin = Number.POSITIVE_INFINITY;
  let xMax = Number.NEGATIVE_INFINITY;
  let yMax = Number.NEGATIVE_INFINITY;
  for (const [x0, y0, x1, y1] of segs) {
    xMin = Math.min(xMin, x0, x1);
    xMax = Math.max(xMax, x0, x1);
    yMin = Math.min(yMin, y0, y1);
    yMax = Math.max(yMax, y0, y1);
  }
  const left = Math.floor(xMin);
  const bottom = Math.floor(yMin);
  const topPx = Math.ceil(yMax);
  const width = Math.max(1, Math.ceil(xMax) - left);
  const height = Math.max(1, topPx - bottom);
  const w = width + 2 * BORDER;
  const h = height + 2 * BORDER;
  const bitmap = new Uint8Array(w * h);
  for (let row = 0; row < h; row++) {
    const py = topPx + BORDER - row - 0.5;
    for (let col = 0; col < w; col++) {
      const px = left - BORDER + col + 0.5;
      let d = Number.POSITIVE_INFINITY;
      for (const s of segs) d = Math.min(d, distanceToSegment(px, py, s));
      const signed = winding(px, py, segs) !== 0 ? -d : d;
      const v = Math.round(255 - 255 * (signed / RADIUS + CUTOFF));
      bitmap[row * w + col] = Math.max(0, Math.min(255, v));
    }
  }
  return { id, bitmap, width, height, left, top: topPx - TOP_ADJUSTMENT, advance };
}
