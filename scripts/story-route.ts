/**
 * Puts a story's route on the world rail network (geo/network/): `npm run story:route -- <folder>`.
 * Writes the folder's rail.geojson; the story's own legs stay as they are. docs/network.md.
 */
import { routeStory } from '../tools/network/route-story.ts';
import { checked } from '../tools/site/story-dir.ts';

const dir = process.argv[2];
if (!dir) {
  console.error('story:route needs a story folder: npm run story:route -- <folder>');
  process.exit(1);
}
try {
  for (const line of routeStory(checked(dir, dir)).lines) console.log(line);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
