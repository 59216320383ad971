// Benchmark of the built command line as a user runs it: wall time of
// `node -e 0`, of a one-file `pressdoc parse` and `pressdoc validate`,
// with the code cache that earlier runs left (src/bin.ts) and without any
// (a first run), median of --runs, interleaved so that a busy machine
// weighs on each alike; then `pressdoc validate` files/s on 2,000 files with --jobs 1 and
// with the default --jobs. The files are copies of fixtures/*.txt and
// fixtures/corpus/*.txt, each with small mutations (scripts/make-corpus.mjs,
// seed 1). Prints figures; asserts nothing.
//
//   npm run bench          (builds, runs scripts/bench.mjs, then this)
//   node scripts/bench-cli.mjs [--runs 11] [--count 2000]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mutate, prng } from './make-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');
const option = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const runs = Number(option('runs', '11'));
const count = Number(option('count', '2000'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run build\` first.`);
  process.exit(2);
}

// The code cache of the executable (src/bin.ts) in a folder of this run:
// filled by one run of each command before the timed ones, as a user's is
// after their first run. The row without it is what a first run costs.
const cache = mkdtempSync(join(tmpdir(), 'pressdoc-bench-cache-'));
const withCache = { ...process.env, PRESSDOC_COMPILE_CACHE: cache };
const noCache = { ...withCache, PRESSDOC_DISABLE_COMPILE_CACHE: '1' };

/** Wall milliseconds of one run of `node args…`; exits on an unexpected status. */
function time(args, env = withCache, ok = [0, 1]) {
  const t0 = performance.now();
  const p = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', env });
  const ms = performance.now() - t0;
  if (!ok.includes(p.status ?? -1)) {
    console.error(`node ${args.join(' ')} exited with ${p.status ?? p.signal}:\n${p.stderr}`);
    process.exit(1);
  }
  return ms;
}

const one = 'fixtures/dossier-6125-minsk-2024.txt';
const rows = [
  ['node -e 0', ['-e', '0']],
  [`pressdoc parse ${one}`, [cli, 'parse', one]],
  [`pressdoc validate ${one}`, [cli, 'validate', one]],
  [`pressdoc parse ${one}, no code cache`, [cli, 'parse', one], noCache],
  [`pressdoc validate ${one}, no code cache`, [cli, 'validate', one], noCache],
];
for (const [, args] of rows.slice(1, 3)) time(args);
const times = rows.map(() => []);
for (let r = 0; r < runs; r++) rows.forEach(([, args, env], k) => times[k].push(time(args, env)));
const base = median(times[0]);
console.log(`node ${process.version}, availableParallelism ${availableParallelism()}; wall time, median of ${runs} interleaved runs`);
rows.forEach(([name], k) => {
  const m = median(times[k]);
  console.log(`  ${name.padEnd(74)} ${m.toFixed(0).padStart(5)} ms  ${(m / base).toFixed(2)}× node -e 0`);
});

const dir = mkdtempSync(join(tmpdir(), 'pressdoc-bench-cli-'));
try {
  const fixtures = join(root, 'fixtures');
  const sources = [
    ...readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, f)),
    ...readdirSync(join(fixtures, 'corpus')).filter((f) => f.endsWith('.txt')).map((f) => join(fixtures, 'corpus', f)),
  ].sort();
  const texts = sources.map((f) => readFileSync(f, 'utf8'));
  const random = prng(1);
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const { text } = mutate(texts[i % texts.length], random);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `doc-${String(i).padStart(5, '0')}.txt`), text);
  }
  console.log(`validate: ${count} files (${(bytes / 1e6).toFixed(1)} MB) mutated from ${sources.length} fixtures, --format json; median of 3 interleaved runs`);
  const modes = [
    ['--jobs 1', ['--jobs', '1']],
    ['default --jobs', []],
  ];
  const secs = modes.map(() => []);
  for (let r = 0; r < 3; r++) modes.forEach(([, extra], k) => secs[k].push(time([cli, 'validate', dir, '--format', 'json', ...extra]) / 1000));
  modes.forEach(([name], k) => {
    const s = median(secs[k]);
    console.log(`  ${name.padEnd(16)} ${s.toFixed(2)} s  ${Math.round(count / s)} files/s`);
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
}
