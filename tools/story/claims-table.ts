import type { GeoData } from '../../src/data/load.ts';
import type { JourneyView } from '../../src/journey/model.ts';
import { verdictCounts } from '../../src/journey/shown-verdict.ts';
import { claimWords } from '../../src/words/claim-words.ts';
import { countWords } from '../../src/words/count-words.ts';
import { happenedWords } from '../../src/words/happened-words.ts';

type Table = (head: string[], rows: string[][], max?: number) => string;

/**
 * story:check's claims: the table the page's ledger shows (the claim's id first, the verdict
 * last), each article's verdicts counted, and, for a story with outcomes, what happened next:
 * the verdicts it settles, and its sources.
 */
export function claimsReport(
  view: JourneyView,
  data: Pick<GeoData, 'articles' | 'outcomes'>,
  name: (id: string) => string,
  table: Table,
  speed: number,
): string {
  const out: string[] = [`Claims, reported and computed (times at ${speed} km/h):`];
  out.push(
    table(
      ['claim', 'reported', 'computed', 'difference', 'verdict'],
      view.claims.map((r) => {
        const w = claimWords(r, 'km', name, view.zones);
        return [r.claim.id, w.reported, w.computed, w.difference, r.verdict];
      }),
    ),
  );
  const counts = (hindsight: boolean) =>
    verdictCounts(view.claims, data.articles, hindsight).map(
      (c) =>
        `  ${data.articles.find((a) => a.id === c.article)?.short ?? c.article}: ${c.counts.map((n) => countWords(n.count, n.verdict)).join(' · ')}`,
    );
  out.push('', 'Verdicts as reported:', ...counts(false));
  const settled = view.claims.filter((r) => r.happened);
  if (data.outcomes.length === 0) return out.join('\n');
  out.push('', 'As it happened (outcomes.json: facts established after the articles):');
  out.push(
    table(
      ['claim', 'what happened', 'as reported', 'verdict'],
      settled.map((r) => {
        const h = happenedWords(
          r,
          'km',
          name,
          view.zones,
          data.outcomes,
          view.happened?.timeline ?? null,
        );
        return [r.claim.id, h.cell, r.verdict, r.happened?.verdict ?? r.verdict];
      }),
      80,
    ),
  );
  out.push('', 'Verdicts as it happened:', ...counts(true), '', 'Sources of what happened:');
  for (const o of data.outcomes)
    out.push(
      `  ${o.id} (${name(o.place)}): ${o.source.outlet}, “${o.source.title}”, ${o.source.published}, ${o.source.url}`,
    );
  return out.join('\n');
}
