import { describe, expect, it } from 'vitest';
import { claimsCSV } from '../../../src/export/claims-csv';
import { exportGeoJSON, quotesCredit } from '../../../src/export/data';
import { journeyBase, journeyView } from '../../../src/journey/model';
import { inputs, position, story } from '../journey/fixtures-data';

describe('the data exports', () => {
  const view = journeyView(inputs, journeyBase(inputs), 50);
  const fc = exportGeoJSON(story, view, position);
  const props = (type: string) =>
    fc.features.filter((f) => f.properties?.type === type).map((f) => f.properties ?? {});

  it('credit the story’s own articles and the outlets of what happened', () => {
    const credit = quotesCredit(story);
    expect(credit).toContain('quotes from the two articles named per claim');
    for (const o of story.outcomes) expect(credit).toContain(o.source.outlet);
    expect(quotesCredit({ articles: story.articles.slice(0, 1), outcomes: [] })).toBe(
      'quotes from the article named per claim',
    );
    expect((fc as unknown as { attribution: string }).attribution).toContain(credit);
  });

  it('credit the data sources the story’s files name, and no other', () => {
    const attribution = (fc as unknown as { attribution: string }).attribution;
    // The default story's files name OpenStreetMap (its track) and Natural Earth (its basemap).
    expect(attribution).toContain('© OpenStreetMap contributors');
    expect(attribution).toContain('Made with Natural Earth');
    const routed = exportGeoJSON(
      { ...story, provenance: ['Natural Earth 1:10m railroads'] },
      view,
      position,
    );
    const only = (routed as unknown as { attribution: string }).attribution;
    expect(only).toContain('Made with Natural Earth');
    expect(only).not.toContain('OpenStreetMap');
  });

  it('carry each verdict in the one vocabulary, and what happened where it settles one', () => {
    const claims = props('claim');
    expect(claims).toHaveLength(story.claims.length);
    const words = [
      'holds',
      'loose',
      'does not hold',
      'impossible',
      'consistent',
      'refuted',
      'no figure',
    ];
    for (const c of claims) expect(words).toContain(c.verdict);
    const speed = claims.find((c) => c.id === 'live-speed');
    expect(speed?.verdict).toBe('consistent');
    expect(speed?.happened_verdict).toBe('refuted');
    expect(Number(speed?.happened_least_kmh)).toBeCloseTo(55.4, 1);
    expect(speed?.happened_binding).toBe('ussuriysk--vostochny');
  });

  it('list each outcome at its place with its source, in the GeoJSON and the CSV', () => {
    const outcomes = props('outcome');
    expect(outcomes.map((o) => o.id)).toEqual(story.outcomes.map((o) => o.id));
    const tass = outcomes.find((o) => o.id === 'at-vostochny');
    expect(tass?.source_url).toBe('https://tass.com/politics/1674463/amp');
    expect(tass?.to).toBe('2023-09-13T07:09:00+03:00');
  });

  it('write one plain row per claim in the CSV: quote, outlet, reported, computed, verdict, reason', () => {
    const lines = claimsCSV(story, view, (id) => id)
      .trimEnd()
      .split('\r\n');
    const header = lines[0]?.split(',').map((c) => c.replace(/"/g, '')) ?? [];
    for (const c of ['quote', 'outlet', 'reported', 'computed', 'verdict', 'reason'])
      expect(header).toContain(c);
    expect(lines).toHaveLength(view.claims.length + 1);
    const speed = view.claims.findIndex((r) => r.claim.id === 'live-speed');
    const row = lines[speed + 1] ?? '';
    const outlet = story.articles.find((a) => a.id === view.claims[speed]?.claim.article)?.outlet;
    expect(row).toContain(`"${outlet}"`);
    expect(row).toContain(`"${view.claims[speed]?.verdict}"`);
    // No JSON in a cell: the technical trail is the GeoJSON's.
    expect(lines.join('\n')).not.toMatch(/"\[|"\{/);
  });
});
