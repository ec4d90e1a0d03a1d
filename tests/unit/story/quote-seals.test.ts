import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_STORY } from '../../../tools/site/story-dir';
import { SEAL_FILE } from '../../../tools/story/quote-seal';

const ARTICLES_DIR = '../shared/articles';
const AMUR = 'tests/fixtures/stories/amur-test';
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

const copy = (from: string) => {
  const dir = mkdtempSync(join(tmpdir(), 'seal-'));
  temps.push(dir);
  cpSync(from, dir, { recursive: true });
  return dir;
};
const check = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/story-check.ts', ...args], {
    encoding: 'utf8',
  });
const editJson = (path: string, edit: (data: Record<string, unknown>) => void) => {
  const data = JSON.parse(readFileSync(path, 'utf8'));
  edit(data);
  writeFileSync(path, JSON.stringify(data, null, 2));
};
type Claims = { claims: { id: string; quote: string }[] };
/** Changes one word of the first claim's quote; gives the claim's id. */
const changeOneWord = (dir: string, from: string, to: string): string => {
  let id = '';
  editJson(join(dir, 'claims.json'), (d) => {
    const c = (d as unknown as Claims).claims.find((x) => x.quote.includes(from));
    if (!c) throw new Error(`no quote with "${from}"`);
    c.quote = c.quote.replace(from, to);
    id = c.id;
  });
  return id;
};
const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('quote seals (quotes.lock.json)', { timeout: 60_000 }, () => {
  it('the default story: a changed word in a quote fails story:check without the article text', () => {
    const dir = copy(DEFAULT_STORY);
    const id = changeOneWord(dir, 'spotted', 'seen');
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(
        `claims\\.json: feature \\d+ \\("${id}"\\) field "claims\\.\\d+\\.quote": the quote differs from the one checked against the text of article "live" \\(quotes\\.lock\\.json\\)`,
      ),
    );
    noStackTrace(r.stdout + r.stderr);
  });

  it.skipIf(!existsSync(ARTICLES_DIR))(
    'the default story: the same change fails with the article text (../shared/articles)',
    () => {
      const dir = copy(DEFAULT_STORY);
      const id = changeOneWord(dir, 'spotted', 'seen');
      const r = check(dir, '--articles', ARTICLES_DIR);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(
        new RegExp(
          `\\("${id}"\\) field "claims\\.\\d+\\.quote": the quote is not in \\.\\./shared`,
        ),
      );
      expect(check(DEFAULT_STORY, '--articles', ARTICLES_DIR).status).toBe(0);
    },
  );

  it('a story with its text: a changed word fails, verbatim against article.txt', () => {
    const dir = copy(AMUR);
    changeOneWord(dir, 'reached', 'left');
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      'claims.json: feature 0 ("gazette-distance") field "claims.0.quote": the quote is not in article.txt: "it left Birobidzhan',
    );
  });

  it('sealed, then the text taken away: the seal catches a changed word; an unsealed quote is a note', () => {
    const dir = copy(AMUR);
    const sealed = check(dir, '--seal');
    expect(sealed.status, sealed.stdout).toBe(0);
    expect(sealed.stdout).toMatch(/wrote quotes\.lock\.json: \d+ quotes sealed/);
    const lock = JSON.parse(readFileSync(join(dir, SEAL_FILE), 'utf8'));
    expect(lock.articles.gazette.text).toMatch(/^[0-9a-f]{64}$/);
    // The text now kept outside: no `file`, the article gone from the folder.
    editJson(join(dir, 'story.json'), (d) => {
      for (const a of d.articles as { file?: string }[]) delete a.file;
    });
    rmSync(join(dir, 'article.txt'));
    const same = check(dir);
    expect(same.status, same.stdout).toBe(0);
    expect(same.stdout).not.toContain('never checked against its text');
    changeOneWord(dir, 'reached', 'left');
    const changed = check(dir);
    expect(changed.status).toBe(1);
    expect(changed.stdout).toContain(
      'claims.0.quote": the quote differs from the one checked against the text of article "gazette"',
    );
    // A quote never sealed (a new mention) is reported as a note, not a failure.
    changeOneWord(dir, 'left', 'reached');
    editJson(join(dir, 'places.geojson'), (d) => {
      const f = (d.features as { properties: { mentions: unknown[] } }[])[0];
      f?.properties.mentions.push({ article: 'gazette', quote: 'A sentence added later' });
    });
    const added = check(dir);
    expect(added.status, added.stdout).toBe(0);
    expect(added.stdout).toContain(
      'story.json: field "articles.0": 1 quote of article "gazette" never checked against its text',
    );
  });

  it('a story naming a text file that is missing: a problem naming file and field', () => {
    const dir = copy(AMUR);
    rmSync(join(dir, 'article.txt'));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `story.json: field "articles.0.file": the article's text: no file "article.txt" in the story folder`,
    );
    expect(r.stdout).not.toContain('quote');
  });

  it('--seal writes nothing while a quote fails', () => {
    const dir = copy(AMUR);
    changeOneWord(dir, 'reached', 'left');
    const r = check(dir, '--seal');
    expect(r.status).toBe(1);
    expect(existsSync(join(dir, SEAL_FILE))).toBe(false);
    expect(r.stderr).toContain('quotes.lock.json not written');
  });
});
