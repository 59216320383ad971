import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { nodesOfType } from './helpers.js';

const labels = (text: string) => nodesOfType(parse(text).tree, 'speakerTurn').map((t) => t.label);
const LEAD = 'Le président russe Vladimir Poutine a interrogé le chef du renseignement Sergueï Narychkine lors du Conseil de sécurité lundi.';

describe('quoted labels', () => {
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
