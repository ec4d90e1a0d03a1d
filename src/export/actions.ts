import type { Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { ATTRIBUTION } from '../config';
import type { GeoData } from '../data/load';
import type { JourneyView } from '../journey/model';
import { snapshot } from '../map/snapshot';
import type { ExportActions } from '../ui/export-buttons';
import { exportCSV, exportGeoJSON } from './data';
import { download, drawAttribution } from './png';

const FILE = 'kim-train-map';
const plain = (html: string) => html.replace(/<[^>]*>/g, '');

/** The three downloads: the map view as PNG (attribution drawn in), the data as GeoJSON and CSV. */
export function exportActions(
  map: () => MapLibreMap | null,
  data: GeoData,
  view: () => JourneyView,
  position: (id: string) => Position | undefined,
): ExportActions {
  return {
    png: async () => {
      const m = map();
      if (!m) throw new Error('the interactive map is not shown');
      const canvas = await snapshot(m);
      drawAttribution(canvas, Object.values(ATTRIBUTION).map(plain).join(' · '));
      const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
      if (!blob) throw new Error('the image could not be encoded');
      download(blob, `${FILE}.png`);
    },
    geojson: () =>
      download(
        new Blob([JSON.stringify(exportGeoJSON(data, view(), position), null, 1)], {
          type: 'application/geo+json',
        }),
        `${FILE}.geojson`,
      ),
    csv: () =>
      download(
        new Blob([exportCSV(exportGeoJSON(data, view(), position))], { type: 'text/csv' }),
        `${FILE}.csv`,
      ),
  };
}
