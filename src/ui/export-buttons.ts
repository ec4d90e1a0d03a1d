import type { ExportActions } from '../export/actions';
import { h } from './dom';
import './buttons.css';
import './export-buttons.css';

/** Download the current map view as a picture, or the places, route and claims as data. */
export function createExportButtons(a: ExportActions): HTMLElement {
  const status = h('span', { class: 'export-status', role: 'status' });
  const button = (text: string, run: () => unknown) => {
    const b = h('button', { type: 'button', class: 'export-button' }, text);
    b.addEventListener('click', async () => {
      status.textContent = '';
      try {
        await run();
      } catch (e) {
        status.textContent = `Could not download: ${e instanceof Error ? e.message : String(e)}`;
      }
    });
    return b;
  };
  return h(
    'footer',
    { class: 'panel-footer' },
    h('span', { class: 'control-label' }, 'Download'),
    button('Map image (PNG)', a.png),
    button('Data (GeoJSON)', a.geojson),
    button('Data (CSV)', a.csv),
    videoButton(a.video, status),
    status,
  );
}

/** "Video (WebM)": a progress bar and a Cancel button while it renders. */
function videoButton(run: ExportActions['video'], status: HTMLElement): HTMLElement {
  const start = h('button', { type: 'button', class: 'export-button' }, 'Video (WebM)');
  const bar = h('progress', {
    class: 'video-progress',
    max: '1',
    value: '0',
    'aria-label': 'Video progress',
  });
  const cancel = h('button', { type: 'button', class: 'export-button' }, 'Cancel video');
  const busy = h('span', { class: 'video-busy', hidden: true }, bar, cancel);
  let job: AbortController | null = null;
  cancel.addEventListener('click', () => job?.abort());
  start.addEventListener('click', async () => {
    job = new AbortController();
    start.disabled = true;
    busy.hidden = false;
    status.textContent = 'Rendering the video…';
    try {
      await run((share) => {
        (bar as HTMLProgressElement).value = share;
      }, job.signal);
      status.textContent = 'Video ready.';
    } catch (e) {
      status.textContent =
        e instanceof DOMException && e.name === 'AbortError'
          ? 'Video cancelled.'
          : `Could not make the video: ${e instanceof Error ? e.message : String(e)}`;
    } finally {
      job = null;
      start.disabled = false;
      busy.hidden = true;
      (bar as HTMLProgressElement).value = 0;
    }
  });
  return h('span', { class: 'video-export' }, start, busy);
}
