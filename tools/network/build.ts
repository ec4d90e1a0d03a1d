import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeNetwork, encodeNetwork } from '../../src/network/codec.ts';
import { buildGraph } from './build-graph.ts';
import { NETWORK_FILE, NETWORK_META } from './files.ts';
import { NETWORK_SOURCE, readSourceLines } from './source.ts';

const SCALE = 100_000;

/** Builds geo/network/ from the shared data folder; returns the lines to print. */
export function buildNetwork(dataDir: string): string[] {
  const path = join(dataDir, NETWORK_SOURCE.file);
  if (!existsSync(path)) throw new Error(`${path}: no such file (the world rail network's source)`);
  const t0 = performance.now();
  const { graph, report } = buildGraph(readSourceLines(path, SCALE), SCALE);
  const bytes = encodeNetwork(graph);
  const back = decodeNetwork(bytes);
  if (back.edgeM.length !== graph.edgeM.length || back.vLon.length !== graph.vLon.length)
    throw new Error('network: the encoded file does not decode to the graph it was made from');
  writeFileSync(NETWORK_FILE, bytes);
  const meta = {
    name: 'network',
    file: 'rail-world.bin',
    source: `${NETWORK_SOURCE.by}; file ${NETWORK_SOURCE.file} of the shared data (SOURCES.md, "World rail network")`,
    license: NETWORK_SOURCE.license,
    made: 'npm run data:network (tools/network/): nodes where lines end or share a vertex, loose ends joined within 150 m, lines split at nodes into edges, components by union-find; see docs/network.md',
    scale: SCALE,
    lines: report.lines,
    nodes: graph.nodeLon.length,
    edges: graph.edgeM.length,
    bends: graph.vLon.length,
    joins: report.joins,
    components: report.components,
    km: Math.round(report.km),
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
  writeFileSync(NETWORK_META, `${JSON.stringify(meta, null, 2)}\n`);
  return [
    `geo/network/rail-world.bin: ${meta.nodes} nodes, ${meta.edges} edges, ${meta.bends} bends, ${meta.components} networks, ${meta.km} km of track, ${meta.joins} loose ends joined`,
    `  ${(bytes.length / 1e6).toFixed(2)} MB, built in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  ];
}
