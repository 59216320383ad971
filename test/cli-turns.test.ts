// `pressdoc turns`, run as a user would (dist/cli.cjs in a child process) on
// the samples and the corpus; the CSV is read back with a real CSV parser
// (csv-parse) and compared with the trees of the library's parse().
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Node, SpeakerTurn } from '../src/nodes.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const SLOW = 60_000;
const MINSK = 'fixtures/dossier-6125-minsk-2024.txt';
const KREMLIN = 'fixtures/dossier-kremlin-2025-03.txt';
const CORPUS = readdirSync(join(root, 'fixtures/corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => `fixtures/corpus/${f}`);

function run(args: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [cli, ...args], { cwd: root, input: '', encoding: 'utf8', timeout: SLOW, maxBuffer: 64 * 1024 * 1024 });
}

/** The speaker turns of a file as the library's parse gives them, with their enclosing section or subsection. */
function libraryTurns(file: string): Array<{ file: string; turn: SpeakerTurn; container?: Node }> {
  const text = readFileSync(join(root, file), 'utf8');
  const out: Array<{ file: string; turn: SpeakerTurn; container?: Node }> = [];
  const visit = (node: Node, container?: Node): void => {
    if (node.type === 'speakerTurn') out.push({ file, turn: node, container });
    else if ('children' in node) for (const c of node.children as Node[]) visit(c, node.type === 'section' || node.type === 'subsection' ? node : container);
  };
  visit(parse(text).tree);
  return out;
}

type Row = Record<string, string>;

beforeAll(() => {
  if (!existsSync(cli)) throw new Error(`${cli} is missing: run \`npm run build\` first (\`npm test\` does).`);
});

describe('pressdoc turns', { timeout: SLOW }, () => {
  it('--format csv: RFC 4180 with a header row; csv-parse reads one record per turn of parse(), values as in the trees', () => {
    // Files come in name order, as validate gives them.
    const files = [MINSK, KREMLIN, ...CORPUS].sort();
    const r = run(['turns', MINSK, KREMLIN, 'fixtures/corpus', '--format', 'csv']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('file,section,when,personId,canonicalName,label,text,startLine,startColumn,endLine,endColumn\r\n')).toBe(true);
    // Strict: a bad quote, an unequal number of fields or a stray CR fails the parse.
    const rows = parseCsv(r.stdout, { columns: true, relax_quotes: false, relax_column_count: false, record_delimiter: '\r\n' }) as Row[];
    const expected = files.flatMap(libraryTurns);
    expect(expected.length).toBeGreaterThan(50);
    expect(rows).toHaveLength(expected.length);
    rows.forEach((row, i) => {
      const { file, turn, container } = expected[i]!;
      expect(row.file).toBe(file);
      expect(row.label).toBe(turn.label);
      expect(row.personId).toBe(turn.speaker.personId ?? '');
      expect(row.canonicalName).toBe(turn.speaker.canonicalName ?? '');
      expect(row.section).toBe(container && 'title' in container ? container.title : '');
      expect([row.startLine, row.startColumn, row.endLine, row.endColumn].map(Number)).toEqual([
        turn.position.start.line,
        turn.position.start.column,
        turn.position.end.line,
        turn.position.end.column,
      ]);
      // The text is the source's, line by line: every line of it stands in the turn's span.
      const span = readFileSync(join(root, file), 'utf8').slice(turn.position.start.offset, turn.position.end.offset);
      for (const line of row.text!.split('\n').filter((l) => l !== '')) expect(span).toContain(line);
    });
    // Multi-line texts and commas made it through the quoting.
    expect(rows.some((x) => x.text!.includes('\n\n'))).toBe(true);
    expect(rows.some((x) => x.text!.includes(','))).toBe(true);
  });

  it('gives the ISO instant of the enclosing section, and NDJSON rows equal to the CSV rows', () => {
    const ndjson = run(['turns', MINSK]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    const csv = parseCsv(run(['turns', MINSK, '--format', 'csv']).stdout, { columns: true }) as Row[];
    expect(ndjson.map((x) => Object.fromEntries(Object.entries(x).map(([k, v]) => [k, String(v)])))).toEqual(csv);
    const first = ndjson[0]!;
    expect(first).toMatchObject({ section: 'Vladimir Poutine arrive à Minsk', when: '2024-05-23T23:30:00+03:00', personId: 'aleksandr-lukachenko', canonicalName: 'Alexandre Loukachenko', startLine: 26 });
    // A turn in subsection A of section 4 takes the subsection's time.
    expect(ndjson.find((x) => x.startLine === 128)).toMatchObject({ when: '2024-05-24T14:50:00+03:00' });
  });

  it('--person takes an id or a canonical name, case and accents aside', () => {
    const all = run(['turns', MINSK]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { personId: string });
    const putin = all.filter((x) => x.personId === 'vladimir-putin');
    expect(putin.length).toBeGreaterThan(5);
    expect(putin.length).toBeLessThan(all.length);
    for (const who of ['vladimir-putin', 'Vladimir Poutine', 'VLADIMIR POUTINE']) {
      expect(run(['turns', MINSK, '--person', who]).stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as unknown)).toEqual(putin);
    }
    expect(run(['turns', MINSK, '--person', 'Nobody Here']).stdout).toBe('');
  });

  it('a missing file is reported and skipped, exit 2', () => {
    const r = run(['turns', 'no/such.txt', MINSK]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no such file/);
    expect(r.stdout.split('\n').length).toBeGreaterThan(10);
  });
});
