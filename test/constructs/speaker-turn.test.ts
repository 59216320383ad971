import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { invariantProblems, nodesOfType } from '../helpers.js';

const turns = (text: string) =>
  nodesOfType(parse(text).tree, 'speakerTurn').map((t) => {
    // The label split alone: people resolution (personId, canonicalName) is tested in test/people.
    const { personId: _id, canonicalName: _name, ...speaker } = t.speaker;
    return { ...t, speaker };
  });

describe('speaker turn', () => {
  it('reads a name through a SOFT HYPHEN (issue 12): the line is its own turn, of the same person', () => {
    const { tree } = parse('Alexandre Loukachenko : Bien.\nVladimir Pou\u00ADtine : Merci.\nVladimir Poutine : Oui.');
    const found = nodesOfType(tree, 'speakerTurn');
    expect(found.map((t) => t.speaker.name)).toEqual(['Alexandre Loukachenko', 'Vladimir Pou\u00ADtine', 'Vladimir Poutine']);
    expect(found[1]?.speaker.personId).toBe(found[2]?.speaker.personId);
    expect(found[1]?.speaker.canonicalName).toBe('Vladimir Poutine');
  });

  it('reads a ZERO WIDTH SPACE as part of the word it touches, before or after it, and one between two letters as nothing (issue 12)', () => {
    const speakers = (text: string) => nodesOfType(parse(text).tree, 'speakerTurn').map((t) => t.speaker);
    // Beside the space between name words: the line is still its own turn, of the same person.
    expect(speakers('Alexandre Loukachenko : Bien.\nVladimir \u200BPoutine : Merci.')[1]).toEqual({
      name: 'Vladimir \u200BPoutine', personId: 'vladimir-putin', canonicalName: 'Vladimir Poutine',
    });
    // At the end of a role word, and of the name before the colon.
    expect(speakers('Alexandre Loukachenko : Bien.\nLe président\u200B russe : Merci.')[1]).toEqual({ role: 'Le président\u200B russe' });
    expect(speakers('Vladimir Poutine\u200B : Merci.')[0]).toMatchObject({ name: 'Vladimir Poutine\u200B', personId: 'vladimir-putin' });
    // Alone between two letters it joins them, as a reader sees them.
    expect(speakers('Alexandre Loukachenko : Bien.\nVladimir Pou\u200Btine : Merci.')[1]).toMatchObject({ name: 'Vladimir Pou\u200Btine', personId: 'vladimir-putin' });
    // Every character stays in a leaf, at its position.
    const text = 'Vladimir \u200BPoutine\u200B : Merci.';
    expect(invariantProblems(text, parse(text).tree)).toEqual([]);
  });

  it('reads a patronymic between first name and surname only where the word ends in one of its endings', () => {
    const names = (text: string) => turns(text).map((t) => t.speaker.name ?? null);
    expect(names('Vladimir Vladimirovitch Poutine : Oui.')).toEqual(['Vladimir Vladimirovitch Poutine']);
    expect(names('Valentina Ivanovna Matvienko : Oui.')).toEqual(['Valentina Ivanovna Matvienko']);
    expect(names('Alexandre Grigorievitch Loukachenko : Oui.')).toEqual(['Alexandre Grigorievitch Loukachenko']);
    // A middle word with another ending is no patronymic: after a role, the
    // name is the last two words, the first joins the role. The ending
    // must end the word: `-vitchev` is none. (Alone, the three words are
    // one name all the same: see test/normalize/speaker.test.ts.)
    const split = (text: string) => turns(text).map((t) => [t.speaker.role, t.speaker.name]);
    expect(split('Président Vladimir Vladimirov Poutine : Oui.')).toEqual([['Président Vladimir', 'Vladimirov Poutine']]);
    expect(split('Président Vladimir Vladimirovitchev Poutine : Oui.')).toEqual([['Président Vladimir', 'Vladimirovitchev Poutine']]);
    expect(split('Président Vladimir Vladimirovitch Poutine : Oui.')).toEqual([['Président', 'Vladimir Vladimirovitch Poutine']]);
  });

  it('reads a patronymic through an invisible inside it (hazard `invisibles`): the name is not split into a role and a name', () => {
    const split = (text: string) => turns(text).map((t) => [t.speaker.role, t.speaker.name]);
    expect(split('Vl\u200Badimir Vl\u200Dadimirovitch Po\u200Dutine : Oui.')).toEqual([[undefined, 'Vl\u200Badimir Vl\u200Dadimirovitch Po\u200Dutine']]);
    const { tree } = parse('Vladimir Poutine : a\nVladimir Vlad\u00ADimirovitch Poutine : b');
    expect(nodesOfType(tree, 'speakerTurn').map((t) => t.speaker.personId)).toEqual(['vladimir-putin', 'vladimir-putin']);
  });

  it('reads the lexicon’s name particles inside a name (`Lula da Silva`, `Mohammed ben Salmane`)', () => {
    const read = turns('Président de la Russie Vladimir Poutine : Bienvenue.\nPrésident du Brésil Lula da Silva : Merci pour l’invitation.\nPrince héritier Mohammed ben Salmane : Nous sommes heureux.');
    expect(read.map((t) => [t.speaker.role, t.speaker.name])).toEqual([
      ['Président de la Russie', 'Vladimir Poutine'],
      ['Président du Brésil', 'Lula da Silva'],
      ['Prince héritier', 'Mohammed ben Salmane'],
    ]);
  });

  it('reads a particle joined to the surname by a hyphen (`Bachar al-Assad`), and the same person in capitals', () => {
    const read = turns('Vladimir Poutine : Bienvenue.\nBachar al-Assad : Merci pour l’invitation.\nPrésident de l’Égypte Fattah el-Sissi : Merci.');
    expect(read.map((t) => [t.speaker.role, t.speaker.name])).toEqual([
      [undefined, 'Vladimir Poutine'],
      [undefined, 'Bachar al-Assad'],
      ['Président de l’Égypte', 'Fattah el-Sissi'],
    ]);
    const { tree } = parse('Bachar al-Assad : Merci.\nVladimir Poutine : Bienvenue.\nBachar Al-Assad : Oui.');
    const ids = nodesOfType(tree, 'speakerTurn').map((t) => t.speaker.personId);
    expect(ids[0]).toBe(ids[2]);
  });

  it('reads an affiliation in parentheses after the name', () => {
    expect(turns('Dmitri Peskov (porte-parole du Kremlin) : Merci.').map((t) => [t.label, t.speaker.name, t.speaker.affiliation])).toEqual([
      ['Dmitri Peskov (porte-parole du Kremlin)', 'Dmitri Peskov', 'porte-parole du Kremlin'],
    ]);
  });

  it('reads `Q :` as a function label, and a function noun with its complement as no person', () => {
    expect(turns('Q : Monsieur le Président ?').map((t) => [t.speaker.role, t.speaker.name])).toEqual([['Q', undefined]]);
    // An interview's answer, after its question.
    expect(turns('Q : Monsieur le Président ?\nR : Oui.').map((t) => [t.speaker.role, t.speaker.name])).toEqual([['Q', undefined], ['R', undefined]]);
    // `Une` is an article like `Le`, `La` and `Un`; English complements open with `from` or `of`.
    expect(turns('Une voix dans la salle : Bravo !\nVoice from the audience: Yes.\nAudience member: Thank you.\nReply: No.').map((t) => [t.speaker.role, t.speaker.name])).toEqual([
      ['Une voix dans la salle', undefined], ['Voice from the audience', undefined], ['Audience member', undefined], ['Reply', undefined],
    ]);
    // The prepositions of four letters read through invisibles, as the nouns do (hazard `invisibles`).
    expect(turns('La voix da\u2060ns la salle : Bravo !\nVoice fr\u200Bom the audience: Yes.').map((t) => t.speaker.role)).toEqual(['La voix da\u2060ns la salle', 'Voice fr\u200Bom the audience']);
    // An English transcript's answer after its question.
    expect(turns('QUESTION: What do you think?\nResponse: Yes.').map((t) => [t.speaker.role, t.speaker.name])).toEqual([['QUESTION', undefined], ['Response', undefined]]);
    expect(turns('Question de RT : Monsieur le Président ?').map((t) => [t.speaker.role, t.speaker.name])).toEqual([['Question de RT', undefined]]);
  });

  it('reads `Name : text` and `Name: text`', () => {
    expect(turns('Vladimir Poutine : Merci.\nAlexandre Loukachenko: Bien.').map((t) => [t.speaker.name, t.children.length])).toEqual([
      ['Vladimir Poutine', 2],
      ['Alexandre Loukachenko', 2],
    ]);
  });

  it('reads a rubric before a dash as a list of articles’ headline, not a role (`Sport - Kylian Mbappé : …`)', () => {
    for (const line of ['Sport - Kylian Mbappé : le retour en équipe de France', 'International – Donald Trump : « Nous allons négocier »', 'Mo\u00ADnde - Emmanuel Macron : la France prête à aider']) {
      expect(turns(line), line).toEqual([]);
    }
    // The lexicon's kickers before a dash too (`EXCLUSIF - …`, `EN DIRECT – …`).
    for (const line of ['EXCLUSIF - Vladimir Poutine : « Nous sommes prêts »', 'EN DIRECT – Emmanuel Macron : suivez la conférence']) expect(turns(line), line).toEqual([]);
    expect(turns('PRÉSIDENT DE LA RUSSIE – Vladimir Poutine : Merci.').map((t) => t.speaker.role)).toEqual(['PRÉSIDENT DE LA RUSSIE']);
    // A role that is no rubric keeps its dash (`Président de la Russie – Vladimir Poutine`).
    expect(turns('Président de la Russie – Vladimir Poutine : Merci.').map((t) => [t.speaker.role, t.speaker.name])).toEqual([['Président de la Russie', 'Vladimir Poutine']]);
  });

  it('reads an outlet’s name before a kicker and a dash as the page’s rubric, not a speaker (`LE FIGARO : ENQUÊTE - …`)', () => {
    for (const line of ['LE FIGARO : ENQUÊTE - Face à la résistance ukrainienne, jusqu’où ira Poutine ?', 'Le Monde : DÉCRYPTAGE – Ce que veut le Kremlin']) expect(turns(line), line).toEqual([]);
    // A speaker whose words open with a capitalized word that is no kicker.
    expect(turns('Sergueï Lavrov : MERCI - et bonjour.').map((t) => t.speaker.name)).toEqual(['Sergueï Lavrov']);
  });

  it('reads one quotation after the colon, nothing after it, as a headline quoting its speaker, not a turn', () => {
    for (const line of ['Vladimir Poutine : «Personne ne garantit la sécurité de l’Europe»', 'Sergueï Lavrov : "Nous sommes prêts au dialogue."', 'Dmitri Peskov : “Aucune décision n’est prise”.']) {
      expect(turns(line), line).toEqual([]);
    }
    // A quotation that the speech goes on after, or speech that ends with one, is a turn.
    for (const line of ['Vladimir Poutine : «Personne» ne garantit rien.', 'Vladimir Poutine : Je leur ai dit : « Écoutez ».', 'Vladimir Poutine : «Oui», «non» et «peut-être» ne suffisent pas.']) {
      expect(turns(line).map((t) => t.speaker.name), line).toEqual(['Vladimir Poutine']);
    }
  });

  it('reads no label with a hashtag or a handle before the colon (an embedded post)', () => {
    for (const line of ['Question à Vladimir Poutine dans #DirectLine : "Que pensez-vous ?" pic.twitter.com/abc', 'Maria Zakharova @mfa_russia : la réponse viendra']) {
      expect(turns(line), line).toEqual([]);
    }
    expect(turns('Maria Zakharova : écrivez à #DirectLine ou à @mfa_russia.').map((t) => t.speaker.name)).toEqual(['Maria Zakharova']);
  });

  it('reads a topic’s lead-in as no role (`À propos de …`, `Au sujet de …`)', () => {
    for (const line of ['A propos d’une éventuelle nouvelle première dame après le divorce avec Lioudmila Poutine:', 'À propos de l’Ukraine, Sergueï Lavrov : rien de neuf.', 'Au sujet de la visite de Vladimir Poutine : elle aura lieu.']) {
      expect(turns(line), line).toEqual([]);
    }
    expect(turns('Alexandre Loukachenko : Bonjour.\nA. Loukachenko : Merci.').map((t) => t.speaker.name)).toEqual(['Alexandre Loukachenko', 'A. Loukachenko']);
  });

  it('reads a quotation then a verb of saying after the colon as a sentence that reports the words, not a turn', () => {
    for (const line of [
      'Vladimir Poutine, président russe : "Comme vous l’avez suggéré, nous jouerons" dit Vladimir Poutine qui invite les joueurs.',
      'Vladimir Poutine : « Nous verrons », a-t-il dit.',
      'Dmitri Peskov : “We will see,” said Dmitry Peskov.',
    ]) {
      expect(turns(line), line).toEqual([]);
    }
    // A quotation that the speech goes on after is the speaker’s.
    expect(turns('Vladimir Poutine : « Nous verrons. » Et la Russie est prête.').map((t) => t.speaker.name)).toEqual(['Vladimir Poutine']);
  });

  it('reads a role that names someone’s words as a lead-in, not a label (the lexicon’s speechNouns)', () => {
    for (const line of [
      'L’essentiel des déclarations du Président Alexandre Loukachenko:',
      'Extraits du discours de Vladimir Poutine :',
      'Les principales déclarations de Vladimir Poutine : la Russie ne cédera pas.',
      'Excerpts from the remarks of President Vladimir Putin:',
    ]) {
      expect(turns(line), line).toEqual([]);
    }
    // A role of functions and institutions stays a speaker’s.
    expect(turns('Le porte-parole du Kremlin Dmitri Peskov : Nous verrons.\nPrésident de la Russie Vladimir Poutine : Merci.').map((t) => t.speaker.role)).toEqual([
      'Le porte-parole du Kremlin',
      'Président de la Russie',
    ]);
  });

  it('reads a label that names an event or an affair as a headline’s topic, not a speaker (the lexicon’s eventNouns)', () => {
    for (const line of [
      'Sommet de Minsk : les deux présidents ont signé un accord.',
      'Provocation de Kertch: Poutine accuse Kiev.',
      '[Putin News Conference:] Transcript of Annual Big Press Conference',
      'Conférence de presse de Vladimir Poutine : les questions des journalistes',
      'La rencontre avec Alexandre Loukachenko : ce qu’il faut retenir',
    ]) {
      expect(turns(line), line).toEqual([]);
    }
    // A name, a bracketed name, and a role that holds an event noun after its head stay a speaker’s.
    expect(turns('Vladimir Poutine : Oui.\n[VLADIMIR PUTIN:] Yes.\nParticipant of the meeting Ivan Petrov: Thank you.\nModerator of the plenary session Fyodor Lukyanov: Friends.').map((t) => t.speaker.name)).toEqual([
      'Vladimir Poutine',
      'VLADIMIR PUTIN',
      'Ivan Petrov',
      'Fyodor Lukyanov',
    ]);
  });

  it('reads a role on through the name of an institution or a state (the lexicon’s institutionNouns): the name is the person’s after it', () => {
    const speakers = (text: string) => turns(text).map((t) => ({ role: t.speaker.role, name: t.speaker.name }));
    expect(speakers('Président de la République de Biélorussie, Alexandre Loukachenko : Merci.')).toEqual([{ role: 'Président de la République de Biélorussie', name: 'Alexandre Loukachenko' }]);
    expect(speakers('Président de la Fédération de Russie, Vladimir Poutine : Merci.')).toEqual([{ role: 'Président de la Fédération de Russie', name: 'Vladimir Poutine' }]);
    expect(speakers('Président de la Re\u0301publique de Biélorussie, Alexandre Loukachenko : Merci.')[0]?.name).toBe('Alexandre Loukachenko');
    expect(speakers('Président de la RÉPUBLIQUE de Biélorussie, Alexandre Loukachenko : Merci.')[0]?.name).toBe('Alexandre Loukachenko');
    // Alone before the colon, an institution names no speaker.
    expect(turns('République de Biélorussie : les résultats du vote.')).toEqual([]);
    // A name with its affiliation after the comma stays so.
    expect(speakers('Natalya Golub, chaîne de télévision ONT : Merci.')).toEqual([{ role: undefined, name: 'Natalya Golub' }]);
  });

  it('reads a page’s call to read on as no role (`Lire la suite Guerre Russie-Ukraine : …`)', () => {
    for (const line of ['Lire la suite Guerre Russie-Ukraine : la Russie va renforcer ses troupes', 'Voir Vladimir Poutine : la vidéo', 'Read Sergei Lavrov: the full interview']) {
      expect(turns(line), line).toEqual([]);
    }
  });

  it('reads a function with the number of an unnamed voice (`Speaker 1:`), and any of the lexicon’s articles before a function (`The Moderator:`)', () => {
    expect(turns('Speaker 1: Hello there.\nJournaliste 2 : Merci.\nThe Moderator: Next question.\nA journalist: Thank you.').map((t) => [t.label, t.speaker.name])).toEqual([
      ['Speaker 1', undefined],
      ['Journaliste 2', undefined],
      ['The Moderator', undefined],
      ['A journalist', undefined],
    ]);
    // A number that the speech opens with stays in the speech.
    expect(turns('Speaker: 1 000 personnes sont venues.').map((t) => t.label)).toEqual(['Speaker']);
  });

  it('reads a transcription service’s timecode between the label and its colon (`Speaker 1 (00:04):`) as no part of the name, kept in the label’s leaf', () => {
    const text = 'Speaker 1 (00:04):\nGood afternoon.\nMinister Lavrov (1:02:38): Thank you.\nTranslator (00:00):\nFriends.';
    const read = turns(text);
    expect(read.map((t) => [t.label, t.speaker.role, t.speaker.name])).toEqual([
      ['Speaker 1', 'Speaker 1', undefined],
      // `Minister` is a title before the surname (src/people/lexicon.ts).
      ['Minister Lavrov', 'Minister', 'Lavrov'],
      ['Translator', 'Translator', undefined],
    ]);
    const leaf = read[1]?.children[0];
    expect(leaf?.type === 'speakerLabel' ? text.slice(leaf.position.start.offset, leaf.position.end.offset) : undefined).toBe('Minister Lavrov (1:02:38):');
    expect(invariantProblems(text, parse(text).tree)).toEqual([]);
    // A timecode after the colon stays in the speech; a sentence's time in parentheses is no label.
    expect(turns('Dmitry Peskov: (09:51) Yes.').map((t) => t.label)).toEqual(['Dmitry Peskov']);
    expect(turns('Il a dit (12:30): oui, bien sûr.')).toEqual([]);
  });

  it('reads no label where the words after a comma are a clause, holding a verb of the lexicon (`En Crimée, la situation reste tendue :`)', () => {
    for (const line of [
      'En Crimée, la situation reste tendue : les forces sont en alerte.',
      'Au Kremlin, on le répète : il n’y aura pas de négociations.',
      'In Minsk, the two presidents said: we agree.',
      'Usually when we talk about the Far East, we have in mind the Far East proper: the Primorye region.',
    ]) expect(turns(line), line).toEqual([]);
    // An affiliation names a title or a house; the English article `a` may open it.
    expect(turns('Natalya Golub, chaîne de télévision Belarus-1 : Bonjour.\nJane Doe, a CBS correspondent: Good evening.').map((t) => t.speaker.affiliation)).toEqual([
      'chaîne de télévision Belarus-1',
      'a CBS correspondent',
    ]);
  });

  it('reads a headline’s clause after the colon (four words or more in small letters, no punctuation) as no speaker’s words', () => {
    for (const line of ['Russkiy Mir : la doctrine de domination mondiale de Poutine', 'Nord Stream : la Russie accuse les États-Unis du sabotage des gazoducs']) {
      expect(turns(`Accueil Actu Monde\n\n${line}\n\nLe porte-parole du Kremlin a déclaré mardi que Moscou exigeait une enquête.`), line).toEqual([]);
    }
    // A speaker’s words open a sentence, run on past a comma, or are short.
    expect(turns('Vladimir Poutine : collègues, bon après-midi,\nSergueï Lavrov : oui\nDmitri Peskov : La Russie accuse les États-Unis du sabotage').map((t) => t.label)).toEqual([
      'Vladimir Poutine', 'Sergueï Lavrov', 'Dmitri Peskov',
    ]);
  });

  it('reads an outlet’s name in capitals that opens with an article (`LE FIGARO :`, `THE TIMES:`) as no speaker', () => {
    for (const line of ['LE FIGARO : Renaud Girard parle de la guerre en Ukraine.', 'LE FIGARO : VU D’AILLEURS - La stratégie de pouvoir de Poutine.', 'THE TIMES: Putin speaks of a new era.']) expect(turns(line), line).toEqual([]);
    // A name in capitals is still one, and so is an article inside a name.
    expect(turns('VLADIMIR POUTINE : Bonjour.\nMarine Le Pen : Merci.').map((t) => t.speaker.name)).toEqual(['VLADIMIR POUTINE', 'Marine Le Pen']);
  });

  it('reads a reposted text’s credit (`De <author> sur <publication> :`, the lexicon’s repostCredit) as no label', () => {
    for (const line of ['De Luca Della Torre sur Corripondenza Romana :', 'De Jean Dupont sur Le Figaro :', 'By John Smith in The National Interest:']) {
      expect(turns(`${line}\nLe conflit en Ukraine n’est pas le résultat d’une volonté de puissance.`), line).toEqual([]);
    }
    // Another label that holds `sur` is read: the opener makes the credit.
    expect(turns('Envoyé spécial sur place Jean Dupont : Bonsoir.').map((t) => t.speaker.name)).toEqual(['Jean Dupont']);
  });

  it('reads a label with a hyphen glued before it (`-Question:`) as a turn whose label leaf spans the hyphen', () => {
    const text = '-Question: La CNN affirme qu’il existait un accord. Que pouvez-vous dire ?\nRéponse: Nous avons déjà commenté ces affirmations.';
    const read = turns(text);
    expect(read.map((t) => [t.label, t.speaker.role])).toEqual([['Question', 'Question'], ['Réponse', 'Réponse']]);
    const leaf = read[0]?.children[0];
    expect(leaf?.type === 'speakerLabel' ? text.slice(leaf.position.start.offset, leaf.position.end.offset) : undefined).toBe('-Question:');
    expect(invariantProblems(text, parse(text).tree)).toEqual([]);
    // A named speaker too; a spaced dash makes a bullet, and a hyphen before a small letter no label.
    expect(turns('-Vladimir Poutine : Merci.').map((t) => t.label)).toEqual(['Vladimir Poutine']);
    expect(turns('- Syrie : les combats reprennent à Alep.')).toEqual([]);
    expect(turns('-question: rien.')).toEqual([]);
  });

  it('reads `Q` before a question and no colon (`Q Thank you.`, `Q    Mr. President`) as a question’s label, as the White House writes it', () => {
    const read = turns('PRESIDENT TRUMP: Thank you very much.\nQ Thank you. A question for each President.\n    Q    Mr. President, did you want him to win?');
    expect(read.map((t) => [t.label, t.speaker.role])).toEqual([['PRESIDENT TRUMP', 'PRESIDENT'], ['Q', 'Q'], ['Q', 'Q']]);
    const leaf = read[1]?.children[0];
    expect(leaf?.position.end.column).toBe(2);
    // Another letter, `Q` before a small word or glued to a word, is no label.
    for (const line of ['A Russian official said so.', 'Q street is closed today.', 'QAnon followers gathered.']) expect(turns(line), line).toEqual([]);
  });

  it('reads `Q - ` and `R - `, a letter and a spaced dash, as a question’s and an answer’s labels', () => {
    const read = turns('Q - En référence à votre déclaration, que pensez-vous ?\nR - D’abord, je voudrais dire merci.');
    expect(read.map((t) => [t.speaker.role, t.children[1]?.type === 'paragraph' ? t.children[1].value : undefined])).toEqual([
      ['Q', 'En référence à votre déclaration, que pensez-vous ?'],
      ['R', 'D’abord, je voudrais dire merci.'],
    ]);
    expect(read[0]?.children[0]?.position.end.column).toBe(4);
    // Another letter, or a word, before a dash is no label.
    for (const line of ['A - Une liste de points', 'Sport - les résultats du jour', 'Q-R : la rubrique']) expect(turns(line), line).toEqual([]);
  });

  it('reads a label before a number alone as a page’s field, not a turn (`Blog Entries: 219`)', () => {
    for (const line of ['Blog Entries: 219', 'Vladimir Poutine : 4,210 ', 'Page Views : 12 480.']) expect(turns(line), line).toEqual([]);
    expect(turns('Vladimir Poutine : 2024 sera une année importante.').map((t) => t.speaker.name)).toEqual(['Vladimir Poutine']);
  });

  it('reads a label of at most 24 words before its colon: a line whose first colon comes later is a sentence', () => {
    const role = (n: number) => Array.from({ length: n }, (_, i) => ['Adjoint', 'du', 'conseiller', 'principal', 'de', 'la', 'commission'][i % 7]).join(' ');
    // 22 role words and the name: 24 words.
    expect(turns(`${role(22)} Dmitri Peskov : Nous verrons.`).map((t) => t.speaker.name)).toEqual(['Dmitri Peskov']);
    expect(turns(`${role(23)} Dmitri Peskov : Nous verrons.`)).toEqual([]);
    // Invisibles after a space are no word: a ZERO WIDTH SPACE before the colon leaves 24 words (fuzz, zeroWidthSpace).
    expect(turns(`${role(22)} Dmitri Peskov \u200B: Nous verrons.`).map((t) => t.speaker.name)).toEqual(['Dmitri Peskov']);
    expect(turns(`${role(22)} Dmitri \u200BPeskov : Nous verrons.`).map((t) => t.speaker.name)).toEqual(['Dmitri \u200BPeskov']);
    // The spaces between the words do not count, however many (hazard `spaces`).
    expect(turns(`Vladimir${' '.repeat(300)}Poutine : Oui.`).map((t) => t.speaker.name)).toEqual([`Vladimir${' '.repeat(300)}Poutine`]);
    // The longest label of the samples, a Kremlin title of 17 words.
    const title = 'Chef d’état-major général des forces armées de la Russie – Premier vice-ministre de la Défense Valery Gerasimov: camarade,';
    expect(turns(title).map((t) => t.speaker.name)).toEqual(['Valery Gerasimov']);
  });

  it('reads a label of initials alone (`V.P. :`, `V. P. :`) as a surname label, a turn where the document confirms it', () => {
    const text = 'LTET : Pourquoi ?\nV.P. : Honnêtement.\nLTET : Et après ?\nV.P. : Vraiment rien.';
    expect(turns(text).map((t) => t.speaker.name)).toEqual(['LTET', 'V.P.', 'LTET', 'V.P.']);
    expect(turns(text.replaceAll('V.P.', 'V. P.')).map((t) => t.speaker.name)).toEqual(['LTET', 'V. P.', 'LTET', 'V. P.']);
    // Alone, unconfirmed: text.
    expect(turns('V.P. : Honnêtement.')).toEqual([]);
  });

  it('reads an affiliation that names a moment (a weekday, `lors de`) as a sentence introducing reported words, not a label', () => {
    expect(turns('Vladimir Poutine, ce vendredi à Sotchi, lors de la séance plénière du Club Valdaï :')).toEqual([]);
    expect(turns('Vladimir Poutine, lundi, devant la presse : Nous verrons.')).toEqual([]);
    expect(turns('Natalya Golub, chaîne de télévision Belarus-1 : Merci.').map((t) => t.speaker.affiliation)).toEqual(['chaîne de télévision Belarus-1']);
  });

  it('reads an English pronoun or demonstrative first as a sentence, not a role (`We Will Live In: Stability …`)', () => {
    for (const line of ['We Will Live In: Stability and Development in the 21st Century', 'This Is Why: the reason']) expect(turns(line), line).toEqual([]);
  });

  it('reads a comma and one word in small letters before the name as the speaker’s function there, not an affiliation (`…, moderator Fyodor Lukyanov:`)', () => {
    expect(turns('Research Director of the Valdai Discussion Club, moderator Fyodor Lukyanov: Thank you.').map((t) => [t.speaker.role, t.speaker.name])).toEqual([['Research Director of the Valdai Discussion Club', 'Fyodor Lukyanov']]);
    // An affiliation in small letters after a name stays one.
    expect(turns('Natalya Golub, chaîne de télévision Belarus-1 : Merci.').map((t) => [t.speaker.name, t.speaker.affiliation])).toEqual([['Natalya Golub', 'chaîne de télévision Belarus-1']]);
  });

  it('accepts NO-BREAK SPACE and NARROW NO-BREAK SPACE before the colon', () => {
    expect(turns('Vladimir Poutine\u00A0: Merci.')[0]?.speaker.name).toBe('Vladimir Poutine');
    expect(turns('Vladimir Poutine\u202F: Merci.')[0]?.speaker.name).toBe('Vladimir Poutine');
  });

  it('splits a role before the name', () => {
    expect(turns('Président de la Biélorussie Alexandre Loukachenko : Monsieur Poutine, merci.')[0]?.speaker).toEqual({
      name: 'Alexandre Loukachenko',
      role: 'Président de la Biélorussie',
    });
  });

  it('splits a role chain joined by an en dash or a hyphen', () => {
    const [t] = turns('Chef d’état-major – Premier vice-ministre de la Défense Valery Gerasimov: camarade,');
    expect(t?.speaker).toEqual({ name: 'Valery Gerasimov', role: 'Chef d’état-major – Premier vice-ministre de la Défense' });
    expect(turns('Chef d’état-major - Premier vice-ministre Valery Gerasimov: camarade,')[0]?.speaker.role).toBe('Chef d’état-major - Premier vice-ministre');
  });

  it('accepts a comma between role and name', () => {
    expect(turns('Gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky : Merci.')[0]?.speaker).toEqual({
      name: 'Alexander Tsybulsky',
      role: 'Gouverneur de la région d’Arkhangelsk',
    });
  });

  it('splits an affiliation after the name', () => {
    const [t] = turns('Natalya Golub, chaîne de télévision Belarus-1 : Bonjour,');
    expect(t?.speaker).toEqual({ name: 'Natalya Golub', affiliation: 'chaîne de télévision Belarus-1' });
    expect(t?.label).toBe('Natalya Golub, chaîne de télévision Belarus-1');
  });

  it('makes a title before a surname the role: `Président Poutine :`', () => {
    expect(turns('Président Poutine : Merci.')[0]?.speaker).toEqual({ name: 'Poutine', role: 'Président' });
  });

  it('keeps name particles: `Charles de Gaulle :`', () => {
    expect(turns('Charles de Gaulle : Vive la France.')[0]?.speaker.name).toBe('Charles de Gaulle');
  });

  it.each([
    ['Imaginez: près de 2 000 km.'],
    ['Je dis: « Écoutez, aujourd’hui »'],
    ['Deuxième partie de ma question :'],
    ['Naturellement, nous discuterons aujourd’hui de l’agenda international actuel : des questions.'],
    ['Selon Dmitri Peskov : rien.'],
    ['Vladimir Poutine a déclaré : « Merci. »'],
    ['Cette année, nous célébrerons deux anniversaires importants : le 3 juillet.'],
    ['Parallèlement, j’ai également parlé et exhorté Vladimir Zelensky: «Ne cherchez pas»'],
    ['De plus, des efforts sont faits pour lutter contre les incendies: 97% des incendies.'],
  ])('reads `%s` as text, not a turn', (line) => {
    const { tree } = parse(line);
    expect(nodesOfType(tree, 'speakerTurn')).toEqual([]);
    expect(nodesOfType(tree, 'paragraph')[0]?.value).toBe(line);
  });

  it('continues a turn over blank lines, counters and captions up to the next label', () => {
    const text = ['Vladimir Poutine : Un.', 'Deux.', '', '3/8', '', 'Trois.', 'Alexandre Loukachenko : Quatre.'].join('\n');
    const [first, second] = turns(text);
    expect(first?.children.map((c) => c.type)).toEqual(['speakerLabel', 'paragraph', 'paragraph', 'photoCounter', 'paragraph']);
    expect(second?.speaker.name).toBe('Alexandre Loukachenko');
  });

  it('ends a turn at a source link or a dateline', () => {
    const text = 'Vladimir Poutine : Un.\nhttp://en.kremlin.ru/events/president/news/1\nDeux.';
    const { tree } = parse(text);
    expect(tree.children.map((c) => c.type)).toEqual(['speakerTurn', 'sourceLink', 'paragraph']);
  });

  it('covers the colon with the label and the text with a paragraph', () => {
    const text = 'Vladimir Poutine : Merci.';
    const [t] = turns(text);
    const [label, paragraph] = t?.children ?? [];
    expect(text.slice(label?.position.start.offset, label?.position.end.offset)).toBe('Vladimir Poutine :');
    expect(text.slice(paragraph?.position.start.offset, paragraph?.position.end.offset)).toBe('Merci.');
  });

  it('accepts a label with nothing after the colon', () => {
    const [t] = turns('Vladimir Poutine :\nMerci.');
    expect(t?.children.map((c) => c.type)).toEqual(['speakerLabel', 'paragraph']);
  });
});

describe('lines in a label’s shape that no one speaks', () => {
  it('reads a page’s links to its accounts as no dialogue, however often the block repeats (`Facebook :` / `Twitter :`)', () => {
    const block = 'RT en français :\nFacebook :\nTwitter :\nGoogle+ :\n';
    expect(turns(`Un politologue se moque du Valdaï.\n\n${block}\nLe forum de Valdaï réunit des experts.\n\n${block}`)).toEqual([]);
  });

  it('reads a one-word editor’s note or a social network as no label, even where a dialogue would confirm a one-word label written twice', () => {
    const exchange = (question: string, answer: string) => [`Journaliste : ${question}`, `Vladimir Poutine : ${answer}`, 'Commentaire : le président élude.', 'NDLR : l’entretien date de février.', 'Précision : traduction de la rédaction.', 'Comment: Putin is right.', 'Facebook :', 'Twitter :'];
    const text = [...exchange('Monsieur le Président, une question.', 'Je vous écoute.'), ...exchange('Et l’Ukraine ?', 'Nous verrons.')].join('\n');
    expect(turns(text).map((t) => t.label)).toEqual(['Journaliste', 'Vladimir Poutine', 'Journaliste', 'Vladimir Poutine']);
  });
});

describe('the family’s label styles', () => {
  it.each([
    ['President of Russia Vladimir Putin: That is for sure.', { role: 'President of Russia', name: 'Vladimir Putin' }],
    ['President of the Republic of Belarus Alexander Lukashenko: Mr Putin, thank you.', { role: 'President of the Republic of Belarus', name: 'Alexander Lukashenko' }],
    ['Ch. Rose : Je voudrais vous remercier.', { name: 'Ch. Rose' }],
    ['V. Poutine : Comme notre interview sera diffusée.', { name: 'V. Poutine' }],
    ['[VLADIMIR PUTIN:] Dear Alexander Grigoryevich, dear colleagues.', { name: 'VLADIMIR PUTIN' }],
    ['Sergueï Lavrov: Je ne vous transmets pas le bonjour.', { name: 'Sergueï Lavrov' }],
    ['Journaliste (question retraduite) : Monsieur le Président, bonjour.', { role: 'Journaliste (question retraduite)' }],
  ])('reads `%s` as a turn', (line, speaker) => {
    const [turn] = nodesOfType(parse(line).tree, 'speakerTurn');
    expect(turn?.speaker).toMatchObject(speaker);
  });

  it('gives `[VLADIMIR PUTIN:]` and `Vladimir Putin:` one person', () => {
    const { tree } = parse('[VLADIMIR PUTIN:] Dear colleagues.\nVladimir Putin: Thank you.');
    const ids = nodesOfType(tree, 'speakerTurn').map((t) => t.speaker.personId);
    expect(ids[0]).toBeDefined();
    expect(ids[1]).toBe(ids[0]);
  });

  it.each([
    ['EN DIRECT : Poutine assiste aux exercices navals Océan-2024'],
    ['EN DIRECT: Poutine, Macron, Abe et Lagarde à la session plénière du SPIEF'],
    ["La Biélorussie est inquiète Le président biélorusse, Alexandre Loukachenko, vit avec une crainte : celle d'être avalé."],
    ['Poutine : entretiens très fructueux avec Loukachenko'],
    ['Font size:'],
  ])('reads the headline or chrome `%s` as no turn', (line) => {
    expect(nodesOfType(parse(line).tree, 'speakerTurn')).toEqual([]);
  });
});

describe('bracketed labels', () => {
  it('keep their brackets in the label leaf: no character lies outside a leaf', () => {
    const text = 'Read the transcript.\n[VLADIMIR PUTIN:] Dear colleagues.';
    const { tree } = parse(text);
    const [label] = nodesOfType(tree, 'speakerLabel');
    expect(label && text.slice(label.position.start.offset, label.position.end.offset)).toBe('[VLADIMIR PUTIN:]');
    expect(invariantProblems(text, tree)).toEqual([]);
  });
});

describe('speaker turn beside invisibles (issue 12)', () => {
  it('`Poutine \u200B: …`: a ZERO WIDTH SPACE between the space and the colon', () => {
    const [t] = turns('Vladimir Poutine \u200B: Merci.');
    expect(t?.speaker).toEqual({ name: 'Vladimir Poutine' });
    expect(t?.children.map((c) => (c.type === 'paragraph' || c.type === 'speakerLabel' ? c.value : c.type))).toEqual(['Vladimir Poutine', 'Merci.']);
  });

  it('the label\'s leaf ends after the run\'s last invisible; the text reads the same on either side', () => {
    for (const after of [': \u200BMerci.', ':\u200B Merci.', ': \u200B \u200BMerci.', ': Merci.']) {
      const text = `Vladimir Poutine ${after}`;
      const [t] = nodesOfType(parse(text).tree, 'speakerTurn');
      const [label, para] = t?.children ?? [];
      expect(para?.type === 'paragraph' && para.value.replace(/\u200B/g, '')).toBe('Merci.');
      // No character between the two leaves but spaces.
      expect(text.slice(label?.position.end.offset, para?.position.start.offset)).toMatch(/^ *$/);
      expect(invariantProblems(text, parse(text).tree)).toEqual([]);
    }
    const [t] = nodesOfType(parse('Vladimir Poutine : Merci.').tree, 'speakerTurn');
    expect(t?.children[0]?.position.end.offset).toBe(18);
  });

  it('`Vladimir Pou\u00ADtine : …` after `Alexandre Loukachenko : …` is a turn of its own', () => {
    const all = turns('Alexandre Loukachenko : Bien.\nVladimir Pou\u00ADtine : Merci.');
    expect(all.map((t) => t.speaker.name)).toEqual(['Alexandre Loukachenko', 'Vladimir Pou\u00ADtine']);
  });
});

describe('`À` in capitals is no name word (issue 12)', () => {
  it('`… 1990 À Minskhttp://…` is no label, as with `à`; `Àlex Durand :` still is', () => {
    expect(turns('A – 10 – 0 MAI 1990 À Minskhttp://a.aa')).toEqual(turns('A – 10 – 0 mai 1990 à Minskhttp://a.aa'));
    expect(turns('A – 10 – 0 mai 1990 à Minskhttp://a.aa')).toEqual([]);
    expect(turns('Vladimir \u00C0 Poutine : oui')).toEqual(turns('Vladimir \u00E0 Poutine : oui'));
    expect(turns('Àlex Durand : Bonjour.')[0]?.speaker).toEqual({ name: 'Àlex Durand' });
  });
});

describe('a name of three or four words after a role and a comma', () => {
  it('`Président de la Turquie, Recep Tayyip Erdogan : …`: the comma bounds the role, the words to the colon are the name', () => {
    const found = turns(
      [
        'Président de la Turquie, Recep Tayyip Erdogan : Merci.',
        'President of Brazil, Luiz Inácio Lula da Silva: Thank you.',
        'Le président turc, Recep Tayyip Erdogan : Merci.',
        'Président de la Russie, Vladimir Poutine : Bonjour.',
      ].join('\n'),
    ).map((t) => t.speaker);
    expect(found).toEqual([
      { role: 'Président de la Turquie', name: 'Recep Tayyip Erdogan' },
      { role: 'President of Brazil', name: 'Luiz Inácio Lula da Silva' },
      { role: 'Le président turc', name: 'Recep Tayyip Erdogan' },
      { role: 'Président de la Russie', name: 'Vladimir Poutine' },
    ]);
  });

  it('five words after the comma are no name: the line stays text', () => {
    expect(turns('Président de la Turquie, Recep Tayyip Erdogan Ali Veli : Merci.')).toHaveLength(0);
  });
});
