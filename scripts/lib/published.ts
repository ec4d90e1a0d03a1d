import { CONFLICTS, PUBLISHED } from '../curated/route.ts';

export interface PublishedStretch {
  from: string;
  to: string;
  km: number;
  source: string;
  note: string;
  conflicts: { km: number; source: string }[];
}

/** A row's source; "same as above" in the CSV names the row before it. */
function sourceOf(rows: Record<string, string>[], i: number): string {
  const own = rows[i]?.source ?? '';
  return own.trim().toLowerCase() === 'same as above' && i > 0 ? sourceOf(rows, i - 1) : own;
}

/**
 * The published stretches. Where sources disagree on one stretch, the figure that agrees with
 * the others is used (a conflict marked `preferred`) and the rest are kept as conflicts.
 */
export function published(rows: Record<string, string>[]): PublishedStretch[] {
  return PUBLISHED.map((p) => {
    const i = rows.findIndex((x) => x.item === p.item);
    const r = rows[i];
    if (!r || r.value_km === '')
      throw new Error(`published_distances.csv: no value for "${p.item}"`);
    const own = { km: Number(r.value_km), source: sourceOf(rows, i) };
    const others = CONFLICTS.filter((c) => c.from === p.from && c.to === p.to);
    const preferred = others.find((c) => c.preferred);
    const chosen = preferred ?? own;
    const conflicts = [own, ...others]
      .filter((c) => c !== chosen)
      .map(({ km, source }) => ({ km, source }));
    return {
      from: p.from,
      to: p.to,
      km: chosen.km,
      source: chosen.source,
      note: preferred ? `${preferred.why} ${r.note ?? ''}`.trim() : (r.note ?? ''),
      conflicts,
    };
  });
}
