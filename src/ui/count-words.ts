const NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
];

/** "the article", "the two articles", "the 12 articles": a story's articles, counted. */
export function theArticles(n: number): string {
  return n === 1 ? 'the article' : `the ${NUMBERS[n] ?? n} articles`;
}
