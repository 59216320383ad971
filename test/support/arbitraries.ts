// fast-check arbitraries of hostile press text, shared by the property tests
// (test/properties.test.ts) and the fuzzer (scripts/fuzz.ts).
import fc from 'fast-check';
import { SAMPLES, fixture } from '../helpers.js';

/**
 * The characters and pieces that scraped text brings and that the grammar
 * keys on: line breaks of every style, BOM, NO-BREAK and NARROW NO-BREAK
 * SPACE, curly and straight quotes, dashes, the heading mark, colons, digits,
 * `sur`, URLs, angle brackets, accented letters precomposed and decomposed.
 */
export const HAZARDS: readonly string[] = [
  '\r', '\n', '\r\n', '\n\n', '\uFEFF', '\u00A0', '\u202F', '\u2007', '\u2009', '\t', ' ', '   ',
  '\u2019', "'", '"', '«', '»', '«\u00A0', '\u00A0»', '–', '—', '-', ' – ', ' - ', '°/', '°', 'º/', '/', ':', ' :', '\u00A0:', '\u202F:',
  '0', '1', '2', '9', '10', '23', '31', '2024', '24.05.24', '1er', ' sur ', 'sur', 'http://', 'https://', 'http://en.kremlin.ru/events/president/news/74102',
  '<', '>', '<…>', '<… >', '[…]', '…', '...', '.', ',', '* * *', 'À suivre.', ' à ', ' au ', ' aux ', ' en ', 'à', 'a\u0300', 'À', 'A\u0300',
  'é', 'e\u0301', 'É', 'E\u0301', 'ï', 'i\u0308', 'û', 'ç', '\u0301', '\u0300',
  // Long canonical decompositions (NFD 3–4 times NFC) and a composition exclusion.
  'ệ', 'ᾂ', '한국', 'Ǖ', '\u0958', '\u{1D160}',
  'mai', 'août', 'aou\u0302t', 'février', 'fe\u0301vrier', 'décembre', 'déc.', 'janv.', 'sept.', 'mars',
  '23h30', '13H40', '9:05', '25h70', 'Minsk', 'Moscou', 'Kremlin-Moscou', 'Région de Kursk', 'Région d’Arkhangelsk',
  'Vladimir Poutine', 'Alexandre Loukachenko', 'Président ', 'Président de la Russie ', 'VP', 'Mr. Poutine', 'de ', 'd’', "d'",
  'Photo', 'Photo : ', 'TASS', 'RIA Novosti', 'en présence', 'La Russie était représentée par', 'Géographie',
  'Suivez RT France sur', 'En cliquant sur', 'Tout Accepter', 'Raconter l’actualité', "Raconter l'actualité", '- ', '• ',
  'Imaginez', 'Je dis', 'Selon', 'Après', 'A', 'B', 'Z', 'x', 'Texte', '?', '!', ';', '(', ')', '\u0000', '\uFFFD', '\uD800',
];

/** One hazard. */
export const hazard: fc.Arbitrary<string> = fc.constantFrom(...HAZARDS);

/** Small pieces of text: a hazard, a random string, a number. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: hazard },
  { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4, unit: 'binary' }) },
  { weight: 1, arbitrary: fc.nat({ max: 3000 }).map(String) },
);

const words = (min: number, max: number): fc.Arbitrary<string> =>
  fc.array(fc.oneof(hazard, fc.constantFrom('Titre', 'de', 'la', 'Russie', 'Biélorussie', 'négociations', 'élargi', 'Cérémonie')), {
    minLength: min,
    maxLength: max,
  }).map((w) => w.join(' '));

const sp: fc.Arbitrary<string> = fc.constantFrom(' ', '', '\u00A0', '\u202F', '  ');
const date: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 35 }), fc.constantFrom('mai', 'août', 'février', 'décembre', 'mars', 'déc.', 'juil.', 'foo'), fc.integer({ min: 1990, max: 2030 }))
    .map(([d, m, y]) => `${d} ${m} ${y}`),
  fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 99 })).map(([d, m, y]) => `${d}.${String(m).padStart(2, '0')}.${y}`),
);
const when: fc.Arbitrary<string> = fc
  .tuple(date, fc.option(fc.tuple(fc.integer({ min: 0, max: 26 }), fc.constantFrom('h', 'H', ':'), fc.integer({ min: 0, max: 70 }))), fc.option(fc.tuple(fc.constantFrom(' à ', ' au ', ' – ', ', '), fc.constantFrom('Minsk', 'Kremlin-Moscou', 'Région de Kursk', 'Nulle Part', 'Perm'))))
  .map(([d, t, p]) => `${d}${t ? ` à ${t[0]}${t[1]}${String(t[2]).padStart(2, '0')}` : ''}${p ? p[0] + p[1] : ''}`);

/** A line shaped like one of the constructs of FORMAT.md, with random parts. */
export const constructLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom('°/', '°', 'º/', '/', ')', '.'), words(1, 5), when).map(([n, m, t, w]) => `${n}${m}${t} – ${w}`),
  fc.tuple(fc.integer({ min: 0, max: 12 }), words(0, 4)).map(([n, t]) => `${n}°/${t}`),
  fc.tuple(fc.constantFrom('A', 'B', 'C', 'É'), words(1, 5), when).map(([l, t, w]) => `${l} – ${t} – ${w}`),
  fc.tuple(fc.nat({ max: 9999 }), fc.constantFrom('RUSSIE', 'BIÉLORUSSIE', 'FRANCE'), words(1, 4), date).map(([n, c, t, d]) => `${n} – ${c} – ${t} – ${d}\u00A0–`),
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.constantFrom('/', ' sur '), fc.integer({ min: 0, max: 12 }), fc.option(words(1, 4))).map(([i, s, t, c]) => `${i}${s}${t}${c ? ` .${c}` : ''}`),
  when,
  fc.tuple(fc.constantFrom('', '\u00A0'), fc.integer({ min: 0, max: 20 }), sp, words(1, 6), fc.option(fc.constantFrom(' Photo : Pavel Bedniakov, RIA Novosti', ' Photo: TASS', ' Photo : '))).map(([a, n, s, t, c]) => `${a}${n}${s === '' ? ' ' : s}${t}${c ?? ''}`),
  fc.constantFrom('<… >', '<…>', '[…]', '* * *', 'À suivre.', 'A\u0300 suivre.', 'à suivre…'),
  fc.tuple(fc.constantFrom('- ', '• ', '* '), words(1, 5)).map(([m, t]) => m + t),
  fc.constantFrom('Suivez RT France surTelegram', 'Raconter l’actualité', "Raconter l'actualité", 'En cliquant sur "Tout Accepter" vous consentez', 'OK'),
  fc.tuple(fc.constantFrom('', 'Président de la Russie ', 'Chef d’état-major – Premier vice-ministre ', 'Président, ', 'Je ', 'Selon '), fc.constantFrom('Vladimir Poutine', 'Alexandre Loukachenko', 'Natalya Golub', 'Mr. Poutine', 'Président Poutine', 'Éric Élysée', 'Charles de Gaulle', 'VP'), fc.option(fc.constantFrom(', chaîne de télévision Belarus-1', ', TASS')), sp, words(0, 6))
    .map(([r, n, a, s, t]) => `${r}${n}${a ?? ''}${s}: ${t}`),
  fc.tuple(words(1, 6), fc.constantFrom(' en présence', ' en présence de :', ' était représentée par', ' ont participé :')).map(([t, i]) => t + i),
  fc.tuple(words(1, 4), fc.constantFrom(',', '.', '')).map(([t, e]) => t + e),
  fc.webUrl().map((u) => u),
  words(0, 8),
);

/** A random document: lines of constructs and pieces, joined by random breaks (one size above the run's base size, so documents have tens of lines). */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.tuple(
      fc.oneof({ weight: 3, arbitrary: constructLine }, { weight: 2, arbitrary: fc.array(piece, { maxLength: 12 }).map((p) => p.join('')) }),
      fc.constantFrom('\n', '\n', '\n', '\n\n', '\r\n', '\r', ''),
    ),
    { maxLength: 60, size: '+1' },
  )
  .map((lines) => lines.map(([l, b]) => l + b).join(''));

/** One edit of a document. Positions are taken modulo the current size, so every edit applies. */
export type Mutation =
  | { op: 'drop'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'cut'; at: number }
  | { op: 'replace'; at: number; by: string }
  | { op: 'insert'; at: number; by: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('drop' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('cut' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), by: hazard }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), by: fc.oneof(hazard, constructLine) }),
);

/** Applies the edits in order: line edits on LF-separated lines, the others on characters. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    if (m.op === 'cut' || m.op === 'replace' || m.op === 'insert') {
      const at = out.length === 0 ? 0 : m.at % (out.length + 1);
      if (m.op === 'cut') out = out.slice(0, at);
      else if (m.op === 'insert') out = out.slice(0, at) + m.by + out.slice(at);
      else out = out.slice(0, at) + m.by + out.slice(at + 1);
      continue;
    }
    const lines = out.split('\n');
    const i = m.at % lines.length;
    if (m.op === 'drop') lines.splice(i, 1);
    else if (m.op === 'duplicate') lines.splice(i, 0, lines[i] as string);
    else {
      const j = m.with % lines.length;
      [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
    }
    out = lines.join('\n');
  }
  return out;
}

/** The three samples, read once. */
export const SAMPLE_TEXTS: ReadonlyArray<{ name: string; text: string }> = SAMPLES.map((name) => ({ name, text: fixture(name) }));

/** A sample with a few random edits (lines dropped, duplicated, swapped, cut, characters replaced by hazards). */
export const mutatedSample: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SAMPLE_TEXTS.map((s) => s.text)), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([text, ms]) => mutate(text, ms));

/** A part of a sample, one to forty lines long from any line, with a few edits: small, so runs are quick and shrink well. */
export const sampleExcerpt: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SAMPLE_TEXTS.map((s) => s.text.split('\n'))), fc.nat(), fc.integer({ min: 1, max: 40 }), fc.array(mutation, { maxLength: 5 }))
  .map(([lines, from, length, ms]) => {
    const start = from % lines.length;
    return mutate(lines.slice(start, start + length).join('\n'), ms);
  });

/** Any of the inputs above. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(hostileText, sampleExcerpt, mutatedSample);
