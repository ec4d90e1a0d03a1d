import type { PaddingOptions } from 'maplibre-gl';
import { FRAME_PADDING } from '../config';
import { EDGE_WRAP_SMALL } from './label-scale';

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
 * The replay's compact clock on narrow screens and in embeds: a column 48 px wide, 10 px in from
 * the map's right edge, under the zoom buttons (ui/compact-clock.css): the frame keeps clear of
 * that column as it does of the buttons.
 */
const COMPACT_CLOCK_SIDE = 58;

/**
 * Room the map keeps clear of the panel when it frames the journey: beside the panel on wide
 * screens, above the bottom sheet (half the screen when open) on narrow ones, none when embedded
 * (the panel sits below the map there). On narrow screens the frame also keeps clear of the map's
 * controls (`container` holds them), so that the labels at its edges are not under them: the
 * zoom buttons' and the compact clock's column on the right, the scale and credits above the
 * sheet. Height is what limits the scale there, so the top keeps half the usual margin.
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
  if (s.embed) return { ...p, right: Math.max(p.right, COMPACT_CLOCK_SIDE + FRAME_PADDING / 4) };
  const r = panel.getBoundingClientRect();
  const bottoms = ['bottom-left', 'bottom-right'].map((c) => controlsRoom(container, c).height);
  if (window.innerWidth > 640) {
    // Beside the panel: the outermost names read outward (style.ts), so the frame keeps room
    // for them on both sides (a west-most name is not cut at the panel's edge), and the bottom
    // keeps clear of the scale and the credits.
    p.left = r.right + Math.max(p.left, labelRoom(edges.west, LARGE));
    p.right =
      Math.max(p.right, labelRoom(edges.east, LARGE)) + controlsRoom(container, 'top-right').side;
    p.bottom += Math.max(...bottoms);
    return p;
  }
  p.bottom += Math.max(r.height, s.panel === 'open' ? window.innerHeight / 2 : 0);
  p.bottom += Math.max(...bottoms);
  p.right += Math.max(controlsRoom(container, 'top-right').side, COMPACT_CLOCK_SIDE);
  p.top = FRAME_PADDING / 2;
  // The outermost places' names read outward (style.ts): the frame keeps room for them.
  p.left = Math.max(p.left, labelRoom(edges.west, SMALL));
  p.right = Math.max(
    p.right,
    labelRoom(edges.east, SMALL) + controlsRoom(container, 'top-right').side,
  );
  return p;
}

/** A label's size and the ems its lines wrap at: on a phone (the whole journey below zoom 4,
 * label-scale.ts) and from zoom 4 on. */
// A phone may show a short journey from zoom 4 on, in the larger size: the room is the larger
// size's, at the edge names' wrap (story-layers.ts wraps them so at every zoom).
const SMALL = { px: 13, wrap: EDGE_WRAP_SMALL };
const LARGE = { px: 13, wrap: 12 };

/**
 * The room a place's name takes beside its point (bold, with its 0.7 em offset): about 0.62 em a
 * character of its longest line, as the label wraps at `wrap` ems, and a margin.
 */
export function labelRoom(name: string | undefined, size: { px: number; wrap: number }): number {
  if (!name) return 0;
  const most = Math.floor(size.wrap / 0.62);
  let line = 0;
  let longest = 0;
  for (const word of name.split(' ')) {
    const n = [...word].length;
    line = line === 0 ? n : line + 1 + n > most ? n : line + 1 + n;
    longest = Math.max(longest, line);
  }
  return Math.ceil(size.px * (0.7 + 0.62 * longest)) + 6;
}
