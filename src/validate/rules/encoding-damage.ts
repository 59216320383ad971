/**
 * Rule `encoding-damage`: no mojibake (`Ã©`, `â€™`), U+FFFD replacement
 * characters, control characters or stray byte-order marks in the text.
 *
 * ```text
 * Vladimir Poutine a Ã©tÃ© reÃ§u Ã  Minsk.
 * ```
 *
 * @module
 */
import type { Node, Position } from '../../nodes.js';
import { LineIndex } from '../../position.js';
import type { Finding, Rule } from '../types.js';
import { leaves } from '../walk.js';

/** At most this many occurrences are listed per document; one more finding counts the rest. */
export const MAX_ENCODING_FINDINGS = 100;

// Windows-1252 characters for the bytes 0x80–0x9F, the ones Latin-1 leaves as C1 controls.
const CP1252_HIGH: Record<string, number> = {
  '\u20AC': 0x80, '\u201A': 0x82, '\u0192': 0x83, '\u201E': 0x84, '\u2026': 0x85, '\u2020': 0x86, '\u2021': 0x87,
  '\u02C6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c, '\u017D': 0x8e, '\u2018': 0x91,
  '\u2019': 0x92, '\u201C': 0x93, '\u201D': 0x94, '\u2022': 0x95, '\u2013': 0x96, '\u2014': 0x97, '\u02DC': 0x98,
  '\u2122': 0x99, '\u0161': 0x9a, '\u203A': 0x9b, '\u0153': 0x9c, '\u017E': 0x9e, '\u0178': 0x9f,
};

// A UTF-8 continuation byte (0x80–0xBF) as Windows-1252 or Latin-1 shows it.
const CONT = `[\\u0080-\\u00BF${Object.keys(CP1252_HIGH).join('')}]`;
const CONT_NO_NBSP = `[\\u0080-\\u009F\\u00A1-\\u00BF${Object.keys(CP1252_HIGH).join('')}]`;

/**
 * What is searched, in order of preference at a given offset:
 * 1. mojibake: a UTF-8 lead byte read as `Â`/`Ã` (`Ã©`, `Ã ` for `à`, `Â«`),
 *    as another Latin-1 letter before a continuation other than NO-BREAK
 *    SPACE (`Ð¿`, `Å“`), as `â`/`ï` before two continuations, the first
 *    not a NO-BREAK SPACE (`â€™`, `ï»¿`; `Hanoï` + NO-BREAK SPACE + `»` is French),
 *    or `â€` alone (the third byte lost);
 * 2. runs of U+FFFD;
 * 3. runs of control characters other than tab, LF and CR;
 * 4. a BOM anywhere but at the very start.
 */
const DAMAGE = new RegExp(
  [
    `((?:[\\u00C2\\u00C3]${CONT}|[\\u00C4-\\u00DF]${CONT_NO_NBSP}|[\\u00E2\\u00EF]${CONT_NO_NBSP}${CONT}|\\u00E2\\u20AC)+)`,
    '(\\uFFFD+)',
    // eslint-disable-next-line no-control-regex
    '([\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F]+)',
    '(\\uFEFF+)',
  ].join('|'),
  'gu',
);

/** What mojibake was meant to read, when its bytes make valid UTF-8. */
export function repairMojibake(found: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of found) {
    const code = ch.codePointAt(0) as number;
    const byte = code <= 0xff ? code : CP1252_HIGH[ch];
    if (byte === undefined) return undefined;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(new Uint8Array(bytes));
  } catch {
    return undefined;
  }
}

const codePoint = (ch: string): string => `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;

/** Damaged text as a quoted string whose invisible characters (controls, NO-BREAK SPACE, SOFT HYPHEN, zero-width and BOM) show as `<U+XXXX>`. */
const showDamage = (s: string): string =>
  `\`${s.replace(/[\u0000-\u001f\u007f-\u00a0\u00ad\u200b-\u200f\u2028-\u202f\u2060\ufeff]/gu, (c) => `<${codePoint(c)}>`)}\``;
const times = (n: number): string => (n > 1 ? ` (${n} in a row)` : '');

/** The message for one match, or `undefined` when it is no damage (a BOM at offset 0). */
function describe(m: RegExpExecArray, atStart: boolean): string | undefined {
  const [, mojibake, fffd, controls, bom] = m;
  if (mojibake !== undefined) {
    const meant = repairMojibake(mojibake);
    return meant !== undefined && !/[\u0000-\u001f\u007f-\u009f]/u.test(meant)
      ? `Expected ${showDamage(meant)}, found ${showDamage(mojibake)}: UTF-8 text read as Windows-1252 (mojibake).`
      : `Expected text, found ${showDamage(mojibake)}: mojibake (UTF-8 text read as Windows-1252).`;
  }
  if (fffd !== undefined) {
    return `Expected a character, found U+FFFD REPLACEMENT CHARACTER${times(fffd.length)}: bytes the scraper could not decode were replaced.`;
  }
  if (controls !== undefined) {
    const chars = [...new Set(controls)].map(codePoint);
    return `Expected text, found control character${chars.length > 1 ? 's' : ''} ${chars.join(', ')}${times(controls.length)}.`;
  }
  if (bom !== undefined && !atStart) {
    return `Expected no byte-order mark inside the text, found U+FEFF${times(bom.length)}: files were probably joined together.`;
  }
  return undefined;
}

/** Every damaged span of `text`, as offsets relative to it. */
function scan(text: string): Array<{ start: number; end: number; message: string }> {
  const out: Array<{ start: number; end: number; message: string }> = [];
  // One regex for every scan (a new one per leaf string was a third of
  // validating a tree): scans run one at a time, each from lastIndex 0.
  const re = DAMAGE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const message = describe(m, m.index === 0);
    if (message !== undefined) out.push({ start: m.index, end: m.index + m[0].length, message });
  }
  return out;
}

/** The strings a leaf holds as written (normalized fields such as dates and zones excluded). */
const NOT_WRITTEN = new Set(['type', 'kind', 'position', 'precision', 'date', 'time', 'instant', 'timeZone', 'host', 'place']);

function strings(node: Node): string[] {
  const out: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) if (!NOT_WRITTEN.has(k)) visit((value as Record<string, unknown>)[k]);
    }
  };
  visit(node);
  return out;
}

/** See the module comment. */
export const encodingDamage: Rule = {
  id: 'encoding-damage',
  defaultSeverity: 'error',
  description: 'No mojibake (`Ã©`, `â€™`), U+FFFD replacement characters, control characters or stray byte-order marks in the text.',
  docs: {
    details: [
      'Scans the source text and reports each occurrence where it is; damaged characters side by side are one occurrence (`Ð¿Ñ€Ð¸Ð²ÐµÑ‚` is one, `Ã©tÃ©` is two). Mojibake is UTF-8 read as Windows-1252: a lead byte shown as `Ã`, `Â`, `Å`, `Ð` … followed by continuation characters, or `â€` / `ï»¿` for three-byte characters; the message gives the character meant when the bytes decode (`Ã©` → `é`). Control characters are C0 and C1 controls except tab, line feed and carriage return. A BOM is fine at offset 0 only.',
      `At most ${MAX_ENCODING_FINDINGS} occurrences are listed per document, and one more finding counts the rest. When \`validate\` is given a tree instead of text, the strings of each leaf are scanned and findings point at the whole leaf (its exact column is not known without the text).`,
    ].join('\n\n'),
    example: ['Vladimir Poutine a Ã©tÃ© reÃ§u Ã\u00A0Minsk.', 'Il a dit : â€œMerciâ€\u009d.', 'Les n\uFFFDgociations\u0007 ont commencé.', ''].join('\n'),
  },
  check({ tree, text }) {
    const found: Array<{ message: string; position: Position }> = [];
    if (text !== undefined) {
      const index = new LineIndex(text);
      for (const d of scan(text)) found.push({ message: d.message, position: index.position(d.start, d.end) });
    } else {
      for (const leaf of leaves(tree)) {
        for (const s of strings(leaf)) for (const d of scan(s)) found.push({ message: d.message, position: leaf.position });
      }
    }
    if (found.length <= MAX_ENCODING_FINDINGS) return found;
    const rest = found.length - MAX_ENCODING_FINDINGS;
    const next = found[MAX_ENCODING_FINDINGS] as Finding;
    return [
      ...found.slice(0, MAX_ENCODING_FINDINGS),
      { message: `Expected no more encoding damage, found ${rest} more occurrence${rest === 1 ? '' : 's'} from here on (not listed one by one).`, position: next.position },
    ];
  },
};
