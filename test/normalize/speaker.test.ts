import { describe, expect, it } from 'vitest';
import { normalizeSpeaker } from '../../src/normalize/speaker.js';
import type { RawLabel } from '../../src/raw.js';

const part = (value: string) => ({ value, start: 0, end: value.length });
const label = (name: string, role?: string, affiliation?: string): RawLabel => ({
  start: 0, end: 0, name: part(name), role: role ? part(role) : null, affiliation: affiliation ? part(affiliation) : null,
});

describe('normalizeSpeaker', () => {
  it('keeps name, role and affiliation, trimmed of any space', () => {
    expect(normalizeSpeaker(label('Vladimir Poutine\u00A0', ' Président russe', 'TASS '))).toEqual({
      name: 'Vladimir Poutine', role: 'Président russe', affiliation: 'TASS',
    });
  });

  it('moves a title before a surname into the role', () => {
    expect(normalizeSpeaker(label('Président Poutine'))).toEqual({ name: 'Poutine', role: 'Président' });
    expect(normalizeSpeaker(label('Mr. Lukashenko'))).toEqual({ name: 'Lukashenko', role: 'Mr.' });
  });

  it('leaves a first name alone', () => {
    expect(normalizeSpeaker(label('Anna Pyzh'))).toEqual({ name: 'Anna Pyzh' });
  });
});
