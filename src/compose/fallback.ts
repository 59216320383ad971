import type { Paragraph } from '../nodes.js';
import type { RawLine } from '../raw.js';
import { buildParagraph } from '../constructs/paragraph.js';
import type { Context } from '../context.js';

/**
 * The tree of last resort: one paragraph per non-blank line, used when
 * composing the real tree failed. Nothing here can depend on what the
 * line says, so nothing here can fail on it.
 *
 * @internal
 */
export function composeFallback(lines: Array<RawLine | null>, ctx: Context): Paragraph[] {
  const out: Paragraph[] = [];
  for (const line of lines) if (line) out.push(buildParagraph(line.start, line.end, ctx));
  return out;
}
