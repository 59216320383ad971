import { describe, expect, it } from 'vitest';
import { FOLD_RULES, foldWord, plainWord, type FoldRule } from '../../src/people/fold.js';

/** Folds with every rule but one, to show that the rule is the one that makes its pair equal. */
function foldWithout(word: string, skip: string): string {
  return FOLD_RULES.filter((r) => r.name !== skip).reduce((w, r) => r.apply(w), word);
}

const rule = (name: string): FoldRule => {
  const found = FOLD_RULES.find((r) => r.name === name);
  if (!found) throw new Error(`no rule ${name}`);
  return found;
};

describe('FOLD_RULES, one by one on inputs written for each', () => {
  // [rule, input as it reaches the rule (lower-case after the first rule), expected output]
  const cases: Array<[string, string, string]> = [
    ['invisibles', 'Pou\u00ADtine', 'Poutine'],
    ['invisibles', 'Lou\u200Dka\u2060chenko', 'Loukachenko'],
    ['lower-case', 'LOUKACHENKO', 'loukachenko'],
    ['lower-case', 'ÉLISE', 'élise'],
    ['ligatures', 'rœmer', 'roemer'],
    ['ligatures', 'læstadius', 'laestadius'],
    ['diacritics', 'valéry', 'valery'],
    ['diacritics', 'matveïev', 'matveiev'],
    ['diacritics', 'matve\u0069\u0308ev', 'matveiev'], // NFD: i + COMBINING DIAERESIS
    ['diacritics', 'gorbatchëv', 'gorbatchev'],
    ['apostrophes', 'il’ya', 'ilya'],
    ['apostrophes', "ob'yedkov", 'obyedkov'],
    ['hyphens', 'ter-petrossian', 'terpetrossian'],
    ['x-ks', 'alexandre', 'aleksandre'],
    ['x-ks', 'maxime', 'maksime'],
    ['w-v', 'wladimir', 'vladimir'],
    ['y-i', 'sergey', 'sergei'],
    ['y-i', 'natalya', 'natalia'],
    ['y-i', 'matveyev', 'matveiev'],
    ['gu-g', 'serguei', 'sergei'],
    ['gu-g', 'guerassimov', 'gerassimov'],
    ['gu-g', 'guardia', 'guardia'], // gu before a: kept
    ['ou-u', 'poutine', 'putine'],
    ['ou-u', 'iouri', 'iuri'],
    ['ou-u', 'loukachenko', 'lukachenko'],
    ['tch-ch', 'gorbatchev', 'gorbachev'],
    ['tch-ch', 'tchernychev', 'chernychev'],
    ['sh-ch', 'lukashenko', 'lukachenko'],
    ['sh-ch', 'ushakov', 'uchakov'],
    ['zh-j', 'iezhov', 'iejov'],
    ['zh-j', 'zhukov', 'jukov'],
    ['kh-h', 'mikhail', 'mihail'],
    ['kh-h', 'khodorkovski', 'hodorkovski'],
    ['yo-e', 'piotr', 'petr'],
    ['yo-e', 'fiodor', 'fedor'],
    ['yo-e', 'vorobiov', 'vorobev'],
    ['yo-e', 'antonio', 'antonio'], // io at the end: kept
    ['iev-ev', 'matveiev', 'matveev'],
    ['iev-ev', 'soloviev', 'solovev'],
    ['iev-ev', 'ievlev', 'ievlev'], // only the ending
    ['double-letters', 'beloussov', 'belousov'],
    ['double-letters', 'valerii', 'valeri'],
    ['double-letters', 'kirill', 'kiril'],
    ['mute-e', 'putine', 'putin'],
    ['mute-e', 'aleksandre', 'aleksandr'],
    ['mute-e', 'valerie', 'valeri'],
    ['mute-e', 'ane', 'ane'], // short words keep it
    ['enka-enko', 'lukachenka', 'lukachenko'],
    ['enka-enko', 'enkavedist', 'enkavedist'], // only the ending
    ['aliaks-aleks', 'aliaksandr', 'aleksandr'],
    ['aliaks-aleks', 'aliaksei', 'aleksei'],
    ['aliaks-aleks', 'valiaksi', 'valiaksi'], // only the opening
    ['er-r', 'aleksander', 'aleksandr'],
    ['er-r', 'peter', 'petr'],
    ['er-r', 'homer', 'homer'], // m: not a stop before -er
  ];

  it.each(cases)('%s: %s → %s', (name, input, expected) => {
    expect(rule(name).apply(input)).toBe(expected);
  });

  it('has a case for every rule', () => {
    expect(new Set(cases.map(([name]) => name))).toEqual(new Set(FOLD_RULES.map((r) => r.name)));
  });

  it('has unique rule names', () => {
    expect(new Set(FOLD_RULES.map((r) => r.name)).size).toBe(FOLD_RULES.length);
  });
});

describe('each rule is needed for its pair', () => {
  it.each(FOLD_RULES.map((r) => [r.name, r] as const))('%s', (_name, r) => {
    const [a, b] = r.pair;
    expect(foldWord(a)).toBe(foldWord(b));
    expect(foldWithout(a, r.name)).not.toBe(foldWithout(b, r.name));
  });
});

describe('foldWord on the spellings of the samples', () => {
  it.each([
    ['Loukachenko', 'Lukashenko'],
    ['Alexandre', 'Alexander'],
    ['Matveyev', 'Matveïev'],
    ['Mantourov', 'Manturov'], // caption line 172 and participant line 115 of the Minsk dossier
    ['Beloussov', 'Belousov'], // caption line 189 and participant line 118
    ['Poutine', 'Putin'],
    ['Sergueï', 'Sergey'],
    ['Iouri', 'Yuri'],
    ['Ouchakov', 'Ushakov'],
    ['Yezhov', 'Iejov'],
    ['Vorobyov', 'Vorobiev'],
    ['Valery', 'Valéri'],
    ['Natalya', 'Natalia'],
  ])('%s = %s', (a, b) => {
    expect(foldWord(a)).toBe(foldWord(b));
  });

  it('keeps the surnames of different people apart', () => {
    const surnames = ['Poutine', 'Loukachenko', 'Matveyev', 'Zelensky', 'Golub', 'Vorobyov', 'Hadaya', 'Gerasimov',
      'Breus', 'Knyazeva', 'Pyzh', 'Yezhov', 'Lavrov', 'Novak', 'Siluanov', 'Peskov', 'Eismont', 'Gryzlov',
      'Tsivilev', 'Snopkov', 'Parkhomchik', 'Aleinik', 'Krutoi', 'Ouchakov', 'Mantourov', 'Beloussov', 'Porochenko'];
    const folded = surnames.map(foldWord);
    expect(new Set(folded).size).toBe(surnames.length);
  });

  it('is idempotent on folded names', () => {
    for (const w of ['Loukachenko', 'Alexandre', 'Matveïev', 'Poutine', 'Vorobyov', 'Beloussov', 'Guerassimov', 'Piotr']) {
      expect(foldWord(foldWord(w))).toBe(foldWord(w));
    }
  });

  it('gives the documented keys', () => {
    expect(['Loukachenko', 'Matveïev', 'Poutine', 'Alexander'].map(foldWord)).toEqual(['lukachenko', 'matvev', 'putin', 'aleksandr']);
  });
});

describe('plainWord', () => {
  it('lower-cases, drops diacritics, apostrophes and a final period', () => {
    expect(plainWord('Président')).toBe('president');
    expect(plainWord('Mr.')).toBe('mr');
    expect(plainWord('L’')).toBe('l');
    expect(plainWord('Étrangères')).toBe('etrangeres');
  });

  it('does not transliterate', () => {
    expect(plainWord('Poutine')).toBe('poutine');
  });
});

describe('docs/people.md', () => {
  it('lists every rule of the table, in order', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'people.md'), 'utf8');
    const listed = [...doc.matchAll(/^ {3}\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    expect(listed).toEqual(FOLD_RULES.map((r) => r.name));
  });
});
