import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../src/diagnostics.js';
import type { Paragraph, Position, Root, Section, SpeakerTurn } from '../src/nodes.js';
import { formatDiagnostic, formatOutline } from '../src/outline.js';

/** A one-line span starting at `line:column` (offsets are not read by the outline). */
function pos(line: number, column = 1, length = 10): Position {
  return {
    start: { line, column, offset: line * 1000 + column - 1 },
    end: { line, column: column + length, offset: line * 1000 + column - 1 + length },
  };
}

function para(line: number, value: string, extra: Partial<Paragraph> = {}): Paragraph {
  return { type: 'paragraph', value, position: pos(line), ...extra };
}

const minskWhen = {
  raw: '23 mai 2024 à 23h30 à Minsk',
  year: 2024,
  month: 5,
  day: 23,
  date: '2024-05-23',
  time: '23:30',
  place: 'Minsk',
  timeZone: 'Europe/Minsk',
  instant: '2024-05-23T23:30:00+03:00',
  precision: 'minute' as const,
};

const turn: SpeakerTurn = {
  type: 'speakerTurn',
  label: 'Président russe Vladimir Poutine',
  speaker: { name: 'Vladimir Poutine', role: 'Président russe' },
  position: pos(20, 1, 50),
  children: [
    { type: 'speakerLabel', value: 'Président russe Vladimir Poutine', position: pos(20, 1, 32) },
    para(20, 'C’est sûr.'),
  ],
};

const section: Section = {
  type: 'section',
  number: 1,
  title: 'Vladimir Poutine arrive à Minsk',
  when: minskWhen,
  position: pos(8, 1, 900),
  children: [
    { type: 'heading', value: '1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk', position: pos(8) },
    { type: 'dateline', when: minskWhen, position: pos(9) },
    { type: 'photoCounter', index: 3, total: 8, position: pos(14, 1, 3) },
    {
      type: 'caption',
      number: 4,
      text: 'De gauche à droite : le vice-Premier ministre',
      credit: { photographer: 'Pavel Bedniakov', agency: 'RIA Novosti' },
      position: pos(15),
    },
    turn,
    { type: 'tag', value: 'Géographie', position: pos(30) },
    {
      type: 'sourceLink',
      url: 'http://en.kremlin.ru/events/president/news/74102',
      host: 'en.kremlin.ru',
      kind: 'news',
      eventId: 74102,
      position: pos(32),
    },
  ],
};

const dossier: Root = {
  type: 'root',
  kind: 'dossier',
  when: { raw: '24.05.24', year: 2024, month: 5, day: 24, date: '2024-05-24', precision: 'day' },
  position: pos(1, 1, 5000),
  children: [
    {
      type: 'header',
      number: '6125',
      country: 'RUSSIE',
      title: 'V.Poutine à Minsk rencontre Alexandre Loukachenko',
      date: { raw: '24.05.24', year: 2024, month: 5, day: 24, date: '2024-05-24', precision: 'day' },
      position: pos(1),
    },
    {
      type: 'toc',
      position: pos(3),
      children: [
        { type: 'tocEntry', number: 1, title: 'Vladimir Poutine arrive à Minsk', when: minskWhen, position: pos(3) },
      ],
    },
    section,
  ],
};

describe('formatOutline', () => {
  it('prints one indented line per node with its key fields and start', () => {
    expect(formatOutline(dossier).split('\n')).toEqual([
      'root dossier @ 2024-05-24  1:1',
      '  header 6125 RUSSIE V.Poutine à Minsk rencontre Alexandre Loukachenko @ 2024-05-24  1:1',
      '  toc (1 item)  3:1',
      '    tocEntry 1 Vladimir Poutine arrive à Minsk @ 2024-05-23T23:30:00+03:00  3:1',
      '  section 1 Vladimir Poutine arrive à Minsk @ 2024-05-23T23:30:00+03:00  8:1',
      '    heading 1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk  8:1',
      '    dateline 23 mai 2024 à 23h30 à Minsk @ 2024-05-23T23:30:00+03:00  9:1',
      '    photoCounter 3/8  14:1',
      '    caption 4 De gauche à droite : le vice-Premier ministre [Pavel Bedniakov, RIA Novosti]  15:1',
      '    speakerTurn Vladimir Poutine (Président russe)  20:1',
      '      speakerLabel Président russe Vladimir Poutine  20:1',
      '      paragraph C’est sûr.  20:1',
      '    tag Géographie  30:1',
      '    sourceLink news 74102  32:1',
    ]);
  });

  it('shows article nodes: title, boilerplate kinds, elisions, lists', () => {
    const article: Root = {
      type: 'root',
      kind: 'article',
      position: pos(1, 1, 900),
      children: [
        { type: 'title', value: 'Union Russie-Biélorussie', position: pos(1) },
        { type: 'boilerplate', kind: 'repeatedTitle', value: 'Union Russie-Biélorussie', position: pos(2) },
        { type: 'boilerplate', kind: 'cookieBanner', value: 'En cliquant sur "Tout Accepter"', position: pos(40) },
        { type: 'elision', kind: 'break', value: '* * *', position: pos(41) },
        {
          type: 'list',
          position: pos(42),
          children: [{ type: 'listItem', marker: '-', value: 'the 76th Guards Division,', position: pos(42) }],
        },
        {
          type: 'sourceLink',
          url: 'https://example.org/x',
          host: 'example.org',
          kind: 'other',
          position: pos(43),
        },
      ],
    };
    expect(formatOutline(article).split('\n')).toEqual([
      'root article  1:1',
      '  title Union Russie-Biélorussie  1:1',
      '  boilerplate repeatedTitle Union Russie-Biélorussie  2:1',
      '  boilerplate cookieBanner En cliquant sur "Tout Accepter"  40:1',
      '  elision break * * *  41:1',
      '  list (1 item)  42:1',
      '    listItem - the 76th Guards Division,  42:1',
      '  sourceLink other https://example.org/x  43:1',
    ]);
  });

  it('cuts long texts with … to fit the width, keeping number and timestamp', () => {
    const long = 'mot '.repeat(60).trim();
    const tree: Root = {
      ...dossier,
      children: [{ ...section, title: long, children: [para(50, long)] }],
    };
    const lines = formatOutline(tree, { width: 80 }).split('\n');
    for (const line of lines) expect([...line].length).toBeLessThanOrEqual(80);
    expect(lines[1]).toMatch(/^ {2}section 1 mot .*… @ 2024-05-23T23:30:00\+03:00  8:1$/);
    expect(lines[2]).toMatch(/^ {4}paragraph mot .*…  50:1$/);
    // The default width is 100.
    for (const line of formatOutline(tree).split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
    expect(formatOutline(tree).split('\n')[2]!.length).toBeGreaterThan(80);
  });

  it('summarises runs of three or more plain paragraphs, not lead paragraphs or short runs', () => {
    const tree: Root = {
      type: 'root',
      kind: 'unknown',
      position: pos(1),
      children: [
        para(1, 'Lead text', { lead: true }),
        para(2, 'One'),
        para(3, 'Two'),
        { type: 'tag', value: 'Géographie', position: pos(4) },
        para(5, 'Three'),
        para(6, 'Four'),
        para(7, 'Five'),
        para(8, 'Six'),
      ],
    };
    expect(formatOutline(tree).split('\n')).toEqual([
      'root unknown  1:1',
      '  paragraph (lead) Lead text  1:1',
      '  paragraph One  2:1',
      '  paragraph Two  3:1',
      '  tag Géographie  4:1',
      '  paragraph ×4 Three  5:1',
    ]);
  });

  it('shows speakers with role and affiliation, captions without number or credit', () => {
    const tree: Root = {
      type: 'root',
      kind: 'dossier',
      position: pos(1),
      children: [
        {
          ...turn,
          label: 'Natalya Golub, chaîne de télévision Belarus-1',
          speaker: { name: 'Natalya Golub', affiliation: 'chaîne de télévision Belarus-1' },
          children: [],
        },
        { type: 'caption', text: 'Cérémonie de dépôt de couronnes', position: pos(2, 6) },
        { type: 'dateline', when: { raw: 'ce 19 décembre', month: 12, day: 19, precision: 'month-day' }, position: pos(3) },
      ],
    };
    expect(formatOutline(tree).split('\n')).toEqual([
      'root dossier  1:1',
      '  speakerTurn Natalya Golub (chaîne de télévision Belarus-1)  20:1',
      '  caption Cérémonie de dépôt de couronnes  2:6',
      '  dateline ce 19 décembre @ ce 19 décembre  3:1',
    ]);
  });

  it('never lets control characters from the input through', () => {
    const tree: Root = {
      type: 'root',
      kind: 'unknown',
      position: pos(1),
      children: [para(1, 'evil \u001b[31mred\u0007 text\tand tab')],
    };
    const out = formatOutline(tree);
    for (const line of out.split('\n')) expect(line).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(out).toContain('evil \uFFFD[31mred\uFFFD text and tab');
  });

  it('colours only when asked', () => {
    expect(formatOutline(dossier)).not.toContain('\u001b[');
    const colored = formatOutline(dossier, { color: true });
    expect(colored).toContain('\u001b[');
    // Stripping the escapes gives the plain outline back.
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(formatOutline(dossier));
  });
});

describe('formatDiagnostic', () => {
  const d: Diagnostic = {
    code: 'HEADING_WITHOUT_TIMESTAMP',
    severity: 'warning',
    message: 'Expected a timestamp after the heading title.',
    position: pos(12, 3),
  };

  it('prints file:line:col  severity  message  CODE', () => {
    expect(formatDiagnostic(d, 'doc.txt')).toBe(
      'doc.txt:12:3  warning  Expected a timestamp after the heading title.  HEADING_WITHOUT_TIMESTAMP',
    );
  });

  it('starts at line:col without a file', () => {
    expect(formatDiagnostic({ ...d, severity: 'error', code: 'INVALID_DATE', message: 'No 31 February.' })).toBe(
      '12:3  error  No 31 February.  INVALID_DATE',
    );
  });

  it('colours the severity only when asked', () => {
    const colored = formatDiagnostic(d, 'doc.txt', { color: true });
    expect(colored).toContain('\u001b[33mwarning');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(formatDiagnostic(d, 'doc.txt'));
  });
});
