/**
 * The words the rules read are data (src/draft/lexicon/rules.json): each list is read by its rule,
 * and a word added there is read in every language whose lexicon maps a word to it.
 */
import { describe, expect, it } from 'vitest';
import rules from '../../../src/draft/lexicon/rules.json';
import { analyzed } from './places-gazetteer';

const travel = (text: string) => [...analyzed(text).travel].sort();

describe("the rules' words", () => {
  it('are lists of lower-case words, each once', () => {
    for (const [name, words] of Object.entries(rules)) {
      if (name === 'about') continue;
      expect(Array.isArray(words), name).toBe(true);
      const list = words as string[];
      expect(list.length, name).toBeGreaterThan(0);
      expect(new Set(list).size, name).toBe(list.length);
      for (const w of list) expect(w, name).toBe(w.toLowerCase());
    }
  });

  it.each([
    'The overnight express halts at Lublin before dawn.',
    'The train halted at Lublin for twenty minutes.',
    'Der Zug hielt am Montag in Lublin und fuhr dann nach Warschau.',
  ])('a stop named with a word of travel is on the journey: “%s”', (text) => {
    expect(travel(text)).toContain('lublin');
  });

  it.each([
    'Lublin is a city of universities.',
    'Das Museum in Lublin ist alt und die Stadt ist schön.',
  ])('a place named with no word of travel is not: “%s”', (text) => {
    expect(travel(text)).not.toContain('lublin');
  });
});
