/**
 * A problem found in a story's files, and its one line for the reader. Kept apart from the
 * schemas (validate.ts) so that showing problems does not build them.
 */

/** One thing wrong with one geo/ file: the file, the feature (index and id) and the field. */
export interface Problem {
  file: string;
  feature?: number;
  featureId?: string;
  field: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  const where =
    p.feature === undefined
      ? ''
      : ` feature ${p.feature}${p.featureId ? ` ("${p.featureId}")` : ''}`;
  const field = p.field ? ` field "${p.field}":` : '';
  return `${p.file}:${where}${field} ${p.message}`;
}
