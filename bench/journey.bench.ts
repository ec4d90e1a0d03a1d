import { bench, describe } from 'vitest';
import { claimLines } from '../src/journey/claim-lines';
import { journeyBase, journeyView } from '../src/journey/model';
import { journeyInputs } from './lib/recompute';

const inputs = await journeyInputs();
const base = journeyBase(inputs);
const view = journeyView(inputs, base, 50);
let speed = 50;
let mode: 'reported' | 'computed' = 'reported';

describe('journey', () => {
  bench('all legs, timeline and claims (first computation)', () => {
    const b = journeyBase(inputs);
    journeyView(inputs, b, 50);
  });
  bench('one speed change', () => {
    speed = speed === 50 ? 59 : 50;
    journeyView(inputs, base, speed);
  });
  bench('one mode switch (claim lines and labels)', () => {
    mode = mode === 'reported' ? 'computed' : 'reported';
    claimLines(view.claims, inputs.position, { mode, units: 'km' }, (id) => id);
  });
});
