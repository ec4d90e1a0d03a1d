/**
 * A timetable is not the run an article reports: "every morning", "the regular run", "once its
 * commercial run starts", "as per the railway timetable", in several languages; and the words
 * that only look like one ("since the timetable change", "every passenger") leave the figure.
 */
import { describe, expect, it } from 'vitest';
import { durations } from '../../../src/draft/figures/durations';
import { LEXICONS, type Lexicon } from '../../../src/draft/lexicon/index';
import { readWith } from '../../../src/draft/lexicon/read';
import { otherTrip } from '../../../src/draft/other-trips';
import { tokenize } from '../../../src/draft/text';
import { analyzed } from './places-gazetteer';

const lex = (code: string) => LEXICONS.find((l) => l.code === code) as Lexicon;
function why(code: string, text: string) {
  const t = readWith(tokenize(text), lex(code));
  const [f] = durations(t);
  if (!f) throw new Error(`no duration in “${text}”`);
  return otherTrip(t, f);
}

describe('timetables', () => {
  it.each([
    [
      'en',
      'The train is scheduled to cover the distance in 6 hours 30 minutes once its commercial run starts.',
    ],
    ['en', 'The regular run will take seven hours from Dharwad.'],
    ['en', 'From now on it will leave every morning and take 99 minutes.'],
    ['fr', 'Le train partira chaque matin et mettra sept heures.'],
    ['es', 'El servicio regular tardará cuatro horas cada día.'],
    ['de', 'Der Zug fährt jeden Morgen und braucht vier Stunden.'],
    ['it', 'Il treno partirà ogni mattina e impiegherà sette ore.'],
    ['ru', 'Поезд будет отправляться каждый день и идти 33 часа.'],
  ])('%s: “%s” is a timetable', (code, text) => {
    expect(why(code, text)).toMatch(/timetable/);
  });

  it.each([
    ['en', 'The sleeper left on its first run since the timetable change and took 11 hours.'],
    ['en', 'Every passenger cheered when the train arrived after 29 hours.'],
    ['es', 'Tras 29 horas de viaje llegó a Mendoza el tren.'],
  ])('%s: “%s” is the run itself', (code, text) => {
    expect(why(code, text)).toBeNull();
  });

  it('a stop is a word of travel, but not a stop of the timetable', () => {
    const journey = analyzed(
      'The train left Warsaw on Monday. Its last stop before the border was Lublin.',
    );
    const lublin = journey.places.find((p) => p.name === 'Lublin');
    expect(lublin && journey.travel.has(lublin.id)).toBe(true);
    const timetabled = analyzed(
      'The train left Warsaw on Monday. The operator will add a second daily express from July, with a stop at Lublin.',
    );
    const later = timetabled.places.find((p) => p.name === 'Lublin');
    expect(later && timetabled.travel.has(later.id)).toBe(false);
  });

  it('a day in a sentence of the timetable is no day of the journey', () => {
    const a = analyzed(
      'The train left São Paulo on Monday and reached Campinas. As per the railway timetable, it will leave São Paulo at 6.40 am on Tuesday.',
    );
    const days = a.claims
      .filter((c) => c.claim.kind === 'datetime')
      .map((c) => c.claim.reported.day);
    expect(days).toContain('2024-06-03');
    expect(days).not.toContain('2024-06-04');
    expect(a.excluded.some((e) => /timetable/.test(e.reason))).toBe(true);
  });
});
