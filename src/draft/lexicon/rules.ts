/**
 * The English words the rules read, by rule, as data (`rules.json`): a word a rule should also
 * read is added there, not in the rule's code. The other lexicons map their words to these.
 */
import rules from './rules.json';

/** Words of travel within a few tokens of a place's name: the place is on the journey ("left Pyongyang"). */
export const TRAVEL_NEAR_NAME: ReadonlySet<string> = new Set(rules.travelNearName);
/** Words that make a duration the time of a journey, not of a meeting or a wait. */
export const TRAVEL_OF_DURATION: ReadonlySet<string> = new Set(rules.travelOfDuration);
/** Nouns of a journey as a whole ("the 170-kilometre trip"). */
export const JOURNEY_NOUNS: ReadonlySet<string> = new Set(rules.journeyNouns);
/** Words after "border" that make it an adjective, not a place ("the border city"). */
export const BORDER_ADJECTIVES: ReadonlySet<string> = new Set(rules.borderAdjectives);
/**
 * Words that name a station by what it is, not by a place ("Union Station", "City Railway
 * Station", "Central"): such a name before a station's head is no place of that name elsewhere;
 * the station stands at the city the text ties it to.
 */
export const GENERIC_STATION_NAMES: ReadonlySet<string> = new Set(rules.genericStationNames);
/**
 * Words that join two names as written between them, in every language: a connector between
 * names keeps its own text as its key ("Juan Carlos y Sofía"), so these are read as written.
 */
export const NAMES_JOINED_BY: ReadonlySet<string> = new Set(rules.namesJoinedBy);
