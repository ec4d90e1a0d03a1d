import de from './de.json';
import en from './en.json';
import es from './es.json';
import fr from './fr.json';
import it from './it.json';
import ko from './ko.json';
import type { Lexicon } from './lexicon';
import pt from './pt.json';
import ru from './ru.json';

export type { Lexicon } from './lexicon';

/**
 * Every language the draft reads, one JSON file each (see lexicon.ts for the fields and
 * docs/story-draft.md for how to add one). English first: the language of the rules.
 */
export const LEXICONS: Lexicon[] = [en, de, fr, es, it, pt, ru, ko] as Lexicon[];
