/**
 * MapLibre's stylesheet, less the rules of what the pages never add. Of its 10 KB gzip, eight
 * are the pictures (inline SVGs, light and dark) of controls neither the map nor the studio
 * uses: the geolocation, fullscreen, terrain, globe and logo buttons, the user's location dot
 * and popups. The rules of what they do add (zoom buttons, scale, attribution, markers,
 * cooperative gestures, box zoom, the canvas) stay as MapLibre writes them.
 */

/** Selectors naming any of these are for controls the pages never add (src/map/create-map.ts, src/studio/studio-map.ts). */
export const UNUSED_MAPLIBRE =
  /maplibregl-(?:ctrl-(?:geolocate|fullscreen|shrink|terrain|globe|logo)|user-location|popup|pseudo-fullscreen)/;

/** The file the pages import MapLibre's stylesheet from. */
const MAPLIBRE_CSS = /[\\/]maplibre-gl[\\/]dist[\\/]maplibre-gl\.css$/;

/** What of PostCSS's tree the plugin touches. */
interface CssRule {
  selectors: string[];
  remove(): void;
}
interface CssAtRule {
  name: string;
  params: string;
  nodes?: unknown[];
  remove(): void;
}
interface CssRoot {
  source?: { input?: { file?: string } };
  walkRules(f: (rule: CssRule) => void): void;
  walkAtRules(f: (rule: CssAtRule) => void): void;
}

/** A PostCSS plugin (vite.config.ts's css.postcss) that trims MapLibre's stylesheet, and no other. */
export function maplibreCssUsed() {
  return {
    postcssPlugin: 'maplibre-css-used',
    Once(root: CssRoot) {
      if (!MAPLIBRE_CSS.test(root.source?.input?.file ?? '')) return;
      root.walkRules((rule) => {
        const keep = rule.selectors.filter((s) => !UNUSED_MAPLIBRE.test(s));
        if (keep.length === 0) rule.remove();
        else if (keep.length < rule.selectors.length) rule.selectors = keep;
      });
      // The location dot's pulse, and a media query left with nothing in it, go too.
      root.walkAtRules((at) => {
        const pulse = at.name.endsWith('keyframes') && UNUSED_MAPLIBRE.test(at.params);
        if (pulse || (at.nodes && at.nodes.length === 0)) at.remove();
      });
    },
  };
}
