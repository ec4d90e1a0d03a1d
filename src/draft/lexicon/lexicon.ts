/**
 * A language as the draft reads it: data a person who speaks the language can correct, no code.
 * The draft's rules are written once, in English words; a lexicon says which English word each of
 * its own words stands for ("Stunden": "hours", "gestern": "yesterday", "nach": "to"), how it
 * writes numbers, which capitalised words are never places, and how it inflects place names.
 * Words are matched folded (lower case, no accents), so "Kilomètres" and "kilometres" meet.
 */
export interface Lexicon {
  /** ISO 639-1 code. */
  code: string;
  /** The language's English name, for REVIEW.md. */
  name: string;
  /** Frequent short words that tell the language from the others (articles, prepositions). */
  common: string[];
  /** A script the language alone (of these) is written in, as a Unicode property escape. */
  script?: string;
  /**
   * How digits are grouped: "," for "1,240 km" and "2.5 hours"; "." for "1.240 Kilometer" and
   * "2,5 Stunden"; " " for "1 240 km" and "2,5 heures" (a space, read as one number).
   */
  thousands: ',' | '.' | ' ';
  /** The language's words → the English word the rules read (units, numbers, days, travel …). */
  words: Record<string, string>;
  /** Capitalised words that are never a place name ("Der", "Sonntag", "È"). */
  notPlaces: string[];
  /** Whether every noun is capitalised (German): a capital then says nothing of a name. */
  nounsCapitalised?: boolean;
  /** Whether the verb of travel follows the place ("평양역에서 출발해"), as in Korean. */
  travelAfter?: boolean;
  /** Words between a number and its unit that the rules skip ("une vingtaine de kilomètres"). */
  fillers?: string[];
  /** Elided articles and prepositions glued to the next word ("d'Austerlitz", "l'Ucraina"). */
  elisions?: string[];
  /**
   * Endings of a word as the language inflects it → the ending of its dictionary form, tried in
   * order when the word as written is not found: "Москвы" (-ы → -а) is "Москва", "Münchner"
   * (-ner → -en) "München", "평양역에서" (-역에서 → "") "평양".
   */
  endings: [string, string][];
  /**
   * Words that are places somewhere but words first in this language: read as a place only after
   * a preposition of place. English keeps its own list in the code (`COMMON_WORDS`: "Nice",
   * "Reading"); another language's article reads "Nice" as the city.
   */
  wordsFirst?: string[];
  /**
   * Words GeoNames writes after a place's name in this language that the news leaves out:
   * "시" (city) in Korean, so "단둥" finds the alternate name "단둥 시".
   */
  placeSuffixes?: string[];
  /**
   * A station's or an airport's head as the language glues it to the name ("평양역", "김포공항"):
   * the word up to it is a station's name, placed at the city it names or the text ties it to.
   */
  stationSuffixes?: string[];
  /**
   * Vowels the language writes one for the other in foreign names, as pairs of letters: Korean
   * "텐진" and "톈진" (ㅔ, ㅖ) for Tianjin. A name not found is looked up with one vowel swapped.
   */
  vowelVariants?: [string, string][];
  /** Words that hold a station's suffix and are no station ("지역", region; "역사", history). */
  notStations?: string[];
  /**
   * Whether a city named before a station's head names where its trains go, not where it stands:
   * "Московский вокзал" is in Saint Petersburg, "Казанский вокзал" in Moscow.
   */
  stationsNamedForDestination?: boolean;
}
