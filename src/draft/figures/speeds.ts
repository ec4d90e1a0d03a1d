import type { Tokens } from '../text';
import type { MeasureFigure } from './figure';
import { measureFigures } from './measure';

/**
 * Every speed in the article: "59km/h", "50 kilometres per hour (31 miles per hour)", "at 80
 * mph", "120 kph", "sixty miles an hour". A distance alone ("50 kilometres") is not a speed.
 */
export function speeds(t: Tokens): MeasureFigure[] {
  return measureFigures(t.tokens, 'speed');
}
