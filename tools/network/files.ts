import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeNetwork } from '../../src/network/codec.ts';
import type { NetworkGraph } from '../../src/network/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The committed network: the bytes the data build writes, and the page it is described on. */
export const NETWORK_FILE = join(ROOT, 'geo/network/rail-world.bin');
export const NETWORK_META = join(ROOT, 'geo/network/rail-world.json');

/** The committed network, read and decoded. */
export function loadNetworkFile(path = NETWORK_FILE): NetworkGraph {
  const buf = readFileSync(path);
  return decodeNetwork(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
}
