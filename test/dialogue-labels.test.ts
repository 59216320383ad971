import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { nodesOfType } from './helpers.js';

const labels = (text: string) => nodesOfType(parse(text).tree, 'speakerTurn').map((t) => t.label);
const LEAD = 'Le président russe Vladimir Poutine a interrogé le chef du renseignement Sergueï Narychkine lors du Conseil de sécurité lundi.';

describe('dialogue labels: quoted', () => {
  it('are turns in a dialogue quoted line by line: two speakers or more taking turns, each twice or more', () => {
    const dialogue = [LEAD, 'Narychkine : "Non, je..."', 'Poutine : "Ou de reconnaître la souveraineté des républiques ?"', 'Narychkine : « Je soutiendrai... »', 'Poutine : “Allez droit au but.”'];
    expect(labels(dialogue.join('\n'))).toEqual(['Narychkine', 'Poutine', 'Narychkine', 'Poutine']);
    const { tree } = parse(dialogue.join('\n'));
    expect(nodesOfType(tree, 'speakerTurn')[1]?.children[1]).toMatchObject({ type: 'paragraph', value: '"Ou de reconnaître la souveraineté des républiques ?"' });
  });

  it('are text elsewhere: a headline, headlines of one speaker after another, or speakers quoted once', () => {
    expect(labels('Vladimir Poutine : « Personne ne garantit la sécurité de l’Europe »\n\nLe président russe a parlé hier à Moscou devant la presse.')).toEqual([]);
    // Headlines of a page's related links: the same speaker twice in a row.
    const related = ['Vladimir Poutine : « La Russie est prête »', 'Vladimir Poutine : « Nous répondrons »', 'Sergueï Lavrov : « L’Occident ment »', 'Sergueï Lavrov : « Rien ne change »'];
    expect(labels([LEAD, ...related].join('\n'))).toEqual([]);
    expect(labels([LEAD, 'Vladimir Poutine : « Bienvenue à Moscou. »', 'Alexandre Loukachenko : « Merci. »'].join('\n'))).toEqual([]);
    // A quotation the line reports (`« … », a-t-il dit`) is a sentence.
    expect(labels([LEAD, 'Vladimir Poutine : « Bienvenue », a-t-il dit.', 'Alexandre Loukachenko : Merci, je suis heureux.'].join('\n'))).toEqual(['Alexandre Loukachenko']);
  });
});

describe('dialogue labels: a period and a dash (`LE FIGARO. - …`)', () => {
  const interview = ['Entretien exclusif du président russe avec les journalistes du quotidien parisien.', '', 'LE FIGARO. - Monsieur le Président, que pensez-vous de la visite à Versailles ?', '', 'Vladimir POUTINE. - Elle a été utile, nous avons parlé de la Syrie.', '', 'LE FIGARO. - Et de l’Ukraine ?', '', 'Vladimir POUTINE. - Aussi, longuement.'];

  it('are turns in an interview of such lines: two speakers or more taking turns, each twice or more', () => {
    expect(labels(interview.join('\n'))).toEqual(['LE FIGARO', 'Vladimir POUTINE', 'LE FIGARO', 'Vladimir POUTINE']);
    const turns = nodesOfType(parse(interview.join('\n')).tree, 'speakerTurn');
    expect(turns[1]?.speaker).toMatchObject({ name: 'Vladimir POUTINE' });
    // The label's leaf takes the period and the dash; the speech starts after them.
    expect(turns[1]?.children[1]).toMatchObject({ type: 'paragraph', value: 'Elle a été utile, nous avons parlé de la Syrie.' });
  });

  it('are text elsewhere: a dispatch that opens with its place, or one such line alone', () => {
    expect(labels('Le Caire. - Le président égyptien a reçu son homologue russe au palais.\n\nMoscou. - Le Kremlin a annoncé une visite.')).toEqual([]);
    expect(labels(interview.slice(0, 5).join('\n'))).toEqual([]);
    // A quoted headline elsewhere on the page makes no interview of them.
    expect(labels([...interview, '', 'Vladimir Poutine : « La Russie est prête »'].join('\n'))).toEqual(['LE FIGARO', 'Vladimir POUTINE', 'LE FIGARO', 'Vladimir POUTINE']);
  });
});
