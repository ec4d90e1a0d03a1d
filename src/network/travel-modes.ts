import type { TravelMode } from '../data/schema';

/** What a leg that was not travelled by rail is, as its line, note and source say. */
export const NOT_RAIL: Record<Exclude<TravelMode, 'rail'>, { line: string; note: string }> = {
  air: {
    line: 'by air: the great circle',
    note: 'A flight: the great circle between the two stops is its measure.',
  },
  road: {
    line: 'by road: no road network here',
    note: 'By road: the project has no road network, so the straight line stands in and no road distance is measured.',
  },
  sea: {
    line: 'by sea: no sea routes here',
    note: 'By sea: the project has no sea routes, so the straight line stands in and no sailing distance is measured.',
  },
};
