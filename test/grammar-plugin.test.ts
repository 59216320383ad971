// The code-generation steps of scripts/build-grammar.mjs must not change
// what the grammar returns. The grammar is compiled twice — as shipped
// (src/generated/grammar.js, with peggy-fast-paths and peggy-hoist)
// and as peggy alone would compile it — and both parsers are compared on
// the samples, on each of their lines, and on random construct-shaped
// documents. Speed is measured by `npm run bench`, not here.
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import peggy from 'peggy';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compileGrammar, compileStructure } from '../scripts/build-grammar.mjs';
import { fastPaths } from '../scripts/peggy-fast-paths.mjs';
import { hoistParser } from '../scripts/peggy-hoist.mjs';
import * as shipped from '../src/generated/grammar.js';
import type { StructureQueries } from '../src/generated/structure.js';
import { SAMPLES, fixture } from './helpers.js';
import { randomDocument, seededRandom } from './support/random-lines.js';

type Parser = { parse(input: string): unknown };

let dir = '';
let plain: Parser;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pressdoc-grammar-'));
  const file = join(dir, 'plain.mjs');
  writeFileSync(file, compileGrammar(undefined, { fast: false, hoist: false }));
  plain = (await import(pathToFileURL(file).href)) as Parser;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Both parsers' results, as JSON (results are plain data). */
const both = (text: string): [string, string] => [JSON.stringify(plain.parse(text)), JSON.stringify(shipped.parse(text))];

describe('peggy-fast-paths', () => {
  it('rewrites the grammar (the shipped parser is not peggy’s plain output)', () => {
    compileGrammar();
    expect(fastPaths.rewritten).toBeGreaterThan(50);
    expect(compileGrammar()).not.toBe(compileGrammar(undefined, { fast: false }));
  });

  it.each(SAMPLES)('returns what plain peggy returns on %s, whole and line by line', (name) => {
    const text = fixture(name);
    const [expected, actual] = both(text);
    expect(actual).toBe(expected);
    for (const line of text.split('\n')) {
      const [e, a] = both(line);
      expect(a, line).toBe(e);
    }
    const crlf = both(text.replace(/\n/g, '\r\n'));
    expect(crlf[1]).toBe(crlf[0]);
  });

  it('returns what plain peggy returns on every corpus page, whole and line by line', () => {
    const dir = fileURLToPath(new URL('../fixtures/corpus/', import.meta.url));
    const pages = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(pages.length).toBeGreaterThan(20);
    for (const page of pages) {
      const text = readFileSync(join(dir, page), 'utf8');
      const [expected, actual] = both(text);
      expect(actual, page).toBe(expected);
      for (const line of text.split(/\r\n|\r|\n/)) {
        const [e, a] = both(line);
        expect(a, `${page}: ${line}`).toBe(e);
      }
    }
  });

  it.each(SAMPLES)('returns what plain peggy returns on %s with every line indented (guards that look past a leading run of spaces)', (name) => {
    const lines = fixture(name).split('\n');
    for (const indent of [' ', '  ', '\t', '\u00A0 ', ' \u2009', ' \u200B', ' \u00AD\u200B ']) {
      const [expected, actual] = both(lines.map((line) => indent + line).join('\n'));
      expect(actual, JSON.stringify(indent)).toBe(expected);
    }
    // Only spaces: a line that is all run, then the end of the text.
    for (const text of ['  ', '  \n', '\u00A0', ' \r\n ']) {
      const [expected, actual] = both(text);
      expect(actual, JSON.stringify(text)).toBe(expected);
    }
  });

  it('returns what plain peggy returns on 3,000 random construct-shaped documents', () => {
    const rand = seededRandom(20240524);
    for (let i = 0; i < 3000; i++) {
      const text = randomDocument(rand, 1 + Math.floor(rand() * 8));
      const [expected, actual] = both(text);
      if (actual !== expected) expect({ text, actual }).toEqual({ text, actual: expected });
    }
  });
});

describe('peggy-fast-paths on small grammars (every string of a small alphabet)', () => {
  /** Every string over `alphabet` of length 0 to `max`. */
  const strings = (alphabet: string, max: number): string[] => {
    let level = [''];
    const out = [''];
    for (let n = 1; n <= max; n++) {
      level = level.flatMap((s) => [...alphabet].map((c) => s + c));
      out.push(...level);
    }
    return out;
  };
  /** The grammar's result or error message on each input, with and without the plugin, as JSON. */
  const compare = (source: string, inputs: string[], options: Record<string, unknown> = {}): void => {
    const plainParser = peggy.generate(source);
    const fastParser = peggy.generate(source, { plugins: [fastPaths], ...options });
    expect(fastPaths.rewritten).toBeGreaterThan(0);
    const run = (parser: peggy.Parser, input: string): string => {
      try {
        return JSON.stringify(parser.parse(input));
      } catch {
        // That a parse fails must agree; its message and offset come from the
        // failure expectations, which compiled parts do not record (see the plugin).
        return 'a syntax error';
      }
    };
    for (const input of inputs) expect(run(fastParser, input), JSON.stringify(input)).toBe(run(plainParser, input));
  };

  it('compiles bounded repetitions (`e|n..m|`, `e|n|`, `e|..m|`, `e|n..|`) as peggy reads them', () => {
    const source = `
      Start = Item*
      Item = Three { return ['three', text()]; } / Run { return ['run', text()]; } / Upto { return ['upto', text()]; }
        / AtLeast { return ['atLeast', text()]; } / Any { return ['any', text()]; }
      Three = $("a"|3|) &"b"
      Run = $(Digit|1..3| !Digit "a")
      Upto = $("b"|..2| "c")
      AtLeast = $("c"|2..| "a")
      Digit = [0-9]
      Any = .
    `;
    compare(source, strings('ab1c', 6));
  });

  it('reads classes of many ranges by table below U+3000 and by their regex above it, by code point with `u`', () => {
    // `é`, `Ж` and `·` lie in the tables; `中`, `𝐀` (a letter outside the
    // BMP) and a lone surrogate are read by the regex, made on first use.
    const source = `
      Start = Item*
      Item = w:$Letters { return ['letters', w]; } / m:$Many { return ['many', m]; } / o:. { return ['other', o]; }
      Letters = [\\p{L}\\p{M}]+
      Many = [a-bd-ef-gi-jl-mo-pr-su-vx-y\u00b7\u00e0-\u00e1\u00e8-\u00e9\u4e00-\u4e01\u4e2d]+
    `;
    compare(source, strings('aé1Ж·中𝐀\ud835', 4));
  });

  it('guards a choice by prefixes that hold labels, in a grammar with semantic predicates', () => {
    // The guards hold labels (`k:`, `w:`) and drop them, since the
    // alternative then runs as written; `Word`'s predicate reads its label.
    const source = `
      Start = (Line "\\n")* Line
      Line = Pair / Word / Rest
      Pair = Sp* k:$([a-c]|1..2|) Sp* "=" Sp* v:$[a-c]* { return { k, v }; }
      Word = w:$[a-c]+ &{ return w !== "cab"; } { return { w }; }
      Rest = r:$[^\\n]* { return { r }; }
      Sp = " "
    `;
    compare(source, strings('ab= \n', 6));
  });

  it('guards an alternative by its start only, not by an unbounded repetition of a rule after it (the block is read once)', () => {
    const source = `
      Start = (Block "\\n")* Block
      Block = Turn / Rest
      Turn = "V" items:Item* { return { turn: items }; }
      Item = $([a-c]+ " "?)
      Rest = r:$[^\\n]* { return { r }; }
    `;
    compare(source, strings('Vab \n', 6));
    // The guard of `Turn` tests its first character, and the recognizer it
    // calls has no loop: peggy reads the items once, in the rule itself.
    const code = peggy.generate(source, { plugins: [fastPaths], output: 'source' });
    const guard = code.split('\n').find((line) => /function peg\$f\d+\(\) \{/.test(line) && line.includes('c === 86'));
    const called = /return (fast\$m\d+)\(/.exec(guard ?? '')?.[1];
    const body = called === undefined ? '' : code.slice(code.indexOf(`function ${called}(`), code.indexOf('\n}', code.indexOf(`function ${called}(`)));
    expect(body).toMatch(/^function fast\$m\d+\(/);
    expect(body).not.toMatch(/for \(|fast\$rule\$Item/);
  });

  it('compiles a predicate on text labels inside a lookahead, and leaves to peggy one that reads the parse or a built value', () => {
    // `Month` reads the text of `w` and a module-level set: compiled, in
    // `Title`'s lookahead too. `Near` reads `offset()`, `Built` a label
    // holding an object, `Outer` a label of an enclosing sequence: peggy's.
    const source = `
      {{ const MONTHS = new Set(["mai", "juin"]); }}
      Start = (Line "\\n")* Line
      Line = Dated / Near / Built / Outer / Rest
      Dated = t:$Title " " m:Month { return { t, m }; }
      Title = ([a-z]+ / !(" " Month !.) " ")+
      Month = w:$[a-z]+ &{ return MONTHS.has(w); } !(" " / [a-z])
      Near = w:$[a-z]+ &{ return offset() > 1 && w === "ab"; } { return { near: w }; }
      Built = &(b:Box &{ return b.v === "x"; }) r:$[^\\n]+ { return { built: r }; }
      Box = v:$[a-z] { return { v }; }
      Outer = o:$[a-z] &(" " &{ return o === "a"; }) r:$[^\\n]* { return { outer: r }; }
      Rest = r:$[^\\n]* { return { r }; }
    `;
    compare(source, [...strings('ab \n', 5), 'ab mai', 'a b juin', 'a mai b mai', 'mai', 'x mai\nab juin', 'a b', 'xmai']);
    const code = peggy.generate(source, { plugins: [fastPaths], output: 'source' });
    expect(code).toMatch(/^\/\/ Month\nfunction fast\$rule\$Month/m);
    expect(code).toMatch(/^\/\/ Title\nfunction fast\$rule\$Title/m);
    expect(code).toMatch(/^function fast\$m\d+\(w\) \{\n\s*return MONTHS\.has\(w\);/m);
    for (const rule of ['Near', 'Box', 'Built', 'Outer']) expect(code).not.toMatch(new RegExp(`^// ${rule}\\n`, 'm'));
  });

  it('guards an alternative that opens with a lookahead by what both the lookahead and the rest can start with', () => {
    // `&"ab" Word` starts with `a` only (not any letter of Word); `&"b"*`
    // and `&"a"?` are nullable and restrict nothing; after `Sp*` the
    // lookahead's unit stands after the run; `&(…) Sp*` has a nullable rest.
    const source = `
      Start = (Line "\\n")* Line
      Line = Ab / Indented / Loose / Maybe / Rest
      Ab = &"ab" w:Word &{ return w.length > 2; } { return { ab: w }; }
      Indented = Sp* &("b" / "c") w:Word { return { indented: w }; }
      Loose = &"b"* w:Word "=" { return { loose: w }; }
      Maybe = &("c" Sp) Sp* w:$Sp* { return { maybe: w }; }
      Rest = r:$[^\\n]* { return { r }; }
      Word = $[a-c]+
      Sp = " "
    `;
    compare(source, strings('abc= \n', 6));
  });

  it('tries an alternative of a line rule only on lines that hold a unit of each set it must read', () => {
    // `Pair` must read a colon (and letters, too common to be worth a
    // test); `Dated` a digit; `Signed` a `+` or a `-` (one of its
    // alternatives); `Quote` both guillemets; `Rest` nothing.
    const source = `
      Start = (Line "\\n")* Line
      Line = Pair / Dated / Signed / Quote / Rest
      Pair = k:$[ab]+ Sp* ":" Sp* v:$[ab]* { return { k, v }; }
      Dated = d:$[0-9]+ Sp+ w:$([ab]+ / "x"i) { return { d, w }; }
      Signed = s:$("+" / "-") n:$[0-9]* { return { s, n }; }
      Quote = "«" q:$[^»\\n]* "»" { return { q }; }
      Rest = r:$[^\\n]* { return { r }; }
      Sp = " "
    `;
    const options = { fastPaths: { lineRules: ['Line'] } };
    compare(source, strings('a1: «»\nX-', 5), options);
    const code = peggy.generate(source, { plugins: [fastPaths], output: 'source', ...options });
    expect(code).toMatch(/^function fast\$lineMask\(input, p, st\) \{/m);
    // Four alternatives tested by their bits: the colon, the digits, the
    // signs, the two guillemets.
    expect(code.match(/fast\$lineMask\(input, peg\$currPos, fast\$st\) & (\d+)\) !== \1/g)).toHaveLength(4);
    // Without the option no line is scanned.
    expect(peggy.generate(source, { plugins: [fastPaths], output: 'source' })).not.toMatch(/fast\$lineMask/);
  });

  it('does not try such an alternative on a line without what it must read, and tries it on a line with it', () => {
    // `Pair` records where it is tried (a predicate reading `options` stays
    // peggy's and runs wherever the alternative is tried).
    const source = `
      Start = (Line "\\n")* Line
      Line = Pair / Rest
      Pair = &{ options.tried.push(offset()); return true; } k:$[ab]+ ":" v:$[ab]* { return { k, v }; }
      Rest = r:$[^\\n]* { return { r }; }
    `;
    const tried = (fast: boolean, input: string): number[] => {
      const options = fast ? { plugins: [fastPaths], fastPaths: { lineRules: ['Line'] } } : {};
      const at: number[] = [];
      peggy.generate(source, options).parse(input, { tried: at } as peggy.ParserOptions);
      return at;
    };
    // Plain peggy tries it on every line (the last twice: once in the
    // repetition, whose line break then fails, once as the last line).
    expect(tried(false, 'ab\nab:a\nba')).toEqual([0, 3, 8, 8]);
    expect(tried(true, 'ab\nab:a\nba')).toEqual([3]);
  });
});

describe('peggy-hoist', () => {
  it('builds the rules once per module: peg$parse declares no rule, and the module exports releaseLastParse', () => {
    const source = shipped.parse.toString();
    expect(source).toMatch(/^function peg\$parse\(peg\$input, peg\$options\)/);
    expect(source).not.toMatch(/function peg\$parse[A-Z]/);
    expect(source).not.toMatch(/function peg\$f\d/);
    expect(compileGrammar()).toMatch(/^export function releaseLastParse\(\)/m);
    expect(compileGrammar(undefined, { hoist: false })).not.toMatch(/releaseLastParse/);
  });

  it('keeps no state from one parse to the next: interleaved parses and a release give each text its own result', () => {
    const texts = SAMPLES.map(fixture);
    const alone = texts.map((text) => both(text)[0]);
    for (let round = 0; round < 2; round++) {
      texts.forEach((text, i) => expect(JSON.stringify(shipped.parse(text))).toBe(alone[i]));
      shipped.releaseLastParse();
      shipped.releaseLastParse();
    }
    // A parse that stopped on an error (an unknown start rule) leaves nothing behind either.
    expect(() => shipped.parse(texts[0] ?? '', { startRule: 'Nope' })).toThrow(/Can't start parsing from rule "Nope"/);
    expect(JSON.stringify(shipped.parse(texts[1] ?? ''))).toBe(alone[1]);
  });

  it('refuses code that is not shaped as peggy 5 generates it, instead of half rewriting it', () => {
    expect(() => hoistParser('export function parse(input) { return input; }')).toThrow(/no function peg\$parse/);
    expect(() => hoistParser('function peg$parse(text, options) {}')).toThrow(/peg\$parse\(input, options\) expected/);
    expect(() => hoistParser('function peg$parse(input, options) { let peg$result; return peg$result; }')).toThrow(/no `peg\$result = peg\$startRuleFunction\(\)`/);
  });
});

describe('peggy-fast-paths on the structure grammar', () => {
  it('returns what plain peggy returns on every token string of up to 4 lines, and on random ones', async () => {
    const dir2 = mkdtempSync(join(tmpdir(), 'pressdoc-structure-'));
    try {
      const plainFile = join(dir2, 'plain.mjs');
      const fastFile = join(dir2, 'fast.mjs');
      writeFileSync(plainFile, compileStructure(undefined, { fast: false, hoist: false }));
      writeFileSync(fastFile, compileStructure());
      const plainStructure = (await import(pathToFileURL(plainFile).href)) as { parse(input: string, options: object): unknown };
      const fastStructure = (await import(pathToFileURL(fastFile).href)) as { parse(input: string, options: object): unknown };
      // Queries that depend on the line, so that both branches of each are taken.
      const queries = { rises: (i: number) => i % 3 !== 2, repeatsFirst: (i: number) => i % 2 === 0, bareDateline: (i: number) => i % 2 === 1, placeBelow: (i: number) => i % 4 !== 1, untimed: (i: number) => i % 3 === 0, wrapped: (i: number) => i % 5 === 2, captionUnder: (i: number) => i % 3 === 1 } satisfies StructureQueries;
      const alphabet = 'HNSBEDTCPLXIKVmpgot_';
      const check = (tokens: string): void => {
        const a = JSON.stringify(plainStructure.parse(tokens, queries));
        const b = JSON.stringify(fastStructure.parse(tokens, queries));
        if (a !== b) expect({ tokens, b }).toEqual({ tokens, b: a });
      };
      let level = [''];
      for (let n = 1; n <= 4; n++) {
        level = level.flatMap((s) => [...alphabet].map((c) => s + c));
        for (const tokens of level) check(tokens);
      }
      const rand = seededRandom(20210909);
      for (let i = 0; i < 20000; i++) {
        let tokens = '';
        const length = 1 + Math.floor(rand() * 40);
        for (let j = 0; j < length; j++) tokens += alphabet[Math.floor(rand() * alphabet.length)];
        check(tokens);
      }
    } finally {
      rmSync(dir2, { recursive: true, force: true });
    }
  });
});
