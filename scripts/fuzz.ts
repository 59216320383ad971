// The fuzzer: runs the properties of the property tests
// (test/support/properties.ts) over the same arbitraries
// (test/support/arbitraries.ts) with fresh random seeds until a time budget
// runs out.
//
//   npm run fuzz -- --minutes 10                 fuzz for 10 minutes (default 1)
//   npm run fuzz -- --property nfd --seed 42     replay one seed of one property
//                   [--path 3:1:0] [--runs 200]
//
// It prints the number of cases run, per property and in all, and for any
// failure the property, the seed, the shrink path and the minimal
// counterexample, which it also saves as
// fixtures/regressions/fuzz-<property>-<seed>.txt, where
// test/regressions.test.ts picks it up. Exit code 1 when anything failed.
import { existsSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { anyDocument } from '../test/support/arbitraries.js';
import { CLASS_MUTATIONS, HAZARD_KINDS, type HazardName, contractProblems, hazardProblems } from '../test/support/properties.js';
import { textProblems } from '../test/support/text-properties.js';

type Check = (text: string) => string[];

/**
 * Every property, by name: parse's contract, also on the documents mutated by
 * issue 12's classes, wider than their hazards (`contract-invisibles`: every
 * invisible in turn; `contract-zeroWidthSpace`: before and after spaces;
 * `contract-upperCase`), each hazard's equivalence on random documents
 * (`invisibles` and `zeroWidthSpace` among them; not the sample hazards,
 * which hold on the samples only), and the text back out (toText, mainText).
 */
const CHECKS: Record<string, Check> = {
  contract: (text) => contractProblems(text),
  ...Object.fromEntries(Object.entries(CLASS_MUTATIONS).map(([name, mutate]) => [`contract-${name}`, (text: string) => contractProblems(mutate(text))])),
  text: (text) => textProblems(text),
  ...Object.fromEntries((Object.keys(HAZARD_KINDS) as HazardName[]).map((name) => [name, (text: string) => hazardProblems(text, name)])),
};

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '1' },
    property: { type: 'string' },
    seed: { type: 'string' },
    path: { type: 'string' },
    runs: { type: 'string', default: '100' },
  },
});

function propertyOf(check: Check): fc.IProperty<[string]> {
  return fc.property(anyDocument, (text) => {
    const problems = check(text);
    if (problems.length > 0) throw new Error(problems.slice(0, 5).join('\n'));
  });
}

/** A counterexample, escaped and cut for the console. */
function show(text: string): string {
  const json = JSON.stringify(text);
  return json.length > 2000 ? `${json.slice(0, 2000)}… (${text.length} UTF-16 code units)` : json;
}

function report(name: string, result: fc.RunDetails<[string]>): void {
  const [text] = result.counterexample ?? [''];
  console.log(`\nFAILED ${name}: seed ${result.seed}, path ${result.counterexamplePath ?? '-'}, after ${result.numRuns} cases, shrunk ${result.numShrinks} times`);
  console.log(`replay: npm run fuzz -- --property ${name} --seed ${result.seed}${result.counterexamplePath ? ` --path ${result.counterexamplePath}` : ''}`);
  console.log(`minimal counterexample: ${show(text)}`);
  console.log(String(result.errorInstance instanceof Error ? result.errorInstance.message : result.errorInstance));
  const file = fileURLToPath(new URL(`../fixtures/regressions/fuzz-${name}-${result.seed}.txt`, import.meta.url));
  if (!existsSync(file)) writeFileSync(file, text);
  console.log(`saved: ${file}`);
}

if (values.seed !== undefined) {
  const name = values.property ?? 'contract';
  const check = CHECKS[name];
  if (!check) throw new Error(`unknown property ${name}; one of: ${Object.keys(CHECKS).join(', ')}`);
  const result = fc.check(propertyOf(check), {
    seed: Number(values.seed),
    numRuns: Number(values.runs),
    ...(values.path ? { path: values.path } : {}),
  });
  if (result.failed) {
    report(name, result);
    process.exitCode = 1;
  } else {
    console.log(`${name}: seed ${values.seed} passes (${result.numRuns} cases)`);
  }
} else {
  const budgetMs = Number(values.minutes) * 60_000;
  if (!(budgetMs > 0)) throw new Error(`--minutes must be a positive number, got ${values.minutes}`);
  const started = Date.now();
  const names = values.property ? [values.property] : Object.keys(CHECKS);
  const cases: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]));
  const failed = new Set<string>();
  const sizes = ['small', 'medium', 'large'] as const;
  let round = 0;
  let lastProgress = started;
  console.log(`fuzz: ${names.join(', ')} for ${values.minutes} min`);
  while (Date.now() - started < budgetMs && failed.size < names.length) {
    const name = names[round % names.length] as string;
    const baseSize = sizes[Math.floor(round / names.length) % sizes.length];
    round++;
    if (failed.has(name)) continue;
    const check = CHECKS[name];
    if (!check) throw new Error(`unknown property ${name}; one of: ${Object.keys(CHECKS).join(', ')}`);
    const seed = Math.floor(Math.random() * 0x7fffffff);
    // Sizes in turn: many small documents, then longer ones.
    fc.configureGlobal({ baseSize });
    const result = fc.check(propertyOf(check), { seed, numRuns: 50 });
    cases[name] = (cases[name] ?? 0) + result.numRuns;
    if (result.failed) {
      failed.add(name);
      report(name, result);
    }
    if (Date.now() - lastProgress >= 60_000) {
      lastProgress = Date.now();
      const total = Object.values(cases).reduce((a, b) => a + b, 0);
      console.log(`fuzz: ${((lastProgress - started) / 60_000).toFixed(1)} min, ${total} cases`);
    }
  }
  const total = Object.values(cases).reduce((a, b) => a + b, 0);
  const minutes = ((Date.now() - started) / 60_000).toFixed(1);
  console.log(`\nfuzz: ${total} cases in ${minutes} min, ${failed.size} failing ${failed.size === 1 ? 'property' : 'properties'}`);
  for (const name of names) console.log(`  ${name.padEnd(20)} ${String(cases[name]).padStart(8)} cases${failed.has(name) ? '  FAILED' : ''}`);
  if (failed.size > 0) process.exitCode = 1;
}
