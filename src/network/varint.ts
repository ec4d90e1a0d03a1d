/** Zigzag varints: small signed integers in one or two bytes (the network file's one encoding). */
export class ByteWriter {
  private buf = new Uint8Array(1 << 16);
  private n = 0;

  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    next.set(this.buf.subarray(0, this.n));
    this.buf = next;
  }

  /** A non-negative integer below 2^53. */
  uint(v: number): void {
    if (!Number.isInteger(v) || v < 0)
      throw new Error(`varint: expected a whole number ≥ 0, got ${v}`);
    this.room(8);
    let x = v;
    while (x >= 0x80) {
      this.buf[this.n++] = (x % 0x80) | 0x80;
      x = Math.floor(x / 0x80);
    }
    this.buf[this.n++] = x;
  }

  /** A signed integer (zigzag). */
  int(v: number): void {
    this.uint(v < 0 ? -2 * v - 1 : 2 * v);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.n);
    this.n += b.length;
  }

  done(): Uint8Array {
    return this.buf.slice(0, this.n);
  }
}

export class ByteReader {
  pos = 0;
  constructor(private readonly buf: Uint8Array) {}

  uint(): number {
    const b0 = this.buf[this.pos];
    if (b0 !== undefined && b0 < 0x80) {
      this.pos++;
      return b0;
    }
    let v = 0;
    let scale = 1;
    for (;;) {
      if (this.pos >= this.buf.length)
        throw new Error('network file: ends in the middle of a number');
      const b = this.buf[this.pos++] as number;
      v += (b & 0x7f) * scale;
      if (b < 0x80) return v;
      scale *= 0x80;
    }
  }

  int(): number {
    const u = this.uint();
    return u % 2 === 1 ? -(u + 1) / 2 : u / 2;
  }

  bytes(k: number): Uint8Array {
    const out = this.buf.subarray(this.pos, this.pos + k);
    this.pos += k;
    return out;
  }
}
