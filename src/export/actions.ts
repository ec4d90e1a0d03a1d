import type { Map as MapLibreMap } from 'maplibre-gl';
import type { GeoData } from '../data/load';
import type { Lookup } from '../data/lookup';
import type { JourneyView } from '../journey/model';
import type { VideoWords } from './video';

/** What the export buttons do (ui/export-buttons.ts draws them). */
export interface ExportActions {
  png: () => Promise<void>;
  geojson: () => Promise<void>;
  csv: () => Promise<void>;
  /** The replay as a video: reports its progress (0–1), stops when `signal` aborts. */
  video: (progress: (share: number) => void, signal: AbortSignal) => Promise<void>;
}

/** What the video needs of the replay: its span, a way to move it, and its words. */
export interface ReplayControl {
  span: () => { start: number; end: number };
  seek: (t: number | null) => void;
  now: () => number | null;
  words: () => VideoWords;
}

/**
 * The downloads: the map as a picture, the data as GeoJSON and CSV, the replay as a video. Their
 * code is loaded on the first click (files.ts, video.ts): none of it is needed for the map.
 */
export function exportActions(
  map: () => MapLibreMap | null,
  data: GeoData,
  view: () => JourneyView,
  lookup: Pick<Lookup, 'position' | 'name'>,
  replay: ReplayControl,
): ExportActions {
  // Files are named after the story (its manifest's id), never one fixed name.
  const FILE = data.manifest.id;
  const shown = () => {
    const m = map();
    if (!m) throw new Error('the interactive map is not shown');
    return m;
  };
  return {
    video: async (onProgress, signal) => {
      const m = shown();
      const before = replay.now();
      const [{ renderVideo }, { download }] = await Promise.all([
        import('./video'),
        import('./png'),
      ]);
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
      const m = shown();
      const { savePicture } = await import('./files');
      await savePicture(m, data, view(), FILE);
    },
    geojson: async () => {
      const { saveGeoJSON } = await import('./files');
      saveGeoJSON(data, view(), lookup.position, FILE);
    },
    csv: async () => {
      const { saveCSV } = await import('./files');
      saveCSV(data, view(), lookup.name, FILE);
    },
  };
}
