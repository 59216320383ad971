// Inputs built to hit the worst cases of a line grammar: one huge line,
// very many short lines of one construct's prefix, long runs of the
// characters that start lookaheads (`:`, `–`, `/`, a role word before a
// colon that never comes). `npm run bench` times each at size n and 2n: a
// parse that stays linear takes about twice as long for twice the input.
//
// API: `PATHOLOGICAL` is a list of `{ name, make(n) => string, n }`; `n` is
// the default size, in the unit the name gives.

/** Worst-case inputs for the parser: `make(n)` builds one of size `n`. */
export const PATHOLOGICAL = [
  {
    name: 'one line of n bytes (5 MB)',
    n: 5_000_000,
    make: (n) => 'Vladimir Poutine a rencontré Alexandre Loukachenko à Minsk, '.repeat(Math.ceil(n / 61)).slice(0, n),
  },
  {
    name: 'n lines of `1°/` (200,000)',
    n: 200_000,
    make: (n) => '1°/\n'.repeat(n),
  },
  {
    name: 'n colons on one line (100,000)',
    n: 100_000,
    make: (n) => ':'.repeat(n),
  },
  {
    name: 'n lines of `1/1` (50,000)',
    n: 50_000,
    make: (n) => '1/1\n'.repeat(n),
  },
  {
    name: 'n bytes of `Président ` without a colon (1 MB)',
    n: 1_000_000,
    make: (n) => 'Président '.repeat(Math.ceil(n / 10)).slice(0, n),
  },
  {
    name: 'n subsection-looking lines `A – …` without a timestamp (10,000)',
    n: 10_000,
    make: (n) => 'A – Début des négociations – entre la Russie – et la Biélorussie – 24 mai\n'.repeat(n),
  },
];
