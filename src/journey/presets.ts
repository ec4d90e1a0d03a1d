import type { Claim } from '../data/claims-schema';
import type { Article } from '../data/schema';

export interface SpeedPreset {
  kmh: number;
  claim: Claim;
  article: string;
}

/** The reported speeds, each with the article it comes from: the presets of the speed control. */
export function speedPresets(claims: Claim[], articles: Article[]): SpeedPreset[] {
  return claims.flatMap((c) => {
    const f = c.kind === 'speed' ? c.reported.figures.find((x) => x.unit === 'km/h') : undefined;
    const a = articles.find((x) => x.id === c.article);
    return f ? [{ kmh: f.value, claim: c, article: a?.short ?? c.article }] : [];
  });
}
