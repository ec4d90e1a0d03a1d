/**
 * Claims an article does not make: a sentence the excerpt cuts off, a figure said twice, a
 * paragraph about what happened before.
 */
import type { Excluded } from '../data/claims-schema';
import type { DraftClaim } from './claim-sink';
import { FAMILY_OF } from './families';
import type { Tokens } from './text';

/** How an article's text may end when it is whole: a full stop, a quote, a bracket. */
const WHOLE_END = /[.!?…"”»)\]]\s*$/u;

/** What a claim says, places aside: its family, figures, day and direction. */
const said = (c: DraftClaim) =>
  [
    FAMILY_OF[c.claim.kind],
    ...c.claim.reported.figures.map((f) => `${f.value} ${f.unit}`).sort(),
    c.claim.reported.day ?? '',
    c.claim.reported.partOfDay ?? '',
    'forecast' in c.claim && c.claim.forecast ? 'forecast' : '',
    c.claim.reported.direction ?? '',
  ].join('|');

/**
 * Whether two claims that say the same are about the same places: the same ones, or, for a
 * figure, one of them without places ("a 20-hour ride" … "about 20 hours from Warsaw"). A day
 * or a direction without places is not yet placed (a border crossing is placed later): never
 * the same.
 */
const samePlaces = (a: DraftClaim, b: DraftClaim) => {
  const [x, y] = [a.claim.places, b.claim.places];
  if (x.length && x.join() === y.join()) return true;
  const figure = a.claim.reported.figures.length > 0;
  return figure && (x.length === 0 || y.length === 0) && !a.subject && !b.subject;
};

/** After "Previously" these words keep to the day reported ("Ранее в тот же день", "previously that day"). */
const SAME_DAY = new Set(['on', 'that', 'this', 'today', 'in']);

/**
 * The sentences of a paragraph that opens on what happened before ("Ранее 24 декабря из Москвы
 * отправился …", "Previously, a first train had …"): that sentence and the rest of its paragraph.
 */
function earlierParagraphs(t: Tokens): Set<number> {
  const out = new Set<number>();
  let on = false;
  t.sentences.forEach((s, k) => {
    const prev = t.sentences[k - 1];
    if (prev && t.text.slice(prev.end, s.start).includes('\n')) on = false;
    const first = t.tokens[s.from]?.key ?? '';
    // Only "previously" ("Ранее", "Auparavant", "Previously,"): news writes "Earlier, …" of
    // the same trip as often as of another.
    if (first === 'previously' && !SAME_DAY.has(t.tokens[s.from + 1]?.key ?? '')) on = true;
    if (on) out.add(k);
  });
  return out;
}

/**
 * Claims an article does not make: those of a sentence the excerpt cuts off (the text ends
 * without a full stop: the cut sentence's figure may be half of one), and a figure repeated for
 * the same fact ("a 20-hour ride … about 20 hours"), kept once, with the places it was given.
 */
export function filterClaims(
  t: Tokens,
  claims: DraftClaim[],
): { claims: DraftClaim[]; excluded: Excluded[] } {
  const excluded: Excluded[] = [];
  const cut = !WHOLE_END.test(t.text) ? t.sentences.length - 1 : -1;
  const kept: DraftClaim[] = [];
  // Kept claims by what they say: a figure said a thousand times is looked up, not searched.
  const bySaid = new Map<string, number[]>();
  const before = earlierParagraphs(t);
  for (const c of claims) {
    if (before.has(t.tokens[c.at]?.sentence ?? -1)) {
      excluded.push({
        article: c.claim.article,
        quote: c.claim.quote,
        reason: 'about what happened before ("Previously …", "Ранее …"), not the journey reported',
      });
      continue;
    }
    if (cut >= 0 && t.tokens[c.at]?.sentence === cut) {
      excluded.push({
        article: c.claim.article,
        quote: c.claim.quote,
        reason: 'the article is cut off in this sentence',
      });
      continue;
    }
    const key = said(c);
    const same = bySaid.get(key) ?? [];
    const k = same.find((i) => samePlaces(kept[i] as DraftClaim, c)) ?? -1;
    const twin = kept[k];
    if (!twin) {
      same.push(kept.length);
      bySaid.set(key, same);
      kept.push(c);
      continue;
    }
    const [keep, drop] = c.claim.places.length > twin.claim.places.length ? [c, twin] : [twin, c];
    kept[k] = keep;
    excluded.push({
      article: drop.claim.article,
      quote: drop.claim.quote,
      reason: 'the same figure for the same fact, claimed once',
    });
  }
  return { claims: kept, excluded };
}
