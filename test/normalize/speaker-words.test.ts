import { describe, expect, it } from 'vitest';
import type { RawLabel } from '../../src/raw.js';
import { normalizeSpeaker } from '../../src/normalize/speaker.js';

const label = (name: string, role: string | null = null): RawLabel => ({
  start: 0,
  end: name.length,
  role: role === null ? null : { value: role, start: 0, end: role.length },
  name: { value: name, start: 0, end: name.length },
  affiliation: null,
});

describe('normalizeSpeaker (two-word names, scanned)', () => {
  it('takes a title before a one-word surname as the role, whatever the spaces', () => {
    expect(normalizeSpeaker(label('Président Poutine'))).toEqual({ name: 'Poutine', role: 'Président' });
    expect(normalizeSpeaker(label('Mr.\u00A0 Poutine'))).toEqual({ name: 'Poutine', role: 'Mr.' });
    expect(normalizeSpeaker(label(' Monsieur\u202FPoutine '))).toEqual({ name: 'Poutine', role: 'Monsieur' });
  });

  it('keeps names of one word, of three words, and two-word names without a title', () => {
    expect(normalizeSpeaker(label('Vladimir Poutine'))).toEqual({ name: 'Vladimir Poutine' });
    expect(normalizeSpeaker(label('Président de Gaulle'))).toEqual({ name: 'Président de Gaulle' });
    expect(normalizeSpeaker(label('Président'))).toEqual({ name: 'Président' });
    expect(normalizeSpeaker(label(''))).toEqual({ name: '' });
  });

  it('keeps a written role and then leaves the name whole', () => {
    expect(normalizeSpeaker(label('Président Poutine', 'Chef'))).toEqual({ name: 'Président Poutine', role: 'Chef' });
  });
});
