/**
 * Derives a story's files from the shared data folder, as the story's route.json says; no network.
 * Usage: npm run data -- [story folder]   (default: geo/stories/kim-2023; input folder:
 * $SHARED_DATA or ../shared/data). See docs/derive.md.
 *
 * It writes only derived files: rail.geojson, stations.geojson, published.json and, when
 * route.json asks (`"basemap": true`), basemap/*.geojson. What an author writes (story.json,
 * places.geojson, claims.json, route.json, the articles) it reads and checks, never rewrites.
 * The output is deterministic: a second run writes the same bytes.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Position } from 'geojson';
import { formatProblem, type Problem } from '../src/data/problem.ts';
import { type RouteFile, routeFile } from '../src/data/route-schema.ts';
import { placeFeature } from '../src/data/schema.ts';
import { GeoDataError, parseCollection, toProblems } from '../src/data/validate.ts';
import {
  collectionFile,
  type Derived,
  deriveBasemap,
  OSM_CREDIT,
} from '../tools/basemap/derive-basemap.ts';
import { checkPlaces } from '../tools/derive/place-check.ts';
import { buildRail } from '../tools/derive/rail.ts';
import { InputError, sharedInputs } from '../tools/derive/shared-inputs.ts';
import { writeText } from '../tools/geom/write-json.ts';
import { DEFAULT_STORY } from '../tools/site/story-dir.ts';
import { readAuthored } from '../tools/story/read-authored.ts';

const ODBL =
  'ODbL-1.0: © OpenStreetMap contributors; traces by trolleway/russian-railways-simplegeodata';

/** Stops with the problems, one a line, and status 1. */
function stop(dir: string, problems: Problem[]): never {
  console.error(
    `${dir}: ${problems.length} problem${problems.length === 1 ? '' : 's'}, nothing written`,
  );
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}

function derive(dir: string, dataDir: string): void {
  const route = readAuthored(dir, 'route.json', (file, data): RouteFile => {
    const parsed = routeFile.safeParse(data);
    if (!parsed.success) throw new GeoDataError(toProblems(file, data, parsed.error));
    return parsed.data;
  });
  const places = readAuthored(dir, 'places.geojson', (file, data) => {
    const { collection, problems } = parseCollection(file, 'places', data, placeFeature);
    if (problems.length > 0) throw new GeoDataError(problems);
    return collection.features;
  });
  const io = sharedInputs(dataDir);
  const problems = checkPlaces(places, route, io);
  if (problems.length > 0) stop(dir, problems);

  const basemap = route.basemap
    ? deriveBasemap(
        dataDir,
        places.map((p) => p.geometry.coordinates as Position),
      )
    : undefined;
  const rail = buildRail(dataDir, route, { land: basemap?.land });
  const used = (files: string[]) => [...new Set(files)].join(', ');
  const posts = used(route.nodes.flatMap((n) => (n.kmPost ? [n.kmPost.file] : [])));
  const published = {
    name: 'published',
    source: route.published
      ? `${route.published.file} and SOURCES.md in ../shared/data, per stretch`
      : 'none: route.json names no published figures',
    stretches: rail.stretches,
  };
  const files: Derived[] = [
    ...(basemap?.files ?? []),
    collectionFile(
      'rail.geojson',
      {
        name: 'rail',
        source: `${used(route.legs.flatMap((l) => ('file' in l.track ? [l.track.file] : [])))} in ../shared/data, as route.json names them for each leg (traces cut and simplified, chains of station rows kept on land, straight segments between stops where no track is mapped); per leg in \`source\``,
        license: ODBL,
      },
      rail.legs,
    ),
    collectionFile(
      'stations.geojson',
      {
        name: 'stations',
        source: `${used(route.nodes.map((n) => n.at.file))} in ../shared/data, the rows route.json names for each stop, per station in coordSource${posts ? `; km posts from ${posts}` : ''}`,
        license: ODBL,
      },
      rail.stations,
    ),
    {
      file: 'published.json',
      text: `${JSON.stringify(published, null, 2)}\n`,
      count: `${rail.stretches.length} stretches`,
    },
  ];
  // Written only once all of them are made: a lookup that fails leaves the folder as it was.
  for (const f of files) {
    writeText(join(dir, f.file), f.text);
    console.log(`${join(dir, f.file)}: ${f.count}`);
  }
  console.log(`attribution: ${OSM_CREDIT}`);
}

const dir = process.argv[2] ?? DEFAULT_STORY;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.env.SHARED_DATA ?? join(root, '..', 'shared', 'data'));
try {
  if (!existsSync(join(dir, 'story.json')))
    throw new InputError(`${dir}: not a story folder (no story.json)`);
  if (!existsSync(join(dir, 'route.json'))) {
    console.log(
      `${dir}: no route.json, so nothing to derive for its track (its rail legs, if any, are the author's own)`,
    );
    process.exit(0);
  }
  if (!existsSync(join(dataDir, 'SOURCES.md')))
    throw new InputError(`input folder ${dataDir} not found (set SHARED_DATA)`);
  derive(dir, dataDir);
} catch (e) {
  if (e instanceof GeoDataError) stop(dir, e.problems);
  console.error(`build-geo: ${(e as Error).message}`);
  process.exit(1);
}
