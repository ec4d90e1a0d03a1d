import type { Claim } from '../data/claims-schema';
import type { ClaimCheck, ClaimContext } from './claim-types';
import type { Verdict } from './verdict';

type Checked = ClaimCheck & { verdict: Verdict };

const YEAR_MS = 365.2425 * 86_400_000;

/**
 * Years between an earlier event and the article ("four years since", "more than four years
 * after"). "N years" holds from N − ½ up to N + 1 (4 years and 5 months is "four years"); "more
 * than N" holds above N and "less than N" below it; each is loose within a year (half a year for
 * "more than" and "less than") and does not hold beyond.
 */
export function elapsedCheck(claim: Claim, ctx: ClaimContext): Checked {
  if (claim.firstSince) return firstSinceCheck(claim);
  const since = claim.since?.day;
  const until = ctx.published(claim.article);
  const reportedYears = claim.reported.figures.find((f) => f.unit === 'yr')?.value;
  if (!since || !until || reportedYears === undefined)
    return {
      check: 'none',
      reason: !since ? 'no earlier date given' : 'no figure in years',
      verdict: 'no figure',
    };
  const years = (Date.parse(`${until}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / YEAR_MS;
  const q = claim.reported.qualifier ?? '';
  const n = reportedYears;
  const verdict: Verdict = /more than|over/.test(q)
    ? years > n
      ? 'holds'
      : years > n - 0.5
        ? 'loose'
        : 'does not hold'
    : /less than|under/.test(q)
      ? years < n
        ? 'holds'
        : years < n + 0.5
          ? 'loose'
          : 'does not hold'
      : years >= n - 0.5 && years < n + 1
        ? 'holds'
        : years >= n - 1.5 && years < n + 2
          ? 'loose'
          : 'does not hold';
  return { check: 'elapsed', since, until, years, reportedYears, verdict };
}

const DAY_MS = 86_400_000;

/**
 * "The first foreign trip since the Covid-19 pandemic": it holds when the last such trip before
 * this one (the claim's `since`) came before the event it counts from (`firstSince`), and does
 * not hold when it came on or after it.
 */
function firstSinceCheck(claim: Claim): Checked {
  const last = claim.since?.day;
  const event = claim.firstSince?.day;
  if (!last || !event)
    return { check: 'none', reason: 'no date of the last such trip given', verdict: 'no figure' };
  const days = (Date.parse(`${event}T00:00:00Z`) - Date.parse(`${last}T00:00:00Z`)) / DAY_MS;
  return {
    check: 'first-since',
    last,
    event,
    daysBefore: days,
    verdict: days > 0 ? 'holds' : 'does not hold',
  };
}
