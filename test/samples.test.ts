// Concrete values read off the three sample documents (fixtures/), line
// numbers in comments refer to those files.
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Caption, PhotoCounter, Section, Subsection } from '../src/nodes.js';
import { fixture, nodesOfType } from './helpers.js';

const minsk = parse(fixture('dossier-6125-minsk-2024.txt'));
const kremlin = parse(fixture('dossier-kremlin-2025-03.txt'));
const article = parse(fixture('article-rt-france-union.txt'));

/** `index/total` of every counter under a node, in order. */
const gallery = (node: Section | Subsection): string[] =>
  nodesOfType(node, 'photoCounter').map((c: PhotoCounter) => `${c.index}/${c.total}`);
const sections = (tree: typeof minsk.tree): Section[] => tree.children.filter((n): n is Section => n.type === 'section');

describe('dossier-6125-minsk-2024.txt', () => {
  const tree = minsk.tree;

  it('is a dossier with its header (line 1)', () => {
    expect(tree.kind).toBe('dossier');
    const header = tree.children[0];
    expect(header).toMatchObject({
      type: 'header',
      number: '6125',
      country: 'RUSSIE',
      title: 'V.Poutine à Minsk rencontre Alexandre Loukachenko',
      date: { raw: '24.05.24', date: '2024-05-24', precision: 'day' },
    });
    expect(header?.position.start).toEqual({ line: 1, column: 1, offset: 0 });
    expect(tree.when?.date).toBe('2024-05-24');
  });

  it('reads the table of contents (lines 3–6)', () => {
    const [toc] = nodesOfType(tree, 'toc');
    expect(toc?.children.map((e) => [e.number, e.title, e.when?.instant, e.when?.place])).toEqual([
      [1, 'Vladimir Poutine arrive à Minsk', '2024-05-23T23:30:00+03:00', 'Minsk'],
      [2, 'Vladimir Poutine a félicité le patriarche Cyrille de Moscou et de toute la Russie à l’occasion de sa fête', '2024-05-24T09:00:00+03:00', 'Moscou'],
      [3, 'Cérémonie de dépôt de couronnes au Monument de la Victoire', '2024-05-24T14:10:00+03:00', 'Minsk'],
      [4, 'Pourparlers Russie-Biélorussie', '2024-05-24T17:15:00+03:00', 'Minsk'],
    ]);
    expect(toc?.position.start.line).toBe(3);
    expect(toc?.position.end.line).toBe(6);
  });

  it('has four sections whose headings repeat the TOC, the last with subsections A, B, C', () => {
    const s = sections(tree);
    expect(s.map((x) => [x.number, x.position.start.line, x.when?.time, x.when?.timeZone])).toEqual([
      [1, 8, '23:30', 'Europe/Minsk'],
      [2, 56, '09:00', 'Europe/Moscow'],
      [3, 65, '14:10', 'Europe/Minsk'],
      [4, 96, '17:15', 'Europe/Minsk'],
    ]);
    const subs = nodesOfType(tree, 'subsection');
    expect(subs.map((x) => [x.letter, x.title, x.when?.instant, x.position.start.line])).toEqual([
      ['A', 'Début des négociations restreintes entre la Russie et la Biélorussie', '2024-05-24T14:50:00+03:00', 99],
      ['B', 'Début des négociations russo-biélorusses au format élargi', '2024-05-24T16:40:00+03:00', 154],
      ['C', 'Conférence de presse à l’issue des négociations russo-biélorusses', '2024-05-24T17:30:00+03:00', 196],
    ]);
    expect(subs.every((x) => s[3]?.children.includes(x))).toBe(true);
  });

  it('reads every dateline as an instant (lines 9, 57, 67, 98, 198)', () => {
    expect(nodesOfType(tree, 'dateline').map((d) => [d.position.start.line, d.when.instant])).toEqual([
      [9, '2024-05-23T23:30:00+03:00'],
      [57, '2024-05-24T09:00:00+03:00'],
      [67, '2024-05-24T14:10:00+03:00'],
      [98, '2024-05-24T17:15:00+03:00'],
      [198, '2024-05-24T17:30:00+03:00'],
    ]);
  });

  it('reads every source link with its kind and event id', () => {
    expect(nodesOfType(tree, 'sourceLink').map((l) => [l.position.start.line, l.host, l.kind, l.eventId])).toEqual([
      [54, 'en.kremlin.ru', 'news', 74102],
      [63, 'en.kremlin.ru', 'news', 74101],
      [93, 'en.kremlin.ru', 'news', 74103],
      [151, 'en.kremlin.ru', 'transcripts', 74106],
      [194, 'en.kremlin.ru', 'transcripts', 74107],
      [343, 'en.kremlin.ru', 'news', 74108],
    ]);
  });

  it('reads the gallery counters of sections 1 and 3 and of subsection A', () => {
    const s = sections(tree);
    const eight = ['1/8', '2/8', '3/8', '4/8', '5/8', '6/8', '7/8', '8/8'];
    expect(gallery(s[0] as Section)).toEqual(eight);
    expect(gallery(s[2] as Section)).toEqual(['1/10', '2/10', '3/10', '4/10', '5/10', '6/10', '7/10', '8/10', '9/10', '10/10']);
    expect(gallery(nodesOfType(tree, 'subsection')[0] as Subsection)).toEqual(eight);
  });

  it('reads the caption on the counter line `5/10 .Cérémonie …` (line 77)', () => {
    const caption = nodesOfType(sections(tree)[2] as Section, 'caption')[0];
    expect(caption).toMatchObject({ text: 'Cérémonie de dépôt de couronnes au Monument de la Victoire – 24 mai 2024 à 14h10 à Minsk' });
    expect(caption?.number).toBeUndefined();
    expect(caption?.position.start).toMatchObject({ line: 77, column: 6 });
  });

  it('reads the numbered captions of B and C, their credits, and the gap at C 5', () => {
    const [, b, c] = nodesOfType(tree, 'subsection') as Subsection[];
    const numbers = (s: Subsection): Array<number | undefined> => nodesOfType(s, 'caption').map((x: Caption) => x.number);
    expect(numbers(b as Subsection)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(numbers(c as Subsection)).toEqual([1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12]);
    const credited = nodesOfType(tree, 'caption').filter((x) => x.credit).map((x) => [x.position.start.line, x.number, x.credit]);
    expect(credited).toEqual([
      [172, 5, { photographer: 'Pavel Bedniakov', agency: 'RIA Novosti' }],
      [187, 7, { photographer: 'Pavel Bedniakov', agency: 'RIA Novosti' }],
      [241, 6, { photographer: 'Valéry Sharifulin', agency: 'TASS' }],
      [258, 9, { photographer: 'Valéry Sharifulin', agency: 'TASS' }],
      [274, 10, { photographer: 'Valéry Sharifulin', agency: 'TASS' }],
      [339, 11, { photographer: 'Valéry Sharifulin', agency: 'TASS' }],
    ]);
  });

  it('keeps the caption quirks: leading NO-BREAK SPACE (line 155), NO-BREAK SPACE after the number (line 256), `:` inside (line 170)', () => {
    const byLine = (line: number) => nodesOfType(tree, 'caption').find((x) => x.position.start.line === line);
    expect(byLine(155)).toMatchObject({ number: 1, text: 'Les négociations russo-biélorusses au format élargi.' });
    expect(byLine(256)).toMatchObject({ number: 8, text: 'VP Avec le président biélorusse Alexandre Loukachenko lors de la conférence de presse à l’issue des négociations russo-biélorusses' });
    expect(byLine(170)?.text.startsWith('De gauche à droite : le vice-Premier ministre')).toBe(true);
    expect(nodesOfType(tree, 'speakerTurn').some((t) => t.label.startsWith('De gauche'))).toBe(false);
  });

  it('splits every speaker label into name, role and affiliation', () => {
    const turns = nodesOfType(tree, 'speakerTurn');
    const L = 'Alexandre Loukachenko';
    const P = 'Vladimir Poutine';
    expect(turns.map((t) => t.speaker.name)).toEqual([
      L, P, L, P, L, P, L, P, L, P, // lines 26–39
      L, P, L, P, L, P, // lines 128–139
      P, L, P, // lines 162, 204, 229
      'Natalya Golub', L, P, 'Kirill Vorobyov', P, 'Kirill Vorobyov', P, // lines 260–289
      'Vladimir Matveyev', P, 'Vladimir Matveïev', P, L, P, L, // lines 295–311
      'Sargon Hadaya', P, L, P, L, P, L, // lines 318–336
    ]);
    // The people stage adds personId and canonicalName (test/people/samples.test.ts covers them all).
    const luka = { personId: 'aleksandr-lukachenko', canonicalName: L };
    const putin = { personId: 'vladimir-putin', canonicalName: P };
    expect(turns[0]?.speaker).toEqual({ name: L, role: 'Président de la Biélorussie', ...luka });
    expect(turns[1]?.speaker).toEqual({ name: P, role: 'Président russe', ...putin });
    expect(turns[10]?.speaker).toEqual({ name: L, role: 'Président de la République de Biélorussie', ...luka });
    expect(turns[16]?.speaker).toEqual({ name: P, role: 'Président de la Russie', ...putin });
    const golub = turns.find((t) => t.speaker.name === 'Natalya Golub');
    expect(golub?.speaker).toEqual({
      name: 'Natalya Golub',
      affiliation: 'chaîne de télévision Belarus-1',
      personId: 'natalia-golub',
      canonicalName: 'Natalya Golub',
    });
    expect(golub?.label).toBe('Natalya Golub, chaîne de télévision Belarus-1');
    // `Alexandre Loukachenko: …` without a space before the colon (line 264).
    expect(turns.find((t) => t.position.start.line === 264)?.speaker.name).toBe(L);
  });

  it('keeps continuation lines in the turn and reads FORMAT.md’s non-turns as text', () => {
    const turns = nodesOfType(tree, 'speakerTurn');
    const matveyev = turns.find((t) => t.speaker.name === 'Vladimir Matveyev');
    const lines = nodesOfType(matveyev as never, 'paragraph').map((p) => p.value);
    expect(lines).toContain('Deuxième partie de ma question\u00A0:'); // NO-BREAK SPACE before the colon in the source
    expect(lines).toHaveLength(6);
    const lukashenko = turns.find((t) => t.position.start.line === 204);
    expect(nodesOfType(lukashenko as never, 'paragraph').some((p) => p.value.startsWith('Naturellement, nous discuterons aujourd’hui'))).toBe(true);
  });

  it('reads the two participants lists of subsection A (lines 108–118)', () => {
    const lists = nodesOfType(tree, 'participants');
    expect(lists.map((l) => [l.intro, l.children.length - 1])).toEqual([
      ['en présence', 4],
      ['était représentée par', 5],
    ]);
    expect(nodesOfType(lists[1] as never, 'participant').map((p) => p.value)).toEqual([
      'le ministre des Affaires étrangères Sergueï Lavrov',
      'le premier vice-Premier ministre Denis Manturov',
      'le vice-Premier ministre Alexandre Novak',
      'l’assistant présidentiel Iouri Ouchakov',
      'le ministre de la Défense Andreï Belousov',
    ]);
  });

  it('reads elisions, breaks and the tag', () => {
    expect(nodesOfType(tree, 'elision').map((e) => [e.position.start.line, e.kind, e.value])).toEqual([
      [21, 'break', '* * *'],
      [51, 'omission', '<… >'],
      [119, 'break', '* * *'],
      [191, 'omission', '<…>'],
      [337, 'toBeContinued', 'À suivre.'],
    ]);
    expect(nodesOfType(tree, 'tag').map((t) => [t.position.start.line, t.value])).toEqual([[52, 'Géographie']]);
  });

  it('marks lead paragraphs before a dateline (lines 66, 97, 197)', () => {
    expect(nodesOfType(tree, 'paragraph').filter((p) => p.lead).map((p) => p.position.start.line)).toEqual([66, 97, 197]);
  });

  it('reports nothing on this well-formed dossier', () => {
    expect(minsk.diagnostics).toEqual([]);
  });
});

describe('dossier-kremlin-2025-03.txt', () => {
  const tree = kremlin.tree;

  it('is a dossier without header (it starts with a blank line)', () => {
    expect(tree.kind).toBe('dossier');
    expect(tree.children[0]?.type).toBe('toc');
    expect(nodesOfType(tree, 'header')).toEqual([]);
  });

  it('reads the TOC times (`13H40`, `21h40`) and places (`au Kremlin-Moscou`, `– Région de Kursk`)', () => {
    const [toc] = nodesOfType(tree, 'toc');
    expect(toc?.children.map((e) => [e.number, e.when?.instant, e.when?.place])).toEqual([
      [1, '2025-03-10T13:40:00+03:00', 'Kremlin-Moscou'],
      [2, '2025-03-11T14:40:00+03:00', 'Kremlin-Moscou'],
      [3, '2025-03-12T21:40:00+03:00', 'Région de Kursk'],
      [4, '2025-03-13T17:40:00+03:00', 'Kremlin-Moscou'],
      [5, '2025-03-13T19:00:00+03:00', 'Kremlin-Moscou'],
    ]);
    expect(toc?.children[1]?.title).toBe('Rencontre avec le gouverneur de la région d’Arkhangelsk, Alexander Tsybulsky');
  });

  it('has five sections, each closed by its source link', () => {
    const s = sections(tree);
    expect(s.map((x) => x.number)).toEqual([1, 2, 3, 4, 5]);
    expect(s.map((x) => {
      const last = x.children[x.children.length - 1];
      return last?.type === 'sourceLink' ? last.eventId : last?.type;
    })).toEqual([76428, 76442, 76446, 76448, 76450]);
  });

  it('reads the galleries as written, anomalies included', () => {
    const s = sections(tree);
    const n = (total: number, from = 1): string[] => Array.from({ length: total - from + 1 }, (_, i) => `${i + from} sur ${total}`.replace(' sur ', '/'));
    expect(gallery(s[0] as Section)).toEqual(n(4));
    expect(gallery(s[1] as Section)).toEqual(n(5, 2)); // starts at `2 sur 5` (line 41)
    expect(gallery(s[2] as Section)).toEqual(n(8));
    expect(gallery(s[3] as Section)).toEqual(n(13));
    // `8 sur 9` before `7 sur 9` (lines 208, 217), `9 sur 9` twice (lines 236, 254).
    expect(gallery(s[4] as Section)).toEqual(['1/9', '2/9', '3/9', '4/9', '5/9', '6/9', '8/9', '7/9', '9/9', '9/9']);
  });

  it('reads the tags after the datelines (lines 12, 35)', () => {
    expect(nodesOfType(tree, 'tag').map((t) => [t.position.start.line, t.value])).toEqual([
      [12, 'Territoire de Perm'],
      [35, 'Région d’Arkhangelsk'],
    ]);
  });

  it('splits the long role chain with an en dash (line 75)', () => {
    const [gerasimov] = nodesOfType(tree, 'speakerTurn');
    expect(gerasimov?.speaker).toEqual({
      name: 'Valery Gerasimov',
      role: 'Chef d’état-major général des forces armées de la Russie – Premier vice-ministre de la Défense',
      personId: 'valeri-gerasimov',
      canonicalName: 'Valery Gerasimov',
    });
    expect(gerasimov?.children.filter((c) => c.type === 'paragraph')).toHaveLength(15); // lines 75–89
  });

  it('reads every speaker turn', () => {
    const P = 'Vladimir Poutine';
    const A = 'Alexander Lukashenko';
    expect(nodesOfType(tree, 'speakerTurn').map((t) => [t.position.start.line, t.speaker.name])).toEqual([
      [75, 'Valery Gerasimov'], [93, P], [131, P], [141, A], [156, P], [175, P], [199, 'Natalya Breus'],
      [203, P], [209, 'Alexandre Lukashenko'], [213, 'Olga Knyazeva'], [218, P], [255, A], [272, P], [273, A],
      [274, P], [278, 'Anna Pyzh'], [282, P], [283, 'Anna Pyzh'], [284, P], [288, A], [291, P],
      [293, 'Ilya Yezhov'], [300, P], [306, A],
    ]);
  });

  it('keeps `Imaginez: …` (line 248) and `Je dis: « …` (line 261) as text of the turns', () => {
    const paragraphs = nodesOfType(tree, 'paragraph');
    const imaginez = paragraphs.find((p) => p.value === 'Imaginez: près de 2 000 km.');
    expect(imaginez?.position.start.line).toBe(248);
    const turn218 = nodesOfType(tree, 'speakerTurn').find((t) => t.position.start.line === 218);
    expect(turn218?.children).toContain(imaginez);
    expect(paragraphs.some((p) => p.position.start.line === 261 && p.value.startsWith('Je dis: «'))).toBe(true);
  });

  it('reads the bullet list in Poutine’s turn (lines 95–107)', () => {
    const [list] = nodesOfType(tree, 'list');
    expect(list?.children).toHaveLength(13);
    expect(list?.children[0]?.value).toBe('the 76th Guards Airborne Assault Division,');
    const turn = nodesOfType(tree, 'speakerTurn')[1];
    expect(turn?.children).toContain(list);
  });

  it('marks the trailing ellipses (lines 67, 83) and the elision (line 116)', () => {
    expect(nodesOfType(tree, 'paragraph').filter((p) => p.trailingEllipsis).map((p) => p.position.start.line)).toEqual([67, 83]);
    expect(nodesOfType(tree, 'elision').map((e) => [e.position.start.line, e.kind])).toEqual([[116, 'omission']]);
  });

  it('reports nothing on the structure', () => {
    expect(kremlin.diagnostics).toEqual([]);
  });
});

describe('article-rt-france-union.txt', () => {
  const tree = article.tree;

  it('is an article with its title and relative date', () => {
    expect(tree.kind).toBe('article');
    expect(tree.children[0]).toMatchObject({ type: 'title', value: 'Poutine souligne l’importance de l’union avec la Biélorussie pour minimiser l’effet des sanctions' });
    expect(tree.when).toEqual({ raw: '19 décembre', month: 12, day: 19, precision: 'month-day' });
  });

  it('keeps the page chrome apart from the text', () => {
    const chrome = nodesOfType(tree, 'boilerplate').map((b) => [b.position.start.line, b.kind]);
    expect(chrome).toEqual([
      [3, 'repeatedTitle'],
      [4, 'followLine'],
      [16, 'relatedHeadline'],
      [22, 'slogan'],
      [24, 'followLine'],
      [26, 'cookieBanner'], [28, 'cookieBanner'], [30, 'cookieBanner'], [32, 'cookieBanner'], [34, 'cookieBanner'],
      [36, 'cookieBanner'], [38, 'cookieBanner'], [40, 'cookieBanner'], [42, 'cookieBanner'],
    ]);
    const text = nodesOfType(tree, 'paragraph');
    expect(text.map((p) => p.position.start.line)).toEqual([6, 8, 10, 12, 14, 18, 20]);
    expect(text.some((p) => /cookies|Suivez/.test(p.value))).toBe(false);
  });

  it('reports nothing', () => {
    expect(article.diagnostics).toEqual([]);
  });
});
