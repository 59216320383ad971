import { describe, expect, it } from 'vitest';
import { goesOnPastSentence } from '../../src/util/sentence.js';

describe('goesOnPastSentence', () => {
  it('is true where a sentence ends and more text follows', () => {
    expect(goesOnPastSentence('Visite au monastère. Les présidents sont arrivés.')).toBe(true);
    expect(goesOnPastSentence('Bonsoir, ou plutôt, bonne nuit déjà! Je tiens …')).toBe(true);
    expect(goesOnPastSentence('« Nous verrons. » Et la Russie est prête.')).toBe(true);
    // In NFD as in NFC: the accent of the last letter stands before the period (fuzz, nfd).
    expect(goesOnPastSentence('Le traité a été signé. Il entre en vigueur.'.normalize('NFD'))).toBe(true);
    expect(goesOnPastSentence('Il est arrivé. Puis il est reparti.'.normalize('NFD'))).toBe(true);
  });

  it('is false for one sentence, a line with no end of sentence, and a period inside a word or a number', () => {
    expect(goesOnPastSentence('Visite au monastère de Valaam.')).toBe(false);
    expect(goesOnPastSentence('Lavrov : les Occidentaux ont perdu le sens des réalités')).toBe(false);
    expect(goesOnPastSentence('Le PIB a crû de 3.5% en 2024')).toBe(false);
    expect(goesOnPastSentence('Fin.   ')).toBe(false);
    // The end of a sentence touches its last word: a mark after a space (`déjà ! Je`) is not read as one.
    expect(goesOnPastSentence('Bonne nuit déjà ! Je tiens …')).toBe(false);
  });
});
