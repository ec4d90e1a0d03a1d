import type { PaddingOptions } from 'maplibre-gl';
import { FRAME_PADDING } from '../config';

/** How far the map's controls in one corner reach in from the map's side edge and its bottom. */
function controlsRoom(container: HTMLElement | undefined, corner: string) {
  const map = container?.getBoundingClientRect();
  const rects = [
    ...(container?.querySelectorAll(`.maplibregl-ctrl-${corner} .maplibregl-ctrl`) ?? []),
  ].map((e) => e.getBoundingClientRect());
  if (!map || rects.length === 0) return { side: 0, height: 0 };
  return {
    side: Math.max(...rects.map((r) => map.right - r.left)),
    height: Math.max(...rects.map((r) => r.bottom)) - Math.min(...rects.map((r) => r.top)),
  };
}

/**
 * Room the map keeps clear of the panel when it frames the journey: beside the panel on wide
 * screens, above the bottom sheet (half the screen when open) on narrow ones, none when embedded
 * (the panel sits below the map there). On narrow screens the frame also keeps clear of the map's
 * controls (`container` holds them), so that the labels at its edges are not under them: the
 * zoom buttons' column on the right, the scale and credits above the sheet. Height is what limits
 * the scale there, so the top keeps half the usual margin.
 */
export function framePadding(
  panel: HTMLElement,
  s: { embed: boolean; panel: 'open' | 'closed' },
  container?: HTMLElement,
  edges: { west?: string; east?: string } = {},
): PaddingOptions {
  const p = {
    top: FRAME_PADDING,
    right: FRAME_PADDING,
    bottom: FRAME_PADDING,
    left: FRAME_PADDING,
  };
  if (s.embed) return p;
  const r = panel.getBoundingClientRect();
  if (window.innerWidth > 640) {
    p.left += r.right;
    return p;
  }
  p.bottom += Math.max(r.height, s.panel === 'open' ? window.innerHeight / 2 : 0);
  const bottom = ['bottom-left', 'bottom-right'].map((c) => controlsRoom(container, c).height);
  p.bottom += Math.max(...bottom);
  p.right += controlsRoom(container, 'top-right').side;
  p.top = FRAME_PADDING / 2;
  // The outermost places' names read outward (style.ts): the frame keeps room for them.
  p.left = Math.max(p.left, labelRoom(edges.west));
  p.right = Math.max(p.right, labelRoom(edges.east) + controlsRoom(container, 'top-right').side);
  return p;
}

/**
 * The room a place's name takes beside its point at the largest label size (13 px, bold, with
 * its 0.7 em offset): about 0.62 em a character, and a margin.
 */
function labelRoom(name: string | undefined): number {
  if (!name) return 0;
  return Math.ceil(13 * (0.7 + 0.62 * [...name].length)) + 6;
}
