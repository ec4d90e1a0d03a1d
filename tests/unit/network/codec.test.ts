import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeNetwork, encodeNetwork } from '../../../src/network/codec';
import type { NetworkGraph } from '../../../src/network/types';
import { ByteReader, ByteWriter } from '../../../src/network/varint';

/** A small graph: a triangle with a spur, bends on two edges. */
function sample(): NetworkGraph {
  return {
    scale: 100_000,
    nodeLon: Int32Array.from([0, 100_000, 50_000, -17_999_999]),
    nodeLat: Int32Array.from([0, 0, 80_000, -8_999_999]),
    component: Uint32Array.from([0, 0, 0, 1]),
    edgeFrom: Uint32Array.from([0, 0, 1]),
    edgeTo: Uint32Array.from([1, 2, 2]),
    edgeM: Uint32Array.from([111_195, 104_000, 104_000]),
    edgeFlags: Uint8Array.from([0, 1, 2]),
    geomStart: Uint32Array.from([0, 2, 2, 3]),
    vLon: Int32Array.from([30_000, 60_000, 70_000]),
    vLat: Int32Array.from([1_000, -1_000, 40_000]),
  };
}

describe('the network file', () => {
  it('decodes to the graph it was encoded from', () => {
    const g = sample();
    expect(decodeNetwork(encodeNetwork(g))).toEqual(g);
  });

  it('refuses a file that is not one, in one line', () => {
    expect(() => decodeNetwork(new TextEncoder().encode('{"type":"FeatureCollection"}'))).toThrow(
      /^network file: expected "KTRN" at the start, got "\{"ty"$/,
    );
    const cut = encodeNetwork(sample()).slice(0, 20);
    expect(() => decodeNetwork(cut)).toThrow(/network file: ends in the middle of a number/);
  });

  it('round-trips any integers through zigzag varints', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 40), max: 2 ** 40 })), (xs) => {
        const w = new ByteWriter();
        for (const x of xs) w.int(x);
        const r = new ByteReader(w.done());
        expect(xs.map(() => r.int())).toEqual(xs);
      }),
    );
  });
});
