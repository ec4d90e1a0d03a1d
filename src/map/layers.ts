import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Source ids. The map draws from three GeoJSON sources, one per kind of geometry, not one per
 * geo/ file: every source is cut into its own tiles, parsed on its own, and (for lines and fills)
 * masked on its own in every frame, which is slow where WebGL runs in software.
 */
export const SOURCES = {
  areas: 'areas',
  lines: 'lines',
  points: 'points',
  /** The replay's own small source: the train, the travelled route, the band (one setData a frame). */
  replay: 'replay',
} as const;

/** Which geo/ file a feature of a shared source comes from: its `set` property. */
export const SETS = {
  land: 'land',
  lake: 'lake',
  river: 'river',
  border: 'border',
  rail: 'rail',
  label: 'label',
  place: 'place',
  station: 'station',
  claim: 'claim',
} as const;
export type FeatureSet = (typeof SETS)[keyof typeof SETS];

/** A layer filter for the features of one set. */
export const inSet = (set: FeatureSet): ExpressionSpecification => ['==', ['get', 'set'], set];

export const LAYERS = {
  background: 'background',
  land: 'land',
  landStory: 'land-story',
  lakes: 'lakes',
  rivers: 'rivers',
  borders: 'borders',
  riverLabels: 'river-labels',
  lakeLabels: 'lake-labels',
  countryLabels: 'country-labels',
  cityLabels: 'city-labels',
  railOffRoute: 'rail-off-route',
  railSurveyed: 'rail-surveyed',
  railApproximate: 'rail-approximate',
  stationCircles: 'station-circles',
  stationLabels: 'station-labels',
  replayBand: 'replay-band',
  replayTravelled: 'replay-travelled',
  replayTrain: 'replay-train',
  replayHappened: 'replay-happened',
  claimLines: 'claim-lines',
  claimLabels: 'claim-labels',
  placeHalo: 'place-selected',
  placeCircles: 'place-circles',
  placeLabels: 'place-labels',
} as const;

/**
 * The label fonts: Noto Sans at two weights, as ready-made glyphs under public/glyphs/ (built by
 * scripts/build-glyphs.ts from the font weight given here).
 */
export const GLYPH_STACKS = { 'noto-sans-regular': 400, 'noto-sans-bold': 700 } as const;
export const FONT_REGULAR = ['noto-sans-regular'];
export const FONT_BOLD = ['noto-sans-bold'];

/** The layers the route toggle shows and hides. */
export const ROUTE_LAYERS = [
  LAYERS.railOffRoute,
  LAYERS.railSurveyed,
  LAYERS.railApproximate,
  LAYERS.stationCircles,
  LAYERS.stationLabels,
] as const;
