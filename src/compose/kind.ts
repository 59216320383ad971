import type { DocumentKind } from '../nodes.js';
import type { RawLine } from '../raw.js';

/**
 * Decides what kind of document the lines make: a `dossier` has a header or
 * numbered headings; an `article` has news-site chrome (follow line, cookie
 * banner, slogan); anything else is `unknown` and is composed like a
 * dossier without sections.
 *
 * @internal
 */
export function detectKind(lines: Array<RawLine | null>): DocumentKind {
  let chrome = false;
  for (const line of lines) {
    if (line === null) continue;
    if (line.type === 'header' || line.type === 'heading' || line.type === 'subheading') return 'dossier';
    if (line.type === 'chrome') chrome = true;
  }
  return chrome ? 'article' : 'unknown';
}
