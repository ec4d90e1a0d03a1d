import type { CountryMention } from './countries';
import type { SiteMention } from './mentions';
import type { Tokens } from './text';

/**
 * Anything a figure can be about, where the text names it: a place of the draft (its id), a
 * site or border the gazetteer lacks, a country, or a description ("the Polish capital").
 */
export interface Anchor {
  from: number;
  to: number;
  kind: 'place' | 'site' | 'country' | 'description';
  /** The draft place's id, when there is one. */
  place: string | null;
  /** The text as printed. */
  label: string;
  /** For sites: what kind; for countries: the code. */
  detail: string;
  /** Countries a border phrase names. */
  countries?: string[];
  /** The country of a place or a description. */
  country?: string;
}

/** The article's anchors in text order. */
export function anchorsOf(
  t: Tokens,
  places: { from: number; to: number; id: string; country: string }[],
  sites: SiteMention[],
  countries: CountryMention[],
  descriptions: { from: number; to: number; id: string | null; country: string }[],
): Anchor[] {
  const label = (from: number, to: number) =>
    t.text.slice(t.tokens[from]?.start ?? 0, t.tokens[to - 1]?.end ?? 0);
  const out: Anchor[] = [
    ...places.map((p) => ({
      from: p.from,
      to: p.to,
      kind: 'place' as const,
      place: p.id,
      label: label(p.from, p.to),
      detail: '',
      country: p.country,
    })),
    ...sites.map((s) => ({
      from: s.from,
      to: s.to,
      kind: 'site' as const,
      place: null,
      label: label(s.from, s.to),
      detail: s.kind,
      countries: s.countries,
    })),
    ...countries
      .filter((c) => !c.demonym)
      .map((c) => ({
        from: c.from,
        to: c.to,
        kind: 'country' as const,
        place: null,
        label: label(c.from, c.to),
        detail: c.country,
      })),
    ...descriptions.map((d) => ({
      from: d.from,
      to: d.to,
      kind: 'description' as const,
      place: d.id,
      label: label(d.from, d.to),
      detail: d.country,
      country: d.country,
    })),
  ];
  return out.sort((a, b) => a.from - b.from || b.to - a.to);
}

/** The anchors inside tokens [from, to). */
export const within = (anchors: Anchor[], from: number, to: number): Anchor[] =>
  anchors.filter((a) => a.from >= from && a.to <= to);
