import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A 2D copy of the map as drawn now. The WebGL canvas keeps no drawing buffer, so the copy is
 * taken inside the next render, where the buffer still holds the frame.
 */
export function snapshot(map: MapLibreMap): Promise<HTMLCanvasElement> {
  return new Promise((resolve) => {
    map.once('render', () => {
      const src = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = src.width;
      copy.height = src.height;
      copy.getContext('2d')?.drawImage(src, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });
}

/**
 * Keeps `target` (a 2D canvas) a copy of the map whenever the map settles, so that printing
 * shows the current view. The repaint it asks for settles again, without asking again.
 */
export function keepPrintCopy(map: MapLibreMap, target: HTMLCanvasElement): void {
  let copying = false;
  map.on('idle', () => {
    if (copying) {
      copying = false;
      return;
    }
    copying = true;
    void snapshot(map).then((c) => {
      target.width = c.width;
      target.height = c.height;
      target.getContext('2d')?.drawImage(c, 0, 0);
    });
  });
}
