import type { Lookup } from '../data/lookup';
import type { Model, ReplayAt } from '../journey/model';
import { replayDeparture } from '../journey/replay';
import type { AppStore } from '../state/app-state';
import { replayWords } from '../words/replay-words';
import { departureLabel } from '../words/schedule-words';
import { localTime } from '../words/time-words';
import { h } from './dom';
import './clock.css';

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** At pace 1 the whole journey plays in this many milliseconds. */
const PLAY_MS = 30_000;
const PACES = [0.5, 1, 2, 4];

/**
 * The replay's clock: Play/Pause, a time slider (arrows step an hour, Page Up/Down jump between
 * reported times, Home/End), the reported times marked on its track, the departure and the pace.
 * It drives the store's `time`; the map and the static map follow from there.
 */
export function createClock(
  store: AppStore,
  model: Model,
  lookup: Lookup,
  shared: ReturnType<typeof replayWords> = replayWords(model, lookup),
): { element: HTMLElement; options: HTMLElement } {
  const { replay } = model.base;
  const zones = model.base.zones;
  const at = (): ReplayAt => {
    const { speed, departure, time } = store.get();
    return model.replay({ speedKmh: speed, departure, time });
  };
  const { clock: words, status: statusWords, happened: happenedWords, forecast } = shared;
  // What the chosen speed and departure cannot keep, said before Play.
  const warning = () => {
    const { speed, departure, units } = store.get();
    return forecast({ speedKmh: speed, departure, units });
  };

  const play = h(
    'button',
    { type: 'button', class: 'clock-play', 'aria-pressed': 'false' },
    'Play',
  );
  const slider = h('input', {
    type: 'range',
    id: 'clock-time',
    class: 'clock-slider',
    min: '0',
    step: '1',
    'aria-describedby': 'clock-status',
  }) as HTMLInputElement;
  const marks = h('div', { class: 'clock-marks', 'aria-hidden': 'true' });
  const text = h('p', { class: 'clock-text', 'aria-hidden': 'true' });
  const status = h('p', { class: 'clock-status', id: 'clock-status' });
  const happened = h('p', { class: 'clock-happened' });
  const origin = replay.stops[0]?.id;
  const departure = h('select', { id: 'clock-departure' }) as HTMLSelectElement;
  // The choices: the first place's reported day in 3-hour steps, and the departure that keeps
  // the reported times at the chosen speed (the replay's opening one), marked as such.
  const options = () => {
    const speed = store.get().speed;
    const opening = replayDeparture(replay, speed);
    const keeps = model.replay({ speedKmh: speed, departure: null, time: null }).schedule.missed;
    const grid = replay.departures.length > 1 ? replay.departures : [];
    const times = [...new Set([...grid, opening])].sort((a, b) => a - b);
    departure.replaceChildren(
      ...times.map((t) => {
        const label = departureLabel(localTime(t, zones[origin ?? '']), {
          opening: t === opening,
          earliest: t === times[0] && grid.length > 0,
          keeps: keeps === null,
        });
        return h('option', { value: String(t) }, label);
      }),
    );
  };
  const pace = h('select', { id: 'clock-pace' }) as HTMLSelectElement;
  for (const p of PACES) pace.append(h('option', { value: String(p) }, `${p}×`));

  const draw = () => {
    const r = at();
    const { start: dep, end: arrival } = r.span;
    slider.max = String(Math.round((arrival - dep) / MINUTE));
    slider.value = String(Math.round((r.frame.t - dep) / MINUTE));
    const w = words(r, store.get().units);
    slider.setAttribute('aria-valuetext', w);
    text.textContent = w;
    const before = store.get().time === null && r.frame.status === 'within' ? warning() : null;
    status.textContent = before ?? statusWords(r);
    status.dataset.status = before ? 'forecast' : r.frame.status;
    const { hindsight, units } = store.get();
    happened.textContent = hindsight ? happenedWords(r, units) : '';
    happened.hidden = !hindsight || happened.textContent === '';
  };
  const drawMarks = () => {
    const { start: dep, end: arrival } = at().span;
    marks.replaceChildren(
      ...replay.marks
        .filter((m) => m.t >= dep && m.t <= arrival)
        .map((m) => {
          const mark = h('span', {
            class: `clock-mark clock-mark-${m.edge}`,
            title: `${lookup.name(m.place)}: ${m.edge === 'start' ? 'earliest' : 'latest'} reported time`,
          });
          // Through the CSSOM, not a style attribute: the page runs under a strict CSP.
          mark.style.left = `${(100 * (m.t - dep)) / (arrival - dep)}%`;
          return mark;
        }),
    );
  };
  const setTime = (t: number) => {
    const { start: dep, end: arrival } = at().span;
    store.set({ time: Math.min(arrival, Math.max(dep, Math.round(t / MINUTE) * MINUTE)) });
  };
  slider.addEventListener('input', () => {
    store.set({ playing: false });
    setTime(at().span.start + Number(slider.value) * MINUTE);
  });
  slider.addEventListener('keydown', (e) => {
    const { start: dep, end: arrival } = at().span;
    const now = at().frame.t;
    const times = replay.marks.map((m) => m.t).filter((t) => t >= dep && t <= arrival);
    const next: Record<string, () => number | undefined> = {
      ArrowRight: () => now + HOUR,
      ArrowUp: () => now + HOUR,
      ArrowLeft: () => now - HOUR,
      ArrowDown: () => now - HOUR,
      PageUp: () => times.find((t) => t > now + MINUTE) ?? arrival,
      PageDown: () => [...times].reverse().find((t) => t < now - MINUTE) ?? dep,
      Home: () => dep,
      End: () => arrival,
    };
    const to = next[e.key]?.();
    if (to === undefined) return;
    e.preventDefault();
    store.set({ playing: false });
    setTime(to);
  });
  play.addEventListener('click', () => store.set({ playing: !store.get().playing }));
  departure.addEventListener('change', () => {
    const t = Number(departure.value);
    const opening = replayDeparture(replay, store.get().speed);
    store.set({ departure: t === opening ? null : t, time: null, playing: false });
  });
  pace.addEventListener('change', () => store.set({ pace: Number(pace.value) }));

  // Playing: the journey in about 30 seconds at pace 1, one store update a frame.
  let raf = 0;
  let last = 0;
  const step = (ts: number) => {
    const s = store.get();
    if (!s.playing) return;
    performance.mark('replay-frame-start');
    const { start: dep, end: arrival } = at().span;
    const dt = last ? ts - last : 0;
    last = ts;
    const t = (s.time ?? dep) + (dt * (arrival - dep) * s.pace) / PLAY_MS;
    if (t >= arrival) store.set({ time: arrival, playing: false });
    else store.set({ time: t });
    performance.measure('replay-frame', 'replay-frame-start');
    raf = requestAnimationFrame(step);
  };
  store.subscribe(
    (s) => s.playing,
    (playing) => {
      play.setAttribute('aria-pressed', String(playing));
      play.textContent = playing ? 'Pause' : 'Play';
      cancelAnimationFrame(raf);
      if (!playing) return;
      const r = at();
      if (r.frame.t >= r.span.end) store.set({ time: r.span.start });
      last = 0;
      raf = requestAnimationFrame(step);
    },
  );
  store.subscribe((s) => [s.time, s.speed, s.departure, s.units], draw);
  store.subscribe(
    (s) => [s.speed, s.departure],
    () => {
      options();
      departure.value = String(at().schedule.departure);
      drawMarks();
    },
  );
  pace.value = String(store.get().pace);
  options();
  departure.value = String(at().schedule.departure);
  draw();
  drawMarks();
  // The departure and the pace: set once, so placed by the panel with the other settings.
  const settings = h(
    'div',
    { class: 'clock-options', role: 'group', 'aria-label': 'Replay settings' },
    h('label', { for: 'clock-departure' }, `Leaves ${lookup.name(origin ?? '')}`),
    departure,
    h('label', { for: 'clock-pace' }, 'Pace'),
    pace,
  );
  const element = h(
    'div',
    { class: 'clock', role: 'group', 'aria-label': 'Replay' },
    h(
      'div',
      { class: 'clock-row' },
      play,
      h(
        'div',
        { class: 'clock-track' },
        h('label', { for: 'clock-time', class: 'visually-hidden' }, 'Time of the replay'),
        slider,
        marks,
      ),
    ),
    h('div', { class: 'clock-words' }, text, h('span', { 'aria-hidden': 'true' }, ' · '), status),
    happened,
  );
  return { element, options: settings };
}
