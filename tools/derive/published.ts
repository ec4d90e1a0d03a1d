import type { RouteFile } from '../../src/data/route-schema.ts';
import { InputError, type Inputs } from './shared-inputs.ts';

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
 * The published stretches route.json names, each from the row of the published file whose
 * `item` it gives (`value_km`, `source`, `note`). Where sources disagree on one stretch, the
 * figure that agrees with the others is used (a conflict marked `preferred`) and the rest are
 * kept as conflicts.
 */
export function published(
  io: Inputs,
  recipe: NonNullable<RouteFile['published']>,
): PublishedStretch[] {
  const rows = io.csv(recipe.file);
  return recipe.stretches.map((p) => {
    const i = rows.findIndex((x) => x.item === p.item);
    const r = rows[i];
    if (!r || r.value_km === '' || !Number.isFinite(Number(r.value_km)))
      throw new InputError(`${recipe.file}: no value_km for the item "${p.item}"`);
    const own = { km: Number(r.value_km), source: sourceOf(rows, i) };
    const others = p.conflicts ?? [];
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
