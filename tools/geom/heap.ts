/** A binary heap of grid cells by cost; ties go to the lower cell index, for a fixed result. */
export class Queue {
  private readonly items: [number, number][] = [];
  get size() {
    return this.items.length;
  }
  private less(i: number, j: number): boolean {
    const a = this.items[i] as [number, number];
    const b = this.items[j] as [number, number];
    return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  }
  private swap(i: number, j: number) {
    const t = this.items[i] as [number, number];
    this.items[i] = this.items[j] as [number, number];
    this.items[j] = t;
  }
  push(cost: number, cell: number) {
    this.items.push([cost, cell]);
    for (let i = this.items.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }
  pop(): number {
    const top = this.items[0] as [number, number];
    const last = this.items.pop() as [number, number];
    if (this.items.length > 0) {
      this.items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && this.less(l, m)) m = l;
        if (r < this.items.length && this.less(r, m)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top[1];
  }
}
