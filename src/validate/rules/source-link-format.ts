/**
 * Rule `source-link-format`: a dossier's source links are Kremlin event
 * pages, `http://en.kremlin.ru/events/president/news|transcripts/<id>`.
 *
 * ```text
 * http://en.kremlin.ru/events/president/news/74102      ok
 * http://en.kremlin.ru/events/president/74102           no kind: reported
 * ```
 *
 * @module
 */
import type { Finding, Rule } from '../types.js';
import { leaves, quote } from '../walk.js';

const EXAMPLE = [
  '1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk',
  '23 mai 2024 à 23h30 à Minsk',
  'http://en.kremlin.ru/events/president/74102',
  '',
].join('\n');

/** See the module comment. */
export const sourceLinkFormat: Rule = {
  id: 'source-link-format',
  defaultSeverity: 'warning',
  description: 'A dossier’s source links are Kremlin event pages (`…kremlin.ru/events/president/news|transcripts/<id>`).',
  docs: {
    details: [
      'Applies to dossiers, whose sections each compile one Kremlin event page. A link that parses as a URL but is not such a page (another host, another path, no numeric id) is reported.',
      'A line that does not parse as a URL at all is `parse/malformed-url`’s finding, not this rule’s.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    if (tree.kind !== 'dossier') return [];
    const out: Finding[] = [];
    for (const node of leaves(tree)) {
      if (node.type !== 'sourceLink' || node.host === '' || node.kind !== 'other') continue;
      out.push({
        message: `Expected a Kremlin event page such as http://en.kremlin.ru/events/president/news/74102, found ${quote(node.url, 100)}.`,
        position: node.position,
      });
    }
    return out;
  },
};
