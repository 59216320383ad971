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
import type { Section, Subsection } from '../../nodes.js';
import type { Finding, Rule } from '../types.js';
import { headPosition, lineOf, ownOfType } from '../walk.js';

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

/**
 * The parts of a dossier that must each have a source link, in document
 * order, with a name for messages: sections without subsections, and
 * subsections (a section with subsections needs none of its own: each of
 * its parts has one).
 *
 * @internal
 */
export function linkedParts(children: ReadonlyArray<{ type: string }>): Array<{ node: Section | Subsection; name: string }> {
  const out: Array<{ node: Section | Subsection; name: string }> = [];
  for (const child of children as Array<Section | Subsection | { type: 'other' }>) {
    if (child.type === 'subsection') out.push({ node: child, name: `subsection ${child.letter}` });
    if (child.type !== 'section') continue;
    const subs = child.children.filter((c): c is Subsection => c.type === 'subsection');
    if (subs.length === 0) out.push({ node: child, name: `section ${child.number}` });
    for (const sub of subs) out.push({ node: sub, name: `subsection ${child.number} ${sub.letter}` });
  }
  return out;
}

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
