import { describe, expect, it } from 'vitest';
import { PeopleIndex } from '../../src/people/index.js';
import { findMentions } from '../../src/people/mentions.js';
import { readName, type NameShape } from '../../src/people/match.js';
import type { PersonAlias } from '../../src/people/options.js';

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
