// `npm run bench`: how fast pressdoc parses, next to what a user would
// otherwise run over a scraped archive.
//
// It leads with what users run: documents one by one (the two sample
// dossiers in copies whose dates and times differ, and the real pages of
// fixtures/corpus/), each parsed separately by the line-scan regex,
// markdown-it and pressdoc, round-robin in one process.
//
// Then, in one process, on one input (the three samples repeated to about 8 MB),
// it times, round-robin so that a busy machine slows every contender alike:
//   - split + regex, the line-scan limit of the issue: `text.split('\n')` and
//     one anchored regex per line that recognizes the constructs of FORMAT.md
//     with their parts (headings, subsections, datelines, counters,
//     captions, links, list items, elisions, speaker labels), what a
//     hand-written regex scraper runs; it finds the same lines pressdoc's
//     grammar does, except that any `words: text` line is a speaker to it;
//   - split + one heading test: the same loop with a regex that only finds
//     TOC headings and rejects every other line at its first character,
//     the cost of reading the lines and little else (shown for scale);
//   - markdown-it's `parse` (tokens, no rendering), a general parser;
//   - pressdoc `parse`, `parse` + `validateTree`, and `validate` when the
//     build has it;
//   - a generic deep copy of the tree `parse` returns: no parsing, only
//     allocating the same objects (not a strict floor, a hand-written
//     builder allocates a little faster, but the order of what building
//     this tree costs, whatever parses the text).
// Throughput is input bytes (UTF-8) over the median wall-clock time of
// several runs after warm-up. It then prints, each from fresh child
// processes: the peak memory of one parse against the input size, and the
// cold `import` time of the package; then the time per single document
// (each sample), and the time of the pathological inputs of
// scripts/pathological-inputs.mjs at size n and 2n.
//
// Imports the built package (dist/): `npm run bench` builds first.
//
// What the speed work bought (issue 6), on this bench's input, Node 20.20,
// AMD EPYC, 2 cores shared with other jobs (noisy: ±15% between runs).
// "parse": median of 3 fresh processes, each timing parse next to
// markdown-it (CPU time); "grammar": the generated parser alone, all
// versions in one process.
//
//   step                                                  parse MB/s (× md)   grammar MB/s
//   0.1 as merged (peggy's plain output)                     6.1 (0.14×)           14
//   grammar: no lookahead per character in titles and
//     places, `&ColonAhead` before speaker labels; plugin
//     v1: throw-away terminals as char-code tests, line
//     runs by indexOf                                      10.2 (0.20×)           51
//   peggy-keep-warm: rules keep their optimized code
//     across GCs between parses                             23.0 (0.49×)           98
//   compose: clean() is trim(), ellipsis and participants
//     tested from the line end, places / months / zone
//     offsets memoized, LineIndex by indexOf + cursor       52.8 (1.16×)            —
//   plugin v2: discarded expressions (lookaheads, value-free
//     rules) compiled to module functions; alternatives
//     guarded by their first characters                     52.6 (1.17×)          161
//   compose: one trim per line, intro test skipped unless
//     the line ends in e/r/t/é; normalizers without regex
//     or split for digits and two-word names                 ~50 (~1.2×)            —
//   plugin: alternatives also guarded by a recognizer of
//     their prefix (no parts built for a construct a line
//     only starts like); flat `Line` choice again           ~54 (~1.2×)       175–188
//
//   --- after people resolution and the NFD fixes were merged: ~41–52 (~1.0–1.1×)
//   people stage: no phrase folding without an alias table,
//     each spelling registered once, mention runs read by
//     a hand tokenizer (people stage 54 → 16 ms)             ~58 (1.17×)            —
//   plugin v3: bounded repetitions (`Digit|1..6|`)
//     compiled, so `Count` and the counter and heading
//     lines are guarded; prefix guards that hold labels;
//     labels dropped inside every compiled part               ~65 (1.25–1.3×)   ×1.4 (A/B)
//
// Per document (issue 11), `node scripts/bench-documents.mjs --against
// <the build before>`, best of 20 passes, same process:
//   peggy-hoist: rules, actions and literals built once
//     per module, not once per parse (replaces
//     peggy-keep-warm)                          samples 0.87×, corpus 0.88× the time
//   WhenAhead: a title tries a timestamp only where a
//     digit stands within four words           samples 0.94–0.98×, corpus 0.94–0.99×
//   guards look past a leading `Sp*` (indented lines
//     tried only by the constructs they can be) samples 0.85×, corpus 0.96×
//   after the invisibles merge (`Sp = Space Inv*`, chrome
//     words read through invisibles): samples 1.33–1.66×,
//     corpus 1.04–1.41× the time of the build before it; then
//     guards and runs see through `Space Inv*` again, and the
//     participants intro checks its last letter before
//     looking for invisibles                       back to 1.12× / 1.16× of it
//   compose, kind, people, links and the plugin's
//     guards (one session, measured by stage: a
//     stage's time over the grammar's in CPU
//     profiles, the machine being busy): article
//     path and fixed costs (corpus ×grammar 1.85 →
//     1.67), people stage 0.73–0.78×, dossier
//     composer 0.82–0.89×; then a guard no longer
//     reads the block its rule reads again     samples 0.71–0.80×, corpus 0.79–0.86×
//   semantic predicates that read only the text of their
//     own labels and module-level names compiled into the
//     fast paths (a title's timestamp lookahead, month and
//     weekday words, roles, function labels, kickers; the
//     place test reads the name's text), three A/B runs of
//     40 interleaved rounds against the build before
//     (grammar alone 0.89× / 0.93×)       samples 0.93–0.96×, corpus 0.96–0.99×
//   An earlier attempt at the same was measured by valgrind
//     and not kept (313k vs 312k instructions per corpus
//     document, headings 1.44× worse once `When` itself
//     compiled); here valgrind's count of node's JIT code
//     moved by a sixth between two runs of one build, so
//     this one was timed, interleaved, heading lines
//     alone 0.80–0.94× the time.
//   Measured and not kept (1–3%, under the noise of this
//     machine, or worse): a one-entry memo of `When` (the
//     title's lookahead and the heading read it at one
//     place), `Line`'s alternatives split into groups by
//     the line's first unit, prefix guards cut to fit their
//     budget, a run of letters that start no patronymic
//     ending, `&ColonAhead` once for both turn shapes.
//   A cost, not a step: page chrome of any site (follow
//     and share calls, consent phrases and bylines in the
//     grammar behind a two-letter guard; view counters,
//     subscription prompts, breadcrumbs, cookie banners by
//     their words in the article composer, one scan of a
//     short line first). Grammar alone, one build per
//     process: samples 1.00×, corpus 1.02–1.03×; article
//     composer 4.5 → 6.3 µs a corpus article; whole parse
//     samples 1.03–1.07×, corpus 1.07–1.15×; small pages
//     0.63× → 0.52–0.54× markdown-it (--quick). Builds were
//     compared one per process: two in one process gave a
//     20% gap that separate processes did not show (the
//     same build loaded twice timed alike).
//   A cost, not a step: more of the family's variants (source
//     links after `The source of information -` or without
//     their scheme, ISO and `Jul 23` dates, bylines with a
//     date, credits on counter lines, rubrics and kickers
//     before a dash). One build per process, esbuild bundles
//     of the two commits: corpus 1.02–1.05×, dossiers within
//     the noise (best-of passes 481–492 → 491–508 µs); this
//     bench: dossiers 118.7 → 109.5–112.5 MB/s, small pages
//     50.6 → 48.1–48.8 MB/s (the machine busier in the second).
//
// The line-scan row was a regex that only finds headings until the people
// merge (~900 MB/s, shown now as "one heading test"); the issue's limit is
// a regex that recognizes the constructs (~130–180 MB/s here, ~200 in the
// issue). Past the grammar, the time goes to building the tree and
// collecting its garbage: the deep copy row is about a third of a parse.

import { execFileSync } from 'node:child_process';
import { readFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { FIXTURE_DIRS, readTexts } from './fixture-texts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const distIndex = pathToFileURL(join(root, 'dist', 'index.js')).href;
const distSchema = pathToFileURL(join(root, 'dist', 'schema.js')).href;
const SAMPLES = ['dossier-6125-minsk-2024.txt', 'dossier-kremlin-2025-03.txt', 'article-rt-france-union.txt'];
const TARGET_BYTES = 8_000_000;
const WARMUP = 3;
const RUNS = 9;

// ---------------------------------------------------------------------------
// Child processes: peak memory and cold import
// ---------------------------------------------------------------------------

// Run as `node --expose-gc bench.mjs --child-memory [--warm]`: one parse of
// the bench input in a fresh process; with `--warm`, after one parse of it
// whose result is dropped (so that V8's compiled code and the heap's first
// growth are not counted as the parse's). Peak: how far
// the process's peak resident set (getrusage's maxrss) rose above its
// resident set just before the parse, the input built and a full GC done; it
// counts the tree, the parser's transient garbage and the heap's growth,
// which is what the machine must have. Retained: heap in use after a full GC
// with the result still referenced.
if (process.argv.includes('--child-memory')) {
  const { parse } = await import(distIndex);
  const input = benchInput();
  if (process.argv.includes('--warm')) parse(input);
  globalThis.gc();
  const rssBefore = process.memoryUsage().rss;
  const maxBefore = process.resourceUsage().maxRSS * 1024;
  const heapBefore = process.memoryUsage().heapUsed;
  const result = parse(input);
  const maxAfter = process.resourceUsage().maxRSS * 1024;
  globalThis.gc();
  const heapAfter = process.memoryUsage().heapUsed;
  process.stdout.write(
    JSON.stringify({
      bytes: Buffer.byteLength(input),
      peak: maxAfter - rssBefore,
      newPeak: maxAfter > maxBefore,
      retained: heapAfter - heapBefore,
      nodes: result.tree.children.length,
    }),
  );
  process.exit(0);
}

// Run as `node bench.mjs --child-import <url>`: the time to import a module in
// a fresh process.
if (process.argv.includes('--child-import')) {
  const url = process.argv[process.argv.indexOf('--child-import') + 1];
  const start = performance.now();
  await import(url);
  process.stdout.write(String(performance.now() - start));
  process.exit(0);
}

// ---------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------

function sample(name) {
  return readFileSync(join(root, 'fixtures', name), 'utf8');
}

/** The three samples joined, repeated to about 8 MB of UTF-8, as one flat string. */
function benchInput() {
  const unit = SAMPLES.map(sample).join('\n');
  const copies = Math.ceil(TARGET_BYTES / Buffer.byteLength(unit));
  return Array(copies).fill(unit).join('\n');
}

// ---------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Times each contender `runs` times, round-robin after `warmup` rounds; returns median ms per name. */
function timeRoundRobin(contenders, warmup = WARMUP, runs = RUNS) {
  const times = new Map(contenders.map(([name]) => [name, []]));
  for (let round = 0; round < warmup + runs; round++) {
    for (const [name, fn] of contenders) {
      const start = performance.now();
      fn();
      const ms = performance.now() - start;
      if (round >= warmup) times.get(name).push(ms);
    }
  }
  return new Map([...times].map(([name, ms]) => [name, median(ms)]));
}

function childJson(args) {
  return JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 }));
}

/** A plain deep copy: allocates the same objects a parse returns. */
function copy(value) {
  if (Array.isArray(value)) return value.map(copy);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const key of Object.keys(value)) out[key] = copy(value[key]);
  return out;
}

const fmt = (x, digits = 1) => x.toFixed(digits);
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

// Loaded here, not at the top: the child processes above import nothing else.
const { default: MarkdownIt } = await import('markdown-it');
const { parse } = await import(distIndex);
const { validateTree } = await import(distSchema);
const pressdoc = await import(distIndex);
const validate = typeof pressdoc.validate === 'function' ? pressdoc.validate : null;

const input = benchInput();
const bytes = Buffer.byteLength(input);
const mb = bytes / 1e6;
const md = new MarkdownIt();
// The line-scan limit: one anchored regex per line, an alternation of the
// line constructs of FORMAT.md with their parts, as a regex scraper writes it.
const WHEN = String.raw`(\d{1,2}) (\p{L}+) (\d{4}) à (\d{1,2})[hH](\d{2})(?: (?:à|au) | – )(.+)`;
const LINE = new RegExp(
  String.raw`^[\s\u00a0]*(?:` +
    [
      String.raw`(?<heading>(\d+)°\/(.+?) – ${WHEN})`,
      String.raw`(?<subsection>([A-Z]) – (.+?) – ${WHEN})`,
      String.raw`(?<dateline>${WHEN})`,
      String.raw`(?<counter>(\d+)(?:\/| sur )(\d+)(?:\s*\.?(.+))?)`,
      String.raw`(?<caption>(\d+)[\s\u00a0]+(.+?)(?:Photo : (.+))?)`,
      String.raw`(?<link>https?:\/\/([^\s/]+)\/\S*?(\d+))`,
      String.raw`(?<listItem>- (.+))`,
      String.raw`(?<elision><…\s?>|\* \* \*|À suivre\.)`,
      String.raw`(?<speaker>([^:]{1,120}?)[\s\u00a0\u202f]?:\s(.*))`,
    ].join('|') +
    String.raw`)\s*$`,
  'u',
);
// For scale: one anchored regex that only finds a table-of-contents heading.
const HEADING = /^\s*(\d+)°\/(.*?) – (\d{1,2}) (\p{L}+) (\d{4})/u;

/** What the line-scan regex recognized: lines per construct. */
function lineScan(text) {
  const found = {};
  for (const line of text.split('\n')) {
    const groups = LINE.exec(line)?.groups;
    if (!groups) continue;
    for (const name in groups) {
      if (groups[name] !== undefined) {
        found[name] = (found[name] ?? 0) + 1;
        break;
      }
    }
  }
  return found;
}

console.log(`pressdoc bench — node ${process.version}, ${cpus()[0]?.model ?? 'unknown cpu'} (${cpus().length} cores)`);
console.log('');

// ---------------------------------------------------------------------------
// Per document: what users run
// ---------------------------------------------------------------------------

// Users parse thousands of separate documents, so these rows come first:
// each document is parsed on its own, the contenders taking turns over the
// whole set in each pass (a busy machine slows each alike), and a pass's
// time is divided by the bytes of the set. The samples are copied with
// their days and minutes shifted per copy, so that no memo of a timestamp,
// a zone offset or a place sees a value twice; the corpus pages are the
// real pages as they are.
const FRENCH_MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
/** Copy `k` of a document: each day of a month-name date and each minute of a `HHhMM` or `HH:MM` time shifted by `k`. */
function varied(text, k) {
  return text
    .replace(new RegExp(`(?<!\\d)(\\d{1,2})(\\s+(?:${FRENCH_MONTHS}))`, 'giu'), (_, d, rest) => `${((Number(d) - 1 + k) % 28) + 1}${rest}`)
    .replace(/(?<!\d)(\d{1,2})([h:])(\d{2})(?!\d)/g, (_, h, sep, m) => `${h}${sep}${String((Number(m) + k) % 60).padStart(2, '0')}`);
}
const COPIES = 24;
const docSets = [
  ['dossiers (2 samples × 24 varied copies)', SAMPLES.filter((f) => f.startsWith('dossier')).flatMap((f) => Array.from({ length: COPIES }, (_, k) => varied(sample(f), k)))],
  ['small real pages (fixtures/corpus/)', readTexts(FIXTURE_DIRS.corpus)],
];
const DOC_PASSES = process.argv.includes('--quick') ? 7 : 15;
// Enough warm-up for V8 to optimize every contender's code on these short passes.
const DOC_WARMUP = 10;
console.log(`per document: each parsed separately; median of ${DOC_PASSES} passes over the set after ${DOC_WARMUP} warm-up passes, contenders round-robin`);
console.log(`${pad('', 46)} ${lpad('ms/pass', 9)} ${lpad('MB/s', 8)} ${lpad('× markdown-it', 14)} ${lpad('× line-scan', 12)}`);
for (const [label, docs] of docSets) {
  const setMb = docs.reduce((n, d) => n + Buffer.byteLength(d), 0) / 1e6;
  const sizes = docs.map((d) => Buffer.byteLength(d)).sort((a, b) => a - b);
  console.log(`${label}: ${docs.length} documents, ${fmt(sizes[0] / 1000)}–${fmt(sizes.at(-1) / 1000)} kB (median ${fmt(median(sizes) / 1000)} kB)`);
  // A pass reads the set as many times as makes it about 3 MB, so that a pass
  // of small pages is not shorter than the timer's noise.
  const rounds = Math.max(1, Math.round(3 / setMb));
  const each = (fn) => () => {
    for (let r = 0; r < rounds; r++) for (const d of docs) fn(d);
  };
  const t = timeRoundRobin(
    [
      ['split + regex (line-scan limit)', each((d) => lineScan(d))],
      ['markdown-it parse', each((d) => md.parse(d, {}))],
      ['pressdoc parse', each((d) => parse(d))],
    ],
    DOC_WARMUP,
    DOC_PASSES,
  );
  const rate = (name) => (setMb * rounds) / (t.get(name) / 1000);
  for (const name of t.keys()) {
    console.log(`  ${pad(name, 44)} ${lpad(fmt(t.get(name), 2), 9)} ${lpad(fmt(rate(name)), 8)} ${lpad(fmt(rate(name) / rate('markdown-it parse'), 2), 14)} ${lpad(fmt(rate(name) / rate('split + regex (line-scan limit)'), 3), 12)}`);
  }
}
console.log('');

console.log('one big string (secondary: not what users run):');
console.log(`input: the 3 samples repeated, ${fmt(mb, 2)} MB (${input.length.toLocaleString('en')} UTF-16 units, ${input.split('\n').length.toLocaleString('en')} lines)`);
console.log(`throughput: median of ${RUNS} runs after ${WARMUP} warm-up rounds, contenders run round-robin`);
console.log(`line-scan regex, lines recognized: ${Object.entries(lineScan(input)).map(([k, n]) => `${k} ${n.toLocaleString('en')}`).join(', ')}`);
console.log('');

const contenders = [
  ['split + regex (line-scan limit)', () => lineScan(input)],
  [
    'split + one heading test',
    () => {
      let found = 0;
      for (const line of input.split('\n')) if (HEADING.test(line)) found++;
      return found;
    },
  ],
  ['markdown-it parse', () => md.parse(input, {})],
  ['pressdoc parse', () => parse(input)],
  [
    'pressdoc parse + validateTree',
    () => {
      const { tree } = parse(input);
      if (!validateTree(tree).ok) throw new Error('the bench tree does not validate');
    },
  ],
];
if (validate) contenders.push(['pressdoc validate', () => validate(input)]);
const tree = parse(input).tree;
contenders.push(['deep copy of the tree', () => copy(tree)]);

const ms = timeRoundRobin(contenders);
const limit = mb / (ms.get('split + regex (line-scan limit)') / 1000);
const markdown = mb / (ms.get('markdown-it parse') / 1000);
console.log(`${pad('', 32)} ${lpad('ms', 8)} ${lpad('MB/s', 8)} ${lpad('× markdown-it', 14)} ${lpad('× line-scan', 12)}`);
const row = (name, t) => {
  const rate = mb / (t / 1000);
  console.log(`${pad(name, 32)} ${lpad(fmt(t), 8)} ${lpad(fmt(rate), 8)} ${lpad(fmt(rate / markdown, 2), 14)} ${lpad(fmt(rate / limit, 3), 12)}`);
};
for (const [name] of contenders) {
  if (name === 'deep copy of the tree' && !validate) console.log(`${pad('pressdoc validate', 32)} ${lpad('n/a (not built)', 8)}`);
  row(name, ms.get(name));
}
console.log('');
// `--quick`: the throughput table only, for trying a change.
if (process.argv.includes('--quick')) process.exit(0);

// The grammar alone (the recognizer, no tree), as shipped and with peggy's
// memoization (`cache: true`), which this line grammar does without: no rule
// backtracks across a line, so a cache would only store results.
{
  const { compileGrammar } = await import(pathToFileURL(join(root, 'scripts', 'build-grammar.mjs')).href);
  const dir = mkdtempSync(join(tmpdir(), 'pressdoc-bench-'));
  try {
    const file = join(dir, 'cached.mjs');
    writeFileSync(file, compileGrammar(undefined, { cache: true }));
    const shipped = await import(pathToFileURL(join(root, 'src', 'generated', 'grammar.js')).href);
    const cached = await import(pathToFileURL(file).href);
    const run = (g) => () => {
      g.parse(input);
      g.releaseLastParse();
    };
    const t = timeRoundRobin([
      ['shipped', run(shipped)],
      ['cache', run(cached)],
    ]);
    console.log(
      `grammar alone: ${fmt(mb / (t.get('shipped') / 1000))} MB/s as shipped; ${fmt(mb / (t.get('cache') / 1000))} MB/s with peggy's cache (${fmt(t.get('cache') / t.get('shipped'), 2)}× the time)`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log('');

// Peak memory of one parse, in fresh processes.
const MiB = 1024 * 1024;
for (const [label, extra] of [['first parse', []], ['warm parse', ['--warm']]]) {
  const mem = childJson(['--expose-gc', fileURLToPath(import.meta.url), '--child-memory', ...extra]);
  console.log(
    `memory, ${pad(label, 11)} (fresh process, ${fmt(mem.bytes / 1e6, 2)} MB input): ` +
      `peak ${mem.newPeak ? '' : '≤ '}${fmt(mem.peak / MiB)} MiB = ${fmt(mem.peak / mem.bytes, 2)}× input; ` +
      `retained ${fmt(mem.retained / MiB)} MiB = ${fmt(mem.retained / mem.bytes, 2)}× input`,
  );
}
console.log('  (peak: rise of the process peak RSS over its RSS just before the parse; retained: heap after a full GC, result alive;');
console.log('   a first parse also counts the code V8 compiles for it and the heap growing; a warm one follows a dropped parse)');

// Cold import, in fresh processes.
const imports = (url) => median(Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child-import', url], { encoding: 'utf8' }))));
const mdUrl = pathToFileURL(join(root, 'node_modules', 'markdown-it', 'index.mjs')).href;
console.log(`cold import (fresh process, median of 5): pressdoc ${fmt(imports(distIndex))} ms, pressdoc/schema ${fmt(imports(distSchema))} ms, markdown-it ${fmt(existsSync(fileURLToPath(mdUrl)) ? imports(mdUrl) : NaN)} ms`);
console.log('');

// Time per single document.
console.log('time per single document (warm, median of 25):');
for (const name of SAMPLES) {
  const text = sample(name);
  const t = timeRoundRobin([[name, () => parse(text)]], 10, 25).get(name);
  const size = Buffer.byteLength(text);
  console.log(`  ${pad(name, 32)} ${lpad(fmt(size / 1000), 6)} kB ${lpad(fmt(t, 2), 8)} ms ${lpad(fmt(size / 1e6 / (t / 1000)), 8)} MB/s`);
}
console.log('');

// Pathological inputs at n and 2n. Without length limits: with the default
// ones, a line of n characters may be read by the grammar and one of 2n kept
// whole as text (past limits.maxLineLength), and the ratio would compare two
// different paths; here both sizes take the grammar's.
const patho = await import(pathToFileURL(join(root, 'scripts', 'pathological-inputs.mjs')).href);
const unlimited = { limits: { maxLength: Infinity, maxLineLength: Infinity } };
console.log('pathological inputs, no length limits (median of 5 after 2 warm-up rounds; a linear parse doubles from n to 2n;');
console.log('  below 1 ms the ratio is mostly noise):');
for (const { name, make, n } of patho.PATHOLOGICAL) {
  const [small, large] = [make(n), make(2 * n)];
  const t = timeRoundRobin(
    [
      ['n', () => parse(small, unlimited)],
      ['2n', () => parse(large, unlimited)],
    ],
    2,
    5,
  );
  console.log(`  ${pad(name, 28)} n ${lpad(fmt(t.get('n'), 2), 9)} ms   2n ${lpad(fmt(t.get('2n'), 2), 9)} ms   ×${fmt(t.get('2n') / t.get('n'), 2)}`);
}
