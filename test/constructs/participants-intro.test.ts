import { describe, expect, it } from 'vitest';
import { INTRO_LAST, participantsIntro } from '../../src/constructs/participants.js';
import { seededRandom } from '../support/random-lines.js';

// The intro phrases, as participantsIntro matches them (from the line end),
// with `é` written precomposed (NFC) or as `e` + COMBINING ACUTE ACCENT (NFD).
const E = '(?:é|e\u0301)';
const INTRO = new RegExp(
  `(en pr${E}sence(?: de)?|(?:${E}tait|${E}taient|est|sont|a ${E}t${E}|ont ${E}t${E}) repr${E}sent${E}e?s? par|ont particip${E}|participaient)\\s*:?$`,
  'iu',
);
const NFC_PHRASES = ['en présence', 'en présence de', 'était représentée par', 'étaient représentées par', 'ont été représentés par', 'a été représenté par', 'ont participé', 'participaient'];
const PHRASES = [...NFC_PHRASES, ...NFC_PHRASES.map((p) => p.normalize('NFD'))];

describe('participantsIntro', () => {
  it('only skips lines whose last letter no phrase can end with (checked over every code unit)', () => {
    const possible = new Set<number>();
    for (const phrase of PHRASES) {
      for (let u = 0; u < 0x10000; u++) if (INTRO.test(phrase.slice(0, -1) + String.fromCharCode(u))) possible.add(u);
    }
    expect([...possible].sort((a, b) => a - b)).toEqual([...INTRO_LAST].sort((a, b) => a - b));
  });

  it('finds what the regex finds on the whole line, for long lines and any spacing', () => {
    const rand = seededRandom(11);
    const heads = ['', 'La Russie ', 'Les pourparlers restreints ont eu lieu au nom de la Biélorussie '.repeat(3), 'x'];
    const tails = ['', ' ', ':', ' :', '  \u00A0:', ': ', '.', 'x'];
    for (let i = 0; i < 5000; i++) {
      const phrase = PHRASES[Math.floor(rand() * PHRASES.length)] as string;
      const cased = rand() < 0.2 ? phrase.toUpperCase() : phrase;
      const value = `${heads[Math.floor(rand() * heads.length)]}${rand() < 0.8 ? cased : 'rien'}${tails[Math.floor(rand() * tails.length)]}`;
      expect(participantsIntro(value), value).toBe(INTRO.exec(value)?.[1]);
    }
  });
});
