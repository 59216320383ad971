// The properties of toText and mainText for any string, as plain functions
// that return a list of problems (empty when all hold), like
// test/support/properties.ts: shared by test/text.test.ts and the fuzzer
// (scripts/fuzz.ts, property `text`).
import { parse } from '../../src/parse.js';
import type { Node, Root } from '../../src/nodes.js';
import { mainText, toText } from '../../src/text.js';
import { allNodes } from '../helpers.js';

/** The paragraphs of a main text (none for `''`). */
export const paragraphsOf = (main: string): string[] => (main === '' ? [] : main.split('\n\n'));

/**
 * Problems with the text of a tree: the root's text is not the whole text,
 * a node's text is not its slice, or what lies between a parent's children
 * (and before the first, after the last) is not blank, so that walking the
 * leaves would lose a character.
 */
export function toTextProblems(text: string, tree: Root): string[] {
  const problems: string[] = [];
  if (toText(text, tree) !== text) problems.push('the root does not give the text back');
  // A stored tree works the same as a fresh one.
  if (toText(text, JSON.parse(JSON.stringify(tree)) as Root) !== text) problems.push('the stored root does not give the text back');
  for (const node of allNodes(tree)) {
    const { start, end } = node.position;
    const own = toText(text, node);
    if (own !== text.slice(start.offset, end.offset)) problems.push(`${node.type} at ${start.offset}: not its slice`);
    if (!('children' in node)) continue;
    let at = start.offset;
    let rebuilt = '';
    for (const child of node.children as Node[]) {
      const gap = text.slice(at, child.position.start.offset);
      if (!/^\s*$/u.test(gap)) problems.push(`${node.type} at ${start.offset}: ${JSON.stringify(gap)} lies between its children`);
      rebuilt += gap + toText(text, child);
      at = child.position.end.offset;
    }
    const tail = text.slice(at, end.offset);
    if (!/^\s*$/u.test(tail)) problems.push(`${node.type} at ${start.offset}: ${JSON.stringify(tail)} lies after its last child`);
    if (rebuilt + tail !== own) problems.push(`${node.type} at ${start.offset}: its children and the blanks between them are not its text`);
  }
  return problems;
}

/**
 * Problems with a main text: it has whitespace at an end, an empty
 * paragraph, or a line that is not, verbatim, in the source (mainText
 * rewrites nothing, it only adds the separators).
 */
export function mainTextProblems(text: string, main: string): string[] {
  const problems: string[] = [];
  if (main !== main.trim()) problems.push('whitespace at an end');
  for (const paragraph of paragraphsOf(main)) {
    if (paragraph.trim() === '') problems.push('an empty paragraph');
    for (const line of paragraph.split('\n')) if (!text.includes(line)) problems.push(`${JSON.stringify(line.slice(0, 60))} is not in the source`);
  }
  return problems;
}

/**
 * Everything toText and mainText promise for one input: the tree gives the
 * text back (see {@link toTextProblems}); the main text, plain and with
 * everything kept, is made of verbatim source lines (see
 * {@link mainTextProblems}); keeping more never loses a line of the plain one.
 */
export function textProblems(text: string): string[] {
  let tree: Root;
  let main: string;
  let all: string;
  try {
    tree = parse(text).tree;
    main = mainText(text, tree);
    all = mainText(text, tree, { keepBoilerplate: true, keepCaptions: true });
  } catch (error) {
    return [`threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`];
  }
  const problems = [...toTextProblems(text, tree), ...mainTextProblems(text, main), ...mainTextProblems(text, all).map((p) => `with everything kept: ${p}`)];
  for (const paragraph of paragraphsOf(main)) {
    for (const line of paragraph.split('\n')) if (!all.includes(line)) problems.push(`${JSON.stringify(line.slice(0, 60))} is lost when everything is kept`);
  }
  return problems;
}
