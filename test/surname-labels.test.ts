import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { nodesOfType } from './helpers.js';

const labels = (text: string) => nodesOfType(parse(text).tree, 'speakerTurn').map((t) => t.label);
const PROSE = 'Russian President Vladimir Putin met in person with international journalists for the first time in years.';

describe('surname labels', () => {
  it('are turns where another label names the person in full', () => {
    expect(labels(`${PROSE}\nVladimir Poutine : Bonjour.\nJournaliste : Merci.\nPoutine : Je vous en prie.`)).toEqual(['Vladimir Poutine', 'Journaliste', 'Poutine']);
    // A dotted honorific and the surname name the person too.
    expect(labels(`${PROSE}\nM. Loukachenko : Bonjour.\nLoukachenko : Merci.`)).toEqual(['M. Loukachenko', 'Loukachenko']);
  });

  it('are turns where the surname labels two lines of a dialogue with labels naming persons', () => {
    const text = [PROSE, 'Andrey Kondrashov: Mr President, dear guests!', 'Putin: Were you offered a tour of this building?', 'Andrey Kondrashov: We were.', 'Putin: Just don’t agree to it.'].join('\n');
    expect(labels(text)).toEqual(['Andrey Kondrashov', 'Putin', 'Andrey Kondrashov', 'Putin']);
    const { tree } = parse(text);
    expect(nodesOfType(tree, 'speakerTurn')[1]?.speaker.name).toBe('Putin');
  });

  it('are turns in a dialogue of surnames alone, each labelling two lines or more, and where a label names the person by the first name', () => {
    const dialogue = [PROSE, 'TUCKER: Let’s turn to China.', 'PUTIN: President Xi and I are close.', 'TUCKER: Is that so?', 'PUTIN: It is.'];
    expect(labels(dialogue.join('\n'))).toEqual(['TUCKER', 'PUTIN', 'TUCKER', 'PUTIN']);
    // One surname labelling two lines and another once: no dialogue of surnames.
    expect(labels([PROSE, 'Attention : la route est fermée.', 'Attention : la route est fermée.', 'Note : elle rouvre demain.'].join('\n'))).toEqual([]);
    expect(labels([PROSE, 'Tucker Carlson: Good evening.', 'Tucker: Let’s turn to China.'].join('\n'))).toEqual(['Tucker Carlson', 'Tucker']);
  });

  it('are turns where the surname labels two lines of an interview whose questions are labelled by a function', () => {
    const interview = [PROSE, 'Question:', 'Y aura-t-il un président chinois?', 'Peskov:', 'Oui.', 'Question:', 'Le premier ministre indien?', 'Peskov:', 'Le moment venu.'];
    expect(labels(interview.join('\n'))).toEqual(['Question', 'Peskov', 'Question', 'Peskov']);
    const { tree } = parse(interview.join('\n'));
    expect(nodesOfType(tree, 'speakerTurn').map((t) => t.position.start.line)).toEqual([2, 4, 6, 8]);
    // One question is no interview; a surname labelling one line stays text.
    expect(labels([PROSE, 'Question: Y aura-t-il un président?', 'Peskov: Oui.', 'Peskov: Non.'].join('\n'))).toEqual(['Question']);
    expect(labels([PROSE, 'Question: Y aura-t-il un président?', 'Note: ceci est un essai.', 'Question: Et alors?'].join('\n'))).toEqual(['Question', 'Question']);
  });

  it('are turns where they are the initials of a full name that labels a line (`Konstantin Ernst:` … `KE:`)', () => {
    const text = ['Konstantin Ernst, Director-General First Channel: Good day.', 'Russian President Dmitry Medvedev: Good day, colleagues!', 'KE: What is your view of the year?', 'DM: The year has been very difficult indeed.'].join('\n');
    expect(labels(text)).toEqual(['Konstantin Ernst, Director-General First Channel', 'Russian President Dmitry Medvedev', 'KE', 'DM']);
    expect(nodesOfType(parse(text).tree, 'speakerTurn').map((t) => t.speaker.personId)).toEqual(['konstantin-ernst', 'dmitri-medvedev', 'konstantin-ernst', 'dmitri-medvedev']);
    // Initials of no one labelled: text.
    expect(labels(['Dmitry Medvedev: Good day.', 'NB: the transcript is abridged.'].join('\n'))).toEqual(['Dmitry Medvedev']);
  });

  it('are turns when written in capitals and the text names the person in full (a transcript’s lead)', () => {
    const lead = 'Russian President Vladimir Putin talked with Bloomberg News Editor-in-Chief John Micklethwait on Sept. 1.';
    expect(labels([lead, 'MICKLETHWAIT: President Putin, thank you.', 'PUTIN (THROUGH TRANSLATOR): It is a way to capture attention.'].join('\n'))).toEqual(['MICKLETHWAIT', 'PUTIN (THROUGH TRANSLATOR)']);
    const { tree } = parse([lead, 'PUTIN (THROUGH TRANSLATOR): Thank you.'].join('\n'));
    expect(nodesOfType(tree, 'speakerTurn')[0]?.speaker).toMatchObject({ name: 'PUTIN', affiliation: 'THROUGH TRANSLATOR' });
    // Not named in full in the text, or not in capitals (a headline `Poutine : …`): text.
    expect(labels([lead, 'SANDERS: The final question goes to the AP.'].join('\n'))).toEqual([]);
    expect(labels(['Le président Vladimir Poutine a parlé hier.', 'Poutine : la Russie accuse l’Ukraine.'].join('\n'))).toEqual([]);
    // A word in capitals after a small word is no full name (`met Putin`).
    expect(labels(['The minister met PUTIN yesterday in the Kremlin for long talks.', 'PUTIN: Good afternoon.'].join('\n'))).toEqual([]);
  });

  it('are text elsewhere: one word before a colon once, or with no label naming a person', () => {
    expect(labels(`${PROSE}\nVladimir Putin: Good afternoon.\nAttribution: Article and image from the President of Russia website.`)).toEqual(['Vladimir Putin']);
    expect(labels(`${PROSE}\nAttention : la route est fermée.\nAttention : la route est fermée.`)).toEqual([]);
    const { tree } = parse(`${PROSE}\nNote: This transcript presents what Putin said.`);
    expect(nodesOfType(tree, 'paragraph').map((p) => p.position.start.line)).toEqual([1, 2]);
  });

  it('compare through invisibles and in any case', () => {
    expect(labels(`${PROSE}\nVladimir Pou\u00ADtine : Bonjour.\nPOUTINE : Merci.`)).toEqual(['Vladimir Pou\u00ADtine', 'POUTINE']);
  });
});
