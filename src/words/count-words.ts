import type { Verdict } from '../journey/verdict';

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

/** "1 impossible", "8 hold", "2 do not hold": a count of one verdict. */
export function countWords(count: number, v: Verdict): string {
  if (count === 1) return `1 ${v}`;
  if (v === 'holds') return `${count} hold`;
  if (v === 'does not hold') return `${count} do not hold`;
  return `${count} ${v}`;
}

/** "Live page 1, FT 1": a total's share by article, the articles with none left out. */
export function perArticleWords(shares: { short: string; count: number }[]): string {
  return shares
    .filter((s) => s.count > 0)
    .map((s) => `${s.short} ${s.count}`)
    .join(', ');
}
