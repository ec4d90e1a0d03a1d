/**
 * Computed glyphs, kept in memory for the process and, with a folder, on disk across builds:
 * one small file per font file, font stack and code point, so that a second story in the same
 * script costs a file read per character instead of a signed distance field. A file says either
 * "this font has no such glyph" (one zero byte) or holds the glyph: a one, five little-endian
 * int32 (width, height, left, top, advance), then the bitmap. Written to a temporary name and
 * renamed, so that builds running side by side never read half a file.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SdfGlyph } from './sdf.ts';

export type Cached = SdfGlyph | 'absent';

export class GlyphCache {
  private memory = new Map<string, Cached>();
  hits = 0;
  misses = 0;
  constructor(private dir?: string) {}

  private file(font: string, stack: string, cp: number) {
    return this.dir ? join(this.dir, font, stack, `${cp.toString(16)}.glyph`) : undefined;
  }

  get(font: string, stack: string, cp: number): Cached | undefined {
    const key = `${font}/${stack}/${cp}`;
    const inMemory = this.memory.get(key);
    if (inMemory) {
      this.hits++;
      return inMemory;
    }
    const file = this.file(font, stack, cp);
    if (!file || !existsSync(file)) {
      this.misses++;
      return undefined;
    }
    const bytes = readFileSync(file);
    const value = decode(cp, bytes);
    this.memory.set(key, value);
    this.hits++;
    return value;
  }

  set(font: string, stack: string, cp: number, value: Cached): void {
    this.memory.set(`${font}/${stack}/${cp}`, value);
    const file = this.file(font, stack, cp);
    if (!file || !this.dir) return;
    mkdirSync(join(this.dir, font, stack), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, encode(value));
    renameSync(tmp, file);
  }
}

function encode(value: Cached): Uint8Array {
  if (value === 'absent') return new Uint8Array([0]);
  const out = new Uint8Array(1 + 20 + value.bitmap.length);
  out[0] = 1;
  const view = new DataView(out.buffer);
  [value.width, value.height, value.left, value.top, value.advance].forEach((v, i) => {
    view.setInt32(1 + 4 * i, v, true);
  });
  out.set(value.bitmap, 21);
  return out;
}

function decode(id: number, bytes: Uint8Array): Cached {
  if (bytes[0] === 0) return 'absent';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const [width, height, left, top, advance] = [0, 1, 2, 3, 4].map((i) =>
    view.getInt32(1 + 4 * i, true),
  ) as [number, number, number, number, number];
  return { id, width, height, left, top, advance, bitmap: bytes.slice(21) };
}
