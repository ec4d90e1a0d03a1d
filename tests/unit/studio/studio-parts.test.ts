import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkArticle } from '../../../src/draft/article-bytes';
import { formInput, htmlToText } from '../../../src/studio/article-input';
import { edit, NO_EDITS } from '../../../src/studio/edits';
import { storyZip, WORK_FILE, workOf } from '../../../src/studio/folder-io';
import { reviewItems } from '../../../src/studio/review-list';
import { loadWork, saveWork } from '../../../src/studio/storage';
import { readZip } from '../../../src/studio/zip';

const ARTICLE = readFileSync('tests/fixtures/studio/andalusia-sleeper.txt', 'utf8');
const input = { file: 'article.txt', text: ARTICLE };
const memory = () => {
  const m = new Map<string, string>();
  return {
    getItem: (k: string) => m.get(k) ?? null,
    setItem: (k: string, v: string) => void m.set(k, v),
    removeItem: (k: string) => void m.delete(k),
  };
};

describe('the review checklist', () => {
  it("reads REVIEW.md's items under their sections, in order, counts dropped", () => {
    const md =
      '# Review: x\n\nIntro.\n\n## Claims to place (2)\n\n- `a`: one\n- `b`: two\n\n## Readings to confirm (1)\n\n- Stops: A → B\n';
    expect(reviewItems(md)).toEqual([
      { section: 'Claims to place', text: '`a`: one' },
      { section: 'Claims to place', text: '`b`: two' },
      { section: 'Readings to confirm', text: 'Stops: A → B' },
    ]);
  });
});

describe("the work kept in the browser's storage", () => {
  it('comes back as it was kept, with its history', () => {
    const store = memory();
    const edits = edit.claim(edit.move(NO_EDITS, 'madrid', [-3.7, 40.4]), 'x', { rejected: true });
    expect(saveWork({ inputs: [input], edits, history: [NO_EDITS] }, store)).toBeNull();
    expect(loadWork(store)).toEqual({ inputs: [input], edits, history: [NO_EDITS] });
  });

  it('starts afresh on what it cannot read, and says when the storage refuses', () => {
    const store = memory();
    store.setItem('kim-train-map:studio', '{not json');
    expect(loadWork(store)).toBeNull();
    const full = {
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(saveWork({ inputs: [input], edits: NO_EDITS, history: [] }, full)).toBe(
      "the work could not be kept in this browser's storage (QuotaExceededError): download the story to keep it",
    );
  });
});

describe('a downloaded folder opened again', () => {
  it('continues from the work the zip keeps', async () => {
    const work = { inputs: [input], edits: edit.reject(NO_EDITS, 42), history: [NO_EDITS] };
    const files = { 'story.json': '{"id":"night-train"}\n', 'article.txt': ARTICLE };
    const zip = storyZip(files, work);
    expect(zip.name).toBe('night-train.zip');
    const back = await readZip(zip.bytes);
    expect(Object.keys(back).sort()).toEqual(['article.txt', 'story.json', WORK_FILE]);
    expect(workOf(back, zip.name)).toEqual(work);
  });

  it('drafts again from the articles story.json names when the studio kept no work', () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const manifest = {
      articles: [
        { file: 'a.txt', outlet: 'The Test Gazette', title: 'T', published: '2024-05-14' },
      ],
    };
    const w = workOf(
      { 'story.json': enc(JSON.stringify(manifest)), 'a.txt': enc(ARTICLE) },
      'my-story',
    );
    expect(w.inputs).toEqual([
      {
        file: 'a.txt',
        text: ARTICLE,
        outlet: 'The Test Gazette',
        title: 'T',
        published: '2024-05-14',
      },
    ]);
    expect(w.edits).toEqual(NO_EDITS);
    expect(() => workOf({ 'story.json': enc(JSON.stringify(manifest)) }, 'my-story')).toThrow(
      'my-story: no article file "a.txt" beside story.json',
    );
    expect(() => workOf({}, 'notes.zip')).toThrow(
      'notes.zip has no story.json: expected a story folder',
    );
  });
});

describe('the article as the editor gives it', () => {
  let restore: () => void;
  beforeAll(() => {
    const { DOMParser } = parseHTML('<!doctype html><html></html>');
    const g = globalThis as Record<string, unknown>;
    const was = g.DOMParser;
    g.DOMParser = DOMParser;
    restore = () => {
      g.DOMParser = was;
    };
  });
  afterAll(() => restore());

  it('checks pasted text with story:draft’s own checks and words', () => {
    const page = `<!doctype html><html><body>${'<p>x</p>'.repeat(30)}</body></html>`;
    const cli = (() => {
      try {
        checkArticle('article.txt', new TextEncoder().encode(page));
      } catch (e) {
        return (e as Error).message;
      }
    })();
    expect(cli).toMatch(/^article\.txt looks like an HTML page/);
    expect(() =>
      formInput({ text: page, file: 'article.txt', outlet: '', title: '', published: '' }),
    ).toThrow(cli);
    expect(() =>
      formInput({ text: '  \n', file: 'article.txt', outlet: '', title: '', published: '' }),
    ).toThrow('article.txt is empty: expected the article');
    expect(
      formInput({
        text: ARTICLE,
        file: 'article.txt',
        outlet: ' The Post ',
        title: '',
        published: '2024-05-14',
      }),
    ).toEqual({
      file: 'article.txt',
      text: ARTICLE,
      outlet: 'The Post',
      title: null,
      published: '2024-05-14',
    });
  });

  it("reads an HTML page's headings and paragraphs, not its scripts or navigation", () => {
    const html =
      '<html><head><style>p{}</style></head><body><nav><p>Home</p></nav><h1>Night train</h1><p>It left <b>Madrid</b>\n on Monday.</p><script>x()</script><p>It reached Seville.</p></body></html>';
    expect(htmlToText(html)).toBe(
      'Night train\n\nIt left Madrid on Monday.\n\nIt reached Seville.',
    );
  });
});
