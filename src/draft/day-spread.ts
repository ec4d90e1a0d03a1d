/**
 * A one-day journey's day at each of its stops. When every day an article ties its journey to is
 * the same day (the report of a dated event: "left at 8.31am … arrived this afternoon"), each
 * stop of that article's journey was passed on that day: a datetime claim at each stop the
 * article names that has none yet, quoting the stop's own sentence, for the editor to confirm.
 * A stop within `SAME_EVENT_KM` of a place that already has the day (a city and its station) is
 * the same event, said once.
 */
import { straightKm } from '../journey/distance';
import type { PreparedArticle } from './article';
import type { DraftClaim } from './claims';
import { reportedSpeech } from './context';
import { dayName } from './figures/calendar';
import { type DraftPlace, kindOf } from './places';
import { sentenceQuote } from './quote';
import type { Tokens } from './text';
import { DAY_SPREAD } from './weights';

const at = (p: DraftPlace): [number, number] => [p.entry.lon, p.entry.lat];
/** Words that put a sentence ahead of the report ("will be attending … before embarking"). */
const AHEAD = new Set(['will', 'would', "'ll", 'shall', 'could', 'may', 'might']);

/**
 * A mention that tells of the journey: not a dateline ("ZAPORIZHZHIA, Ukraine (AP) —") and not in
 * a sentence that looks ahead or reports what was said.
 */
function told(t: Tokens, from: number, text: string): boolean {
  if (text.length > 2 && text === text.toUpperCase()) return false;
  const s = t.sentences[t.tokens[from]?.sentence ?? 0];
  if (!s) return false;
  for (let k = s.from; k < s.to; k++) if (AHEAD.has(t.tokens[k]?.key ?? '')) return false;
  return !reportedSpeech(t, from);
}

/** The one day of an article's dated claims, or null when it names none or several. */
function oneDay(claims: DraftClaim[], article: string): DraftClaim | null {
  const dated = claims.filter((c) => c.claim.article === article && c.claim.reported.day);
  const days = new Set(dated.map((c) => c.claim.reported.day));
  return days.size === 1 ? (dated[0] ?? null) : null;
}

/** The datetime claims a one-day journey adds at its stops (appended to `claims`). */
export function spreadDay(
  claims: DraftClaim[],
  articles: PreparedArticle[],
  stops: DraftPlace[],
  onJourney: Set<string>,
): void {
  const byId = new Map(stops.map((p) => [p.id, p]));
  articles.forEach((a, i) => {
    const source = oneDay(claims, a.meta.id);
    const day = source?.claim.reported.day;
    if (!source || !day) return;
    const dayed = () =>
      claims
        .filter((c) => c.claim.article === a.meta.id && c.claim.reported.day === day)
        .flatMap((c) => c.claim.places.map((id) => byId.get(id)).filter((p) => !!p));
    for (const p of stops) {
      if (p.border || !onJourney.has(p.id)) continue;
      if (dayed().some((q) => straightKm(at(p), at(q)) <= DAY_SPREAD.sameEventKm)) continue;
      let m: (typeof p.mentions)[number] | undefined;
      let quote: string | null = null;
      for (const x of p.mentions) {
        if (x.article !== i || !told(a.tokens, x.mention.from, x.mention.text)) continue;
        quote = sentenceQuote(a.tokens, x.mention.from);
        m = x;
        if (quote) break;
      }
      if (!m || !quote) continue;
      const r = source.claim.reported;
      claims.push({
        claim: {
          id: '',
          article: a.meta.id,
          quote,
          kind: 'datetime',
          places: [p.id],
          reported: {
            text: r.text,
            figures: [],
            qualifier: null,
            direction: null,
            day,
            dayName: dayName(day),
            partOfDay: null,
          },
          note: `The article tells of one day only (“${r.text}”): read as the day at ${p.name} too.`,
        },
        subject: null,
        reference: null,
        review: [`the article’s one day, read as the day at ${p.name}: check it`],
        at: m.mention.from,
      });
    }
  });
}

/** How precisely a place names where the journey was: a station more than its city. */
const precision = (p: DraftPlace) => (kindOf(p.entry) === 'station' ? 1 : 0);

/**
 * One day per event: two claims of an article putting the journey on the same day at a city and
 * at a station `sameEventKm` from it ("left Washington … at 5 a.m." and "left Washington's Union
 * Station") are one, kept at the station; the other is excluded, said why. So is a day with no
 * place beside the same day at a place.
 */
export function oneDayPerEvent(
  claims: DraftClaim[],
  places: DraftPlace[],
): { kept: DraftClaim[]; dropped: { claim: DraftClaim; at: string }[] } {
  const byId = new Map(places.map((p) => [p.id, p]));
  const placeOf = (c: DraftClaim) =>
    c.claim.kind === 'datetime' && c.claim.places.length === 1
      ? byId.get(c.claim.places[0] ?? '')
      : undefined;
  const dropped: { claim: DraftClaim; at: string }[] = [];
  const gone = new Set<DraftClaim>();
  for (const c of claims) {
    const p = placeOf(c);
    if (!p || gone.has(c)) continue;
    for (const d of claims) {
      const q = placeOf(d);
      if (!q || d === c || gone.has(d) || q.id === p.id) continue;
      const r = c.claim.reported;
      if (d.claim.article !== c.claim.article || d.claim.reported.day !== r.day) continue;
      if ((d.claim.forecast ?? false) !== (c.claim.forecast ?? false)) continue;
      if (straightKm(at(p), at(q)) > DAY_SPREAD.sameEventKm) continue;
      // A city and its station are one event; two stations, or two towns of one city (Howrah,
      // Sealdah), may be two.
      if ((kindOf(p.entry) === 'station') === (kindOf(q.entry) === 'station')) continue;
      const [keep, drop] = precision(q) > precision(p) ? [q, c] : [p, d];
      gone.add(drop);
      dropped.push({ claim: drop, at: keep.name });
      if (drop === c) break;
    }
  }
  // A day said once with its place and once without ("arrived in the Dutch capital … at 1.18pm"
  // beside the day at Amsterdam): one claim, the placed one.
  for (const c of claims) {
    if (c.claim.kind !== 'datetime' || c.claim.places.length > 0 || gone.has(c)) continue;
    const placed = claims.find(
      (d) =>
        !gone.has(d) &&
        d.claim.kind === 'datetime' &&
        d.claim.article === c.claim.article &&
        d.claim.reported.day === c.claim.reported.day &&
        (d.claim.forecast ?? false) === (c.claim.forecast ?? false) &&
        d.claim.places.length > 0,
    );
    const where = placed ? byId.get(placed.claim.places[0] ?? '') : undefined;
    if (!where) continue;
    gone.add(c);
    dropped.push({ claim: c, at: where.name });
  }
  return { kept: claims.filter((c) => !gone.has(c)), dropped };
}
