// `npm run bench:lines`: where the line grammar spends its time, by the
// construct a line is read as. Every line of the samples (fixtures/*.txt)
// and of the real pages (fixtures/corpus/) is parsed alone by the shipped
// line grammar (src/generated/grammar.js): the grammar reads each line on
// its own (no rule backtracks across a line end), so a line's time alone is
// its share of a document's, plus the parser's fixed cost per call, which
// a blank line shows. Each line is timed as the best of several rounds of
// repeated parses (the machine is shared: the best round is the least
// disturbed one). Prints, per group, the time by construct (lines, total,
// share, per line, per character) and the slowest lines; asserts nothing.
//
// What the figures are for: choosing the next speed step (issue 13 asks
// for a profile before each change). A construct whose lines cost many
// times a prose line's per character is where the grammar re-reads text.
//
//   node scripts/bench-lines.mjs [--group samples|corpus] [--slowest 15] [--rounds 5]
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { FIXTURE_DIRS, readTexts } from './fixture-texts.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { group: { type: 'string' }, slowest: { type: 'string', default: '15' }, rounds: { type: 'string', default: '5' } },
});
const slowest = Number(values.slowest);
const rounds = Number(values.rounds);
const only = values.group;
const { parse } = await import(pathToFileURL(join(root, 'src', 'generated', 'grammar.js')).href);

/** Best time of one parse of `line` in µs: `rounds` rounds of `reps` parses. */
function timeLine(line, reps) {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) parse(line);
    best = Math.min(best, (performance.now() - t0) / reps);
  }
  return best * 1000;
}

console.log(`node ${process.version}; each line parsed alone, best of ${rounds} rounds`);
for (const [name, dir] of Object.entries(FIXTURE_DIRS)) {
  if (only !== undefined && only !== name) continue;
  const lines = readTexts(dir).flatMap((text) => text.split(/\r\n|\r|\n/));
  // Warm-up: every construct's code is compiled before timing.
  for (let i = 0; i < 200; i++) for (const line of lines) parse(line);
  const rows = lines.map((line) => ({
    line,
    type: parse(line).lines[0]?.type ?? 'blank',
    us: timeLine(line, 200),
  }));
  const total = rows.reduce((sum, r) => sum + r.us, 0);
  const byType = new Map();
  for (const r of rows) {
    const t = byType.get(r.type) ?? { lines: 0, us: 0, chars: 0 };
    t.lines++;
    t.us += r.us;
    t.chars += r.line.length;
    byType.set(r.type, t);
  }
  console.log(`\n${name}: ${rows.length} lines, ${total.toFixed(0)} µs in all`);
  console.log('  construct       lines    µs   share   µs/line   ns/char');
  for (const [type, t] of [...byType].sort((a, b) => b[1].us - a[1].us)) {
    const perChar = t.chars === 0 ? '—' : ((t.us / t.chars) * 1000).toFixed(0);
    console.log(
      `  ${type.padEnd(14)} ${String(t.lines).padStart(6)} ${t.us.toFixed(0).padStart(5)} ${((t.us / total) * 100).toFixed(1).padStart(6)}% ${(t.us / t.lines).toFixed(2).padStart(9)} ${perChar.padStart(9)}`,
    );
  }
  console.log(`  slowest ${slowest} lines (µs, construct, first 90 characters):`);
  for (const r of [...rows].sort((a, b) => b.us - a.us).slice(0, slowest)) {
    console.log(`  ${r.us.toFixed(2).padStart(7)}  ${r.type.padEnd(12)} ${JSON.stringify(r.line.slice(0, 90))}`);
  }
}
