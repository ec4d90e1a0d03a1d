import { describe, expect, it } from 'vitest';
import { createStore } from '../../../src/state/store';

describe('store', () => {
  it('calls a subscriber only when its part changes, with the value before', () => {
    const store = createStore({ speed: 50, units: 'km', mode: 'reported' });
    const seen: [number, number][] = [];
    store.subscribe(
      (s) => s.speed,
      (v, p) => seen.push([v, p]),
    );
    store.set({ units: 'mi' });
    store.set({ speed: 59 });
    store.set({ speed: 59 });
    expect(seen).toEqual([[59, 50]]);
  });

  it('compares tuples shallowly, and unsubscribes', () => {
    const store = createStore({ a: 1, b: 2, c: 3 });
    let calls = 0;
    const off = store.subscribe(
      (s) => [s.a, s.b],
      () => calls++,
    );
    store.set({ c: 4 });
    expect(calls).toBe(0);
    store.set({ b: 5 });
    expect(calls).toBe(1);
    off();
    store.set({ a: 9 });
    expect(calls).toBe(1);
    expect(store.get()).toEqual({ a: 9, b: 5, c: 4 });
  });
});
