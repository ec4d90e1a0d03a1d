import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { days } from '../../../src/draft/figures/days';
import { distances } from '../../../src/draft/figures/distances';
import { durations } from '../../../src/draft/figures/durations';
import { speeds } from '../../../src/draft/figures/speeds';
import { detectLanguage } from '../../../src/draft/lexicon/detect';
import { LEXICONS, type Lexicon } from '../../../src/draft/lexicon/index';
import {
  dictionaryForms,
  nameForms,
  readWith,
  vowelVariants,
} from '../../../src/draft/lexicon/read';
import { fold, HARD_SENTENCE, tokenize } from '../../../src/draft/text';

const ARTICLES = 'tests/fixtures/articles';
const lex = (code: string) => LEXICONS.find((l) => l.code === code) as Lexicon;
const read = (code: string, text: string) => readWith(tokenize(text), lex(code));
const figures = (f: { figures: { value: number; unit: string }[] }[]) =>
  f.flatMap((x) => x.figures.map((y) => `${y.value} ${y.unit}`));

describe('the article’s language', () => {
  const folders = readdirSync(ARTICLES).filter((d) => !d.includes('.'));
  it('has a made-up article for every lexicon', () => {
    expect(folders.sort()).toEqual(LEXICONS.map((l) => l.code).sort());
  });
  it.each(folders)('reads the articles of %s/ as that language', (code) => {
    for (const f of readdirSync(join(ARTICLES, code))) {
      const text = readFileSync(join(ARTICLES, code, f), 'utf8');
      const found = detectLanguage(text);
      expect(found.lexicon.code).toBe(code);
      expect(found.unknown).toBe(false);
    }
  });
  it.each([
    ['Japanese', '東京駅から新大阪駅まで新幹線で二時間半かかった。列車は定刻に到着した。', 'Han'],
    [
      'Turkish',
      'Tren dün sabah İstanbul’dan hareket etti ve akşam Ankara’ya vardı. Yolculuk yaklaşık dört saat sürdü ve yolcular memnun kaldı bu sefer için.',
      'Latin',
    ],
  ])('names a language it has no lexicon for (%s) as unknown', (_, text, script) => {
    const found = detectLanguage(text);
    expect(found.unknown).toBe(true);
    expect(found.script).toBe(script);
  });
});

describe('figures as each language writes them', () => {
  it.each([
    ['de', 'Der Zug legte 1.240 Kilometer zurück.', distances, ['1240 km']],
    ['de', 'Die Fahrt dauerte 2,5 Stunden.', durations, ['2.5 h']],
    ['de', 'Er fuhr mit 60 Stundenkilometern.', speeds, ['60 km/h']],
    ['de', 'Über zehn Stunden war er unterwegs.', durations, ['10 h']],
    ['fr', 'Le trajet de 1 000 km a duré onze heures.', distances, ['1000 km']],
    ['fr', 'Le trajet de 1 000 km a duré onze heures.', durations, ['11 h']],
    ['fr', 'Une vingtaine de kilomètres séparent les deux villes.', distances, ['20 km']],
    ['es', 'Llegó cuatro horas y 20 minutos después.', durations, ['260 min']],
    ['es', 'El recorrido de 391 kilómetros.', distances, ['391 km']],
    ['it', 'Il viaggio dura circa sette ore.', durations, ['7 h']],
    ['it', 'La tratta di 800 chilometri.', distances, ['800 km']],
    ['pt', 'Chegou duas horas e 50 minutos depois.', durations, ['170 min']],
    ['pt', 'A viagem de 337 quilómetros.', distances, ['337 km']],
    ['ru', 'Поезд шел 43 часа 25 минут.', durations, ['2605 min']],
    ['ru', 'Путь длиной 2741 километров.', distances, ['2741 km']],
    ['ru', 'Средняя скорость 80 км/ч.', speeds, ['80 km/h']],
    ['ko', '약 65시간40분 만에 도착했다.', durations, ['3940 min']],
    ['ko', '약 170km를 달렸다.', distances, ['170 km']],
    ['en', 'The Acela hit 150 mph.', speeds, ['150 mph']],
    ['en', 'It took two hours and 47 minutes.', durations, ['167 min']],
  ])('%s: %j', (code, text, find, want) => {
    expect(figures(find(read(code, text)))).toEqual(want);
  });

  it.each([
    ['es', 'Más de 95.000 pasajeros viajaron.'],
    ['de', 'Das kostet 1.300 Euro.'],
    ['fr', 'Il est 20h52 à la gare.'],
    ['it', 'Ha 5 figli e 3 nipoti.'],
    ['ru', 'В поезде 12 вагонов.'],
    ['pt', 'O comboio tem 8 carruagens.'],
  ])('%s: no distance or duration in %j', (code, text) => {
    const t = read(code, text);
    expect([...distances(t), ...durations(t)]).toEqual([]);
  });

  it.each([
    ['de', 'Der Zug fuhr am Sonntagmorgen ab.', '2017-12-10', '2017-12-10'],
    ['de', 'Er kam am 10. Dezember an.', '2017-12-12', '2017-12-10'],
    ['fr', 'Il est parti ce jeudi soir.', '2021-05-21', '2021-05-20'],
    ['fr', 'Le train est arrivé hier.', '2021-05-21', '2021-05-20'],
    ['es', 'El tren llegó ayer.', '2010-12-19', '2010-12-18'],
    ['es', 'Salió el 19 de diciembre.', '2010-12-20', '2010-12-19'],
    ['it', 'È partito il 18 dicembre.', '2021-12-19', '2021-12-18'],
    ['pt', 'Partiu no domingo.', '2022-03-08', '2022-03-06'],
    ['ru', 'Поезд отправился в понедельник, 23 декабря.', '2019-12-25', '2019-12-23'],
    ['ru', 'Поезд прибыл вчера.', '2019-12-25', '2019-12-24'],
  ])('%s: the day of %j', (code, text, published, day) => {
    expect(days(read(code, text), published).map((d) => d.day)).toContain(day);
  });

  it('reads "13h10" and "20h52" as clock times, never as hours', () => {
    const t = read('fr', 'Départ à 13h10, arrivée à 20h52.');
    expect(durations(t)).toEqual([]);
    expect(t.tokens.filter((x) => x.key === ':')).toHaveLength(2);
  });

  it('leaves the text of every token as the article prints it', () => {
    const text = "Le train est parti de la gare d'Austerlitz à 20h52 pour 1 000 km.";
    const t = read('fr', text);
    for (const tok of t.tokens) expect(text.slice(tok.start, tok.end)).toBe(tok.text);
    expect(t.tokens.map((x) => x.text)).toContain('Austerlitz');
  });

  it('keeps a connector inside a name ("Gare de Lyon", "Frankfurt am Main")', () => {
    expect(read('fr', 'Il arrive à Gare de Lyon.').tokens[4]?.key).toBe('de');
    expect(read('fr', 'Il part de Paris.').tokens[2]?.key).toBe('from');
    expect(read('de', 'Er fuhr nach Frankfurt am Main.').tokens[4]?.key).toBe('am');
  });
});

describe('names as the language inflects them', () => {
  it.each([
    ['ru', 'Москвы', 'москва'],
    ['ru', 'Севастополе', 'севастополь'],
    ['ru', 'Петербурга', 'петербург'],
    ['de', 'Münchner', 'munchen'],
    ['de', 'Berliner', 'berlin'],
    ['ko', '평양역에서', '평양'],
    ['ko', '선양에', '선양'],
  ])('%s: %s may be %s', (code, word, base) => {
    expect(dictionaryForms(fold(word), lex(code))).toContain(fold(base));
  });
  it.each([
    // An adjective's ending replaced is a dictionary form, not a word to strip again: "Северной"
    // (northern) may be "северная", never "северн" (Severn, Maryland).
    ['ru', 'Северной', 'северн'],
    ['ru', 'Московского', 'московск'],
  ])('%s: %s is never %s', (code, word, base) => {
    expect(dictionaryForms(fold(word), lex(code))).not.toContain(fold(base));
  });
  it.each([
    ['텐진', '톈진'],
    ['스좌좡', '스자좡'],
    ['톈진', '텐진'],
  ])('ko: %s may be spelled %s (one vowel swapped)', (word, other) => {
    expect(nameForms(word, lex('ko'))).toContain(other);
  });
  it('swaps one vowel at a time, only by the pairs given, and nothing outside Hangul', () => {
    expect(vowelVariants('텐진', [['ㅔ', 'ㅖ']])).toEqual(['톈진']);
    expect(vowelVariants('평양', [['ㅔ', 'ㅖ']])).toEqual([]);
    expect(vowelVariants('Tianjin', [['ㅔ', 'ㅖ']])).toEqual([]);
    expect(nameForms('tianjin', lex('en'))).toEqual(['tianjin']);
  });
  it.each([
    ['ru', 'Москва'],
    ['en', 'Kansas'],
  ])('%s: %s is tried as written first', (code, word) => {
    expect(dictionaryForms(fold(word), lex(code))[0]).toBe(fold(word));
  });
  it('marks the words a language says are never places', () => {
    const t = read('de', 'Der Zug fuhr am Sonntag.');
    expect(t.tokens[0]?.stop).toBe(true);
    expect(read('it', 'È partito.').tokens[0]?.stop).toBe(true);
  });
});

describe('a run-on sentence', () => {
  it('is cut into sentences of at most HARD_SENTENCE tokens', () => {
    const t = tokenize('Warsaw is 300 km from Lublin and '.repeat(400));
    expect(t.sentences.length).toBeGreaterThan(10);
    for (const s of t.sentences) expect(s.to - s.from).toBeLessThanOrEqual(HARD_SENTENCE);
  });
});

describe('numbers as printed', () => {
  it.each([
    ['en', 'The extension is 575∙6 km long from Tokyo.', ['575.6 km']],
    ['de', 'Die Strecke ist 575·6 km lang.', ['575.6 km']],
  ])('%s: %j', (code, text, want) => {
    expect(figures(distances(read(code, text)))).toEqual(want);
  });
});
