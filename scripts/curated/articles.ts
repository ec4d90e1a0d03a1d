/** The two source articles (../shared/articles/README.md says which file is which). */
export const ARTICLES = [
  {
    id: 'live',
    file: '000_4e508b13e52c11e8.txt',
    title: 'Putin-Kim meeting: Kim’s train spotted in eastern Russia',
    outlet: 'Live news page',
    short: 'Live page',
    published: '2023-09-12',
  },
  {
    id: 'ft',
    file: '004_9d374928d60337d4.txt',
    title: 'Kim Jong Un arrives in Russia for talks with Vladimir Putin on expected arms deal',
    outlet: 'Financial Times (as republished)',
    short: 'FT',
    published: '2023-09-12',
  },
] as const;
