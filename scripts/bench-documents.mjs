// `npm run bench:documents`: pressdoc's `parse` on documents one by one, as
// users run it: each sample (fixtures/*.txt) and each real page of
// fixtures/corpus/ parsed separately, round-robin over the files, and the
// best time of many passes (the machine is shared: the best pass is the
// least disturbed one). With `--against DIR`, a second build of pressdoc
// (a `dist/` folder of another version) is timed in the same process,
// pass for pass and each going first in every other pass, so that both
// see the same machine.
//
//   node scripts/bench-documents.mjs [--against ../old/dist] [--passes 30]
//
// Imports the built package (dist/): `npm run bench:documents` builds first.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { FIXTURE_DIRS, readTexts } from './fixture-texts.mjs';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const passes = Number(option('--passes') ?? 30);
const builds = [join(root, 'dist'), ...(option('--against') ? [resolve(option('--against'))] : [])];

const groups = { samples: readTexts(FIXTURE_DIRS.samples), corpus: readTexts(FIXTURE_DIRS.corpus) };
const bytes = (docs) => docs.reduce((n, d) => n + Buffer.byteLength(d), 0);

const parsers = await Promise.all(builds.map(async (dir) => (await import(pathToFileURL(join(dir, 'index.js')).href)).parse));
const best = builds.map(() => ({ samples: Infinity, corpus: Infinity }));
// Warm-up: the first passes compile the code.
for (let i = 0; i < 5; i++) for (const parse of parsers) for (const docs of Object.values(groups)) for (const d of docs) parse(d);
// The builds take turns going first: the one timed first in every pass
// was measured a few percent slower than itself timed second.
for (let pass = 0; pass < passes; pass++) {
  const order = pass % 2 === 0 ? parsers.keys() : [...parsers.keys()].reverse();
  for (const k of order) {
    for (const [name, docs] of Object.entries(groups)) {
      const t0 = performance.now();
      for (let r = 0; r < 10; r++) for (const d of docs) parsers[k](d);
      best[k][name] = Math.min(best[k][name], (performance.now() - t0) / 10);
    }
  }
}
console.log(`node ${process.version}; best of ${passes} passes, each parsing every file separately 10 times`);
for (const [name, docs] of Object.entries(groups)) {
  console.log(`\n${name}: ${docs.length} documents, ${(bytes(docs) / 1024).toFixed(1)} KiB`);
  builds.forEach((dir, k) => {
    const ms = best[k][name];
    console.log(`  ${k === 0 ? 'this build  ' : 'against     '} ${ms.toFixed(3)} ms a pass, ${(ms / docs.length).toFixed(4)} ms a document, ${(bytes(docs) / 1e3 / ms).toFixed(1)} MB/s  (${dir})`);
  });
  if (builds.length === 2) console.log(`  this build takes ${(best[0][name] / best[1][name]).toFixed(2)}× the time of the other`);
}
