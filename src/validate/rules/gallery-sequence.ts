/**
 * Rule `gallery-sequence`: the photo counters of a gallery count 1/N, 2/N
 * … N/N: they start at 1, skip none, repeat none, never go back, and all
 * give the same total.
 *
 * ```text
 * 6 sur 9
 * 8 sur 9      ← 7 comes later: out of order
 * 7 sur 9
 * 9 sur 9
 * 9 sur 9      ← repeated
 * ```
 *
 * @module
 */
import type { PhotoCounter } from '../../nodes.js';
import { countRuns, listNumbers, sequenceProblems, type Numbered, type Runs } from '../sequence.js';
import type { Finding, Rule } from '../types.js';
import { containers, lineOf, ownOfType } from '../walk.js';

const EXAMPLE = [
  '1°/Conférence de presse – 13 mars 2025 à 19h00 au Kremlin-Moscou',
  '2 sur 5',
  'Les dirigeants ont signé une déclaration conjointe.',
  '3 sur 5',
  '5 sur 5',
  'Vladimir Poutine: Mr. Président, collègues, amis.',
  '4 sur 5',
  '5 sur 5',
  'http://en.kremlin.ru/events/president/news/76450',
  '',
].join('\n');

/** `7/9`. */
const show = (c: PhotoCounter): string => `${c.index}/${c.total}`;

/**
 * Splits a container's counters into galleries. A new gallery starts at a
 * `1/M` whose total differs, once the current gallery has reached its end.
 */
function galleries(counters: readonly PhotoCounter[]): PhotoCounter[][] {
  const out: PhotoCounter[][] = [];
  let current: PhotoCounter[] = [];
  let highest = 0;
  for (const c of counters) {
    const total = current[0]?.total;
    if (total !== undefined && c.index === 1 && c.total !== total && highest >= total) {
      out.push(current);
      current = [];
      highest = 0;
    }
    current.push(c);
    if (c.total === (current[0] as PhotoCounter).total) highest = Math.max(highest, c.index);
  }
  if (current.length > 0) out.push(current);
  return out;
}

function checkGallery(gallery: readonly PhotoCounter[]): Finding[] {
  const first = gallery[0] as PhotoCounter;
  const total = first.total;
  const out: Finding[] = [];
  const items: Array<Numbered<PhotoCounter>> = [];
  for (const c of gallery) {
    if (c.total !== total) {
      out.push({
        message: `Expected the total of this gallery, ${total}, as in ${show(first)} (line ${lineOf(first)}), found ${show(c)}.`,
        position: c.position,
      });
      if (c.index > total) continue;
    }
    if (c.index < 1 || c.index > total) {
      out.push({ message: `Expected a photo position from 1 to ${total}, found ${show(c)}.`, position: c.position });
      continue;
    }
    items.push({ n: c.index, node: c });
  }
  const photos = (ns: Runs): string => {
    const one = countRuns(ns) === 1;
    return `${one ? 'photo' : 'photos'} ${listNumbers(ns, (n) => `${n}/${total}`)} ${one ? 'is' : 'are'} missing`;
  };
  for (const p of sequenceProblems(items)) {
    const c = p.item.node;
    switch (p.kind) {
      case 'start':
        out.push({ message: `Expected the gallery to start at 1/${total}, found ${show(c)}; ${photos(p.missing)}.`, position: c.position });
        break;
      case 'gap':
        out.push({
          message: `Expected photo ${p.previous.n + 1}/${total} after ${show(p.previous.node)} (line ${lineOf(p.previous.node)}), found ${show(c)}; ${photos(p.missing)}.`,
          position: c.position,
        });
        break;
      case 'repeat':
        out.push({ message: `Expected each photo once, found ${show(c)} again (first at line ${lineOf(p.first.node)}).`, position: c.position });
        break;
      case 'order':
        out.push({
          message: `Expected photos in order, found ${show(c)} after ${show(p.after.node)} (line ${lineOf(p.after.node)}).`,
          position: c.position,
        });
        break;
    }
  }
  // A loop, not Math.max(...): spreading 200,000 counters overflows the stack.
  let highest = 0;
  for (const i of items) if (i.n > highest) highest = i.n;
  const last = gallery[gallery.length - 1] as PhotoCounter;
  if (highest > 0 && highest < total) {
    const missing: Runs = [[highest + 1, total]];
    out.push({
      message: `Expected the gallery to end at ${total}/${total}, found ${show(last)} as its last counter; ${photos(missing)}.`,
      position: last.position,
    });
  }
  return out;
}

/** See the module comment. */
export const gallerySequence: Rule = {
  id: 'gallery-sequence',
  defaultSeverity: 'warning',
  description: 'Photo counters (`1/8`, `1 sur 4`, `1 of 6`) start at 1, skip none, repeat none, never go back, end at the total, and agree on the total.',
  docs: {
    details: [
      'A gallery is the run of photo counters of one section, one subsection, or a document without sections (counters inside speaker turns included). A second gallery starts at a `1/M` with a new total once the first has reached its end.',
      'Each departure is reported once, at the counter where it shows: a late start (`2 sur 5` first), a gap (`8/9` after `6/9` when `7/9` never comes), a counter that comes after a larger one (`7/9` after `8/9`: the skipped number came later, so this is order, not a gap), a repeat (`9/9` twice), a gallery that stops before its total, a counter whose total differs from the gallery’s first, and a position above the total.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    const out: Finding[] = [];
    for (const container of containers(tree)) {
      for (const gallery of galleries(ownOfType(container, 'photoCounter'))) out.push(...checkGallery(gallery));
    }
    return out;
  },
};
