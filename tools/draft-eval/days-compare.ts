/**
 * The draft's day reader beside chrono-node (npm), on the real articles' day labels: for each
 * article, the days each finds in the text against the days its labels give (any place).
 * Measurement only, like the rest of tools/draft-eval; chrono-node is a dev dependency.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chrono from 'chrono-node';
import { days } from '../../src/draft/figures/days.ts';
import { parseHeader } from '../../src/draft/header.ts';
import { detectLanguage } from '../../src/draft/lexicon/detect.ts';
import { readWith } from '../../src/draft/lexicon/read.ts';
import { tokenize } from '../../src/draft/text.ts';

interface Labels {
  [file: string]: { published: string; claims: { family: string; day?: string }[] };
}

export interface DayCounts {
  labelled: number;
  found: number;
  right: number;
}
export interface DayRow {
  article: string;
  language: string;
  draft: DayCounts;
  chrono: DayCounts;
}

const PARSERS: Record<string, chrono.Chrono | undefined> = {
  en: chrono.en.casual,
  de: chrono.de.casual,
  fr: chrono.fr.casual,
  es: chrono.es.casual,
  it: chrono.it.casual,
  pt: chrono.pt.casual,
  ru: chrono.ru.casual,
};

const counts = (labelled: Set<string>, found: Set<string>): DayCounts => ({
  labelled: labelled.size,
  found: found.size,
  right: [...found].filter((d) => labelled.has(d)).length,
});

/** Per article with day labels: the distinct days each reader finds, and how many are labelled. */
export function compareDays(dir: string): DayRow[] {
  const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
  const rows: DayRow[] = [];
  for (const [file, l] of Object.entries(labels)) {
    if (file === '_') continue;
    const labelled = new Set(
      l.claims.flatMap((c) => (c.family === 'datetime' && c.day ? [c.day] : [])),
    );
    if (labelled.size === 0) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const body = text.slice(parseHeader(text).bodyStart);
    const language = detectLanguage(body);
    const tokens = readWith(tokenize(text, parseHeader(text).bodyStart), language.lexicon);
    const ours = new Set(days(tokens, l.published).map((d) => d.day));
    const parser = PARSERS[language.lexicon.code];
    const theirs = new Set<string>();
    if (parser)
      for (const r of parser.parse(body, new Date(`${l.published}T12:00:00Z`)))
        if (
          r.start.isCertain('day') ||
          r.start.isCertain('weekday') ||
          /^(yesterday|today)/i.test(r.text)
        )
          theirs.add(r.start.date().toISOString().slice(0, 10));
    rows.push({
      article: file,
      language: language.lexicon.code,
      draft: counts(labelled, ours),
      chrono: counts(labelled, theirs),
    });
  }
  return rows;
}
