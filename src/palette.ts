/**
 * Every colour the app draws with, written once: the map's palette (MapLibre style, SVG
 * fallback, PNG export) and the page's own colours. The stylesheet reads them as CSS custom
 * properties generated from this module at build time (tools/site/vite-palette.ts), so no colour
 * is written in a .css file.
 */
export type Theme = 'light' | 'dark';

/** A calm newsroom palette: paper land, grey-blue water, one accent for the story. */
const LIGHT = {
  sea: '#dce6ec',
  land: '#f5f2ec',
  landStory: '#ece6da',
  border: '#8c8279',
  lineOfControl: '#b0a69c',
  river: '#9dbdd2',
  riverStory: '#6f9fbf',
  lake: '#dce6ec',
  text: '#3d3a36',
  textMuted: '#77706a',
  halo: '#ffffff',
  rail: '#2b3a4a',
  railOffRoute: '#8a96a3',
  accent: '#c0392b',
  accentDark: '#7f1d14',
};

/** The same roles at night: dark land and water, light ink, a warmer accent. */
const DARK: Palette = {
  sea: '#18222c',
  land: '#272c33',
  landStory: '#30363e',
  border: '#8b8f96',
  lineOfControl: '#6b7078',
  river: '#35607f',
  riverStory: '#6ea3c8',
  lake: '#18222c',
  text: '#ebe7e1',
  textMuted: '#aaa49c',
  halo: '#121619',
  rail: '#e8e2d6',
  railOffRoute: '#7d8794',
  accent: '#ff6f5e',
  accentDark: '#ffb4a9',
};

export type Palette = { [K in keyof typeof LIGHT]: string };
export const PALETTES: Record<Theme, Palette> = { light: LIGHT, dark: DARK };
/** The light palette, for code that does not follow the theme. */
export const COLOURS: Palette = LIGHT;

/** The page around the map: ink and paper, rules, notices, the verdicts' badges, focus. */
const PAGE_LIGHT = {
  ink: '#2b2926',
  muted: '#6b645d',
  paper: '#ffffff',
  page: '#ffffff',
  line: '#e2ddd5',
  hover: '#f4f1ec',
  chip: '#f0ede8',
  selected: '#fbeceb',
  selectedLine: '#e7b9b4',
  onDark: '#ffffff',
  notice: '#fff8e6',
  noticeLine: '#e0c36a',
  holdsBg: '#e3f1e6',
  holds: '#1d5e2c',
  looseBg: '#fbf0d6',
  loose: '#7a5200',
  failsBg: '#fbe3e0',
  fails: '#8a1f14',
  noneBg: '#eeeeee',
  none: '#555555',
  focus: '#1a5fb4',
};

const PAGE_DARK: PagePalette = {
  ink: '#ebe7e1',
  muted: '#aaa49c',
  paper: '#1e2329',
  page: '#121619',
  line: '#3a4048',
  hover: '#2a3038',
  chip: '#2a3038',
  selected: '#4a2824',
  selectedLine: '#8a4a42',
  onDark: '#121619',
  notice: '#3a3220',
  noticeLine: '#8a7434',
  holdsBg: '#1f3a26',
  holds: '#a8e0b4',
  looseBg: '#3d3217',
  loose: '#f0d28a',
  failsBg: '#4a2320',
  fails: '#ffb4a9',
  noneBg: '#30353c',
  none: '#c9c4bd',
  focus: '#8ab4f8',
};

export type PagePalette = { [K in keyof typeof PAGE_LIGHT]: string };
export const PAGE_PALETTES: Record<Theme, PagePalette> = { light: PAGE_LIGHT, dark: PAGE_DARK };

/** Print is black on white, whatever the theme. */
export const PRINT_COLOURS = { paper: '#ffffff', ink: '#000000' } as const;

/** A palette colour, opaque or (`alpha` below 1) see-through. */
type Source = (
  | { palette: 'map'; key: keyof Palette }
  | { palette: 'page'; key: keyof PagePalette }
) & { alpha?: number };
const map = (key: keyof Palette): Source => ({ palette: 'map', key });
const page = (key: keyof PagePalette, alpha?: number): Source => ({ palette: 'page', key, alpha });

/**
 * The stylesheet's colour variables, in order, each with the palette colour it stands for. The
 * page takes the map's own colours for the sea behind the map, the rail in the legend and the
 * accent, so they always match what the map draws.
 */
export const CSS_COLOUR_VARIABLES: ReadonlyArray<readonly [name: string, source: Source]> = [
  ['--ink', page('ink')],
  ['--muted', page('muted')],
  ['--paper', page('paper')],
  ['--page', page('page')],
  ['--line', page('line')],
  ['--hover', page('hover')],
  ['--chip', page('chip')],
  ['--selected', page('selected')],
  ['--selected-line', page('selectedLine')],
  ['--sea', map('sea')],
  ['--map-land', map('land')],
  ['--map-land-story', map('landStory')],
  ['--map-lake', map('lake')],
  ['--map-river-story', map('riverStory')],
  ['--map-border', map('border')],
  ['--map-text', map('text')],
  ['--map-halo', map('halo')],
  ['--rail', map('rail')],
  ['--rail-off', map('railOffRoute')],
  ['--on-dark', page('onDark')],
  ['--notice', page('notice')],
  ['--notice-line', page('noticeLine')],
  ['--holds-bg', page('holdsBg')],
  ['--holds', page('holds')],
  ['--loose-bg', page('looseBg')],
  ['--loose', page('loose')],
  ['--fails-bg', page('failsBg')],
  ['--fails', page('fails')],
  ['--none-bg', page('noneBg')],
  ['--none', page('none')],
  ['--accent', map('accent')],
  ['--accent-dark', map('accentDark')],
  ['--focus', page('focus')],
  // MapLibre's credits and scale bar over the dark map.
  ['--paper-translucent', page('paper', 0.8)],
];

/** The print colours' variables: the same in both themes. */
export const CSS_PRINT_VARIABLES: ReadonlyArray<readonly [string, string]> = [
  ['--print-paper', PRINT_COLOURS.paper],
  ['--print-ink', PRINT_COLOURS.ink],
];

/** `#rrggbb` with an alpha, as `rgb(r g b / alpha)`. */
const withAlpha = (hex: string, alpha: number): string => {
  const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
};

/** Each colour variable with its value in one theme. */
export function cssColours(theme: Theme): Array<[string, string]> {
  return CSS_COLOUR_VARIABLES.map(([name, s]) => {
    const hex = s.palette === 'map' ? PALETTES[theme][s.key] : PAGE_PALETTES[theme][s.key];
    return [name, s.alpha === undefined ? hex : withAlpha(hex, s.alpha)];
  });
}
