import * as z from 'zod/mini';
import { nextTask } from '../next-task';
import { NOT_FINITE } from './coordinates';
import { formatProblem, type Problem } from './problem';
import { collectionHead, emptyCollection } from './schema';

export { formatProblem, type Problem };

/** A file that could not be used at all. */
export class GeoDataError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'GeoDataError';
    this.problems = problems;
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[k];
  }
  return v;
}

function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (typeof v === 'number' && !Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** Turns zod issues into problems; `base` is the path of `data` inside the file. */
export function toProblems(
  file: string,
  data: unknown,
  error: z.core.$ZodError,
  where: Pick<Problem, 'feature' | 'featureId'> = {},
): Problem[] {
  return error.issues.map((issue) => {
    const value = valueAt(data, issue.path);
    const given = issue.code === 'unrecognized_keys' ? '' : ` (given ${shown(value)})`;
    const infinite = typeof value === 'number' && !Number.isFinite(value);
    return {
      file,
      ...where,
      field: issue.path.map(String).join('.'),
      message: infinite ? NOT_FINITE : `${issue.message}${given}`,
    };
  });
}

function featureName(f: unknown): string | undefined {
  const props = valueAt(f, ['properties']) as Record<string, unknown> | undefined;
  const n = props?.id ?? props?.name;
  return typeof n === 'string' && n !== '' ? n.slice(0, 40) : undefined;
}

export interface Collection<F> {
  name: string;
  source: string;
  license: string;
  features: F[];
}

type Parsed<S extends z.core.$ZodType> = {
  collection: Collection<z.infer<S>>;
  problems: Problem[];
};

/** parseCollection's work, one feature at a step. */
function* collectionSteps<S extends z.core.$ZodType>(
  file: string,
  name: string,
  data: unknown,
  schema: S,
): Generator<void, Parsed<S>> {
  const empty = z.safeParse(emptyCollection, data);
  if (empty.success && (empty.data.name ?? name) === name) {
    const { source = '', license = '' } = empty.data;
    return { collection: { name, source, license, features: [] }, problems: [] };
  }
  const head = z.safeParse(collectionHead, data);
  if (!head.success) throw new GeoDataError(toProblems(file, data, head.error));
  if (head.data.name !== name) {
    throw new GeoDataError([
      { file, field: 'name', message: `expected "${name}" (given ${shown(head.data.name)})` },
    ]);
  }
  const problems: Problem[] = [];
  const features: z.infer<S>[] = [];
  const seen = new Set<string>();
  for (const [i, raw] of head.data.features.entries()) {
    if (i > 0) yield;
    const where = { feature: i, featureId: featureName(raw) };
    const parsed = z.safeParse(schema, raw);
    if (!parsed.success) {
      problems.push(...toProblems(file, raw, parsed.error, where));
      continue;
    }
    const fid = valueAt(parsed.data, ['properties', 'id']);
    if (typeof fid === 'string') {
      if (seen.has(fid)) {
        problems.push({
          file,
          ...where,
          field: 'properties.id',
          message: `duplicate id (given "${fid}")`,
        });
        continue;
      }
      seen.add(fid);
    }
    features.push(parsed.data);
  }
  const { source, license } = head.data;
  return { collection: { name, source, license, features }, problems };
}

/**
 * Validates a FeatureCollection feature by feature. A broken collection (not a FeatureCollection,
 * wrong name, no provenance) throws GeoDataError; a broken feature is left out and reported, so
 * the rest of the file still shows. Features with a `properties.id` must not repeat it.
 */
export function parseCollection<S extends z.core.$ZodType>(
  file: string,
  name: string,
  data: unknown,
  schema: S,
): Parsed<S> {
  const steps = collectionSteps(file, name, data, schema);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

/**
 * parseCollection in slices of about `sliceMs` each, every slice a task of its own: a large file
 * is checked without holding the main thread (a reader's tap, a map frame) for long.
 */
export async function parseCollectionInSlices<S extends z.core.$ZodType>(
  file: string,
  name: string,
  data: unknown,
  schema: S,
  sliceMs = 8,
): Promise<Parsed<S>> {
  const steps = collectionSteps(file, name, data, schema);
  let start = performance.now();
  let step = steps.next();
  while (!step.done) {
    if (performance.now() - start > sliceMs) {
      await nextTask();
      start = performance.now();
    }
    step = steps.next();
  }
  return step.value;
}
