import type { Article } from '../data/schema';
import type { StoryManifest } from '../data/story-schema';
import type { ClaimResult } from '../journey/claims';
import type { Verdict } from '../journey/verdict';

/**
 * Each verdict on schema.org's 1–5 scale of a rating (5: the claim holds, 1: it cannot be true).
 * `no figure` has none: a claim with nothing to set it against is not reviewed.
 */
const RATING: Partial<Record<Verdict, number>> = {
  holds: 5,
  consistent: 4,
  loose: 3,
  'does not hold': 2,
  refuted: 1,
  impossible: 1,
};

/** The review's byline and date: the story's own, else the page and the articles' latest date. */
function byline(manifest: StoryManifest) {
  const latest =
    manifest.articles
      .map((a) => a.published)
      .sort()
      .at(-1) ?? '';
  return {
    author: manifest.review?.author ?? manifest.title,
    published: manifest.review?.published ?? latest,
  };
}

/**
 * A schema.org `ClaimReview` for each judged claim (newsrooms' and search engines' systems read
 * them): the quote as `claimReviewed`, the article it appears in, the verdict's words as the
 * rating's `alternateName`, and the reason as the review's body.
 */
export function claimReviews(
  manifest: StoryManifest,
  results: readonly ClaimResult[],
  reason: (r: ClaimResult) => string,
): object[] {
  const { author, published } = byline(manifest);
  const article = (id: string): Article | undefined => manifest.articles.find((a) => a.id === id);
  return results.flatMap((r) => {
    const value = RATING[r.verdict];
    if (value === undefined) return [];
    const a = article(r.claim.article);
    return [
      {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: r.claim.quote,
        datePublished: published,
        author: { '@type': 'Organization', name: author },
        itemReviewed: {
          '@type': 'Claim',
          appearance: {
            '@type': 'NewsArticle',
            headline: a?.title ?? r.claim.article,
            datePublished: a?.published,
            publisher: { '@type': 'Organization', name: a?.outlet ?? r.claim.article },
          },
        },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: value,
          bestRating: 5,
          worstRating: 1,
          alternateName: r.verdict,
        },
        reviewBody: reason(r),
      },
    ];
  });
}

/** The reviews as the page's JSON-LD element (`<` escaped: no text can end the element). */
export function claimReviewElement(reviews: object[]): string {
  const json = JSON.stringify(reviews).replace(/</g, '\\u003c');
  return `<script type="application/ld+json" id="claim-reviews">${json}</script>`;
}

/** The story's oEmbed response (a rich embed: the iframe the Embed button gives). */
export function oEmbed(manifest: StoryManifest, snippet: string, height: number): object {
  return {
    version: '1.0',
    type: 'rich',
    title: manifest.title,
    provider_name: manifest.title,
    html: snippet,
    width: 640,
    height,
  };
}
