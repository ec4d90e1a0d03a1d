import { z } from 'zod';

export type Mode = 'reported' | 'computed';
export type UnitsParam = 'km' | 'mi';

/** The part of the view that lives in the URL. */
export interface ViewState {
  place: string | null;
  mode: Mode;
  /** Train speed in km/h. */
  speed: number;
  units: UnitsParam;
}

export const DEFAULT_STATE: ViewState = { place: null, mode: 'reported', speed: 50, units: 'km' };

const placeId = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/);
const PARAMS = {
  mode: z.enum(['reported', 'computed']),
  units: z.enum(['km', 'mi']),
  speed: z.coerce.number().finite().min(1).max(400),
} as const;

export interface ParsedState {
  state: ViewState;
  /** One line per parameter that was ignored, naming it and saying why. */
  warnings: string[];
}

const shown = (v: string) => JSON.stringify(v.length > 40 ? `${v.slice(0, 37)}...` : v);

/**
 * Reads the view from a query string. Nothing throws: an unknown or malformed value falls back to
 * its default and is reported in `warnings`.
 */
export function parseUrlState(
  search: string,
  knownPlaces?: readonly string[],
  defaults: ViewState = DEFAULT_STATE,
): ParsedState {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...defaults };
  const warnings: string[] = [];
  const place = params.get('place');
  if (place !== null) {
    const ok = placeId.safeParse(place).success && (!knownPlaces || knownPlaces.includes(place));
    if (ok) state.place = place;
    else warnings.push(`URL parameter "place": no place with id ${shown(place)}; showing none`);
  }
  const mode = params.get('mode');
  if (mode !== null) {
    const r = PARAMS.mode.safeParse(mode);
    if (r.success) state.mode = r.data;
    else
      warnings.push(`URL parameter "mode": expected "reported" or "computed", got ${shown(mode)}`);
  }
  const units = params.get('units');
  if (units !== null) {
    const r = PARAMS.units.safeParse(units);
    if (r.success) state.units = r.data;
    else warnings.push(`URL parameter "units": expected "km" or "mi", got ${shown(units)}`);
  }
  const speed = params.get('speed');
  if (speed !== null) {
    const r = PARAMS.speed.safeParse(speed.trim() === '' ? Number.NaN : speed);
    if (r.success) state.speed = r.data;
    else
      warnings.push(`URL parameter "speed": expected km/h between 1 and 400, got ${shown(speed)}`);
  }
  return { state, warnings };
}

/** The query string for a view ('' for the default view); `parseUrlState` reads it back. */
export function serializeUrlState(state: ViewState, defaults: ViewState = DEFAULT_STATE): string {
  const params = new URLSearchParams();
  if (state.place !== null) params.set('place', state.place);
  if (state.mode !== defaults.mode) params.set('mode', state.mode);
  if (state.speed !== defaults.speed) params.set('speed', String(state.speed));
  if (state.units !== defaults.units) params.set('units', state.units);
  const s = params.toString();
  return s ? `?${s}` : '';
}
