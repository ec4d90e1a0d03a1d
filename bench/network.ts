/**
 * npm run bench:network (also a step of npm run bench): the world rail network (geo/network/) as
 * story:route and, later, the studio page load and use it: the file's size, reading and decoding
 * it, building the snap index, and one route's time for a few long routes (snap both ends +
 * shortest path), each the median of several runs in this process; and the network's error
 * against railways' published lengths (tools/network/published-routes.ts). Runs on the committed file
 * alone. Figures, not tests: nothing here fails on a slow machine.
 */
import { readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { decodeNetwork } from '../src/network/codec';
import { routeStops, type Stop } from '../src/network/route-stops';
import { SnapIndex } from '../src/network/snap';
import { WorldNetwork } from '../src/network/world-network';
import { NETWORK_FILE } from '../tools/network/files';
import { PUBLISHED_ROUTES } from '../tools/network/published-routes';
import { legKm as legLength } from '../tools/network/route-story';
import { summarise, timeMedian } from './lib/stats';

const ms = (x: number) => `${x.toFixed(1)} ms`;
const RUNS = 5;
const read: number[] = [];
const decode: number[] = [];
const ready: number[] = [];
const indexing: number[] = [];
let net: WorldNetwork | null = null;
let index: SnapIndex | null = null;
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const buf = readFileSync(NETWORK_FILE);
  const t1 = performance.now();
  const g = decodeNetwork(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength));
  const t2 = performance.now();
  net = new WorldNetwork(g);
  const t3 = performance.now();
  index = new SnapIndex(net);
  const t4 = performance.now();
  read.push(t1 - t0);
  decode.push(t2 - t1);
  ready.push(t3 - t2);
  indexing.push(t4 - t3);
}
if (!net || !index) throw new Error('bench: no network');

const routes: [string, Stop[]][] = [
  [
    'Przemyśl–Lviv–Kyiv',
    [
      { id: 'przemysl', name: 'Przemyśl', position: [22.76728, 49.78498] },
      { id: 'lviv', name: 'Lviv', position: [24.02324, 49.83826] },
      { id: 'kyiv', name: 'Kyiv', position: [30.5238, 50.45466] },
    ],
  ],
  [
    'Beijing–Hanoi (one leg)',
    [
      { id: 'beijing', name: 'Beijing', position: [116.39723, 39.9075] },
      { id: 'hanoi', name: 'Hanoi', position: [105.84117, 21.0245] },
    ],
  ],
  [
    'Chicago–Los Angeles (one leg)',
    [
      { id: 'chicago', name: 'Chicago', position: [-87.64, 41.88] },
      { id: 'los-angeles', name: 'Los Angeles', position: [-118.24, 34.05] },
    ],
  ],
  [
    'Moscow–Vladivostok (one leg)',
    [
      { id: 'moscow', name: 'Moscow', position: [37.62, 55.75] },
      { id: 'vladivostok', name: 'Vladivostok', position: [131.88, 43.11] },
    ],
  ],
];
const size = statSync(NETWORK_FILE).size;
const load = summarise(read.map((r, i) => r + (decode[i] ?? 0) + (ready[i] ?? 0)));
console.log(
  `World rail network (${NETWORK_FILE.replace(`${process.cwd()}/`, '')}): ${(size / 1e6).toFixed(2)} MB, ${net.nodeCount} nodes, ${net.edgeCount} edges`,
);
console.log(
  `  load (read + decode + adjacency), median of ${RUNS}: ${ms(load.median)} (read ${ms(summarise(read).median)}, decode ${ms(summarise(decode).median)}, adjacency ${ms(summarise(ready).median)})`,
);
console.log(`  snap index, median of ${RUNS}: ${ms(summarise(indexing).median)}`);
for (const [name, stops] of routes) {
  let km = 0;
  const t = timeMedian(
    () => {
      const legs = routeStops(net as WorldNetwork, index as SnapIndex, stops, []);
      km = legs.reduce((s, l) => s + (l.outcome === 'track' ? 1 : 0), 0);
    },
    9,
    2,
  );
  const legs = routeStops(net, index, stops, []);
  const figure = legs.map((l) => l.leg.properties.line).join(', ');
  console.log(
    `  route ${name}: ${ms(t.median)} (min ${ms(t.min)}, max ${ms(t.max)}; ${km} of ${legs.length} legs on track: ${figure})`,
  );
}
console.log('  error against published figures (routed through the stops the trains call at):');
for (const r of PUBLISHED_ROUTES) {
  const legs = routeStops(net, index, r.stops, []);
  const km = legs.reduce((sum, l) => sum + legLength(l.leg), 0);
  const off = legs.filter((l) => l.outcome !== 'track').length;
  console.log(
    `    ${r.name}: ${km.toFixed(0)} km for ${r.km} (${(((km - r.km) / r.km) * 100).toFixed(1)}%)${off ? `, ${off} legs off the track` : ''}; ${r.source}`,
  );
}
console.log(`  machine: ${cpus().length} cores, load average ${loadavg()[0]?.toFixed(1)}`);
