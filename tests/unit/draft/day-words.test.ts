import { describe, expect, it } from 'vitest';
import { otherYear } from '../../../src/draft/context';
import { days } from '../../../src/draft/figures/days';
import { LEXICONS, type Lexicon } from '../../../src/draft/lexicon/index';
import { readWith } from '../../../src/draft/lexicon/read';
import { tokenize } from '../../../src/draft/text';

const lex = (code: string) => LEXICONS.find((l) => l.code === code) as Lexicon;
const read = (code: string, text: string) => readWith(tokenize(text), lex(code));
const dayList = (code: string, text: string, published: string) =>
  days(read(code, text), published).map((d) => d.day);

describe('days as news writes them', () => {
  it.each([
    ['en', 'The march started from Kochi on September 7 last year.', '2023-01-02', '2022-09-07'],
    ['en', 'The march started from Kochi on September 7.', '2023-10-02', '2023-09-07'],
  ])('%s: “%s” (published %s) is %s', (code, text, published, day) => {
    expect(dayList(code, text, published)).toEqual([day]);
  });

  it.each([
    [
      'fr',
      'Le train a quitté Paris ce jeudi soir à 20h52 pour arriver le lendemain à 9h11 à Nice.',
      '2021-05-20',
      ['2021-05-20', '2021-05-21'],
    ],
    [
      'it',
      'Il treno è partito da Roma lunedì sera ed è arrivato a Vienna l’indomani mattina.',
      '2022-03-08',
      ['2022-03-07', '2022-03-08'],
    ],
  ])('%s: one word for “the next day” counts from the day before it', (code, text, pub, want) => {
    expect(dayList(code, text, pub)).toEqual(want);
  });

  it.each([
    ['fr', 'A l’arrêt depuis 2017, le train de nuit repart ce jeudi soir de Paris.'],
    ['de', 'Seit 2015 fuhr kein Zug, doch am Sonntag fuhr der erste ICE ab Berlin.'],
    ['en', 'Closed since 2019, the line reopened on Monday with a train from Leeds.'],
  ])('%s: a year after “since” is no other trip’s year', (code, text) => {
    const t = read(code, text);
    const [d] = days(t, '2021-05-20');
    expect(d).toBeDefined();
    expect(otherYear(t, d?.from ?? 0, '2021-05-20', days(t, '2021-05-20'))).toBeNull();
  });

  it('a year named otherwise is another trip’s', () => {
    const t = read('en', 'In 2019 the train left Hanoi on Monday.');
    const [d] = days(t, '2021-05-20');
    expect(otherYear(t, d?.from ?? 0, '2021-05-20', days(t, '2021-05-20'))).toBe('2019');
  });
});

describe('days that are no day of the journey', () => {
  it('“early one Sunday morning last month” is some Sunday, not a day to resolve', () => {
    expect(
      dayList('en', 'Early one Sunday morning three men set off from Leeds.', '2019-12-06'),
    ).toEqual([]);
    expect(
      dayList('en', 'Early on Sunday morning three men set off from Leeds.', '2019-12-06'),
    ).toEqual(['2019-12-01']);
  });

  it('a clock time the timetable gives, several words after “scheduled”, makes no day', () => {
    const text =
      'The train, which was scheduled to commence its journey from Leeds station at 4.55 pm, left late.';
    expect(dayList('en', text, '2020-01-22')).toEqual([]);
  });
});
