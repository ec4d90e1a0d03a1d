import { z } from 'zod';

/** The part of the view that lives in the URL. */
export interface ViewState {
  place: string | null;
}

export const DEFAULT_STATE: ViewState = { place: null };

const placeId = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/);

export interface ParsedState {
  state: ViewState;
  /** One line per parameter that was ignored, naming it and saying why. */
  warnings: string[];
}

/**
 * Reads the view from a query string. Nothing throws: an unknown or malformed value falls back to
 * its default and is reported in `warnings`.
 */
export function parseUrlState(search: string, knownPlaces?: readonly string[]): ParsedState {
  const params = new URLSearchParams(search);
  const state: ViewState = { ...DEFAULT_STATE };
  const warnings: string[] = [];
  const place = params.get('place');
  if (place !== null) {
    const ok = placeId.safeParse(place).success && (!knownPlaces || knownPlaces.includes(place));
    if (ok) state.place = place;
    else
      warnings.push(
        `URL parameter "place": no place with id ${JSON.stringify(place.slice(0, 40))}; showing none`,
      );
  }
  return { state, warnings };
}

/** The query string for a view ('' for the default view); `parseUrlState` reads it back. */
export function serializeUrlState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.place !== null) params.set('place', state.place);
  const s = params.toString();
  return s ? `?${s}` : '';
}
