import { describe, expect, it } from 'vitest';
import { PeopleIndex, canonicalName, countSpelling, phraseKey, toPerson } from '../../src/people/index.js';
import { readName, type NameShape } from '../../src/people/match.js';

const shape = (name: string): NameShape => readName(name) as NameShape;

describe('canonicalName', () => {
  it('prefers the full name written most often', () => {
    const index = new PeopleIndex();
    const draft = index.full('Alexander Lukashenko', shape('Alexander Lukashenko'));
    countSpelling(draft, 'Alexander Lukashenko', 0);
    countSpelling(draft, 'Alexandre Loukachenko', 1);
    countSpelling(draft, 'Alexandre Loukachenko', 2);
    countSpelling(draft, 'Loukachenko', 3, 9); // a surname, however frequent, is not a full name
    expect(canonicalName(draft)).toBe('Alexandre Loukachenko');
  });

  it('breaks ties by length, then by first use', () => {
    const index = new PeopleIndex();
    const a = index.draft('a');
    countSpelling(a, 'Ilya Yezhov', 5);
    countSpelling(a, 'Ilia Iejov', 1);
    expect(canonicalName(a)).toBe('Ilya Yezhov'); // longer
    const b = index.draft('b');
    countSpelling(b, 'Vladimir Matveïev', 7);
    countSpelling(b, 'Vladimir Matveyev', 3);
    expect(canonicalName(b)).toBe('Vladimir Matveyev'); // same length: first written
  });

  it('falls back to the most written spelling, and the pinned name wins', () => {
    const index = new PeopleIndex([{ id: 'p', name: 'V. V. Poutine' }]);
    const surname = index.draft('putin');
    countSpelling(surname, 'Poutine', 0, 3);
    countSpelling(surname, 'VP', 1, 1);
    expect(canonicalName(surname)).toBe('Poutine');
    const pinned = index.draft('p');
    countSpelling(pinned, 'Vladimir Poutine', 0, 10);
    expect(canonicalName(pinned)).toBe('V. V. Poutine');
    expect(toPerson(pinned)).toMatchObject({ id: 'p', name: 'V. V. Poutine', pinned: true });
  });
});

describe('PeopleIndex', () => {
  it('finds a person by full name, surname, initial and initials', () => {
    const index = new PeopleIndex();
    const putin = index.full('Vladimir Poutine', shape('Vladimir Poutine'));
    const luka = index.full('Alexandre Loukachenko', shape('Alexandre Loukachenko'));
    expect(index.findFull('Vladimir Putin', shape('Vladimir Putin'))).toBe(putin);
    expect(index.candidates(shape('Lukashenko'))).toEqual([luka]);
    expect(index.candidates(shape('A. Lukashenko'))).toEqual([luka]);
    expect(index.candidates(shape('V. Lukashenko'))).toEqual([]);
    // An initial of two letters opens the first name (`Ch.` for Charlie).
    const rose = index.full('Charlie Rose', shape('Charlie Rose'));
    expect(index.candidates(shape('Ch. Rose'))).toEqual([rose]);
    expect(index.candidates(shape('Ph. Rose'))).toEqual([]);
    expect(index.byInitialism('VP')).toBe(putin);
    expect(index.byInitialism('AL')).toBe(luka);
    expect(index.drafts).toEqual([putin, luka, rose]);
  });

  it('creates one surname-only person per surname', () => {
    const index = new PeopleIndex();
    const a = index.surnameOnly(shape('Poutine'));
    expect(index.surnameOnly(shape('Putin'))).toBe(a);
    expect(a.id).toBe('putin');
    expect(index.candidates(shape('Poutine'))).toEqual([a]);
  });

  it('pins table spellings before any key', () => {
    const index = new PeopleIndex([{ id: 'vvp', name: 'Vladimir Poutine', aliases: ['VP', 'Poutine'] }]);
    const pinned = index.draft('vvp');
    expect(index.full('Vladimir Putin', shape('Vladimir Putin'))).toBe(pinned);
    expect(index.pinned('VP')).toBe(pinned);
    expect(index.pinned('Poutine')).toBe(pinned);
    expect(index.pinned('Vladimir Vladimirovitch Poutine', shape('Vladimir Vladimirovitch Poutine'))).toBe(pinned);
    expect(index.pin(index.draft('other'), 'Putin')).toBe(pinned); // already held
  });

  it('phraseKey folds every word', () => {
    expect(phraseKey('V.P.')).toBe('v p');
    expect(phraseKey('Vladimir Poutine')).toBe('vladimir putin');
  });
});
