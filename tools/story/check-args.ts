/** story:check's command line. */
export interface CheckArgs {
  dir: string;
  articles?: string;
  seal: boolean;
}

export const CHECK_USAGE =
  'usage: npm run story:check -- [folder] [--articles <folder of article texts>] [--seal]';

/** Reads story:check's arguments; anything it does not know is one line of error. */
export function storyCheckArgs(argv: string[], fallback: string): CheckArgs | { error: string } {
  const out: CheckArgs = { dir: '', seal: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--seal') out.seal = true;
    else if (a === '--articles' || a.startsWith('--articles=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || v.startsWith('--')) return { error: `--articles needs a folder; ${CHECK_USAGE}` };
      out.articles = v;
    } else if (a.startsWith('-')) return { error: `unknown option ${a}; ${CHECK_USAGE}` };
    else if (out.dir !== '') return { error: `one story folder at a time; ${CHECK_USAGE}` };
    else out.dir = a;
  }
  if (out.dir === '') out.dir = fallback;
  return out;
}
