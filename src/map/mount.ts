import type { MapOptions } from './map-options';
import { MapView } from './map-view';
import { keepPrintCopy } from './snapshot';
import './map.css';

export interface MountedMap {
  view: MapView;
  /** Call once the data has loaded. */
  dataArrived: () => void;
  /** The replay moved: the static map's train follows (the interactive map has its source). */
  trainMoved: () => void;
}

/**
 * The map has drawn its first full view: its canvas, kept out of the page until now, is shown,
 * and the poster written into the page (prerender.ts) fades out over it and is hidden (map.css).
 */
function firstViewDrawn(container: HTMLElement): void {
  container.classList.add('map-drawn');
  container.querySelector('.poster')?.classList.add('leaving');
}

/**
 * Starts the interactive map at once, drawing only once the data has arrived (map-view.ts), with
 * a print copy of it kept up to date; where MapLibre cannot run (no WebGL, or it fails), draws
 * the static SVG map instead, with a one-line explanation, as soon as the data is there.
 */
export function mountMap(o: MapOptions): MountedMap {
  const printCopy = document.createElement('canvas');
  printCopy.className = 'print-map';
  printCopy.setAttribute('aria-hidden', 'true');
  let failure: string | null = null;
  let svg: SVGSVGElement | null = null;
  let fallback: typeof import('./svg-fallback') | null = null;
  const drawFallback = async () => {
    const data = o.data();
    if (failure === null || !data) return;
    // The static map's code: only where MapLibre cannot run, loaded then.
    fallback ??= await import('./svg-fallback');
    const { moveSvgTrain, renderSvgMap } = fallback;
    o.container.classList.add('map-fallback');
    const rect = o.container.getBoundingClientRect();
    const size = {
      width: Math.max(300, Math.round(rect.width)),
      height: Math.max(240, Math.round(rect.height)),
    };
    const [w, s, e, n] = o.bounds();
    const note = document.createElement('p');
    note.className = 'fallback-note';
    note.textContent = `This browser could not draw the interactive map${/webgl/i.test(failure) ? ' (no WebGL2)' : ''}, so a static one is shown; every figure is in the tables.`;
    note.title = failure;
    const p = o.padding();
    const pad = { top: p.top ?? 0, right: p.right ?? 0, bottom: p.bottom ?? 0, left: p.left ?? 0 };
    svg = renderSvgMap(
      data,
      o.lines(),
      [w - 0.5, s - 0.5, e + 0.5, n + 0.5],
      o.palette(),
      size,
      pad,
    );
    moveSvgTrain(svg, o.train());
    o.container.replaceChildren(svg, note);
  };
  const view = new MapView(o, {
    onError: (message) => {
      failure = message;
      void drawFallback();
    },
    onDrawn: () => firstViewDrawn(o.container),
    beforeMount: () => {
      // The map's own credits line (create-map.ts) takes the place of the page's.
      o.container.querySelector('.static-credits')?.remove();
      o.container.append(printCopy);
    },
    onMount: (map) => {
      if (map) keepPrintCopy(map, printCopy);
      o.onMount(map);
    },
  });
  view.start();
  return {
    view,
    dataArrived: () => {
      view.dataArrived();
      void drawFallback();
    },
    trainMoved: () => {
      if (svg && fallback) fallback.moveSvgTrain(svg, o.train());
    },
  };
}
