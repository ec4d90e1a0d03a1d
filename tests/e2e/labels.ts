import type { Page } from '@playwright/test';

/** A placed label: its layer, its feature's properties, and what it takes on screen (CSS px). */
export interface Label {
  layer: string;
  id: string;
  text: string;
  boxes: [number, number, number, number][];
  circles: [number, number, number][];
}

/**
 * Every label MapLibre's last placement put on the map, read from its collision index: text
 * boxes (with their text-padding) and, for labels along lines, circles. Labels that may overlap
 * others are in the index too (with overlap mode 'always'); labels that ignore placement are in
 * its second grid. The index is in pixels offset by MapLibre's viewport padding; the boxes come
 * back relative to the map's container. Also the rects of the map's controls, the same way.
 */
export async function placedLabels(page: Page) {
  return page.evaluate(() => {
    type Key = { bucketInstanceId: number; featureIndex: number };
    type Grid = { boxKeys: Key[]; bboxes: number[]; circleKeys: Key[]; circles: number[] };
    type Feature = { properties: Record<string, unknown> };
    const map = window.kimTrainMap?.map as unknown as {
      getContainer(): HTMLElement;
      style: {
        placement: {
          collisionIndex: { grid: Grid; ignoredGrid: Grid; screenRightBoundary: number };
          retainedQueryData: Record<
            number,
            {
              bucketIndex: number;
              featureIndex: {
                bucketLayerIDs: string[][];
                loadVTLayers(): Record<string, { feature(i: number): Feature }>;
              };
            }
          >;
        };
      };
    };
    const { collisionIndex, retainedQueryData } = map.style.placement;
    // MapLibre's viewport padding: its grid reaches this far beyond each edge of the map.
    const pad = collisionIndex.screenRightBoundary - map.getContainer().clientWidth;
    const labels = new Map<string, Label>();
    const labelOf = (k: Key): Label => {
      const key = `${k.bucketInstanceId}/${k.featureIndex}`;
      const known = labels.get(key);
      if (known) return known;
      const q = retainedQueryData[k.bucketInstanceId];
      if (!q) throw new Error(`no query data for bucket ${k.bucketInstanceId}`);
      const [vt] = Object.values(q.featureIndex.loadVTLayers());
      const p = vt?.feature(k.featureIndex).properties ?? {};
      const label: Label = {
        layer: (q.featureIndex.bucketLayerIDs[q.bucketIndex] ?? []).join(','),
        id: String(p.id ?? ''),
        text: String(p.label ?? p.name ?? ''),
        boxes: [],
        circles: [],
      };
      labels.set(key, label);
      return label;
    };
    for (const grid of [collisionIndex.grid, collisionIndex.ignoredGrid]) {
      grid.boxKeys.forEach((k, i) => {
        const [x1, y1, x2, y2] = grid.bboxes.slice(4 * i, 4 * i + 4).map((v) => v - pad);
        labelOf(k).boxes.push([x1 ?? 0, y1 ?? 0, x2 ?? 0, y2 ?? 0]);
      });
      grid.circleKeys.forEach((k, i) => {
        const [x, y, r] = grid.circles.slice(3 * i, 3 * i + 3);
        labelOf(k).circles.push([(x ?? 0) - pad, (y ?? 0) - pad, r ?? 0]);
      });
    }
    const c = map.getContainer().getBoundingClientRect();
    const controls = [...document.querySelectorAll('.maplibregl-ctrl')].map((e) => {
      const r = e.getBoundingClientRect();
      return {
        name: e.className,
        box: [r.left - c.left, r.top - c.top, r.right - c.left, r.bottom - c.top] as Box,
      };
    });
    return { labels: [...labels.values()], controls, size: [c.width, c.height] };
  });
}

export type Box = [number, number, number, number];
type Circle = [number, number, number];

export const boxesMeet = (a: Box, b: Box) =>
  a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
export const circleMeetsBox = ([x, y, r]: Circle, b: Box) => {
  const dx = x - Math.max(b[0], Math.min(x, b[2]));
  const dy = y - Math.max(b[1], Math.min(y, b[3]));
  return dx * dx + dy * dy < r * r;
};
const circlesMeet = (a: Circle, b: Circle) => Math.hypot(a[0] - b[0], a[1] - b[1]) < a[2] + b[2];
const circleBox = ([x, y, r]: Circle): Box => [x - r, y - r, x + r, y + r];

/** Whether two labels' shapes overlap (a label's own circles along its line may). */
export function labelsMeet(a: Label, b: Label): boolean {
  return (
    a.boxes.some((p) => b.boxes.some((q) => boxesMeet(p, q))) ||
    a.boxes.some((p) => b.circles.some((q) => circleMeetsBox(q, p))) ||
    b.boxes.some((p) => a.circles.some((q) => circleMeetsBox(q, p))) ||
    a.circles.some((p) => b.circles.some((q) => circlesMeet(p, q)))
  );
}

export const shapes = (l: Label): Box[] => [...l.boxes, ...l.circles.map(circleBox)];
export const named = (l: Label) => `${l.layer} "${l.text}"`;
