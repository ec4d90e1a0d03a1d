/**
 * The page's content before any script runs: the same code the app runs draws the panel (title,
 * key figures, claims ledger, legs and timeline, places), the map's description, its poster and
 * the credits line, here in a DOM for Node at build time (scripts/vite-static.ts writes them into
 * index.html). The app then takes over the same boxes with the same content.
 */
import { PALETTES } from './config';
import type { LoadResult } from './data/load';
import { createLookup } from './data/lookup';
import { storyModel } from './journey/story-model';
import { CREDITS } from './map/attribution';
import { type Backdrop, type Region, renderBackdrop, renderPoster } from './map/poster';
import { type AppState, choicesOf } from './state/app-state';
import { initialState } from './state/start-state';
import { createStore } from './state/store';
import { createAppPanel } from './ui/app-panel';
import type { ExportActions } from './ui/export-buttons';
import { renderMapDescription } from './ui/map-description';

export interface StaticPage {
  /** The panel's children, as HTML. */
  panel: string;
  description: string;
  poster: string;
  credits: string;
}

/** Downloads need the running map: the page written at build time has buttons, no actions. */
const unavailable = () => {
  throw new Error('downloads need the running page');
};
const NO_EXPORTS: ExportActions = {
  png: unavailable,
  geojson: unavailable,
  csv: unavailable,
  video: unavailable,
};

/** Throws, naming each problem, when the story's files did not load cleanly: a build must not
 * write a page from broken data. */
function assertClean({ problems, failed }: LoadResult): void {
  if (failed.length > 0 || problems.length > 0)
    throw new Error(
      `the story's files do not load cleanly: ${problems.map((p) => `${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`).join('; ')}`,
    );
}

/** Pixels a poster unit in the backdrop's images (about two device pixels to a CSS pixel on a
 * phone, where the poster is drawn about one CSS pixel a unit). */
export const BACKDROP_SCALE = 2;

/** The poster's backdrop for each theme, as SVG documents the build makes images of. */
export function renderBackdrops(loaded: LoadResult): {
  light: string;
  dark: string;
  region: Region;
} {
  assertClean(loaded);
  const { data } = loaded;
  const model = storyModel(data, createLookup(data.places, data.stations));
  const frame = model.base.frame ?? data.manifest.region;
  const light = renderBackdrop(data, frame, PALETTES.light, BACKDROP_SCALE);
  const dark = renderBackdrop(data, frame, PALETTES.dark, BACKDROP_SCALE);
  return { light: light.svg, dark: dark.svg, region: light.region };
}

/**
 * Renders the page for the default view (no link parameters) from a loaded story, with the
 * poster's backdrop images (their URLs) when the build has made them.
 */
export async function renderStatic(loaded: LoadResult, backdrop?: Backdrop): Promise<StaticPage> {
  assertClean(loaded);
  const { data } = loaded;
  const lookup = createLookup(data.places, data.stations);
  const model = storyModel(data, lookup);
  const { state } = initialState('', data.places, model.base.presets);
  const store = createStore<AppState>(state);
  const host = document.createElement('aside');
  await createAppPanel({ host, data, model, store, lookup, exports: NO_EXPORTS });
  const description = renderMapDescription(data.places, model.base, data.manifest, state.units);
  const frame = model.base.frame ?? data.manifest.region;
  const poster = renderPoster(
    data,
    model.at(choicesOf(state)).lines,
    frame,
    PALETTES.light,
    backdrop,
  );
  return {
    panel: host.innerHTML,
    description: description.outerHTML,
    poster: poster.outerHTML,
    credits: CREDITS.join(' | '),
  };
}
