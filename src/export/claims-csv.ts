import type { GeoData } from '../data/load';
import type { JourneyView } from '../journey/model';
import { claimWords } from '../words/claim-words';
import { happenedWords } from '../words/happened-words';
import { csvCell } from './data';

const COLUMNS = [
  'claim',
  'quote',
  'outlet',
  'article',
  'published',
  'places',
  'reported',
  'computed',
  'difference',
  'verdict',
  'reason',
  'as it happened',
  'what happened',
] as const;

/**
 * The claims as a reader's table: one row per claim, plain columns (the quote, its outlet, the
 * reported and computed figures in words, the verdict and why), in kilometres. The technical
 * trail (ids, sources of coordinates, figures as numbers) is in the GeoJSON.
 */
export function claimsCSV(data: GeoData, view: JourneyView, name: (id: string) => string): string {
  const rows = view.claims.map((r) => {
    const a = data.articles.find((x) => x.id === r.claim.article);
    const w = claimWords(r, 'km', name, view.zones);
    const then = r.happened
      ? happenedWords(r, 'km', name, view.zones, data.outcomes, view.happened?.timeline ?? null)
      : null;
    const row: Record<(typeof COLUMNS)[number], string> = {
      claim: r.claim.id,
      quote: r.claim.quote,
      outlet: a?.outlet ?? r.claim.article,
      article: a?.title ?? '',
      published: a?.published ?? '',
      places: r.claim.places.map(name).join(' – '),
      reported: w.reported,
      computed: w.computed,
      difference: w.difference,
      verdict: r.verdict,
      reason: w.explanation,
      'as it happened': r.happened?.verdict ?? '',
      'what happened': then?.why ?? '',
    };
    return COLUMNS.map((c) => csvCell(row[c])).join(',');
  });
  return `${[COLUMNS.map(csvCell).join(','), ...rows].join('\r\n')}\r\n`;
}
