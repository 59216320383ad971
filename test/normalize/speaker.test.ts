import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import type { Speaker, SpeakerTurn } from '../../src/nodes.js';
import { namesPerson } from '../../src/normalize/speaker.js';
import { nodesOfType } from '../helpers.js';

/** The speaker of the one turn of `line`, or `undefined` when the line is not a turn. */
function speakerOf(line: string): Speaker | undefined {
  const turns = nodesOfType(parse(`${line}\n`).tree, 'speakerTurn');
  expect(turns.length).toBeLessThanOrEqual(1);
  return turns[0]?.speaker;
}

/** The speaker without the people fields, to test the label split alone. */
function splitOf(line: string): Speaker | undefined {
  const speaker = speakerOf(line);
  if (!speaker) return undefined;
  const { personId: _id, canonicalName: _name, ...parts } = speaker;
  return parts;
}

describe('label shapes', () => {
  it('a name alone', () => {
    expect(splitOf('Sergueï Lavrov : Merci.')).toEqual({ name: 'Sergueï Lavrov' });
    expect(splitOf('Sergueï Lavrov: Merci.')).toEqual({ name: 'Sergueï Lavrov' });
    expect(splitOf('Sergueï Lavrov\u202F: Merci.')).toEqual({ name: 'Sergueï Lavrov' });
  });

  it('a role before the name', () => {
    expect(splitOf('Ministre des Affaires étrangères Sergueï Lavrov : Bonjour.')).toEqual({
      name: 'Sergueï Lavrov',
      role: 'Ministre des Affaires étrangères',
    });
  });

  it('a role chain joined by en dashes', () => {
    expect(splitOf('Secrétaire du Conseil de sécurité – Ancien ministre de la Défense – Général d’armée Sergueï Choïgou : Oui.')).toEqual({
      name: 'Sergueï Choïgou',
      role: 'Secrétaire du Conseil de sécurité – Ancien ministre de la Défense – Général d’armée',
    });
  });

  it('an affiliation after the name, after a comma', () => {
    expect(splitOf('Anna Pyzh, chaîne de télévision ONT : Bonsoir.')).toEqual({ name: 'Anna Pyzh', affiliation: 'chaîne de télévision ONT' });
    expect(splitOf('Journaliste Anna Pyzh, ONT : Bonsoir.')).toEqual({ name: 'Anna Pyzh', role: 'Journaliste', affiliation: 'ONT' });
  });

  it('punctuation between role and name: comma, en dash, hyphen', () => {
    const expected = { name: 'Vladimir Poutine', role: 'Président de la Russie' };
    expect(splitOf('Président de la Russie, Vladimir Poutine : Merci.')).toEqual(expected);
    expect(splitOf('Président de la Russie – Vladimir Poutine : Merci.')).toEqual(expected);
    expect(splitOf('Président de la Russie — Vladimir Poutine : Merci.')).toEqual(expected);
    expect(splitOf('Président de la Russie - Vladimir Poutine : Merci.')).toEqual(expected);
  });

  it('a title or a dotted honorific before a bare surname becomes the role', () => {
    expect(splitOf('Président Poutine : Merci.')).toEqual({ name: 'Poutine', role: 'Président' });
    expect(splitOf('Mr. Poutine : Merci.')).toEqual({ name: 'Poutine', role: 'Mr.' });
    expect(splitOf('M. Loukachenko : Merci.')).toEqual({ name: 'Loukachenko', role: 'M.' });
    expect(splitOf('Monsieur Loukachenko : Merci.')).toEqual({ name: 'Loukachenko', role: 'Monsieur' });
  });

  it('a name of three words and no role: the first is a given name, no role (`Recep Tayyip Erdogan`)', () => {
    expect(splitOf('Recep Tayyip Erdogan : Merci.')).toEqual({ name: 'Recep Tayyip Erdogan' });
    expect(splitOf('Kim Jong Un : Merci.')).toEqual({ name: 'Kim Jong Un' });
    expect(splitOf('KIM JONG UN : Merci.')).toEqual({ name: 'KIM JONG UN' });
    // A given name is a capital then small letters, two letters or more,
    // read in NFC and through invisibles (fuzz finds).
    expect(splitOf('OKSelon Vladimir Poutine : Merci.')).toMatchObject({ name: 'Vladimir Poutine', role: 'OKSelon' });
    expect(splitOf('É Titre Photo : Merci.')).toMatchObject({ name: 'Titre Photo', role: 'É' });
    expect(splitOf('Re\u00ADcep Tayyip Erdogan : Merci.')).toEqual({ name: 'Re\u00ADcep Tayyip Erdogan' });
    // An invisible after the space is the space's, as in the grammar (hazards test find).
    expect(splitOf('Recep \u200BTayyip Erdogan : Merci.')).toEqual({ name: 'Recep \u200BTayyip Erdogan' });
    expect(splitOf('Recep Tayyip Erdogan (retranslated): Dear friend.')).toEqual({ name: 'Recep Tayyip Erdogan', affiliation: 'retranslated' });
    // A title, a rank, a function, a profession's ending, an outlet's
    // capitals, or a comma before the name: a role.
    expect(splitOf('Gouverneur Dmitri Makhonine : Merci.')).toEqual({ name: 'Dmitri Makhonine', role: 'Gouverneur' });
    expect(splitOf('Cardinal Pietro Parolin : Merci.')).toEqual({ name: 'Pietro Parolin', role: 'Cardinal' });
    expect(splitOf('Modératrice Anna Pyzh : Merci.')).toEqual({ name: 'Anna Pyzh', role: 'Modératrice' });
    expect(splitOf('Politologue Fiodor Loukianov : Merci.')).toEqual({ name: 'Fiodor Loukianov', role: 'Politologue' });
    expect(splitOf('Députée Marine Le Pen : Bonjour.')).toEqual({ name: 'Marine Le Pen', role: 'Députée' });
    expect(splitOf('CNN Christiane Amanpour : Hello.')).toEqual({ name: 'Christiane Amanpour', role: 'CNN' });
    expect(splitOf('Premier Li Qiang : Merci.')).toEqual({ name: 'Li Qiang', role: 'Premier' });
    expect(splitOf('Rossiya, Ivan Petrov : Merci.')).toEqual({ name: 'Ivan Petrov', role: 'Rossiya' });
  });

  it('particles inside the name', () => {
    expect(splitOf('Charles de Gaulle : Vive la France.')).toEqual({ name: 'Charles de Gaulle' });
    expect(splitOf('Marine Le Pen : Bonjour.')).toEqual({ name: 'Marine Le Pen' });
    expect(splitOf('Députée Marine Le Pen : Bonjour.')).toEqual({ name: 'Marine Le Pen', role: 'Députée' });
  });

  it('an initial, or a patronymic, in the name', () => {
    expect(splitOf('V. Poutine : Merci.')).toEqual({ name: 'V. Poutine' });
    expect(splitOf('V.Poutine : Merci.')).toEqual({ name: 'V.Poutine' });
    expect(splitOf('Vladimir Vladimirovitch Poutine : Merci.')).toEqual({ name: 'Vladimir Vladimirovitch Poutine' });
    expect(splitOf('Président de la Russie Vladimir Vladimirovitch Poutine : Merci.')).toEqual({
      name: 'Vladimir Vladimirovitch Poutine',
      role: 'Président de la Russie',
    });
    expect(splitOf('Valentina Ivanovna Matvienko : Merci.')).toEqual({ name: 'Valentina Ivanovna Matvienko' });
  });

  it('a label that names a function and no person: a role, no name, no person', () => {
    const fn = (line: string): Speaker | undefined => speakerOf(line);
    expect(fn('Question : Monsieur le Président, …')).toEqual({ role: 'Question' });
    expect(fn('Journaliste : Bonjour.')).toEqual({ role: 'Journaliste' });
    expect(fn('Question de la chaîne ONT : Bonjour.')).toEqual({ role: 'Question de la chaîne ONT' });
    expect(fn('Journaliste d’Izvestia : Bonjour.')).toEqual({ role: 'Journaliste d’Izvestia' });
    expect(fn('Voix dans la salle : Bravo !')).toEqual({ role: 'Voix dans la salle' });
    expect(fn('Réplique : Oui.')).toEqual({ role: 'Réplique' });
    expect(fn('L’interprète : Pardon.')).toEqual({ role: 'L’interprète' });
    expect(fn('Le Président : Merci.')).toEqual({ role: 'Le Président' });
    expect(fn('Un journaliste : Bonjour.')).toEqual({ role: 'Un journaliste' });
    expect(fn('JOURNALISTES : Bonsoir !')).toEqual({ role: 'JOURNALISTES' });
    expect(fn('Participants : Merci !')).toEqual({ role: 'Participants' });
    expect(fn('Question, chaîne Belarus-1 : Bonjour.')).toEqual({ role: 'Question', affiliation: 'chaîne Belarus-1' });
  });

  it('US transcripts’ labels in capitals: honorific, article and office, and the unnamed official', () => {
    expect(splitOf('MR. McCLELLAN: All right, this will be brief.')).toEqual({ role: 'MR.', name: 'McCLELLAN' });
    expect(splitOf('MS. PSAKI: Good afternoon.')).toEqual({ role: 'MS.', name: 'PSAKI' });
    expect(speakerOf('THE PRESIDENT: I owe my last question an apology.')).toEqual({ role: 'THE PRESIDENT' });
    expect(speakerOf('THE VICE PRESIDENT: Thank you.')).toEqual({ role: 'THE VICE PRESIDENT' });
    expect(speakerOf('Le Vice-Président : Merci.')).toEqual({ role: 'Le Vice-Président' });
    expect(speakerOf('OPERATOR: Our next question comes from Steve Holland.')).toEqual({ role: 'OPERATOR' });
    // The words before an office qualify it: no name is split off them.
    expect(speakerOf('SENIOR STATE DEPARTMENT OFFICIAL: President Putin did.')).toEqual({ role: 'SENIOR STATE DEPARTMENT OFFICIAL' });
    expect(speakerOf('Senior Administration Official: He did.')).toEqual({ role: 'Senior Administration Official' });
    // A title before a surname ends the role (`FOREIGN MINISTER` + `LAVROV`).
    expect(splitOf('FOREIGN MINISTER LAVROV: Colleagues.')).toEqual({ role: 'FOREIGN MINISTER', name: 'LAVROV' });
    expect(splitOf('Secretary Blinken: Thanks.')).toEqual({ role: 'Secretary', name: 'Blinken' });
  });

  it('a would-be name made of function or institution words names no person', () => {
    expect(speakerOf('Ministre des Affaires Étrangères : Bonjour.')).toEqual({ role: 'Ministre des Affaires Étrangères' });
    expect(speakerOf('Question de Russia Today : Bonjour.')).toEqual({ role: 'Question de Russia Today' });
    expect(speakerOf('Monsieur Président : Merci.')).toEqual({ role: 'Monsieur Président' });
  });

  it('keeps sentences with a colon as text', () => {
    for (const line of [
      'Question importante pour nous : la sécurité.',
      'Le président a dit : « Non. »',
      'Le Président de la Russie a dit : « Non. »',
      'La journaliste de TASS est venue : elle a posé une question.',
      'Deuxième partie de ma question :',
      'Imaginez: près de 2 000 km.',
      'Je dis: « Écoutez »',
      'Président de la Russie. Vladimir Poutine : Merci.', // a period ends a sentence: not a label
      'Poutine : Merci.', // a surname alone, without a title, is not read as a label
      // a colon inside a quotation is the quoted title's
      'Special TV programme “Conversation with Vladimir Putin: To Be Continued”',
      'Le programme „Conversation avec Vladimir Poutine : La suite“',
      // a document's name, a war: affairs, no one's name (the lexicon's eventNouns), also after a role's words
      'Press Release:',
      'Communiqué Kremlin : La visite est reportée.',
      'Kremlin Readout: The call lasted an hour.',
      'Ukraine War: Full interview with Putin’s spokesman Transcript',
      'Russia Ukraine War: The talks are over.',
      'RevBlogTranscriptsDmitry PeskovUkraine War: Full interview with Putin’s spokesman',
      // an editor's note in a label's place (one-word notes: see test/constructs/speaker-turn.test.ts)
      'Commentaire FS : Poutine donne le sentiment d’avoir fait allégeance à la Chine.',
      // a name holding a noun of someone's words is their title (the lexicon's speechNouns)
      'Saker Message:',
      'Kremlin Statement: The talks will go on.',
      'Kremlin Transcript: Direct Line with Vladimir Putin.',
      'Traduction du X :',
      // a picture's word in a label's place: a caption's opening
      'FILE PHOTO: Russian President Vladimir Putin and Belarusian President Alexander Lukashenko talk in Saint Petersburg.',
      // a reference's digits after the colon: a page's field
      'Video ID: 20200121-052',
      // a page's classification (the lexicon's chrome.taxonomy): its tags' heading
      'Article Categories:',
      'Post Tags: Poutine, Minsk',
      'Related Topics: Russia',
      // two people joined (the lexicon's nameJoins): a headline's topic
      'Alexander Lukashenko and Vladimir Putin: Informal Meeting in Alexandria',
      'Vladimir Poutine et Alexandre Loukachenko : rencontre à Minsk',
      'Poutine & Alexandre Loukachenko : rencontre à Minsk',
      // a rubric, a form's field
      'EN BREF :',
      'Live Blog: Putin’s Annual Press Conference',
      'En Direct : Poutine répond aux questions',
      'EN BREF : La visite est reportée.',
      'Intervenant(s) : ',
    ]) {
      expect(speakerOf(line), line).toBeUndefined();
    }
  });

  it('keeps the label as written on the turn', () => {
    const [turn] = nodesOfType(parse('Question de la chaîne ONT : Bonjour.\n').tree, 'speakerTurn') as SpeakerTurn[];
    expect(turn?.label).toBe('Question de la chaîne ONT');
    expect(turn?.children[0]).toMatchObject({ type: 'speakerLabel', value: 'Question de la chaîne ONT' });
  });
});

describe('namesPerson', () => {
  it('accepts names and refuses function, institution and media words', () => {
    expect(['Vladimir Poutine', 'Natalya Golub', 'Poutine', 'Marine Le Pen'].map(namesPerson)).toEqual([true, true, true, true]);
    expect(['Affaires Étrangères', 'Le Président', 'La Défense', 'Russia Today', ''].map(namesPerson)).toEqual([false, false, false, false, false]);
  });

  it('reads a name of particles alone, which names no shape, by its words', () => {
    // `Mr. De :` — the people stage reads no key from `De`, but the label still names someone.
    expect(namesPerson('De')).toBe(true);
    expect(namesPerson('Le')).toBe(false); // an article
  });
});
