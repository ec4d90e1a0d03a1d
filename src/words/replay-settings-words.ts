import type { Mode } from '../journey/choices';
import type { Units } from '../journey/format';

/**
 * The folded settings' line: how they are set, "Settings: 50 km/h · km · reported figures ·
 * pace 1×" (the departure is the clock's own line).
 */
export function settingsWords(s: { mode: Mode; speed: string; units: Units; pace: number }) {
  const map = s.mode === 'reported' ? 'reported figures' : 'computed figures';
  return `Settings: ${s.speed} · ${s.units === 'mi' ? 'miles' : 'km'} · ${map} · pace ${s.pace}×`;
}
