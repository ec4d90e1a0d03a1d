import type { IControl } from 'maplibre-gl';
import { ATTRIBUTION } from '../config';

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
    const inner = this.el?.firstElementChild;
    // Fixed strings of this project (config.ts), chosen by the data, not data themselves.
    if (inner) inner.innerHTML = this.credits().join(' | ');
  }

  onAdd(): HTMLElement {
    const el = document.createElement('div');
    el.className = 'maplibregl-ctrl maplibregl-ctrl-attrib';
    const inner = document.createElement('div');
    inner.className = 'maplibregl-ctrl-attrib-inner';
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
