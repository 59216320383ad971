// Writes mutated copies of the three samples (fixtures/) to a folder, for
// `pressdoc validate` batch tests and `npm run bench:validate`.
//
//   node scripts/make-corpus.mjs [--count 2000] [--seed 1] [--out DIR]
//
// Prints the folder (a new temporary one unless --out is given). The same
// seed always gives the same files. Each copy gets one to four of: lines
// dropped, lines swapped, a line repeated, and, for some, a cut at a random
// character (truncation); a few also get CRLF line endings, a BOM, or a line
// of mojibake. Every file is valid UTF-8.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const SAMPLES = ['dossier-6125-minsk-2024.txt', 'dossier-kremlin-2025-03.txt', 'article-rt-france-union.txt'];

/** mulberry32: a small seeded PRNG giving floats in [0, 1). */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** UTF-8 bytes read as Windows-1252 / Latin-1: `é` becomes `Ã©`. */
function mojibake(text) {
  const high = { 0x80: '\u20AC', 0x82: '\u201A', 0x83: '\u0192', 0x84: '\u201E', 0x85: '\u2026', 0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02C6', 0x89: '\u2030', 0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8e: '\u017D', 0x91: '\u2018', 0x92: '\u2019', 0x93: '\u201C', 0x94: '\u201D', 0x95: '\u2022', 0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02DC', 0x99: '\u2122', 0x9a: '\u0161', 0x9b: '\u203A', 0x9c: '\u0153', 0x9e: '\u017E', 0x9f: '\u0178' };
  return [...Buffer.from(text, 'utf8')].map((b) => high[b] ?? String.fromCharCode(b)).join('');
}

/** One mutated copy of `text`, and the names of the mutations applied. */
export function mutate(text, random) {
  const int = (n) => Math.floor(random() * n);
  let lines = text.split('\n');
  const applied = [];
  const count = 1 + int(4);
  for (let k = 0; k < count && lines.length > 2; k++) {
    const at = int(lines.length);
    switch (int(3)) {
      case 0: {
        const n = 1 + int(3);
        lines.splice(at, n);
        applied.push(`drop${n}`);
        break;
      }
      case 1: {
        const other = random() < 0.5 ? Math.min(lines.length - 1, at + 1) : int(lines.length);
        [lines[at], lines[other]] = [lines[other], lines[at]];
        applied.push('swap');
        break;
      }
      default:
        lines.splice(at, 0, lines[at]);
        applied.push('repeat');
    }
  }
  if (random() < 0.05) {
    const at = int(lines.length);
    lines[at] = mojibake(lines[at]);
    applied.push('mojibake');
  }
  let out = lines.join('\n');
  if (random() < 0.3) {
    // Cut at a code point, not inside a surrogate pair: the file stays valid UTF-8.
    const chars = [...out];
    out = chars.slice(0, int(chars.length)).join('');
    applied.push('cut');
  }
  if (random() < 0.05) {
    out = out.replace(/\n/g, '\r\n');
    applied.push('crlf');
  }
  if (random() < 0.03) {
    out = `\uFEFF${out}`;
    applied.push('bom');
  }
  return { text: out, applied };
}

/** Writes `count` mutated copies into `out` (created if needed) and returns the file paths. */
export function makeCorpus({ count = 2000, seed = 1, out }) {
  const random = prng(seed);
  const texts = SAMPLES.map((name) => readFileSync(join(fixtures, name), 'utf8'));
  mkdirSync(out, { recursive: true });
  const width = String(count - 1).length;
  const files = [];
  for (let i = 0; i < count; i++) {
    const { text } = mutate(texts[i % texts.length], random);
    const file = join(out, `mutant-${String(i).padStart(width, '0')}-${SAMPLES[i % SAMPLES.length].replace(/\.txt$/, '')}.txt`);
    writeFileSync(file, text);
    files.push(file);
  }
  return files;
}

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const count = Number(option('count', '2000'));
  const seed = Number(option('seed', '1'));
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed)) {
    console.error('usage: node scripts/make-corpus.mjs [--count N>=1] [--seed INTEGER] [--out DIR]');
    process.exit(2);
  }
  const out = option('out', undefined) ?? mkdtempSync(join(tmpdir(), 'pressdoc-corpus-'));
  makeCorpus({ count, seed, out });
  console.log(out);
}
