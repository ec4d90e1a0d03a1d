/** A binary min-heap of (key, value) pairs, numbers only: the router's open set. */
export class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(key: number, value: number): void {
    const k = this.keys;
    const v = this.values;
    let i = k.length;
    k.push(key);
    v.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if ((k[p] as number) < key || ((k[p] as number) === key && (v[p] as number) <= value)) break;
      k[i] = k[p] as number;
      v[i] = v[p] as number;
      i = p;
    }
    k[i] = key;
    v[i] = value;
  }

  /** The smallest pair (ties: the smaller value, so the order never depends on insertion). */
  pop(): [number, number] {
    const k = this.keys;
    const v = this.values;
    const top: [number, number] = [k[0] as number, v[0] as number];
    const lastK = k.pop() as number;
    const lastV = v.pop() as number;
    const n = k.length;
    if (n === 0) return top;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const less = (a: number, b: number) =>
        (k[a] as number) < (k[b] as number) ||
        ((k[a] as number) === (k[b] as number) && (v[a] as number) < (v[b] as number));
      const c = r < n && less(r, l) ? r : l;
      if ((k[c] as number) > lastK || ((k[c] as number) === lastK && (v[c] as number) >= lastV))
        break;
      k[i] = k[c] as number;
      v[i] = v[c] as number;
      i = c;
    }
    k[i] = lastK;
    v[i] = lastV;
    return top;
  }
}
