import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { nodesOfType } from './helpers.js';

const speakers = (text: string, options = {}) => nodesOfType(parse(text, options).tree, 'speakerTurn').map((t) => t.label);

describe('place labels (stage 1b)', () => {
  it('a label that names a known place as a whole is text, no speaker (`Hong Kong : …`, `New York: …`)', () => {
    const text = 'Vladimir Poutine : Bonjour.\n\nHong Kong : au moins 55 morts dans l’incendie d’un immeuble\n\nNew York: the talks began.\n\nVladimir Poutine : Merci.';
    expect(speakers(text)).toEqual(['Vladimir Poutine', 'Vladimir Poutine']);
  });

  it('a place inside a longer name, or after a role, leaves the label a person’s', () => {
    expect(speakers('Vladimir Poutine : Bonjour.\nMaire de New York Eric Adams : Merci.\nJohn York : Oui.')).toEqual([
      'Vladimir Poutine', 'Maire de New York Eric Adams', 'John York',
    ]);
  });

  it('the user’s places of the parse count too (`options.places`)', () => {
    const text = 'Vladimir Poutine : Bonjour.\nPorto Novo : la délégation est arrivée.\nVladimir Poutine : Merci.';
    expect(speakers(text)).toHaveLength(3);
    expect(speakers(text, { places: { 'Porto Novo': 'Africa/Lagos' } })).toEqual(['Vladimir Poutine', 'Vladimir Poutine']);
  });
});
