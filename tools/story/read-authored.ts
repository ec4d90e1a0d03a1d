import { jsonErrorWords } from '../../src/data/json-position.ts';
import { GeoDataError } from '../../src/data/validate.ts';
import { MAX_DATA_BYTES, readConfined } from './confined-read.ts';

/**
 * Reads a file an author wrote in a story folder (through the confined reader) and checks it with
 * `parse`; a missing or refused file, or invalid JSON (by line and column), throws GeoDataError
 * naming the file.
 */
export function readAuthored<T>(
  dir: string,
  file: string,
  parse: (file: string, data: unknown) => T,
): T {
  const read = readConfined(dir, file, MAX_DATA_BYTES);
  if (!read.ok)
    throw new GeoDataError([
      {
        file,
        field: '',
        message: read.reason === 'missing' ? `no such file in ${dir}` : read.message,
      },
    ]);
  const text = read.text;
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
