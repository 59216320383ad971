// The parser's score on the documents with hand-made gold (issue 11): per
// group, a table of TP/FP/FN, precision, recall and F1 for each element,
// then what each file missed. test/eval.test.ts holds the F1 floors.
//
//   npm run eval                       the tables and the misses
//   npm run eval -- --group corpus     one group only
//   npm run eval -- --json [path]      the figures as JSON (stdout without a path)
import { writeFileSync } from 'node:fs';
import { GROUPS, loadGroup, type Group } from './eval/fixtures.js';
import { ROWS, scoreAll, type GroupScore, type Keyed, type RowScore } from './eval/score.js';

/** Command-line options; exits with a usage message on anything else. */
function options(argv: string[]): { groups: readonly Group[]; json: string | boolean } {
  let groups: readonly Group[] = GROUPS;
  let json: string | boolean = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--json') {
      const next = argv[i + 1];
      // The path is optional, so a following option is not taken for one.
      if (next !== undefined && !next.startsWith('--')) {
        json = next;
        i++;
      } else json = true;
    } else if (arg === '--group' && GROUPS.includes(argv[i + 1] as Group)) {
      groups = [argv[++i] as Group];
    } else {
      process.stderr.write(`unknown or incomplete option: ${argv.slice(i, i + 2).join(' ')}\nusage: eval [--group ${GROUPS.join('|')}] [--json [path]]\n`);
      process.exit(2);
    }
  }
  return { groups, json };
}

const fixed = (x: number | null): string => (x === null ? '—' : x.toFixed(3));

/** The score table of one group, one row per element. */
function table(score: GroupScore): string {
  const head = ['element', 'n gold', 'TP', 'FP', 'FN', 'P', 'R', 'F1'];
  const cells = ROWS.map((row) => {
    const s: RowScore = score.rows[row];
    return [row, String(s.nGold), String(s.tp), String(s.fp), String(s.fn), fixed(s.p), fixed(s.r), fixed(s.f1)];
  });
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const format = (c: string[]): string => c.map((x, i) => (i === 0 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  return [format(head), ...cells.map(format)].join('\n');
}

/** A short list of missed items: keys, with the line when the key has none; cut after a dozen. */
function items(list: Keyed[]): string {
  const shown = list.slice(0, 12).map((x) => (x.line === undefined ? x.key : `${x.key}@${x.line}`));
  return shown.join(', ') + (list.length > 12 ? `, … (+${list.length - 12})` : '');
}

/** The misses of each file of a group: per element, gold items not found (FN) and predictions not in gold (FP). */
function missesReport(score: GroupScore): string {
  const out: string[] = [];
  for (const doc of score.misses) {
    out.push(`  ${doc.name}${score.failed.includes(doc.name) ? '  (PARSE FAILED)' : ''}`);
    for (const m of doc.misses) {
      const parts = [m.fn.length > 0 ? `FN ${items(m.fn)}` : '', m.fp.length > 0 ? `FP ${items(m.fp)}` : ''].filter(Boolean);
      out.push(`    ${m.row.padEnd(11)} ${parts.join('   ')}`);
    }
  }
  return out.join('\n');
}

const { groups, json } = options(process.argv.slice(2));
const scores = Object.fromEntries(groups.map((g) => [g, scoreAll(loadGroup(g))])) as Partial<Record<Group, GroupScore>>;

if (json !== false) {
  const text = `${JSON.stringify(scores, null, 2)}\n`;
  if (json === true) process.stdout.write(text);
  else writeFileSync(json, text);
} else {
  for (const group of groups) {
    const score = scores[group]!;
    const nt = score.notTurnsReadAsTurns;
    console.log(`${group} (${score.documents} documents${score.failed.length > 0 ? `, ${score.failed.length} failed` : ''})\n`);
    console.log(table(score));
    console.log(`\nnot-turns read as turns: ${nt.count} of ${nt.of}`);
    console.log('(people: over pairs of gold turns found on their line, n gold = pairs the gold calls one person; a miss a=b names the two lines)');
    console.log(`\nmisses:\n${missesReport(score) || '  none'}\n`);
  }
}
