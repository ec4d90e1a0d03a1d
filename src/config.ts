export const FRAME_PADDING = 48;
export const SELECTED_ZOOM = 8;

export const ATTRIBUTION = {
  naturalEarth: '<a href="https://www.naturalearthdata.com/">Made with Natural Earth</a>',
  osm: '<a href="https://www.openstreetmap.org/copyright">© OpenStreetMap contributors</a>',
  maplibre: '<a href="https://maplibre.org/">MapLibre</a>',
} as const;

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
export const PALETTES: Record<'light' | 'dark', Palette> = { light: LIGHT, dark: DARK };
/** The light palette, for code that does not follow the theme. */
export const COLOURS: Palette = LIGHT;
