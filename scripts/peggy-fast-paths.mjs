// A peggy plugin that compiles the parts of a grammar whose value is thrown
// away into plain JavaScript functions, and tries each alternative of a
// choice only where it can match.
//
// Why: peggy compiles every expression the same way, value or not. A
// character class takes `input.charAt(pos)` and calls a one-character regex
// on it; a `[^\r\n]*` run does that for every character and pushes each one
// onto an array; a literal is compared through `input.substr(pos, n)` (and
// `.toLowerCase()` with `i`), which allocates; a sequence builds an array of
// its elements, `$(…)` a substring, an action its object, even inside a
// lookahead; every failed terminal records an expectation for error
// messages; and every rule is a closure made anew by each `parse()` call.
// In this grammar most of that work is thrown away: `Sp*`, `NotEol`, the
// separators, the titles that end at a separator, and the lookaheads (a
// whole timestamp in `!(Sep When Trail)`, a whole name in `!(… PersonName …)`)
// only move the position. And a line tries every construct in turn, each
// building the parts it has read before it fails. (Measured with
// `npm run bench`: see its header for what each step bought.)
//
// Where a value is thrown away ("discarded"): inside `$(…)`, `&(…)` or
// `!(…)`; an unlabeled element of a sequence that has an action or a
// plucked (`@`) element; the body of a rule whose every reference is in such
// a place (found to a fixpoint). Labeled values and the results of used rules
// are left to peggy.
//
// A discarded expression is compiled into a module-level function
// `(input, pos, state) → new pos, or -1 on failure`, with PEG's semantics:
// ordered choice, greedy repetition that never gives back, lookaheads that
// consume nothing. Inside it, actions are not run and labels are dropped,
// except the labels a semantic predicate reads. That is safe because peggy
// scopes a label to its parentheses (nothing outside a compiled part can
// read a label inside it), a labeled element is never compiled by itself,
// and a predicate is compiled only when it reads nothing but module-level
// names (the top-level initializer's word lists and helpers) and labels of
// its own sequence whose value is the text they matched (`w:Word
// &{ return MONTHS.has(…w…) }`, `Word` being a `$(…)`): it then becomes a
// module-level function of those texts, called with `input.slice(start,
// end)` of each. A predicate that reads the parse's state (`offset()`,
// `options`, `input`) or a label holding a built value stays peggy's, and
// so does every expression around it. This relies on the grammar's actions
// and predicates being pure ("Actions only build raw nodes", see the
// grammar's header). Rules it reaches are
// compiled the same way, once each, whether or not their value is used
// elsewhere. The discarded expression itself becomes a semantic predicate
// that calls that function and moves `peg$currPos`.
//
// Character sets are computed at build time by running the very regex peggy
// would generate (or `toLowerCase()`, for `i` literals) over all 65,536
// UTF-16 code units, so they agree with peggy by construction. A run of a
// class that excludes only a few characters (`[^\r\n]*`) ends at the nearest
// of them, found with `indexOf` and remembered in the parse's `state` for
// the rest of the parse. A class with the `u` flag is read by code point as
// peggy does: ASCII by ranges, the rest of the units below U+3000 (where
// each is its own code point: Latin, Greek, Cyrillic, the general
// punctuation) by a table computed from peggy's own regex, anything else by
// that regex, made on first use. A class of many ranges without `u` is read
// the same way, by unit.
//
// Bounded repetitions with constant bounds (`Digit|1..6|`) compile to a
// counted loop, so rules such as `Count` compile and first characters are
// known through them.
//
// Each alternative of a choice whose value is used (`Line`'s constructs)
// is guarded: it is tried only when the next character is among those it
// can start with (computed from the grammar), and, when it begins with a
// short prefix up to its first labeled part (`Sp* num:(…) mark:HeadingMark`),
// only when a compiled recognizer of that prefix matches. An alternative
// that starts with a run of spaces (`Sp*`) is tested on the character after
// the run, so that indented lines are dispatched as well as the others. A
// guard is a necessary condition of the alternative, so the choice picks
// the same one.
//
// In a choice whose alternatives each read within one line (the rules
// named in the generate option `fastPaths: { lineRules: ['Line'] }`), an
// alternative is also tried only when the line holds a unit of each set of
// code units it must consume (`requiredOf`: a colon for a speaker label, a
// digit for a dateline, computed from the grammar; sets that nearly every
// line holds, such as letters, are not tested). The line is scanned once,
// into a mask of the sets it holds, by the first alternative that asks.
//
// Positions, `text()`, `range()` and every action value stay what they
// were. The one difference: compiled expressions record no failure
// expectations, which only feed the message of a parse error (this grammar
// accepts every string, so it never throws one). test/grammar-plugin.test.ts
// compiles the grammar with and without the plugin and checks that both
// parsers return the same value on the samples and on generated inputs.

import * as acorn from 'acorn';
import * as walk from 'acorn-walk';
import peggy from 'peggy';

const PREFIX = 'fast$';

// ---------------------------------------------------------------------------
// Sets of UTF-16 code units
// ---------------------------------------------------------------------------

const UNITS = 0x10000;

/** peggy's class node as regex source (without anchors), as peggy writes it. */
function classSource(cls) {
  const escape = (s) =>
    s.replace(/[\\/\]^\-]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f-\uffff]/g, (c) => `\\u${hex(c.charCodeAt(0))}`);
  const parts = cls.parts.map((part) =>
    Array.isArray(part) ? `${escape(part[0])}-${escape(part[1])}` : typeof part === 'string' ? escape(part) : `\\${part.value}`,
  );
  return `[${cls.inverted ? '^' : ''}${parts.join('')}]`;
}

function hex(u) {
  return u.toString(16).padStart(4, '0');
}

/** The regex literal peggy tests one character of `cls` with. */
function classRegex(cls) {
  return `/^${classSource(cls)}/${cls.ignoreCase ? 'i' : ''}${cls.unicode ? 'u' : ''}`;
}

/** The code units a one-unit matcher accepts, as a byte per unit. */
function unitSet(accepts) {
  const set = new Uint8Array(UNITS);
  for (let u = 0; u < UNITS; u++) if (accepts(String.fromCharCode(u))) set[u] = 1;
  return set;
}

const regexSets = new Map();
/** `unitSet` of a regex literal's source (`/^[…]/iu`), computed once per build. */
function regexUnitSet(literal, orSurrogate = false) {
  const key = `${literal} ${orSurrogate}`;
  if (!regexSets.has(key)) {
    const re = new RegExp(literal.slice(1, literal.lastIndexOf('/')), literal.slice(literal.lastIndexOf('/') + 1));
    regexSets.set(key, unitSet((s) => re.test(s) || (orSurrogate && /[\ud800-\udfff]/.test(s))));
  }
  return regexSets.get(key);
}

const lowerSets = new Map();
/** The code units whose `toLowerCase()` is `ch`, computed once per build. */
function lowerUnitSet(ch) {
  if (!lowerSets.has(ch)) lowerSets.set(ch, unitSet((s) => s.toLowerCase() === ch));
  return lowerSets.get(ch);
}

// How often a unit stands in a line of prose, roughly: a required set
// heavier than REQUIRED_MAX (a space, a few lower-case letters) is in
// nearly every line and not worth a test.
function unitWeight(u) {
  if (u === 9 || u === 32 || u === 0xa0) return 50;
  if (u >= 97 && u <= 122) return 10;
  if ((u >= 65 && u <= 90) || (u >= 48 && u <= 57) || u === 46 || u === 44 || u === 39 || u === 45) return 1;
  return u < 0x3000 ? 0.05 : 0.001;
}
const REQUIRED_MAX = 12;
// A node's requirement keeps at most this many clauses, the rarest.
const MAX_CLAUSES = 3;

/** A clause `{ set, weight, key }` of a required set, line breaks left out (a match within a line reads none). */
function clause(set) {
  const s = set.slice();
  s[10] = 0;
  s[13] = 0;
  let weight = 0;
  for (let u = 0; u < UNITS; u++) if (s[u]) weight += unitWeight(u);
  return { set: s, weight, key: toRanges(s).join(';') };
}

/** The rarest MAX_CLAUSES distinct clauses that are worth a test, rarest first. */
function rarest(clauses, max = MAX_CLAUSES) {
  const seen = new Set();
  const out = [];
  for (const c of [...clauses].sort((a, b) => a.weight - b.weight)) {
    if (c.weight > REQUIRED_MAX || c.weight === 0 || seen.has(c.key)) continue;
    seen.add(c.key);
    out.push(c);
    if (out.length === max) break;
  }
  return out;
}

/** The set as sorted inclusive ranges `[from, to]`, within `[from, to]`. */
function toRanges(set, from = 0, to = UNITS - 1) {
  const out = [];
  for (let u = from; u <= to; u++) {
    if (!set[u]) continue;
    const last = out[out.length - 1];
    if (last && last[1] === u - 1) last[1] = u;
    else out.push([u, u]);
  }
  return out;
}

/** A JS condition on the char code `c` that holds exactly on `ranges`; false on NaN (past the end). */
function rangeTest(ranges, c = 'c') {
  if (ranges.length === 0) return 'false';
  return ranges
    .map(([a, b]) => (a === b ? `${c} === ${a}` : a === 0 ? `${c} <= ${b}` : b === UNITS - 1 ? `${c} >= ${a}` : `(${c} >= ${a} && ${c} <= ${b})`))
    .join(' || ');
}

// More ranges than this and a test becomes a table for ASCII and a regex beyond.
const MAX_RANGES = 8;
// A prefix guard bigger than this many AST nodes is not worth its cost.
const MAX_PREFIX = 40;
// A run of a class that excludes at most this many code units ends at the
// nearest of them, found with `indexOf`.
const MAX_STOPS = 6;
// A class of many ranges (`[\\p{L}\\p{M}]`) reads a unit below this by a
// table, not by calling its regex: Latin with its accents, Greek, Cyrillic,
// Armenian, Hebrew, Arabic and Indic scripts, and the general punctuation
// (quotes, dashes, the spaces of U+2000–U+200A). No surrogate lies below it.
const LOW_UNITS = 0x3000;

/** The name of the table of `ranges` in `tables` (key → `{ name, ranges }`), added when new: equal sets share one. */
function tableName(tables, kind, ranges) {
  const key = ranges.map(([a, b]) => `${a}-${b}`).join(',');
  if (!tables.has(key)) tables.set(key, { name: `${PREFIX}${kind}${tables.size}`, ranges });
  return tables.get(key).name;
}

/**
 * Whether a bounded repetition (`e|n..m|`, `e|n|`) takes its element at
 * least once: a constant minimum above 0 (`e|n|` bounds both ends by `n`).
 */
function takesOnce(node) {
  const min = node.min ?? node.max;
  return min.type === 'constant' && min.value > 0;
}

/** A deep copy of an AST subtree; locations are shared, not copied. */
function clone(node) {
  if (Array.isArray(node)) return node.map(clone);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) out[k] = k.endsWith('ocation') ? v : clone(v);
  return out;
}

// ---------------------------------------------------------------------------
// The compiler of value-free expressions
// ---------------------------------------------------------------------------

/**
 * Compiles value-free expressions of one grammar into module-level
 * functions. `declarations()` returns their source, and `stateFields()` the
 * per-parse fields they use.
 */
class Compiler {
  /**
   * @param bodies - Rule name → body as written.
   * @param moduleNames - The names the top-level initializer declares
   *   (its word lists and helpers): what a compiled predicate may read.
   * @param labels - Every label of the grammar: a predicate that names one
   *   it cannot be given (a label of an enclosing sequence, which peggy
   *   passes it) stays peggy's.
   */
  constructor(bodies, moduleNames = new Set(), labels = new Set()) {
    this.bodies = bodies;
    this.moduleNames = moduleNames;
    this.labels = labels;
    /** Predicate code → the names it reads (`freeNames`), parsed once. */
    this.names = new Map();
    /** Function source → name, so equal functions are shared. */
    this.functions = new Map();
    this.ruleNames = new Map();
    this.ruleSources = [];
    this.regexes = new Map();
    this.stops = new Set();
    this.compilable = new Map();
    this.tables = new Map();
    this.lowTables = new Map();
    this.tmp = 0;
    /** Rule name → its required clauses (requiredOf). */
    this.required = new Map();
    /** Clause key → `{ bit, set }`, the bits of a line's mask (lineNeeds). */
    this.lineBits = new Map();
  }

  // -- What can be compiled ---------------------------------------------------

  /** Whether `node` (and every rule it reaches) can be compiled. */
  canCompile(node) {
    switch (node.type) {
      case 'literal':
        return !node.ignoreCase || canLowerByUnit(node.value);
      case 'class':
      case 'any':
        return true;
      case 'rule_ref': {
        if (this.compilable.has(node.name)) return this.compilable.get(node.name);
        const body = this.bodies.get(node.name);
        if (!body) return false;
        this.compilable.set(node.name, true); // assumed while looking (recursion)
        const ok = this.canCompile(body);
        this.compilable.set(node.name, ok);
        return ok;
      }
      case 'sequence': {
        // A predicate reads the text labels of the elements before it.
        const texts = new Set();
        for (const e of node.elements) {
          if (isPredicate(e)) {
            if (!this.predicateReads(e, texts)) return false;
          } else if (!this.canCompile(e)) return false;
          const label = this.textLabel(e);
          if (label !== null) texts.add(label);
        }
        return true;
      }
      case 'semantic_and':
      case 'semantic_not':
        return this.predicateReads(node, new Set()) !== null;
      case 'choice':
        return node.alternatives.every((e) => this.canCompile(e));
      case 'labeled':
        return this.canCompile(node.expression);
      case 'repeated':
        // `e|n..m|`, `e|n|`: constant bounds, no delimiter.
        return (
          node.delimiter == null &&
          (node.min == null || node.min.type === 'constant') &&
          node.max.type === 'constant' &&
          this.canCompile(node.expression)
        );
      case 'named':
      case 'group':
      case 'text':
      case 'action':
      case 'optional':
      case 'zero_or_more':
      case 'one_or_more':
      case 'simple_and':
      case 'simple_not':
        return this.canCompile(node.expression);
      default:
        return false; // `|n..m|` repetitions, library rules
    }
  }

  /**
   * The labels a semantic predicate reads, in the order of `texts` (the
   * text-valued labels of the elements before it in its sequence), when it
   * reads nothing else than those and the module's names; else null. Such a
   * predicate is a function of the text it sees, so it can run without
   * peggy's state: its code is a module-level function of those labels.
   */
  predicateReads(node, texts) {
    if (!this.names.has(node.code)) this.names.set(node.code, freeNames(node.code));
    const names = this.names.get(node.code);
    if (names === null) return null;
    for (const n of names) {
      if (texts.has(n)) continue;
      if (this.labels.has(n) || !this.moduleNames.has(n)) return null;
    }
    return [...texts].filter((t) => names.has(t));
  }

  /** The label of a labeled element whose value is the text it matched, else null. */
  textLabel(node) {
    return node.type === 'labeled' && node.label !== null && this.isText(node.expression) ? node.label : null;
  }

  /**
   * Whether the value of `node` is the text it matched, so that a label on
   * it is `input.slice(start, end)`: `$(…)`, a literal or class (peggy
   * returns the characters read), a choice of such, or a rule whose body is.
   */
  isText(node, seen = new Set()) {
    switch (node.type) {
      case 'text':
      case 'class':
      case 'any':
      case 'literal':
        return true;
      case 'named':
      case 'group':
        return this.isText(node.expression, seen);
      case 'choice':
        return node.alternatives.every((a) => this.isText(a, seen));
      case 'rule_ref': {
        if (seen.has(node.name) || !this.bodies.has(node.name)) return false;
        seen.add(node.name);
        return this.isText(this.bodies.get(node.name), seen);
      }
      default:
        return false;
    }
  }

  /** A module-level function of `params` running a predicate's code, shared by equal ones. */
  predicateFunction(code, params) {
    return this.share(`function NAME(${params.join(', ')}) {\n${code}\n}`);
  }

  // -- Code generation --------------------------------------------------------

  /** The name of a module-level function `(input, p, st) → pos | -1` for `node`. */
  functionFor(node) {
    if (node.type === 'rule_ref') return this.ruleFunction(node.name);
    return this.share(this.functionBody('NAME', node));
  }

  ruleFunction(name) {
    if (!this.ruleNames.has(name)) {
      const fn = `${PREFIX}rule$${name.replace(/\$/g, '_')}`;
      this.ruleNames.set(name, fn);
      this.ruleSources.push(`// ${name}\n${this.functionBody(fn, this.bodies.get(name))}`);
    }
    return this.ruleNames.get(name);
  }

  /** The source of `function name(input, p, st)` matching `node`; its variables are numbered from 0. */
  functionBody(name, node) {
    const saved = this.tmp;
    this.tmp = 0;
    const v = this.fresh();
    const code = this.gen(node, 'p', v);
    this.tmp = saved;
    return `function ${name}(input, p, st) {\n${code}  return ${v};\n}`;
  }

  share(body) {
    if (!this.functions.has(body)) this.functions.set(body, `${PREFIX}m${this.functions.size}`);
    return this.functions.get(body);
  }

  fresh() {
    return `r${this.tmp++}`;
  }

  /** Statements that set the new variable `out` to the end of `node` matched at `p`, or -1. */
  gen(node, p, out) {
    switch (node.type) {
      case 'named':
      case 'group':
      case 'text':
      case 'action':
      case 'labeled':
        return this.gen(node.expression, p, out);
      case 'rule_ref':
        return `  const ${out} = ${this.ruleFunction(node.name)}(input, ${p}, st);\n`;
      case 'any':
        return `  const ${out} = ${p} < input.length ? ${p} + 1 : -1;\n`;
      case 'literal':
        return this.genLiteral(node, p, out);
      case 'class':
        return `  const ${out} = ${this.charFunction(this.charOf(node))}(input, ${p});\n`;
      case 'sequence': {
        const label = `s${this.tmp++}`;
        let code = `  let ${out} = -1;\n  ${label}: {\n`;
        let at = p;
        // Text labels read so far: name → [start, end] variables.
        const texts = new Map();
        for (const el of node.elements) {
          const v = this.fresh();
          code += indent(isPredicate(el) ? this.genPredicate(el, at, v, texts) : this.gen(el, at, v));
          code += `    if (${v} < 0) break ${label};\n`;
          const name = this.textLabel(el);
          if (name !== null) texts.set(name, [at, v]);
          at = v;
        }
        return `${code}    ${out} = ${at};\n  }\n`;
      }
      case 'semantic_and':
      case 'semantic_not':
        return this.genPredicate(node, p, out, new Map());
      case 'choice': {
        const label = `c${this.tmp++}`;
        let code = `  let ${out} = -1;\n  ${label}: {\n`;
        for (const alt of node.alternatives) {
          const v = this.fresh();
          code += indent(this.gen(alt, p, v));
          code += `    if (${v} >= 0) { ${out} = ${v}; break ${label}; }\n`;
        }
        return `${code}  }\n`;
      }
      case 'optional': {
        const v = this.fresh();
        return `${this.gen(node.expression, p, v)}  const ${out} = ${v} >= 0 ? ${v} : ${p};\n`;
      }
      case 'simple_and':
      case 'simple_not': {
        const v = this.fresh();
        const ok = node.type === 'simple_and' ? `${v} >= 0` : `${v} < 0`;
        return `${this.gen(node.expression, p, v)}  const ${out} = ${ok} ? ${p} : -1;\n`;
      }
      case 'zero_or_more':
      case 'one_or_more': {
        const min = node.type === 'one_or_more' ? 1 : 0;
        const ch = this.charOf(node.expression);
        if (ch) return `  const ${out} = ${this.runFunction(ch, min)}(input, ${p}, st);\n`;
        // `Sp*` where `Sp = Space Inv*`: one loop over both sets.
        const span = this.runOf(node.expression);
        if (span) return `  const ${out} = ${this.spanFunction(span, min)}(input, ${p}, st);\n`;
        const v = this.fresh();
        // peggy rejects repetitions of expressions that can match nothing,
        // so every turn of the loop moves on.
        let code = `  let ${out} = ${p};\n`;
        if (min === 1) {
          const first = this.fresh();
          code += `${this.gen(node.expression, p, first)}  ${out} = ${first};\n  if (${out} >= 0) `;
        } else {
          code += '  ';
        }
        code += `for (;;) {\n${indent(this.gen(node.expression, out, v))}    if (${v} < 0) break;\n    ${out} = ${v};\n  }\n`;
        return code;
      }
      case 'repeated': {
        // As peggy: match greedily up to `max` times (no limit when null),
        // then fail unless `min` were matched; `e|n|` has min = max = n.
        const min = (node.min ?? node.max).value ?? 0;
        const max = node.max.value;
        const v = this.fresh();
        const count = this.fresh();
        let code = `  let ${out} = ${p};\n  let ${count} = 0;\n`;
        code += `  for (; ${max === null ? 'true' : `${count} < ${max}`}; ${count}++) {\n${indent(this.gen(node.expression, out, v))}    if (${v} < 0) break;\n    ${out} = ${v};\n  }\n`;
        return `${code}  if (${count} < ${min}) ${out} = -1;\n`;
      }
      default:
        throw new Error(`peggy-fast-paths: cannot compile ${node.type}`);
    }
  }

  /** A predicate at `p`: its function called on the text of the labels it reads (`texts`: name → [start, end]). */
  genPredicate(node, p, out, texts) {
    const params = this.predicateReads(node, new Set(texts.keys()));
    const fn = this.predicateFunction(node.code, params);
    const args = params.map((n) => `input.slice(${texts.get(n)[0]}, ${texts.get(n)[1]})`).join(', ');
    const ok = node.type === 'semantic_and' ? `${fn}(${args})` : `!${fn}(${args})`;
    return `  const ${out} = ${ok} ? ${p} : -1;\n`;
  }

  genLiteral(lit, p, out) {
    const v = lit.value;
    if (v.length === 0) return `  const ${out} = ${p};\n`;
    if (!lit.ignoreCase) {
      if (v.length === 1) return `  const ${out} = input.charCodeAt(${p}) === ${v.charCodeAt(0)} ? ${p} + 1 : -1;\n`;
      return `  const ${out} = input.startsWith(${JSON.stringify(v)}, ${p}) ? ${p} + ${v.length} : -1;\n`;
    }
    // peggy compares `input.substr(pos, n).toLowerCase()` with the lower-cased
    // literal. Per character that is the set of code units whose lower case
    // is that character; only final sigma lower-cases by context, and it
    // cannot be in a literal this plugin accepts.
    const lower = v.toLowerCase();
    const tests = [...lower].map((ch) => this.charFunction({ set: lowerUnitSet(ch) }));
    const fn = this.share(
      `function NAME(input, p) {\n  return ${tests.map((t, i) => `${t}(input, p + ${i}) >= 0`).join(' && ')} ? p + ${lower.length} : -1;\n}`,
    );
    return `  const ${out} = ${fn}(input, ${p});\n`;
  }

  // -- Characters ---------------------------------------------------------------

  /**
   * What one character of `node` is, when it is one: `{ set }` for code
   * units, `{ unicode, regex, ascii }` for a class peggy reads by code point.
   * `(!A !B C)` is a character of C that is neither A nor B.
   */
  charOf(node) {
    const t = node.type === 'rule_ref' ? this.bodies.get(node.name) : node.type === 'group' ? node.expression : node;
    if (!t) return null;
    if (t.type === 'class') {
      const regex = classRegex(t);
      if (t.unicode) return { unicode: true, regex, ascii: toRanges(regexUnitSet(regex), 0, 127) };
      return { set: regexUnitSet(regex) };
    }
    if (t.type === 'literal' && t.value.length === 1) {
      if (t.ignoreCase) return { set: lowerUnitSet(t.value.toLowerCase()) };
      const set = new Uint8Array(UNITS);
      set[t.value.charCodeAt(0)] = 1;
      return { set };
    }
    if (t.type === 'sequence' && t.elements.length >= 2) {
      const last = this.charOf(t.elements[t.elements.length - 1]);
      if (!last?.set) return null;
      const set = last.set.slice();
      for (const el of t.elements.slice(0, -1)) {
        const not = el.type === 'simple_not' ? this.charOf(el.expression) : null;
        if (!not?.set) return null;
        for (let u = 0; u < UNITS; u++) if (not.set[u]) set[u] = 0;
      }
      return { set };
    }
    return null;
  }

  /** Statements setting `ok` and `n` (units read) for char code `c` at `p`. */
  step(ch) {
    if (ch.unicode) {
      // Below LOW_UNITS a unit is its own code point (no surrogate there):
      // a table built from the very regex answers; above, the regex does.
      const low = this.lowTable(regexUnitSet(ch.regex));
      return `if (c < 128) { ok = ${rangeTest(ch.ascii)}; n = 1; } else if (c < ${LOW_UNITS}) { ok = ${low}[c] === 1; n = 1; } else if (c === c) { const s = String.fromCodePoint(input.codePointAt(p)); ok = ${this.regex(ch.regex)}.test(s); n = s.length; } else { ok = false; n = 0; }`;
    }
    const accepted = toRanges(ch.set);
    if (accepted.length <= MAX_RANGES) return `ok = ${rangeTest(accepted)}; n = 1;`;
    const excluded = toRanges(ch.set.map((b) => 1 - b));
    if (excluded.length <= MAX_RANGES) return `ok = c < ${UNITS} && !(${rangeTest(excluded)}); n = 1;`;
    const ranges = accepted.map(([a, b]) => (a === b ? `\\u${hex(a)}` : `\\u${hex(a)}-\\u${hex(b)}`)).join('');
    return `ok = c < 128 ? ${rangeTest(toRanges(ch.set, 0, 127))} : c < ${LOW_UNITS} ? ${this.lowTable(ch.set)}[c] === 1 : ${this.regex(`/^[${ranges}]/`)}.test(input.charAt(p)); n = 1;`;
  }

  /**
   * The name of a table of the units below LOW_UNITS in `set` (a byte per
   * unit, built at module load from ranges), shared by equal sets.
   */
  lowTable(set) {
    return tableName(this.lowTables, 'low', toRanges(set, 0, LOW_UNITS - 1));
  }

  /**
   * An expression giving the regex literal `source`, made on first use: the
   * tables answer below LOW_UNITS, so most texts never need it, and a
   * Unicode class costs a fraction of a millisecond to make when the module
   * loads (`pressdoc parse one-file.txt` pays it at every start).
   */
  regex(source) {
    if (!this.regexes.has(source)) this.regexes.set(source, `${PREFIX}re${this.regexes.size}`);
    const name = this.regexes.get(source);
    // A string, not a literal: V8 checks a literal's pattern when it
    // compiles the function around it, which is on the common path.
    const slash = source.lastIndexOf('/');
    return `(${name} ??= new RegExp(${JSON.stringify(source.slice(1, slash))}, ${JSON.stringify(source.slice(slash + 1))}))`;
  }

  /** A function `(input, p) → p + units | -1` matching one character. */
  charFunction(ch) {
    return this.share(`function NAME(input, p) {\n  const c = input.charCodeAt(p);\n  let ok, n;\n  ${this.step(ch)}\n  return ok ? p + n : -1;\n}`);
  }

  /**
   * A function `(input, p, st) → end | -1` matching a greedy repetition of a
   * class followed by a star of another (see runOf): from a unit of `run`,
   * every unit of `more`, as the repetition would take them.
   */
  spanFunction(span, min) {
    const check = min === 1 ? '  if (p === start) return -1;\n' : '';
    return this.share(
      `function NAME(input, start, st) {\n  let p = start;\n  let c = input.charCodeAt(p);\n  if (${this.memberTest(span.run)}) {\n    do c = input.charCodeAt(++p); while (${this.memberTest(span.more)});\n  }\n${check}  return p;\n}`,
    );
  }

  /** A function `(input, p, st) → end | -1` matching a run of one character. */
  runFunction(ch, min) {
    const check = min === 1 ? '  if (p === start) return -1;\n' : '';
    if (ch.set) {
      const stops = [];
      for (let u = 0; u < UNITS && stops.length <= MAX_STOPS; u++) if (!ch.set[u]) stops.push(u);
      if (stops.length > 0 && stops.length <= MAX_STOPS) {
        // Ends at the nearest character it excludes.
        for (const u of stops) this.stops.add(u);
        const ends = stops.map((u) => `${PREFIX}next${u}(input, start, st)`);
        const end = ends.length === 1 ? ends[0] : `Math.min(${ends.join(', ')})`;
        return this.share(`function NAME(input, start, st) {\n  const p = ${end};\n${check}  return p;\n}`);
      }
    }
    return this.share(
      `function NAME(input, start, st) {\n  let p = start;\n  for (;;) {\n    const c = input.charCodeAt(p);\n    let ok, n;\n    ${this.step(ch)}\n    if (!ok) break;\n    p += n;\n  }\n${check}  return p;\n}`,
    );
  }

  // -- Required characters ------------------------------------------------------

  /**
   * Sets of code units such that every match of `node` consumes at least one
   * unit of each (a conjunction of clauses `{ set, weight }`, see
   * unitWeight; at most MAX_CLAUSES, the rarest), or `[]` when none is known
   * or worth testing. An under-approximation of what a match needs: a text
   * that holds no unit of one of the sets where `node` would read proves that
   * `node` fails there. Lookaheads and predicates consume nothing, so they
   * require nothing; a sequence requires what its elements require, a
   * choice, for each way of taking one clause of each alternative, their
   * union. Rules are looked at once each (a rule met again while it is being
   * looked at requires nothing).
   */
  requiredOf(node) {
    switch (node.type) {
      case 'literal': {
        if (node.value.length === 0 || (node.ignoreCase && !canLowerByUnit(node.value))) return [];
        const clauses = [];
        for (const ch of new Set(node.value)) {
          if (ch.length !== 1) continue;
          let set;
          if (node.ignoreCase) set = lowerUnitSet(ch.toLowerCase());
          else {
            set = new Uint8Array(UNITS);
            set[ch.charCodeAt(0)] = 1;
          }
          clauses.push(clause(set));
        }
        return rarest(clauses);
      }
      case 'class':
        // Read by code point, a `u` class may consume a surrogate pair.
        return rarest([clause(regexUnitSet(classRegex(node), node.unicode))]);
      case 'rule_ref': {
        if (this.required.has(node.name)) return this.required.get(node.name);
        const body = this.bodies.get(node.name);
        if (!body) return [];
        this.required.set(node.name, []);
        const r = this.requiredOf(body);
        this.required.set(node.name, r);
        return r;
      }
      case 'sequence':
        return rarest(node.elements.flatMap((el) => this.requiredOf(el)));
      case 'choice': {
        let acc = null;
        for (const alt of node.alternatives) {
          const r = this.requiredOf(alt);
          if (r.length === 0) return [];
          acc = acc === null ? r : rarest(acc.flatMap((a) => r.map((b) => clause(a.set.map((x, i) => x | b.set[i])))));
          if (acc.length === 0) return [];
        }
        return acc ?? [];
      }
      case 'repeated':
        return takesOnce(node) ? this.requiredOf(node.expression) : [];
      case 'one_or_more':
      case 'named':
      case 'group':
      case 'text':
      case 'action':
      case 'labeled':
        return this.requiredOf(node.expression);
      default:
        return []; // optional, zero_or_more, any, lookaheads, predicates
    }
  }

  /**
   * The bit masks of the clauses each alternative of a line choice requires
   * (`requiredOf` of each), one bit per distinct set, at most 31 bits (the
   * rarest sets first; a clause left without a bit is not tested).
   */
  lineNeeds(requirements) {
    const all = rarest(requirements.flat(), Infinity);
    for (const c of all) if (!this.lineBits.has(c.key) && this.lineBits.size < 31) this.lineBits.set(c.key, { bit: 1 << this.lineBits.size, set: c.set });
    return requirements.map((r) => r.reduce((need, c) => need | (this.lineBits.get(c.key)?.bit ?? 0), 0));
  }

  // -- First characters ---------------------------------------------------------

  /**
   * The code units a match of `node` can start with (`set`, or null for any)
   * and whether it can match without consuming (`nullable`): an
   * over-approximation, so a character outside `set` proves that a
   * non-nullable `node` fails there.
   */
  firstOf(node, visiting = new Set()) {
    const ANY = { set: null, nullable: true };
    const union = (a, b) => (a === null || b === null ? null : a.map((x, i) => x | b[i]));
    switch (node.type) {
      case 'literal': {
        if (node.value.length === 0) return { set: new Uint8Array(UNITS), nullable: true };
        if (!node.ignoreCase) {
          const set = new Uint8Array(UNITS);
          set[node.value.charCodeAt(0)] = 1;
          return { set, nullable: false };
        }
        if (!canLowerByUnit(node.value)) return ANY;
        return { set: lowerUnitSet(node.value.toLowerCase()[0]), nullable: false };
      }
      case 'class':
        // Read by code point, a `u` class may start with any surrogate.
        return { set: regexUnitSet(classRegex(node), node.unicode), nullable: false };
      case 'any':
        return { set: null, nullable: false };
      case 'rule_ref': {
        if (visiting.has(node.name) || !this.bodies.has(node.name)) return ANY;
        visiting.add(node.name);
        const f = this.firstOf(this.bodies.get(node.name), visiting);
        visiting.delete(node.name);
        return f;
      }
      case 'sequence': {
        let set = new Uint8Array(UNITS);
        for (let i = 0; i < node.elements.length; i++) {
          const el = node.elements[i];
          if (el.type === 'simple_and') {
            // `&e rest` where no element before consumed: e and the rest
            // start at the same unit, so it lies in both first sets (the
            // `&(Inv* "S" Inv* "u") w:Word` of a chrome line starts with S
            // or an invisible, not with any letter `Word` could take).
            const e = this.firstOf(el.expression, visiting);
            const rest = this.firstOf({ type: 'sequence', elements: node.elements.slice(i + 1) }, visiting);
            if (!e.nullable && !rest.nullable) {
              const both = e.set === null ? rest.set : rest.set === null ? e.set : e.set.map((x, j) => x & rest.set[j]);
              return { set: union(set, both), nullable: false };
            }
            continue;
          }
          const f = this.firstOf(el, visiting);
          set = union(set, f.set);
          if (!f.nullable) return { set, nullable: false };
        }
        return { set, nullable: true };
      }
      case 'choice': {
        let set = new Uint8Array(UNITS);
        let nullable = false;
        for (const alt of node.alternatives) {
          const f = this.firstOf(alt, visiting);
          set = union(set, f.set);
          nullable ||= f.nullable;
        }
        return { set, nullable };
      }
      case 'optional':
      case 'zero_or_more':
        return { set: this.firstOf(node.expression, visiting).set, nullable: true };
      case 'repeated': {
        const f = this.firstOf(node.expression, visiting);
        return { set: f.set, nullable: f.nullable || !takesOnce(node) };
      }
      case 'one_or_more':
      case 'named':
      case 'group':
      case 'text':
      case 'action':
      case 'labeled':
        return this.firstOf(node.expression, visiting);
      case 'simple_and':
      case 'simple_not':
      case 'semantic_and':
      case 'semantic_not':
        return { set: new Uint8Array(UNITS), nullable: true };
      default:
        return ANY;
    }
  }

  /**
   * When every match of `node` starts with zero-width lookaheads and then a
   * greedy run (`Sp*` in `Sp* num:(…) …`; see runOf), the sets of the run
   * and the first characters of what follows it: `{ run, more, rest }`,
   * else null. The run never gives back,
   * so the character after it must be in `rest` (the rest being not
   * nullable): a necessary condition that holds on indented lines too,
   * where the first character is a space that every construct accepts.
   */
  leadingRun(node) {
    const t = node.type === 'rule_ref' ? this.bodies.get(node.name) : node;
    if (!t) return null;
    const ofSequence = (e) => {
      const seq = e.type === 'action' ? e.expression : e;
      if (seq.type !== 'sequence') return null;
      const ZERO_WIDTH = new Set(['simple_and', 'simple_not', 'semantic_and', 'semantic_not']);
      let i = 0;
      while (i < seq.elements.length && ZERO_WIDTH.has(seq.elements[i].type)) i++;
      const star = seq.elements[i];
      if (star?.type !== 'zero_or_more') return null;
      const run = this.runOf(star.expression);
      if (run === null) return null;
      const rest = this.firstOf({ type: 'sequence', elements: seq.elements.slice(i + 1) });
      if (rest.nullable || rest.set === null) return null;
      return { ...run, rest: rest.set };
    };
    const runs = t.type === 'choice' ? t.alternatives.map(ofSequence) : [ofSequence(t)];
    if (!runs.every(Boolean)) return null;
    const same = (a, b) => a.every((x, i) => x === b[i]);
    if (!runs.every((r) => same(r.run, runs[0].run) && same(r.more, runs[0].more))) return null;
    return { run: runs[0].run, more: runs[0].more, rest: runs.reduce((set, r) => set.map((x, i) => x | r.rest[i]), new Uint8Array(UNITS)) };
  }

  /**
   * The repeated element of a leading run, as code-unit sets: a class read by
   * code unit (`[ \t]`), or such a class followed by a star of another
   * (`Space Inv*`). `run` is what starts an element, `more` what the greedy
   * run as a whole goes on through (every element starts with `run`, and
   * `Inv*` takes all it can, so the run ends at the first unit in neither).
   * Null for any other shape.
   */
  runOf(node) {
    const resolve = (n) => (n?.type === 'rule_ref' ? this.bodies.get(n.name) : n);
    const unitClass = (n) => {
      const c = resolve(n);
      return c?.type === 'class' && !c.unicode ? regexUnitSet(classRegex(c)) : null;
    };
    const e = resolve(node);
    const single = unitClass(e);
    if (single) return { run: single, more: single };
    if (e?.type !== 'sequence' || e.elements.length !== 2 || e.elements[1].type !== 'zero_or_more') return null;
    const head = unitClass(e.elements[0]);
    const tail = unitClass(e.elements[1].expression);
    if (!head || !tail) return null;
    return { run: head, more: head.map((x, i) => x | tail[i]) };
  }

  /**
   * A function recognizing the start of `node` (a sequence, an action on
   * one, a rule whose body is either, or a choice of them): its elements up
   * to its first labeled one and the first element after it that must
   * consume. A match of `node` needs a match of that prefix, so the prefix
   * is a guard. Null when there is no labeled element, or when the prefix is
   * big (then the guard would cost about what it saves).
   */
  prefixRecognizer(node) {
    const t = node.type === 'rule_ref' ? this.bodies.get(node.name) : node;
    if (!t) return null;
    const prefixOf = (e) => {
      const seq = e.type === 'action' ? e.expression : e;
      if (seq.type !== 'sequence') return null;
      const k = seq.elements.findIndex((el) => el.type === 'labeled');
      if (k < 0) return null;
      let m = k;
      for (let i = k + 1; i < seq.elements.length; i++) {
        if (!this.firstOf(seq.elements[i]).nullable) {
          m = i;
          break;
        }
      }
      // Any leading part of a sequence is a necessary condition; stop before
      // the first unbounded repetition of more than a character
      // (`"V" items:TurnItem*`), which would read the whole block the
      // alternative is about to read again (a run of spaces is one loop).
      const run = seq.elements.slice(0, m + 1).findIndex((el) => this.readsBlock(el));
      if (run === 0) return null;
      if (run > 0) m = run - 1;
      return { type: 'sequence', elements: seq.elements.slice(0, m + 1), location: seq.location };
    };
    const prefix =
      t.type === 'choice'
        ? (() => {
            const alts = t.alternatives.map(prefixOf);
            return alts.every(Boolean) ? { type: 'choice', alternatives: alts, location: t.location } : null;
          })()
        : prefixOf(t);
    // A guard only recognizes: the alternative then runs as peggy wrote it,
    // labels and all.
    if (prefix === null || !this.canCompile(prefix) || this.size(prefix) > MAX_PREFIX) return null;
    return this.functionFor(prefix);
  }

  /**
   * Whether `node` is, under labels, groups, actions and `$`, a repetition
   * without an upper bound (`e*`, `e+`, `e|2..|`) of more than one
   * character or span (`Sp*` and `[^\r\n]*` are one loop, not a block).
   */
  readsBlock(node) {
    let e = node;
    while (['labeled', 'group', 'action', 'text', 'named'].includes(e.type)) e = e.expression;
    const repeats = e.type === 'zero_or_more' || e.type === 'one_or_more' || (e.type === 'repeated' && e.max?.value == null);
    return repeats && !this.charOf(e.expression) && !this.runOf(e.expression);
  }

  /** The number of AST nodes `node` compiles to, rules inlined (at most MAX_PREFIX + 1). */
  size(node, seen = new Set()) {
    let n = 1;
    const add = (child) => {
      if (n <= MAX_PREFIX) n += this.size(child, seen);
    };
    if (node.type === 'rule_ref') {
      // A class, or a class and a star of another (`Sp = Space Inv*`),
      // compiles to one test or one loop: it counts as one node.
      if (this.runOf(node)) return n;
      if (seen.has(node.name)) return MAX_PREFIX + 1;
      seen.add(node.name);
      add(this.bodies.get(node.name));
      seen.delete(node.name);
    } else if (node.type === 'sequence') node.elements.forEach(add);
    else if (node.type === 'choice') node.alternatives.forEach(add);
    else if (node.expression) add(node.expression);
    return n;
  }

  /** A JS condition on the variable `c` testing membership in `set`: ranges, or a table for big sets. */
  memberTest(set, c = 'c') {
    const ranges = toRanges(set);
    if (ranges.length <= MAX_RANGES) return rangeTest(ranges, c);
    return `${tableName(this.tables, 'first', ranges)}[${c}] === 1`;
  }

  /** Module-level source of everything compiled. */
  declarations() {
    const out = [];
    // The tables are built when the module loads, before any of it is
    // optimized: from a flat list of range bounds, by an indexed loop, which
    // the interpreter runs several times faster than a destructuring one.
    out.push(
      `/** A table of ${'`size`'} bytes, 1 on the inclusive ranges of the flat list ${'`bounds`'}. */\n` +
        `function ${PREFIX}table(size, bounds) {\n  const t = new Uint8Array(size);\n  for (let i = 0; i < bounds.length; i += 2) t.fill(1, bounds[i], bounds[i + 1] + 1);\n  return t;\n}`,
    );
    for (const { name, ranges } of this.tables.values()) out.push(`const ${name} = ${PREFIX}table(${UNITS}, ${JSON.stringify(ranges.flat())});`);
    for (const { name, ranges } of this.lowTables.values()) out.push(`const ${name} = ${PREFIX}table(${LOW_UNITS}, ${JSON.stringify(ranges.flat())});`);
    for (const name of this.regexes.values()) out.push(`let ${name};`);
    for (const u of [...this.stops].sort((a, b) => a - b)) {
      // The nearest `u` at or after `p` (or the end), remembered per parse as
      // "none in [from, at), and one at `at`": any `p` in that span has the
      // same answer. Moving back (backtracking) searches only the stretch
      // before `from`; moving past `at` searches on from `p`. So each
      // character is searched about once, even for a `u` the text lacks.
      const ch = JSON.stringify(String.fromCharCode(u));
      out.push(
        `function ${PREFIX}next${u}(input, p, st) {\n` +
          `  if (p >= st.from${u} && p <= st.at${u}) return st.at${u};\n` +
          `  if (p < st.from${u}) { const j = input.slice(p, st.from${u}).indexOf(${ch}); if (j >= 0) st.at${u} = p + j; }\n` +
          `  else { const i = input.indexOf(${ch}, p); st.at${u} = i < 0 ? input.length : i; }\n` +
          `  st.from${u} = p;\n  return st.at${u};\n}`,
      );
    }
    if (this.lineBits.size > 0) {
      // A line's mask: bit b set when the line, from `p` to its break, holds
      // a unit of the set of bit b. Units below LOW_UNITS by a table, the
      // rest by ranges; remembered for the line's start, where every
      // alternative of the line choice asks for it.
      const bits = [...this.lineBits.values()];
      const low = bits.map(({ bit, set }) => [bit, toRanges(set, 0, LOW_UNITS - 1).flat()]);
      const high = bits
        .map(({ bit, set }) => [bit, toRanges(set, LOW_UNITS)])
        .filter(([, ranges]) => ranges.length > 0)
        .map(([bit, ranges]) => `(${rangeTest(ranges)} ? ${bit} : 0)`);
      const every = bits.reduce((m, { bit }) => m | bit, 0);
      out.push(
        `const ${PREFIX}maskLow = (() => {\n  const t = new Uint32Array(${LOW_UNITS});\n  for (const [bit, bounds] of ${JSON.stringify(low)}) for (let i = 0; i < bounds.length; i += 2) for (let u = bounds[i]; u <= bounds[i + 1]; u++) t[u] |= bit;\n  return t;\n})();`,
        `function ${PREFIX}lineMask(input, p, st) {\n  if (st.maskAt === p) return st.mask;\n  let m = 0;\n  for (let q = p; q < input.length && m !== ${every}; q++) {\n    const c = input.charCodeAt(q);\n    if (c === 10 || c === 13) break;\n    m |= c < ${LOW_UNITS} ? ${PREFIX}maskLow[c] : ${high.length > 0 ? high.join(' | ') : '0'};\n  }\n  st.maskAt = p;\n  st.mask = m;\n  return m;\n}`,
      );
    }
    const fields = [...this.stops].flatMap((u) => [`from${u}: -1`, `at${u}: -1`]).concat(this.lineBits.size > 0 ? ['maskAt: -1', 'mask: 0'] : []).join(', ');
    out.push(`/** Per-parse state of the compiled expressions. */\nfunction ${PREFIX}state() {\n  return { ${fields} };\n}`);
    for (const [body, name] of this.functions) out.push(body.replace('NAME', name));
    out.push(...this.ruleSources);
    return out.join('\n');
  }
}

/**
 * Whether `toLowerCase()` of any text of the literal's length can be told
 * unit by unit: it can, except for final sigma (lower-cased by context).
 */
function canLowerByUnit(value) {
  const lower = value.toLowerCase();
  return lower.length === value.length && !/[σς]/.test(lower);
}

/**
 * The names a predicate's code reads and does not declare itself (a
 * property after a dot, an object key or a statement label is no name), or
 * null when the code does not parse as a function body.
 */
function freeNames(code) {
  let program;
  try {
    program = acorn.parse(`(function () {\n${code}\n})`, { ecmaVersion: 'latest' });
  } catch {
    return null;
  }
  const declared = new Set();
  const read = new Set();
  walk.simple(program, {
    Identifier: (node) => read.add(node.name),
    // Declared names: variables, parameters, function names.
    VariablePattern: (node) => declared.add(node.name),
  });
  return new Set([...read].filter((n) => !declared.has(n)));
}

/** The names the top-level initializer (`{{ … }}`) declares at its top level. */
function moduleNamesOf(ast) {
  const inits = [ast.topLevelInitializer].flat().filter(Boolean);
  const names = new Set(['undefined']);
  for (const init of inits) {
    const program = acorn.parse(init.code, { ecmaVersion: 'latest', sourceType: 'module' });
    for (const st of program.body) {
      if ((st.type === 'FunctionDeclaration' || st.type === 'ClassDeclaration') && st.id) names.add(st.id.name);
      if (st.type === 'VariableDeclaration') for (const d of st.declarations) if (d.id.type === 'Identifier') names.add(d.id.name);
    }
  }
  return names;
}

/** Every label of the grammar's rules. */
function labelsOf(ast) {
  const labels = new Set();
  const visit = peggy.compiler.visitor.build({
    labeled(node) {
      if (node.label) labels.add(node.label);
      visit(node.expression);
    },
  });
  visit(ast);
  return labels;
}

/** Whether `node` is a semantic predicate (`&{ … }`, `!{ … }`). */
function isPredicate(node) {
  return node.type === 'semantic_and' || node.type === 'semantic_not';
}

function indent(code) {
  return code.replace(/^/gm, '  ').replace(/ +$/, '');
}

// ---------------------------------------------------------------------------
// The plugin
// ---------------------------------------------------------------------------

/**
 * The peggy plugin. Use: `peggy.generate(source, { plugins: [fastPaths] })`.
 * After a generate, `fastPaths.rewritten` counts the expressions
 * compiled (for tests).
 */
export const fastPaths = {
  rewritten: 0,
  use(config, options) {
    const passes = config.passes.transform;
    // After peggy has merged character classes, before it drops unused rules.
    const at = passes.findIndex((p) => p.name === 'removeUnusedRules');
    passes.splice(at < 0 ? passes.length : at, 0, function compileDiscarded(ast, options) {
      fastPaths.rewritten = 0;
      const compiler = new Compiler(new Map(ast.rules.map((r) => [r.name, clone(r.expression)])), moduleNamesOf(ast), labelsOf(ast));

      // Walks `node`; `discarded` says whether its value can reach an action.
      // With `rewrite`, returns the node to put in its place; without, only
      // marks the rules referenced where their value is used.
      const used = new Set(options.allowedStartRules ?? [ast.rules[0]?.name]);
      // The choices whose alternatives each read within one line
      // (`options.fastPaths.lineRules`, the rules whose body is such a choice).
      const lineRules = new Set(options.fastPaths?.lineRules ?? []);
      const lineChoices = new Set(ast.rules.filter((r) => lineRules.has(r.name) && r.expression.type === 'choice').map((r) => r.expression));
      const visit = (node, discarded, rewrite) => {
        // Not a labeled element itself: its label is visible to the
        // predicates and actions of its sequence (a label inside a compiled
        // part is not, peggy scopes labels to their parentheses).
        if (discarded && rewrite && node.type !== 'labeled' && compiler.canCompile(node)) {
          fastPaths.rewritten++;
          const fn = compiler.functionFor(node);
          const code = `const ${PREFIX}p = ${fn}(input, peg$currPos, ${PREFIX}st); if (${PREFIX}p < 0) return false; peg$currPos = ${PREFIX}p; return true;`;
          return { type: 'semantic_and', code, codeLocation: node.location, location: node.location };
        }
        const go = (child, d) => visit(child, d, rewrite);
        switch (node.type) {
          case 'rule_ref':
            if (!discarded) used.add(node.name);
            return node;
          case 'named':
          case 'group':
          case 'optional':
          case 'zero_or_more':
          case 'one_or_more':
          case 'repeated':
            node.expression = go(node.expression, discarded);
            return node;
          case 'text':
          case 'simple_and':
          case 'simple_not':
            node.expression = go(node.expression, true);
            return node;
          case 'labeled':
            node.expression = go(node.expression, false);
            return node;
          case 'action': {
            const e = node.expression;
            if (e.type === 'sequence') e.elements = e.elements.map((el) => go(el, el.type !== 'labeled'));
            else node.expression = go(e, e.type !== 'labeled');
            return node;
          }
          case 'sequence': {
            const plucks = node.elements.some((el) => el.type === 'labeled' && el.pick);
            node.elements = node.elements.map((el) => go(el, discarded || (plucks && !(el.type === 'labeled' && el.pick))));
            return node;
          }
          case 'choice': {
            // First characters of the alternatives as written (rewriting
            // turns their terminals into predicates, which read as empty).
            const firsts = rewrite && !discarded ? node.alternatives.map((alt) => compiler.firstOf(alt)) : null;
            const prefixes = firsts ? node.alternatives.map((alt) => compiler.prefixRecognizer(alt)) : null;
            const runs = firsts ? node.alternatives.map((alt) => compiler.leadingRun(alt)) : null;
            const needs = firsts && lineChoices.has(node) ? compiler.lineNeeds(node.alternatives.map((alt) => compiler.requiredOf(alt))) : null;
            node.alternatives = node.alternatives.map((alt) => go(alt, discarded));
            if (firsts) node.alternatives = node.alternatives.map((alt, i) => guard(alt, firsts[i], prefixes[i], runs[i], needs?.[i] ?? 0));
            return node;
          }
          default:
            return node;
        }
      };
      // An alternative is tried only if it can start here: a test of the next
      // character against its first characters, then, when it begins with a
      // short run of elements up to its first labeled part and the element
      // after it (`Sp* num:(…) mark:HeadingMark`), a compiled recognizer of
      // that prefix (`@` keeps its value). A line then builds the parts of
      // the constructs it really is, not of every construct it starts like.
      // An alternative that starts with a run (`Sp*`, see leadingRun) is
      // tested on the character after the run instead, which also implies
      // the test on the first character.
      // In a line choice, an alternative is tried only if the line holds a
      // unit of each set it requires (requiredOf), read from the line's mask
      // of required sets, computed once per line.
      const guard = (alt, first, prefix, run, need) => {
        const useful = !first.nullable && first.set !== null && !first.set.every((b) => b === 1);
        if (!useful && prefix === null && run === null && need === 0) return alt;
        fastPaths.rewritten++;
        const needTest = need === 0 ? '' : `if ((${PREFIX}lineMask(input, peg$currPos, ${PREFIX}st) & ${need}) !== ${need}) return false; `;
        const firstTest = run
          ? `let c = input.charCodeAt(peg$currPos); if (${compiler.memberTest(run.run)}) { let q = peg$currPos; do c = input.charCodeAt(++q); while (${compiler.memberTest(run.more)}); } if (!(${compiler.memberTest(run.rest)})) return false; `
          : useful
            ? `const c = input.charCodeAt(peg$currPos); if (!(${compiler.memberTest(first.set)})) return false; `
            : '';
        const code = needTest + firstTest + (prefix ? `return ${prefix}(input, peg$currPos, ${PREFIX}st) >= 0;` : 'return true;');
        const test = { type: 'semantic_and', code, codeLocation: alt.location, location: alt.location };
        return { type: 'sequence', elements: [test, { type: 'labeled', label: null, pick: true, expression: alt, location: alt.location }], location: alt.location };
      };
      // A rule's value is thrown away when every reference to it is in a
      // discarded place (`ColonAhead` in `&ColonAhead`); then its own body is
      // a discarded place too. Grow the set of used rules to a fixpoint.
      for (let size = -1; size !== used.size; ) {
        size = used.size;
        for (const rule of ast.rules) visit(rule.expression, !used.has(rule.name), false);
      }
      for (const rule of ast.rules) rule.expression = visit(rule.expression, !used.has(rule.name), true);

      const append = (key, type, code) => {
        const init = ast[key];
        if (Array.isArray(init)) init[init.length - 1].code += code;
        else if (init) init.code += code;
        else ast[key] = { type, code };
      };
      const banner = '\n// Added by scripts/peggy-fast-paths.mjs.\n';
      append('topLevelInitializer', 'top_level_initializer', `${banner}${compiler.declarations()}\n`);
      append('initializer', 'initializer', `${banner}const ${PREFIX}st = ${PREFIX}state();\n`);
    });
  },
};

export default fastPaths;
