import { describe, expect, it } from 'vitest';
import { idOfKey, initialismOf, initialsOf, initialsOfTokens, isInitial, isInitialism, nameTokens, personIdFor, readName } from '../../src/people/match.js';

describe('nameTokens', () => {
  it('splits on spaces of any kind and after an initial’s period', () => {
    expect(nameTokens('Vladimir\u00A0Poutine')).toEqual(['Vladimir', 'Poutine']);
    expect(nameTokens('V.Poutine')).toEqual(['V.', 'Poutine']);
    expect(nameTokens('Jean-Marie d’Ormesson')).toEqual(['Jean-Marie', 'd’Ormesson']);
  });
});

describe('initialismOf', () => {
  it('gives the initials a name is made of alone, as initialsOfTokens writes them', () => {
    for (const name of ['V.P.', 'V. P.', 'VP', 'V.\u00A0P.', 'V.\u200BP.']) expect(initialismOf(name), name).toBe('VP');
    expect(initialismOf('É.M.')).toBe('EM');
    expect(initialismOf('A.B.C.')).toBe('ABC');
  });
  it('gives nothing for a name, one initial, four or more, or initials without their periods', () => {
    for (const name of ['Poutine', 'V. Poutine', 'V.', 'A.B.C.D.', 'V P', 'LTET', 'Vp']) expect(initialismOf(name), name).toBeUndefined();
  });
});

describe('readName', () => {
  it('reads a full name into first name, surname and key', () => {
    expect(readName('Vladimir Poutine')).toMatchObject({ first: 'vladimir', initial: 'v', last: 'putin', key: 'vladimir putin' });
  });

  it('gives every spelling of one person the same key', () => {
    const keys = ['Alexandre Loukachenko', 'Alexander Lukashenko', 'Alexandre Lukashenko', 'ALEXANDRE LOUKACHENKO'].map((n) => readName(n)?.key);
    expect(new Set(keys)).toEqual(new Set(['aleksandr lukachenko']));
    expect(readName('Vladimir Matveyev')?.key).toBe(readName('Vladimir Matveïev')?.key);
  });

  it('keeps people who share a first name apart', () => {
    const keys = ['Vladimir Poutine', 'Vladimir Matveyev', 'Vladimir Zelensky'].map((n) => readName(n)?.key);
    expect(new Set(keys).size).toBe(3);
  });

  it('leaves middle names and patronymics out of the key', () => {
    expect(readName('Vladimir Vladimirovitch Poutine')?.key).toBe('vladimir putin');
  });

  it('leaves particles out', () => {
    expect(readName('Charles de Gaulle')).toMatchObject({ first: 'charles', last: 'gaul', key: 'charles gaul' });
  });

  it('reads an initial and a surname without a key', () => {
    for (const name of ['V. Poutine', 'V.Poutine', 'V Poutine']) {
      const shape = readName(name);
      expect(shape).toMatchObject({ initial: 'v', last: 'putin' });
      expect(shape?.key).toBeUndefined();
      expect(shape?.first).toBeUndefined();
    }
  });

  it('reads a surname alone', () => {
    expect(readName('Poutine')).toEqual({ tokens: ['Poutine'], last: 'putin' });
  });

  it('returns undefined without letters', () => {
    expect(readName('')).toBeUndefined();
    expect(readName(' – , ')).toBeUndefined();
  });
});

describe('personIdFor', () => {
  it('is the same for every spelling of one person', () => {
    expect(personIdFor('Vladimir Poutine')).toBe('vladimir-putin');
    expect(personIdFor('Vladimir Putin')).toBe('vladimir-putin');
    expect(personIdFor('Alexander Lukashenko')).toBe('aleksandr-lukachenko');
    expect(personIdFor('Alexandre Loukachenko')).toBe('aleksandr-lukachenko');
  });

  it('is the folded surname for a surname alone, and empty without letters', () => {
    expect(personIdFor('Poutine')).toBe('putin');
    expect(personIdFor('…')).toBe('');
  });
});

describe('idOfKey', () => {
  it('joins words with dashes and keeps letters and digits only', () => {
    expect(idOfKey('vladimir putin')).toBe('vladimir-putin');
    expect(idOfKey('o.k x')).toBe('ok-x');
  });

  it('reads keys beyond plain ASCII words as the general rule does', () => {
    expect(idOfKey('sergei lavrov')).toBe('sergei-lavrov');
    expect(idOfKey('ʻumar x')).toBe('ʻumar-x'); // ʻ is a letter (Lm)
    expect(idOfKey('иван петров')).toBe('иван-петров');
    expect(idOfKey(' lavrov')).toBe('lavrov');
    expect(idOfKey('mr. x2')).toBe('mr-x2');
  });
});

describe('initials', () => {
  it('isInitial: one capital, with or without a period; a capital, a small letter and a period', () => {
    expect(['V.', 'V', 'É.', 'Ch.', 'Yu.'].map(isInitial)).toEqual([true, true, true, true, true]);
    // Without the period two letters are a word; three are an abbreviation; `Mr.` is an honorific.
    expect(['Ch', 'Vla.', 'v.', 'VP', 'Mr.', 'Ms.', 'Dr.'].map(isInitial)).toEqual([false, false, false, false, false, false, false]);
  });

  it('isInitialism: two or three capitals', () => {
    expect(['VP', 'VVP', 'AL'].map(isInitialism)).toEqual([true, true, true]);
    expect(['V', 'TASS', 'Vp', 'V.P.'].map(isInitialism)).toEqual([false, false, false, false]);
  });

  it('initialsOf: first name and surname, and every word when there are more', () => {
    expect(initialsOf('Vladimir Poutine')).toEqual(['VP']);
    expect(initialsOf('Vladimir Vladimirovitch Poutine')).toEqual(['VP', 'VVP']);
    expect(initialsOf('Émile Zola')).toEqual(['EZ']);
    expect(initialsOf('Charles de Gaulle')).toEqual(['CG']);
    expect(initialsOf('Poutine')).toEqual([]);
  });

  it('initialsOfTokens: the initials of a name from the tokens readName keeps', () => {
    for (const name of ['Vladimir Poutine', 'Vladimir Vladimirovitch Poutine', 'Émile Zola', 'E\u0301mile Zola', 'Charles de Gaulle', 'Poutine', 'ǅemal Bijedić', '𝐀lex Smith']) {
      expect(initialsOfTokens(readName(name)?.tokens ?? [])).toEqual(initialsOf(name));
    }
    expect(initialsOfTokens(['Émile', 'Zola'])).toEqual(['EZ']);
  });
});

describe('initials through invisibles (issue 12)', () => {
  it('`Vla\u00ADdimir Pou\u200Btine` has the initials `VP`', () => {
    expect(initialsOf('Vla\u00ADdimir Pou\u200Btine')).toEqual(['VP']);
  });
});
