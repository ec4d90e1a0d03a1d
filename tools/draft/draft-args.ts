import { validDate } from '../../src/draft/header.ts';

/** One article and the flags given before it. */
export interface DraftFile {
  path: string;
  published: string | null;
  outlet: string | null;
  title: string | null;
}

export interface DraftArgs {
  out: string;
  files: DraftFile[];
  force: boolean;
}

export const USAGE =
  'Usage: npm run story:draft -- --out <folder> [--published YYYY-MM-DD] [--outlet NAME] [--title TEXT] [--force] <article.txt> [<article.txt> …]';

/**
 * Reads the command line; throws an Error with a one-line message on anything it does not know.
 * `--published`, `--outlet` and `--title` apply to the articles after them, until given again:
 * `--outlet "The Courier" a.txt --outlet "The Herald" b.txt`.
 */
export function parseDraftArgs(argv: string[]): DraftArgs | { help: string } {
  const args: DraftArgs = { out: '', files: [], force: false };
  const flags: Omit<DraftFile, 'path'> = { published: null, outlet: null, title: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--')))
        throw new Error(`${flag} needs a value. ${USAGE}`);
      return v;
    };
    if (flag === '--help' || flag === '-h') return { help: USAGE };
    else if (flag === '--out') args.out = value();
    else if (flag === '--published') {
      const v = value();
      if (!validDate(v)) throw new Error(`--published "${v}" is not a date as YYYY-MM-DD`);
      flags.published = v;
    } else if (flag === '--outlet') flags.outlet = value().trim() || null;
    else if (flag === '--title') flags.title = value().trim() || null;
    else if (flag === '--force') args.force = true;
    else if (flag.startsWith('-') && flag !== '-')
      throw new Error(`unknown flag ${flag}. ${USAGE}`);
    else args.files.push({ path: a, ...flags });
  }
  if (!args.out) throw new Error(`--out <folder> is required. ${USAGE}`);
  if (args.files.length === 0) throw new Error(`no article given. ${USAGE}`);
  return args;
}
