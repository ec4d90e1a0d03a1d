import type { GeoData } from '../data/load';
import type { Lookup } from '../data/lookup';
import type { ExportActions } from '../export/actions';
import type { Model } from '../journey/model';
import { nextTask } from '../next-task';
import { type AppStore, choicesOf } from '../state/app-state';
import { DEFAULT_STATE, serializeUrlState } from '../state/url-state';
import { replayWords } from '../words/replay-words';
import { createClock } from './clock';
import { createCompactClock } from './compact-clock';
import { createControls } from './controls';
import { h, scrollBox } from './dom';
import { createEmbedButton } from './embed-dialog';
import { createExportButtons } from './export-buttons';
import { renderLegsTable, renderTimeline } from './journey-tables';
import { renderKeyFigures } from './key-figures';
import { renderLedger } from './ledger';
import { createLedgerFilter } from './ledger-filter';
import { renderOutcomeSources } from './outcome-sources';
import { createPanel } from './panel';
import { createPlacesSection } from './places-section';
import { createRouteSection } from './route-panel';
import { createHindsightSwitch, renderVerdictSummary } from './verdict-summary';

export interface AppPanelOptions {
  host: HTMLElement;
  data: GeoData;
  model: Model;
  store: AppStore;
  lookup: Lookup;
  exports: ExportActions;
}

/**
 * The whole panel: controls, the claims, journey and places sections, embed and downloads. Each
 * part subscribes to the choices it shows: a speed change redraws the ledger and the legs, not
 * the timeline or the route table. The parts are drawn one task at a time, apart from the page,
 * and the panel takes the host's place whole when they are all drawn (resolved then).
 */
export async function createAppPanel(o: AppPanelOptions): Promise<void> {
  const { store, data, model, lookup } = o;
  const { name } = lookup;
  const { manifest } = data;
  const s0 = store.get();
  const panel = createPanel(o.host, {
    title: manifest.title,
    open: s0.panel === 'open',
    showTitle: !s0.embed || s0.title,
    onToggle: (open) => store.set({ panel: open ? 'open' : 'closed' }),
    onSection: (section) => store.set({ section }),
  });
  const controls = createControls(model.base.presets, (patch) => store.set(patch));
  panel.controls.append(createClock(store, model, lookup), controls.element);
  // Over the map, where the panel's clock is out of reach (phones, a collapsed embed).
  o.host.before(createCompactClock(store, model, replayWords(model, lookup)));
  if (!s0.embed) {
    const link = () => {
      const url = new URL(window.location.href);
      url.search = serializeUrlState({ ...store.get(), embed: true }, DEFAULT_STATE);
      return url.href;
    };
    panel.actions.append(createEmbedButton(link, manifest.title));
  }
  const summary = h('div');
  const hindsight =
    data.outcomes.length > 0
      ? createHindsightSwitch(s0.hindsight, (v) => store.set({ hindsight: v }))
      : null;
  panel.glance.append(summary, ...(hindsight ? [hindsight.element] : []));
  const keyFigures = h('div');
  const ledger = scrollBox('Claims ledger (scrolls sideways)');
  const filter = createLedgerFilter(() => filter.apply(ledger));
  panel.sections.claims.append(keyFigures, filter.element, ledger);
  const sources = renderOutcomeSources(
    data.outcomes,
    data.articles.length,
    name,
    manifest.timeZones,
  );
  if (sources) panel.sections.claims.append(sources);
  const legs = scrollBox('Legs (scrolls sideways)');
  const timeline = scrollBox('Timeline (scrolls sideways)');
  await nextTask();
  const offRoute = data.rail
    .filter((l) => !l.properties.onRoute)
    .map(({ properties: { from, to } }) => ({ from, to }));
  const route = createRouteSection(model.base, offRoute, name, (routeVisible) =>
    store.set({ routeVisible }),
  );
  panel.sections.journey.append(
    h('h2', {}, 'Legs'),
    legs,
    h('h2', {}, 'Timeline'),
    timeline,
    route.element,
  );
  await nextTask();
  const places = createPlacesSection(panel.sections.places, data, (place, from) =>
    store.set({ place, placeFrom: from }),
  );
  panel.body.append(createExportButtons(o.exports));

  const at = () => model.at(choicesOf(store.get()));
  const parts: [(s: ReturnType<typeof store.get>) => unknown[], () => void][] = [
    [(s) => [s.mode, s.speed, s.units], () => controls.update(store.get())],
    [
      (s) => [s.speed, s.hindsight],
      () => {
        const { hindsight: h } = store.get();
        summary.replaceChildren(renderVerdictSummary(at().view.claims, data.articles, h));
        hindsight?.update(h);
      },
    ],
    [
      (s) => [s.mode, s.units, s.hindsight],
      () => {
        const { view, lines } = at();
        const { mode, units } = store.get();
        keyFigures.replaceChildren(renderKeyFigures(lines, mode, name, view, units));
      },
    ],
    [
      (s) => [s.speed, s.units, s.hindsight],
      () => {
        const { view } = at();
        const { units, hindsight: h } = store.get();
        ledger.replaceChildren(
          renderLedger(view.claims, {
            articles: data.articles,
            units,
            name,
            zones: view.zones,
            hindsight: h,
            outcomes: data.outcomes,
            happened: view.happened?.timeline ?? null,
          }),
        );
        filter.update(view.claims, h);
        filter.apply(ledger);
      },
    ],
    [
      (s) => [s.speed, s.units],
      () => legs.replaceChildren(renderLegsTable(at().view, store.get().units, name)),
    ],
    [
      (s) => [s.units],
      () => {
        const { units } = store.get();
        const text = manifest.text.assumptions;
        timeline.replaceChildren(renderTimeline(at().view, text, manifest.partsOfDay, units, name));
        route.update(units);
      },
    ],
  ];
  for (const [select, draw] of parts) {
    await nextTask();
    draw();
    store.subscribe(select, draw);
  }
  panel.show(store.get().section);
  places.show(store.get().place);
  panel.attach();
  store.subscribe((s) => s.section, panel.show);
  store.subscribe(
    (s) => s.place,
    (id, previous) => {
      places.show(id);
      const from = store.get().placeFrom;
      if (from === 'list') places.focusTitle();
      else if (from === 'close' && previous) places.focusButton(previous);
    },
  );
  document.addEventListener('keydown', (e) => {
    const { place } = store.get();
    if (e.key === 'Escape' && place && !document.querySelector('dialog[open]'))
      store.set({ place: null, placeFrom: 'close' });
  });
}
