import type { Report } from './diagnostics.js';
import { parse as parseGrammar, releaseLastParse } from './generated/grammar.js';
import type { RawDocument, RawLine } from './raw.js';

/**
 * Stage 1: runs the peggy grammar over the whole text and returns one raw
 * line record per line (`null` for blank lines). The grammar accepts any
 * string; should it ever fail (a bug, or memory running out on a huge
 * input), every line is kept as text and a diagnostic says so, so no
 * character is lost.
 *
 * @internal
 */
export function recognize(text: string, report: Report): RawDocument {
  try {
    return parseGrammar(text) as RawDocument;
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
}

/** Splits the text into plain text lines, the way the grammar would if it knew nothing else. @internal */
export function fallbackLines(text: string): RawDocument {
  const bom = text.charCodeAt(0) === 0xfeff;
  const lines: Array<RawLine | null> = [];
  const breaks = /\r\n?|\n/g;
  let start = bom ? 1 : 0;
  for (;;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    lines.push(/\S/u.test(text.slice(start, end)) ? { type: 'text', start, end } : null);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return { bom, lines };
}
