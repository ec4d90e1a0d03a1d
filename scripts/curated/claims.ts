/**
 * Every checkable statement the two articles make about where the places are, how far apart,
 * how fast the train goes and when it got where. Quotes are verbatim (a unit test checks them
 * against ../shared/articles/). `places` is [subject, reference]: "A is 98km north of B" is
 * ['a', 'b']. Days are resolved from the articles' date, Tuesday 12 September 2023.
 */
type Figure = { value: number; unit: 'km' | 'mi' | 'km/h' | 'mph' | 'yr' };
interface Source {
  outlet: string;
  title: string;
  url: string;
  published: string;
  quote: string;
}
interface Claim {
  id: string;
  article: 'live' | 'ft';
  quote: string;
  kind:
    | 'straight-distance'
    | 'rail-distance'
    | 'road-distance'
    | 'unstated-distance'
    | 'direction'
    | 'speed'
    | 'datetime'
    | 'duration'
    | 'elapsed';
  places: string[];
  reported: {
    text: string;
    figures: Figure[];
    qualifier: string | null;
    direction: string | null;
    day: string | null;
    dayName: string | null;
    partOfDay: 'morning' | null;
  };
  /** A forecast on the day of publication rather than a report of what happened. */
  forecast?: true;
  /** For a span of years: the earlier event, its day and its source. */
  since?: { day: string; what: string; source: Source };
  note: string;
}

/** The first Putin–Kim summit, Vladivostok, Thursday 25 April 2019: Kim's last trip abroad before this one. */
const SUMMIT_2019: Source = {
  outlet: 'DW',
  title: 'Kim Jong Un and Vladimir Putin end Vladivostok summit',
  url: 'https://www.dw.com/en/kim-jong-un-and-vladimir-putin-end-vladivostok-summit/a-48471334',
  published: '2019-04-25',
  quote:
    "The Thursday meeting was the first ever face-to-face meeting between the two leaders and Kim's first official visit to Russia.",
};

const none = {
  figures: [],
  qualifier: null,
  direction: null,
  day: null,
  dayName: null,
  partOfDay: null,
};

export const CLAIMS: Claim[] = [
  {
    id: 'live-ussuriysk-vladivostok-distance',
    article: 'live',
    quote: 'the town of Ussuriysk, which is about 98km (61 miles) north of Vladivostok',
    kind: 'unstated-distance',
    places: ['ussuriysk', 'vladivostok'],
    reported: {
      ...none,
      text: 'about 98km (61 miles)',
      figures: [
        { value: 98, unit: 'km' },
        { value: 61, unit: 'mi' },
      ],
      qualifier: 'about',
    },
    note: 'The article does not say whether this is a straight-line, rail or road distance.',
  },
  {
    id: 'live-ussuriysk-vladivostok-direction',
    article: 'live',
    quote: 'the town of Ussuriysk, which is about 98km (61 miles) north of Vladivostok',
    kind: 'direction',
    places: ['ussuriysk', 'vladivostok'],
    reported: { ...none, text: 'north', direction: 'N' },
    note: '',
  },
  {
    id: 'live-speed',
    article: 'live',
    quote:
      'According to reports the train can manage speeds of only about 50 kilometres per hour (31 miles per hour).',
    kind: 'speed',
    places: [],
    reported: {
      ...none,
      text: 'about 50 kilometres per hour (31 miles per hour)',
      figures: [
        { value: 50, unit: 'km/h' },
        { value: 31, unit: 'mph' },
      ],
      qualifier: 'about',
    },
    note: 'A top speed (“can manage”), attributed to unnamed reports.',
  },
  {
    id: 'live-ussuriysk-sighting',
    article: 'live',
    quote:
      'Reports coming in from Russia say Kim’s train has been spotted at the railway station in the town of Ussuriysk',
    kind: 'datetime',
    places: ['ussuriysk'],
    reported: { ...none, text: 'has been spotted (no day given)' },
    note: 'No day or time is given; the FT places the sighting on Tuesday (see that claim).',
  },
  {
    id: 'live-in-russia',
    article: 'live',
    quote: 'Kremlin spokesperson Dmitry Peskov confirms Kim is now in Russia',
    kind: 'datetime',
    places: ['border'],
    reported: { ...none, text: 'now (Tuesday)', day: '2023-09-12', dayName: 'Tuesday' },
    note: '“Now” is read as the live page’s date, Tuesday 12 September 2023: the train had crossed the border by the end of that day.',
  },
  {
    id: 'ft-left-pyongyang',
    article: 'ft',
    quote: 'Kim left Pyongyang on Sunday',
    kind: 'datetime',
    places: ['pyongyang'],
    reported: { ...none, text: 'on Sunday', day: '2023-09-10', dayName: 'Sunday' },
    note: 'No hour is given.',
  },
  {
    id: 'ft-send-off-sunday',
    article: 'ft',
    quote: 'Kim being given a send-off before his departure from Pyongyang on Sunday',
    kind: 'datetime',
    places: ['pyongyang'],
    reported: { ...none, text: 'on Sunday', day: '2023-09-10', dayName: 'Sunday' },
    note: 'A photo caption (© KCNA/AFP/Getty Images): the send-off before the departure, the same day as the text gives.',
  },
  {
    id: 'ft-arrived-russia',
    article: 'ft',
    quote: 'North Korean leader Kim Jong Un arrived in Russia on his private train on Tuesday',
    kind: 'datetime',
    places: ['border'],
    reported: { ...none, text: 'on Tuesday', day: '2023-09-12', dayName: 'Tuesday' },
    note: '',
  },
  {
    id: 'ft-crossed-border',
    article: 'ft',
    quote: 'Rossiya-24 said the train crossed the border in “absolute secrecy” on Tuesday morning.',
    kind: 'datetime',
    places: ['border'],
    reported: {
      ...none,
      text: 'on Tuesday morning',
      day: '2023-09-12',
      dayName: 'Tuesday',
      partOfDay: 'morning',
    },
    note: 'Attributed to Russian state TV; taken as Russian (Vladivostok) time.',
  },
  {
    id: 'ft-seen-ussuriysk',
    article: 'ft',
    quote: 'Ussuriysk, a city where Kim’s train was seen on Tuesday',
    kind: 'datetime',
    places: ['ussuriysk'],
    reported: { ...none, text: 'on Tuesday', day: '2023-09-12', dayName: 'Tuesday' },
    note: '',
  },
  {
    id: 'ft-ussuriysk-vladivostok-distance',
    article: 'ft',
    quote: 'which is about 60km north of Vladivostok',
    kind: 'unstated-distance',
    places: ['ussuriysk', 'vladivostok'],
    reported: {
      ...none,
      text: 'about 60km',
      figures: [{ value: 60, unit: 'km' }],
      qualifier: 'about',
    },
    note: 'The article does not say whether this is a straight-line, rail or road distance.',
  },
  {
    id: 'ft-ussuriysk-vladivostok-direction',
    article: 'ft',
    quote: 'which is about 60km north of Vladivostok',
    kind: 'direction',
    places: ['ussuriysk', 'vladivostok'],
    reported: { ...none, text: 'north', direction: 'N' },
    note: '',
  },
  {
    id: 'ft-vostochny-ussuriysk-distance',
    article: 'ft',
    quote: 'The space launch facility is about 900km north-west of Ussuriysk',
    kind: 'unstated-distance',
    places: ['vostochny', 'ussuriysk'],
    reported: {
      ...none,
      text: 'about 900km',
      figures: [{ value: 900, unit: 'km' }],
      qualifier: 'about',
    },
    note: 'The article sets it against the rail route (“but the railway route is circuitous”), so it reads as a straight-line figure, though it does not say so.',
  },
  {
    id: 'ft-vostochny-ussuriysk-direction',
    article: 'ft',
    quote: 'The space launch facility is about 900km north-west of Ussuriysk',
    kind: 'direction',
    places: ['vostochny', 'ussuriysk'],
    reported: { ...none, text: 'north-west', direction: 'NW' },
    note: '',
  },
  {
    id: 'ft-route-circuitous',
    article: 'ft',
    quote: 'but the railway route is circuitous',
    kind: 'rail-distance',
    places: ['vostochny', 'ussuriysk'],
    reported: { ...none, text: 'circuitous (no figure)' },
    note: 'No figure: checked as the ratio of the rail distance to the straight line.',
  },
  {
    id: 'ft-how-long',
    article: 'ft',
    quote: 'it was unclear how long Kim’s train would take to get there',
    kind: 'duration',
    places: ['ussuriysk', 'vostochny'],
    reported: { ...none, text: 'unclear (no figure)' },
    note: 'No figure: the map computes the time at the chosen speed.',
  },
  {
    id: 'ft-vostochny-wednesday',
    article: 'ft',
    quote:
      'Rossiya-24 said the meeting would probably be held at the Vostochny cosmodrome in Russia’s far east on Wednesday.',
    kind: 'datetime',
    places: ['vostochny'],
    reported: {
      ...none,
      text: 'probably on Wednesday',
      day: '2023-09-13',
      dayName: 'Wednesday',
      qualifier: 'probably',
    },
    forecast: true,
    note: 'A forecast on the day of publication, and about the meeting, not the train’s arrival: read as the train being at the cosmodrome by the end of Wednesday at the latest.',
  },
  {
    id: 'ft-speed',
    article: 'ft',
    quote: 'its resulting heavy weight means it travels at only around 59km/h',
    kind: 'speed',
    places: [],
    reported: {
      ...none,
      text: 'around 59km/h',
      figures: [{ value: 59, unit: 'km/h' }],
      qualifier: 'around',
    },
    note: 'Attributed to Yonhap.',
  },
  {
    id: 'live-four-years',
    article: 'live',
    quote: 'It’s four years since Kim travelled overseas',
    kind: 'elapsed',
    places: [],
    reported: { ...none, text: 'four years', figures: [{ value: 4, unit: 'yr' }] },
    since: {
      day: '2019-04-25',
      what: 'his last trip abroad, to Russia for the summit with Putin in Vladivostok',
      source: SUMMIT_2019,
    },
    note: 'The trip it means is the visit to Russia of April 2019 (the page: “his last visit to Russia in 2019”).',
  },
  {
    id: 'ft-four-years',
    article: 'ft',
    quote:
      'Kim’s visit to Russia comes more than four years after he held his first summit with Putin in Vladivostok.',
    kind: 'elapsed',
    places: [],
    reported: {
      ...none,
      text: 'more than four years',
      figures: [{ value: 4, unit: 'yr' }],
      qualifier: 'more than',
    },
    since: {
      day: '2019-04-25',
      what: 'the first summit with Putin, in Vladivostok',
      source: SUMMIT_2019,
    },
    note: '',
  },
];

/** Figures in the articles that are not about this journey, and so are not checked here. */
export const EXCLUDED: { article: 'live' | 'ft'; quote: string; reason: string }[] = [
  {
    article: 'live',
    quote: 'Kim used the train for his last visit to Russia in 2019',
    reason: 'an earlier trip',
  },
  { article: 'live', quote: 'on a visit to Beijing in 2018', reason: 'an earlier trip' },
  {
    article: 'live',
    quote:
      'according to a 2002 account from Russian official Konstantin Pulikovsky who accompanied the elder Kim on a three-week trip to Moscow',
    reason: 'Kim Jong-il’s trip, told in a 2002 account',
  },
  {
    article: 'ft',
    quote: 'Kim’s luxurious green and yellow train has at least 20 bulletproof carriages',
    reason:
      'a count of carriages: this map has no data on the train’s carriages to check it against',
  },
  {
    article: 'ft',
    quote: 'Putin and Kim would meet “in the coming days”',
    reason: 'no place or figure to check',
  },
  {
    article: 'ft',
    quote: 'The visit marks Kim’s first foreign trip since the Covid-19 pandemic.',
    reason: 'no figure about this journey',
  },
  {
    article: 'live',
    quote: 'as well as for his failed summit with then US President Donald Trump earlier that year',
    reason: 'an earlier trip (the 2019 summit)',
  },
  {
    article: 'ft',
    quote:
      'Kim left Pyongyang on Sunday after attending a military parade celebrating his communist state’s founding',
    reason:
      'the parade is before the departure and has no day, place or figure of its own; the departure on Sunday is in the ledger',
  },
  {
    article: 'ft',
    quote:
      'Peskov said Putin and Kim would meet after the Eastern Economic Forum that the Russian president is attending in the eastern city of Vladivostok',
    reason: 'where Putin is, not the train: no place, day or figure of this journey',
  },
  {
    article: 'ft',
    quote: 'Asked at an EEF panel on Tuesday about his plans to visit Vostochny',
    reason: 'Putin at the forum in Vladivostok on Tuesday: not the train',
  },
  {
    article: 'ft',
    quote:
      'Members of the North Korean delegation prepare Kim’s train for departure from Vladivostok in 2019.',
    reason: 'a photo caption about the 2019 trip',
  },
  {
    article: 'ft',
    quote:
      'Russian state TV channel Rossiya-24 showed footage of a Russian railways locomotive pulling Kim’s green railway carriages over a bridge that spans the river marking the border with North Korea.',
    reason:
      'the footage puts the train on the border bridge (the Friendship Bridge, on the map) but gives no day, time or figure of its own; the crossing’s day is the next sentence’s claim (“on Tuesday morning”)',
  },
];
