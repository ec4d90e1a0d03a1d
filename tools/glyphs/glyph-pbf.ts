/**
 * Glyph PBFs, the format MapLibre reads from a style's `glyphs` URL: one file per font stack and
 * range of 256 code points (message glyphs { repeated fontstack stacks = 1 }, each fontstack
 * { name = 1, range = 2, repeated glyph glyphs = 3 }, each glyph { id = 1, bitmap = 2, width = 3,
 * height = 4, left = 5 (sint), top = 6 (sint), advance = 7 }).
 */
import { PbfReader, PbfWriter } from 'pbf';
import { BORDER, type SdfGlyph } from './sdf.ts';

export function encodeGlyphs(stack: string, range: number, glyphs: SdfGlyph[]): Uint8Array {
  const pbf = new PbfWriter();
  pbf.writeMessage(
    1,
    (list: SdfGlyph[], p) => {
      p.writeStringField(1, stack);
      p.writeStringField(2, `${range * 256}-${range * 256 + 255}`);
      for (const g of list)
        p.writeMessage(
          3,
          (glyph: SdfGlyph, q) => {
            q.writeVarintField(1, glyph.id);
            if (glyph.bitmap.length > 0) q.writeBytesField(2, glyph.bitmap);
            q.writeVarintField(3, glyph.width);
            q.writeVarintField(4, glyph.height);
            q.writeSVarintField(5, glyph.left);
            q.writeSVarintField(6, glyph.top);
            q.writeVarintField(7, glyph.advance);
          },
          g,
        );
    },
    [...glyphs].sort((a, b) => a.id - b.id),
  );
  return pbf.finish();
}

export interface DecodedStack {
  name: string;
  range: string;
  glyphs: SdfGlyph[];
}

/** Reads a glyph PBF field by field, as MapLibre's reader does (for checks and tests). */
export function decodeGlyphs(data: Uint8Array): DecodedStack[] {
  return new PbfReader(data).readFields((tag, stacks: DecodedStack[], pbf) => {
    if (tag !== 1) return;
    stacks.push(
      pbf.readMessage(
        (t, s: DecodedStack, p) => {
          if (t === 1) s.name = p.readString();
          else if (t === 2) s.range = p.readString();
          else if (t === 3)
            s.glyphs.push(
              p.readMessage(
                (f, g: SdfGlyph, r) => {
                  if (f === 1) g.id = r.readVarint();
                  else if (f === 2) g.bitmap = r.readBytes();
                  else if (f === 3) g.width = r.readVarint();
                  else if (f === 4) g.height = r.readVarint();
                  else if (f === 5) g.left = r.readSVarint();
                  else if (f === 6) g.top = r.readSVarint();
                  else if (f === 7) g.advance = r.readVarint();
                },
                {
                  id: 0,
                  bitmap: new Uint8Array(0),
                  width: 0,
                  height: 0,
                  left: 0,
                  top: 0,
                  advance: 0,
                },
              ),
            );
        },
        { name: '', range: '', glyphs: [] },
      ),
    );
  }, []);
}

/** Whether a glyph's bitmap has the size MapLibre will read it as. */
export const bitmapFits = (g: SdfGlyph): boolean =>
  g.bitmap.length === 0 || g.bitmap.length === (g.width + 2 * BORDER) * (g.height + 2 * BORDER);
