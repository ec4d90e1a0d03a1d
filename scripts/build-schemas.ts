/**
 * Writes a JSON Schema for each file of a story, generated from the app's zod schemas (zod 4's
 * `z.toJSONSchema`), so an editor can complete and check a story while it is written.
 * Usage: npm run schemas   (writes geo/stories/schema/*.schema.json)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as z from 'zod/mini';
import { claimsFile } from '../src/data/claims-schema.ts';
import { outcomesFile } from '../src/data/outcomes-schema.ts';
import { routeFile } from '../src/data/route-schema.ts';
import {
  collectionHead,
  placeFeature,
  publishedFile,
  railLegFeature,
  stationFeature,
} from '../src/data/schema.ts';
import { storyManifest } from '../src/data/story-schema.ts';
import { quotesLock } from '../tools/story/quote-seal.ts';

export const SCHEMA_DIR = resolve('geo/stories/schema');

const collection = (feature: z.core.$ZodType) =>
  z.extend(collectionHead, { features: z.array(feature) });

/** Each story file and the schema it is checked against. */
export const STORY_SCHEMAS: Record<string, z.core.$ZodType> = {
  story: storyManifest,
  claims: claimsFile,
  places: collection(placeFeature),
  rail: collection(railLegFeature),
  stations: collection(stationFeature),
  published: publishedFile,
  outcomes: outcomesFile,
  route: routeFile,
  quotes: quotesLock,
};

/** The JSON Schema text for one story file. */
export function jsonSchema(name: string, schema: z.core.$ZodType): string {
  const out = z.toJSONSchema(schema, { unrepresentable: 'any', io: 'input' }) as Record<
    string,
    unknown
  >;
  return `${JSON.stringify({ ...out, title: `kim-train-map story file: ${name}` }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  mkdirSync(SCHEMA_DIR, { recursive: true });
  for (const [name, schema] of Object.entries(STORY_SCHEMAS)) {
    const file = join(SCHEMA_DIR, `${name}.schema.json`);
    writeFileSync(file, jsonSchema(name, schema));
    console.log(`wrote ${file}`);
  }
}
