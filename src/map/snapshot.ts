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
 * Makes `target` (a 2D canvas) a copy of the map as the page is printed: on `beforeprint` the
 * map draws a frame at once (`redraw`) and the copy is taken in the same task, while the WebGL
 * drawing buffer still holds it. Nothing is copied until then: a copy on every settled view
 * would cost a frame and a read-back each time.
 */
export function keepPrintCopy(map: MapLibreMap, target: HTMLCanvasElement): void {
  const copy = () => {
    map.redraw();
    const src = map.getCanvas();
    target.width = src.width;
    target.height = src.height;
    target.getContext('2d')?.drawImage(src, 0, 0);
  };
  window.addEventListener('beforeprint', copy);
  map.once('remove', () => window.removeEventListener('beforeprint', copy));
}
