// Worker thread of test/pathological.test.ts: builds one pathological input
// (scripts/pathological-inputs.mjs), parses it, checks the tree against the
// schema, runs `validate` on the text (unless the job says not to), and
// posts back a summary. Running in a worker lets the test stop a hang
// (terminate) and cap memory (resourceLimits) without taking vitest down.
import { parentPort } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { PATHOLOGICAL } = await import('../../scripts/pathological-inputs.mjs');
const { parse } = await tsImport('../../src/parse.ts', import.meta.url);
const { rootSchema } = await tsImport('../../src/schema.ts', import.meta.url);
const { validate } = await tsImport('../../src/validate/index.ts', import.meta.url);
const { invariantProblems, diagnosticProblems } = await tsImport('../helpers.ts', import.meta.url);

parentPort.on('message', ({ id, name, options, validate: runValidate = true }) => {
  try {
    const spec = PATHOLOGICAL.find((c) => c.name === name);
    if (!spec) throw new Error(`no pathological input named ${name}`);
    const text = spec.make(spec.n);
    const summary = parseSummary(text, options);
    if (runValidate) {
      // After the parse's tree is dropped: validate parses the text again.
      const found = validate(text);
      const rules = {};
      for (const d of found) rules[`${d.severity} ${d.rule}`] = (rules[`${d.severity} ${d.rule}`] ?? 0) + 1;
      summary.rules = rules;
      summary.problems.push(...diagnosticProblems(text, found.map((d) => ({ ...d, code: d.rule }))).slice(0, 5));
    }
    parentPort.postMessage({ id, result: summary });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});

function parseSummary(text, options) {
  const { tree, diagnostics } = parse(text, options);
  const schema = rootSchema.safeParse(tree);
  const problems = [
    ...(schema.success ? [] : [`schema: ${schema.error.issues[0]?.path.join('.')}: ${schema.error.issues[0]?.message}`]),
    ...invariantProblems(text, tree).slice(0, 5),
    ...diagnosticProblems(text, diagnostics).slice(0, 5),
  ];
  const codes = {};
  for (const d of diagnostics) codes[`${d.severity} ${d.code}`] = (codes[`${d.severity} ${d.code}`] ?? 0) + 1;
  return { length: text.length, kind: tree.kind, children: tree.children.length, codes, problems };
}
parentPort.postMessage({ ready: true });
