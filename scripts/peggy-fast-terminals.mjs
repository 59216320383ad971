// A peggy plugin that compiles what the grammar throws away into plain
// char-code tests.
//
// Why: peggy matches a character class by taking `input.charAt(pos)` and
// calling a one-character regex on it; a `[^\r\n]*` run does that for every
// character and pushes each one onto an array; a literal is compared through
// `input.substr(pos, n)` (and `.toLowerCase()` with `i`), which allocates; a
// sequence builds an array of its elements and `$(…)` a substring, even
// inside a lookahead; and every failed terminal records an expectation for
// error messages. In this grammar most of that is thrown away: `Sp*`,
// `NotEol`, `&Digit`, `"Photo"i` and whole sub-rules in lookaheads only move
// the position. The gains are measured in the log in scripts/bench.mjs.
//
// Where a value is thrown away: inside `$(…)`, `&(…)` or `!(…)`; an
// unlabeled element of a sequence that has an action or a plucked (`@`)
// element; the body of a rule whose every reference is in such a place
// (computed to a fixpoint). Labeled values and used rule results are left
// to peggy. There, the plugin rewrites:
// - a character class (inline, or a rule whose whole body is one: `Sp`,
//   `Digit`, `Upper`), a one-character literal, or a "class minus classes"
//   sequence `(!Sp !Dash NotEolChar)`, matched once or as a `*` / `+` run,
//   and a rule whose whole body is such a run (`NotEol`, `Digits`);
// - a literal, with or without `i`;
// - `$(…)` into its expression (the substring is not needed);
// - a sequence without plucks into the same sequence with an empty action
//   (peggy then builds no array for it).
//
// Terminals become semantic predicates (`&{ … }`) whose code advances
// `peg$currPos` over what the terminal would have matched and fails where
// it would have failed. Character sets are computed here, at build time, by
// running the very regex peggy would generate (or `toLowerCase()`, for `i`
// literals) over all 65,536 UTF-16 code units, so they agree with peggy by
// construction. A run of a class that excludes only a few characters
// (`[^\r\n]*`) ends at the nearest of them, found with `indexOf` and
// remembered for the rest of the parse. A class with the `u` flag is read by
// code point as peggy does: ASCII by table, anything else by peggy's regex.
//
// Positions, `text()`, `range()` and every action value stay what they
// were. The one difference: rewritten terminals record no failure
// expectation, which only feeds the message of a parse error (this grammar
// accepts every string, so it never throws one). test/grammar-plugin.test.ts
// compiles the grammar with and without the plugin and checks that both
// parsers return the same value on the samples and on generated inputs.

const PREFIX = 'fast$';

// ---------------------------------------------------------------------------
// Sets of UTF-16 code units
// ---------------------------------------------------------------------------

const UNITS = 0x10000;

/** peggy's class node as regex source (without anchors), as peggy writes it. */
function classSource(cls) {
  const escape = (s) =>
    s.replace(/[\\/\]^\-]/g, (c) => `\\${c}`).replace(/[\u0000-\u001f\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const parts = cls.parts.map((part) =>
    Array.isArray(part) ? `${escape(part[0])}-${escape(part[1])}` : typeof part === 'string' ? escape(part) : `\\${part.value}`,
  );
  return `[${cls.inverted ? '^' : ''}${parts.join('')}]`;
}

/** The regex peggy tests one character of `cls` with. */
function classRegex(cls) {
  return `/^${classSource(cls)}/${cls.ignoreCase ? 'i' : ''}${cls.unicode ? 'u' : ''}`;
}

/** The code units a one-unit matcher accepts, as a byte per unit. */
function unitSet(accepts) {
  const set = new Uint8Array(UNITS);
  for (let u = 0; u < UNITS; u++) if (accepts(String.fromCharCode(u))) set[u] = 1;
  return set;
}

/** The set as sorted inclusive ranges `[from, to]`. */
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

/** A JS condition on the char code `c` that holds exactly on `ranges`; false on NaN (end of input). */
function rangeTest(ranges) {
  if (ranges.length === 0) return 'false';
  return ranges
    .map(([a, b]) => (a === b ? `c === ${a}` : a === 0 ? `c <= ${b}` : b === UNITS - 1 ? `c >= ${a}` : `(c >= ${a} && c <= ${b})`))
    .join(' || ');
}

// More ranges than this and a test becomes a table for ASCII and a regex beyond.
const MAX_RANGES = 8;
// A run of a class that excludes at most this many code units ends at the
// nearest of them, found with `indexOf`.
const MAX_STOPS = 6;

// ---------------------------------------------------------------------------
// The plugin
// ---------------------------------------------------------------------------

/**
 * The peggy plugin. Use: `peggy.generate(source, { plugins: [fastTerminals] })`.
 * After a generate, `fastTerminals.rewritten` counts the nodes rewritten
 * (for tests).
 */
export const fastTerminals = {
  rewritten: 0,
  use(config) {
    const passes = config.passes.transform;
    // After peggy has merged character classes, before it drops unused rules.
    const at = passes.findIndex((p) => p.name === 'removeUnusedRules');
    passes.splice(at < 0 ? passes.length : at, 0, function compileFastTerminals(ast, options) {
      fastTerminals.rewritten = 0;
      const rules = new Map(ast.rules.map((r) => [r.name, r]));
      const moduleDecls = new Map(); // source → name
      const parseDecls = new Map(); // name → source, run once per parse
      const declare = (source) => {
        if (!moduleDecls.has(source)) moduleDecls.set(source, `${PREFIX}${moduleDecls.size}`);
        return moduleDecls.get(source);
      };
      const deref = (node) => (node.type === 'rule_ref' ? rules.get(node.name)?.expression : node.type === 'group' ? node.expression : node);

      // -- One character -------------------------------------------------------

      // What one character of `node` is, when it is one: `{ set }` for code
      // units (optionally with the regex peggy uses), `{ unicode }` for a
      // class peggy reads by code point.
      const charOf = (node) => {
        const t = deref(node);
        if (!t) return null;
        if (t.type === 'class') {
          const regex = classRegex(t);
          const re = new RegExp(regex.slice(1, regex.lastIndexOf('/')), regex.slice(regex.lastIndexOf('/') + 1));
          if (t.unicode) return { unicode: t, regex, ascii: toRanges(unitSet((s) => re.test(s)), 0, 127) };
          return { set: unitSet((s) => re.test(s)) };
        }
        if (t.type === 'literal' && t.value.length === 1) {
          const v = t.ignoreCase ? t.value.toLowerCase() : t.value;
          return { set: unitSet((s) => (t.ignoreCase ? s.toLowerCase() : s) === v) };
        }
        // `(!A !B C)`: a character of C that is neither A nor B.
        if (t.type === 'sequence' && t.elements.length >= 2) {
          const last = charOf(t.elements[t.elements.length - 1]);
          if (!last?.set) return null;
          const set = last.set.slice();
          for (const el of t.elements.slice(0, -1)) {
            const not = el.type === 'simple_not' ? charOf(el.expression) : null;
            if (!not?.set) return null;
            for (let u = 0; u < UNITS; u++) if (not.set[u]) set[u] = 0;
          }
          return { set };
        }
        return null;
      };

      // Code that sets `ok` and `n` (units matched) for the character at `p`
      // whose code is `c`.
      const step = (ch) => {
        if (ch.unicode) {
          return `if (c < 128) { ok = ${rangeTest(ch.ascii)}; n = 1; } else if (c === c) { const s = String.fromCodePoint(input.codePointAt(p)); ok = ${declare(ch.regex)}.test(s); n = s.length; } else { ok = false; }`;
        }
        const accepted = toRanges(ch.set);
        if (accepted.length <= MAX_RANGES) return `ok = ${rangeTest(accepted)}; n = 1;`;
        const excluded = toRanges(ch.set.map((b) => 1 - b));
        if (excluded.length <= MAX_RANGES) return `ok = c < ${UNITS} && !(${rangeTest(excluded)}); n = 1;`;
        const ranges = accepted.map(([a, b]) => (a === b ? `\\u${hex(a)}` : `\\u${hex(a)}-\\u${hex(b)}`)).join('');
        return `ok = c < 128 ? ${rangeTest(toRanges(ch.set, 0, 127))} : ${declare(`/^[${ranges}]/`)}.test(input.charAt(p)); n = 1;`;
      };
      const hex = (u) => u.toString(16).padStart(4, '0');

      const once = (ch) =>
        `const p = peg$currPos; const c = input.charCodeAt(p); let ok, n; ${step(ch)} if (!ok) return false; peg$currPos = p + n; return true;`;

      // The nearest `u` at or after `p` (or the end of input), remembered per
      // parse as "none in [From, At), and one at At": any `p` in that span
      // has the same answer. Moving back (backtracking) searches only the
      // stretch before From; moving past At searches on from `p`. So each
      // character is searched about once, even for a `u` the text lacks.
      const nextOf = (u) => {
        const name = `${PREFIX}next${u}`;
        const ch = JSON.stringify(String.fromCharCode(u));
        parseDecls.set(
          name,
          `let ${name}From = -1, ${name}At = -1;\n` +
            `function ${name}(p) {\n` +
            `  if (p >= ${name}From && p <= ${name}At) return ${name}At;\n` +
            `  if (p < ${name}From) { const j = input.slice(p, ${name}From).indexOf(${ch}); if (j >= 0) ${name}At = p + j; }\n` +
            `  else { const i = input.indexOf(${ch}, p); ${name}At = i < 0 ? input.length : i; }\n` +
            `  ${name}From = p;\n` +
            `  return ${name}At;\n}`,
        );
        return name;
      };
      const run = (ch, min) => {
        const check = min === 1 ? 'if (p === peg$currPos) return false; ' : '';
        if (ch.set) {
          const stops = [];
          for (let u = 0; u < UNITS && stops.length <= MAX_STOPS; u++) if (!ch.set[u]) stops.push(u);
          if (stops.length > 0 && stops.length <= MAX_STOPS) {
            const ends = stops.map((u) => `${nextOf(u)}(peg$currPos)`);
            return `const p = ${ends.length === 1 ? ends[0] : `Math.min(${ends.join(', ')})`}; ${check}peg$currPos = p; return true;`;
          }
        }
        return `let p = peg$currPos; for (;;) { const c = input.charCodeAt(p); let ok, n; ${step(ch)} if (!ok) break; p += n; } ${check}peg$currPos = p; return true;`;
      };

      const literal = (lit) => {
        if (!lit.ignoreCase) {
          const v = lit.value;
          if (v.length === 0) return 'return true;';
          if (v.length === 1) return `if (input.charCodeAt(peg$currPos) !== ${v.charCodeAt(0)}) return false; peg$currPos++; return true;`;
          return `if (!input.startsWith(${JSON.stringify(v)}, peg$currPos)) return false; peg$currPos += ${v.length}; return true;`;
        }
        // peggy compares `input.substr(pos, n).toLowerCase()` with the
        // lower-cased literal. Per character that is the set of code units
        // whose lower case is that character; only final sigma lower-cases
        // by context, so a literal with a sigma is left to peggy.
        const v = lit.value.toLowerCase();
        if (/[σς]/.test(v) || v.length !== lit.value.length) return null;
        const tests = [...v].map((ch, i) => `((c = input.charCodeAt(p + ${i})), ${rangeTest(toRanges(unitSet((s) => s.toLowerCase() === ch)))})`);
        return `const p = peg$currPos; let c; if (!(${tests.join(' && ')})) return false; peg$currPos = p + ${v.length}; return true;`;
      };

      // The predicate code of a terminal in a discarded place, or null.
      const terminal = (node) => {
        const t = deref(node);
        if (!t) return null;
        if (t.type === 'literal') return literal(t);
        if (t.type === 'zero_or_more' || t.type === 'one_or_more') {
          const ch = charOf(t.expression);
          return ch ? run(ch, t.type === 'one_or_more' ? 1 : 0) : null;
        }
        const ch = charOf(node);
        return ch ? once(ch) : null;
      };

      // -- Where values are thrown away ---------------------------------------

      // Walks `node`; `discarded` says whether its value can reach an action.
      // With `rewrite`, returns the node to put in its place; without, only
      // marks the rules referenced where their value is used.
      const used = new Set(options.allowedStartRules ?? [ast.rules[0]?.name]);
      const visit = (node, discarded, rewrite) => {
        if (discarded && rewrite) {
          const code = terminal(node);
          if (code !== null) {
            fastTerminals.rewritten++;
            return { type: 'semantic_and', code, codeLocation: node.location, location: node.location };
          }
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
            node.expression = go(node.expression, true);
            if (discarded && rewrite) {
              fastTerminals.rewritten++;
              return node.expression;
            }
            return node;
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
            if (discarded && rewrite && !plucks) {
              fastTerminals.rewritten++;
              return { type: 'action', expression: node, code: '', codeLocation: node.location, location: node.location };
            }
            return node;
          }
          case 'choice':
            node.alternatives = node.alternatives.map((alt) => go(alt, discarded));
            return node;
          default:
            return node;
        }
      };
      // A rule's value is thrown away when every reference to it is in a
      // discarded place (`ColonAhead` in `&ColonAhead`); then its own body is
      // a discarded place too. Grow the set of used rules to a fixpoint.
      for (let size = -1; size !== used.size; ) {
        size = used.size;
        for (const rule of ast.rules) visit(rule.expression, !used.has(rule.name), false);
      }
      for (const rule of ast.rules) rule.expression = visit(rule.expression, !used.has(rule.name), true);

      // -- Declarations ----------------------------------------------------------

      const append = (holder, key, type, code) => {
        const init = holder[key];
        if (Array.isArray(init)) init[init.length - 1].code += code;
        else if (init) init.code += code;
        else holder[key] = { type, code };
      };
      const banner = '\n// Added by scripts/peggy-fast-terminals.mjs.\n';
      if (parseDecls.size > 0) append(ast, 'initializer', 'initializer', `${banner}${[...parseDecls.values()].join('\n')}\n`);
      if (moduleDecls.size > 0) {
        append(ast, 'topLevelInitializer', 'top_level_initializer', `${banner}${[...moduleDecls].map(([re, name]) => `const ${name} = ${re};`).join('\n')}\n`);
      }
    });
  },
};

export default fastTerminals;
