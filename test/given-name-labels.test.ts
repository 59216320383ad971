import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { nodesOfType } from './helpers.js';

const speakers = (text: string) => nodesOfType(parse(text).tree, 'speakerTurn').map((t) => t.speaker);

describe('given names at a role’s end (stage 1e)', () => {
  it('a role’s last word opens the name where another label names the person by it (`… Recep Tayyip Erdogan :` … `Recep Tayyip Erdogan :`)', () => {
    const text = [
      'Président de la Turquie Recep Tayyip Erdogan : Merci.',
      'Président de la Russie Vladimir Poutine : Bonjour.',
      'Recep Tayyip Erdogan : Merci.',
      'Vladimir Poutine : Bonjour.',
      'Erdogan : Oui.',
    ].join('\n');
    const found = speakers(text);
    expect(found[0]).toMatchObject({ role: 'Président de la Turquie', name: 'Recep Tayyip Erdogan' });
    expect(found[1]).toMatchObject({ role: 'Président de la Russie', name: 'Vladimir Poutine' });
    // One person for the three labels, the surname alone included.
    expect(new Set([found[0]?.personId, found[2]?.personId, found[4]?.personId]).size).toBe(1);
    expect(found[0]?.personId).toBeDefined();
  });

  it('reads the words through spaces of any kind, invisibles and case (`PRESIDENT OF BRAZIL LUIZ INÁCIO LULA` … `Luiz\u00a0Inácio Lula:`)', () => {
    const text = 'President of Brazil Luiz \u200BInácio Lula: Thank you.\nLuiz\u00a0Inácio Lula: Yes.\nPRESIDENT OF BRAZIL LUIZ INÁCIO LULA: Again.';
    const found = speakers(text);
    expect(found.map((s) => s.role)).toEqual(['President of Brazil', undefined, 'PRESIDENT OF BRAZIL']);
    expect(found[0]?.name).toBe('Luiz \u200BInácio Lula');
    expect(found[2]?.name).toBe('LUIZ INÁCIO LULA');
  });

  it('without such a label the role keeps its last word: it is as often a country’s (`President of the United States Joe Biden`)', () => {
    const text = 'President of the United States Joe Biden: Thank you.\nPrésident de la Turquie Recep Tayyip Erdogan : Merci.\nJoe Biden: Yes.';
    const found = speakers(text);
    expect(found[0]).toMatchObject({ role: 'President of the United States', name: 'Joe Biden' });
    expect(found[1]).toMatchObject({ role: 'Président de la Turquie Recep', name: 'Tayyip Erdogan' });
  });

  it('a role of one word is left to the speaker normalizer, and after a comma the grammar reads the name whole', () => {
    const text = 'Modérateur Fyodor Lukyanov : Bonjour.\nPrésident de la Turquie, Recep Tayyip Erdogan : Merci.\nRecep Tayyip Erdogan : Oui.';
    const found = speakers(text);
    expect(found[0]).toMatchObject({ role: 'Modérateur', name: 'Fyodor Lukyanov' });
    expect(found[1]).toMatchObject({ role: 'Président de la Turquie', name: 'Recep Tayyip Erdogan' });
  });
});
