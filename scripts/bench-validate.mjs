// Benchmark of `pressdoc validate` over a batch of files: 2,000 mutated
// copies of the samples (scripts/make-corpus.mjs, seed 1), checked by the
// built command line with --jobs 1 (main thread) and --jobs 2 (worker
// threads). Prints files per second, the median of several runs.
//
//   npm run bench:validate                    (builds first)
//   node scripts/bench-validate.mjs [--count 2000] [--runs 3] [--jobs 1,2]
//
// It also measures how much parallel CPU the machine really gives (two
// CPU-bound threads against one), since a shared machine may give less than
// its core count: read the --jobs 2 figure against that ceiling.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { makeCorpus } from './make-corpus.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist', 'cli.cjs');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}
const count = Number(option('count', '2000'));
const runs = Number(option('runs', '3'));
const jobsList = option('jobs', '1,2').split(',').map(Number);

if (!existsSync(cli)) {
  console.error(`${cli} is missing: run \`npm run bench:validate\` (it builds first).`);
  process.exit(2);
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Seconds one CPU-bound loop takes on `threads` threads at once (the slowest). */
async function spin(threads) {
  const code = `let x = 0; for (let i = 0; i < 2e8; i++) x += i; require('node:worker_threads').parentPort.postMessage(x);`;
  const t0 = performance.now();
  await Promise.all(Array.from({ length: threads }, () => new Promise((res, rej) => new Worker(code, { eval: true }).once('message', res).once('error', rej))));
  return (performance.now() - t0) / 1000;
}

const dir = mkdtempSync(join(tmpdir(), 'pressdoc-bench-'));
try {
  makeCorpus({ count, seed: 1, out: dir });
  console.log(`node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? 'unknown'}), availableParallelism ${availableParallelism()}`);
  const one = median([await spin(1), await spin(1), await spin(1)]);
  const two = median([await spin(2), await spin(2), await spin(2)]);
  console.log(`machine: 2 busy threads do ${((2 * one) / two).toFixed(2)}× the work of 1 (ideal 2.00×)`);
  console.log(`corpus: ${count} mutated copies of the samples in ${dir}`);

  const results = [];
  for (const jobs of jobsList) {
    const times = [];
    for (let r = 0; r < runs; r++) {
      const devnull = openSync('/dev/null', 'w');
      const t0 = performance.now();
      const p = spawnSync(process.execPath, [cli, 'validate', dir, '--jobs', String(jobs), '--format', 'pressdoc-json'], {
        stdio: ['ignore', devnull, 'pipe'],
        encoding: 'utf8',
      });
      times.push((performance.now() - t0) / 1000);
      closeSync(devnull);
      // 1: the mutants have errors. Anything else (2, a signal, an internal error) is a failure of the run.
      if (p.status !== 1 || /internal error/.test(p.stderr)) {
        console.error(`pressdoc validate --jobs ${jobs} exited with ${p.status ?? p.signal}:\n${p.stderr}`);
        process.exit(1);
      }
    }
    const s = median(times);
    results.push({ jobs, s });
    console.log(`--jobs ${jobs}: ${count} files in ${s.toFixed(2)} s → ${Math.round(count / s)} files/s (median of ${runs}: ${times.map((t) => t.toFixed(2)).join(', ')} s)`);
  }
  const base = results.find((r) => r.jobs === 1);
  for (const r of results) if (base && r !== base) console.log(`--jobs ${r.jobs} is ${(base.s / r.s).toFixed(2)}× --jobs 1`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
