/**
 * Rule `truncated`: the document does not stop mid-section or
 * mid-sentence.
 *
 * ```text
 * 5°/Conférence de presse conjointe – 13 mars 2025 à 19h00 au Kremlin-Moscou
 * Vladimir Poutine: Premièrement, les 28 programmes que nous avons plan        ← end of file
 * ```
 *
 * @module
 */
import type { Node } from '../../nodes.js';
import type { Finding, Rule } from '../types.js';
import { leaves, lineOf, linkedParts, ownOfType, quote } from '../walk.js';

const EXAMPLE = [
  '1°/Conférence de presse conjointe – 13 mars 2025 à 19h00 au Kremlin-Moscou',
  '',
  '1°/Conférence de presse conjointe – 13 mars 2025 à 19h00 au Kremlin-Moscou',
  '13 mars 2025 à 19h00 au Kremlin-Moscou',
  'Vladimir Poutine: Premièrement, les 28 programmes que nous avons plan',
].join('\n');

// A finished line ends with one of these (closing quotes and brackets after the stop included).
const FINISHED = /[.!?…»"”’)\]]$/u;

/** The text a leaf holds, for the leaves that hold running text. */
function textOf(node: Node): string | undefined {
  switch (node.type) {
    case 'paragraph':
    case 'participant':
    case 'listItem':
    case 'heading':
    case 'tag':
      return node.value;
    case 'speakerLabel':
      // A turn that stops at its label: nothing was said yet.
      return `${node.value}:`;
    case 'caption':
      return node.text;
    default:
      return undefined;
  }
}

/** The last characters of a text, for messages. */
function tail(text: string): string {
  const chars = [...text.replace(/\s+/gu, ' ')];
  return quote(chars.length > 40 ? `…${chars.slice(-39).join('')}` : chars.join(''), 41);
}

/** See the module comment. */
export const truncated: Rule = {
  id: 'truncated',
  defaultSeverity: 'error',
  description: 'The document does not stop mid-section (before its last source link) or mid-sentence, and is not empty.',
  docs: {
    details: [
      'A dossier is truncated when its last section or subsection has no source link (the link closes every part, so the file stopped before it), or when it stops right after its table of contents. The message says whether the last line also stops mid-sentence. An article or a document of unknown kind is truncated when its last line of text (page chrome aside) does not end like a sentence (`.`, `!`, `?`, `…`, a closing quote or bracket). An empty or blank document is reported too.',
      'A trailing ellipsis is an elision mark in dossiers (`…des drones …` in the Kremlin dossier’s section 3, line 83, goes on and the section ends with its link): it is not truncation there. At the very end of an article it is: web pages cut previews that way, so the article is reported.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree, text }) {
    const all = leaves(tree);
    const blank = text !== undefined ? !/[^\s\uFEFF]/u.test(text) : all.length === 0;
    if (blank) return [{ message: 'Expected a document, found only blank text.', position: tree.position }];
    const last = all[all.length - 1];
    if (!last) return [];
    const lastText = textOf(last);
    const unfinished = lastText !== undefined && !FINISHED.test(lastText);
    const out: Finding[] = [];

    if (tree.kind === 'dossier') {
      const parts = linkedParts(tree.children);
      const part = parts[parts.length - 1];
      if (!part) {
        const toc = tree.children.find((n) => n.type === 'toc');
        if (toc) {
          out.push({
            message: `Expected the ${toc.children.length} sections listed in the table of contents after it, found the end of the document.`,
            position: last.position,
          });
        }
      } else if (ownOfType(part.node, 'sourceLink').length === 0) {
        const where = lastText === undefined ? `at line ${lineOf(last)}` : `after ${tail(lastText)} (line ${lineOf(last)})`;
        out.push({
          message: `Expected ${part.name} to end with its source link, found the end of the document ${where}${unfinished ? ', which stops mid-sentence' : ''}.`,
          position: last.position,
        });
      } else if (unfinished) {
        out.push({ message: `Expected the text after the last source link to end with a finished sentence, found ${tail(lastText as string)}.`, position: last.position });
      }
      return out;
    }

    // An article ends with page chrome: look at its last line of text.
    const body = [...all].reverse().find((n) => n.type !== 'boilerplate' && n.type !== 'title' && textOf(n) !== undefined);
    const bodyText = body && textOf(body);
    if (!body || bodyText === undefined) return out;
    if (!FINISHED.test(bodyText)) {
      out.push({ message: `Expected the text to end with a finished sentence, found ${tail(bodyText)} at its end.`, position: body.position });
    } else if (tree.kind === 'article' && body.type === 'paragraph' && bodyText.endsWith('…')) {
      out.push({
        message: `Expected the article to end with a finished sentence, found ${tail(bodyText)}: an ellipsis at the end of an article is how web pages cut a preview.`,
        position: body.position,
      });
    }
    return out;
  },
};
