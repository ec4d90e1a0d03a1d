/**
 * Puts a story's route on the world rail network (geo/network/): `npm run story:route -- <folder>`.
 * Writes the folder's rail.geojson; the story's own legs stay as they are. docs/network.md.
 */
import { resolve } from 'node:path';
import { routeStory } from '../tools/network/route-story.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('story:route needs a story folder: npm run story:route -- <folder>');
  process.exit(1);
}
try {
  for (const line of routeStory(resolve(dir)).lines) console.log(line);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
