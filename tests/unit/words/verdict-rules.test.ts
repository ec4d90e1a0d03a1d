import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SOFT_HOURS } from '../../../src/journey/timeline-windows';
import { roundingOf, THRESHOLDS, VERDICTS } from '../../../src/journey/verdict';
import { VERDICT_RULES } from '../../../src/words/verdict-rules';

describe('VERDICT_RULES', () => {
  it('gives every verdict one sentence that starts with the word itself', () => {
    expect(Object.keys(VERDICT_RULES).sort()).toEqual([...VERDICTS].sort());
    for (const v of VERDICTS) {
      const rule = VERDICT_RULES[v];
      expect(rule.toLowerCase().startsWith(`${v}:`), v).toBe(true);
      expect(rule.endsWith('.'), v).toBe(true);
    }
  });

  it('states the tolerances the code uses', () => {
    expect(VERDICT_RULES.holds).toContain(`within ${THRESHOLDS.holds * 100}%`);
    expect(VERDICT_RULES.loose).toContain(`within ${THRESHOLDS.loose * 100}%`);
    expect(VERDICT_RULES.loose).toContain(SOFT_HOURS === 1 ? 'an hour' : `${SOFT_HOURS} hours`);
    expect(VERDICT_RULES.refuted).toContain(`${50 - roundingOf(50)} to ${50 + roundingOf(50)}`);
  });

  it('are the sentences docs/verdicts.md gives', () => {
    const docs = readFileSync('docs/verdicts.md', 'utf8');
    for (const v of VERDICTS) expect(docs, v).toContain(VERDICT_RULES[v]);
  });
});
