/**
 * Rule `source-link-duplicate`: no two source links name the same event.
 *
 * ```text
 * http://en.kremlin.ru/events/president/news/74102          (section 1)
 * http://en.kremlin.ru/events/president/transcripts/74102   (section 2: same event 74102)
 * ```
 *
 * @module
 */
import type { SourceLink } from '../../nodes.js';
import type { Finding, Rule } from '../types.js';
import { leaves, lineOf, quote } from '../walk.js';

const EXAMPLE = [
  '1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk',
  '2°/Pourparlers Russie-Biélorussie – 24 mai 2024 à 17h15 à Minsk',
  '',
  '1°/Vladimir Poutine arrive à Minsk – 23 mai 2024 à 23h30 à Minsk',
  'http://en.kremlin.ru/events/president/news/74102',
  '',
  '2°/Pourparlers Russie-Biélorussie – 24 mai 2024 à 17h15 à Minsk',
  'http://en.kremlin.ru/events/president/news/74102',
  '',
].join('\n');

/** See the module comment. */
export const sourceLinkDuplicate: Rule = {
  id: 'source-link-duplicate',
  defaultSeverity: 'warning',
  description: 'No two source links of a document name the same event (or, for other links, the same URL).',
  docs: {
    details:
      'Kremlin links are compared by event id, whatever their kind (`news/74102` and `transcripts/74102` are one event); other links by their URL as written. Each repeat is reported with the line of the first. A repeated link usually means a section was pasted twice or given the wrong link.',
    example: EXAMPLE,
  },
  check({ tree }) {
    const out: Finding[] = [];
    const first = new Map<string, SourceLink>();
    for (const node of leaves(tree)) {
      if (node.type !== 'sourceLink') continue;
      const key = node.eventId !== undefined ? `event:${node.eventId}` : `url:${node.url}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, node);
        continue;
      }
      out.push({
        message:
          node.eventId !== undefined
            ? `Expected each event once, found event ${node.eventId} again (first at line ${lineOf(earlier)}).`
            : `Expected each source link once, found ${quote(node.url, 100)} again (first at line ${lineOf(earlier)}).`,
        position: node.position,
      });
    }
    return out;
  },
};
