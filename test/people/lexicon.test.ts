import { describe, expect, it } from 'vitest';
import { isArticle, isHonorific, isNonNameWord, isTitle } from '../../src/people/lexicon.js';

describe('word lists', () => {
  it('honorifics, with or without a period, in any case', () => {
    expect(['Mr.', 'M.', 'Mme', 'Monsieur', 'MADAME', 'Dr'].every(isHonorific)).toBe(true);
    expect(['Président', 'Vladimir'].some(isHonorific)).toBe(false);
  });

  it('titles include honorifics and functions', () => {
    expect(['Président', 'président', 'Général', 'Mr.', 'Ministre'].every(isTitle)).toBe(true);
    expect(isTitle('Poutine')).toBe(false);
  });

  it('non-name words cover functions, institutions and media, accents or not', () => {
    expect(['Affaires', 'Étrangères', 'Etrangeres', 'Défense', 'Président', 'Today', 'Chaîne'].every(isNonNameWord)).toBe(true);
    expect(['Poutine', 'Natalya', 'Golub', 'Le'].some(isNonNameWord)).toBe(false);
  });

  it('articles', () => {
    expect(['Le', 'la', 'L’', "L'", 'Une'].every(isArticle)).toBe(true);
    expect(isArticle('Lavrov')).toBe(false);
  });
});
