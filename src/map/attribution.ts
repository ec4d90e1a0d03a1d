import type { IControl } from 'maplibre-gl';
import { ATTRIBUTION } from '../config';

/** Maps narrower than this (px) fold their credits behind a button. */
const COMPACT_BELOW = 480;

/** The sources a story's files can name (in their `source` or `license`), and their credit. */
const SOURCES: [RegExp, string][] = [
  [/natural ?earth/i, ATTRIBUTION.naturalEarth],
  [/openstreetmap/i, ATTRIBUTION.osm],
  [/geonames/i, ATTRIBUTION.geonames],
];

/**
 * Who the map's data and software come from: MapLibre, then exactly the sources the story's
 * files name (their provenance, as loaded), in a fixed order.
 */
export function creditsFor(provenance: readonly string[]): string[] {
  const text = provenance.join('\n');
  return [ATTRIBUTION.maplibre, ...SOURCES.filter(([re]) => re.test(text)).map(([, c]) => c)];
}

/** The credits as plain text, for an image or a video. */
export const plainCredits = (credits: readonly string[]): string =>
  credits.map((c) => c.replace(/<[^>]*>/g, '')).join(' · ');

/**
 * The credits line, written once. MapLibre's own control rebuilds its text and measures the
 * map's width (a forced layout of the whole page) on every source update while the map loads;
 * this map's sources and their credits are fixed, so the line is too. Same classes, so it looks
 * and sits where MapLibre's would.
 */
export class CreditsControl implements IControl {
  private el: HTMLElement | null = null;

  constructor(private readonly credits: () => readonly string[]) {}

  /** The story has arrived: its sources join the line. */
  update(): void {
    const inner = this.el?.querySelector('.maplibregl-ctrl-attrib-inner');
    // Fixed strings of this project (config.ts), chosen by the data, not data themselves.
    if (inner) inner.innerHTML = this.credits().join(' | ');
  }

  onAdd(map: { getContainer: () => HTMLElement }): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
    // On a small map (an embed in a column, a phone) the credits fold behind an ⓘ button, as
    // MapLibre's compact attribution does, and open on a press.
    if (map.getContainer().clientWidth < COMPACT_BELOW) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'maplibregl-ctrl-attrib-button';
      button.setAttribute('aria-label', 'Credits');
      button.setAttribute('aria-expanded', 'false');
      button.addEventListener('click', () => {
        const open = el.classList.toggle('maplibregl-compact-show');
        button.setAttribute('aria-expanded', String(open));
      });
      el.classList.add('maplibregl-compact');
      el.append(button);
    }
    el.append(inner);
    this.el = el;
    this.update();
    return el;
  }

  onRemove(): void {
    this.el?.remove();
    this.el = null;
  }
}
