import type { PaddingOptions } from 'maplibre-gl';
import { FRAME_PADDING } from '../config';

/**
 * Room the map keeps clear of the panel when it frames the journey: beside the panel on wide
 * screens, above the bottom sheet (half the screen when open) on narrow ones, none when embedded
 * (the panel sits below the map there).
 */
export function framePadding(
  panel: HTMLElement,
  s: { embed: boolean; panel: 'open' | 'closed' },
): PaddingOptions {
  const p = {
    top: FRAME_PADDING,
    right: FRAME_PADDING,
    bottom: FRAME_PADDING,
    left: FRAME_PADDING,
  };
  if (s.embed) return p;
  const r = panel.getBoundingClientRect();
  if (window.innerWidth > 640) p.left += r.right;
  else p.bottom += Math.max(r.height, s.panel === 'open' ? window.innerHeight / 2 : 0);
  return p;
}
