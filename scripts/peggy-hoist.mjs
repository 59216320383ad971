// Moves peggy's rule functions out of `peg$parse`, so that they are built
// once per module instead of once per parse.
//
// Why: peggy's generated `peg$parse(input, options)` declares every rule,
// action, literal and expectation inside itself, as closures over the
// parse's state (`input`, `peg$currPos`, …). Each call creates them all
// again — about 800 closures for the line grammar — and drops them on
// return: measured on the corpus pages, that was a tenth of a small
// document's parse time, and V8 threw the rules' optimized code away with
// the closures after a full GC (which the former peggy-keep-warm plugin
// worked around by keeping the last parse's scope alive).
//
// What it does, on the generated ES module source (parsed with acorn, so
// the statements are found by the syntax, not by their indentation):
// - every function declared in `peg$parse` before the start rule runs
//   becomes a module-level function, and so do the constants that depend
//   on no parse (`peg$FAILED`, `peg$startRuleFunctions`, the literals
//   `peg$cN`, classes `peg$rN` and expectations `peg$eN`);
// - every other declaration there (the parse state: `peg$currPos`,
//   `peg$posDetailsCache`, `fast$st`, …) becomes a module-level `let`,
//   assigned where `peg$parse` declared it; `input` and `options` too;
// - statements that are not declarations stay in `peg$parse`, in order;
// - the module exports `releaseLastParse()`, which sets that state back
//   to `undefined` (and `input` to ""), so that the last text and its
//   result are not kept once the caller is done with them.
// The parser is therefore not reentrant: an action must not call `parse`
// (none does; a grammar that needs it must not use this plugin). Its
// results are exactly peggy's (test/grammar-plugin.test.ts).
import * as acorn from 'acorn';

/** Constants of `peg$parse` that no parse changes: built once with the module. */
const CONSTANT = /^(?:peg\$FAILED|peg\$startRuleFunctions|peg\$[cre]\d+)$/;

/**
 * Rewrites peggy's ES-module output (`format: 'es'`) so that the parser's
 * functions and constants live at module level; see the file's header.
 * Throws when the source is not shaped as peggy 5 generates it (no
 * `peg$parse`, or no `peg$result = peg$startRuleFunction()`), so that a
 * peggy upgrade that changes the shape fails the build instead of
 * shipping a parser half rewritten.
 *
 * @param code - The generated module's source.
 * @returns The rewritten source.
 */
export function hoistParser(code) {
  const program = acorn.parse(code, { ecmaVersion: 'latest', sourceType: 'module' });
  const parseFn = program.body.find((s) => s.type === 'FunctionDeclaration' && s.id.name === 'peg$parse');
  if (!parseFn) throw new Error('peggy-hoist: no function peg$parse in the generated code');
  const [inputParam, optionsParam] = parseFn.params;
  if (inputParam?.name !== 'input' || optionsParam?.name !== 'options') throw new Error('peggy-hoist: peg$parse(input, options) expected');
  const body = parseFn.body.body;
  const run = body.findIndex(
    (s) => s.type === 'ExpressionStatement' && s.expression.type === 'AssignmentExpression' && s.expression.left.name === 'peg$result' && s.expression.right.type === 'CallExpression' && s.expression.right.callee.name === 'peg$startRuleFunction',
  );
  if (run === -1) throw new Error('peggy-hoist: no `peg$result = peg$startRuleFunction()` in peg$parse');

  const src = (node) => code.slice(node.start, node.end);
  const hoisted = [];
  const state = ['input', 'options'];
  const perParse = ["  input = peg$input;", "  options = peg$options;"];
  for (const statement of body.slice(0, run)) {
    if (statement.type === 'FunctionDeclaration') {
      hoisted.push(`  ${src(statement)}`);
    } else if (statement.type === 'VariableDeclaration') {
      for (const d of statement.declarations) {
        if (d.id.type !== 'Identifier') throw new Error(`peggy-hoist: a destructuring declaration in peg$parse: ${src(statement)}`);
        if (statement.kind === 'const' && CONSTANT.test(d.id.name) && d.init) {
          hoisted.push(`  const ${d.id.name} = ${src(d.init)};`);
        } else {
          state.push(d.id.name);
          perParse.push(`  ${d.id.name} = ${d.init ? src(d.init) : 'undefined'};`);
        }
      }
    } else {
      perParse.push(`  ${src(statement)}`);
    }
  }
  const rest = body.slice(run).map((s) => `  ${src(s)}`);
  const stateDecl = `let ${state.join(', ')};`;
  const release = [
    '/** Lets go of the text and result of the last parse; the rules stay built. */',
    'export function releaseLastParse() {',
    `  ${state.map((name) => `${name} = ${name === 'input' ? '""' : 'undefined'};`).join(' ')}`,
    '}',
  ].join('\n');
  const fn = [`function peg$parse(peg$input, peg$options) {`, ...perParse, ...rest, '}'].join('\n');
  const replacement = [
    '// The parse state and the parser, moved to module level by scripts/peggy-hoist.mjs.',
    stateDecl,
    ...hoisted,
    release,
    fn,
  ].join('\n\n');
  return code.slice(0, parseFn.start) + replacement + code.slice(parseFn.end);
}
