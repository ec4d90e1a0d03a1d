import { describe, expect, it } from 'vitest';
import { prepareArticle } from '../../../src/draft/article';
import { parseHeader } from '../../../src/draft/header';

describe('article header', () => {
  it('reads Title, Outlet, Published and URL in any order and case, then a blank line', () => {
    const text =
      'outlet: The Courier\nPUBLISHED: 2024-03-16\nTitle:  Night train\nURL: https://example.org/a\n\nThe train left.';
    const h = parseHeader(text);
    expect([h.title, h.outlet, h.published, h.url]).toEqual([
      'Night train',
      'The Courier',
      '2024-03-16',
      'https://example.org/a',
    ]);
    expect(text.slice(h.bodyStart)).toBe('The train left.');
  });

  it('has no header when the first line is not a field: the body starts at 0', () => {
    const h = parseHeader('Putin-Kim meeting: Kim’s train spotted\n\nReports say…');
    expect(h.bodyStart).toBe(0);
    expect(h.title).toBeNull();
  });

  it('says which header line it could not use', () => {
    expect(parseHeader('Published: 12/09/2023\n\nText').problems).toEqual([
      'Published: "12/09/2023" is not a date as YYYY-MM-DD',
    ]);
  });

  it('takes the first line as the title, flags for what the header lacks, and initials as the short name', () => {
    const a = prepareArticle(
      {
        file: 'a.txt',
        text: 'Kim arrives in Russia\n\nNorth Korean leader…',
        published: '2023-09-12',
        outlet: 'Financial Times',
      },
      0,
      new Set(),
      new Set(),
    );
    expect(a.meta).toEqual({
      id: 'ft',
      file: 'a.txt',
      title: 'Kim arrives in Russia',
      outlet: 'Financial Times',
      short: 'FT',
      published: '2023-09-12',
    });
    expect(a.notes).toEqual(['title taken from the first line: “Kim arrives in Russia”']);
  });

  it('refuses an article with no date to read its days against', () => {
    expect(() =>
      prepareArticle({ file: 'a.txt', text: 'A train left.' }, 0, new Set(), new Set()),
    ).toThrow('a.txt: no publication date (add a "Published: YYYY-MM-DD" line or --published)');
  });
});
