import { h } from './dom';
import './buttons.css';
import './export-buttons.css';

export interface ExportActions {
  png: () => Promise<void>;
  geojson: () => void;
  csv: () => void;
}

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
    status,
  );
}
