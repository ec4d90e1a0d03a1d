/**
 * The studio's page: the article form, the worker, the panels and the map wired together.
 */
import { fileText, formInput } from './article-input';
import { renderArticle } from './article-view';
import { renderClaims } from './claims-panel';
import { edit } from './edits';
import { download, openFiles, storyZip, workOf } from './folder-io';
import { renderSearch } from './place-search';
import { renderPlaces } from './places-panel';
import { renderReview } from './review-list';
import { createSession, type Drafted } from './session';
import type { StudioMap } from './studio-map';
import { draftClient } from './worker-messages';
import 'virtual:palette.css';
import './studio.css';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const base = new URL('.', location.href).href;
const client = draftClient(
  new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
  base,
);
const status = $('status');
const error = $('error');
const say = (s: string) => {
  status.textContent = s;
  error.textContent = '';
};
const fail = (m: string) => {
  error.textContent = m;
  status.textContent = '';
  document.body.classList.remove('busy');
};
const article = $<HTMLTextAreaElement>('article');
let fileName = 'article.txt';
let map: StudioMap | null = null;
let mapReady: Promise<StudioMap> | null = null;
const search = async (name: string) => (await client.search(name)).entries;

/** A selector for the focused control that finds it again once the lists are drawn anew. */
function focusKey(): string | null {
  const a = document.activeElement;
  if (!(a instanceof HTMLElement) || a === document.body) return null;
  if (a.id) return `#${CSS.escape(a.id)}`;
  const label = a.getAttribute('aria-label');
  return label ? `${a.tagName.toLowerCase()}[aria-label="${CSS.escape(label)}"]` : null;
}

function show(d: Drafted): void {
  document.body.classList.remove('busy');
  // Keyboard users keep their place: the control they used has the focus again after the redraw.
  const key = focusKey();
  const change = session.change;
  const { checked, files, work } = d;
  renderReview($('review'), files['REVIEW.md'] ?? '', work.edits, change);
  renderPlaces($('places'), checked, work.edits, change, search);
  renderClaims($('claims'), checked, work.edits, change);
  renderArticle(
    $('article-view'),
    work.inputs.map((i) => i.text).join('\n\n'),
    checked.data.claims,
  );
  if (key && (document.activeElement === document.body || !document.activeElement))
    document.querySelector<HTMLElement>(key)?.focus();
  for (const id of ['download', 'preview']) $<HTMLButtonElement>(id).disabled = false;
  $<HTMLButtonElement>('undo').disabled = work.history.length === 0;
  // The figures npm run bench reads (bench/studio.ts): the draft's and the index's.
  Object.assign(document.body.dataset, {
    drafts: String(Number(document.body.dataset.drafts ?? 0) + 1),
    draftMs: String(d.seconds * 1000),
    indexMs: String(d.index.ms),
    indexBytes: String(d.index.bytes),
  });
  const n = checked.claims.length;
  say(
    `Drafted ${checked.data.places.length} places and ${n} claims in ${d.seconds.toFixed(2)} s${checked.problems.length ? `; ${checked.problems.length} problem(s) to fix` : ''}.`,
  );
  // The map (MapLibre) loads with the first draft, not with the page.
  mapReady ??= import('./studio-map').then(({ createStudioMap }) =>
    createStudioMap($('studio-map'), base, (place, at) => change((e) => edit.move(e, place, at))),
  );
  mapReady.then(
    (m) => {
      map = m;
      map.show(checked);
    },
    (e) => fail(`the map could not be drawn (${(e as Error).message})`),
  );
}

const session = createSession(client, show, fail);
renderSearch($('search'), search, session.change);

$('article-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  try {
    const v = (id: string) => $<HTMLInputElement>(id).value;
    const input = formInput({
      text: article.value,
      file: fileName,
      outlet: v('outlet'),
      title: v('title'),
      published: v('published'),
    });
    document.body.classList.add('busy');
    say('Drafting… (the first draft loads the gazetteer)');
    session.draft([input]);
  } catch (e) {
    fail((e as Error).message);
  }
});
article.addEventListener('dragover', (ev) => ev.preventDefault());
article.addEventListener('drop', async (ev) => {
  ev.preventDefault();
  const file = ev.dataTransfer?.files[0];
  if (!file) return;
  try {
    article.value = await fileText(file);
    fileName = file.name.replace(/\.html?$/i, '.txt');
    say(`Read ${file.name}.`);
  } catch (e) {
    fail((e as Error).message);
  }
});
$('undo').addEventListener('click', () => session.undo());
$('download').addEventListener('click', () => {
  const d = session.last();
  if (!d) return;
  const zip = storyZip(d.files, d.work);
  download(zip.name, zip.bytes);
  say(
    `Downloaded ${zip.name}: check it with npm run story:check, build it with STORY=<folder> npm run build.`,
  );
});
$('preview').addEventListener('click', async () => {
  const d = session.last();
  if (!d) return;
  const { showPreview } = await import('./preview');
  await showPreview($<HTMLDialogElement>('preview-dialog'), $('preview-body'), d.files).catch((e) =>
    fail((e as Error).message),
  );
});
for (const id of ['open-zip', 'open-folder'])
  $<HTMLInputElement>(id).addEventListener('change', async (ev) => {
    const input = ev.target as HTMLInputElement;
    try {
      const opened = await openFiles(Array.from(input.files ?? []));
      const work = workOf(opened.files, opened.label);
      article.value = work.inputs.map((i) => i.text).join('\n\n');
      say(`Opened ${opened.label}; drafting…`);
      session.resume(work);
    } catch (e) {
      fail((e as Error).message);
    }
    input.value = '';
  });
$('clear').addEventListener('click', () => {
  session.clear();
  location.reload();
});

const kept = session.saved();
if (kept) {
  article.value = kept.inputs.map((i) => i.text).join('\n\n');
  say('Restoring the work kept in this browser…');
  session.resume(kept);
}
