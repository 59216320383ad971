// Compiles grammar/pressdoc.peggy into src/generated/grammar.js (+ .d.ts).
// The output is marked @generated; test/grammar-freshness.test.ts fails
// when it is stale, so the grammar is never edited by hand in its compiled form.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import peggy from 'peggy';
import { fastPaths } from './peggy-fast-paths.mjs';
import { hoistParser } from './peggy-hoist.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const grammarPath = join(root, 'grammar', 'pressdoc.peggy');
const lexiconPath = join(root, 'src', 'lexicon.json');

/** A string's characters escaped for a peggy character class. */
function classChars(chars) {
  return [...chars].map((c) => `\\u${c.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`).join('');
}

/**
 * Words as a peggy choice of literals, longest first: a choice takes its
 * first match, so `Mrs` must be tried before `Mr` and `des` before `de`.
 */
function literals(words) {
  return [...words].sort((a, b) => b.length - a.length).map((w) => JSON.stringify(w)).join(' / ');
}

/**
 * The words as written and in capitals (`Mr` and `MR`, `The` and `THE`), as
 * transcripts in capitals write their labels (`MR. CARNEY:`, `THE
 * PRESIDENT:`).
 */
function withCapitals(words) {
  return [...new Set(words.flatMap((w) => [w, w.toUpperCase()]))];
}

/**
 * The first letters of words, in both cases, inside a character class: the
 * guard that lets a rule which looks a word up in a list be tried only on
 * lines that start like one of its words.
 */
function initials(words) {
  const letters = new Set(words.flatMap((w) => [w.charAt(0).toLowerCase(), w.charAt(0).toUpperCase()]));
  return classChars([...letters].sort().join(''));
}

/**
 * The first two letters of words as a peggy choice, in any case, the
 * lexicon's invisibles allowed between them (`"s"i Inv* "u"i / …`): a
 * guard cheaper than reading the word, which lines that start with another
 * pair of letters skip.
 */
function prefixes(words) {
  const pairs = new Set(words.map((w) => w.slice(0, 2).toLowerCase()));
  return [...pairs].sort().map((p) => `${JSON.stringify(p[0])}i Inv* ${JSON.stringify(p[1])}i`).join(' / ');
}

/**
 * Phrases of ASCII words as a peggy choice, letter by letter in any case,
 * the lexicon's invisibles allowed between letters and spaces of any kind
 * between words (`"e"i Inv* "n"i Sp+ "c"i …`). A letter outside ASCII would
 * read differently in NFD, hence the check.
 */
function phrases(list) {
  return list
    .map((phrase) => {
      if (!/^[a-z]+(?: [a-z]+)*$/.test(phrase)) throw new Error(`lexicon: phrase ${JSON.stringify(phrase)} must be ASCII words in lower case`);
      return `(${phrase.split(' ').map((word) => [...word].map((c) => `"${c}"i`).join(' Inv* ')).join(' Sp+ ')})`;
    })
    .join(' / ');
}

/**
 * Writes src/lexicon.json into the grammar: `__LEXICON__` becomes the
 * word lists as a JavaScript literal (without the `$comment` keys),
 * `__SPACES__`, `__DASHES__` and `__COLONS__` the characters of the
 * space, dash and colon classes inside a character class, `__NAME_PARTICLES__` and
 * `__HONORIFICS__`, `__ARTICLES__` and `__ELIDED_ARTICLES__` choices of literals, `__CHROME_PREFIXES__` a choice of
 * the chrome words' first two letters, `__CHROME_CALL_INITIALS__`,
 * `__BYLINE_INITIALS__` and `__PUBLICATION_INITIALS__` the first letters of the chrome lists' and the publication words,
 * `__CONSENT_PHRASES__`, `__RELATED_PHRASES__`, `__NAME_JOINS__` and `__SOURCE_LEADS__` phrases letter by letter (the last longest first). One list thus serves the grammar and src/lexicon.ts.
 */
export function injectLexicon(source, lexicon = JSON.parse(readFileSync(lexiconPath, 'utf8'))) {
  const words = JSON.stringify(lexicon, (key, value) => (key === '$comment' ? undefined : value));
  return source
    .replaceAll('__LEXICON__', words)
    .replaceAll('__NAME_PARTICLES__', literals(lexicon.nameParticles.words))
    .replaceAll('__ARTICLES__', literals(withCapitals(lexicon.articles.words.filter((w) => !/['’]$/.test(w)))))
    .replaceAll('__ELIDED_ARTICLES__', literals(withCapitals(lexicon.articles.words.filter((w) => /['’]$/.test(w)))))
    .replaceAll('__HONORIFICS__', literals(withCapitals(lexicon.honorifics.dotted)))
    .replaceAll('__CHROME_PREFIXES__', prefixes([...lexicon.chrome.follow, ...lexicon.chrome.share, ...lexicon.chrome.consentPhrases, ...lexicon.chrome.relatedPhrases, ...lexicon.chrome.byline]))
    .replaceAll('__CHROME_CALL_INITIALS__', initials([...lexicon.chrome.follow, ...lexicon.chrome.share]))
    .replaceAll('__CONSENT_PHRASES__', phrases(lexicon.chrome.consentPhrases))
    .replaceAll('__RELATED_PHRASES__', phrases(lexicon.chrome.relatedPhrases))
    .replaceAll('__BYLINE_INITIALS__', initials(lexicon.chrome.byline))
    .replaceAll('__PUBLICATION_INITIALS__', initials(lexicon.publicationWords.words))
    .replaceAll('__NAME_JOINS__', phrases(lexicon.nameJoins.words))
    .replaceAll('__SOURCE_LEADS__', phrases([...lexicon.sourceLeads.phrases].sort((a, b) => b.length - a.length)))

    .replaceAll('__SPACES__', classChars(lexicon.spaces.chars))
    .replaceAll('__DASHES__', classChars(lexicon.dashes.chars))
    .replaceAll('__COLONS__', classChars(lexicon.colons.chars))
    .replaceAll('__INVISIBLES__', classChars(lexicon.invisibles.chars));
}
const outDir = join(root, 'src', 'generated');

/**
 * Compiles the grammar text into ES module source, with the code-generation
 * plugin peggy-fast-paths (what the grammar throws away is compiled into
 * plain JavaScript, and alternatives are tried only where they can match),
 * then peggy-hoist (the rules are built once per module, not once per
 * parse; exports `releaseLastParse`). `fast: false` leaves out the first,
 * giving the parser peggy alone would generate, and `hoist: false` the
 * second, so that tests compare the shipped parser with peggy's own output.
 * `cache: true` turns on peggy's memoization (results per rule and
 * position); the shipped parser goes without it, and `npm run bench` shows
 * what it would cost.
 */
export function compileGrammar(source = readFileSync(grammarPath, 'utf8'), { fast = true, hoist = true, cache = false } = {}) {
  const code = peggy.generate(injectLexicon(source), {
    output: 'source',
    format: 'es',
    grammarSource: 'grammar/pressdoc.peggy',
    cache,
    plugins: fast ? [fastPaths] : [],
    // Every alternative of `Line` reads within its line (the grammar's
    // convention), so it is tried only on lines that hold what it must read.
    fastPaths: { lineRules: ['Line'] },
  });
  return `// @generated by scripts/build-grammar.mjs from grammar/pressdoc.peggy — do not edit.\n// @ts-nocheck\n/* eslint-disable */\n${hoist ? hoistParser(code) : code}`;
}

const structurePath = join(root, 'grammar', 'structure.peggy');

/**
 * Compiles grammar/structure.peggy, the grammar of a dossier's nesting over
 * one character per line, into ES module source, with the same plugins as
 * the line grammar (`fast: false` leaves out peggy-fast-paths, `hoist:
 * false` peggy-hoist).
 */
export function compileStructure(source = readFileSync(structurePath, 'utf8'), { fast = true, hoist = true } = {}) {
  const code = peggy.generate(source, {
    output: 'source',
    format: 'es',
    grammarSource: 'grammar/structure.peggy',
    plugins: fast ? [fastPaths] : [],
  });
  return `// @generated by scripts/build-grammar.mjs from grammar/structure.peggy — do not edit.\n// @ts-nocheck\n/* eslint-disable */\n${hoist ? hoistParser(code) : code}`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'grammar.js'), compileGrammar());
  writeFileSync(join(outDir, 'structure.js'), compileStructure());
  console.log('grammar: wrote src/generated/grammar.js and src/generated/structure.js');
}
