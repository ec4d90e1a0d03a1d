import type { GeoData } from '../data/load';
import type { Model } from '../journey/model';
import { type AppStore, choicesOf } from '../state/app-state';
import { h, scrollBox } from './dom';
import { renderLegsTable, renderTimeline } from './journey-tables';
import { createRouteSection } from './route-panel';

export interface JourneySectionOptions {
  store: AppStore;
  data: GeoData;
  model: Model;
  name: (id: string) => string;
}

/**
 * The journey section: the legs, the timeline and the route, each redrawn with the choices it
 * shows (the legs with the speed and units, the rest with the units). Loaded and drawn the first
 * time the section is shown: the map and the claims need none of it.
 */
export function drawJourneySection(host: HTMLElement, o: JourneySectionOptions): void {
  const { store, data, model, name } = o;
  const { manifest } = data;
  const legs = scrollBox('Legs (scrolls sideways)');
  const timeline = scrollBox('Timeline (scrolls sideways)');
  const offRoute = data.rail
    .filter((l) => !l.properties.onRoute)
    .map(({ properties: { from, to } }) => ({ from, to }));
  const route = createRouteSection(model.base, offRoute, name, (routeVisible) =>
    store.set({ routeVisible }),
  );
  host.replaceChildren(h('h2', {}, 'Legs'), legs, h('h2', {}, 'Timeline'), timeline, route.element);
  const at = () => model.at(choicesOf(store.get()));
  const drawLegs = () => legs.replaceChildren(renderLegsTable(at().view, store.get().units, name));
  const drawRest = () => {
    const { units } = store.get();
    const text = manifest.text.assumptions;
    timeline.replaceChildren(renderTimeline(at().view, text, manifest.partsOfDay, units, name));
    route.update(units);
  };
  drawLegs();
  drawRest();
  store.subscribe((s) => [s.speed, s.units], drawLegs);
  store.subscribe((s) => [s.units], drawRest);
}
