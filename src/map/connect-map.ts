import type { FeatureCollection } from 'geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { PALETTES, SELECTED_ZOOM } from '../config';
import type { GeoData } from '../data/load';
import type { Lookup } from '../data/lookup';
import type { Model } from '../journey/model';
import { type AppStore, choicesOf } from '../state/app-state';
import { creditsFor } from './attribution';
import { reducedMotion } from './create-map';
import { mountMap } from './mount';
import { framePadding } from './padding';
import { replayLayers } from './replay-layers';
import { replayFeatures } from './replay-source';
import { buildStyle, frameEdges } from './style';
import { writtenFrame } from './written-frame';

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
/** Before the story's manifest is in: the whole world. */
const WORLD: [number, number, number, number] = [-180, -60, 180, 75];

export interface ConnectedMap {
  map: () => MapLibreMap | null;
  /** The story has loaded: fill the map with it and draw what the model returns. */
  fill: (data: GeoData, model: Model, lookup: Lookup) => void;
}

/**
 * The map, started at once and driven by the store: it draws what the model returns for the
 * reader's choices, and writes the camera back when the reader moves it.
 */
export function connectMap(
  store: AppStore,
  o: { container: HTMLElement; panel: HTMLElement; onMount: (map: MapLibreMap | null) => void },
): ConnectedMap {
  let story: { data: GeoData; model: Model; lookup: Lookup } | null = null;
  const written = (o.container.querySelector('.static-credits')?.innerHTML ?? '')
    .split(' | ')
    .filter((c) => c !== '');
  const palette = () => PALETTES[store.get().dark ? 'dark' : 'light'];
  const lines = () => (story ? story.model.at(choicesOf(store.get())).lines : EMPTY);
  const replay = () => {
    if (!story) return null;
    const { speed, departure, time } = store.get();
    return story.model.replay({ speedKmh: speed, departure, time });
  };
  const replayData = () => {
    const r = replay();
    // As it happened (in hindsight), a second train where the outcomes put it.
    const happened = store.get().hindsight ? (r?.happened ?? null) : null;
    return replayFeatures(r?.frame ?? null, r?.lines ?? null, happened);
  };
  const { view, dataArrived, trainMoved } = mountMap({
    container: o.container,
    data: () => story?.data ?? null,
    // Asked for once the data is in (map-view.ts).
    style: () => {
      if (!story) throw new Error('the map was asked for its style before the data arrived');
      return buildStyle(story.data, document.baseURI, lines(), palette());
    },
    lines,
    train: () => replay()?.frame.point ?? null,
    palette,
    // Before the data: the frame the page was written for, if it says.
    bounds: () =>
      story?.model.base.frame ??
      story?.data.manifest.region ??
      writtenFrame(o.container.querySelector('.poster')?.getAttribute('data-frame')) ??
      WORLD,
    padding: () => {
      const e = story ? frameEdges(story.data) : null;
      return framePadding(o.panel, store.get(), o.container, {
        west: e?.west?.name,
        east: e?.east?.name,
      });
    },
    camera: () => store.get().camera,
    selected: () => store.get().place,
    routeVisible: () => store.get().routeVisible,
    lazy: store.get().embed,
    // The replay's layers come with its first moment away from the start (the link's or the
    // reader's): the opening view does not build them.
    replayShown: () => store.get().time !== null,
    replayStyle: () => (story ? { source: replayData(), layers: replayLayers(palette()) } : null),
    // Before the data: the line the page was written with, so that the credits' height (which the
    // frame keeps clear of on phones) does not change when the data arrives.
    credits: () => (story ? creditsFor(story.data.provenance) : written),
    onPlaceClick: (place) => store.set({ place, placeFrom: 'map', section: 'places' }),
    onMove: (camera) => store.set({ camera }),
    onMount: (map) => o.onMount(story ? map : null),
  });
  const move = (id: string | null) => {
    const s = store.get();
    const at = id ? story?.lookup.position(id) : undefined;
    const wanted =
      s.placeFrom === 'list' ||
      s.placeFrom === 'map' ||
      (s.placeFrom === 'link' && s.camera === null);
    return wanted && at
      ? {
          center: at as [number, number],
          zoom: SELECTED_ZOOM,
          animate: !reducedMotion(),
          keep: s.placeFrom === 'map',
          padding: framePadding(o.panel, s, o.container),
        }
      : null;
  };
  store.subscribe(
    (s) => [s.mode, s.units, s.speed, s.hindsight],
    (now, before) => view.claims(now[0] !== before[0] && !reducedMotion()),
  );
  store.subscribe(
    (s) => s.place,
    (id) => view.select(id, move(id)),
  );
  store.subscribe((s) => s.routeVisible, view.route.bind(view));
  // A replay frame touches the replay's own source (or the static map's train), nothing else.
  store.subscribe(
    (s) => [s.time, s.speed, s.departure, s.hindsight],
    () => {
      view.replay(replayData());
      trainMoved();
    },
  );
  store.subscribe((s) => s.dark, view.restyle.bind(view));
  return {
    map: () => view.map,
    fill(data, model, lookup) {
      story = { data, model, lookup };
      dataArrived();
      o.onMount(view.map);
    },
  };
}
