import { describe, expect, it } from 'vitest';
import { travelDuration } from '../../../src/draft/context';
import { directions } from '../../../src/draft/figures/directions';
import { durations } from '../../../src/draft/figures/durations';
import { speeds } from '../../../src/draft/figures/speeds';
import { dwellDuration } from '../../../src/draft/legs';
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

describe('delays and stops as durations of their own, and durations of travel', () => {
  const first = (code: string, text: string) => {
    const t = read(code, text);
    const [f] = durations(t);
    if (!f) throw new Error(`no duration in “${text}”`);
    return { t, f };
  };
  it.each([
    ['en', 'They had used up just 22 minutes for fuel stops.'],
    ['ru', 'Поезд прибыл с опозданием в 14 минут.'],
    ['es', 'El tren llegó con un retraso de 20 minutos.'],
    ['en', 'The train arrived six minutes late.'],
  ])('%s: “%s” is a stop or a delay', (code, text) => {
    const { t, f } = first(code, text);
    expect(dwellDuration(t, f)).toBe(true);
  });
  it.each([
    ['en', 'The train took 22 minutes for the whole line.'],
    ['en', 'Passengers waited for a delay announcement for 3 hours and then went home.'],
  ])('%s: “%s” is no stop', (code, text) => {
    const { t, f } = first(code, text);
    expect(dwellDuration(t, f)).toBe(false);
  });
  it.each([
    ['en', 'Passengers headed to Fukuoka had to endure a 7-hour ordeal.'],
    ['en', 'She has spent the last 15 days at sea.'],
    ['de', 'Über zehn Stunden war Kim Jong Un ab Pjöngjang in dem Zug unterwegs.'],
    ['ru', 'Завершилось 52-часовое путешествие.'],
  ])('%s: “%s” is a duration of travel', (code, text) => {
    const { t, f } = first(code, text);
    expect(travelDuration(t, f)).toBe(true);
  });
  it('“the meeting went on for three hours” is no duration of travel', () => {
    const { t, f } = first('en', 'The meeting with the president went on for three hours.');
    expect(travelDuration(t, f)).toBe(false);
  });
});

describe('a compass word right after a distance', () => {
  it.each([
    ['en', 'The train went all the way to Adelaide, almost 3000 kilometres south, on Monday.', 'S'],
    ['en', 'Kano lies 1,000 km north.', 'N'],
  ])('%s: “%s” is a direction from the place named before', (code, text, want) => {
    const found = directions(read(code, text));
    expect(found.map((d) => [d.direction, d.reference])).toEqual([[want, -1]]);
  });
  it.each([
    ['en', 'The line runs 300 km through the South Island.'],
    ['en', 'The station lies 2 km south of the centre and 5 km north of the port.'],
  ])('%s: “%s” has no bare direction after a distance', (code, text) => {
    expect(directions(read(code, text)).filter((d) => d.reference === -1)).toEqual([]);
  });
});
