/**
 * Rule `dates-near-header`: the dates of a dossier's table of contents,
 * headings and datelines fall within a week of the header's date.
 *
 * ```text
 * 6125 – RUSSIE – V.Poutine à Minsk – 24.05.24 –
 * 1°/Vladimir Poutine arrive à Minsk – 23 mai 2042 à 23h30 à Minsk
 * ```
 *
 * @module
 */
import type { Position, When } from '../../nodes.js';
import type { Finding, Rule } from '../types.js';
import { daysBetween, headPosition, quote } from '../walk.js';

/** How far, in whole days either way, a date may be from the header's. */
export const MAX_DAYS_FROM_HEADER = 7;

const EXAMPLE = [
  '6125 – RUSSIE – V.Poutine à Minsk rencontre Alexandre Loukachenko – 24.05.24 –',
  '',
  '1°/Vladimir Poutine arrive à Minsk – 23 mai 2042 à 23h30 à Minsk',
  '',
  '1°/Vladimir Poutine arrive à Minsk – 23 mai 2042 à 23h30 à Minsk',
  '23 mai 2042 à 23h30 à Minsk',
  'http://en.kremlin.ru/events/president/news/74102',
  '',
].join('\n');

/** See the module comment. */
export const datesNearHeader: Rule = {
  id: 'dates-near-header',
  defaultSeverity: 'warning',
  description: `The dates of a dossier’s table of contents, headings and datelines fall within ${MAX_DAYS_FROM_HEADER} days of the header’s date.`,
  docs: {
    details: [
      `Applies to dossiers with a header whose date is valid. Every complete date (day, month and year) written in a table-of-contents entry, a section or subsection heading or a dateline is compared with the header’s; one more than ${MAX_DAYS_FROM_HEADER} days away, before or after, is reported where it is written (a wrong date repeated in the TOC and in the heading is reported on both lines).`,
      'A dossier without a header (like `dossier-kremlin-2025-03.txt`) has no reference date: the rule reports nothing on it. Dates with no year are not compared.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    const header = tree.children[0];
    if (tree.kind !== 'dossier' || header?.type !== 'header' || !header.date?.date) return [];
    const headerDate = header.date;
    const reference = headerDate.date as string;
    const out: Finding[] = [];
    const check = (when: When | undefined, position: Position): void => {
      if (!when?.date) return;
      const days = daysBetween(reference, when.date);
      if (Math.abs(days) <= MAX_DAYS_FROM_HEADER) return;
      out.push({
        message: `Expected a date within ${MAX_DAYS_FROM_HEADER} days of the header’s ${quote(headerDate.raw)} (${reference}), found ${quote(when.raw)} (${when.date}, ${Math.abs(days)} days ${days > 0 ? 'after' : 'before'}).`,
        position,
      });
    };
    for (const child of tree.children) {
      if (child.type === 'toc') for (const entry of child.children) check(entry.when, entry.position);
      if (child.type !== 'section' && child.type !== 'subsection') continue;
      check(child.when, headPosition(child));
      for (const node of child.children) {
        if (node.type === 'dateline') check(node.when, node.position);
        if (node.type !== 'subsection') continue;
        check(node.when, headPosition(node));
        for (const inner of node.children) if (inner.type === 'dateline') check(inner.when, inner.position);
      }
    }
    return out;
  },
};
