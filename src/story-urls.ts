import type { GeoUrls } from './data/story-files';
import { BASEMAP_FILES, OPTIONAL_FILES, STORY_FILES } from './data/story-files';

const KEYS = [...Object.keys(STORY_FILES), ...Object.keys(BASEMAP_FILES)] as (keyof GeoUrls)[];

/**
 * Where each file of the page's story and of its basemap is served from: the build writes them
 * into the page (`<script type="application/json" id="story-files">`, tools/site/story-page.ts),
 * so the scripts carry no story and one set of them serves every story of a build. URLs are
 * resolved against the page. A page without the element (or with a broken one) names the file
 * that is missing, so the loader reports it like any other unreadable file.
 */
export function storyUrls(doc: Document = document): GeoUrls {
  let given: Record<string, unknown> = {};
  try {
    given = JSON.parse(doc.getElementById('story-files')?.textContent ?? '{}') ?? {};
  } catch {
    given = {};
  }
  const at = (k: keyof GeoUrls) => {
    const u = given[k];
    return new URL(typeof u === 'string' ? u : `missing-story-file/${k}`, doc.baseURI).href;
  };
  // An optional file the story has not (outcomes.json) has no address: it reads as absent.
  const optional = Object.keys(OPTIONAL_FILES).filter((k) => typeof given[k] === 'string');
  return Object.fromEntries(
    [...KEYS, ...optional].map((k) => [k, at(k as keyof GeoUrls)]),
  ) as GeoUrls;
}
