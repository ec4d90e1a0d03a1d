import type { Lookup } from '../data/lookup';
import { KM_PER_MILE } from '../journey/distance';
import type { Units } from '../journey/format';
import type { Model, ReplayAt } from '../journey/model';
import { scheduleWords } from './schedule-words';
import { localTime } from './time-words';
import { zoneWords } from './zone-words';

/** Moments of the replay looked at for the first one the reported days do not allow. */
const SAMPLES = 200;
const KM = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/**
 * The replay in words: the clock ("Tue 12 Sep, 09:00 Vladivostok time — near Ussuriysk, km 1,104
 * of 2,550"), and where the train stands against the reported days. The slider, the video and
 * the host page say the same.
 */
export function replayWords(model: Model, lookup: Lookup) {
  const { replay, zones } = model.base;
  const route = replay.stops.map((s) => lookup.name(s.id));
  const kept = scheduleWords(lookup.name, zones, replay.stops[0]?.id ?? '');
  const zoneNear = (km: number): string | undefined => {
    let best: string | undefined;
    let d = Number.POSITIVE_INFINITY;
    for (const s of replay.stops)
      if (zones[s.id] && Math.abs(s.km - km) < d) {
        d = Math.abs(s.km - km);
        best = zones[s.id];
      }
    return best;
  };
  const words = (r: ReplayAt, units: Units = 'km') => {
    const along = (km: number) => KM.format(units === 'mi' ? km / KM_PER_MILE : km);
    const f = r.frame;
    const tz = (f.near && zones[f.near.id]) || zoneNear(f.km);
    const [day, clock] = [localTime(f.t, tz).slice(0, -6), localTime(f.t, tz).slice(-5)];
    const where = f.near ? `${f.near.at ? 'at' : 'near'} ${lookup.name(f.near.id)}, ` : '';
    return `${day}, ${clock} ${zoneWords(tz, f.t, route)} — ${where}${units === 'mi' ? 'mile' : 'km'} ${along(f.km)} of ${along(replay.line.km)}`;
  };
  const statusWords = (r: ReplayAt) => {
    const { band, status } = r.frame;
    const event = (p: string | null) => replay.events.find((e) => e.place === p);
    if (status === 'ahead') {
      const e = event(band.hiPlace);
      return `Ahead of the reported times: the articles have the train short of ${lookup.name(band.hiPlace ?? '')}${e ? ` until ${localTime(e.start, zones[e.place])}` : ''}. It must have stopped or run slower.`;
    }
    if (status === 'behind') {
      const e = event(band.loPlace);
      return `Behind the reported times: the articles have the train past ${lookup.name(band.loPlace ?? '')}${e ? ` by ${localTime(e.end, zones[e.place], true)}` : ''}. It must have run faster.`;
    }
    return (
      kept.held(r.schedule, replay.events, r.frame.t) ?? 'Within what the reported days allow.'
    );
  };

  /** The train as it happened (in hindsight): where the outcomes put it, or why not yet. */
  const happenedWords = (r: ReplayAt, units: Units = 'km') => {
    const knots = model.base.happened?.replay?.knots;
    if (!knots) return '';
    const first = knots[0];
    if (!r.happened)
      return `As it happened: the reports place the train from ${first ? `${lookup.name(first.place)} at ${localTime(first.t, zones[first.place])}` : 'later'} (the ring).`;
    const along = KM.format(units === 'mi' ? r.happened.km / KM_PER_MILE : r.happened.km);
    const fixed = knots.map((k) => `${lookup.name(k.place)} ${localTime(k.t, zones[k.place])}`);
    return `As it happened (the ring): ${units === 'mi' ? 'mile' : 'km'} ${along}, steady between the times the reports fix (${fixed.join(', ')}).`;
  };

  /**
   * Before Play: the first moment the chosen speed and departure leave what the reported days
   * allow, in words ("At this speed the train is ahead of the reported times from …"), or null
   * when the whole replay keeps them. Sampled at SAMPLES moments of the replay's span.
   */
  let said = { key: '', words: null as string | null };
  const forecast = (c: {
    speedKmh: number;
    departure: number | null;
    units?: Units;
  }): string | null => {
    const key = `${c.speedKmh}|${c.departure}|${c.units}`;
    if (said.key !== key) said = { key, words: firstBreak(c) };
    return said.words;
  };
  const firstBreak = (c: {
    speedKmh: number;
    departure: number | null;
    units?: Units;
  }): string | null => {
    const at = model.replay({ speedKmh: c.speedKmh, departure: c.departure, time: null });
    const missed = kept.missed(at.schedule, c.units ?? 'km', c.departure !== null);
    if (missed) return missed;
    const { start, end } = at.span;
    for (let i = 0; i <= SAMPLES; i++) {
      const t = start + ((end - start) * i) / SAMPLES;
      const r = model.replay({ speedKmh: c.speedKmh, departure: c.departure, time: t });
      if (r.frame.status === 'within') continue;
      const tz = (r.frame.near && zones[r.frame.near.id]) || zoneNear(r.frame.km);
      const when = `${localTime(r.frame.t, tz)} ${zoneWords(tz, r.frame.t, route)}`;
      const name = lookup.name(
        (r.frame.status === 'ahead' ? r.frame.band.hiPlace : r.frame.band.loPlace) ?? '',
      );
      return r.frame.status === 'ahead'
        ? `This speed cannot keep every reported time: from ${when} the train is ahead of them (short of ${name} in the articles). Try a lower speed or a later departure.`
        : `This speed cannot keep every reported time: from ${when} the train is behind them (past ${name} in the articles). Try a higher speed or an earlier departure.`;
    }
    return null;
  };

  return { clock: words, status: statusWords, happened: happenedWords, forecast };
}
