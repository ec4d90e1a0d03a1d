/** The stops the route table measures between, in travel order (ids of rail network nodes). */
export const JOURNEY_STOPS = [
  'pyongyang',
  'rajin',
  'tumangang',
  'khasan',
  'ussuriysk',
  'khabarovsk',
  'belogorsk',
  'ledyanaya',
  'vostochny',
] as const;
/** The stretch whose published length tells how short the North Korean chain measures. */
export const CHAIN_CHECK = ['pyongyang', 'tumangang'] as const;
