import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/draft/analyze';
import { G, places } from './places-gazetteer';

describe('places in a gazetteer given as data', () => {
  it('matches without case or accents', () => {
    expect(places('The train left Sao Paulo for CAMPINAS.')).toEqual([
      'São Paulo 3448439',
      'Campinas 3467865',
    ]);
  });

  it('decides a name of two places by the region the text names, and keeps them apart', () => {
    expect(places('Riders left Portland, Oregon, for Portland, Maine, via Boise, Idaho.')).toEqual([
      'Portland, Oregon 5746545',
      'Portland, Maine 4975802',
      'Boise 5586437',
    ]);
  });

  it('reads a bare second mention as the sense nearest the other places of its sentence', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'They left Portland, Oregon, for Portland, Maine. Boise is 340 miles east of Portland.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    const claim = a.claims.find((c) => c.claim.kind === 'unstated-distance');
    expect(claim?.claim.places).toEqual(['boise', 'portland-oregon']);
  });

  it('finds an alternate name and keeps the article’s spelling', () => {
    expect(places('The sleeper reached Warszawa at dawn.')).toEqual(['Warszawa 756135']);
  });

  it('takes no person, word or brand for a place', () => {
    expect(
      places('Kim Jong Un met officials. Later Kim spoke. Police said a Mercedes-Benz was seen.'),
    ).toEqual([]);
  });

  it('takes "the Vostochny cosmodrome" for a site the gazetteer lacks, not the village', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'The meeting is at the Vostochny cosmodrome, 900km from Vladivostok.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    expect(a.places.map((p) => p.name)).toEqual(['Vladivostok']);
    expect(a.sites.map((s) => [s.label, s.site.kind])).toEqual([
      ['Vostochny cosmodrome', 'cosmodrome'],
    ]);
  });

  it('leaves out a wind speed and a frequency, with the reason', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'Winds of up to 110 km/h hit Lublin. The train from Warsaw to Lublin runs five days a week and reaches 160 km/h.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    expect(a.claims.map((c) => [c.claim.kind, c.claim.reported.text])).toEqual([
      ['speed', '160 km/h'],
    ]);
    expect(a.excluded.map((e) => e.reason)).toEqual([
      'a wind speed, not the journey’s',
      'how often a service runs, not how long a journey takes',
    ]);
  });

  it('reads "the Polish capital" as the capital the article names', () => {
    const a = analyze(
      [
        {
          file: 'a.txt',
          text: 'It left Warsaw at 9pm. Lublin lies some 150km south-east of the Polish capital.',
          published: '2024-06-04',
          outlet: 'T',
        },
      ],
      G,
    );
    expect(a.descriptions.map((d) => [d.label, d.place])).toEqual([
      ['the Polish capital', 'warsaw'],
    ]);
    expect(a.claims.find((c) => c.claim.kind === 'direction')?.claim.places).toEqual([
      'lublin',
      'warsaw',
    ]);
  });
});
