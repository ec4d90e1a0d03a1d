/**
 * Builds the world rail network committed in geo/network/ from the shared data folder.
 * Usage: npm run data:network   (input folder: $SHARED_DATA or ../shared/data). docs/network.md.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildNetwork } from '../tools/network/build.ts';
import { NETWORK_SOURCE } from '../tools/network/source.ts';

const dir = resolve(process.env.SHARED_DATA ?? '../shared/data');
if (!existsSync(join(dir, NETWORK_SOURCE.file))) {
  console.error(
    `data:network needs ${NETWORK_SOURCE.file} in ${dir} (set SHARED_DATA to the folder that has it)`,
  );
  process.exit(1);
}
try {
  for (const line of buildNetwork(dir)) console.log(line);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
}
