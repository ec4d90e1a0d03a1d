/**
 * The places the map plots: which row of which input file gives each coordinate, the names, and
 * every short quote from the articles that mentions the place. Quotes are verbatim (a unit test
 * checks them against ../shared/articles/).
 */
export type InputRow =
  | { file: 'dprk_route_stations.csv'; key: 'name_en'; value: string }
  | { file: 'route_keypoints.csv'; key: 'id'; value: string }
  | { file: 'extra_points.csv'; key: 'name_en'; value: string };

export interface CuratedPlace {
  id: string;
  name: string;
  names: { ko?: string; ru?: string };
  kind: 'capital' | 'city' | 'station' | 'border' | 'cosmodrome';
  /** Where the place is; the map labels it in that country's script. */
  country: 'KP' | 'RU' | 'KP-RU';
  row: InputRow;
  mentions: { article: 'live' | 'ft'; quote: string }[];
}

export const PLACES: CuratedPlace[] = [
  {
    id: 'pyongyang',
    name: 'Pyongyang',
    names: { ko: '평양', ru: 'Пхеньян' },
    kind: 'capital',
    country: 'KP',
    row: { file: 'dprk_route_stations.csv', key: 'name_en', value: "P'yongyang" },
    mentions: [
      {
        article: 'ft',
        quote:
          'Kim left Pyongyang on Sunday after attending a military parade celebrating his communist state’s founding',
      },
      {
        article: 'ft',
        quote: 'Kim being given a send-off before his departure from Pyongyang on Sunday',
      },
    ],
  },
  {
    id: 'tumangang',
    name: 'Tumangang station',
    names: { ko: '두만강역', ru: 'Туманган' },
    kind: 'station',
    country: 'KP',
    row: { file: 'dprk_route_stations.csv', key: 'name_en', value: 'Tumangang' },
    mentions: [],
  },
  {
    id: 'border',
    name: 'Friendship Bridge (border)',
    names: { ru: 'Мост Дружбы' },
    kind: 'border',
    country: 'KP-RU',
    row: { file: 'route_keypoints.csv', key: 'id', value: 'border_bridge' },
    mentions: [
      {
        article: 'ft',
        quote:
          'Russian state TV channel Rossiya-24 showed footage of a Russian railways locomotive pulling Kim’s green railway carriages over a bridge that spans the river marking the border with North Korea.',
      },
      {
        article: 'ft',
        quote:
          'Rossiya-24 said the train crossed the border in “absolute secrecy” on Tuesday morning.',
      },
    ],
  },
  {
    id: 'khasan',
    name: 'Khasan station',
    names: { ko: '하산역', ru: 'Хасан' },
    kind: 'station',
    country: 'RU',
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Khasan station' },
    mentions: [],
  },
  {
    id: 'ussuriysk',
    name: 'Ussuriysk',
    names: { ko: '우수리스크', ru: 'Уссурийск' },
    kind: 'city',
    country: 'RU',
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Ussuriysk station' },
    mentions: [
      {
        article: 'live',
        quote:
          'Reports coming in from Russia say Kim’s train has been spotted at the railway station in the town of Ussuriysk, which is about 98km (61 miles) north of Vladivostok.',
      },
      {
        article: 'ft',
        quote:
          'Ussuriysk, a city where Kim’s train was seen on Tuesday and which is about 60km north of Vladivostok',
      },
    ],
  },
  {
    id: 'vladivostok',
    name: 'Vladivostok',
    names: { ko: '블라디보스토크', ru: 'Владивосток' },
    kind: 'city',
    country: 'RU',
    row: { file: 'extra_points.csv', key: 'name_en', value: 'Vladivostok station' },
    mentions: [
      {
        article: 'live',
        quote: 'the town of Ussuriysk, which is about 98km (61 miles) north of Vladivostok',
      },
      { article: 'ft', quote: 'which is about 60km north of Vladivostok' },
      {
        article: 'ft',
        quote:
          'Peskov said Putin and Kim would meet after the Eastern Economic Forum that the Russian president is attending in the eastern city of Vladivostok',
      },
      {
        article: 'ft',
        quote:
          'Members of the North Korean delegation prepare Kim’s train for departure from Vladivostok in 2019.',
      },
      {
        article: 'ft',
        quote:
          'Kim’s visit to Russia comes more than four years after he held his first summit with Putin in Vladivostok.',
      },
    ],
  },
  {
    id: 'vostochny',
    name: 'Vostochny Cosmodrome',
    names: { ko: '보스토치니 우주기지', ru: 'Космодром Восточный' },
    kind: 'cosmodrome',
    country: 'RU',
    row: {
      file: 'extra_points.csv',
      key: 'name_en',
      value: 'Vostochny Cosmodrome Site 1S (Soyuz-2 pad)',
    },
    mentions: [
      {
        article: 'ft',
        quote:
          'Rossiya-24 said the meeting would probably be held at the Vostochny cosmodrome in Russia’s far east on Wednesday.',
      },
      {
        article: 'ft',
        quote: 'Asked at an EEF panel on Tuesday about his plans to visit Vostochny',
      },
      { article: 'ft', quote: 'The space launch facility is about 900km north-west of Ussuriysk' },
    ],
  },
];
