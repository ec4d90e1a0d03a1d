/**
 * Rewrites the README's "What the map finds" from the default story (tools/docs/findings.ts).
 * Usage: npm run docs:readme
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withFindings } from '../tools/docs/findings.ts';
import { DEFAULT_STORY } from '../tools/site/story-dir.ts';

writeFileSync('README.md', await withFindings(readFileSync('README.md', 'utf8'), DEFAULT_STORY));
console.log('README.md: what the map finds, rewritten from the default story');
