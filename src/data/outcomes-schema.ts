import * as z from 'zod/mini';
import { id, text } from './schema';
import { GeoDataError, toProblems } from './validate';

/**
 * Where a fact from outside the articles was published: the outlet, the piece, its address and
 * date, and the words it used (verbatim, a sentence or two).
 */
export const sourceRef = z.strictObject({
  outlet: text,
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }),
  published: z.iso.date('expected a date as YYYY-MM-DD'),
  quote: text,
});

/** An instant with its offset, as the source gives it: "2023-09-13T07:09:00+03:00". */
const instant = z.iso.datetime({
  offset: true,
  local: false,
  error: 'expected a time with its offset, such as "2023-09-12T06:00:00+10:00"',
});

/**
 * A fact established after the articles: the train at a place within a time (`from`: there no
 * earlier than this; `to`: there by this), with its source. `soft`: the ends are a part of day's
 * ("Sunday afternoon"), not a clock's.
 */
export const outcome = z
  .strictObject({
    id,
    place: id,
    from: z.optional(instant),
    to: z.optional(instant),
    soft: z.optional(z.boolean()),
    /**
     * For an outcome at one clock time (`from` equal to `to`): what the train did then, arrived,
     * left or passed. It bounds the places it passes without stopping on its way there (arrived),
     * on from there (left), or both (passed): docs/verdicts.md.
     */
    moment: z.optional(z.enum(['arrived', 'left', 'passed'])),
    /** What happened, in a few words: "entered the yard of Khasan station at 06:00". */
    what: text,
    source: sourceRef,
    note: z.string().check(z.maxLength(600)),
  })
  .check(
    z.refine((o) => o.from !== undefined || o.to !== undefined, {
      message: 'expected a time: "from", "to" or both',
      path: ['from'],
    }),
    z.refine((o) => !o.from || !o.to || Date.parse(o.from) <= Date.parse(o.to), {
      message: 'expected "from" no later than "to"',
      path: ['to'],
    }),
    z.refine((o) => !o.moment || (o.from !== undefined && o.from === o.to && o.soft !== true), {
      message: 'expected "from" and "to" to be one clock time (not a part of day) for a "moment"',
      path: ['moment'],
    }),
  );

/** `outcomes.json`: optional; a story without it reads as the articles have it. */
export const outcomesFile = z.strictObject({
  name: z.literal('outcomes'),
  source: text,
  outcomes: z.array(outcome).check(
    z.superRefine((list, ctx) => {
      for (const [i, o] of list.entries())
        if (list.findIndex((x) => x.id === o.id) < i)
          ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `duplicate id "${o.id}"` });
    }),
  ),
});

export type SourceRef = z.infer<typeof sourceRef>;
export type Outcome = z.infer<typeof outcome>;

/** Validates outcomes.json: facts established after the articles, each with its source. */
export function parseOutcomes(file: string, data: unknown): Outcome[] {
  const parsed = outcomesFile.safeParse(data);
  if (!parsed.success) throw new GeoDataError(toProblems(file, data, parsed.error));
  return parsed.data.outcomes;
}

/** Reads outcomes.json where the story has one (a URL), and nothing where it has not. */
export async function readOutcomes(
  url: string | undefined,
  read: (file: string, url: string) => Promise<unknown>,
): Promise<Outcome[]> {
  const file = 'outcomes.json';
  return url === undefined ? [] : parseOutcomes(file, await read(file, url));
}
