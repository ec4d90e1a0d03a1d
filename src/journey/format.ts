import { KM_PER_MILE } from '../journey/distance';

import type { Units } from './choices';

export type { Units };

// Made once: `toLocaleString` with options builds a new formatter on every call, which the
// panel's hundreds of figures made a measurable part of start-up.
const WHOLE = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const ONE_DECIMAL = new Intl.NumberFormat('en-GB', {
  maximumFractionDigits: 1,
  minimumFractionDigits: 1,
});

/** A distance in the reader's units: "98 km", "61 mi", "4.6 km". */
export function formatDistance(km: number, units: Units = 'km'): string {
  const v = units === 'mi' ? km / KM_PER_MILE : km;
  return `${(v < 10 ? ONE_DECIMAL : WHOLE).format(v)} ${units}`;
}

/** Kept for the route table, which is in km. */
export const formatKm = (km: number): string => formatDistance(km, 'km');

export function formatSpeed(kmh: number, units: Units = 'km'): string {
  if (!Number.isFinite(kmh)) return 'no limit';
  const v = units === 'mi' ? kmh / KM_PER_MILE : kmh;
  return `${WHOLE.format(Math.round(v))} ${units === 'mi' ? 'mph' : 'km/h'}`;
}

export function formatPercent(share: number, signed = false): string {
  const p = Math.round(share * 100);
  return `${signed && p > 0 ? '+' : ''}${p === 0 ? 0 : p}%`.replace('-', '−');
}

/** A speed typed in the reader's units, in km/h; and back. */
export const toKmh = (v: number, units: Units): number => (units === 'mi' ? v * KM_PER_MILE : v);
export const fromKmh = (kmh: number, units: Units): number =>
  units === 'mi' ? kmh / KM_PER_MILE : kmh;
