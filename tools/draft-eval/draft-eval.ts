import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Claim } from '../../src/data/claims-schema.ts';
import type { Place } from '../../src/data/schema.ts';
import { type ArticleInput, draftStory } from '../../src/draft/draft.ts';
import type { Gazetteer } from '../../src/draft/gazetteer.ts';
import {
  counted,
  type Expected,
  type Score,
  type ScoredClaim,
  scoreDraft,
  scoredClaim,
} from './draft-score.ts';

export const FIXTURES = 'tests/fixtures/story-draft';
export const SEED_STORY = 'geo/stories/kim-2023';
/** The seed articles, as the project's shared folder holds them, with what their text lacks. */
export const SEED = [
  { file: '000_4e508b13e52c11e8.txt', outlet: 'Live news page' },
  { file: '004_9d374928d60337d4.txt', outlet: 'Financial Times (as republished)' },
];
export const SEED_PUBLISHED = '2023-09-12';

type At = [number, number];
interface Labels {
  coordinates: Record<string, At>;
  articles: Record<
    string,
    { places: string[]; claims: (Omit<ScoredClaim, 'places'> & { places: string[] })[] }
  >;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** The draft's places and claims, parsed, with every quote it wrote. */
function parsed(files: Record<string, string>) {
  const places = (JSON.parse(files['places.geojson'] ?? '{}') as { features: Place[] }).features;
  const claims = (JSON.parse(files['claims.json'] ?? '{}') as { claims: Claim[] }).claims;
  return { places, claims };
}

export interface ArticleScore {
  article: string;
  score: Score;
}

/** Each fixture article drafted on its own and scored against the hand labels beside it. */
export function fixtureScores(g: Gazetteer): ArticleScore[] {
  const labels = readJson<Labels>(join(FIXTURES, 'expected.json'));
  const at = (name: string): At => {
    const p = labels.coordinates[name];
    if (!p) throw new Error(`${FIXTURES}/expected.json: no coordinates for "${name}"`);
    return p;
  };
  return Object.entries(labels.articles).map(([file, l]) => {
    const text = readFileSync(join(FIXTURES, 'in', file), 'utf8');
    const { places, claims } = parsed(draftStory([{ file, text }], g).files);
    const expected: Expected = {
      places: l.places.map(at),
      claims: l.claims.map((c) => ({ ...c, places: c.places.map(at) })),
    };
    const quotes = [
      ...claims.map((c) => c.quote),
      ...places.flatMap((p) => p.properties.mentions.map((m) => m.quote)),
    ];
    return { article: file, score: scoreDraft(expected, { places, claims, quotes }, text) };
  });
}

/** The seed articles, as `SEED` gives them to the draft. */
export function seedInputs(shared: string): ArticleInput[] {
  return SEED.map((s) => ({
    file: s.file,
    text: readFileSync(join(shared, s.file), 'utf8'),
    published: SEED_PUBLISHED,
    outlet: s.outlet,
  }));
}

/** Hand-made test stories of the repository, each with its own article, scored the same way. */
export const OTHER_STORIES = [
  'tests/fixtures/stories/przemysl-kyiv',
  'tests/fixtures/stories/amur-test',
];

/** A story folder's articles as the draft's input: its own text, date and outlet. */
export function storyInputs(
  dir: string,
  resolveFile = (f: string) => join(dir, f),
): ArticleInput[] {
  const story = readJson<{ articles: { file: string; published: string; outlet: string }[] }>(
    join(dir, 'story.json'),
  );
  return story.articles.map((a) => ({
    file: basename(a.file),
    text: readFileSync(resolveFile(a.file), 'utf8'),
    published: a.published,
    outlet: a.outlet,
  }));
}

/**
 * Articles drafted together and scored against a hand-made story: per article, its places (those
 * it mentions; borders aside, as the gazetteer has none) and its claims with a figure, direction
 * or day.
 */
export function storyScores(g: Gazetteer, dir: string, inputs: ArticleInput[]): ArticleScore[] {
  const draft = draftStory(inputs, g);
  const { places, claims } = parsed(draft.files);
  const story = readJson<{ articles: { id: string; file?: string }[] }>(join(dir, 'story.json'));
  const hand = readJson<{ features: Place[] }>(join(dir, 'places.geojson')).features;
  const handClaims = readJson<{ claims: Claim[] }>(join(dir, 'claims.json')).claims;
  const ours = JSON.parse(draft.files['story.json'] ?? '{}') as {
    articles: { id: string; file: string }[];
  };
  const handAt = new Map(hand.map((p) => [p.properties.id, p.geometry.coordinates as At]));
  return inputs.map((input, index) => {
    // An article kept outside the repository has no `file`: the inputs come in the story's order.
    const handId =
      (
        story.articles.find((a) => a.file !== undefined && basename(a.file) === input.file) ??
        story.articles[index]
      )?.id ?? '';
    const ourId = ours.articles.find((a) => a.file === input.file)?.id ?? '';
    const expected: Expected = {
      places: hand
        .filter(
          (p) =>
            p.properties.kind !== 'border' &&
            p.properties.mentions.some((m) => m.article === handId),
        )
        .map((p) => p.geometry.coordinates as At),
      claims: handClaims
        .filter((c) => c.article === handId && counted(c))
        .map((c) => scoredClaim(c, (id) => handAt.get(id))),
    };
    const mine = places.filter((p) => p.properties.mentions.some((m) => m.article === ourId));
    const myClaims = claims.filter((c) => c.article === ourId);
    const quotes = [
      ...myClaims.map((c) => c.quote),
      ...mine.flatMap((p) =>
        p.properties.mentions.filter((m) => m.article === ourId).map((m) => m.quote),
      ),
    ];
    return {
      article: input.file,
      score: scoreDraft(expected, { places: mine, claims: myClaims, quotes }, input.text),
    };
  });
}

/** The seed articles drafted together, against geo/stories/kim-2023. */
export const seedScores = (g: Gazetteer, shared: string): ArticleScore[] =>
  storyScores(g, SEED_STORY, seedInputs(shared));

/** The repository's other hand-made stories, each drafted from its own article. */
export const otherScores = (g: Gazetteer): ArticleScore[] =>
  OTHER_STORIES.flatMap((dir) =>
    storyScores(g, dir, storyInputs(dir)).map((s) => ({
      ...s,
      article: `${basename(dir)}/${s.article}`,
    })),
  );
