/**
 * The rail network the map draws and measures: its nodes (stations, the border, the cosmodrome),
 * its legs in the order the train took them, and the published figures to check them against.
 * Coordinates and figures are looked up in ../shared/data by the rows named here.
 */
import type { InputRow } from './places.ts';

export type NodeRow =
  | InputRow
  | { file: 'stations_trolleway_region.geojson'; key: 'name_en'; value: string }
  /** The first vertex of the Khasan line trace: where it leaves the Trans-Siberian. */
  | { file: 'rail_baranovsky_khasan_border.geojson'; key: 'vertex'; value: 'first' };

export interface RouteNode {
  id: string;
  name: string;
  names: { ko?: string; ru?: string };
  country: 'KP' | 'RU' | 'KP-RU';
  kind: 'station' | 'junction' | 'border' | 'site';
  /** The place in geo/places.geojson this station is, if any. */
  place: string | null;
  row: NodeRow;
  /** A Trans-Siberian km post (distance from Moscow) published for this station, by route_keypoints.csv id. */
  kmPostRow?: string;
}

export const NODES: RouteNode[] = [
  {
    id: 'pyongyang',
    kind: 'station',
    name: 'Pyongyang',
    names: { ko: '평양' },
    country: 'KP',
    place: 'pyongyang',
    row: { file: 'dprk_route_stations.csv', key: 'name_en', value: "P'yongyang" },
  },
  {
    id: 'rajin',
    kind: 'station',
    name: 'Rajin',
    names: { ko: '라진' },
    country: 'KP',
    place: null,
    row: { file: 'dprk_route_stations.csv', key: 'name_en', value: 'Rajin' },
  },
  {
    id: 'hongui',
    kind: 'station',
    name: 'Hongui',
    names: { ko: '홍의' },
    country: 'KP',
    place: null,
    row: { file: 'dprk_route_stations.csv', key: 'name_en', value: 'Hongui' },
  },
  {
    id: 'tumangang',
    kind: 'station',
    name: 'Tumangang',
    names: { ko: '두만강' },
    country: 'KP',
    place: 'tumangang',
    row: { file: 'dprk_route_stations.csv', key: 'name_en', value: 'Tumangang' },
  },
  {
    id: 'border',
    kind: 'border',
    name: 'Friendship Bridge (border)',
    names: { ru: 'Мост Дружбы' },
    country: 'KP-RU',
    place: 'border',
    row: { file: 'route_keypoints.csv', key: 'id', value: 'border_bridge' },
  },
  {
    id: 'khasan',
    kind: 'station',
    name: 'Khasan',
    names: { ru: 'Хасан' },
    country: 'RU',
    place: 'khasan',
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Khasan station' },
  },
  {
    id: 'baranovsky-junction',
    kind: 'junction',
    name: 'Baranovsky junction (Khasan line)',
    names: {},
    country: 'RU',
    place: null,
    row: { file: 'rail_baranovsky_khasan_border.geojson', key: 'vertex', value: 'first' },
  },
  {
    id: 'baranovsky',
    kind: 'station',
    name: 'Baranovsky',
    names: { ru: 'Барановский' },
    country: 'RU',
    place: null,
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Baranovsky station' },
    kmPostRow: 'baranovsky',
  },
  {
    id: 'ussuriysk',
    kind: 'station',
    name: 'Ussuriysk',
    names: { ru: 'Уссурийск' },
    country: 'RU',
    place: 'ussuriysk',
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Ussuriysk station' },
  },
  {
    id: 'vladivostok',
    kind: 'station',
    name: 'Vladivostok',
    names: { ru: 'Владивосток' },
    country: 'RU',
    place: 'vladivostok',
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Vladivostok station' },
    kmPostRow: 'vladivostok',
  },
  {
    id: 'khabarovsk',
    kind: 'station',
    name: 'Khabarovsk',
    names: { ru: 'Хабаровск' },
    country: 'RU',
    place: null,
    row: { file: 'stations_trolleway_region.geojson', key: 'name_en', value: 'Khabarovsk' },
  },
  {
    id: 'birobidzhan',
    kind: 'station',
    name: 'Birobidzhan',
    names: { ru: 'Биробиджан' },
    country: 'RU',
    place: null,
    row: { file: 'stations_trolleway_region.geojson', key: 'name_en', value: 'Biroidzan' },
  },
  {
    id: 'obluchye',
    kind: 'station',
    name: 'Obluchye',
    names: { ru: 'Облучье' },
    country: 'RU',
    place: null,
    row: { file: 'stations_trolleway_region.geojson', key: 'name_en', value: 'Obluchye' },
    kmPostRow: 'obluchye',
  },
  {
    id: 'arkhara',
    kind: 'station',
    name: 'Arkhara',
    names: { ru: 'Архара' },
    country: 'RU',
    place: null,
    row: { file: 'stations_trolleway_region.geojson', key: 'name_en', value: 'Arhara' },
    kmPostRow: 'arkhara',
  },
  {
    id: 'belogorsk',
    kind: 'station',
    name: 'Belogorsk',
    names: { ru: 'Белогорск' },
    country: 'RU',
    place: null,
    row: { file: 'stations_trolleway_region.geojson', key: 'name_en', value: 'Belogorsk' },
  },
  {
    id: 'svobodny',
    kind: 'station',
    name: 'Svobodny',
    names: { ru: 'Свободный' },
    country: 'RU',
    place: null,
    row: { file: 'stations_trolleway_region.geojson', key: 'name_en', value: 'Svobodnyi' },
  },
  {
    id: 'ledyanaya',
    kind: 'station',
    name: 'Ledyanaya',
    names: { ru: 'Ледяная' },
    country: 'RU',
    place: null,
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Ledyanaya station' },
  },
  {
    id: 'uglegorsk',
    kind: 'station',
    name: 'Uglegorsk (Tsiolkovsky)',
    names: { ru: 'Углегорск' },
    country: 'RU',
    place: null,
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Uglegorsk (Tsiolkovsky) station' },
  },
  {
    id: 'vostochny',
    kind: 'site',
    name: 'Vostochny Cosmodrome',
    names: { ru: 'Космодром Восточный' },
    country: 'RU',
    place: 'vostochny',
    row: {
      file: 'extra_points.csv',
      key: 'name_en',
      value: 'Vostochny Cosmodrome Site 1S (Soyuz-2 pad)',
    },
  },
];

export type LegGeometry =
  /** A chain through the OSM station nodes of dprk_route_stations.csv, from one name_en to another. */
  | { kind: 'dprk-chain'; fromName: string; toName: string }
  /** A piece of an OSM-derived trace, cut at the two nodes' nearest points. */
  | { kind: 'trace'; file: string }
  /** Straight segments through the given nodes: no mapped track. */
  | { kind: 'nodes'; via: string[] };

export interface RouteLeg {
  from: string;
  to: string;
  line: string;
  onRoute: boolean;
  geometry: LegGeometry;
  note?: string;
}

const TRANSSIB = 'rail_transsib_lon120_to_vladivostok.geojson';
const KHASAN = 'rail_baranovsky_khasan_border.geojson';

export const LEGS: RouteLeg[] = [
  {
    from: 'pyongyang',
    to: 'rajin',
    line: 'Pyongra Line',
    onRoute: true,
    geometry: { kind: 'dprk-chain', fromName: "P'yongyang", toName: 'Rajin' },
  },
  {
    from: 'rajin',
    to: 'hongui',
    line: 'Hambuk Line',
    onRoute: true,
    geometry: { kind: 'dprk-chain', fromName: 'Rajin', toName: 'Hongui' },
    note: 'Ungra has no OSM node and is skipped.',
  },
  {
    from: 'hongui',
    to: 'tumangang',
    line: 'Hongui Line',
    onRoute: true,
    geometry: { kind: 'dprk-chain', fromName: 'Hongui', toName: 'Tumangang' },
  },
  {
    from: 'tumangang',
    to: 'border',
    line: 'Hongui Line (to the Friendship Bridge)',
    onRoute: true,
    geometry: { kind: 'nodes', via: ['tumangang', 'border'] },
    note: 'No open geometry for the ~3 km from Tumangang station to the bridge midpoint.',
  },
  {
    from: 'border',
    to: 'khasan',
    line: 'Baranovsky–Khasan line',
    onRoute: true,
    geometry: { kind: 'trace', file: KHASAN },
  },
  {
    from: 'khasan',
    to: 'baranovsky-junction',
    line: 'Baranovsky–Khasan line',
    onRoute: true,
    geometry: { kind: 'trace', file: KHASAN },
  },
  {
    from: 'baranovsky-junction',
    to: 'baranovsky',
    line: 'Trans-Siberian Railway',
    onRoute: true,
    geometry: { kind: 'trace', file: TRANSSIB },
  },
  {
    from: 'baranovsky',
    to: 'ussuriysk',
    line: 'Trans-Siberian Railway',
    onRoute: true,
    geometry: { kind: 'trace', file: TRANSSIB },
  },
  {
    from: 'ussuriysk',
    to: 'khabarovsk',
    line: 'Trans-Siberian Railway',
    onRoute: true,
    geometry: { kind: 'trace', file: TRANSSIB },
  },
  {
    from: 'khabarovsk',
    to: 'birobidzhan',
    line: 'Trans-Siberian Railway',
    onRoute: true,
    geometry: { kind: 'trace', file: TRANSSIB },
  },
  {
    from: 'birobidzhan',
    to: 'belogorsk',
    line: 'Trans-Siberian Railway',
    onRoute: true,
    geometry: { kind: 'trace', file: TRANSSIB },
  },
  {
    from: 'belogorsk',
    to: 'ledyanaya',
    line: 'Trans-Siberian Railway',
    onRoute: true,
    geometry: { kind: 'trace', file: TRANSSIB },
  },
  {
    from: 'ledyanaya',
    to: 'vostochny',
    line: 'Branch to Uglegorsk (Tsiolkovsky) and the cosmodrome',
    onRoute: true,
    geometry: { kind: 'nodes', via: ['ledyanaya', 'uglegorsk', 'vostochny'] },
    note: 'No mapped track: straight segments Ledyanaya → Uglegorsk station → Site 1S.',
  },
  {
    from: 'baranovsky-junction',
    to: 'vladivostok',
    line: 'Trans-Siberian Railway',
    onRoute: false,
    geometry: { kind: 'trace', file: TRANSSIB },
  },
];

/**
 * Stations of dprk_route_stations.csv left out of the North Korean chains, with the reason. Only a
 * station that the sources do not place on the line in that order, and at which the chain would
 * turn back (more than 90°), is left out; a confirmed station on a sharp bend stays, and the
 * chain cuts the corner there (scripts/lib/chain.ts).
 */
export const CHAIN_SKIPS: { name: string; reason: string }[] = [
  {
    name: "Sinmyongch'on",
    reason:
      "its place in the order is inferred from OSM positions only (dprk_route_stations.csv note), and there the line would turn back 136°, a detour of about 5.5 km; after Myongch'on it would turn back 139°.",
  },
];

/** Published lengths of stretches, by `item` of published_distances.csv. */
export const PUBLISHED: { from: string; to: string; item: string }[] = [
  { from: 'pyongyang', to: 'rajin', item: 'Pyongyang->Rajin (Pyongra Line)' },
  { from: 'pyongyang', to: 'tumangang', item: 'Pyongyang->Tumangang' },
  { from: 'rajin', to: 'tumangang', item: 'Tumangang->Rajin (1520 mm)' },
  { from: 'hongui', to: 'tumangang', item: 'Hongui->Tumangang (Hongui Line)' },
  { from: 'tumangang', to: 'khasan', item: 'Khasan->Tumangang' },
  { from: 'baranovsky', to: 'khasan', item: 'Baranovsky->Khasan (line length)' },
  { from: 'ussuriysk', to: 'khasan', item: 'Ussuriysk->Khasan' },
  { from: 'baranovsky', to: 'vladivostok', item: 'Baranovsky->Vladivostok' },
];

/**
 * Figures that conflict with a published one, cited from ../shared/data/SOURCES.md ("Conflicting
 * km for Rajin") and published_distances.csv (note on Tumangang->Rajin).
 */
export const CONFLICTS: {
  from: string;
  to: string;
  km: number;
  source: string;
  /** Used instead of the CSV's figure, for the reason given in `why`. */
  preferred?: true;
  why?: string;
}[] = [
  {
    from: 'pyongyang',
    to: 'rajin',
    km: 802.0,
    preferred: true,
    why: 'Used instead of 819: Khasan–Rajin 54 less Khasan–Tumangang 5 gives Rajin–Tumangang 49, and Pyongyang–Tumangang 845 less 49 is 796, within 1% of 802 and 3% of 819 (../shared/data/SOURCES.md, "Conflicting km for Rajin").',
    source:
      'ja.wikipedia gives Kalli–Rajin as 782.8 km, which is 802.0 km from Pyongyang (../shared/data/SOURCES.md); it fits Pyongyang–Tumangang 845 km, while 819 does not',
  },
  {
    from: 'rajin',
    to: 'tumangang',
    km: 32,
    source:
      "en.wikipedia 'Hongui Line' instead says a 32 km dual-gauge section Tumangang-Rajin (published_distances.csv note)",
  },
];
