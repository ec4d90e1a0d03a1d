import type { FeatureCollection } from 'geojson';
import { TITLE } from '../config';
import type { GeoData } from '../data/load';
import type { JourneyView } from '../journey/derive';
import { DEFAULT_STATE, serializeUrlState, type ViewState } from '../state/url-state';
import { createControls, type SpeedPreset } from './controls';
import { h, scrollBox } from './dom';
import { createEmbedButton } from './embed-dialog';
import { createExportButtons, type ExportActions } from './export-buttons';
import { renderLegsTable, renderTimeline } from './journey-tables';
import { renderKeyFigures } from './key-figures';
import { renderLedger } from './ledger';
import { createPanel, type Section } from './panel';
import { createPlacesSection } from './places-section';
import { createRouteSection } from './route-panel';

export interface AppPanelOptions {
  host: HTMLElement;
  data: GeoData;
  state: ViewState;
  presets: SpeedPreset[];
  view: () => JourneyView;
  lines: () => FeatureCollection;
  name: (id: string) => string;
  exports: ExportActions;
  onChange: (patch: Partial<ViewState>) => void;
  onToggle: (open: boolean) => void;
  onSection: (s: Section) => void;
  onRoute: (visible: boolean) => void;
  onPlace: (id: string | null, from: 'list' | 'close') => void;
}

/** The whole panel: controls, the claims, journey and places sections, embed and downloads. */
export function createAppPanel(o: AppPanelOptions) {
  const { state, data, name } = o;
  const panel = createPanel(o.host, {
    open: state.panel === 'open',
    showTitle: !state.embed || state.title,
    onToggle: o.onToggle,
    onSection: o.onSection,
  });
  panel.show(state.section);
  const controls = createControls(o.presets, o.onChange);
  panel.controls.append(controls.element);
  if (!state.embed) {
    panel.actions.append(
      createEmbedButton(() => {
        const url = new URL(window.location.href);
        url.search = serializeUrlState({ ...state, embed: true }, DEFAULT_STATE);
        return url.href;
      }, TITLE),
    );
  }
  const keyFigures = h('div');
  const ledger = scrollBox('Claims ledger (scrolls sideways)');
  panel.sections.claims.append(keyFigures, ledger);
  const legs = scrollBox('Legs (scrolls sideways)');
  const timeline = scrollBox('Timeline (scrolls sideways)');
  const offRoute = data.rail
    .filter((l) => !l.properties.onRoute)
    .map(({ properties: { from, to } }) => ({ from, to }));
  const route = createRouteSection(o.view(), offRoute, name, o.onRoute);
  panel.sections.journey.append(
    h('h2', {}, 'Legs'),
    legs,
    h('h2', {}, 'Timeline'),
    timeline,
    route.element,
  );
  const places = createPlacesSection(panel.sections.places, data.places, data.articles, o.onPlace);
  panel.body.append(createExportButtons(o.exports));

  const render = () => {
    const v = o.view();
    controls.update(state);
    keyFigures.replaceChildren(renderKeyFigures(o.lines(), state.mode, name, v, state.units));
    ledger.replaceChildren(renderLedger(v.claims, data.articles, state.units, name));
    legs.replaceChildren(renderLegsTable(v, state.units, name));
    timeline.replaceChildren(renderTimeline(v, o.presets, state.units, name));
    route.update(state.units);
  };
  return { panel, places, render };
}
