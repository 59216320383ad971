import type { Report } from './diagnostics.js';
import { parse as parseGrammar, releaseLastParse } from './generated/grammar.js';
import type { ParseLimits } from './limits.js';
import type { RawDocument, RawLine } from './raw.js';

/**
 * Stage 1: runs the peggy grammar over the text and returns one raw line
 * record per line (`null` for blank lines).
 *
 * Within the limits the grammar reads everything. Past `limits.maxLength`
 * or `limits.maxLines`, whichever comes first, the rest of the text, from
 * the start of the line the limit falls in, is kept whole as ONE text line
 * (its first to its last non-blank character), marked `overlong` so that no
 * stage reads it, with one `RESOURCE_EXHAUSTION` error: past a limit, work
 * and memory grow with the bytes of the rest, not with its lines (a record
 * and a paragraph per line were what ran 17 million tiny lines out of
 * memory). A line longer than `limits.maxLineLength` is kept whole as one
 * text line too, with a warning. The grammar accepts any string; should it
 * ever fail (a bug, or memory running out), every line is kept as text and
 * a diagnostic says so. No character is lost either way.
 *
 * @internal
 */
export function recognize(text: string, report: Report, limits: ParseLimits): RawDocument {
  let cut = text.length;
  if (text.length > limits.maxLength) cut = lineStartAtOrBefore(text, limits.maxLength);
  const lineCut = startOfLine(text, limits.maxLines, cut);
  if (lineCut < cut) {
    cut = lineCut;
    report({
      code: 'RESOURCE_EXHAUSTION',
      severity: 'error',
      message: `Expected a text of at most ${limits.maxLines} lines (limits.maxLines), found more; from line ${limits.maxLines + 1} on the rest is kept as one paragraph without looking for constructs.`,
      start: cut,
      end: text.length,
    });
  } else if (cut < text.length) {
    report({
      code: 'RESOURCE_EXHAUSTION',
      severity: 'error',
      message: `Expected a text of at most ${limits.maxLength} UTF-16 code units (limits.maxLength), found ${text.length}; from here on the rest is kept as one paragraph without looking for constructs.`,
      start: cut,
      end: text.length,
    });
  }
  const head = text.slice(0, cut);
  let doc: RawDocument;
  try {
    doc = cut === 0 ? { bom: false, lines: [] } : runGrammar(head, report, limits.maxLineLength);
  } catch (error) {
    const exhausted = error instanceof RangeError;
    report({
      code: exhausted ? 'RESOURCE_EXHAUSTION' : 'INTERNAL_ERROR',
      severity: 'error',
      message: exhausted
        ? `The grammar ran out of resources on this input (${error.message}); every line is kept as a paragraph.`
        : `The grammar failed on this input (${error instanceof Error ? error.message : String(error)}); every line is kept as a paragraph. Please report this input.`,
      start: 0,
      end: text.length,
    });
    return fallbackLines(text);
  } finally {
    // The parser keeps its rules compiled between parses, not the text.
    releaseLastParse();
  }
  if (cut === text.length) return doc;
  // `head` ends with a line break, after which the grammar saw one more,
  // empty, line: the first of the rest stands there.
  if (cut > 0) doc.lines.pop();
  const bom = cut === 0 && text.charCodeAt(0) === 0xfeff;
  doc.lines.push(restLine(text, bom ? 1 : cut));
  if (cut === 0) doc.bom = bom;
  return doc;
}

/**
 * The rest of the text from `from` as one text line that no stage reads
 * (`overlong`), from its first to its last non-blank character; `null`
 * when it is blank. O(length of the rest) time, O(1) memory.
 */
function restLine(text: string, from: number): RawLine | null {
  const first = /\S/gu;
  first.lastIndex = from;
  const m = first.exec(text);
  if (!m) return null;
  let end = text.length;
  while (end > m.index && /\s/u.test(text.charAt(end - 1))) end--;
  return { type: 'text', start: m.index, end, overlong: true };
}

/**
 * The offset at which line `lines + 1` (1-based) starts, when it starts
 * before `before`; else `before`. Counts at most `lines` breaks, so the scan
 * stops at the limit. CRLF counts as one break.
 */
function startOfLine(text: string, lines: number, before: number): number {
  if (lines === Number.POSITIVE_INFINITY) return before;
  if (lines === 0) return 0;
  let count = 0;
  if (text.indexOf('\r') === -1) {
    for (let i = text.indexOf('\n'); i !== -1 && i < before; i = text.indexOf('\n', i + 1)) {
      if (++count === lines) return i + 1 < before ? i + 1 : before;
    }
    return before;
  }
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m !== null && m.index < before; m = breaks.exec(text)) {
    if (++count === lines) {
      const start = m.index + m[0].length;
      return start < before ? start : before;
    }
  }
  return before;
}

/** Runs the grammar, keeping lines longer than `maxLineLength` whole as text. */
function runGrammar(text: string, report: Report, maxLineLength: number): RawDocument {
  if (text.length <= maxLineLength) return parseGrammar(text) as RawDocument;
  const overlong = new Set<number>();
  // LF only (the usual case): `indexOf` finds the breaks many times faster
  // than the regex, which CR and CRLF texts need.
  const lfOnly = text.indexOf('\r') === -1;
  const breaks = /\r\n?|\n/g;
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    let end: number;
    let next: number;
    if (lfOnly) {
      // The last break within reach ends every line from `start` up to it
      // short enough: skip them all at once.
      const reach = text.lastIndexOf('\n', start + maxLineLength);
      if (reach >= start) {
        start = reach + 1;
        continue;
      }
      end = text.indexOf('\n', start);
      next = end + 1;
    } else {
      breaks.lastIndex = start;
      const m = breaks.exec(text);
      end = m ? m.index : -1;
      next = m ? m.index + m[0].length : -1;
    }
    if (end === -1) end = text.length;
    if (end - start > maxLineLength && /\S/u.test(text.slice(start, end))) {
      overlong.add(start);
      report({
        code: 'RESOURCE_EXHAUSTION',
        severity: 'warning',
        message: `Expected a line of at most ${maxLineLength} UTF-16 code units (limits.maxLineLength), found one of ${end - start}; kept it whole as text without looking for constructs in it.`,
        start,
        end,
      });
    }
    if (end === text.length) break;
    start = next;
  }
  return parseGrammar(text, { overlong }) as RawDocument;
}

/** The largest offset ≤ `limit` at which a line starts (0 at worst). CRLF counts as one break. */
function lineStartAtOrBefore(text: string, limit: number): number {
  for (let i = Math.min(limit, text.length); i > 0; i--) {
    const before = text.charCodeAt(i - 1);
    if (before === 0x0a) return i;
    if (before === 0x0d && text.charCodeAt(i) !== 0x0a) return i;
  }
  return 0;
}

/**
 * Splits the text from offset `from` (a line start) into plain text lines,
 * the way the grammar would if it knew nothing else; a BOM counts only at
 * offset 0. @internal
 */
export function fallbackLines(text: string, from = 0): RawDocument {
  const bom = from === 0 && text.charCodeAt(0) === 0xfeff;
  const lines: Array<RawLine | null> = [];
  const breaks = /\r\n?|\n/g;
  breaks.lastIndex = from;
  let start = bom ? 1 : from;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    lines.push(/\S/u.test(text.slice(start, end)) ? { type: 'text', start, end } : null);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { bom, lines };
}
