import type { CountryMention } from './countries';
import type { Token } from './text';

/** A place named by description: "the Polish capital", "Russia’s capital", "the capital of Peru". */
export interface Description {
  from: number;
  to: number;
  /** The country whose capital it is; empty for a bare "the capital". */
  country: string;
  /** What it describes: the country's capital. */
  role: 'capital';
}

const key = (t: Token | undefined) => t?.key ?? '';

/** Descriptions of a capital, found next to the countries the text names. */
export function findDescriptions(tokens: Token[], countries: CountryMention[]): Description[] {
  const out: Description[] = [];
  for (const c of countries) {
    const before = key(tokens[c.from - 1]);
    const next = tokens[c.to];
    // "the Polish capital", "the Russian capital"
    if (before === 'the' && next?.key === 'capital' && c.demonym)
      out.push({ from: c.from - 1, to: c.to + 1, country: c.country, role: 'capital' });
    // "Russia’s capital", "Peru's capital"
    else if ((next?.text === '’s' || next?.text === "'s") && key(tokens[c.to + 1]) === 'capital')
      out.push({ from: c.from, to: c.to + 2, country: c.country, role: 'capital' });
    // "the capital of Peru", "the capital, Lima" is a plain name
    else if (
      before === 'of' &&
      key(tokens[c.from - 2]) === 'capital' &&
      key(tokens[c.from - 3]) === 'the'
    )
      out.push({ from: c.from - 3, to: c.to, country: c.country, role: 'capital' });
  }
  // "north-west of the capital": the capital the article names (resolved later).
  tokens.forEach((t, i) => {
    if (t.key !== 'capital' || key(tokens[i - 1]) !== 'the' || key(tokens[i + 1]) === 'of') return;
    if (out.some((d) => d.from <= i && d.to > i)) return;
    // "the capital, Lima": the name follows; nothing to describe.
    if (key(tokens[i + 1]) === ',' && /^\p{Lu}/u.test(tokens[i + 2]?.text ?? '')) return;
    out.push({ from: i - 1, to: i + 1, country: '', role: 'capital' });
  });
  return out.sort((a, b) => a.from - b.from);
}
