/** Hours to cover a distance at a speed. */
export function hoursAt(km: number, kmh: number): number {
  if (!(kmh > 0)) throw new RangeError(`speed must be above 0 km/h (given ${kmh})`);
  return km / kmh;
}

/** The average speed that covers a distance in a time; Infinity when no time passes. */
export function impliedKmh(km: number, hours: number): number {
  return hours > 0 ? km / hours : Number.POSITIVE_INFINITY;
}

/** "28 h 42 min", "45 min", "3 d 4 h" (from two days up). */
export function formatDuration(hours: number): string {
  if (!Number.isFinite(hours)) return '—';
  const totalMin = Math.round(hours * 60);
  const d = Math.floor(totalMin / 1440);
  const h = Math.floor((totalMin % 1440) / 60);
  const m = totalMin % 60;
  if (d >= 2) return h ? `${d} d ${h} h` : `${d} d`;
  const hh = d * 24 + h;
  if (hh === 0) return `${m} min`;
  return m ? `${hh} h ${m} min` : `${hh} h`;
}
