/**
 * Random documents made of lines shaped like the constructs of the samples
 * (headings, datelines, captions, counters, speaker turns, links …), each
 * then damaged at random: characters dropped, doubled or replaced by their
 * look-alikes (NO-BREAK SPACE for a space, hyphen for an en dash, CR for LF).
 * They reach the grammar's corners far more often than random characters,
 * for tests that compare two parsers (tests mirror sources: used by
 * test/grammar-plugin.test.ts).
 */

/** A seeded generator of numbers in [0, 1) (an LCG: same seed, same documents). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) / 0x1000000;
  };
}

const pick = <T>(rand: () => number, items: readonly T[]): T => items[Math.floor(rand() * items.length)] as T;

const SPACES = [' ', ' ', ' ', '  ', '\u00A0', '\u202F', '\t', '\u2009'];
const DASHES = ['–', '–', '—', '-'];
const NAMES = ['Vladimir Poutine', 'Alexandre Loukachenko', 'Sergueï Lavrov', 'Charles de Gaulle', 'VP', 'Mr. Poutine', 'Natalya Golub', 'Dmitri Peskov', 'Ibn Battuta'];
const ROLES = ['Président de la Biélorussie', 'Président', 'Chef d’état-major général', 'Ministre des Affaires étrangères', 'Selon', 'Cette', 'Je', 'Imaginez', 'Parallèlement'];
const MONTHS = ['mai', 'MARS', 'août', 'aout', 'févr.', 'déc.', 'janvier', 'Sept.', 'juillet', 'maison'];
const PLACES = ['Minsk', 'Kremlin-Moscou', 'Région de Kursk', 'Moscou', 'Territoire de Perm', 'Paris – France', 'X'];
const WORDS = ['le', 'la', 'Russie', 'Biélorussie', 'a', 'rencontré', 'à', 'de', 'des', 'négociations', '2 000 km', 'Photo', ':', ',', '«', '»', '…', '?', 'Selon', 'sur', 'er', '1/3', '°', 'http://x.ru', 'A', 'et'];

function words(rand: () => number, n: number): string {
  return Array.from({ length: n }, () => pick(rand, WORDS)).join(pick(rand, SPACES));
}

function when(rand: () => number): string {
  const date =
    rand() < 0.8
      ? `${1 + Math.floor(rand() * 35)}${rand() < 0.1 ? 'er' : ''}${pick(rand, SPACES)}${pick(rand, MONTHS)}${pick(rand, SPACES)}${2020 + Math.floor(rand() * 8)}`
      : `${1 + Math.floor(rand() * 33)}${pick(rand, ['.', '/'])}${1 + Math.floor(rand() * 13)}${pick(rand, ['.', '/'])}${pick(rand, ['24', '2024', '5'])}`;
  const time = rand() < 0.7 ? ` à ${Math.floor(rand() * 26)}${pick(rand, ['h', 'H', ':'])}${String(Math.floor(rand() * 70)).padStart(2, '0')}` : '';
  const place = rand() < 0.7 ? `${pick(rand, [' à ', ' au ', ' – ', ' - ', ', ', ' en '])}${pick(rand, PLACES)}` : '';
  return date + time + place;
}

/** One line shaped like a construct of the samples (undamaged). */
export function randomLine(rand: () => number): string {
  const sep = () => `${pick(rand, SPACES)}${pick(rand, DASHES)}${pick(rand, SPACES)}`;
  switch (Math.floor(rand() * 16)) {
    case 0:
      return `${1 + Math.floor(rand() * 12)}${pick(rand, ['°/', 'º/', '°', '/', ')', '.'])}${words(rand, 2 + Math.floor(rand() * 6))}${sep()}${when(rand)}`;
    case 1:
      return `${pick(rand, ['A', 'B', 'C', 'Z'])}${pick(rand, [sep(), ') '])}${words(rand, 3)}${sep()}${when(rand)}`;
    case 2:
      return `6125${sep()}${pick(rand, ['RUSSIE', 'RUSSIE-CHINE', 'France'])}${sep()}${words(rand, 4)}${sep()}24.05.24${pick(rand, ['\u00A0–', ' –', ''])}`;
    case 3:
      return `${Math.floor(rand() * 12)}${pick(rand, ['/', ' sur ', 'sur', ' / '])}${Math.floor(rand() * 12)}${rand() < 0.4 ? ` ${pick(rand, ['.', ':', '–', ''])}${words(rand, 4)}` : ''}`;
    case 4:
      return when(rand);
    case 5:
      return `${pick(rand, ['', '\u00A0'])}${1 + Math.floor(rand() * 20)}${pick(rand, [' ', '\u00A0 ', '  '])}${pick(rand, ['De gauche à droite', 'VP Avec', 'Les négociations', 'le texte'])} : ${words(rand, 5)}${rand() < 0.5 ? ` Photo${pick(rand, [' : ', ': ', ' :'])}${pick(rand, ['Pavel Bedniakov, RIA Novosti', 'TASS', 'X,', 'Y, '])}` : ''}`;
    case 6:
      return `${rand() < 0.5 ? `${pick(rand, ROLES)} ` : ''}${pick(rand, NAMES)}${rand() < 0.3 ? `, ${words(rand, 3)}` : ''}${pick(rand, [' : ', ': ', ' :', '\u202F: '])}${words(rand, 6)}`;
    case 7:
      return `${pick(rand, ['http', 'https', 'HTTP'])}://en.kremlin.ru/events/president/${pick(rand, ['news', 'transcripts'])}/${Math.floor(rand() * 99999)}${pick(rand, ['', '/', ' ', ' x'])}`;
    case 8:
      return pick(rand, ['<… >', '<…>', '[…]', '(...)', '* * *', '*  *  *', 'À suivre.', 'à suivre…', 'A suivre']);
    case 9:
      return `${pick(rand, ['-', '•', '*', '▪'])}${pick(rand, [' ', '  ', ''])}${words(rand, 4)}`;
    case 10:
      return pick(rand, ['Suivez RT France surTelegram', 'Suivez nous', 'En cliquant sur "Tout Accepter"', 'Tout AccepterTout refuser', 'RT France utilise des cookies', "Raconter l'actualité", 'Raconter l’actualité']);
    case 11:
      return `${words(rand, 3)} ${pick(rand, ['en présence', 'était représentée par :', 'ont participé'])}`;
    case 12:
      return '';
    case 13:
      return pick(rand, SPACES);
    default:
      return words(rand, 1 + Math.floor(rand() * 14));
  }
}

const LOOK_ALIKES: Record<string, string[]> = {
  ' ': ['\u00A0', '\u202F', '\t', ''],
  '–': ['-', '—', ''],
  '\n': ['\r\n', '\r', '\n\n'],
  ':': ['\u202F:', ' :', ''],
  é: ['É', 'e', '\u0301'],
  a: ['A', 'à', '\uD835\uDC00'],
};

/** A random document: `lines` lines from {@link randomLine}, joined and damaged. */
export function randomDocument(rand: () => number, lines: number): string {
  let text = Array.from({ length: lines }, () => randomLine(rand)).join('\n');
  const damages = Math.floor(rand() * 4);
  for (let d = 0; d < damages && text.length > 0; d++) {
    const at = Math.floor(rand() * text.length);
    const ch = text[at] as string;
    const kind = rand();
    if (kind < 0.3) text = text.slice(0, at) + text.slice(at + 1);
    else if (kind < 0.5) text = text.slice(0, at) + ch + text.slice(at);
    else text = text.slice(0, at) + pick(rand, LOOK_ALIKES[ch] ?? ['\uFEFF', '\uD800', 'É', '']) + text.slice(at + 1);
  }
  return rand() < 0.05 ? `\uFEFF${text}` : text;
}
