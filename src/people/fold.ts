/**
 * Spelling folding: the rules that make the French, English and German
 * transliterations of one (mostly Russian) name fold to the same key.
 *
 * ```text
 * Loukachenko, Lukashenko  → lukachenko
 * Matveyev, Matveïev       → matvev
 * Poutine, Putin           → putin
 * Alexandre, Alexander     → aleksandr
 * ```
 *
 * Each rule is one entry of {@link FOLD_RULES}: a name, what it equates, an
 * example pair, and a rewrite of one lower-case word. {@link foldWord} runs
 * them in table order; the order matters (a rule may rely on an earlier one,
 * as `iev-ev` relies on `y-i`). A folded word is a matching key, not a
 * spelling to show: it is lossy on purpose (`ch` stands for both ш and ч).
 *
 * To add a rule: add an entry where it belongs in the order, give it a pair
 * that only it makes equal, and run the tests — `test/people/fold.test.ts`
 * checks every pair and that the sample people stay apart.
 *
 * @module
 */
import { dropInvisibles } from '../lexicon.js';

/** One spelling rule of the folding pipeline. */
export interface FoldRule {
  /** Stable name, used in the docs and tests (`ou-u`). */
  readonly name: string;
  /** What the rule equates, for people. */
  readonly description: string;
  /** Two spellings of one name that fold to the same key thanks to this rule. */
  readonly pair: readonly [string, string];
  /** Rewrites one word; input and output are lower-case (after the first rule). */
  readonly apply: (word: string) => string;
}

const MARKS = /\p{M}+/gu;

/**
 * The folding rules, in the order {@link foldWord} applies them. Inputs are
 * single words (no spaces).
 */
export const FOLD_RULES: readonly FoldRule[] = [
  {
    name: 'invisibles',
    description: 'Invisible format characters (SOFT HYPHEN, ZERO WIDTH JOINER …, the lexicon\'s `invisibles`) are dropped: `Pou\u00ADtine` is `Poutine`.',
    pair: ['Pou\u00ADtine', 'Poutine'],
    apply: dropInvisibles,
  },
  {
    name: 'lower-case',
    description: 'Case does not distinguish names: `POUTINE` is `Poutine`.',
    pair: ['POUTINE', 'Poutine'],
    apply: (w) => w.toLowerCase(),
  },
  {
    name: 'ligatures',
    description: '`œ` and `æ` are written out as `oe` and `ae`.',
    pair: ['Rœmer', 'Roemer'],
    apply: (w) => w.replace(/œ/g, 'oe').replace(/æ/g, 'ae'),
  },
  {
    name: 'diacritics',
    description: 'Accents and diaereses are dropped: `é`/`e`, `ï`/`i`, `ë`/`e`, `ö`/`o` (the text may be NFC or NFD).',
    pair: ['Valéry', 'Valery'],
    apply: (w) => w.normalize('NFD').replace(MARKS, ''),
  },
  {
    name: 'apostrophes',
    description: 'Apostrophes, written for the Russian soft sign, are dropped: `Il’ya`/`Ilya`.',
    pair: ['Il’ya', 'Ilya'],
    apply: (w) => w.replace(/[’'ʼ‘`]/g, ''),
  },
  {
    name: 'hyphens',
    description: 'Hyphens inside a word are dropped: `Ter-Petrossian`/`Terpetrossian`.',
    pair: ['Ter-Petrossian', 'Terpetrossian'],
    apply: (w) => w.replace(/[-‐‑]/g, ''),
  },
  {
    name: 'x-ks',
    description: '`x` is `ks`: `Alexeï`/`Alekseï`.',
    pair: ['Alexeï', 'Alekseï'],
    apply: (w) => w.replace(/x/g, 'ks'),
  },
  {
    name: 'w-v',
    description: 'German `w` is `v`: `Wladimir`/`Vladimir`.',
    pair: ['Wladimir', 'Vladimir'],
    apply: (w) => w.replace(/w/g, 'v'),
  },
  {
    name: 'y-i',
    description: 'English `y` is French `ï`/`i` (й, ы, the `y` of я/ю/е): `Sergey`/`Sergeï`, `Natalya`/`Natalia`, `Matveyev`/`Matveïev`.',
    pair: ['Matveyev', 'Matveïev'],
    apply: (w) => w.replace(/y/g, 'i'),
  },
  {
    name: 'gu-g',
    description: 'French writes a hard `g` before `e`/`i` as `gu`: `Sergueï`/`Sergei`, `Guerassimov`/`Gerasimov`.',
    pair: ['Sergueï', 'Sergei'],
    apply: (w) => w.replace(/gu(?=[ei])/g, 'g'),
  },
  {
    name: 'ou-u',
    description: 'French `ou` is English `u`: `Poutine`/`Putin`, `Iouri`/`Yuri`, `Loukachenko`/`Lukashenko`.',
    pair: ['Iouri', 'Yuri'],
    apply: (w) => w.replace(/ou/g, 'u'),
  },
  {
    name: 'tch-ch',
    description: 'French `tch` is English `ch` (ч): `Gorbatchev`/`Gorbachev`. Runs before `sh-ch`.',
    pair: ['Gorbatchev', 'Gorbachev'],
    apply: (w) => w.replace(/tch/g, 'ch'),
  },
  {
    name: 'sh-ch',
    description: 'English `sh` is French `ch` (ш): `Lukashenko`/`Loukachenko`, `Ushakov`/`Ouchakov`.',
    pair: ['Lukashenko', 'Loukachenko'],
    apply: (w) => w.replace(/sh/g, 'ch'),
  },
  {
    name: 'zh-j',
    description: 'English `zh` is French `j` (ж): `Yezhov`/`Iejov`, `Zhukov`/`Joukov`.',
    pair: ['Zhukov', 'Joukov'],
    apply: (w) => w.replace(/zh/g, 'j'),
  },
  {
    name: 'kh-h',
    description: '`kh` (х) is also written `h`: `Mikhaïl`/`Mihail`.',
    pair: ['Mikhaïl', 'Mihail'],
    apply: (w) => w.replace(/kh/g, 'h'),
  },
  {
    name: 'yo-e',
    description: 'ё between consonants is written `yo`, `io` or `e`: `Piotr`/`Pyotr`/`Petr`, `Fiodor`/`Fedor`. Runs after `y-i`.',
    pair: ['Pyotr', 'Petr'],
    apply: (w) => w.replace(/([^aeiou])io(?=[^aeiou])/g, '$1e'),
  },
  {
    name: 'iev-ev',
    description: 'The ending `-ev` is also written `-iev`/`-yev`/`-ïev`: `Matveïev`/`Matveev`, `Soloviev`/`Solovev`. Runs after `y-i`.',
    pair: ['Matveïev', 'Matveev'],
    apply: (w) => w.replace(/iev$/, 'ev'),
  },
  {
    name: 'double-letters',
    description: 'A doubled letter counts once: `Beloussov`/`Belousov`, `Valerii`/`Valeri`, `Dmitriy`/`Dmitri`.',
    pair: ['Beloussov', 'Belousov'],
    apply: (w) => w.replace(/([a-z])\1+/g, '$1'),
  },
  {
    name: 'mute-e',
    description: 'A French mute final `e` is dropped (`-ine`/`-in`, `-ie`/`-i`, `-dre`/`-dr`): `Poutine`/`Putin`, `Valérie`/`Valeri`. Words under four letters keep it.',
    pair: ['Poutine', 'Putin'],
    apply: (w) => (w.length >= 4 ? w.replace(/e$/, '') : w),
  },
  {
    name: 'enka-enko',
    description: 'The Belarusian ending `-enka` is the Russian `-enko`: `Lukashenka`/`Lukashenko`, `Loukachenka`/`Loukachenko`.',
    pair: ['Lukashenka', 'Lukashenko'],
    apply: (w) => w.replace(/enka$/, 'enko'),
  },
  {
    name: 'aliaks-aleks',
    description: 'The Belarusian `Aliaks-` is the Russian `Aleks-`: `Aliaksandr`/`Aleksandr`, `Alyaksandr`/`Alexandre`, `Aliaksei`/`Alekseï`. Runs after `y-i` and `x-ks`.',
    pair: ['Aliaksandr', 'Aleksandr'],
    apply: (w) => w.replace(/^aliaks/, 'aleks'),
  },
  {
    name: 'er-r',
    description: 'English `-der`/`-ter` endings are `-dr`/`-tr`: `Alexander`/`Alexandre`/`Aleksandr`, `Peter`/`Petr`.',
    pair: ['Alexander', 'Aleksandr'],
    apply: (w) => w.replace(/([bdgkptv])er$/, '$1r'),
  },
];

/**
 * Folds one word to its matching key by applying every rule of
 * {@link FOLD_RULES} in order. Pure; never throws.
 *
 * @example foldWord('Matveïev') === foldWord('Matveyev') // 'matvev'
 */
export function foldWord(word: string): string {
  let out = folded.get(word);
  if (out !== undefined) return out;
  out = word;
  for (const rule of FOLD_RULES) out = rule.apply(out);
  remember(folded, word, out);
  return out;
}

// Names repeat within and across documents: fold each spelling once. The
// caches are cleared when full, so memory stays bounded on any corpus.
const CACHE_SIZE = 10_000;
const folded = new Map<string, string>();
const plain = new Map<string, string>();

function remember(cache: Map<string, string>, key: string, value: string): void {
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(key, value);
}

/**
 * The plain form of a word for looking it up in a word list: lower-case,
 * no diacritics, no apostrophes, no trailing period (`Président` → `president`,
 * `Mr.` → `mr`). Lighter than {@link foldWord}: no transliteration.
 */
export function plainWord(word: string): string {
  let out = plain.get(word);
  if (out === undefined) {
    out = dropInvisibles(word).toLowerCase().normalize('NFD').replace(MARKS, '').replace(/[’'ʼ‘`]/g, '').replace(/\.$/, '');
    remember(plain, word, out);
  }
  return out;
}
