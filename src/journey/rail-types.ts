import type { Position } from 'geojson';

/** 'none': a stretch with no track data (the great circle between two stops). */
export type Accuracy = 'surveyed' | 'approximate' | 'none';
/** A node of the network (a leg's `from` or `to`), or any point, snapped to the nearest leg. */
export type Endpoint = string | Position;

export interface RailPart {
  leg: string;
  /** km along the leg (from its `from` end) where the part starts and ends, in travel order. */
  fromKm: number;
  toKm: number;
  km: number;
  accuracy: Accuracy;
  /** Measured on a leg story:route put on the world rail network. */
  network: boolean;
}

export interface PublishedPiece {
  from: string;
  to: string;
  km: number;
  /**
   * 'published': the railway's figure; 'measured': a surveyed leg measured along the track;
   * 'approximate': an approximate leg measured, where no published figure covers it;
   * 'network': a leg routed on the world rail network, measured (usually 1–5% short);
   * 'none': no track data (the great circle stands in).
   */
  kind: 'published' | 'measured' | 'approximate' | 'network' | 'none';
  source: string;
  conflicts: { km: number; source: string }[];
}

export interface RailDistance {
  km: number;
  accuracy: Accuracy;
  surveyedKm: number;
  approximateKm: number;
  /** km with no track data (the great circle between two stops). */
  noTrackKm: number;
  parts: RailPart[];
  /** The network nodes passed, in travel order (the endpoints too, where they are nodes). */
  nodes: string[];
  /**
   * The railway's published figure for the stretch, pieced together from published stretches and
   * surveyed legs, when the endpoints are nodes and one published stretch at least applies.
   * `complete` is false when an approximate leg had to be measured for want of a figure.
   */
  published: { km: number; pieces: PublishedPiece[]; complete: boolean } | null;
  /** Approximate legs on the way that no published figure covers. */
  unpublished: string[];
  /** km from each query point to the line it was snapped to (0 for nodes). */
  snapKm: [number, number];
}
