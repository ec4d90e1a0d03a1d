import { describe, expect, it } from 'vitest';
import { days } from '../../../src/draft/figures/days';
import type { Tokens } from '../../../src/draft/text';
import { found, NEVER } from './helpers';

// Tuesday 12 September 2023, the day the seed articles were published.
const PUBLISHED = '2023-09-12';
const on = (t: Tokens) => days(t, PUBLISHED);
const read = (text: string) =>
  found(on, text).map((d) => [d.printed, d.day, d.partOfDay, d.future]);

describe('days', () => {
  it.each([
    [
      'The train crossed the border on Tuesday morning.',
      [['on Tuesday morning', '2023-09-12', 'morning', false]],
    ],
    ['Kim left Pyongyang on Sunday.', [['on Sunday', '2023-09-10', null, false]]],
    [
      'They would meet at the cosmodrome on Wednesday.',
      [['on Wednesday', '2023-09-13', null, true]],
    ],
    ['Early on Friday it reached the coast.', [['Early on Friday', '2023-09-08', null, false]]],
    ['It left at 10.40pm on Friday.', [['on Friday', '2023-09-08', 'evening', false]]],
    ['It reached Lviv on 11 September.', [['on 11 September', '2023-09-11', null, false]]],
    ['It left on September 9, 2023.', [['on September 9, 2023', '2023-09-09', null, false]]],
    ['Kim is now in Russia.', [['now', '2023-09-12', null, false]]],
    ['It arrives tomorrow evening.', [['tomorrow evening', '2023-09-13', 'evening', true]]],
    ['The sleeper left on Monday night.', [['on Monday night', '2023-09-11', 'evening', false]]],
  ])('reads %j', (text, want) => {
    expect(read(text)).toEqual(want);
  });

  it('reads relative days from the day named before, across midnight', () => {
    expect(
      read(
        'It left on Friday evening. That evening it called at Lublin, and before dawn the next day it reached Przemyśl.',
      ),
    ).toEqual([
      ['on Friday evening', '2023-09-08', 'evening', false],
      ['That evening', '2023-09-08', 'evening', false],
      ['before dawn the next day', '2023-09-09', 'night', false],
    ]);
    expect(read('It left on Monday evening and reached Lviv shortly before midnight.')).toEqual([
      ['on Monday evening', '2023-09-11', 'evening', false],
      ['shortly before midnight', '2023-09-11', 'evening', false],
    ]);
  });

  it('crosses midnight between two clock times, but not past the day of publication', () => {
    // Monday: the 1 am after 10.40 pm is Tuesday, the publication day.
    expect(read('It left Kraków on Monday at 10.40 pm and reached Lviv at 1 am.')).toEqual([
      ['on Monday', '2023-09-11', 'evening', false],
      ['at 1 am', '2023-09-12', 'night', false],
    ]);
    // Tuesday, the publication day: the 1.30 pm told after 11 pm is the same day's, told later.
    expect(read('The express started on Tuesday at 11 pm. It reached Lviv at 1.30 pm.')).toEqual([
      ['on Tuesday', '2023-09-12', 'evening', false],
      ['at 1.30 pm', '2023-09-12', 'afternoon', false],
    ]);
  });

  it('crosses midnight only from a time after noon: an earlier morning time is another train', () => {
    expect(
      read(
        'On Saturday at 06.00 the first train left. It arrived at 09.34. The first train the other way left at 06.11, and the ceremony began at 05.30.',
      ).map((d) => [d[0], d[1]]),
    ).toEqual([
      ['On Saturday', '2023-09-09'],
      ['at 09.34', '2023-09-09'],
      ['at 06.11', '2023-09-09'],
      ['at 05.30', '2023-09-09'],
    ]);
  });

  it('makes no day of "today" in the words of someone quoted, nor counts from it', () => {
    expect(
      read(
        'On Saturday the line opened at 06.00. The mayor said that ‘we reached this day today. Today is a new era.’ Celebrations began at 07.30.',
      ),
    ).toEqual([
      ['On Saturday', '2023-09-09', 'morning', false],
      ['at 07.30', '2023-09-09', 'morning', false],
    ]);
    // Outside a quotation, "today" is the day of publication.
    expect(read('Kim’s train arrives today.')).toEqual([['today', '2023-09-12', null, false]]);
  });

  it('makes no day of a timetable time, nor moves the clock on with it', () => {
    expect(
      read('On Tuesday it reached Lviv at 9.50 pm. It was scheduled to reach Kyiv at 10.10 am.'),
    ).toEqual([['On Tuesday', '2023-09-12', 'evening', false]]);
  });

  it.each([
    ...NEVER,
    'The Sunday Telegraph and the May Day parade.'.replace('Sunday ', ''),
    'Its trains run every day.',
  ])('finds nothing in %j', (text) => {
    expect(found(on, text)).toEqual([]);
  });
});
