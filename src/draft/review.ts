import type { Analysis } from './analyze';
import type { Placed } from './crossing-claims';
import type { DraftPlace } from './places';
import { sentenceQuote } from './quote';
import type { Ranked } from './rank';

const pop = (n: number) => n.toLocaleString('en-GB');
const q = (s: string | null) => (s ? `“${s}”` : '');

/**
 * REVIEW.md: every decision an editor should confirm and every gap to fill, most consequential
 * first (what stops publication, places missing, claims waiting for them, homonyms by how close
 * the call was, then readings to confirm and what was left out).
 */
export function reviewList(
  a: Analysis,
  o: {
    title: string;
    stops: DraftPlace[];
    kept: DraftPlace[];
    claimIds: Map<object, string>;
    regionName: (country: string, admin1: string) => string | null;
    placed: Placed[];
    /** Stops kept on rank alone, with the signs that ranked them. */
    unsure?: Ranked[];
  },
): string {
  const out: string[] = [`# Review: ${o.title}`, ''];
  out.push(
    `Drafted by \`npm run story:draft\` from ${a.articles.map((x) => `\`${x.meta.file}\``).join(', ')}. Nothing was guessed silently: each item is a decision to confirm or a gap to fill, the most consequential first. Edit the story files, then run \`npm run story:check <folder>\`.`,
    '',
  );
  const section = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(`## ${title} (${items.length})`, '', ...items.map((i) => `- ${i}`), '');
  };
  const art = (i: number) => a.articles[i]?.meta.id ?? '';
  const quoteAt = (i: number, token: number) => {
    const t = a.articles[i]?.tokens;
    return t ? sentenceQuote(t, token) : null;
  };

  const blocking: string[] = [];
  if (o.stops.length < 2)
    blocking.push(
      `Fewer than two stops (${o.stops.map((s) => s.id).join(', ') || 'none'}): story:check needs two. Add the journey's ends to places.geojson and to \`stops\` in story.json.`,
    );
  section('Before it can be published', blocking);

  const where = (e: DraftPlace['entry']) =>
    [o.regionName(e.country, e.admin1), e.country].filter(Boolean).join(', ');
  const sites = new Map<string, string>();
  const asides = new Map<string, string>();
  for (const s of a.sites) {
    const k = `${s.site.kind}:${s.label.toLowerCase()}`;
    if (sites.has(k) || asides.has(k)) continue;
    const named = a.claims.filter(
      (c) => c.subject?.label === s.label || c.reference?.label === s.label,
    );
    const waiting = named
      .filter((c) => c.claim.places.length === 0)
      .map((c) => `\`${o.claimIds.get(c) ?? ''}\``);
    const placed = named.length > waiting.length;
    const line = `**${s.label}** (${s.site.kind}${s.site.countries.length ? `, ${s.site.countries.join('–')}` : ''}), ${art(s.article)}: ${q(quoteAt(s.article, s.site.from))} —`;
    // Sites no claim needs ("the Korean Peninsula") are named with the places left out.
    if (waiting.length)
      sites.set(
        k,
        `${line} the gazetteer has no such place: add it to places.geojson with its coordinates' source; claims waiting for it: ${waiting.join(', ')}.`,
      );
    else if (placed)
      sites.set(
        k,
        `${line} set at the crossing derived below; replace it with the real place if the map needs it.`,
      );
    else asides.set(k, `${line} not in the gazetteer, and no claim needs it.`);
  }
  for (const d of a.descriptions)
    if (!d.place)
      sites.set(
        `d:${d.label}`,
        `**${d.label}**, ${art(d.article)}: ${q(quoteAt(d.article, d.d.from))} — the article names no such place elsewhere: add it if it is on the journey.`,
      );
  for (const f of a.far) {
    const k = `far:${f.mention.key}`;
    if (!sites.has(k))
      sites.set(
        k,
        `**${a.articles[f.article]?.tokens.text.slice(a.articles[f.article]?.tokens.tokens[f.mention.from]?.start ?? 0, a.articles[f.article]?.tokens.tokens[f.mention.to - 1]?.end ?? 0)}**, ${art(f.article)}: ${q(quoteAt(f.article, f.mention.from))} — the gazetteer's ${f.entry.name} (${where(f.entry)}, GeoNames ${f.entry.id}) is ${Math.round(f.km)} km from the article's other places, so it is not taken: the gazetteer most likely lacks the place meant. Add it to places.geojson.`,
      );
  }
  section('Places the gazetteer lacks', [...sites.values()]);

  const unplaced: string[] = [];
  for (const c of a.claims) {
    const id = o.claimIds.get(c) ?? '';
    const k = c.claim.kind;
    const two = k.endsWith('distance') || k === 'direction';
    const missing =
      (two && c.claim.places.length < 2) || (k === 'datetime' && c.claim.places.length === 0);
    const said = (x: typeof c.subject) =>
      x ? `“${x.label}”${x.place ? ` (${x.place})` : ' (not a place of the draft)'}` : 'not found';
    if (missing)
      unplaced.push(
        `\`${id}\` (${k}, “${c.claim.reported.text}”): ${two ? `subject ${said(c.subject)}, reference ${said(c.reference)}` : `place ${said(c.subject)}`}. Set \`places\` in claims.json.`,
      );
    for (const r of c.review) unplaced.push(`\`${id}\`: ${r}.`);
  }
  section('Claims to place', unplaced);

  section('Border crossings derived', [
    ...o.kept
      .filter((p) => p.border)
      .map(
        (p) =>
          `**${p.name}** (\`${p.id}\`) at ${p.entry.lon}, ${p.entry.lat}: ${p.border?.source}. Time zone ${p.zone} (the country it leads into). Replace it with the real crossing (a bridge, a station) if the article names one.`,
      ),
    ...o.placed.map((x) => `\`${o.claimIds.get(x.claim) ?? ''}\` set at \`${x.place}\`: ${x.why}.`),
  ]);

  const homonyms = [...a.decisions]
    .filter((d) => o.kept.some((p) => p.entry.id === d.chosen.id))
    .sort((x, y) => y.weight - x.weight || x.mention.key.localeCompare(y.mention.key));
  const seen = new Set<string>();
  const distinct = homonyms.filter((d) => {
    const k = `${d.mention.key}:${d.chosen.id}`;
    return !seen.has(k) && !!seen.add(k);
  });
  // A close call is listed on its own; a name whose other entries are all far smaller and far
  // away shares one line with the others like it.
  const close = distinct.filter((d) => d.weight >= 0.02);
  const clear = distinct.filter((d) => d.weight < 0.02);
  section('Names with more than one place', [
    ...close.map(
      (d) =>
        `**${d.chosen.name}** → ${where(d.chosen)} (GeoNames ${d.chosen.id}, population ${pop(d.chosen.population)}): ${d.reason}. Others: ${d.alternatives.map((e) => `${e.name}, ${where(e)} (${pop(e.population)})`).join('; ')}.`,
    ),
    ...(clear.length
      ? [
          `Clear calls (every other entry far smaller or far away): ${clear.map((d) => `${d.chosen.name} → ${where(d.chosen)} (GeoNames ${d.chosen.id}; ${d.alternatives.length === 3 ? 'three or more' : d.alternatives.length} other${d.alternatives.length === 1 ? '' : 's'}, the largest ${d.alternatives[0]?.name}, ${d.alternatives[0] ? where(d.alternatives[0]) : ''})`).join('; ')}.`,
        ]
      : []),
  ]);

  const readings: string[] = [];
  if (o.stops.length)
    readings.push(
      `Stops in travel order: ${o.stops.map((s) => s.name).join(' → ')} (dated places by their days, the others where they lengthen the route least). \`npm run story:draft\` routes each leg on the world rail network (the route section at the end lists them); a leg drawn in rail.geojson is kept as it is.`,
    );
  for (const c of a.claims)
    if (c.claim.forecast)
      readings.push(
        `\`${o.claimIds.get(c)}\` is read as a forecast (${q(c.claim.reported.text)}, ${c.claim.reported.day}).`,
      );
  for (const p of o.kept)
    if (p.zoneFrom)
      readings.push(
        `${p.name}: GeoNames gives ${p.zoneFrom}, a zone of another country; written as ${p.zone}, its country's own zone with the same offset.`,
      );
  const unstated = a.claims
    .filter((c) => c.claim.kind === 'unstated-distance')
    .map((c) => `\`${o.claimIds.get(c)}\``);
  if (unstated.length)
    readings.push(
      `Distances the article does not say are straight-line, rail or road: ${unstated.join(', ')}.`,
    );
  const local = o.kept
    .filter((p) => Object.keys(p.localNames).length)
    .map((p) => `${p.entry.name} ${Object.values(p.localNames).join(', ')}`);
  if (local.length)
    readings.push(
      `Local names chosen from GeoNames' alternate names by script (GeoNames gives no language per name): ${local.join('; ')}.`,
    );
  for (const x of a.articles) for (const n of x.notes) readings.push(`${x.meta.id}: ${n}.`);
  section('Readings to confirm', readings);

  const kept = new Set(o.kept.map((p) => p.id));
  const others = a.places
    .filter((p) => !kept.has(p.id))
    .map((p) => {
      const m = p.mentions[0];
      return `${p.entry.name} (${where(p.entry)}), ${m ? `${art(m.article)}: ${q(quoteAt(m.article, m.mention.from))}` : ''}`;
    });
  section(
    'Stops kept on rank alone (unsure: no claim and no word of travel puts the journey there)',
    (o.unsure ?? []).map(
      (r) =>
        `${r.place.name} (${where(r.place.entry)}): ${r.signs.join(', ') || 'the best-ranked of the places named'}. Keep it as a stop, or remove it from places.geojson and \`stops\`.`,
    ),
  );
  section(
    'Places named as context, not stops (no claim or word of travel puts the journey there)',
    [...others, ...asides.values()],
  );
  section(
    'Statements left out (the `excluded` list of claims.json)',
    a.excluded.map((e) => `${e.article}: ${e.reason}: “${e.quote}”`),
  );
  return `${out.join('\n').trimEnd()}\n`;
}
