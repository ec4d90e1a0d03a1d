/**
 * The editor's corrections as data, the gazetteer they make for the draft, and each change as a
 * function.
 */
import type { UNITS } from '../data/claims-schema';
import type { Gazetteer, GazetteerEntry, NameMatch } from '../draft/gazetteer';

/** A correction to one claim; every field left out is the draft's. */
export interface ClaimEdit {
  rejected?: boolean;
  places?: string[];
  value?: number;
  unit?: (typeof UNITS)[number];
  day?: string | null;
}

/**
 * Everything the editor changed, as data: the draft is made again from the article with these
 * applied (place choices through the gazetteer the draft reads, the rest to its files), so
 * every figure and verdict is recomputed by the same code, and Undo is the previous edits.
 */
export interface Edits {
  /** GeoNames ids of places the editor rejected: the draft no longer finds them. */
  rejected: number[];
  /** For a GeoNames id the draft chose: the entry of the same name the editor chose instead. */
  chosen: Record<string, GazetteerEntry>;
  /** Places the article does not name, added from the gazetteer (they become stops). */
  added: GazetteerEntry[];
  /** A place's position set by dragging its marker, by place id: [lon, lat]. */
  moved: Record<string, [number, number]>;
  /** The stops in the editor's order (place ids), or null for the draft's. */
  stops: string[] | null;
  claims: Record<string, ClaimEdit>;
  /** Places and claims the editor confirmed as drafted (ids), and REVIEW.md items ticked. */
  confirmed: string[];
  reviewed: string[];
}

export const NO_EDITS: Edits = {
  rejected: [],
  chosen: {},
  added: [],
  moved: {},
  stops: null,
  claims: {},
  confirmed: [],
  reviewed: [],
};

/** The GeoNames id a drafted place's coordSource names ("GeoNames 3435910 via …"), or null. */
export function geonamesId(coordSource: string): number | null {
  const m = coordSource.match(/GeoNames (\d+)/);
  return m ? Number(m[1]) : null;
}

/**
 * The gazetteer with the editor's place choices: a rejected entry is never found; a name that
 * found an entry the editor replaced finds only the chosen one.
 */
export function editedGazetteer(g: Gazetteer, e: Pick<Edits, 'rejected' | 'chosen'>): Gazetteer {
  const rejected = new Set(e.rejected);
  const chosen = new Map(Object.entries(e.chosen).map(([id, entry]) => [Number(id), entry]));
  if (rejected.size === 0 && chosen.size === 0) return g;
  return {
    ...g,
    lookup: (keys) => {
      const out = new Map<string, NameMatch[]>();
      for (const [key, list] of g.lookup(keys)) {
        // The chosen entry keeps how the name found it (an alternate name shows the article's word).
        const was = list.find((m) => chosen.has(m.entry.id));
        const pick = was ? chosen.get(was.entry.id) : undefined;
        const kept = pick
          ? [
              {
                entry: pick,
                how: list.find((m) => m.entry.id === pick.id)?.how ?? was?.how ?? 'name',
                chosen: true as const,
              },
            ]
          : list.filter((m) => !rejected.has(m.entry.id));
        if (kept.length > 0) out.set(key, kept);
      }
      return out;
    },
  };
}

/** The edits with one more change: each change returns new edits (the old ones are Undo's). */
export const edit = {
  reject: (e: Edits, id: number): Edits => ({ ...e, rejected: [...new Set([...e.rejected, id])] }),
  restore: (e: Edits, id: number): Edits => ({
    ...e,
    rejected: e.rejected.filter((r) => r !== id),
  }),
  /** `drafted` may itself be a chosen entry: the choice made for the draft's own entry changes. */
  choose: (e: Edits, drafted: number, entry: GazetteerEntry): Edits => {
    const key = Object.keys(e.chosen).find((k) => e.chosen[k]?.id === drafted) ?? String(drafted);
    return { ...e, chosen: { ...e.chosen, [key]: entry } };
  },
  unadd: (e: Edits, id: number): Edits => ({ ...e, added: e.added.filter((a) => a.id !== id) }),
  toggle: (e: Edits, list: 'confirmed' | 'reviewed', item: string): Edits => ({
    ...e,
    [list]: e[list].includes(item) ? e[list].filter((x) => x !== item) : [...e[list], item],
  }),
  add: (e: Edits, entry: GazetteerEntry): Edits =>
    e.added.some((a) => a.id === entry.id) ? e : { ...e, added: [...e.added, entry] },
  move: (e: Edits, place: string, at: [number, number]): Edits => ({
    ...e,
    moved: { ...e.moved, [place]: [round(at[0]), round(at[1])] },
  }),
  order: (e: Edits, stops: string[]): Edits => ({ ...e, stops: [...stops] }),
  claim: (e: Edits, id: string, change: ClaimEdit): Edits => ({
    ...e,
    claims: { ...e.claims, [id]: { ...e.claims[id], ...change } },
  }),
};

/** Five decimals: about a metre, as GeoNames gives coordinates. */
const round = (x: number) => Math.round(x * 1e5) / 1e5;
