/**
 * The page's content before any script runs: the same code the app runs draws the panel (title,
 * key figures, claims ledger, legs and timeline, places), the map's description, its poster and
 * the credits line, here in a DOM for Node at build time (tools/site/vite-static.ts writes them into
 * index.html). The app then takes over the same boxes with the same content.
 */
import { PALETTES } from './config';
import type { LoadResult } from './data/load';
import { claimReviewElement, claimReviews, oEmbed } from './embed/claim-review';
import { embedSnippet } from './embed/messages';
import type { ExportActions } from './export/actions';
import { openStory } from './journey/story-model';
import { creditsFor } from './map/attribution';
import { type Backdrop, type Region, renderBackdrop, renderPoster } from './map/poster';
import { type AppState, choicesOf } from './state/app-state';
import { initialState } from './state/start-state';
import { createStore } from './state/store';
import { createAppPanel } from './ui/app-panel';
import { renderMapDescription } from './ui/map-description';
import { claimWords } from './words/claim-words';

export interface StaticPage {
  /** The panel's children, as HTML. */
  panel: string;
  description: string;
  poster: string;
  credits: string;
  /** For the page's head: the ClaimReview JSON-LD and the oEmbed discovery link. */
  head: string;
  /** The story's oEmbed response (oembed.json beside the page). */
  oembed: string;
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

/** Pixels a poster unit in the backdrop's images (about two device pixels to a CSS pixel on a
 * phone, where the poster is drawn about one CSS pixel a unit). */
const BACKDROP_SCALE = 2;

/** The poster's backdrop for each theme as SVG documents, and where it lies in the poster. */
export interface BackdropDrawings {
  light: string;
  dark: string;
  region: Region;
}

/** Makes the backdrop's drawings images (at build time) and gives their URLs. */
export type BackdropImages = (
  drawings: BackdropDrawings,
) => Promise<Pick<Backdrop, 'light' | 'dark'>>;

/**
 * Renders the page for the default view (no link parameters) from a loaded story. Throws, naming
 * each problem, when the story's files did not load cleanly: a build must not write a page from
 * broken data. Given `images`, the poster's backdrop is drawn for each theme and handed to it,
 * and the poster shows the images it makes.
 */
function withoutStyles(root: Element): void {
  root.removeAttribute('style');
  for (const el of root.querySelectorAll('[style]')) el.removeAttribute('style');
}

export async function renderStatic(
  { data: loaded, problems, failed }: LoadResult,
  images?: BackdropImages,
  site = './',
): Promise<StaticPage> {
  if (failed.length > 0 || problems.length > 0)
    throw new Error(
      `the story's files do not load cleanly: ${problems.map((p) => `${p.file}${p.field ? ` ${p.field}` : ''}: ${p.message}`).join('; ')}`,
    );
  const { data, lookup, model } = openStory(loaded);
  const { state } = initialState('', data.places, model.base.presets);
  const store = createStore<AppState>(state);
  const host = document.createElement('aside');
  await createAppPanel({ host, data, model, store, lookup, exports: NO_EXPORTS, eager: true });
  const description = renderMapDescription(data.places, model.base, data.manifest, state.units);
  const frame = model.base.frame ?? data.manifest.region;
  const lines = model.at(choicesOf(state)).lines;
  let backdrop: Backdrop | undefined;
  if (images) {
    const light = renderBackdrop(data, lines, frame, PALETTES.light, BACKDROP_SCALE);
    const dark = renderBackdrop(data, lines, frame, PALETTES.dark, BACKDROP_SCALE);
    const region = light.region;
    backdrop = { ...(await images({ light: light.svg, dark: dark.svg, region })), region };
  }
  const poster = renderPoster(data, lines, frame, PALETTES.light, backdrop);
  const view = model.at(choicesOf(state)).view;
  const reviews = claimReviews(
    data.manifest,
    view.claims,
    (r) => claimWords(r, 'km', lookup.name, view.zones).explanation,
  );
  const embedUrl = `${site}?embed=1`;
  const snippet = embedSnippet({
    url: embedUrl,
    title: data.manifest.title,
    scriptUrl: `${site}embed.js`,
    height: 640,
  });
  const escapeText = (t: string) => t.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  // A strict CSP refuses style attributes in markup (the app sets the few it needs through the
  // CSSOM): they are dropped from the elements here, never by pattern from the written text.
  for (const el of [host, description, poster]) withoutStyles(el);
  return {
    head: `${claimReviewElement(reviews)}\n    <link rel="alternate" type="application/json+oembed" href="${escapeText(`${site}oembed.json`)}" title="${escapeText(data.manifest.title)}" />`,
    oembed: `${JSON.stringify(oEmbed(data.manifest, snippet, 640), null, 1)}\n`,
    panel: host.innerHTML,
    description: description.outerHTML,
    poster: poster.outerHTML,
    credits: creditsFor(data.provenance).join(' | '),
  };
}
