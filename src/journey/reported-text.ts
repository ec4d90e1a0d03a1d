import type { Claim } from '../data/claims-schema';
import { fromMiles } from './distance';
import { formatDistance, formatSpeed, type Units } from './format';

const UNIT_WORDS: Record<string, string> = { h: 'h', min: 'min' };

/** The reported figure in the reader's units: the article's own where it gives that unit. */
export function reportedText(claim: Claim, units: Units): string {
  const want = units === 'mi' ? ['mi', 'mph'] : ['km', 'km/h'];
  const own = claim.reported.figures.find((f) => want.includes(f.unit));
  const q = claim.reported.qualifier ? `${claim.reported.qualifier} ` : '';
  if (own)
    return `${q}${own.value} ${own.unit === 'km/h' ? 'km/h' : own.unit === 'mph' ? 'mph' : units}`;
  const other = claim.reported.figures[0];
  if (!other) return claim.reported.text;
  // Times and years read the same in either unit system: the article's own words.
  if (other.unit === 'yr') return claim.reported.text;
  if (other.unit === 'h' || other.unit === 'min')
    return `${q}${claim.reported.figures.map((f) => `${f.value} ${UNIT_WORDS[f.unit] ?? f.unit}`).join(' ')}`;
  const isSpeed = other.unit === 'km/h' || other.unit === 'mph';
  const km = other.unit === 'mi' || other.unit === 'mph' ? fromMiles(other.value) : other.value;
  const converted = isSpeed ? formatSpeed(km, units) : formatDistance(km, units);
  return `${q}${other.value} ${other.unit} (≈ ${converted})`;
}
