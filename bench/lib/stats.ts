export interface Summary {
  min: number;
  median: number;
  max: number;
  n: number;
}

export function summarise(values: number[]): Summary {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  const median =
    s.length === 0
      ? Number.NaN
      : s.length % 2
        ? (s[mid] as number)
        : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
  return { min: s[0] ?? Number.NaN, median, max: s.at(-1) ?? Number.NaN, n: s.length };
}

/** Median time of `fn` in ms over `runs` calls, after `warm` calls not counted. */
export function timeMedian(fn: () => unknown, runs = 200, warm = 20): Summary {
  for (let i = 0; i < warm; i++) fn();
  const t: number[] = [];
  for (let i = 0; i < runs; i++) {
    const a = performance.now();
    fn();
    t.push(performance.now() - a);
  }
  return summarise(t);
}
