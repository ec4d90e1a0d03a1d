import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withFindings } from '../../../../tools/docs/findings';
import { DEFAULT_STORY } from '../../../default-story';

describe('the README', () => {
  it('says what the map finds in the words the code gives for the default story', async () => {
    const readme = readFileSync('README.md', 'utf8');
    // Stale? `npm run docs:readme` rewrites it.
    expect(readme).toBe(await withFindings(readme, DEFAULT_STORY));
  }, 60_000);

  it('gives a newcomer the two commands, exactly', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('npm install && npm start');
    expect(readme).toMatch(/^npm test\b/m);
  });
});
