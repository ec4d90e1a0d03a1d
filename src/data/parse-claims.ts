import * as z from 'zod/mini';
import { type Claim, claim, claimsHead, type Excluded, excluded } from './claims-schema';
import { GeoDataError, type Problem, toProblems } from './validate';

/**
 * Validates claims.json claim by claim: a broken claim is left out and reported (naming its index
 * and field), the others still show; so is a claim whose id an earlier one has. A file that is not
 * a claims file at all throws.
 */
export function parseClaims(
  file: string,
  data: unknown,
): { claims: Claim[]; excluded: Excluded[]; problems: Problem[] } {
  const head = claimsHead.safeParse(data);
  if (!head.success) throw new GeoDataError(toProblems(file, data, head.error));
  const problems: Problem[] = [];
  const idOf = (raw: unknown) => {
    const id = (raw as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? id.slice(0, 40) : undefined;
  };
  const seen = new Set<string>();
  const pick = <T>(list: unknown[], schema: z.core.$ZodType<T>, member: string): T[] =>
    list.flatMap((raw, i) => {
      const r = z.safeParse(schema, raw);
      const where = { feature: i, featureId: idOf(raw) };
      if (r.success) {
        const id = (r.data as { id?: unknown }).id;
        if (typeof id !== 'string') return [r.data];
        if (!seen.has(id)) {
          seen.add(id);
          return [r.data];
        }
        problems.push({
          file,
          ...where,
          field: `${member}.${i}.id`,
          message: `duplicate id (given "${id}"): the claim is left out`,
        });
        return [];
      }
      for (const p of toProblems(file, raw, r.error, where))
        problems.push({ ...p, field: `${member}.${i}.${p.field}` });
      return [];
    });
  return {
    claims: pick(head.data.claims, claim, 'claims'),
    excluded: pick(head.data.excluded, excluded, 'excluded'),
    problems,
  };
}
