import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PeopleIndex } from '../../src/people/index.js';
import { findMentions, isNameWord, runs, TOKEN, type Token } from '../../src/people/mentions.js';
import { readName, type NameShape } from '../../src/people/match.js';
import type { PersonAlias } from '../../src/people/options.js';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';

/** An index holding these speakers' full names, as pass 1 of the people stage would. */
function indexOf(speakers: string[], table: PersonAlias[] = []): PeopleIndex {
  const index = new PeopleIndex(table);
  for (const name of speakers) index.full(name, readName(name) as NameShape);
  return index;
}

/** [person id, spelling] of each mention of `text`. */
function mentions(text: string, index: PeopleIndex): Array<[string, string]> {
  return findMentions(text, index).map((m) => [m.draft.id, m.spelling]);
}

const SPEAKERS = ['Vladimir Poutine', 'Alexandre Loukachenko', 'Vladimir Matveyev', 'Anton Novak'];

describe('findMentions', () => {
  const index = indexOf(SPEAKERS);

  it('finds full names, whatever the spelling', () => {
    expect(mentions('Le président biélorusse Alexandre Loukachenko lors des pourparlers.', index)).toEqual([
      ['aleksandr-lukachenko', 'Alexandre Loukachenko'],
    ]);
    expect(mentions('Alexander Lukashenko and Vladimir Putin.', index)).toEqual([
      ['aleksandr-lukachenko', 'Alexander Lukashenko'],
      ['vladimir-putin', 'Vladimir Putin'],
    ]);
  });

  it('reads a word in NFC: `VP` + COMBINING ACUTE ACCENT is `VṔ`, no initials of Vladimir Poutine', () => {
    // A speaker whose surname is `VP` (as `Selon VP :` made one in the fuzz find).
    const withVp = indexOf([...SPEAKERS, 'Selon VP']);
    expect(mentions('VP\u0301 Avec le président', withVp)).toEqual(mentions('V\u1E54 Avec le président', withVp));
    expect(mentions('V\u1E54 Avec le président', withVp)).toEqual([]);
  });

  it('reads `VP` as the one speaker with those initials', () => {
    expect(mentions('VP Avec le président biélorusse Alexandre Loukachenko', index)).toEqual([
      ['vladimir-putin', 'VP'],
      ['aleksandr-lukachenko', 'Alexandre Loukachenko'],
    ]);
    expect(mentions('Lors des négociations au format élargi. VP', index)).toEqual([['vladimir-putin', 'VP']]);
  });

  it('does not read initials shared by two speakers, or by none', () => {
    const two = indexOf(['Vladimir Poutine', 'Valentina Petrova']);
    expect(mentions('VP avec des enfants', two)).toEqual([]);
    expect(mentions('ONT, TASS et UE', index)).toEqual([]);
    expect(mentions('AL', index)).toEqual([['aleksandr-lukachenko', 'AL']]); // Alexandre Loukachenko's initials
  });

  it('reads a surname after a title, or alone, as the one speaker of that surname', () => {
    expect(mentions('Bonjour, Président Loukachenko et Président Vladimir Poutine,', index)).toEqual([
      ['aleksandr-lukachenko', 'Loukachenko'],
      ['vladimir-putin', 'Vladimir Poutine'],
    ]);
    expect(mentions('ce que vient de dire Mr. Poutine.', index)).toEqual([['vladimir-putin', 'Poutine']]);
    expect(mentions('M. Poutine et Mme Matveyev', index)).toEqual([
      ['vladimir-putin', 'Poutine'],
      ['vladimir-matvev', 'Matveyev'],
    ]);
    expect(mentions('Monsieur Poutine, Monsieur Loukachenko', index)).toEqual([
      ['vladimir-putin', 'Poutine'],
      ['aleksandr-lukachenko', 'Loukachenko'],
    ]);
    expect(mentions('Poutine et Loukachenko', index)).toEqual([
      ['vladimir-putin', 'Poutine'],
      ['aleksandr-lukachenko', 'Loukachenko'],
    ]);
  });

  it('reads an initial and a surname', () => {
    expect(mentions('V.Poutine à Minsk rencontre Alexandre Loukachenko', index)).toEqual([
      ['vladimir-putin', 'V.Poutine'],
      ['aleksandr-lukachenko', 'Alexandre Loukachenko'],
    ]);
    expect(mentions('A. Poutine', index)).toEqual([]); // wrong initial
  });

  it('keeps people who share a first name or a surname apart', () => {
    expect(mentions('Vladimir Zelensky', index)).toEqual([]);
    expect(mentions('le vice-Premier ministre Alexandre Novak', index)).toEqual([]); // the speaker is Anton Novak
    expect(mentions('le ministre Anton Novak', index)).toEqual([['anton-novak', 'Anton Novak']]);
  });

  it('ignores capitalised words that are not names', () => {
    expect(mentions('Conférence de presse à l’issue des négociations russo-biélorusses.', index)).toEqual([]);
    expect(mentions('Cérémonie au Monument de la Victoire – 24 mai 2024 à 14h10 à Minsk', index)).toEqual([]);
  });

  it('joins name words across a particle', () => {
    const gaulle = indexOf(['Charles de Gaulle']);
    expect(mentions('Le général Charles de Gaulle à Londres', gaulle)).toEqual([['charles-gaul', 'Charles de Gaulle']]);
  });

  it('links alias-table persons by any of their spellings', () => {
    const pinned = indexOf([], [{ id: 'putin', name: 'Vladimir Poutine', aliases: ['VVP', 'Le Tsar'] }]);
    expect(mentions('VVP et Vladimir Putin', pinned)).toEqual([
      ['putin', 'VVP'],
      ['putin', 'Vladimir Putin'],
    ]);
  });

  it('never creates a person', () => {
    const empty = indexOf([]);
    expect(mentions('Vladimir Poutine, VP, Poutine', empty)).toEqual([]);
    expect(empty.drafts).toEqual([]);
  });
});

/**
 * The run cutter as first written: every TOKEN match as an object, then the
 * rules. `runs` reads the same tokens by hand, for speed; it must cut every
 * text the same way.
 */
function referenceRuns(text: string): Token[][] {
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const out: Token[][] = [];
  let run: Token[] = [];
  const close = (): void => {
    if (run.length > 0) out.push(run);
    run = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const after = tokens[i + 1];
    if (isNameWord(token.text)) {
      if (token.text.endsWith('.') && token.text.length > 2) {
        run.push({ text: token.text.slice(0, -1), start: token.start, end: token.end - 1 });
        close();
      } else {
        run.push(token);
      }
    } else if (run.length > 0 && /^(?:de|du|des|von|van|der|den|ibn|bin|al|el)$/u.test(token.text) && after && isNameWord(after.text)) {
      continue;
    } else {
      close();
    }
  }
  close();
  return out;
}

describe('runs', () => {
  it('cuts a caption into runs of name words, particles joining them', () => {
    expect(runs('VP Avec le président Alexandre Loukachenko et Charles de Gaulle.').map((r) => r.map((t) => t.text))).toEqual([
      ['VP'],
      ['Alexandre', 'Loukachenko'],
      ['Charles', 'Gaulle'],
    ]);
    expect(runs('M.\u00a0Poutine, V.Poutine ; Mr. Il’ya Ter-Petrossian.').map((r) => r.map((t) => [t.text, t.start]))).toEqual([
      [['Poutine', 3]],
      [['V.', 12], ['Poutine', 14]],
      [['Il’ya', 28], ['Ter-Petrossian', 34]],
    ]);
  });

  // Words, spaces of every kind, capitals in and out of the BMP, combining
  // marks, lone surrogates, the joiners, invisibles and periods TOKEN treats apart.
  const pieces = fc.constantFrom(
    'Vladimir', 'Poutine', 'de', 'Gaulle', 'von', 'le', 'Le', 'Président', 'M.', 'Mr.', 'V.', 'A.', 'VP', 'À', 'Affaires', 'Lors',
    'É', 'e\u0301', '\u0301', 'ǅ', '𝐀', '𝐚', '\ud800', '\udc00', '’', "'", '-', '‐', '‑', '.', ',', ':', '«', '1',
    ' ', '  ', '\u00a0', '\u202f', '\t', '\n', '\u2028', '\ufeff', 'x', 'ß', '\u00ad', '\u200b', '\u2060',
  );
  it('reads the same tokens and runs as the TOKEN regex (any mix of the hard characters)', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(runs(text)).toEqual(referenceRuns(text));
      }),
      { numRuns: 3000 },
    );
  });
  it('reads the same tokens and runs as the TOKEN regex (any string)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), (a, b) => {
        expect(runs(a + b)).toEqual(referenceRuns(a + b));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('mentions through invisibles (issue 12)', () => {
  it('a word with invisibles inside is one token; invisibles before a word are skipped', () => {
    expect(runs('Avec Al\u00ADexandre \u200BLou\u200Bkachenko.').map((r) => r.map((t) => t.text))).toEqual([['Al\u00ADexandre', 'Lou\u200Bkachenko']]);
  });

  it('a caption names the speaker through invisibles, and `VP` is `Vla\u00ADdimir Pou\u00ADtine`', () => {
    const { tree } = parse('Vla\u00ADdimir Pou\u00ADtine : Bonjour.\n\nAlexandre Loukachenko : Merci.\n\n3 Avec Ale\u200Bxandre Lou\u00ADkachenko, VP\n');
    expect(nodesOfType(tree, 'caption')[0]?.people).toEqual(['aleksandr-lukachenko', 'vladimir-putin']);
  });
});
