import { join, resolve } from 'node:path';
import { DEFAULT_STORY, ownBasemap } from '../story-dir.ts';

/**
 * The basemap folder a story is drawn on: its own (`basemap/` in the folder, finer sources an
 * author keeps), else one made for its region at build time.
 */
export async function resolveBasemap(dir: string): Promise<string> {
  const own = ownBasemap(resolve(dir));
  if (own) return own;
  return join(resolve(DEFAULT_STORY), 'basemap');
}
