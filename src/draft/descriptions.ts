import type { CountryMention } from './countries';
import type { Token } from './text';

/** A place named by description: "the Polish capital", "Russia’s capital", "the capital of Peru". */
export interface Description {
  from: number;
  to: number;
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
  return out;
}
