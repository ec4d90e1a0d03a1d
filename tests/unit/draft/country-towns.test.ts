/**
 * tools/draft/country-towns.json keeps the one slow look-up of the gazetteer's load: which of the
 * countries' other names are towns of 20,000 or more. It must be what the installed packages give.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COUNTRY_TOWNS_FILE, countryTowns } from '../../../tools/draft/gazetteer';

describe('country-towns.json', { timeout: 120_000 }, () => {
  it('is what npm run data:country-towns writes from the installed packages', () => {
    const file = JSON.parse(readFileSync(COUNTRY_TOWNS_FILE, 'utf8'));
    const fresh = countryTowns();
    expect(file).toEqual(fresh);
    // Grenada in Spanish is the town of Granada; Spain's own name is no town's.
    expect(fresh.names).toContain('granada');
    expect(fresh.names).not.toContain('espana');
  });
});
