import type { Claim } from '../data/claims-schema';
import type { Article } from '../data/schema';
import { claimKmh } from './speed-check';

export interface SpeedPreset {
  /** The speed in km/h: the claim's km/h figure, or its mph figure converted. */
  kmh: number;
  /** The claim, its figure as reported (the control's label shows "150 mph" as written). */
  claim: Claim;
  article: string;
}

/**
 * The reported speeds, each with the article it comes from: the presets of the speed control. A
 * speed reported in mph only ("150 mph") is a preset too, at its figure converted to km/h.
 */
export function speedPresets(claims: Claim[], articles: Article[]): SpeedPreset[] {
  return claims.flatMap((c) => {
    const kmh = c.kind === 'speed' ? claimKmh(c) : Number.NaN;
    const a = articles.find((x) => x.id === c.article);
    return Number.isFinite(kmh) ? [{ kmh, claim: c, article: a?.short ?? c.article }] : [];
  });
}
