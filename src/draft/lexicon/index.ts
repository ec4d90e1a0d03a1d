import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ko } from './ko';
import type { Lexicon } from './lexicon';
import { pt } from './pt';
import { ru } from './ru';

export type { Lexicon } from './lexicon';

/** Every language the draft reads. Adding a language is adding its file here (see docs). */
export const LEXICONS: Lexicon[] = [en, de, fr, es, it, pt, ru, ko];
