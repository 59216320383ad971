import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

describe('participants', () => {
  it('reads an `en présence` list up to the line ending with a period', () => {
    const { tree } = parse('Les pourparlers ont eu lieu en présence\ndu ministre Sergueï Lavrov,\nde l’ambassadeur Dmitri Krutoi.\nTexte suivant.');
    const [list] = nodesOfType(tree, 'participants');
    expect(list?.intro).toBe('en présence');
    expect(nodesOfType(list as never, 'participant').map((p) => p.value)).toEqual(['du ministre Sergueï Lavrov', 'de l’ambassadeur Dmitri Krutoi']);
    expect(nodesOfType(tree, 'paragraph').map((p) => p.value)).toEqual(['Les pourparlers ont eu lieu en présence', 'Texte suivant.']);
  });

  it('reads `était représentée par` with a colon', () => {
    const [list] = nodesOfType(parse('La Russie était représentée par :\nle ministre Sergueï Lavrov.').tree, 'participants');
    expect(list?.intro).toBe('était représentée par');
    expect(list?.children).toHaveLength(2);
  });

  it('ends the list at a blank line', () => {
    const [list] = nodesOfType(parse('en présence\nde A,\n\nTexte.').tree, 'participants');
    expect(list?.children).toHaveLength(2);
  });
});
