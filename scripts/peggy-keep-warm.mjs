// A peggy plugin that keeps the parser's compiled code alive between parses.
//
// Why: peggy's `parse()` defines every rule and action as a closure inside
// itself, so each call makes a new set and drops it on return. V8 shares the
// optimized machine code of those closures through their feedback, but holds
// it weakly: once the closures of the last parse are garbage, a full GC
// throws the optimized code away and the next parse runs in the interpreter
// until V8 has optimized every rule again. In a process that does other work
// between parses (a server, a batch that also writes JSON, this project's
// bench next to markdown-it) that happens all the time: measured on the
// samples repeated to 8 MB, the grammar ran about 10 times slower after a
// full GC than in a loop of parses alone.
//
// What it adds: each parse stores, in a module-level variable, a small
// function that closes over that parse's scope. That keeps the scope, and
// with it the rule closures and their optimized code, alive until the next
// parse replaces it. The same function clears what the scope holds of the
// document (`input`, the result, the failure expectations), and the module
// exports it as `releaseLastParse()`: call it when the parse is done, so
// the last text and its raw result are not kept. Nothing else changes.

const NAME = 'keepWarm$last';

const TOP = `
// Added by scripts/peggy-keep-warm.mjs: the scope of the last parse, kept
// so that V8 keeps its optimized rule functions (see that file).
let ${NAME} = null;

/** Lets go of the text and result of the last parse, keeping its compiled rules warm. */
export function releaseLastParse() {
  if (${NAME} !== null) ${NAME}();
}
`;

const PER_PARSE = `
// Added by scripts/peggy-keep-warm.mjs.
${NAME} = () => {
  input = "";
  peg$result = undefined;
  peg$maxFailExpected = [];
};
`;

/** The peggy plugin. Use: `peggy.generate(source, { format: 'es', plugins: [keepWarm] })`. */
export const keepWarm = {
  use(config) {
    config.passes.transform.push(function keepParserWarm(ast) {
      const append = (key, type, code) => {
        const init = ast[key];
        if (Array.isArray(init)) init[init.length - 1].code += code;
        else if (init) init.code += code;
        else ast[key] = { type, code };
      };
      append('topLevelInitializer', 'top_level_initializer', TOP);
      append('initializer', 'initializer', PER_PARSE);
    });
  },
};

export default keepWarm;
