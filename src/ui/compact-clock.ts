import type { Model } from '../journey/model';
import type { AppStore } from '../state/app-state';
import type { replayWords } from '../words/replay-words';
import { h } from './dom';
import './compact-clock.css';

/** The status in a word or two, for the narrow column. */
const SHORT: Record<string, string> = {
  within: 'as reported',
  ahead: 'too early',
  behind: 'too late',
  forecast: '⚠ times',
};

/**
 * The replay's clock at its smallest, over the map, where the panel's clock is out of reach (on
 * a phone, in an embed whose panel is collapsed): Play/Pause and the time, in a column under the
 * zoom buttons. It drives the same
 * store as the panel's clock, whose frame loop plays the replay.
 */
export function createCompactClock(
  store: AppStore,
  model: Model,
  words: ReturnType<typeof replayWords>,
): HTMLElement {
  const play = h(
    'button',
    {
      type: 'button',
      class: 'compact-play',
      'aria-pressed': 'false',
      'aria-label': 'Play the replay',
    },
    'Play',
  );
  const time = h('span', { class: 'compact-time' });
  // The same status as the panel's clock: a word in the column, the whole sentence for screen
  // readers and as the tooltip.
  const status = h('span', { class: 'compact-status' });
  const at = () => {
    const { speed, departure, time: t } = store.get();
    return model.replay({ speedKmh: speed, departure, time: t });
  };
  play.addEventListener('click', () => store.set({ playing: !store.get().playing }));
  const draw = () => {
    // The day and the hour, in the train's local time ("12 Sep" over "09:00"); the whole
    // moment, with its zone, for screen readers.
    const full = words.clock(at()).split(' — ')[0] ?? '';
    const [day = '', rest = ''] = full.split(', ');
    const [hhmm = ''] = rest.split(' ');
    time.replaceChildren(
      h('span', { 'aria-hidden': 'true' }, day.replace(/^\w+ /, '')),
      h('span', { 'aria-hidden': 'true' }, hhmm),
      h('span', { class: 'visually-hidden' }, full),
    );
    const r = at();
    const { speed, departure, time: t, units } = store.get();
    const before =
      t === null && r.frame.status === 'within'
        ? words.forecast({ speedKmh: speed, departure, units })
        : null;
    const state = before ? 'forecast' : r.frame.status;
    const sentence = before ?? words.status(r);
    status.dataset.status = state;
    status.title = sentence;
    status.replaceChildren(
      h('span', { 'aria-hidden': 'true' }, SHORT[state]),
      h('span', { class: 'visually-hidden' }, sentence),
    );
  };
  store.subscribe(
    (s) => s.playing,
    (playing) => {
      play.setAttribute('aria-pressed', String(playing));
      play.textContent = playing ? 'Pause' : 'Play';
      play.setAttribute('aria-label', playing ? 'Pause the replay' : 'Play the replay');
    },
  );
  store.subscribe((s) => [s.time, s.speed, s.departure], draw);
  draw();
  return h(
    'div',
    { class: 'compact-clock', role: 'group', 'aria-label': 'Replay' },
    play,
    time,
    status,
  );
}
