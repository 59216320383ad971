// What zone offsets cost a parse when no memo has seen the timestamps: the
// dossier samples (fixtures/dossier-*.txt) in copies whose timestamps are
// changed per copy, each copy parsed once by each build, the builds taking
// turns copy by copy (a busy machine slows each alike). Two workloads:
//   - new times on known days: days shifted by k mod 28, minutes by ⌊k / 28⌋,
//     so a timestamp is never seen twice but its (zone, day) comes back
//     (a memo per zone and day answers);
//   - new days: days shifted by k mod 28 and 4-digit years by ⌊k / 28⌋
//     (kept within 1990–2037), so each copy's days are new, as in an
//     archive spanning years.
// scripts/bench-documents.mjs parses the same texts pass after pass, where
// every memo answers. Prints figures; asserts nothing.
//
//   node scripts/bench-zones.mjs [--against ../old/dist] [--copies 300]
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
// (k mod 28, ⌊k / 28⌋) differs for every k up to 28 × 48 − 1.
const copies = Math.min(28 * 48 - 1, Number(option('--copies') ?? 300));
const builds = [join(root, 'dist'), ...(option('--against') ? [resolve(option('--against'))] : [])];

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';
const shiftDays = (text, k) =>
  text.replace(new RegExp(`(?<!\\d)(\\d{1,2})(\\s+(?:${MONTHS}))`, 'giu'), (_, d, rest) => `${((Number(d) - 1 + k) % 28) + 1}${rest}`);
const workloads = {
  'new times on known days': (text, k) =>
    shiftDays(text, k).replace(/(?<!\d)(\d{1,2})([h:])(\d{2})(?!\d)/g, (_, h, sep, m) => `${h}${sep}${String((Number(m) + Math.floor(k / 28)) % 60).padStart(2, '0')}`),
  'new days': (text, k) =>
    shiftDays(text, k).replace(/(?<!\d)((?:19|20)\d\d)(?!\d)/g, (_, y) => String(1990 + ((Number(y) - 1990 + Math.floor(k / 28)) % 48))),
};

const fixtures = join(root, 'fixtures');
const samples = readdirSync(fixtures).filter((f) => /^dossier-.*\.txt$/.test(f)).sort().map((f) => readFileSync(join(fixtures, f), 'utf8'));
const bytes = samples.reduce((n, s) => n + Buffer.byteLength(s), 0);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`node ${process.versions.node}; ${samples.length} dossiers (${(bytes / 1024).toFixed(1)} KiB) × ${copies} copies, each parsed once by each build; ms per copy of the set`);

for (const [name, vary] of Object.entries(workloads)) {
  // Fresh module instances per workload (a query string), so that no memo carries over.
  const parsers = await Promise.all(
    builds.map(async (dir) => (await import(`${pathToFileURL(join(dir, 'index.js')).href}?${encodeURIComponent(name)}`)).parse),
  );
  const texts = Array.from({ length: copies + 1 }, (_, k) => samples.map((s) => vary(s, k)));
  // Copy 0, parsed 30 times, warms every build up (V8 optimizes; only its
  // first parse misses the memos); copies 1… are timed.
  for (let n = 0; n < 30; n++) for (const parse of parsers) for (const t of texts[0]) parse(t);
  const times = builds.map(() => []);
  for (let k = 1; k <= copies; k++) {
    // The first build goes first on odd copies, the other on even ones.
    const order = k % 2 === 1 ? parsers.map((_, i) => i) : parsers.map((_, i) => i).reverse();
    for (const i of order) {
      const start = performance.now();
      for (const t of texts[k]) parsers[i](t);
      times[i].push(performance.now() - start);
    }
  }
  console.log(name);
  builds.forEach((dir, i) => {
    console.log(`  ${i === 0 ? 'this build' : 'against   '}  best ${Math.min(...times[i]).toFixed(3)}  median ${median(times[i]).toFixed(3)}  (${dir})`);
  });
  if (builds.length === 2) {
    const ratio = (f) => (f(times[0]) / f(times[1])).toFixed(2);
    console.log(`  this build takes ${ratio(median)}× the median time of the other (best: ${ratio((xs) => Math.min(...xs))}×)`);
  }
}
