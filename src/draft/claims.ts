import type { Excluded } from '../data/claims-schema';
import type { Anchor } from './anchors';
import { dayClaims } from './claim-days';
import { measureClaims } from './claim-measures';
import type { ArticleFigures, ClaimSink, DraftClaim } from './claim-sink';
import { otherYear, yearSpans } from './context';
import { quoteOf } from './quote';
import type { Tokens } from './text';

export type { ArticleFigures, DraftClaim } from './claim-sink';

/** Every claim and excluded statement of one article. */
export function articleClaims(
  articleId: string,
  t: Tokens,
  anchors: Anchor[],
  figs: ArticleFigures,
  published: string,
): { claims: DraftClaim[]; excluded: Excluded[] } {
  const claims: DraftClaim[] = [];
  const excluded: Excluded[] = [];
  const sink: ClaimSink = {
    t,
    anchors,
    figs,
    published,
    text: (f) => t.text.slice(f.start, f.end),
    past: (f) => otherYear(t, f.from, published, figs.days),
    add: (f, c, subject, reference, review, whole) => {
      // The quote stays in the figure's sentence, even when a place comes from one before.
      const s = t.tokens[f.from]?.sentence;
      const inside = (a: typeof subject) =>
        a && t.tokens[a.from]?.sentence === s ? [a.from, a.to] : [];
      const ok = [f.from, f.to, ...inside(subject), ...inside(reference)];
      const quote = quoteOf(t, Math.min(...ok), Math.max(...ok)) ?? quoteOf(t, f.from, f.to);
      if (!quote) {
        sink.exclude(f.from, f.to, 'no clause of it can be quoted');
        return;
      }
      claims.push({
        claim: { id: '', article: articleId, quote, ...c },
        subject,
        reference,
        review,
        at: f.from,
        ...(whole ? { whole } : {}),
      });
    },
    exclude: (from, to, reason) => {
      const quote = quoteOf(t, from, to);
      if (quote && !excluded.some((e) => e.quote === quote))
        excluded.push({ article: articleId, quote, reason });
    },
  };
  measureClaims(sink);
  dayClaims(sink);
  for (const [a, b] of yearSpans(t))
    sink.exclude(a, b, 'a span of years or months, not the time of this journey');
  return { claims: dedupe(claims).sort((x, y) => x.at - y.at), excluded };
}

/**
 * One claim per article, kind, places and figure: a caption repeating the text adds nothing, nor
 * does the same day at the same place said twice ("in the morning", "at 10 a.m.") unless one is
 * a forecast. A figure said
 * once with its places and once without ("a 3,000-mile trip") is one claim, the placed one.
 */
function dedupe(claims: DraftClaim[]): DraftClaim[] {
  const seen = new Set<string>();
  const figure = (c: DraftClaim) =>
    JSON.stringify([c.claim.kind, c.claim.reported.figures, c.claim.note ?? null]);
  const placed = new Set(claims.filter((c) => c.claim.places.length > 0).map((c) => figure(c)));
  return claims.filter((c) => {
    const r = c.claim.reported;
    if (r.figures.length > 0 && c.claim.places.length === 0 && placed.has(figure(c))) return false;
    const k = JSON.stringify([
      c.claim.kind,
      c.claim.places,
      c.claim.places.length ? null : c.subject?.label,
      r.figures,
      r.direction,
      r.day,
      c.claim.forecast ?? false,
    ]);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
