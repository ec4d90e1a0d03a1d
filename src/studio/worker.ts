/// <reference lib="webworker" />
import { type ArticleInput, draftStory } from '../draft/draft';
import type { Gazetteer } from '../draft/gazetteer';
import { fold } from '../draft/text';
import { applyEdits } from './apply-edits';
import { type Edits, editedGazetteer } from './edits';
import { loadIndex } from './gazetteer-index';
import { type Network, readNetwork, routeFiles } from './route';
import type { Found, WorkerReply, WorkerRequest } from './worker-messages';

/**
 * The studio's worker: loads the gazetteer index once (on the first request that needs it) and
 * drafts with the same code as `npm run story:draft` (src/draft/draft.ts), off the page's thread.
 */
let index: Promise<{ gazetteer: Gazetteer; bytes: number; ms: number }> | null = null;
const gazetteer = (base: string) => {
  index ??= loadIndex(base, async (url) => {
    const res = await fetch(url);
    if (!res.ok)
      throw new Error(`the gazetteer index could not be fetched (HTTP ${res.status} ${url})`);
    return new Uint8Array(await res.arrayBuffer());
  });
  index.catch(() => {
    index = null;
  });
  return index;
};

/** The last draft, made again only when the article or a place choice changed. */
let last: { key: string; files: Record<string, string> } | null = null;

/** The world rail network (geo/network), fetched and indexed once, on the first draft. */
let network: Promise<Network> | null = null;
const railNetwork = (base: string) => {
  network ??= fetch(new URL('network/rail-world.bin', base)).then(async (res) => {
    if (!res.ok) throw new Error(`the rail network could not be fetched (HTTP ${res.status})`);
    return readNetwork(new Uint8Array(await res.arrayBuffer()));
  });
  network.catch(() => {
    network = null;
  });
  return network;
};

function draft(
  g: Gazetteer,
  n: Network,
  inputs: ArticleInput[],
  edits: Edits,
): Record<string, string> {
  const key = JSON.stringify([inputs, edits.rejected, edits.chosen]);
  if (last?.key !== key) last = { key, files: draftStory(inputs, editedGazetteer(g, edits)).files };
  return routeFiles(applyEdits(last.files, edits), n);
}

/** Entries whose name folds to `name`, most populous first (at most `max`), with their regions. */
function named(g: Gazetteer, name: string, max: number): Found[] {
  const key = fold(name.trim());
  if (!key) return [];
  return (g.lookup(new Set([key])).get(key) ?? []).slice(0, max).map(({ entry }) => ({
    entry,
    region:
      g.regions.find((r) => r.country === entry.country && r.code === entry.admin1)?.name ?? null,
  }));
}

async function handle(req: WorkerRequest): Promise<WorkerReply> {
  const { gazetteer: g, bytes, ms } = await gazetteer(req.base);
  const index = { bytes, ms };
  if (req.type === 'search')
    return { id: req.id, ok: true, entries: named(g, req.name, 12), index };
  const n = await railNetwork(req.base);
  const start = performance.now();
  const files = draft(g, n, req.inputs, req.edits);
  return { id: req.id, ok: true, files, ms: performance.now() - start, index };
}

self.onmessage = async (ev: MessageEvent<WorkerRequest>) => {
  let reply: WorkerReply;
  try {
    reply = await handle(ev.data);
  } catch (e) {
    reply = { id: ev.data.id, ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  (self as unknown as Worker).postMessage(reply);
};
