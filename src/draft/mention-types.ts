import type { CountryMention } from './countries';
import type { NameMatch } from './gazetteer';
import type { NounKind } from './words';

/** A name the gazetteer knows, where the text names it, with what the text says around it. */
export interface NameMention {
  key: string;
  /** The name as the article prints it. */
  text: string;
  from: number;
  to: number;
  matches: NameMatch[];
  /** A country or region the text ties to this very mention ("Portland, Oregon", "Russia’s"). */
  country: string | null;
  region: { country: string; code: string; name: string }[] | null;
  /** A station or airport named after the place ("Münchner Hauptbahnhof", "Haneda Airport"). */
  station?: string;
}

/** A named thing that is not a settlement: "the Vostochny cosmodrome", "the border". */
export interface SiteMention {
  kind: Exclude<NounKind, 'region' | 'other'>;
  from: number;
  to: number;
  /** Countries the phrase names ("the border with North Korea"). */
  countries: string[];
}

export interface ArticleMentions {
  names: NameMention[];
  countries: CountryMention[];
  sites: SiteMention[];
}
