import type { Position } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoData } from '../data/load';
import type { JourneyView } from '../journey/model';
import { creditsFor, plainCredits } from '../map/attribution';
import { snapshot } from '../map/snapshot';
import { exportCSV, exportGeoJSON } from './data';
import { download, drawAttribution } from './png';
import type { VideoWords } from './video';

/** What the export buttons do (ui/export-buttons.ts draws them). */
export interface ExportActions {
  png: () => Promise<void>;
  geojson: () => void;
  csv: () => void;
  /** The replay as a video: reports its progress (0–1), stops when `signal` aborts. */
  video: (progress: (share: number) => void, signal: AbortSignal) => Promise<void>;
}

/** The three downloads: the map view as PNG (attribution drawn in), the data as GeoJSON and CSV. */
/** What the video needs of the replay: its span, a way to move it, and its words. */
export interface ReplayControl {
  span: () => { start: number; end: number };
  seek: (t: number | null) => void;
  now: () => number | null;
  words: () => VideoWords;
}

export function exportActions(
  map: () => MapLibreMap | null,
  data: GeoData,
  view: () => JourneyView,
  position: (id: string) => Position | undefined,
  replay: ReplayControl,
): ExportActions {
  // Files are named after the story (its manifest's id), never one fixed name.
  const FILE = data.manifest.id;
  return {
    video: async (onProgress, signal) => {
      const m = map();
      if (!m) throw new Error('the interactive map is not shown');
      const before = replay.now();
      const { renderVideo } = await import('./video');
      try {
        const blob = await renderVideo({
          map: m,
          ...replay.span(),
          seek: replay.seek,
          words: replay.words,
          onProgress,
          signal,
        });
        download(blob, `${FILE}.webm`);
      } finally {
        replay.seek(before);
      }
    },
    png: async () => {
      const m = map();
      if (!m) throw new Error('the interactive map is not shown');
      const canvas = await snapshot(m);
      drawAttribution(canvas, plainCredits(creditsFor(data.provenance)));
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
