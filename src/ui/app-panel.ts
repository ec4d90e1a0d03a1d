import type { GeoData } from '../data/load';
import type { Lookup } from '../data/lookup';
import type { ExportActions } from '../export/actions';
import type { Model } from '../journey/model';
import type { Verdict } from '../journey/verdict';
import { nextTask } from '../next-task';
import { type AppStore, choicesOf } from '../state/app-state';
import { DEFAULT_STATE, serializeUrlState } from '../state/url-state';
import { replayWords } from '../words/replay-words';
import { createClock } from './clock';
import { createControls } from './controls';
import { h, scrollBox } from './dom';
import { createEmbedButton } from './embed-button';
import { createExportButtons } from './export-buttons';
import { renderKeyFigures } from './key-figures';
import { renderLedger } from './ledger';
import { createLedgerFilter } from './ledger-filter';
import { renderOutcomeSources } from './outcome-sources';
import { createPanel, type Section } from './panel';
import { createHindsightSwitch, renderVerdictKey, renderVerdictSummary } from './verdict-summary';
import { createViewSettings } from './view-settings';

export interface AppPanelOptions {
  host: HTMLElement;
  data: GeoData;
  model: Model;
  store: AppStore;
  lookup: Lookup;
  exports: ExportActions;
  /** Draw every section now (the page written at build time), not each when first shown. */
  eager?: boolean;
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
  const replayText = replayWords(model, lookup);
  const clock = createClock(store, model, lookup, replayText);
  const reportedKmh = model.base.presets[0]?.kmh ?? DEFAULT_STATE.speed;
  panel.controls.append(
    clock.element,
    createViewSettings(store, [clock.options, controls.element], {
      eager: o.eager === true,
      reportedKmh,
    }),
  );
  // Over the map, where the panel's clock is out of reach (phones, a collapsed embed): loaded
  // where the page is that narrow or embedded (compact-clock.css shows it only there).
  const narrow = o.eager ? null : window.matchMedia('(max-width: 640px)');
  const compact = () =>
    import('./compact-clock').then((m) =>
      o.host.before(m.createCompactClock(store, model, replayText)),
    );
  if (!narrow || s0.embed || narrow.matches) await compact();
  else narrow.addEventListener('change', () => void compact(), { once: true });
  if (s0.embed) {
    const url = new URL(window.location.href);
    url.search = serializeUrlState({ ...store.get(), embed: false }, DEFAULT_STATE);
    panel.actions.append(
      h(
        'a',
        { class: 'full-page-link', href: url.href, target: '_blank', rel: 'noopener' },
        'Full page ↗',
      ),
    );
  } else {
    const link = () => {
      const url = new URL(window.location.href);
      url.search = serializeUrlState({ ...store.get(), embed: true }, DEFAULT_STATE);
      return url.href;
    };
    panel.actions.append(createEmbedButton(link, manifest.title));
  }
  const summary = h('div', { class: 'verdict-glance' });
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
  await nextTask();
  // The places' list and details: a chunk, loaded when the section is shown or a place chosen.
  type Places = ReturnType<typeof import('./places-section').createPlacesSection>;
  let places: Promise<Places> | null = null;
  const placesReady = () => {
    places ??= import('./places-section').then((m) =>
      m.createPlacesSection(panel.sections.places, data, (place, from) =>
        store.set({ place, placeFrom: from }),
      ),
    );
    return places;
  };
  panel.body.append(createExportButtons(o.exports));

  const at = () => model.at(choicesOf(store.get()));
  const reportedSpeed = reportedKmh;
  const pickVerdict = (verdict: Verdict) => {
    store.set({ section: 'claims', panel: 'open' });
    panel.setOpen(true);
    filter.choose(verdict);
    panel.toSection(filter.element);
  };
  const parts: [(s: ReturnType<typeof store.get>) => unknown[], () => void][] = [
    [(s) => [s.mode, s.speed, s.units], () => controls.update(store.get())],
    [
      // The headline: the articles' verdicts at the story's own speed; a what-if speed changes
      // the times shown and the ledger, not these counts.
      (s) => [s.hindsight],
      () => {
        const { hindsight: h } = store.get();
        const claims = model.at({ ...choicesOf(store.get()), speedKmh: reportedSpeed }).view.claims;
        summary.replaceChildren(
          renderVerdictSummary(claims, data.articles, h, pickVerdict),
          renderVerdictKey(claims, data.articles, h),
        );
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
  ];
  for (const [select, draw] of parts) {
    await nextTask();
    draw();
    store.subscribe(select, draw);
  }
  // The journey's tables and route: drawn the first time their section is shown (a chunk).
  let journey: Promise<unknown> | null = null;
  const journeyReady = () => {
    journey ??= import('./journey-section').then((m) =>
      m.drawJourneySection(panel.sections.journey, { store, data, model, name }),
    );
    return journey;
  };
  const show = (section: Section) => {
    panel.show(section);
    if (section === 'places') void placesReady();
    if (section === 'journey') void journeyReady();
  };
  // A printed page holds every table: the journey's are drawn once the first view has settled,
  // and at the latest when printing starts.
  if (!o.eager) {
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? (f: () => void) => window.requestIdleCallback(f)
        : (f: () => void) => setTimeout(f, 2000);
    idle(() => void journeyReady());
    window.addEventListener('beforeprint', () => void journeyReady(), { once: true });
  }
  // A place in the address opens its section: what the articles say of it is what the link is for.
  if (store.get().place && store.get().placeFrom === 'link') store.set({ section: 'places' });
  show(store.get().section);
  if (o.eager || store.get().place) {
    const p = await placesReady();
    p.show(store.get().place);
  }
  if (o.eager) {
    show('journey');
    await journey;
    panel.show(store.get().section);
  }
  panel.attach();
  if (store.get().place) void placesReady().then((p) => p.reveal());
  // A reader in the panel (a pointer over it, a focus in it) may open Places next: the list is
  // readied then, so that Enter on its button and the next Tab land in it.
  for (const type of ['focusin', 'pointerenter'])
    o.host.addEventListener(type, () => void placesReady(), { once: true });
  store.subscribe((s) => s.section, show);
  store.subscribe(
    (s) => s.place,
    async (id, previous) => {
      const p = await placesReady();
      p.show(id);
      if (id) p.reveal();
      const from = store.get().placeFrom;
      if (from === 'list') p.focusTitle();
      else if (from === 'close' && previous) p.focusButton(previous);
    },
  );
  document.addEventListener('keydown', (e) => {
    const { place } = store.get();
    if (e.key === 'Escape' && place && !document.querySelector('dialog[open]'))
      store.set({ place: null, placeFrom: 'close' });
  });
}
