/**
 * Rule `caption-sequence`: the numbered photo captions of a section or
 * subsection count 1, 2, 3 … with no gap, repeat or step back.
 *
 * ```text
 * 4 Conférence de presse à l’issue des négociations russo-biélorusses.
 * 6 Le président biélorusse Alexandre Loukachenko lors de la conférence de presse.   ← no 5
 * ```
 *
 * @module
 */
import type { Caption } from '../../nodes.js';
import { countRuns, listNumbers, sequenceProblems, type Numbered, type Runs } from '../sequence.js';
import type { Finding, Rule } from '../types.js';
import { containers, lineOf, ownOfType } from '../walk.js';

const EXAMPLE = [
  'C – Conférence de presse – 24 mai 2024 à 17h30 à Minsk',
  '',
  '3 Conférence de presse à l’issue des négociations russo-biélorusses.',
  '',
  '4 Conférence de presse à l’issue des négociations russo-biélorusses.',
  '',
  '6 Le président biélorusse Alexandre Loukachenko lors de la conférence de presse.',
  '',
  '6 VP Avec le président biélorusse Alexandre Loukachenko.',
  '',
  'http://en.kremlin.ru/events/president/news/74108',
  '',
].join('\n');

/** See the module comment. */
export const captionSequence: Rule = {
  id: 'caption-sequence',
  defaultSeverity: 'warning',
  description: 'Numbered photo captions count 1, 2, 3 … within a section or subsection: no late start, gap, repeat or step back.',
  docs: {
    details: [
      'The numbered captions (`4 De gauche à droite : …`) of one section, one subsection, or a document without sections are checked together, those inside speaker turns included. Captions written after a photo counter on the same line (`5/10 .Cérémonie …`) have no number of their own and are left to `gallery-sequence`.',
      'A number skipped and never seen again is a gap (caption 5 of the Minsk dossier’s section 4 C); a number that shows up after a larger one is reported as out of order, not also as a gap.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    const out: Finding[] = [];
    const missing = (ns: Runs): string => {
      const one = countRuns(ns) === 1;
      return `${one ? 'caption' : 'captions'} ${listNumbers(ns)} ${one ? 'is' : 'are'} missing`;
    };
    for (const container of containers(tree)) {
      const items: Array<Numbered<Caption>> = [];
      for (const c of ownOfType(container, 'caption')) {
        if (c.number === undefined) continue;
        if (c.number < 1) {
          out.push({ message: `Expected a caption number from 1, found ${c.number}.`, position: c.position });
          continue;
        }
        items.push({ n: c.number, node: c });
      }
      for (const p of sequenceProblems(items)) {
        const at = p.item.node.position;
        const n = p.item.n;
        switch (p.kind) {
          case 'start':
            out.push({ message: `Expected the captions to start at 1, found ${n}; ${missing(p.missing)}.`, position: at });
            break;
          case 'gap':
            out.push({
              message: `Expected caption ${p.previous.n + 1} after caption ${p.previous.n} (line ${lineOf(p.previous.node)}), found ${n}; ${missing(p.missing)}.`,
              position: at,
            });
            break;
          case 'repeat':
            out.push({ message: `Expected each caption number once, found ${n} again (first at line ${lineOf(p.first.node)}).`, position: at });
            break;
          case 'order':
            out.push({ message: `Expected captions in order, found ${n} after ${p.after.n} (line ${lineOf(p.after.node)}).`, position: at });
            break;
        }
      }
    }
    return out;
  },
};
