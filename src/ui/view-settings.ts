import { formatSpeed } from '../journey/format';
import type { AppState, AppStore } from '../state/app-state';
import { settingsWords } from '../words/replay-settings-words';
import { h } from './dom';
import './controls.css';

/**
 * The controls a reader sets once (the departure and the pace of the replay, what the map's
 * claim lines show, the speed, the units), grouped under one line that says how they are set.
 * On a wide window less than 960 px high the group starts folded, so that a section gets most of
 * the panel's height; it starts open on a narrow screen, in an embed, in the page written at
 * build time, and when a link sets any of them (the reader sees what the link changed).
 */
export function createViewSettings(
  store: AppStore,
  parts: HTMLElement[],
  o: { eager: boolean; reportedKmh: number },
): HTMLElement {
  const summary = h('summary', { class: 'view-settings-summary' });
  const group = h('details', { class: 'view-settings' }, summary, ...parts);
  const s = store.get();
  const changed =
    s.mode !== 'reported' ||
    s.units !== 'km' ||
    s.speed !== o.reportedKmh ||
    s.departure !== null ||
    s.pace !== 1;
  const short = !o.eager && window.matchMedia('(min-width: 641px) and (max-height: 959px)').matches;
  (group as HTMLDetailsElement).open = o.eager || s.embed || changed || !short;
  const draw = (st: AppState) => {
    summary.textContent = settingsWords({
      mode: st.mode,
      speed: formatSpeed(st.speed, st.units),
      units: st.units,
      pace: st.pace,
    });
  };
  store.subscribe(
    (st) => [st.mode, st.speed, st.units, st.pace],
    () => draw(store.get()),
  );
  draw(s);
  return group;
}
