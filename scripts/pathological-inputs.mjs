// Pathological inputs for pressdoc: inputs built to find the places where a
// parser hangs, recurses too deep, or takes more than linear time.
//
// API (shared with `npm run bench`, keep it):
//   export const PATHOLOGICAL = [{ name, make(n) => string, n }]
// `make(n)` builds the input at size `n` (units given per entry: characters,
// lines or repetitions); `n` is the size the tests run. Doubling `n` must not
// more than roughly double the parse time, nor the time of `validate`, which
// the tests run on every input too.
//
// Plain JavaScript with no imports, so that any script or worker can load it.

/** `unit` repeated until the string is exactly `n` UTF-16 code units long. */
function repeatTo(unit, n) {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** `n` lines made by `line(i)`, each ended by LF. */
function lines(n, line) {
  const out = new Array(n);
  for (let i = 0; i < n; i++) out[i] = line(i);
  return out.join('\n') + '\n';
}

/** A distinct lower-case word for each `i` ≥ 0, letters only (`a`, `b`, …, `ba`, …): names may hold no digits. */
function word(i) {
  let s = '';
  do {
    s += String.fromCharCode(97 + (i % 26));
    i = Math.floor(i / 26);
  } while (i > 0);
  return s;
}

// A line of hostile French press text: every construct's trigger in one
// sentence (heading mark, counter, dates, times, colons, dashes, a URL,
// angle brackets, no-break spaces).
const HOSTILE =
  'Président de la Russie Vladimir Poutine\u00A0: 1°/ – 23 mai 2024 à 23h30 à Minsk, 1/8 sur 4 « l’union » ' +
  "d'Arkhangelsk http://en.kremlin.ru/events/president/news/74102 <… > Photo : TASS, – A – ";

/**
 * The pathological inputs, each `{ name, make(n), n }`:
 * `name` is kebab-case and stable (tests and the bench key on it),
 * `make(n)` returns the input at size `n`, `n` is the default size.
 */
export const PATHOLOGICAL = [
  // From the issue.
  { name: 'single-line-5mb', n: 5_000_000, make: (n) => repeatTo(HOSTILE, n) },
  { name: 'degree-lines', n: 200_000, make: (n) => '1°/\n'.repeat(n) },
  { name: 'colons', n: 100_000, make: (n) => ':'.repeat(n) },
  { name: 'fraction-lines', n: 50_000, make: (n) => '1/1\n'.repeat(n) },
  { name: 'president-no-colon', n: 100_000, make: (n) => 'Président '.repeat(n) },
  { name: 'subsection-lines', n: 10_000, make: (n) => 'A – \n'.repeat(n) },
  // Our own. `dash-line` is over the default limits.maxLineLength, like `single-line-5mb`.
  { name: 'nested-angles', n: 100_000, make: (n) => '<'.repeat(n) + '…' + '>'.repeat(n) },
  { name: 'dash-line', n: 1_000_000, make: (n) => '– '.repeat(n) },
  {
    name: 'speaker-labels',
    n: 50_000,
    make: (n) => lines(n, (i) => `Président de la Russie Vladimir Poutine${i % 2 ? '\u00A0' : ' '}: Oui.`),
  },
  {
    name: 'subsection-headings',
    n: 10_000,
    make: (n) => lines(n, (i) => `${String.fromCharCode(65 + (i % 26))} – Titre – 24 mai 2024 à 14h50 à Minsk`),
  },
  { name: 'rising-toc', n: 10_000, make: (n) => lines(n, (i) => `${i + 1}°/Titre – 23 mai 2024 à 23h30 à Minsk`) },
  // Long lines under the default limits.maxLineLength (1,000,000), so the
  // grammar reads them. Long runs of spaces inside a line, where a rule
  // looked ahead past the spaces at every character (quadratic before the fix).
  { name: 'spaces-in-heading', n: 900_000, make: (n) => `1°/Titre${' '.repeat(n)}fin – 23 mai 2024 à 23h30 à Minsk` },
  { name: 'spaces-in-place', n: 900_000, make: (n) => `23 mai 2024 à 23h30 à Minsk${'\u00A0'.repeat(n)}x` },
  { name: 'spaces-in-caption', n: 900_000, make: (n) => `1 Légende${' '.repeat(n)}fin Photo : TASS` },
  { name: 'spaces-in-label', n: 900_000, make: (n) => `Vladimir Poutine, TASS${' '.repeat(n)}x : oui` },
  { name: 'spaces-in-participant', n: 900_000, make: (n) => `La Russie était représentée par\nle ministre${' '.repeat(n)}Lavrov` },
  { name: 'long-place', n: 900_000, make: (n) => `23 mai 2024 à 23h30 à ${repeatTo('Xyz-Ab ', n)}` },
  { name: 'spaces-before-text', n: 900_000, make: (n) => `Texte${' '.repeat(n)}.` },
  { name: 'timestamp-chain', n: 50_000, make: (n) => '1°/T' + ' – 1 mai 2024 à X'.repeat(n) },
  { name: 'credit-chain', n: 90_000, make: (n) => '1 Légende' + ' Photo : x'.repeat(n) },
  { name: 'blank-crlf-lines', n: 500_000, make: (n) => '\r\n'.repeat(n) },
  { name: 'long-turn', n: 30_000, make: (n) => 'Vladimir Poutine : Bonjour.\n' + 'Suite du discours.\n'.repeat(n) },
  { name: 'long-participants', n: 30_000, make: (n) => 'La Russie était représentée par\n' + 'le ministre Sergueï Lavrov,\n'.repeat(n) },
  { name: 'tag-lines', n: 30_000, make: (n) => '1°/T – 1 mai 2024\n1 mai 2024\n' + 'Géographie\n'.repeat(n) },
  { name: 'ellipsis-line', n: 900_000, make: (n) => '.'.repeat(n) + 'x' },
  { name: 'url-line', n: 900_000, make: (n) => 'http://' + 'a'.repeat(n) },
  // For the validation rules, which walk the tree: inputs where a rule did
  // quadratic work (looked up the table of contents once per section, listed
  // every entry in every finding, counted through a gap of a million photos)
  // or overflowed the stack (Math.max over every counter of a gallery, past
  // the 4 MiB stack of a worker thread). Before the fix, validate took 131 s
  // on sections-with-toc and 65 s on gallery-gaps at half its n, ran out of
  // memory on sections-not-in-toc and threw on long-gallery; 4 s, 0.2 s,
  // 0.6 s and 1.2 s after.
  { name: 'sections-with-toc', n: 250_000, make: (n) => `${lines(n, (i) => `${i + 1}°/T`)}\n${lines(n, (i) => `${i + 1}°/T`)}` },
  { name: 'sections-not-in-toc', n: 20_000, make: (n) => `${lines(n, (i) => `${i + 1}°/T`)}\n${lines(n, (i) => `${n + i + 1}°/T\nTexte.`)}` },
  { name: 'gallery-gaps', n: 4_000, make: (n) => lines(n, (i) => `1/${999_999 - i}\n${999_999 - i}/${999_999 - i}`) },
  { name: 'long-gallery', n: 600_000, make: (n) => lines(n, (i) => `${i + 1}/${n}`) },
  // For the people stage (issue 12): n distinct full names, each its own
  // person; and n/2 full names sharing one surname, each followed by that
  // surname alone, which may be any of them. Before the fix each bare
  // surname copied the set of its candidates and listed them all in its
  // AMBIGUOUS_PERSON message: 15 s and messages of 1 GB for n = 20,000.
  // Memory per line (issue 12): 17 million tiny lines ran out of memory.
  // Exactly limits.maxLines (1,000,000) tiny lines, each its paragraph;
  // three times as many, the rest past the limit one paragraph; sections
  // with a body line each.
  { name: 'tiny-lines', n: 1_000_000, ratioN: 200_000, make: (n) => 'a\n'.repeat(n) },
  { name: 'past-max-lines', n: 3_000_000, make: (n) => 'a\n'.repeat(n) },
  { name: 'many-sections', n: 100_000, make: (n) => lines(n, (i) => `${i + 1}°/Titre – 1 mai 2024 à 10h00\nTexte.`) },
  { name: 'distinct-speakers', n: 100_000, make: (n) => lines(n, (i) => `Vladimir K${word(i)} : Oui.`) },
  { name: 'ambiguous-surnames', n: 40_000, make: (n) => lines(n, (i) => (i % 2 ? 'M. Poutine : Oui.' : `V${word(i)} Poutine : Oui.`)) },
];
