import { describe, expect, it } from 'vitest';
import { durations } from '../../../src/draft/figures/durations';
import { speeds } from '../../../src/draft/figures/speeds';
import { LEXICONS, type Lexicon } from '../../../src/draft/lexicon/index';
import { readWith } from '../../../src/draft/lexicon/read';
import { tokenize } from '../../../src/draft/text';

const lex = (code: string) => LEXICONS.find((l) => l.code === code) as Lexicon;
const read = (code: string, text: string) => readWith(tokenize(text), lex(code));
const said = (f: { figures: { value: number; unit: string }[] }[]) =>
  f.flatMap((x) => x.figures.map((y) => `${y.value} ${y.unit}`));

describe('ranges, clock times and compound durations as news writes them', () => {
  it.each([
    ['en', 'A train journey can take 20 to 24 hours.', '20 h'],
    ['en', 'The ride lasts between three and four hours.', '3 h'],
    ['de', 'Die Fahrt dauert 5 bis 6 Stunden.', '5 h'],
    ['fr', 'Le trajet dure de 7 à 8 heures.', '7 h'],
    ['ko', '열차는 65시간40분만에 도착했다.', '3940 min'],
    ['ko', '동당역까지 걸린 시간은 총 12시간30분에 달한다.', '750 min'],
  ])('%s: reads a duration in “%s” as %s', (code, text, figure) => {
    expect(said(durations(read(code, text)))).toEqual([figure]);
  });

  it.each([
    ['en', 'Trains run at between 90 and 110 km/h on the new line.', '90 km/h'],
    ['es', 'El tren circula a entre 90 y 110 km/h.', '90 km/h'],
  ])('%s: reads a range of speeds in “%s” as its lower figure', (code, text, figure) => {
    expect(said(speeds(read(code, text)))).toEqual([figure]);
  });

  it('says a range is read as its lower figure', () => {
    const [f] = durations(read('en', 'A train journey can take 20 to 24 hours.'));
    expect(f?.note).toMatch(/range, 20 to 24/);
  });

  it.each([
    ['es', 'El primer tren partió de Atocha a las 08.40 horas.'],
    ['it', 'Il treno è partito alle 06.25 ore dalla stazione.'],
    ['en', 'It left at 10.30 hours, local time.'],
  ])('%s: a clock time followed by the word for hours is no duration (“%s”)', (code, text) => {
    expect(durations(read(code, text))).toEqual([]);
  });

  it('keeps a decimal duration that is not a clock time', () => {
    expect(said(durations(read('en', 'The train arrived 6.10 hours late.')))).toEqual(['6.1 h']);
  });

  it('does not read two figures joined by “and” as a range without “between”', () => {
    expect(said(durations(read('en', 'It stopped 2 and took 3 hours.')))).toEqual(['3 h']);
  });
});
