import { createHash } from 'node:crypto';
import sharp from 'sharp';

/** A picture the build writes: its file name (with a hash of its bytes) and its bytes. */
export interface BuiltImage {
  fileName: string;
  source: Uint8Array;
}

/**
 * Makes an SVG document (the poster's backdrop, src/map/poster.ts) a PNG of its own pixel size
 * with a palette of at most `colours` colours (a few flat fills and their edges: a palette
 * image is a fraction of a full-colour one's size), named `assets/<name>-<hash>.png`.
 */
export async function posterImage(svg: string, name: string, colours = 16): Promise<BuiltImage> {
  const source = await sharp(Buffer.from(svg))
    .png({ palette: true, colours, dither: 0, compressionLevel: 9, effort: 10 })
    .toBuffer();
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 8);
  return { fileName: `assets/${name}-${hash}.png`, source: new Uint8Array(source) };
}
