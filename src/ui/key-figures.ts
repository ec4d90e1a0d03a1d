import type { FeatureCollection, Geometry } from 'geojson';
import type { Units } from '../journey/format';
import type { JourneyView } from '../journey/model';
import type { Mode } from '../state/url-state';
import { atLeast } from '../words/time-words';
import { h } from './dom';
import './key-figures.css';

/** The figures the map's claim lines carry, as a list in the panel (the same text as the map). */
export function renderKeyFigures(
  lines: FeatureCollection<Geometry>,
  mode: Mode,
  name: (id: string) => string,
  v: Pick<JourneyView, 'timeline'>,
  units: Units,
): HTMLElement {
  const least = v.timeline.least;
  return h(
    'div',
    { class: 'key-figures', 'data-mode': mode },
    h('h2', {}, mode === 'reported' ? 'What the articles report' : 'What this map computes'),
    h(
      'ul',
      {},
      ...lines.features
        .filter((f) => f.geometry.type === 'LineString')
        .map((f) => {
          const [a, b] = String(f.properties?.id ?? '').split('--');
          return h(
            'li',
            { 'data-line': String(f.properties?.id ?? '') },
            h('span', { class: 'kf-pair' }, `${name(a ?? '')}–${name(b ?? '')}`),
            h('span', { class: 'kf-label' }, String(f.properties?.label ?? '')),
          );
        }),
    ),
    least
      ? h(
          'p',
          { class: 'kf-least', 'data-kmh': String(least.kmh) },
          Number.isFinite(least.kmh)
            ? `The reported days demand ${atLeast(least, units)} on average (${name(least.from)} → ${name(least.to)}; see the timeline).`
            : `The reported days leave no time from ${name(least.from)} to ${name(least.to)}: no speed keeps them (see the timeline).`,
        )
      : null,
  );
}
