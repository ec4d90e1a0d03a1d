import type { IControl } from 'maplibre-gl';
import { ATTRIBUTION } from '../config';

/** Who the map's data and software come from, in the order the map credits them. */
export const CREDITS = [ATTRIBUTION.maplibre, ATTRIBUTION.naturalEarth, ATTRIBUTION.osm] as const;

/**
 * The credits line, written once. MapLibre's own control rebuilds its text and measures the
 * map's width (a forced layout of the whole page) on every source update while the map loads;
 * this map's sources and their credits are fixed, so the line is too. Same classes, so it looks
 * and sits where MapLibre's would.
 */
export class CreditsControl implements IControl {
  private el: HTMLElement | null = null;

  onAdd(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    // Fixed strings of this project (config.ts), not data.
    inner.innerHTML = CREDITS.join(' | ');
    el.append(inner);
    this.el = el;
    return el;
  }

  onRemove(): void {
    this.el?.remove();
    this.el = null;
  }
}
