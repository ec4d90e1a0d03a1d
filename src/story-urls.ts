import bordersUrl from '@basemap/borders.geojson?url';
import labelsUrl from '@basemap/labels.geojson?url';
import lakesUrl from '@basemap/lakes.geojson?url';
import landUrl from '@basemap/land.geojson?url';
import riversUrl from '@basemap/rivers.geojson?url';
import claimsUrl from '@story/claims.json?url';
import placesUrl from '@story/places.geojson?url';
import publishedUrl from '@story/published.json?url';
import railUrl from '@story/rail.geojson?url';
import stationsUrl from '@story/stations.geojson?url';
import manifestUrl from '@story/story.json?url';
import type { GeoUrls } from './data/story-files';

// Optional files: a story folder without them matches nothing, and the page reads as the
// articles have it.
const outcomes = Object.values(
  import.meta.glob<string>('@story/outcomes.json', {
    query: '?url',
    import: 'default',
    eager: true,
  }),
)[0];

/**
 * Where each file of the story (the folder `STORY` names, by default geo/stories/kim-2023) and
 * of the shared basemap is served from: Vite copies them into the build with a content hash.
 */
export const GEO_URLS: GeoUrls = {
  manifest: manifestUrl,
  places: placesUrl,
  claims: claimsUrl,
  rail: railUrl,
  stations: stationsUrl,
  published: publishedUrl,
  land: landUrl,
  borders: bordersUrl,
  rivers: riversUrl,
  lakes: lakesUrl,
  labels: labelsUrl,
  ...(outcomes === undefined ? {} : { outcomes }),
};
