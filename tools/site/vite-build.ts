/**
 * The site built with Vite into a folder of its own, as `npm run build` builds it (the config
 * read by the runner loader), for the tests and benches that need a build with another story or
 * setting. A failed build throws with Vite's own output.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export interface BuildOptions {
  /** Variables set for the build (STORY, STORIES, BASE…), over this process's own. */
  env?: Record<string, string>;
  /** Vite's log level: `warn` for tests, `error` for benches that print their own figures. */
  logLevel?: 'warn' | 'error';
  /** Whether the output folder is emptied first (default: yes). */
  empty?: boolean;
}

/** Builds the site into `outDir`; throws when Vite exits with a failure. */
export function viteBuild(outDir: string, options: BuildOptions = {}): void {
  const { env = {}, logLevel = 'warn', empty = true } = options;
  const args = [join('node_modules', 'vite', 'bin', 'vite.js'), 'build'];
  args.push('--configLoader', 'runner', '--outDir', outDir, '--logLevel', logLevel);
  if (empty) args.push('--emptyOutDir');
  const r = spawnSync(process.execPath, args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    const what = Object.keys(env).length ? ` (${JSON.stringify(env)})` : '';
    throw new Error(`vite build${what} failed:\n${r.stdout}\n${r.stderr}`);
  }
}
