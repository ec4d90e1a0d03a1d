/**
 * A page's own stamp line ("Updated: …", "Atualizado em …", "Aktualisiert am …") gives the day
 * the page was written or changed and the desk that wrote it: no day and no place of the
 * journey. A line of prose that opens with the same word stays a line of the article.
 */
import { describe, expect, it } from 'vitest';
import { analyzed } from './places-gazetteer';

function draft(text: string) {
  const a = analyzed(text);
  return {
    days: a.claims.filter((c) => c.claim.kind === 'datetime').map((c) => c.claim.reported.day),
    places: a.places.map((p) => p.name),
    stamped: a.excluded.filter((e) => /stamp/.test(e.reason)).length,
  };
}

describe("a page's stamp line", () => {
  it.each([
    [
      'en',
      'Updated: Jun 04, 2024, 10:04 IST - Boise\n\nThe train left Warsaw on Monday and reached Lublin.',
    ],
    [
      'en',
      'June 04, 2024 10:19 am | Updated 12:19 pm IST - Boise\n\nThe train left Warsaw on Monday and reached Lublin.',
    ],
    [
      'en',
      'Last updated on June 4, 2024 12:30 pm\nThe train left Warsaw on Monday and reached Lublin.',
    ],
    [
      'en',
      'First published: Tuesday 4 June 2024\n\nThe train left Warsaw on Monday and reached Lublin.',
    ],
    [
      'pt',
      'Atualizado em 4 de junho de 2024, às 10h\n\nO trem saiu de São Paulo na segunda-feira e chegou a Campinas.',
    ],
    [
      'de',
      'Aktualisiert am 4. Juni 2024, 10:00 Uhr\n\nDer Zug fuhr am Montag von Warschau nach Lublin.',
    ],
  ])('%s: the stamp gives no day and no place', (_code, text) => {
    const d = draft(text);
    expect(d.days).toContain('2024-06-03');
    expect(d.days).not.toContain('2024-06-04');
    expect(d.places).not.toContain('Boise');
    expect(d.stamped).toBeGreaterThan(0);
  });

  it.each([
    'Published reports said the train left Warsaw on Monday and reached Lublin on Tuesday.',
    'The train left Warsaw on Monday.\nUpdated timetables show it reached Lublin on Tuesday.',
  ])('prose that opens with the word keeps its days: “%s”', (text) => {
    const d = draft(text);
    expect(d.days).toContain('2024-06-03');
    expect(d.days).toContain('2024-06-04');
    expect(d.stamped).toBe(0);
  });
});
