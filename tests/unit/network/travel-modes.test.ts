import { describe, expect, it } from 'vitest';
import { routeStops } from '../../../src/network/route-stops';
import { worldNetwork } from '../../../tools/network/route-story';
import { guessModes } from '../../../tools/network/travel-words';

/** A made-up article for the test: by train to Vladivostok, then a flight and a motorcade. */
const ARTICLE = [
  'The leader left Pyongyang by train on Monday and crossed into Russia at Khasan.',
  'His armoured train reached Vladivostok on Tuesday morning.',
  'From there he flew to Khabarovsk, where officials met the plane.',
  'A motorcade then drove him to Komsomolsk-on-Amur.',
  'He returned by train through Tumangang.',
].join(' ');
const stops = [
  'Pyongyang',
  'Khasan',
  'Vladivostok',
  'Khabarovsk',
  'Komsomolsk-on-Amur',
  'Tumangang',
].map((n) => ({ id: n.toLowerCase(), names: [n] }));

describe('legs an article says were not by train', () => {
  const guesses = guessModes([{ file: 'made-up.txt', text: ARTICLE }], stops);

  it('are the flight and the motorcade, each with its sentence verbatim', () => {
    expect(guesses.map((g) => [g.from, g.to, g.mode])).toEqual([
      ['vladivostok', 'khabarovsk', 'air'],
      ['khabarovsk', 'komsomolsk-on-amur', 'road'],
    ]);
    for (const g of guesses) expect(ARTICLE).toContain(g.quote);
  });

  it('leave a leg whose sentence speaks of the train alone', () => {
    expect(guesses.some((g) => g.to === 'vladivostok' || g.to === 'tumangang')).toBe(false);
    const mixed = guessModes(
      [{ file: 'm.txt', text: 'The train met the motorcade at Khasan station.' }],
      stops.slice(0, 2),
    );
    expect(mixed).toEqual([]);
  });
});

describe('a leg that says how it was travelled', () => {
  const { net, index } = worldNetwork();
  const pair = [
    { id: 'vladivostok', name: 'Vladivostok', position: [131.88, 43.11] },
    { id: 'khabarovsk', name: 'Khabarovsk', position: [135.07, 48.48] },
  ];
  it('by air is the great circle, off the rail', () => {
    const [r] = routeStops(net, index, pair, [], new Map([['vladivostok--khabarovsk', 'air']]));
    expect(r?.leg.properties).toMatchObject({
      mode: 'air',
      track: false,
      line: 'by air: the great circle',
    });
  });
  it('by road says there is no road network, and keeps its mode on the next run', () => {
    const [first] = routeStops(
      net,
      index,
      pair,
      [],
      new Map([['vladivostok--khabarovsk', 'road']]),
    );
    expect(first?.leg.properties.line).toBe('by road: no road network here');
    const [again] = routeStops(net, index, pair, first ? [first.leg] : []);
    expect(again?.leg).toEqual(first?.leg);
  });
  it('by rail (the default) is routed on the track', () => {
    const [r] = routeStops(net, index, pair, []);
    expect(r?.outcome).toBe('track');
    expect(r?.leg.properties.mode).toBe('rail');
  });
});

describe('a route that runs a pair twice', () => {
  it('has one leg for it', () => {
    const { net, index } = worldNetwork();
    const [v, u] = [
      { id: 'vladivostok', name: 'Vladivostok', position: [131.88, 43.11] },
      { id: 'ussuriysk', name: 'Ussuriysk', position: [131.98, 43.8] },
    ];
    const legs = routeStops(net, index, [v, u, v, u], []);
    expect(legs.map((l) => l.leg.properties.id)).toEqual(['vladivostok--ussuriysk']);
  });
});

describe('two stops that snap to one point', () => {
  it('are joined by a line of two points (a LineString), 0 km on the track', () => {
    const { net, index } = worldNetwork();
    const [r] = routeStops(
      net,
      index,
      [
        { id: 'station', name: 'Station', position: [131.88, 43.11] },
        { id: 'square', name: 'Square', position: [131.88, 43.11] },
      ],
      [],
    );
    expect(r?.outcome).toBe('track');
    expect(r?.leg.geometry.coordinates.length).toBeGreaterThanOrEqual(2);
  });
});
