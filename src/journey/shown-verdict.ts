import type { ClaimResult } from './claim-types';
import { countVerdicts, type Verdict } from './verdict';

/** The verdict the page shows: as reported, or (in hindsight) as what happened settles it. */
export function shownVerdict(r: ClaimResult, hindsight: boolean): Verdict {
  return hindsight && r.happened ? r.happened.verdict : r.verdict;
}

/** Each article's verdicts counted, in the vocabulary's order: the fact-check at a glance. */
export function verdictCounts(
  results: ClaimResult[],
  articles: readonly { id: string }[],
  hindsight: boolean,
): { article: string; counts: { verdict: Verdict; count: number }[] }[] {
  return articles.map((a) => ({
    article: a.id,
    counts: countVerdicts(
      results.filter((r) => r.claim.article === a.id).map((r) => shownVerdict(r, hindsight)),
    ),
  }));
}
