import { describe, expect, it } from 'vitest';
import { claimReviewElement, claimReviews, oEmbed } from '../../../src/embed/claim-review';
import { journeyBase, journeyView } from '../../../src/journey/model';
import { inputs, manifest } from '../journey/fixtures-data';

// biome-ignore lint/suspicious/noExplicitAny: JSON-LD objects, read as data
type Json = Record<string, any>;

describe('the fact-check conventions', () => {
  const view = journeyView(inputs, journeyBase(inputs), 50);
  const reviews = claimReviews(manifest, view.claims, (r) => `why ${r.claim.id}`) as Json[];

  it('write one ClaimReview per judged claim, the verdict in words as the rating', () => {
    const judged = view.claims.filter((r) => r.verdict !== 'no figure');
    expect(reviews).toHaveLength(judged.length);
    reviews.forEach((review, i) => {
      const r = judged[i];
      const a = manifest.articles.find((x) => x.id === r?.claim.article);
      expect(review['@type']).toBe('ClaimReview');
      expect(review.claimReviewed).toBe(r?.claim.quote);
      expect(review.reviewRating.alternateName).toBe(r?.verdict);
      expect(review.itemReviewed.appearance.publisher.name).toBe(a?.outlet);
      expect(review.itemReviewed.appearance.headline).toBe(a?.title);
      expect(review.reviewBody).toBe(`why ${r?.claim.id}`);
      expect(review.datePublished).toMatch(/^\d{4}-\d\d-\d\d$/);
    });
  });

  it('take the byline from the story where it gives one', () => {
    const own = { ...manifest, review: { author: 'The Desk', published: '2023-09-20' } };
    const [first] = claimReviews(own, view.claims, () => '') as Json[];
    expect(first?.author.name).toBe('The Desk');
    expect(first?.datePublished).toBe('2023-09-20');
  });

  it('keep a quote from ending the element, and give an oEmbed rich response', () => {
    const html = claimReviewElement([{ claimReviewed: '</script><b>' }]);
    expect(html).not.toContain('</script><b>');
    expect(JSON.parse(html.replace(/^<script[^>]*>|<\/script>$/g, ''))).toEqual([
      { claimReviewed: '</script><b>' },
    ]);
    const o = oEmbed(manifest, '<iframe></iframe>', 640) as Record<string, unknown>;
    expect(o).toMatchObject({
      version: '1.0',
      type: 'rich',
      html: '<iframe></iframe>',
      height: 640,
    });
  });
});
