import { KM_PER_MILE } from '../journey/distance';

export type Units = 'km' | 'mi';

/** A distance in the reader's units: "98 km", "61 mi", "4.6 km". */
export function formatDistance(km: number, units: Units = 'km'): string {
  const v = units === 'mi' ? km / KM_PER_MILE : km;
  const digits = v < 10 ? 1 : 0;
  return `${v.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits })} ${units}`;
}

/** Kept for the route table, which is in km. */
export const formatKm = (km: number): string => formatDistance(km, 'km');

export function formatSpeed(kmh: number, units: Units = 'km'): string {
  if (!Number.isFinite(kmh)) return 'no limit';
  const v = units === 'mi' ? kmh / KM_PER_MILE : kmh;
  return `${Math.round(v).toLocaleString('en-GB')} ${units === 'mi' ? 'mph' : 'km/h'}`;
}

export function formatPercent(share: number, signed = false): string {
  const p = Math.round(share * 100);
  return `${signed && p > 0 ? '+' : ''}${p === 0 ? 0 : p}%`.replace('-', '−');
}
