import type { Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoData } from '../data/load';
import type { JourneyView } from '../journey/model';
import { creditsFor, plainCredits } from '../map/attribution';
import { snapshot } from '../map/snapshot';
import { claimsCSV } from './claims-csv';
import { exportGeoJSON } from './data';
import { composePicture, download } from './png';

/**
 * The downloads' work, loaded on the first click (actions.ts): the picture (the map beside the
 * panel, with the title, the counts, their key and the credits), the GeoJSON (every figure and
 * its technical provenance) and the CSV (one plain row per claim).
 */
export async function savePicture(
  map: MapLibreMap,
  data: GeoData,
  view: JourneyView,
  file: string,
) {
  const canvas = await snapshot(map);
  const panel = document.getElementById('panel')?.getBoundingClientRect() ?? null;
  const picture = composePicture(canvas, {
    title: data.manifest.title,
    view,
    articles: data.articles,
    credits: plainCredits(creditsFor(data.provenance)),
    panel,
    map: map.getContainer().getBoundingClientRect(),
    scale: window.devicePixelRatio || 1,
    dark: document.documentElement.dataset.theme === 'dark',
  });
  const blob = await new Promise<Blob | null>((r) => picture.toBlob(r, 'image/png'));
  if (!blob) throw new Error('the image could not be encoded');
  download(blob, `${file}.png`);
}

export function saveGeoJSON(
  data: GeoData,
  view: JourneyView,
  position: (id: string) => Position | undefined,
  file: string,
) {
  const json = JSON.stringify(exportGeoJSON(data, view, position), null, 1);
  download(new Blob([json], { type: 'application/geo+json' }), `${file}.geojson`);
}

export function saveCSV(
  data: GeoData,
  view: JourneyView,
  name: (id: string) => string,
  file: string,
) {
  download(new Blob([claimsCSV(data, view, name)], { type: 'text/csv' }), `${file}.csv`);
}
