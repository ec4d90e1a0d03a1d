import type { Box } from './svg-fallback';

/**
 * The frame the poster is drawn for, as the build writes it on the poster (`data-frame`, JSON
 * [west, south, east, north]): the map is made on it before the data arrives, so the data's
 * own framing finds the view already there. Anything else (missing, not JSON, not four
 * finite numbers in order) is no frame.
 */
export function writtenFrame(text: string | null | undefined): Box | null {
  if (!text) return null;
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => Number.isFinite(n))) return null;
  const [w, s, e, n] = v as Box;
  return w < e && s < n && w >= -180 && e <= 180 && s >= -90 && n <= 90 ? [w, s, e, n] : null;
}
