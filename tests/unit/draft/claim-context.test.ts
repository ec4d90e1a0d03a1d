/**
 * Claims and what stands around them: a paragraph that opens on what happened before ("Ранее …",
 * "Previously, …") makes no claim of the journey, though "Earlier, …" may be the same trip's; a
 * train's initials before a route ("el AVE Madrid-Valencia") leave the route's places to its figures.
 */
import { describe, expect, it } from 'vitest';
import { read } from './news-gazetteer';

const figures = (text: string) =>
  read(text).claims.map((c) => ({
    said: c.claim.reported.figures.map((f) => `${f.value} ${f.unit}`).join(),
    places: c.claim.places,
  }));

describe('claims about what happened before', () => {
  it('ru: a paragraph opening “Ранее 24 декабря” is another train’s, to its end', () => {
    const a = read(
      'Поезд из Санкт-Петербурга прибыл в Севастополь. На маршруте длиной 2741 километр было 19 остановок.\n\nРанее 24 декабря из Москвы отправился другой поезд. Пассажиры будут находиться в пути 33 часа.',
    );
    const said = a.claims.flatMap((c) => c.claim.reported.figures.map((f) => f.value));
    expect(said).toContain(2741);
    expect(said).not.toContain(33);
    expect(a.excluded.some((e) => /33 часа/.test(e.quote) && /before/.test(e.reason))).toBe(true);
  });

  it('en: “Earlier, …” may be the same trip: its figures stay claims', () => {
    const a = read('The train left London on Monday.\n\nEarlier, the train had covered 300 km.');
    const said = a.claims.flatMap((c) => c.claim.reported.figures.map((f) => f.value));
    expect(said).toContain(300);
  });

  it('en: “Earlier on Tuesday” is the day reported, and the next paragraph is not “earlier”', () => {
    const a = read(
      'Earlier on Tuesday, the train covered 300 km from London.\n\nIt then ran 200 km to Amsterdam.',
    );
    const said = a.claims.flatMap((c) => c.claim.reported.figures.map((f) => f.value));
    expect(said).toEqual(expect.arrayContaining([300, 200]));
  });

  it('en: after a “Previously,” paragraph, the next paragraph’s figures are claims again', () => {
    const a = read(
      'Previously, a first train had taken 11 hours from London.\n\nThe new train ran 500 km to Amsterdam.',
    );
    const said = a.claims.flatMap((c) => c.claim.reported.figures.map((f) => f.value));
    expect(said).toContain(500);
    expect(said).not.toContain(11);
  });
});

describe('a train’s initials before its route', () => {
  it.each([
    'El AVE Madrid-Valencia lleva a cabo un recorrido de 391 kilómetros en 95 minutos.',
    'The AVE Madrid-Valencia covers 391 km in 95 minutes.',
  ])('“%s”: the figures are the route’s, Madrid to Valencia', (text) => {
    expect(figures(text)).toEqual(
      expect.arrayContaining([{ said: '391 km', places: ['madrid', 'valencia'] }]),
    );
  });
});

describe('days of a leg the sentence names, and of another trip', () => {
  /** Each day claim as day@the gazetteer's name of its place. */
  const days = (text: string) => {
    const a = read(text);
    return a.claims
      .filter((c) => c.claim.kind === 'datetime')
      .map(
        (c) =>
          `${c.claim.reported.day}@${c.claim.places.map((id) => a.places.find((p) => p.id === id)?.entry.name).join()}`,
      );
  };

  it.each([
    [
      'ru',
      'Сегодня, 2 апреля 2024 года, в первый рейс по маршруту "Москва-Ницца" отправился новый поезд.',
      '2024-04-02@Moscow',
    ],
    ['en', 'On Monday the first Paris-Lyon express left on time.', '2024-06-03@Paris'],
    ['en', 'On Monday the first Paris-Lyon express arrived on time.', '2024-06-03@Lyon'],
  ])('%s: “%s” is the day at the end it leaves or reaches', (_, text, want) => {
    expect(days(text)).toContain(want);
  });

  it('the day of the return journey is no day of this one', () => {
    const text =
      'The train reached Nice on Monday. For the return journey, it will depart from Nice at 3.40 pm on Thursday.';
    expect(days(text)).toEqual(['2024-06-03@Nice']);
    expect(
      read(text).excluded.some((e) => /return/.test(e.reason) && /Thursday/.test(e.quote)),
    ).toBe(true);
  });

  it('“Paris-Nice” names no station of Paris, though "Nice" is an English word', () => {
    expect(read('On Monday the first Paris-Nice sleeper left.').places.map((p) => p.id)).toEqual([
      'paris',
    ]);
  });
});
