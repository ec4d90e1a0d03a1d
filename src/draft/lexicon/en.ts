import type { Lexicon } from './lexicon';

/**
 * English: the language the rules are written in, so it maps no words; its common words only
 * tell it from the others. Its own word lists live beside the rules that read them.
 */
export const en: Lexicon = {
  code: 'en',
  name: 'English',
  common: [
    'the',
    'and',
    'of',
    'to',
    'in',
    'was',
    'is',
    'for',
    'on',
    'with',
    'that',
    'by',
    'at',
    'from',
    'his',
    'its',
    'which',
    'were',
    'has',
    'have',
  ],
  thousands: ',',
  words: {},
  notPlaces: [],
  endings: [],
};
