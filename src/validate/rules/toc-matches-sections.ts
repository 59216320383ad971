/**
 * Rule `toc-matches-sections`: the table of contents and the sections
 * agree — same numbers, in order, once each, with the same titles and
 * timestamps.
 *
 * ```text
 * 2°/Rencontre avec le gouverneur – 11 mars 2025 à 14H40 au Kremlin-Moscou   (TOC, line 3)
 * 2°/Rencontre avec le gouverneur – 12 mars 2025 à 14H40 au Kremlin-Moscou   (section heading)
 * ```
 *
 * @module
 */
import type { Finding, Rule } from '../types.js';
import type { Section, TocEntry } from '../../nodes.js';
import { describeParts, whenDifferences } from '../when.js';
import { normalizeSpace } from '../../util/space.js';
import { headPosition, lineOf, quote } from '../walk.js';

const EXAMPLE = [
  '1°/Arrivée à Minsk – 23 mai 2024 à 23h30 à Minsk',
  '2°/Pourparlers – 24 mai 2024 à 17h15 à Minsk',
  '',
  '1°/Arrivée à Minsk – 23 mai 2024 à 22h30 à Minsk',
  'http://en.kremlin.ru/events/president/news/74102',
  '',
  '3°/Conférence de presse – 24 mai 2024 à 18h00 à Minsk',
  'http://en.kremlin.ru/events/president/news/74108',
  '',
].join('\n');

/** Entry numbers named at most in a message. */
const MAX_LISTED = 10;

/** See the module comment. */
export const tocMatchesSections: Rule = {
  id: 'toc-matches-sections',
  defaultSeverity: 'error',
  description: 'The table of contents and the sections agree: same numbers, in order, once each, same titles and timestamps.',
  docs: {
    details: [
      'Applies to dossiers. Each `N°/` entry of the table of contents must have a section with the same number, title (spaces normalized) and timestamp (date, time and place compared as normalized: `13H40` = `13h40`; a heading without a timestamp is left to `parse/heading-without-timestamp`); each section must be listed; sections come in ascending order and neither a section nor an entry is repeated.',
      'A dossier with two sections or more and no table of contents is reported once; a table of contents with no section after it is left to `truncated` (the document was cut). Findings point at the section heading, or at the table-of-contents entry when its section is missing.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    if (tree.kind !== 'dossier') return [];
    const out: Finding[] = [];
    const sections = tree.children.filter((n): n is Section => n.type === 'section');
    // A table of contents with no section after it is a cut document: `truncated` reports it.
    if (sections.length === 0) return out;
    const toc = tree.children.find((n) => n.type === 'toc');
    if (!toc) {
      const first = sections[0];
      if (first && sections.length >= 2) {
        out.push({
          message: `Expected a table of contents listing the ${sections.length} sections, found none before section ${first.number}.`,
          position: headPosition(first),
        });
      }
      return out;
    }

    // An unnumbered entry (`-` bullets) stands for the section of its rank.
    const entries = new Map<number, TocEntry>();
    for (const [rank, entry] of toc.children.entries()) {
      const number = entry.number ?? rank + 1;
      const first = entries.get(number);
      if (first) {
        out.push({
          message: `Expected one table-of-contents entry ${number}°, found a second one (first at line ${lineOf(first)}).`,
          position: entry.position,
        });
      } else entries.set(number, entry);
    }
    // Said in every message about an unlisted section: at most ten numbers,
    // so that 40,000 unlisted sections do not each repeat a 40,000-number list.
    const keys = [...entries.keys()];
    const listed = keys.length <= MAX_LISTED ? keys.join(', ') : `${keys.slice(0, MAX_LISTED).join(', ')} and ${keys.length - MAX_LISTED} more`;

    const seen = new Map<number, Section>();
    let previous: Section | undefined;
    for (const section of sections) {
      const n = section.number;
      const first = seen.get(n);
      if (first) {
        out.push({ message: `Expected one section ${n}, found a second one (first at line ${lineOf(first)}).`, position: headPosition(section) });
        continue;
      }
      seen.set(n, section);
      if (previous && n < previous.number) {
        out.push({
          message: `Expected sections in the order of the table of contents, found section ${n} after section ${previous.number} (line ${lineOf(previous)}).`,
          position: headPosition(section),
        });
      }
      previous = section;
      const entry = entries.get(n);
      if (!entry) {
        out.push({
          message: `Expected only the sections the table of contents lists (${listed || 'none'}), found section ${n} ${quote(section.title)}.`,
          position: headPosition(section),
        });
        continue;
      }
      if (normalizeSpace(entry.title) !== normalizeSpace(section.title)) {
        out.push({
          message: `Expected the title of section ${n} to read ${quote(entry.title)} as in the table of contents (line ${lineOf(entry)}), found ${quote(section.title)}.`,
          position: headPosition(section),
        });
      }
      // A heading without a timestamp is `parse/heading-without-timestamp`'s finding.
      if (entry.when && section.when) {
        const parts = whenDifferences(entry.when, section.when, false);
        if (parts.length > 0) {
          out.push({
            message: `Expected the timestamp of section ${n} to read ${quote(entry.when.raw)} as in the table of contents (line ${lineOf(entry)}), found ${quote(section.when.raw)} (${describeParts(parts)}).`,
            position: headPosition(section),
          });
        }
      }
    }
    for (const [number, entry] of entries) {
      if (!seen.has(number)) {
        out.push({
          message: `Expected section ${number} ${quote(entry.title)} as listed in the table of contents, found no section ${number}.`,
          position: entry.position,
        });
      }
    }
    return out;
  },
};
