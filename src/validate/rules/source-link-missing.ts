/**
 * Rule `source-link-missing`: every section and subsection of a dossier
 * has its source link, the line that closes it.
 *
 * ```text
 * 2°/Vladimir Poutine a félicité le patriarche Cyrille – 24 mai 2024 à 09h00 à Moscou
 * A la veille de son vol vers Minsk, Vladimir Poutine a rencontré le patriarche Cyrille.
 * 3°/Cérémonie de dépôt de couronnes – 24 mai 2024 à 14h10 à Minsk      ← no link before it
 * ```
 *
 * @module
 */
import type { Finding, Rule } from '../types.js';
import { headPosition, lineOf, linkedParts, ownOfType } from '../walk.js';

const EXAMPLE = [
  '1°/Vladimir Poutine a félicité le patriarche Cyrille – 24 mai 2024 à 09h00 à Moscou',
  '2°/Cérémonie de dépôt de couronnes – 24 mai 2024 à 14h10 à Minsk',
  '',
  '1°/Vladimir Poutine a félicité le patriarche Cyrille – 24 mai 2024 à 09h00 à Moscou',
  'A la veille de son vol vers Minsk, Vladimir Poutine a rencontré le patriarche Cyrille.',
  '',
  '2°/Cérémonie de dépôt de couronnes – 24 mai 2024 à 14h10 à Minsk',
  'Vladimir Poutine a déposé une couronne de fleurs au Monument de la Victoire.',
  'http://en.kremlin.ru/events/president/news/74103',
  '',
].join('\n');

/** See the module comment. */
export const sourceLinkMissing: Rule = {
  id: 'source-link-missing',
  defaultSeverity: 'error',
  description: 'Every section and subsection of a dossier has its source link.',
  docs: {
    details: [
      'Applies to dossiers. Each section without subsections, and each subsection, must hold a source link (a line with only a URL); a section split into subsections needs none of its own. Content after the link is allowed: the format has sections where more text follows the link.',
      'The last section or subsection of the document is left to `truncated`: a document that ends before its last source link was cut, and is reported once, as truncated.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    if (tree.kind !== 'dossier') return [];
    const parts = linkedParts(tree.children);
    const out: Finding[] = [];
    parts.forEach(({ node, name }, i) => {
      const next = parts[i + 1];
      if (!next || ownOfType(node, 'sourceLink').length > 0) return;
      out.push({
        message: `Expected ${name} to end with its source link (a line such as http://en.kremlin.ru/events/president/news/74102), found none before ${next.name} (line ${lineOf(next.node)}).`,
        position: headPosition(node),
      });
    });
    return out;
  },
};
