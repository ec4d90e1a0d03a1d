import * as z from 'zod/mini';

import type { Mode } from '../journey/choices';

export type { Mode };
export type UnitsParam = 'km' | 'mi';
export type Theme = 'auto' | 'light' | 'dark';
export type SectionParam = 'claims' | 'journey' | 'places';
export interface Camera {
  lon: number;
  lat: number;
  zoom: number;
}

/** The view: everything a shared link reproduces. */
export interface ViewState {
  place: string | null;
  mode: Mode;
  /** Train speed in km/h. */
  speed: number;
  units: UnitsParam;
  /** null: the first view frames the journey. */
  camera: Camera | null;
  panel: 'open' | 'closed';
  section: SectionParam;
  theme: Theme;
  /** A transparent page background, for hosts with their own. */
  transparent: boolean;
  embed: boolean;
  /** In embed mode the title can be left out. */
  title: boolean;
  /** The replay's paused time (ms since the epoch, to the minute); null: its start. */
  time: number | null;
  /** The replay's departure (ms since the epoch); null: the earliest the reported days allow. */
  departure: number | null;
  /** Verdicts as what happened after the articles settles them ("as it happened"). */
  hindsight: boolean;
}

export const DEFAULT_STATE: ViewState = {
  place: null,
  mode: 'reported',
  speed: 50,
  units: 'km',
  camera: null,
  panel: 'open',
  section: 'claims',
  theme: 'auto',
  transparent: false,
  embed: false,
  title: true,
  time: null,
  departure: null,
  hindsight: false,
};

/** Camera precision in the URL: about 1 m, and a hundredth of a zoom level. */
export const CAMERA_DIGITS = { lonLat: 5, zoom: 2 } as const;
// `+ 0` makes -0 plain 0: the address says "0" and reads back 0.
const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d + 0;

/**
 * The times a link may hold (`t`, `dep`): 1900-01-01 to 2100-12-31 UTC. A fixed span, not one
 * around the story's dates: the link is read before the story loads, and any instant in it is
 * written back in the same four-digit form (a year such as 0000 or 9999 is refused, not rounded
 * into a fifth digit the parser would then refuse).
 */
export const INSTANT_SPAN = [Date.UTC(1900, 0, 1), Date.UTC(2101, 0, 1) - 60_000] as const;

/** The form `instant` reads: "2024-01-31T12:00Z". */
export const formatInstant = (t: number): string =>
  new Date(Math.round(t / 60_000) * 60_000).toISOString().replace(/:00\.000Z$/, 'Z');

/**
 * One parser per parameter, with what it expects in words for the notice. Built on the first
 * read of a link, not when the module is evaluated: the page's first task has no use for them.
 */
function buildParams() {
  /** What `schema` gives, then `f` of it. */
  const then = <S extends z.ZodMiniType, O>(schema: S, f: (v: z.output<S>) => O) =>
    z.pipe(schema, z.transform(f));
  const flag = then(z.enum(['0', '1']), (v) => v === '1');
  // A number: zod's number refuses NaN and ±Infinity.
  const num = z.pipe(then(z.string().check(z.trim(), z.minLength(1)), Number), z.number());
  const inRange = ([lon, lat, zoom]: [number, number, number]) =>
    Math.abs(lon) <= 180 && Math.abs(lat) <= 85 && zoom >= 0 && zoom <= 22;
  const xyz = z.tuple([num, num, num]).check(z.refine(inRange, 'out of range'));
  const camera = then(
    z.pipe(
      then(z.string(), (s) => s.split(',')),
      xyz,
    ),
    ([lon, lat, zoom]) => ({
      lon: round(lon, CAMERA_DIGITS.lonLat),
      lat: round(lat, CAMERA_DIGITS.lonLat),
      zoom: round(zoom, CAMERA_DIGITS.zoom),
    }),
  );

  /** An ISO 8601 UTC instant to the minute or second ("2024-01-31T12:00Z"), in ms since 1970. */
  const iso = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/));
  const parsed = z.pipe(then(iso, Date.parse), z.number());
  const instant = z.pipe(
    then(parsed, (t) => Math.round(t / 60_000) * 60_000 + 0),
    z.number().check(z.gte(INSTANT_SPAN[0]), z.lte(INSTANT_SPAN[1])),
  );
  return {
    mode: {
      key: 'mode',
      schema: z.enum(['reported', 'computed']),
      expects: '"reported" or "computed"',
    },
    units: { key: 'units', schema: z.enum(['km', 'mi']), expects: '"km" or "mi"' },
    speed: {
      key: 'speed',
      schema: z.pipe(num, z.number().check(z.gte(1), z.lte(400))),
      expects: 'km/h between 1 and 400',
    },
    camera: { key: 'view', schema: camera, expects: '"longitude,latitude,zoom"' },
    panel: { key: 'panel', schema: z.enum(['open', 'closed']), expects: '"open" or "closed"' },
    section: {
      key: 'tab',
      schema: z.enum(['claims', 'journey', 'places']),
      expects: '"claims", "journey" or "places"',
    },
    theme: {
      key: 'theme',
      schema: z.enum(['auto', 'light', 'dark']),
      expects: '"auto", "light" or "dark"',
    },
    transparent: {
      key: 'bg',
      schema: then(z.enum(['transparent', 'page']), (v) => v === 'transparent'),
      expects: '"transparent" or "page"',
    },
    embed: { key: 'embed', schema: flag, expects: '"1" or "0"' },
    time: {
      key: 't',
      schema: instant,
      expects: 'a UTC time from 1900 to 2100 such as "2024-01-31T12:00Z"',
    },
    departure: {
      key: 'dep',
      schema: instant,
      expects: 'a UTC time from 1900 to 2100 such as "2024-01-31T06:00Z"',
    },
    title: { key: 'title', schema: flag, expects: '"1" or "0"' },
    hindsight: { key: 'hindsight', schema: flag, expects: '"1" or "0"' },
  } as const satisfies Partial<
    Record<keyof ViewState, { key: string; schema: z.ZodMiniType; expects: string }>
  >;
}

let built: ReturnType<typeof buildParams> | undefined;
const PARAMS = () => {
  built ??= buildParams();
  return built;
};

export interface ParsedState {
  state: ViewState;
  /** One line per parameter that was ignored, naming it and saying why. */
  warnings: string[];
}

const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);

/**
 * Reads the view from a query string. Nothing throws: an unknown or malformed value falls back to
 * its default and is reported in `warnings`. `defaults` may depend on the page (embed mode).
 */
export function parseUrlState(
  search: string,
  knownPlaces?: readonly string[],
  defaults: ViewState | ((s: Pick<ViewState, 'embed'>) => ViewState) = DEFAULT_STATE,
): ParsedState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const warnings: string[] = [];
  const parsers = PARAMS();
  const embed = parsers.embed.schema.safeParse(params.get('embed') ?? '0');
  const base =
    typeof defaults === 'function' ? defaults({ embed: embed.success && embed.data }) : defaults;
  const state: ViewState = { ...base };
  const place = params.get('place');
  if (place !== null) {
    const ok =
      /^[a-z][a-z0-9-]{0,40}$/.test(place) && (!knownPlaces || knownPlaces.includes(place));
    if (ok) state.place = place;
    else warnings.push(`URL parameter "place": no place with id ${shown(place)}; showing none`);
  }
  for (const [field, p] of Object.entries(parsers) as [
    keyof typeof parsers,
    (typeof parsers)[keyof typeof parsers],
  ][]) {
    const raw = params.get(p.key);
    if (raw === null) continue;
    const r = p.schema.safeParse(raw);
    if (r.success) (state as unknown as Record<string, unknown>)[field] = r.data;
    else warnings.push(`URL parameter "${p.key}": expected ${p.expects}, got ${shown(raw)}`);
  }
  return { state, warnings };
}

/** The query string for a view ('' for the default view); `parseUrlState` reads it back. */
export function serializeUrlState(state: ViewState, defaults: ViewState = DEFAULT_STATE): string {
  const params = new URLSearchParams();
  // Always written when on: the parser reads every other default against it, and a link read
  // without it is no embed (whatever `defaults` says).
  if (state.embed) params.set('embed', '1');
  if (state.place !== null) params.set('place', state.place);
  if (state.mode !== defaults.mode) params.set('mode', state.mode);
  if (state.speed !== defaults.speed) params.set('speed', String(state.speed));
  if (state.units !== defaults.units) params.set('units', state.units);
  if (state.camera) {
    const c = state.camera;
    params.set(
      'view',
      [
        round(c.lon, CAMERA_DIGITS.lonLat),
        round(c.lat, CAMERA_DIGITS.lonLat),
        round(c.zoom, CAMERA_DIGITS.zoom),
      ].join(','),
    );
  }
  if (state.panel !== defaults.panel) params.set('panel', state.panel);
  if (state.section !== defaults.section) params.set('tab', state.section);
  if (state.theme !== defaults.theme) params.set('theme', state.theme);
  if (state.transparent !== defaults.transparent)
    params.set('bg', state.transparent ? 'transparent' : 'page');
  if (state.title !== defaults.title) params.set('title', state.title ? '1' : '0');
  if (state.hindsight !== defaults.hindsight) params.set('hindsight', state.hindsight ? '1' : '0');
  if (state.departure !== null) params.set('dep', formatInstant(state.departure));
  if (state.time !== null) params.set('t', formatInstant(state.time));
  const s = params.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return s ? `?${s}` : '';
}
