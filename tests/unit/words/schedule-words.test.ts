import { describe, expect, it } from 'vitest';
import { openStory } from '../../../src/journey/story-model';
import { replayWords } from '../../../src/words/replay-words';
import { departureLabel } from '../../../src/words/schedule-words';
import { story } from '../journey/fixtures-data';

describe('the schedule that keeps the reported times, in words', () => {
  const { model, lookup } = openStory(story);
  const words = replayWords(model, lookup);

  it('says where the train waits for a reported time, and until when', () => {
    const r = model.replay({ speedKmh: 50, departure: null, time: null });
    const wait = r.schedule.waits[0];
    const border = model.base.replay.events.find((e) => e.place === wait?.place);
    expect(wait?.place).toBe('border');
    // An hour before the border's earliest time, the train stands at the border.
    const t = (border?.start ?? 0) - 3_600_000;
    const held = words.status(model.replay({ speedKmh: 50, departure: null, time: t }));
    expect(held).toBe(
      'Within what the reported days allow: held at Friendship Bridge (border) until Tue 12 Sep 00:00, the earliest the articles have the train there.',
    );
    // Once it has left, the plain status.
    const after = words.status(
      model.replay({ speedKmh: 50, departure: null, time: (border?.start ?? 0) + 3_600_000 }),
    );
    expect(after).toBe('Within what the reported days allow.');
  });

  it('names a chosen departure that makes a time late as the one to move', () => {
    const { departures } = model.base.replay;
    const latest = departures.at(-1) ?? 0;
    const said = words.forecast({ speedKmh: 20, departure: latest }) ?? '';
    // Leaving Pyongyang at the last choice, at 20 km/h it reaches the border after Tuesday
    // morning: the departure, not a wait, made it late.
    expect(said).toMatch(
      /^This speed cannot keep every reported time: the train reaches Friendship Bridge \(border\) on /,
    );
    expect(said).toContain('(the chosen departure)');
    expect(said).toMatch(/, or an earlier departure\.$/);
  });

  it('marks the opening departure and the earliest one among the choices', () => {
    expect(
      departureLabel('Sun 10 Sep 21:00', { opening: true, earliest: false, keeps: true }),
    ).toBe('Sun 10 Sep 21:00 (keeps every reported time at this speed)');
    expect(
      departureLabel('Sun 10 Sep 00:00', { opening: true, earliest: true, keeps: false }),
    ).toBe('Sun 10 Sep 00:00 (the earliest the reported days allow)');
    expect(
      departureLabel('Sun 10 Sep 03:00', { opening: false, earliest: false, keeps: true }),
    ).toBe('Sun 10 Sep 03:00');
  });
});
