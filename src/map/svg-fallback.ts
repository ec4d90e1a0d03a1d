import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Palette } from '../config';
import type { GeoData } from '../data/load';
import { drawnAsTrack } from '../journey/network-accuracy';
import './map.css';

const NS = 'http://www.w3.org/2000/svg';
export type Box = [number, number, number, number];

function el<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number>,
  text?: string,
): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

/** Web Mercator y for a latitude, in radians-ish units (enough to lay out a static map). */
export const mercY = (lat: number) =>
  Math.log(Math.tan(Math.PI / 4 + (Math.max(-85, Math.min(85, lat)) * Math.PI) / 360));

export interface Pad {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

function projector(box: Box, width: number, height: number, pad: Pad) {
  const [w, s, e, n] = box;
  const x0 = (w * Math.PI) / 180;
  const x1 = (e * Math.PI) / 180;
  const y0 = mercY(s);
  const y1 = mercY(n);
  const innerW = Math.max(50, width - pad.left - pad.right);
  const innerH = Math.max(50, height - pad.top - pad.bottom);
  const k = Math.min(innerW / (x1 - x0), innerH / (y1 - y0));
  const ox = pad.left + (innerW - k * (x1 - x0)) / 2;
  const oy = pad.bottom + (innerH - k * (y1 - y0)) / 2;
  return (p: Position): [number, number] => [
    ox + k * (((p[0] ?? 0) * Math.PI) / 180 - x0),
    height - oy - k * (mercY(p[1] ?? 0) - y0),
  ];
}

/**
 * SVG path data for a geometry. With `step`, points closer than `step` units to the last one kept
 * are dropped and coordinates are whole units (the poster: small enough to ship inside the page).
 */
function pathData(g: Geometry, project: (p: Position) => [number, number], step = 0): string {
  const digits = step >= 1 ? 0 : 1;
  const line = (ps: Position[], close: boolean) => {
    let out = '';
    let last: [number, number] | null = null;
    ps.forEach((p, i) => {
      const xy = project(p);
      const end = i === ps.length - 1;
      if (last && !end && Math.hypot(xy[0] - last[0], xy[1] - last[1]) < step) return;
      out += `${last ? 'L' : 'M'}${xy[0].toFixed(digits)} ${xy[1].toFixed(digits)}`;
      last = xy;
    });
    return out + (close ? 'Z' : '');
  };
  switch (g.type) {
    case 'LineString':
      return line(g.coordinates, false);
    case 'MultiLineString':
      return g.coordinates.map((l) => line(l, false)).join('');
    case 'Polygon':
      return g.coordinates.map((r) => line(r, true)).join('');
    case 'MultiPolygon':
      return g.coordinates.flatMap((p) => p.map((r) => line(r, true))).join('');
    default:
      return '';
  }
}

/**
 * A static map drawn as SVG from the same geo/ data, for when WebGL is missing or MapLibre fails:
 * land, borders, the route, the claim lines and the places with their names. Text goes in as text.
 */
export function renderSvgMap(
  data: GeoData,
  claimLines: FeatureCollection,
  box: Box,
  c: Palette,
  size: { width: number; height: number },
  pad: Pad,
  poster?: { step: number; keep: Box; layers?: ReadonlySet<string> },
): SVGSVGElement {
  const { width, height } = size;
  const project = projector(box, width, height, pad);
  const id = poster ? 'poster-title' : 'svg-map-title';
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`,
    class: poster ? 'svg-map poster' : 'svg-map',
    role: 'img',
    'aria-labelledby': id,
  });
  const title = poster ? 'Map' : 'Static map';
  svg.append(el('title', { id }, `${title}: ${data.manifest.text.mapLabel}`));
  // The poster lets the map's own background show round it: it draws past its box.
  if (!poster) svg.append(el('rect', { x: 0, y: 0, width, height, fill: c.sea }));
  const inKeep = (f: Feature) => !poster || overlaps(poster.keep, f.geometry);
  // The poster may be drawn in two parts: the layers under the route, and those over it.
  const wants = (cls: string) => !poster?.layers || poster.layers.has(cls);
  const draw = (
    cls: string,
    features: Feature[],
    attrs: (f: Feature) => Record<string, string | number>,
  ) => {
    if (!wants(cls)) return;
    const g = el('g', { class: cls });
    // The poster draws the features that look alike as one path: each path is a draw of its
    // own when the page is first painted, and a phone's screen paints them at three times the
    // size.
    const paths = new Map<string, { d: string; attrs: Record<string, string | number> }>();
    features.filter(inKeep).forEach((f, i) => {
      const d = pathData(f.geometry, project, poster?.step);
      if (!d) return;
      const a = attrs(f);
      const key = poster ? JSON.stringify(a) : String(i);
      const same = paths.get(key);
      if (same) same.d += d;
      else paths.set(key, { d, attrs: a });
    });
    for (const { d, attrs: a } of paths.values()) g.append(el('path', { d, ...a }));
    svg.append(g);
  };
  // The countries the journey crosses stand out, as on the map (basemap-layers.ts).
  const story = new Set(data.manifest.countries);
  draw(
    'land',
    data.land as Feature[],
    (f): Record<string, string> =>
      story.has(String(f.properties?.iso))
        ? { class: 'story', fill: c.landStory, stroke: 'none' }
        : { fill: c.land, stroke: 'none' },
  );
  draw('lakes', data.lakes as Feature[], () => ({ fill: c.lake }));
  draw('rivers', data.rivers.filter((r) => r.properties.story) as Feature[], () => ({
    fill: 'none',
    stroke: c.riverStory,
    'stroke-width': 1,
  }));
  draw('borders', data.borders.filter((f) => f.properties.detail === 'fine') as Feature[], () => ({
    fill: 'none',
    stroke: c.border,
    'stroke-width': 0.8,
    'stroke-dasharray': '3 2',
  }));
  draw('rail', data.rail as Feature[], (f) => ({
    fill: 'none',
    class: f.properties?.onRoute ? 'on-route' : 'off-route',
    stroke: f.properties?.onRoute ? c.rail : c.railOffRoute,
    'stroke-width': 2,
    ...(drawnAsTrack(f.properties ?? {}) ? {} : { 'stroke-dasharray': '4 3' }),
  }));
  draw(
    'claims',
    claimLines.features.filter((f) => f.geometry.type === 'LineString'),
    () => ({ fill: 'none', stroke: c.accent, 'stroke-width': 1.2, 'stroke-dasharray': '5 4' }),
  );
  const places = el('g', { class: 'places' });
  for (const p of data.places) {
    const [x, y] = project(p.geometry.coordinates);
    places.append(
      el('circle', {
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: 4.5,
        fill: c.accent,
        stroke: c.halo,
        'stroke-width': 1.5,
        'data-place': p.properties.id,
      }),
    );
    if (p.properties.kind !== 'station') {
      places.append(
        el(
          'text',
          {
            x: (x + 7).toFixed(1),
            y: (y + 4).toFixed(1),
            fill: c.text,
            'font-size': 12,
            'font-weight': 600,
            stroke: c.halo,
            'stroke-width': 3,
            'paint-order': 'stroke',
          },
          p.properties.name,
        ),
      );
    }
  }
  if (wants('places')) svg.append(places);
  if (!wants('svg-train')) return svg;
  const train = el('circle', {
    class: 'svg-train',
    r: 6,
    fill: c.accentDark,
    stroke: c.halo,
    'stroke-width': 2,
    visibility: 'hidden',
  });
  svg.append(train);
  PROJECTIONS.set(svg, project);
  return svg;
}

/** Whether a geometry's bounding box meets a box (lon/lat). */
function overlaps([w, s, e, n]: Box, g: Geometry): boolean {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] !== 'number') {
      for (const d of c) visit(d);
      return;
    }
    const [x = 0, y = 0] = c as number[];
    b[0] = Math.min(b[0] ?? x, x);
    b[1] = Math.min(b[1] ?? y, y);
    b[2] = Math.max(b[2] ?? x, x);
    b[3] = Math.max(b[3] ?? y, y);
  };
  if ('coordinates' in g) visit(g.coordinates);
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = b;
  return x0 <= e && x1 >= w && y0 <= n && y1 >= s;
}

const PROJECTIONS = new WeakMap<SVGSVGElement, (p: Position) => [number, number]>();

/** Moves the static map's train to a point (the replay's), or hides it. */
export function moveSvgTrain(svg: SVGSVGElement, point: Position | null): void {
  const train = svg.querySelector<SVGCircleElement>('.svg-train');
  const project = PROJECTIONS.get(svg);
  if (!train || !project) return;
  if (!point) {
    train.setAttribute('visibility', 'hidden');
    return;
  }
  const [x, y] = project(point);
  train.setAttribute('cx', x.toFixed(1));
  train.setAttribute('cy', y.toFixed(1));
  train.setAttribute('visibility', 'visible');
}
