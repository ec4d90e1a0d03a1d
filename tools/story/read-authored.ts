import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonErrorWords } from '../../src/data/json-position.ts';
import { GeoDataError } from '../../src/data/validate.ts';

/**
 * Reads a file an author wrote in a story folder and checks it with `parse`; a missing file or
 * invalid JSON (by line and column) throws GeoDataError naming the file.
 */
export function readAuthored<T>(
  dir: string,
  file: string,
  parse: (file: string, data: unknown) => T,
): T {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new GeoDataError([{ file, field: '', message: `no such file in ${dir}` }]);
  const text = readFileSync(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new GeoDataError([
      { file, field: '', message: jsonErrorWords(text, (e as Error).message) },
    ]);
  }
  return parse(file, data);
}
