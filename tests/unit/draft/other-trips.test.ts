import { describe, expect, it } from 'vitest';
import { distances } from '../../../src/draft/figures/distances';
import { durations } from '../../../src/draft/figures/durations';
import { LEXICONS, type Lexicon } from '../../../src/draft/lexicon/index';
import { readWith } from '../../../src/draft/lexicon/read';
import { otherTrip } from '../../../src/draft/other-trips';
import { tokenize } from '../../../src/draft/text';

const lex = (code: string) => LEXICONS.find((l) => l.code === code) as Lexicon;
const read = (code: string, text: string) => readWith(tokenize(text), lex(code));
/** Why the first duration (or distance) of a sentence is another trip's, or null. */
function why(code: string, text: string, family: 'duration' | 'distance' = 'duration') {
  const t = read(code, text);
  const [f] = family === 'duration' ? durations(t) : distances(t);
  if (!f) throw new Error(`no ${family} in “${text}”`);
  return otherTrip(t, f);
}

describe('figures about another trip', () => {
  it.each([
    ['en', 'The return journey will take up to four hours 49 minutes.', /return/],
    ['de', 'Die Rückfahrt dauert fünf Stunden.', /return/],
    ['fr', 'Le voyage de retour a duré six heures.', /return/],
    ['es', 'El viaje de vuelta dura cuatro horas.', /return/],
    ['ru', 'Обратный путь занимает 30 часов.', /return/],
    ['en', 'A flight from Seoul to Tokyo typically takes two hours.', /usually/],
    ['it', 'Il viaggio dura solitamente tre ore.', /usually/],
    ['en', 'In the past, it took about two hours to travel from Guangzhou.', /used to/],
    ['es', 'Anteriormente el viaje duraba ocho horas.', /used to/],
    ['en', 'Two minutes after departure the train reached 177 km/h.', /offset/],
    ['en', 'The journey is stretched out by a day for the tour.', /change/],
    ['en', 'Two other expresses cover the same distance in 6 hours 25 minutes.', /same route/],
    ['es', 'Otros trenes recorren la misma distancia en cinco horas.', /same route/],
    ['en', 'The ride will take just three hours in the future.', /future/],
    ['es', 'El viaje durará tres horas en el futuro.', /future/],
    ['de', 'In Zukunft dauert die Fahrt drei Stunden.', /future/],
    ['ru', 'В будущем поездка займёт три часа.', /future/],
  ])('%s: “%s” is another trip’s', (code, text, reason) => {
    expect(why(code, text)).toMatch(reason);
  });

  it('a network’s length is not a journey’s', () => {
    expect(why('en', 'It is part of the 25,000-km rail network.', 'distance')).toMatch(/network/);
  });

  it.each([
    ['en', 'The train reached Tucumán roughly 31 hours after leaving the capital.'],
    ['en', 'The journey took four hours and 49 minutes.'],
    ['en', 'Service returned to normal and the ride took six hours.'],
    ['fr', 'Le trajet a duré onze heures.'],
    ['de', 'Über zehn Stunden war er in dem Zug unterwegs.'],
    ['en', 'Exactly 27 hours later they pulled up outside the hotel.'],
    ['es', 'El tren tardó tres horas, pero en el futuro será más rápido.'],
    ['en', 'It took the same three hours as the bus.'],
  ])('%s: “%s” is this journey’s', (code, text) => {
    expect(why(code, text)).toBeNull();
  });
});

describe('the train the new one replaced', () => {
  it('“the old metre-gauge train took around 18 hours” is another trip’s', () => {
    expect(
      why('en', 'The old metre-gauge train took around 18 hours over the same route.'),
    ).toMatch(/used to/);
  });
  it('“an old friend joined the ride of six hours” is this journey’s', () => {
    expect(why('en', 'An old friend joined them on the ride, which took six hours.')).toBeNull();
  });
});

it('“the ride was 25 minutes faster than the old service”: the old service is compared with', () => {
  expect(why('en', 'The four-hour, 52-minute ride was faster than the old service.')).toBeNull();
});
