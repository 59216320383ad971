/**
 * Rule `dateline-matches-toc`: a section's dateline agrees with its
 * table-of-contents entry (or its heading), a subsection's with its heading.
 *
 * ```text
 * 1°/Rencontre avec le gouverneur – 10 mars 2025 à 13H40 au Kremlin-Moscou   (TOC)
 * 10 mars 2025 à 15H40 au Kremlin-Moscou                                       (dateline)
 * ```
 *
 * @module
 */
import type { Section, Subsection, TocEntry, When } from '../../nodes.js';
import type { Finding, Rule } from '../types.js';
import { describeParts, whenDifferences } from '../when.js';
import { lineOf, quote } from '../walk.js';

const EXAMPLE = [
  '1°/Rencontre avec le gouverneur – 10 mars 2025 à 13H40 au Kremlin-Moscou',
  '',
  '1°/Rencontre avec le gouverneur – 10 mars 2025 à 13H40 au Kremlin-Moscou',
  'La discussion s’est concentrée sur la situation de la région.',
  '10 mars 2025 à 15H40 au Kremlin-Moscou',
  'http://en.kremlin.ru/events/president/news/76428',
  '',
].join('\n');

/** The first dateline among a container's own children (before any subsection). */
function datelineOf(container: Section | Subsection) {
  for (const child of container.children) {
    if (child.type === 'subsection') return undefined;
    if (child.type === 'dateline') return child;
  }
  return undefined;
}

/** See the module comment. */
export const datelineMatchesToc: Rule = {
  id: 'dateline-matches-toc',
  defaultSeverity: 'warning',
  description: 'A section’s dateline agrees with its table-of-contents entry, a subsection’s dateline with its heading.',
  docs: {
    details: [
      'Applies to dossiers. The first dateline of a section (before its subsections) is compared with the section’s table-of-contents entry, or with its heading when the table of contents does not list it; the first dateline of a subsection with the subsection’s heading. Date, time and place are compared as normalized; a part written on one side only (a dateline without a place) is not a disagreement.',
      'A section or subsection without a dateline is not reported: the heading carries the timestamp, and 3 of the 12 sections and subsections of the samples have none (Minsk 4 A and 4 B, Kremlin section 5).',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    if (tree.kind !== 'dossier') return [];
    const out: Finding[] = [];
    const toc = tree.children.find((n) => n.type === 'toc');
    // The first entry of each number, looked up once per section: a search
    // of the whole table per section made 80,000 sections take 22 s.
    const entries = new Map<number, TocEntry>();
    // An entry without a number (main's unnumbered `-` entries) names no section here.
    for (const e of toc?.children ?? []) if (e.number !== undefined && !entries.has(e.number)) entries.set(e.number, e);
    const compare = (dateline: { when: When; position: Finding['position'] }, reference: When, what: string, where: string): void => {
      const parts = whenDifferences(reference, dateline.when, true);
      if (parts.length === 0) return;
      out.push({
        message: `Expected the dateline of ${what} to read ${quote(reference.raw)} as ${where}, found ${quote(dateline.when.raw)} (${describeParts(parts)}).`,
        position: dateline.position,
      });
    };
    for (const child of tree.children) {
      if (child.type !== 'section' && child.type !== 'subsection') continue;
      if (child.type === 'section') {
        const dateline = datelineOf(child);
        const entry = entries.get(child.number);
        if (dateline && entry?.when) compare(dateline, entry.when, `section ${child.number}`, `its table-of-contents entry (line ${lineOf(entry)}) does`);
        else if (dateline && child.when) compare(dateline, child.when, `section ${child.number}`, 'its heading does');
      }
      const subs = child.type === 'section' ? child.children.filter((c): c is Subsection => c.type === 'subsection') : [child];
      for (const sub of subs) {
        const dateline = datelineOf(sub);
        const name = child.type === 'section' ? `subsection ${child.number} ${sub.letter}` : `subsection ${sub.letter}`;
        if (dateline && sub.when) compare(dateline, sub.when, name, `its heading (line ${lineOf(sub)}) does`);
      }
    }
    return out;
  },
};
