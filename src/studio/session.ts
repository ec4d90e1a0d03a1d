/**
 * The studio's state: the articles and the edits, drafted again on each change, with Undo.
 */
import type { ArticleInput } from '../draft/draft';
import { type Checked, checkFiles } from './check';
import { type Edits, NO_EDITS } from './edits';
import { loadWork, saveWork, type Work } from './storage';
import type { draftClient, IndexFigures } from './worker-messages';

type Client = ReturnType<typeof draftClient>;

/** What the page shows after each draft: the folder's files and what the check made of them. */
export interface Drafted {
  work: Work;
  files: Record<string, string>;
  checked: Checked;
  /** Seconds the draft took in the worker, and the gazetteer index's size and load time. */
  seconds: number;
  index: IndexFigures;
}

/**
 * The studio's one state: the articles and the edits. Every change drafts again in the worker
 * (the same code as story:draft), checks the folder as the page would, keeps the work in the
 * browser's storage and reports to `show`. Changes run one after another.
 */
export function createSession(
  client: Client,
  show: (d: Drafted) => void,
  fail: (m: string) => void,
) {
  let work: Work | null = loadWork();
  let queue: Promise<void> = Promise.resolve();
  let last: Drafted | null = null;
  const run = (next: Work) =>
    (queue = queue.then(async () => {
      try {
        const r = await client.draft(next.inputs, next.edits);
        const checked = await checkFiles(r.files);
        work = next;
        const kept = saveWork(work);
        last = { work, files: r.files, checked, seconds: r.ms / 1000, index: r.index };
        show(last);
        if (kept) fail(kept);
      } catch (e) {
        fail(e instanceof Error ? e.message : String(e));
      }
    }));
  return {
    saved: () => work,
    last: () => last,
    /** A new draft from the articles: the edits start afresh. */
    draft: (inputs: ArticleInput[]) => run({ inputs, edits: NO_EDITS, history: [] }),
    /** The work as kept (a reload, or an opened folder's studio.json). */
    resume: (w: Work) => run(w),
    change: (f: (e: Edits) => Edits) => {
      if (!work) return queue;
      return run({ ...work, edits: f(work.edits), history: [...work.history, work.edits] });
    },
    undo: () => {
      const prev = work?.history.at(-1);
      if (!work || !prev) return queue;
      return run({ ...work, edits: prev, history: work.history.slice(0, -1) });
    },
    clear: () => {
      work = null;
      last = null;
      saveWork(null);
    },
  };
}
