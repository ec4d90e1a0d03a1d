/**
 * Speeds as each language writes "per hour" ("por hora", "à l'heure", "в час", "km / ч"), and clock
 * times that the word for hours follows ("a las 13:30 horas", "às 10 horas"): made-up sentences,
 * must-match and must-not-match.
 */
import { describe, expect, it } from 'vitest';
import { distances } from '../../../src/draft/figures/distances';
import { durations } from '../../../src/draft/figures/durations';
import { speeds } from '../../../src/draft/figures/speeds';
import { LEXICONS, type Lexicon } from '../../../src/draft/lexicon/index';
import { readWith } from '../../../src/draft/lexicon/read';
import { tokenize } from '../../../src/draft/text';

const lex = (code: string) => LEXICONS.find((l) => l.code === code) as Lexicon;
const read = (code: string, text: string) => readWith(tokenize(text), lex(code));
const said = (f: { figures: { value: number; unit: string }[] }[]) =>
  f.flatMap((x) => x.figures.map((y) => `${y.value} ${y.unit}`));

describe('per hour in each language', () => {
  it.each([
    ['es', 'El convoy circula a 120 kilómetros por hora.', '120 km/h'],
    ['pt', 'O comboio seguia a 60 quilómetros por hora.', '60 km/h'],
    ['fr', 'Le train roulait à 300 kilomètres à l’heure.', '300 km/h'],
    ['fr', "Le train roulait à 250 kilomètres à l'heure.", '250 km/h'],
    ['ru', 'Поезд идёт со скоростью до 160 км / ч.', '160 km/h'],
    ['ru', 'Поезд шёл со скоростью 90 километров в час.', '90 km/h'],
    ['en', 'The train ran at 100 km / h on the plain.', '100 km/h'],
  ])('%s: “%s” is a speed (%s), not a distance', (code, text, figure) => {
    const t = read(code, text);
    expect(said(speeds(t))).toEqual([figure]);
    expect(said(distances(t))).toEqual([]);
  });

  it.each([
    ['en', 'The train ran 300 km in an hour.', '300 km'],
    ['es', 'El tren recorrió 391 kilómetros por la meseta.', '391 km'],
    ['fr', 'Le train a parcouru 80 km à travers la plaine.', '80 km'],
  ])('%s: “%s” stays a distance', (code, text, figure) => {
    const t = read(code, text);
    expect(said(speeds(t))).toEqual([]);
    expect(said(distances(t))).toEqual([figure]);
  });
});

describe('a clock time that the word for hours follows', () => {
  it.each([
    ['es', 'El tren llegó a Campeche a las 13:30 horas, hora del centro.'],
    ['es', 'El tren partió a las 10 horas de la estación.'],
    ['pt', 'Às 10 horas partiu da estação de Santa Apolónia.'],
  ])('%s: “%s” has no duration', (code, text) => {
    expect(durations(read(code, text))).toEqual([]);
  });

  it.each([
    ['es', 'Tras 29 horas de viaje llegó a Mendoza.', '29 h'],
    ['pt', 'A viagem durou as 10 horas previstas.', '10 h'],
    ['es', 'El viaje duró 13 horas y 30 minutos.', '810 min'],
  ])('%s: “%s” keeps its duration (%s)', (code, text, figure) => {
    expect(said(durations(read(code, text)))).toEqual([figure]);
  });
});
