/**
 * Rewrites the module map of docs/architecture.md from the source (tools/docs/module-map.ts).
 * Usage: npm run docs:architecture
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withModuleMap } from '../tools/docs/module-map.ts';

const page = 'docs/architecture.md';
writeFileSync(page, withModuleMap(readFileSync(page, 'utf8')));
console.log(`${page}: module map rewritten`);
