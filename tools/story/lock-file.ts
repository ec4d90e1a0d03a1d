import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { jsonErrorWords } from '../../src/data/json-position.ts';
import type { Problem } from '../../src/data/problem.ts';
import { toProblems } from '../../src/data/validate.ts';
import { MAX_DATA_BYTES, readConfined } from './confined-read.ts';
import { type QuotesLock, quotesLock, SEAL_FILE } from './quote-seal.ts';

/** A story's quote seals, if it has them; a broken lock file is a problem of its own. */
export function readLock(dir: string): { lock: QuotesLock | null; problems: Problem[] } {
  if (!existsSync(join(dir, SEAL_FILE))) return { lock: null, problems: [] };
  const fail = (message: string) => ({
    lock: null,
    problems: [{ file: SEAL_FILE, field: '', message }],
  });
  const r = readConfined(dir, SEAL_FILE, MAX_DATA_BYTES);
  if (!r.ok) return fail(r.message);
  let data: unknown;
  try {
    data = JSON.parse(r.text);
  } catch (e) {
    return fail(jsonErrorWords(r.text, (e as Error).message));
  }
  const parsed = quotesLock.safeParse(data);
  return parsed.success
    ? { lock: parsed.data, problems: [] }
    : { lock: null, problems: toProblems(SEAL_FILE, data, parsed.error) };
}
