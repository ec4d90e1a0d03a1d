import type { Analysis } from './analyze';
import { type DraftPlace, STATION } from './places';
import { fold } from './text';
import { PLACE_WEIGHTS as W } from './weights';
import { LOCATIVES } from './words';

/** A place's score and the signs that made it. */
export interface Ranked {
  place: DraftPlace;
  score: number;
  signs: string[];
}

/** The dashes that join a leg's two ends ("Paris-Nice", "Milano – Parigi", "Berlin—München"). */
const DASHES = new Set(['-', '–', '—']);

/**
 * Places at either end of "from A to B", "between A and B" (as the lexicons read them) or "A-B".
 */
function legEnds(a: Analysis): Set<string> {
  const out = new Set<string>();
  // Each mention's place, by article and first token.
  const at = new Map<string, string>();
  for (const p of a.places)
    for (const m of p.mentions) at.set(`${m.article}:${m.mention.from}`, p.id);
  for (const p of a.places)
    for (const m of p.mentions) {
      const t = a.articles[m.article]?.tokens.tokens;
      if (!t) continue;
      // "the Paris-Nice night train", "la tratta Milano – Parigi": two places joined by a dash.
      const dash = t[m.mention.to];
      if (dash && DASHES.has(dash.text) && dash.sentence === t[m.mention.from]?.sentence) {
        const other = at.get(`${m.article}:${m.mention.to + 1}`);
        if (other && other !== p.id) {
          out.add(p.id);
          out.add(other);
        }
      }
      const opener = t[m.mention.from - 1]?.key;
      if (opener !== 'from' && opener !== 'between') continue;
      const join = opener === 'from' ? ['to', 'in', 'into', 'towards'] : ['and'];
      const k = m.mention.to;
      if (!join.includes(t[k]?.key ?? '')) continue;
      const other = at.get(`${m.article}:${k + 1}`);
      if (!other) continue;
      out.add(p.id);
      out.add(other);
    }
  return out;
}

/** Every place of the analysis scored as a stop of the journey, best first (then as named). */
export function rankPlaces(a: Analysis): Ranked[] {
  const titles = a.articles.map((x) => fold(x.meta.title));
  const legs = legEnds(a);
  return a.places
    .map((place, order) => {
      const signs: string[] = [];
      let score = 0;
      const add = (w: number, sign: string) => {
        score += w;
        signs.push(sign);
      };
      if (a.travel.has(place.id)) add(W.travel, 'a word of travel');
      if (a.journey.has(place.id) && !a.travel.has(place.id)) add(W.claim, 'a claim');
      const inTitle = place.mentions.some((m) => titles[m.article]?.includes(fold(m.mention.text)));
      if (inTitle) add(W.title, 'the headline');
      const locative = place.mentions.some((m) => {
        const t = a.articles[m.article]?.tokens.tokens;
        return LOCATIVES.has(t?.[m.mention.from - 1]?.key ?? '');
      });
      if (legs.has(place.id)) add(W.leg, 'one end of a leg named');
      if (locative) add(W.locative, 'a preposition of place');
      const more = Math.min(place.mentions.length - 1, W.mentionsCounted);
      if (more > 0) add(more * W.mention, `${place.mentions.length} mentions`);
      return { place, score, signs, order };
    })
    .sort((x, y) => y.score - x.score || x.order - y.order)
    .map(({ order: _, ...r }) => r);
}

/**
 * The stops: places whose score reaches the stop weight, or when fewer than two do, the best
 * two; `unsure` are those kept on rank alone (no claim and no word of travel).
 */
export function chooseStops(a: Analysis): { kept: DraftPlace[]; unsure: Ranked[] } {
  const ranked = rankPlaces(a);
  const sure = ranked.filter((r) => a.journey.has(r.place.id));
  const above = ranked.filter((r) => !a.journey.has(r.place.id) && r.score >= W.stop);
  const chosen = [...sure, ...above];
  for (const r of ranked) {
    if (chosen.length >= 2) break;
    if (!chosen.includes(r)) chosen.push(r);
  }
  // "At the Iddo station in Lagos": a station or airport of a stop's city is the journey's there.
  const at = (p: DraftPlace) => `${p.entry.lon},${p.entry.lat}`;
  const cities = new Set(
    chosen.filter((r) => r.place.entry.featureCode !== STATION).map((r) => at(r.place)),
  );
  for (const r of ranked)
    if (!chosen.includes(r) && r.place.entry.featureCode === STATION && cities.has(at(r.place))) {
      r.signs.push('a station of a stop');
      chosen.push(r);
    }
  const ids = new Set(chosen.map((r) => r.place.id));
  // In the order the places were named, as before.
  const kept = a.places.filter((p) => ids.has(p.id));
  return { kept, unsure: chosen.filter((r) => !a.journey.has(r.place.id)) };
}
