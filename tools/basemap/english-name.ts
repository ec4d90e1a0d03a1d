/**
 * A Natural Earth populated place's name in English. Natural Earth's full populated places carry
 * it (`NAME_EN`, `name_en`); its "simple" edition, which ../shared/data has, carries only `name`
 * and `nameascii`, where a few are misspelt ("Shenyeng" for Shenyang, "Mudangiang" for
 * Mudanjiang). So: the English field where there is one; else GeoNames' name for the same place
 * (within 5 km, and the same name but for one letter, in plain Latin letters as English
 * writes it); else Natural Earth's `name`.
 */
import type { Position } from 'geojson';

export interface GazetteerPlace {
  name: string;
  at: Position;
}

/** Levenshtein distance: letters inserted, deleted or replaced. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(
        (prev[j] ?? 0) + 1,
        (row[j - 1] ?? 0) + 1,
        (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

const km = (a: Position, b: Position) =>
  Math.hypot(
    ((a[0] ?? 0) - (b[0] ?? 0)) * 111.32 * Math.cos(((a[1] ?? 0) * Math.PI) / 180),
    ((a[1] ?? 0) - (b[1] ?? 0)) * 110.57,
  );
const fold = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const PLAIN = /^[A-Za-z][A-Za-z .'-]*$/;

export const SAME_PLACE_KM = 5;
export const MAX_LETTERS = 1;

export function englishName(
  properties: Record<string, unknown>,
  at: Position,
  gazetteer: readonly GazetteerPlace[],
): { name: string; from: 'name_en' | 'geonames' | 'name' } {
  const en = properties.name_en ?? properties.NAME_EN;
  if (typeof en === 'string' && en.trim() !== '') return { name: en.trim(), from: 'name_en' };
  const name = String(properties.name ?? properties.NAME ?? '');
  const match = gazetteer
    .filter((g) => km(g.at, at) <= SAME_PLACE_KM && PLAIN.test(g.name))
    .map((g) => ({ g, d: editDistance(fold(g.name), fold(name)) }))
    .filter((m) => m.d <= MAX_LETTERS)
    .sort((x, y) => x.d - y.d || km(x.g.at, at) - km(y.g.at, at))[0];
  if (match && match.g.name !== name) return { name: match.g.name, from: 'geonames' };
  return { name, from: 'name' };
}
